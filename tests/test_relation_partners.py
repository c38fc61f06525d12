"""A relation noun's possessor is someone else than the party acted on: "attacked the US military's Kurdish
*partners*" are the Kurds, not the United States (partner joins ally, backer, proxy in data/actors/nouns.csv)."""
from __future__ import annotations


def test_partners_are_not_their_possessor(code):
    found = [e for e in code("Turkish troops attacked the US military's Kurdish partners in northern Syria.")
             if e.event_type == "ASSAULT"]
    assert found and all(e.recipient is None or e.recipient.code != "USA" for e in found)


def test_a_partner_named_in_apposition_is_the_recipient(code):
    found = [e for e in code("Russia condemned Washington's partner, Ukraine.") if e.event_type == "ACCUSE"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "UKR"
