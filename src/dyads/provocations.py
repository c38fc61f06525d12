"""Forces readied in answer to another state's act: that state is the recipient of the mobilization.

CAMEO 15 (exhibit force posture) codes the party the posture is aimed at. A sentence often names it only as the
doer of the act that prompted the posture, in a clause of time or cause on the mobilizing verb: "South Korea raised
its alert level *after North Korea fired* artillery shells", "Lithuania moved to a higher state of readiness *as
Russian troops held* exercises", "Armenia declared a general mobilisation *after Azerbaijani forces launched* an
offensive". A MOBILIZE event that no earlier rule gave a recipient takes the subject of such a clause when the
clause reports a use or show of force coded in the same sentence (an attack, a coercion, a threat or a
mobilization: not a visit, "staged exercises *after the speaker visited* Taipei", whose visitor is no target of
the drills) and its subject resolves to a party of another country than the actor's (a domestic subject, "after
protesters rioted", or one of the actor's own country is no foreign posture's target, and is left alone).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads import actors, nlp
from dyads.records import Event

# Conjunctions of a clause of time or cause that gives what prompted the posture ("after", "as", "when").
PROMPTING_MARKS = frozenset(("after", "as", "when", "following", "since"))
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# How a noun trigger hangs on the verb whose clause it is ("*declared* a general mobilisation", "went on *alert*").
NOUN_SLOTS = ("dobj", "pobj", "prep", "attr", "nsubjpass")
# Acts of force that prompt a posture against their doer (the clause's own coded event must be one of them).
PROMPTING_TYPES = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "THREATEN"))
WHY = "the foreign party whose act of force prompted the posture"


def _clause_verb(trigger: Token) -> Token | None:
    """The verb of the trigger's clause: the trigger itself, or the verb a noun trigger hangs on."""
    token = trigger
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ not in NOUN_SLOTS or token.head is token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _prompting_subjects(verb: Token, forceful: set[int]) -> list[Token]:
    """Subjects of the verb's clauses of time or cause ("after North Korea fired ...") that report an act of force
    (`forceful`: the character offsets of the triggers of the sentence's force events)."""
    out = []
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        if not any(m.dep_ == "mark" and m.lower_ in PROMPTING_MARKS for m in clause.children):
            continue
        if not any(t.idx in forceful for t in clause.subtree):
            continue
        out += [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
    return out


def resolve(found: list[Event], doc: Doc, resolver: actors.DocumentResolver) -> list[Event]:
    """MOBILIZE events with no recipient, given the foreign party whose act prompted them (see the module doc)."""
    from dyads import anaphors  # the recipient is set as anaphors sets it

    forceful = {e.trigger.start for e in found if e.event_type in PROMPTING_TYPES}
    out = []
    for event in found:
        if event.event_type == "MOBILIZE" and event.recipient is None and event.actor is not None \
                and event.actor.country:
            span = nlp.char_span(doc, event.trigger.start, event.trigger.end)
            verb = _clause_verb(span.root) if span is not None else None
            for subject in _prompting_subjects(verb, forceful) if verb is not None else ():
                party = resolver.resolve(doc[subject.left_edge.i:subject.right_edge.i + 1], role="recipient")
                if party is None or not party.country or party.country == event.actor.country:
                    continue
                event = anaphors.with_recipient(event, party, f"{WHY} ('{subject.head.text}'): {party.why}",
                                                 found="inferred")
                break
        out.append(event)
    return out
