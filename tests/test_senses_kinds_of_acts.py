"""A plural of acts compared with another ("similar attacks", "such raids") names a kind of act, no act of its own;
a plain plural of attacks still is one (invented sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Officials blamed bandits who have carried out similar raids in Sokoto state.",
    "The Kenyan police said bandits had carried out such attacks in Nairobi before.",
])
def test_a_kind_of_act_is_no_act(code, text):
    assert not any(e.event_type == "ASSAULT" for e in code(text)), [(e.event_type, e.trigger.text) for e in code(text)]


def test_plain_attacks_are_still_acts(code):
    events = code("Bandits carried out raids on three villages in Sokoto state on Monday.")
    assert any(e.event_type == "ASSAULT" for e in events)
