"""The speaker of a stance conjoined to what it reports: "Peru's ministry said the buoys had been placed in its
waters *and rejected* the protest", "the UN said the strikes endangered aid *and appealed* to both sides".

The parser joins the second verb to the reported clause, so the subject it inherits is that clause's ("the buoys",
"the strikes"). English coordinates a subjectless verb phrase with the clause whose subject it shares; when that
subject names no party at all (a thing, not a pronoun or a name) and the verb is a stance that a speaker takes
by speaking (`SPOKEN_TYPES`: rejecting, appealing, accusing), it is the speaker's second act, parallel to "said".
`pairing` asks for it only when no actor tier of the candidate names a party.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads import events, status
from dyads.events.candidate import SPOKEN_TYPES
from dyads.events.syntax import SUBJECT_DEPS, children_with, phrase


def speaker(cand: events.Candidate) -> Span | None:
    """The subject of the saying verb whose reported clause the trigger is conjoined to, when the subject the
    trigger inherits from that clause is a common noun (a thing that takes no stance)."""
    trigger = cand.trigger
    if cand.entry.pos != "VERB" or cand.entry.event_type not in SPOKEN_TYPES or trigger.dep_ != "conj" \
            or children_with(trigger, SUBJECT_DEPS):
        return None
    first = _first_conjunct(trigger)
    if first.dep_ != "ccomp" or first.head.lemma_ not in status.words().say_verbs:
        return None
    inherited = children_with(first, ("nsubj", "nsubjpass"))
    if not inherited or any(s.pos_ != "NOUN" for s in inherited):
        return None  # "said they had been attacked and vowed to respond": "they" may well vow
    said = children_with(first.head, ("nsubj",))
    return phrase(said[0]) if said else None


def _first_conjunct(verb: Token) -> Token:
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb
