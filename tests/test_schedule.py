"""Events set for a time to come (dyads.schedule): a date after publication that points forward makes an event
planned, with no modal or plan verb."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("France has convened a meeting of the Security Council for Monday.", "convened"),
    ("The opposition party called a general strike in the capital for Friday.", "called"),
    ("The UN envoy said he is convening talks between Sudan and Chad next week.", "convening"),
])
def test_an_event_booked_for_a_later_date_is_planned(code, text, trigger):
    events = [e for e in code(text, date="2024-05-15") if e.trigger.text == trigger]
    assert events and all(e.status == "planned" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Kenya and Uganda held talks on Monday.", "held"),
    ("The next day Peruvian troops attacked Ecuadorian posts.", "attacked"),
    ("Peruvian troops shelled Ecuadorian posts for two weeks.", "shelled"),
])
def test_a_past_date_or_a_duration_leaves_the_event_occurred(code, text, trigger):
    events = [e for e in code(text, date="2024-05-15") if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]
