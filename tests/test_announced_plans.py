"""Which announced plans are events of their own (docs/coding-guide.md: the announcement of a future action is no
second event unless it is a promise to another party or a threat). A threat of a hostile act or a protest, a
promise of aid, support or cooperation and an announced retreat are; announced talks and deployments code only the
planned meeting or mobilization. Under a condition any announced plan is an ultimatum. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


def _announcements(events):
    return [e for e in events if e.why.startswith("announced intent")]


@pytest.mark.parametrize("text, planned", [
    ("Peru said it would host talks with Bolivia next week.", "CONSULT"),
    ("Bolivia said it would send a delegation to the summit in Cobija on Friday.", "CONSULT"),
    ("Peru said it would convene a regional summit with Bolivia in May.", "CONSULT"),
    # PLOVER: MOBILIZE is posturing, distinct from a verbal THREATEN; the planned deployment is the event
    ("Peru said it would deploy 900 more troops to its border with Bolivia.", "MOBILIZE"),
    ("The defence ministry said it would increase the number of its troops in Bolivia to 600.", "MOBILIZE"),
])
def test_announcing_talks_codes_only_the_planned_meeting(code, text, planned):
    events = code(text)
    assert not _announcements(events), triples(events)
    assert any(e.event_type == planned and e.status == "planned" for e in events), triples(events)


@pytest.mark.parametrize("text, kind", [
    ("Peru said it would impose sanctions on Bolivia.", "THREATEN"),
    ("Peru said it would send food aid to Bolivia.", "AGREE"),
    ("Peru announced that its troops will withdraw from Bolivia.", "CONCEDE"),
])
def test_a_threat_a_promise_or_an_announced_retreat_is_an_event(code, text, kind):
    events = code(text)
    assert any(e.event_type == kind for e in _announcements(events)), triples(events)


def test_a_meeting_announced_under_a_condition_is_an_ultimatum(code):
    events = code("Peru said it would host talks with Bolivia only if the shelling of Cobija stopped.")
    assert any(e.event_type == "THREATEN" for e in _announcements(events)), triples(events)
