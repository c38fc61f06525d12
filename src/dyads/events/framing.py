"""Where a trigger stands in its sentence: its reporter ("X said", "according to X"), the reporters'
tokens (never parties) and its syntactic prominence (rank).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads import nlp, status
from dyads.events.syntax import SUBJECT_DEPS, children_with, phrase
from dyads.lexicon import Entry
from dyads.parse_view import view

CLAUSE_DEPS = ("advcl", "relcl", "acl", "xcomp", "ccomp", "pcomp", "csubj", "parataxis")


def attribution_of(sentence: Span, trigger: Token) -> Span | None:
    """"According to X" or "X said" that frames the trigger's clause."""
    # most sentences have no "according": their tokens need not be read (the document's text, which spaCy
    # builds from its tokens on every access, is lower-cased once)
    doc = sentence.doc
    text = doc.user_data.get("dyads.framing.lower_text")
    if text is None:
        text = doc.user_data["dyads.framing.lower_text"] = nlp.text_of(doc).lower()
    said = "according" in text[sentence.start_char:sentence.end_char]
    for token in (sentence if said else ()):
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return sentence.doc[token.i:phrase(objs[0]).end]
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in status.words().say_verbs:
            subj = children_with(node.head, SUBJECT_DEPS)
            if subj:
                return phrase(subj[0])
        node = node.head
    root = nlp.sentence(trigger).root
    if root.lemma_ in status.words().say_verbs and trigger.i != root.i \
            and any(c.dep_ == "ccomp" for c in root.children) is False:
        subj = children_with(root, SUBJECT_DEPS)
        if subj and trigger.i < root.i:
            return phrase(subj[0])
    return None


def reporter_tokens(sentence: Span, triggers: dict[int, Entry]) -> set[int]:
    """Tokens of reporters ("a UN official said", "according to X"): never parties of the event."""
    out: set[int] = set()
    say = status.words().say_verbs
    parse = view(sentence.doc)
    lemma, pos, dep, lower, children = parse.lemma, parse.pos, parse.dep, parse.lower, parse.children
    for i in range(sentence.start, sentence.end):
        if lemma[i] in say and pos[i] == "VERB" and i not in triggers:
            if any(dep[c] in ("ccomp", "parataxis") for c in children[i]) or dep[i] == "parataxis":
                for subj in parse.children_with(i, SUBJECT_DEPS):
                    out.update(parse.descendants(subj))
        if lower[i] == "according":
            out.update(parse.descendants(i))
    return out


def own_reporter(token: Token, reporters: set[int]) -> set[int]:
    """The reporter tokens of a speaker whose relative clause holds the trigger ("Brazil's president, *who hosted*
    the talks, said ..."): the named speaker did that act, so the phrase is the act's party, not only its reporter.
    So is the subject of a speech verb whose infinitive complement the trigger is (`claimed_by_doer`)."""
    if claimed := claimed_by_doer(token, reporters):
        return claimed
    if token.pos_ not in ("VERB", "AUX") or token.i not in reporters:
        return set()
    node, relative = token, False
    while node.head.i != node.i:
        relative = relative or node.dep_ == "relcl"
        if node.dep_ in SUBJECT_DEPS and node.i in reporters and relative:
            # a named speaker only ("Brazil's president, Ana Lima, who ..."): of "a doctor who treated ..." the
            # act is background to the report
            return {t.i for t in node.subtree} if node.pos_ == "PROPN" else set()
        node = node.head
    return set()


def claimed_by_doer(token: Token, reporters: set[int]) -> set[int]:
    """"X *claims to have* encircled Y", "X said to have shot down ...": a speech verb's infinitive complement (an
    xcomp, reached through the trigger's own subjectless clauses: "..., *besieging* Z") shares the speech verb's
    subject, who claims an act of its own; that subject is the act's doer, not only its reporter (the parser may
    also give the speech verb a reported clause elsewhere in the sentence, which made the subject a reporter)."""
    if token.pos_ not in ("VERB", "AUX"):
        return set()
    node = token
    for _ in range(4):
        if children_with(node, SUBJECT_DEPS) or node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return set()
        if node.dep_ == "xcomp" and node.head.lemma_ in status.words().say_verbs:
            return {t.i for subj in children_with(node.head, SUBJECT_DEPS) for t in subj.subtree} & reporters
        if node.dep_ == "advcl" and (node.tag_ != "VBG" or any(c.dep_ == "mark" for c in node.children)):
            return set()  # "..., *besieging* Z" continues the act; "after X said ..." is another clause
        node = node.head
    return set()


def trigger_rank(token: Token) -> float:
    """Prominence of a trigger: 1 in the main clause, less when embedded or a background nominal
    ("rioting *during a summit*", "*after* talks")."""
    rank = 1.0 / (1 + clause_depth(token))
    adjunct = status.words().adjunct_prepositions
    if token.dep_ == "pobj" and (token.head.lower_ in adjunct or token.head.head.lower_ in adjunct):
        rank *= 0.5
    return rank


def clause_depth(token: Token) -> float:
    """How many clause boundaries lie between a token and the sentence root.

    A clause reported by a non-event verb ("X said *Y attacked Z*") counts as the main clause;
    a coordinated clause counts a quarter, so the first of "X refused ... and urged ..." leads.
    """
    depth, node = 0.0, token
    while node.head.i != node.i:
        reported = node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in status.words().say_verbs
        if node.dep_ in CLAUSE_DEPS and not reported:
            depth += 1
        elif node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            depth += 0.25
        node = node.head
    return depth
