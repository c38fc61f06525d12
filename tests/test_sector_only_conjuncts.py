"""A coordinated actor known only by its sector ("and other countries") is no actor of its own beside parties
whose country is named. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event_type, want", [
    ("Chile, Peru and other countries accused Bolivia of arming the rebels.", "ACCUSE", {"CHL", "PER"}),
    ("Ecuador and three other Andean states cut ties with Bolivia on Monday.", "SANCTION", {"ECU"}),
])
def test_an_uncoded_conjunct_beside_named_states_is_dropped(code, text, event_type, want):
    events = [e for e in code(text) if e.event_type == event_type]
    assert {e.actor.code for e in events} == want, [(e.actor, e.recipient) for e in events]
