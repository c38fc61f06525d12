"""A border named after a state is a place, not the state.

"Farmers blocked highways *near the Brazilian border*", "forces retreated *to the Iraqi border*": the phrase says
where the act happened or where a force went, not whom it was aimed at (coding guide: a recipient is a party, never
a place as a place). Uses of force across or on a border ("shelled positions across the Syrian border") may strike
that state's people, and forces massed along a border ("brought up armour to the Indian frontier") are readied
against the state beyond it (CAMEO codes that state as the target of the mobilization): force, coercion and
mobilization keep such a recipient.
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


def names_border(party: Party, cand: events.Candidate) -> bool:
    """True when a recipient's phrase is a border in a place phrase ("near the Brazilian border")."""
    if cand.entry.event_type in FORCE_TYPES:
        return False
    root = party_root(party, cand.sentence.doc)
    if root is not None and root.dep_ in MODIFIER_DEPS:
        root = root.head  # the party is the state's word modifying the border ("the *Brazilian* border")
    if root is None or root.lemma_.lower() not in BORDER_LEMMAS:
        return False
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS
