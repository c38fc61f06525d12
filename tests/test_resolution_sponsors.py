"""States that draft or sponsor a resolution appeal to the body that votes on it (CAMEO 02, coding guide: sponsors
of an IGO resolution), one REQUEST line per state, never toward each other (invented sentences)."""
from __future__ import annotations

from conftest import triples


def test_the_drafter_of_an_adopted_resolution_appeals_to_the_body(code):
    events = code("The Security Council adopted a resolution drafted by Ghana on Monday.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert [e.actor.code for e in requests] == ["GHA"]
    assert requests[0].recipient is not None and requests[0].recipient.code.startswith("IGO")


def test_listed_drafters_are_not_paired_with_each_other(code):
    events = code("The resolution, drafted by Canada, Norway and Japan, was adopted by the General Assembly.")
    pairs = {(a, r) for t, a, r in triples(events) if t == "REQUEST"}
    assert not {(a, r) for a, r in pairs if r in ("CAN", "NOR", "JPN")}


def test_a_drafted_law_is_no_resolution(code):
    events = code("The ministry drafted a law on Monday.")
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_a_resolution_drafted_with_no_body_or_target_found_codes_nothing(code):
    events = code("However, the resolution was drafted by Canada.")
    assert not [e for e in events if e.event_type == "REQUEST"]
