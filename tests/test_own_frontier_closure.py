"""A state closing its own frontier ("closed its airspace", "two of its border crossings") restricts those outside
it: with no party named there is no recipient, neither its own country (the domestic default) nor the people of the
place (frontiers.py). A party named ("its border with Serbia") stays the recipient."""
from __future__ import annotations


def test_closing_its_own_airspace_is_not_aimed_at_itself(code):
    found = [e for e in code("Estonia briefly closed its airspace on Monday after a balloon was spotted.")
             if e.event_type == "COERCE"]
    assert found and all(e.recipient is None or e.recipient.code != "EST" for e in found)


def test_closing_some_of_its_crossings(code):
    found = [e for e in code("Finland closed two of its eastern border crossings last year.")
             if e.event_type == "COERCE"]
    assert found and all(e.recipient is None or e.recipient.code != "FIN" for e in found)


def test_a_named_neighbour_stays_the_recipient(code):
    found = [e for e in code("Hungary closed its border with Serbia.") if e.event_type == "COERCE"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "SRB"
