""""Would insist" states a demand held now, like "would welcome" or "would oppose" (status.toml stance_verbs): the
request is made, not planned; a date to come still schedules it."""
from __future__ import annotations


def _statuses(events):
    return {e.status for e in events if e.event_type == "REQUEST"}


def test_would_insist_is_a_demand_made_now(code):
    found = code("In the speech, the minister signalled that Chile would insist on the withdrawal of Peruvian troops.")
    assert _statuses(found) == {"occurred"}


def test_would_insist_next_week_is_still_planned(code):
    found = code("Chile said it would insist on talks with Peru next week.")
    assert _statuses(found) == {"planned"}
