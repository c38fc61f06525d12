"""A bare number of people with no noun ("Tens of thousands rallied") is a crowd of civilians, placed like
"people". Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("BUENOS AIRES, March 3 (Reuters) - Tens of thousands rallied outside Congress against the reform.", "ARG"),
    ("LIMA, March 3 (Reuters) - Thousands marched to the presidential palace to protest against the new tax.", "PER"),
])
def test_a_crowd_with_no_noun_protests_as_civilians(code, text, want):
    events = [e for e in code(text) if e.event_type == "PROTEST"]
    assert events and {(e.actor.code, e.actor.sector) for e in events} == {(want, "CVL")}


def test_a_number_of_a_named_party_is_not_a_crowd(code):
    events = [e for e in code("Thousands of Peruvian soldiers attacked the rebel camp.") if e.event_type == "ASSAULT"]
    assert {(e.actor.code, e.actor.sector) for e in events} == {("PER", "MIL")}
