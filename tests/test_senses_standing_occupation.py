"""A standing occupation ("the occupied territories", "has occupied X since 1967", "fighters were occupying a house",
"the region was now occupied") is a state, no seizure; taking a place ("occupied the town on Monday") still is one
(invented sentences)."""
from __future__ import annotations

import pytest


def _seizures(events):
    return [(e.event_type, e.trigger.text) for e in events if e.trigger.text.lower().startswith(("occup", "annex"))]


@pytest.mark.parametrize("text", [
    "Palestinian farmers in the occupied territories lost their olive harvest this year.",
    "Armenia says Azerbaijan has occupied the border villages since 1994.",
    "We hid in a school that militia fighters were occupying in the north of the city.",
    "The Serbian minister claimed that a third of the province was now occupied by rebels.",
    "Observers in the Western Sahara occupied by Morocco reported no violence on Tuesday.",
    "Kurdish residents of the annexed district protested against the new taxes.",
])
def test_a_standing_occupation_is_no_seizure(code, text):
    assert not _seizures(code(text)), _seizures(code(text))


@pytest.mark.parametrize("text", [
    "Ethiopian troops occupied the border town of Humera on Monday.",
    "Russian forces annexed the peninsula in March 2014.",
])
def test_taking_a_place_is_still_a_seizure(code, text):
    assert _seizures(code(text)), [(e.event_type, e.trigger.text) for e in code(text)]
