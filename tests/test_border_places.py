"""A border lies between two states: after a locative preposition it says where an act happened, and names no party
("an offensive near the Iranian border" is not aimed at Iran). As a verb's object it still stands for the land."""
from __future__ import annotations


def test_a_border_after_near_is_no_recipient(code):
    found = [e for e in code("The Senegalese army destroyed several of the separatists' bases near the Gambian border.")
             if e.event_type == "ASSAULT"]
    assert found and all(e.recipient is None or e.recipient.code != "GMB" for e in found)


def test_a_border_named_by_its_adjective_alone_is_no_recipient(code):
    found = [e for e in code("The Azerbaijani army launched an offensive near the Iranian border.")
             if e.event_type == "ASSAULT"]
    assert all(e.recipient is None or e.recipient.code != "IRN" for e in found)


def test_a_border_as_the_object_still_stands_for_the_land(code):
    found = [e for e in code("Turkish troops shelled the Syrian border.") if e.event_type == "ASSAULT"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "SYR"
