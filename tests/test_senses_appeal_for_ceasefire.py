"""Voting or appealing for a ceasefire asks for one (REQUEST, CAMEO 0256); a declared ceasefire is a
concession (CONCEDE: the PLOVER manual puts declarations, not implementations, of ceasefires there) (invented sentences)."""
from __future__ import annotations


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


def test_a_vote_for_a_ceasefire_asks_for_one(code):
    assert _types(code("The African Union council voted unanimously for a ceasefire in Sudan on Monday."),
                  "ceasefire") == {"REQUEST"}


def test_an_appeal_for_a_truce_asks_for_one(code):
    assert "RETREAT" not in _types(code("Kenya appealed for a truce between the army and the rebels in Sudan."),
                                   "truce")


def test_a_declared_ceasefire_is_a_concession(code):
    assert _types(code("The Sudanese army declared a ceasefire with the rebels on Monday."), "declared") == {"CONCEDE"}
