"""Help or cooperation a party stops is reduced (dyads.events.drops): "stopped arming X" codes a SANCTION by the one
who stops, with the stopping verb's own status (CAMEO 162 reduce or stop aid, 160 reduce relations)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, status", [
    ("The United States stopped arming the Kurdish rebels in 2019.", "occurred"),
    ("Iran ceased funding the Houthi rebels last year.", "occurred"),
    ("Chad did not stop arming the Sudanese rebels.", "negated"),
])
def test_stopping_help_is_a_sanction(code, text, status):
    events = code(text)
    sanctions = [e for e in events if e.event_type == "SANCTION"]
    assert sanctions and all(e.status == status for e in sanctions), [(e.event_type, e.status) for e in events]
    assert not [e for e in events if e.event_type == "AID" and e.status in ("occurred", "planned")]


def test_the_one_who_stops_cooperating_acts_alone(code):
    events = code("Kenya stopped cooperating with Somalia on border security.")
    assert ("SANCTION", "KEN", "SOM") in triples(events) and ("SANCTION", "SOM", "KEN") not in triples(events)


def test_a_stopping_verb_that_is_itself_a_trigger_codes_once(code):
    events = code("Russia halted supplying gas to Ukraine.")
    assert len([e for e in events if e.event_type == "SANCTION"]) == 1
