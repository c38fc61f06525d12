"""Verdicts as events (session 25): accusations carried by a damning name rather than a verb of criticism.

- A free relative: "troops stormed the palace *in what the president called an attempted coup*". The clause names
  the main clause's act by what a party calls it; that naming is an act of its own (a criticism), not part of the act
  it names, so the main clause's trigger does not absorb it (`free_relative_verdict`).
- A verdict told by a verb of saying (sense rule `verdict`, `dyads.senses.verdicts`): "X said the US plan was an
  attack". Its trigger is the damning name (where the verdict is stated, often inside a quote the verb of saying
  follows), its recipient the party of the judged subject's phrase (`said_verdict`); one that ends with no recipient
  codes nothing (`aimed`).
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from dyads.events.candidate import Candidate
from dyads.events.parties import actor_party_spans
from dyads.events.syntax import phrase
from dyads.senses import rules
from dyads.senses.verdicts import damning, verdict_words, verdicts

# The word that opens a free relative ("in *what* X called ..."), and the preposition by which it names the main
# clause's act ("against what they called persecution" names what is opposed, no act of the clause).
FREE_RELATIVES = ("what",)
FREE_RELATIVE_PREPS = ("in",)
# What a verdict's rule says, so its event is known once resolved.
VERDICT_MARK = "verdict"
# Dependencies of a party named inside a judged subject's phrase ("the deployment of troops from *the AU*").
INNER_PARTY_DEPS = ("pobj", "poss")
# The sense test by which a verb of saying codes a damning verdict (say, claim, insist ...), and the word class of its
# damning names.
VERDICT_TEST = "verdict"
DAMNING_CLASS = "disapproval"


@functools.cache
def verdict_lemmas() -> frozenset[str]:
    """The verbs of saying that have a sense rule `verdict` (data/senses/rules.csv): say, claim, insist ..."""
    return frozenset(r.lemma for key in rules().values() for r in key if r.test == VERDICT_TEST)


def free_relative_verdict(token: Token) -> bool:
    """True for a verb heading a free relative with a subject of its own, under a preposition ("in what X called a
    coup", "in what X described as ...")."""
    return token.pos_ == "VERB" and token.dep_ == "pcomp" and token.head.lower_ in FREE_RELATIVE_PREPS \
        and any(c.lower_ in FREE_RELATIVES and c.dep_ in ("dobj", "nsubjpass") for c in token.children) \
        and any(c.dep_ == "nsubj" and c.lower_ not in FREE_RELATIVES for c in token.children)


def said_verdict(cand: Candidate) -> Candidate:
    """A verb of saying coded as a verdict ("X said *the US plan was an attack*", sense rule `verdict`): its trigger
    is the damning name (where the verdict is stated, often inside a quote the verb of saying follows) and its
    recipient the party of the judged subject's own phrase, never a party named elsewhere in what was said. Other
    candidates unchanged."""
    if cand.entry.event_type != "ACCUSE" or cand.entry.lemma not in verdict_lemmas():
        return cand
    found = verdicts(cand.trigger)
    if not found:
        return cand
    subject, predicate = found[0]
    name = next((w for w in verdict_words(predicate) if damning(w, DAMNING_CLASS)), predicate)
    spans, _ = actor_party_spans([subject])
    # "the deployment of troops *from the AU force*": failing the subject's own phrase, a party named inside it
    inner = [phrase(t) for t in subject.subtree if t.i != subject.i and t.dep_ in INNER_PARTY_DEPS
             and t.pos_ in ("PROPN", "NOUN")]
    cand.recipients = [tier for tier in (spans, inner) if tier]
    cand.rule += f"; {VERDICT_MARK} '{name.text}' on '{subject.text}' told by '{cand.trigger.text}'"
    cand.trigger = name
    return cand


def aimed(events: list) -> list:
    """The events less the verdicts told by saying whose judged subject named no party and that no later rule (an
    earlier act it refers to, the story) gave a recipient: "said the violence was unacceptable" condemns no one
    named, and a recipient-less criticism is kept only where a verb of criticism says it (precision first)."""
    return [e for e in events if not (e.recipient is None and e.event_type == "ACCUSE"
                                      and f"; {VERDICT_MARK} '" in (e.why or ""))]
