"""Where an event's parties stand in its trigger's parse: evidence for the confidence model.

One job: for a coded event and the parse of its document, the grammatical role of its actor's and recipient's
words relative to the trigger ("subj": the trigger's subject, "obj": its direct object, "prep_with": the object of
its "with", "poss": a possessor on it, "other_sentence": the words stand in another sentence, ...), how many
dependency arcs separate them from the trigger, and where the recipient's words start from the trigger. The
rules that find parties try the clause's direct arguments first and fall back to looser places (another
clause, a pronoun's antecedent, the story); a party found far from its trigger, or in a role other than the
one its argument rule expects, is more often wrong. Filled in on the final events of a document (recipients
are still changed after an event is built: anaphors, the story's ranker), so the fields describe the parties
the event ends up with. Nothing here changes what is coded.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads import nlp
from dyads.records import Event, Party

# prepositions that keep their own role name ("prep_with"); the others are "prep_other"
PREPOSITIONS = frozenset(("to", "with", "against", "on", "for", "of", "from", "by", "in", "at", "over", "into"))
SUBJECTS = frozenset(("nsubj", "csubj"))
OBJECTS = frozenset(("dobj", "iobj", "dative", "attr", "oprd"))
MODIFIERS = frozenset(("compound", "amod", "nmod", "npadvmod", "appos"))
# arcs between a party's head word and its trigger counted at most (a party further away counts this far)
MAX_PATH = 8
NONE = "none"
ELSEWHERE = "other_sentence"


def fill(events: list[Event], doc: Doc) -> list[Event]:
    """The events with the parse fields of their evidence filled in (events without evidence unchanged)."""
    return [event if found is None else replace(event, evidence=replace(event.evidence, **found))
            for event, found in zip(events, parse_fields(events, doc))]


def parse_fields(events: list[Event], doc: Doc) -> list[dict | None]:
    """Per event, the parse fields of its evidence (`fill`) by name; None for an event without evidence. The caller
    may set them together with others, in one copy of the evidence."""
    out: list[dict | None] = []
    sentences = nlp.sentence_count(doc)
    for event in events:
        if event.evidence is None:
            out.append(None)
            continue
        trigger = _token_at(doc, event.trigger.start)
        a_role, a_path = describe(event.actor, trigger, doc)
        r_role, r_path = describe(event.recipient, trigger, doc)
        offset = event.recipient.start - event.trigger.start if event.recipient is not None else 0
        out.append(dict(actor_role=a_role, actor_path=a_path, recipient_role=r_role, recipient_path=r_path,
                        recipient_offset=offset, doc_sentences=sentences))
    return out


def describe(party: Party | None, trigger: Token | None, doc: Doc) -> tuple[str, int]:
    """(role, dependency arcs to the trigger) of a party's words; ("none", -1) without a party and
    ("other_sentence", -1) for words outside the trigger's sentence."""
    if party is None:
        return NONE, -1
    if trigger is None:
        return ELSEWHERE, -1
    span = nlp.char_span(doc, party.start, party.end)
    if span is None or len(span) == 0:
        return ELSEWHERE, -1
    sentence = nlp.sentence(trigger)
    if not (sentence.start <= span.start and span.end <= sentence.end):
        return ELSEWHERE, -1
    if span.start <= trigger.i < span.end:
        return "trigger", 0
    root = span.root
    return role(root, trigger), min(_path(root, trigger), MAX_PATH)


def role(word: Token, trigger: Token) -> str:
    """The role of `word` (a party's head word) towards `trigger`, by the arcs that join them."""
    head = word.head
    if head.i == trigger.i:
        return _direct(word)
    if word.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i == trigger.i:
        name = head.lower_
        if head.dep_ == "agent":
            return "agent"
        return f"prep_{name}" if name in PREPOSITIONS else "prep_other"
    if word.dep_ == "poss" and head.head.i == trigger.i:
        return "poss_of_" + _direct(head)
    if trigger.head.i == word.i and trigger.dep_ in ("amod", "compound", "acl", "relcl"):
        return "modified"  # "the *Chinese-backed* government": the trigger describes the party
    if trigger.is_ancestor(word):
        return "below"  # deeper under the trigger: inside its object's phrase or a clause of its own
    if word.is_ancestor(trigger):
        return "above"
    return "across"  # joined only through a common head: another clause of the sentence


def _direct(word: Token) -> str:
    dep = word.dep_
    if dep in SUBJECTS:
        return "subj"
    if dep == "nsubjpass":
        return "subjpass"
    if dep in OBJECTS:
        return "obj"
    if dep == "poss":
        return "poss"
    if dep in MODIFIERS:
        return "modifier"
    if dep == "conj":
        return "conj"
    return "other_dep"


def _path(a: Token, b: Token) -> int:
    """Dependency arcs between two words of one sentence."""
    up_a = [a, *a.ancestors]
    depth = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return depth[t.i] + n
    return MAX_PATH


def _token_at(doc: Doc, start: int) -> Token | None:
    span = nlp.char_span(doc, start, start + 1)
    return span[0] if span is not None and len(span) else None
