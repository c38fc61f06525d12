"""Closing one's own frontier is aimed outward: "Moldova briefly closed *its airspace*", "Latvia closed two of *its*
border crossings", "shut its ports".

A government's coercion with no party named is taken as domestic, aimed at its own country (`pairing._own_state`).
A state that closes or shuts its own borders, crossings, airspace, ports or waters (senses class `frontier`) restricts
those outside them, not its own people: with no party named the closure has no recipient (the coding guide: a
recipient is a party, never a place as a place); one named ("closed its border with X", "to Y's ships") is found by
the other rules.
"""
from __future__ import annotations

from dyads import events
from dyads.events.generic import QUANTIFIERS
from dyads.senses import in_class

CLOSING_LEMMAS = frozenset(("close", "shut", "seal"))
OWNER_WORDS = frozenset(("its", "their", "our"))


def closes_own_frontier(cand: events.Candidate) -> bool:
    """True for a verb of closing whose object is the actor's own frontier ("closed *its* airspace")."""
    trigger = cand.trigger
    if cand.entry.pos != "VERB" or trigger.lemma_.lower() not in CLOSING_LEMMAS:
        return False
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        head = obj
        if head.lower_ in QUANTIFIERS or head.like_num:
            head = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), obj)  # "two of its border crossings"
        if in_class(head, "frontier") and any(c.dep_ == "poss" and c.lower_ in OWNER_WORDS for c in head.children):
            return True
    return False
