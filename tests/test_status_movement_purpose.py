"""A party that moves or intervenes somewhere to do something did it (dyads.status, movement
governors): the purpose verb shares the movement's status, also when the movement is a participle of a noun."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Russia intervened in Syria in 2015 to prop up the Syrian government.", "prop"),
    ("A convoy of Iranian forces entering the province to support Syrian troops was seen on Monday.", "support"),
])
def test_the_purpose_of_a_movement_made_occurred(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


def test_the_purpose_of_a_movement_asked_for_is_not_reported(code):
    events = [e for e in code("Kenya urged Uganda to send troops to support Somali forces.") if e.trigger.text == "support"]
    assert all(e.status == "hypothetical" for e in events)
