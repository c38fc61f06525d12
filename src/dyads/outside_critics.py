"""Rejecting what outsiders said is aimed outward: "Saied rejected *foreign* criticism as interference", "the
ministry dismissed *international* condemnation", "brushed off *western* pressure".

A government's rejection with no party named is taken as domestic, aimed at its own country (`pairing._own_state`:
"the government rejected calls to delay the vote", "a charge the government denies"). When the very thing rejected is
told as coming from outside the state (its modifier is of the senses class `outside_author`), its authors are foreign
by the words of the sentence: the rejection is never aimed at the rejecting state itself. With no author named it has
no recipient from the clause (precision first: no recipient is better than a wrong one); one named elsewhere
("the criticism" referring back to an accusation) is found by the other rules.
"""
from __future__ import annotations

from dyads import events
from dyads.senses import in_class

# Determiners of a criticism told as one the story has named before ("rejected *the* findings", "dismissed
# *these* claims"): its authors are those who made it, not the rejecting state itself.
DEFINITE_DETERMINERS = ("the", "these", "those", "this", "that", "such")

OBJECT_DEPS = ("dobj", "nsubjpass")
MODIFIER_DEPS = ("amod", "compound", "nmod")


def rejects_outside_word(cand: events.Candidate) -> bool:
    """True for a rejection whose object, or the object of its particle ("brushed off", "objected to"), is modified by
    a word of the class `outside_author` ("rejected *foreign* criticism")."""
    objects = _rejected(cand)
    return any(m.dep_ in MODIFIER_DEPS and in_class(m, "outside_author") for o in objects for m in o.children)


def rejects_said_before(cand: events.Candidate) -> bool:
    """True for a rejection of a criticism or findings the story told before, with no author named in the phrase
    ("the government rejected *the findings*", "brushed off *the criticism*"): whoever made them is the recipient,
    found by the story's other rules, never by default the rejecting state itself. One with a possessor or a
    modifier of its own ("the opposition's criticism", "Chinese criticism") is left to the rules of its author."""
    objects = _rejected(cand)
    return any(_told_before(o) for o in objects)


def _rejected(cand: events.Candidate) -> list:
    """What a verbal rejection rejects: its objects, and the objects of its particle ("brushed off", "objected to");
    none for any other candidate."""
    if cand.entry.event_type != "REJECT" or cand.entry.pos != "VERB":
        return []
    trigger = cand.trigger
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    return objects + [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == (cand.entry.particle or "")
                      for o in p.children if o.dep_ == "pobj"]


def _told_before(noun) -> bool:
    """A definite noun of criticism or findings (word class `criticism_nouns`) with no possessor, compound or
    adjective. (Not a charge or an accusation, `claim_nouns`: "both men deny the charges", "the lawyer rejected the
    accusation" are most often a state's own courts' or politicians' charges, denied at home.)"""
    if not in_class(noun, "criticism_nouns"):
        return False
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "nmod") or c.dep_ == "prep" and c.lower_ == "by"
                    for c in children)
