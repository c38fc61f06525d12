""""the latter", "the former", "the latter two": the last or first of the parties coordinated just before.
Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


def _actors(events, event_type):
    return {e.actor.code for e in events if e.event_type == event_type and e.actor}


@pytest.mark.parametrize("text, event_type, want", [
    ("Bolivian militants vowed to fight the Chilean army and its Peruvian allies after the latter swept into the "
     "town, seizing control from Bolivian forces.", "ASSAULT", {"PER"}),
    ("Chile and Peru sent envoys. The former accused Bolivia of arming the rebels.", "ACCUSE", {"CHL"}),
    ("The leaders met in Lima with envoys of Chile, Bolivia and Ecuador. The latter two later accused Peru of "
     "spying.", "ACCUSE", {"BOL", "ECU"}),
])
def test_latter_and_former_name_coordinated_parties(code, text, event_type, want):
    assert _actors(code(text), event_type) == want


def test_latter_with_no_coordination_before_names_nobody(code):
    events = code("The envoy arrived on Monday. The latter accused Bolivia of arming the rebels.")
    assert not _actors(events, "ACCUSE") - {None}
