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

OBJECT_DEPS = ("dobj", "nsubjpass")
MODIFIER_DEPS = ("amod", "compound", "nmod")


def rejects_outside_word(cand: events.Candidate) -> bool:
    """True for a rejection whose object, or the object of its particle ("brushed off", "objected to"), is modified by
    a word of the class `outside_author` ("rejected *foreign* criticism")."""
    if cand.entry.event_type != "REJECT" or cand.entry.pos != "VERB":
        return False
    trigger = cand.trigger
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == (cand.entry.particle or "")
                for o in p.children if o.dep_ == "pobj"]
    return any(m.dep_ in MODIFIER_DEPS and in_class(m, "outside_author") for o in objects for m in o.children)
