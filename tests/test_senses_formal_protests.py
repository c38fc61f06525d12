"""A diplomatic or formal protest, or a protest from a state or its officials, is an official complaint (ACCUSE,
CAMEO 114), not a demonstration; a street protest still is one (invented sentences)."""
from __future__ import annotations

import pytest


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize("text", [
    "Chile lodged a formal protest with Peru over the fishing boats on Monday.",
    "Vietnam said it would file a diplomatic protest against China.",
    "The naming of the bridge prompted a protest from Athens.",
])
def test_a_formal_protest_is_an_official_complaint(code, text):
    assert _types(code(text), "protest") <= {"ACCUSE"}
    assert "PROTEST" not in _types(code(text), "protest")


def test_a_street_protest_is_still_a_demonstration(code):
    assert "PROTEST" in _types(code("Thousands of students in Lima joined a protest against the new mining law."),
                               "protest")
