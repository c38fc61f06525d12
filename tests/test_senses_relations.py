"""Standing relations and states that report no act (invented sentences): an alliance or partnership named in
passing, a life in exile, an allied force, a charged phone."""
from __future__ import annotations

import pytest


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Moldova's alliance with the Gagauz militia had long angered Bucharest.", "alliance"),
    ("Vietnam fears the Chinese partnership with Laos will collapse.", "partnership"),
    ("The Peruvian opposition leaders have lived in exile since 2019.", "exile"),
    ("The Malian army and allied militias patrolled the border on Monday.", "allied"),
    ("Kenyan soldiers were charging their phones at the base when the convoy left.", "charging"),
])
def test_standing_relations_and_states_code_no_event(code, text, trigger):
    assert _types(code(text), trigger) == set()


@pytest.mark.parametrize(("text", "trigger"), [
    ("Moldova formed an alliance with Romania on Monday.", "alliance"),
    ("Bolivia and Peru announced a new partnership on Monday.", "partnership"),
    ("Bolivia strengthened its partnership with Peru on Monday.", "partnership"),
])
def test_forming_an_alliance_is_cooperation(code, text, trigger):
    # a light verb ("formed an alliance") may code the event in the noun's place
    assert "COOPERATE" in {e.event_type for e in code(text)}
