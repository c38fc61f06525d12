"""Status of actions told in the present but still to come (dyads.status): the present progressive with a time to
come, and meetings being arranged."""
from __future__ import annotations

import pytest

PLANNED = [
    # the present progressive with a time to come
    ("The Kenyan envoy announced he is convening talks between Uganda and Rwanda next week.", "convening"),
    ("The Ghanaian president is visiting Togo tomorrow.", "visiting"),
    ("Kenya is sending troops to Somalia next month.", "sending"),
    # a meeting being sponsored or convened
    ("Kenya and Uganda are sponsoring the Nairobi talks with Somalia.", "talks"),
    ("Ghana and Togo are co-sponsoring Nigeria's dialogue with Benin this month.", "dialogue"),
    ("Norway is organising talks between Colombia and Venezuela.", "talks"),
]


@pytest.mark.parametrize("text, trigger", PLANNED)
def test_an_action_told_in_the_present_but_to_come_is_planned(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "planned" for e in events), [(e.event_type, e.status) for e in events]


OCCURRED = [
    # a meeting hosted now is going on
    ("Uganda is hosting a ministerial meeting with Kenya.", "hosting"),
    # the present progressive with no time to come, or with a time gone by
    ("Kenyan troops are shelling Somali villages.", "shelling"),
    ("Kenya is sending troops to Somalia this week.", "sending"),
    # the simple past
    ("Norway sponsored talks between Colombia and Venezuela last week.", "talks"),
]


@pytest.mark.parametrize("text, trigger", OCCURRED)
def test_an_action_told_in_the_present_or_past_stays_occurred(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian president is not visiting Togo next week.", "visiting"),
    ("Kenya is not sponsoring the talks with Somalia.", "talks"),
])
def test_a_negated_action_to_come_stays_negated(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "negated" for e in events), [(e.event_type, e.status) for e in events]
