"""A border named after a state is a place, not the state.

"Farmers blocked highways *near the Brazilian border*", "forces retreated *to the Iraqi border*": the phrase says
where the act happened or where a force went, not whom it was aimed at (coding guide: a recipient is a party, never
a place as a place). Uses of force across or on a border ("shelled positions across the Syrian border") may strike
that state's people, and forces massed along a border ("brought up armour to the Indian frontier") are readied
against the state beyond it (CAMEO codes that state as the target of the mobilization): force, coercion and
mobilization keep such a recipient. Only nearness says nothing of the other side: an offensive or a raid *near* a border
("the army launched an offensive near the Iranian border", "destroyed bases near the Gambian border") is fought where
the actor is, on whichever side; mobilization near a border still faces the state beyond it.
"""
from __future__ import annotations

from dyads import events
from dyads.records import Party
from dyads.roles import party_root

BORDER_LEMMAS = frozenset(("border", "frontier", "borderline"))
# Prepositions that place something at, by or toward a border.
PLACE_PREPS = frozenset(("near", "to", "towards", "toward", "along", "at", "across", "by", "on", "from", "beyond",
                         "close", "up", "between", "past", "over"))
MODIFIER_DEPS = frozenset(("amod", "compound", "nmod", "poss"))
# Types for which a border stands for the state beyond it (struck, coerced, or faced by forces massed there).
FORCE_TYPES = frozenset(("ASSAULT", "COERCE", "MOBILIZE"))
# ... unless only nearness to it is said, for force and coercion (not for forces readied there: MOBILIZE).
NEAR_PREPS = frozenset(("near", "close"))
FACING_TYPES = frozenset(("MOBILIZE",))


def names_border(party: Party, cand: events.Candidate) -> bool:
    """True when a recipient's phrase is a border in a place phrase ("near the Brazilian border"); for force and
    coercion only when the phrase says nearness ("an offensive near the Iranian border")."""
    if cand.entry.event_type in FACING_TYPES:
        return False
    root = party_root(party, cand.sentence.doc)
    if root is not None and root.dep_ in MODIFIER_DEPS:
        root = root.head  # the party is the state's word modifying the border ("the *Brazilian* border")
    if root is None or root.lemma_.lower() not in BORDER_LEMMAS or root.dep_ != "pobj":
        return False
    preps = NEAR_PREPS if cand.entry.event_type in FORCE_TYPES else PLACE_PREPS
    return root.head.lower_ in preps or (root.head.lower_ == "to" and root.head.head.lower_ in NEAR_PREPS
                                          and cand.entry.event_type in FORCE_TYPES)
