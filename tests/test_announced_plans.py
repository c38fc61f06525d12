"""Which announced plans are events of their own (docs/coding-guide.md: the announcement of a future action is no
second event unless it is a promise to another party or a threat). Coercion or a protest announced against a party is
a threat; announced aid, support, cooperation, talks, deployments, attacks, sanctions and retreats code only the
planned act (an aid pledge is one gold line, AID or AGREE, at the aid's words). Under a condition any announced plan is an ultimatum, and an announced retaliation is a
threat. Sentences we wrote."""
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
    # an aid pledge is one event, the planned aid (the coding guide accepts AID or AGREE on its one line)
    ("Peru said it would send food aid to Bolivia.", "AID"),
    ("Norway said it would recognise a Palestinian state next month.", "SUPPORT"),
    ("The defence ministry said it would increase the number of its troops in Bolivia to 600.", "MOBILIZE"),
])
def test_announcing_talks_codes_only_the_planned_meeting(code, text, planned):
    events = code(text)
    assert not _announcements(events), triples(events)
    assert any(e.event_type == planned and e.status == "planned" for e in events), triples(events)


@pytest.mark.parametrize("text, kind", [
    ("Peru said it would arrest Bolivian smugglers.", "THREATEN"),
    ("Peru said it would impose sanctions on Bolivia unless Bolivia withdrew its troops.", "THREATEN"),
])
def test_a_promise_or_a_threat_is_an_event(code, text, kind):
    events = code(text)
    assert any(e.event_type == kind for e in _announcements(events)), triples(events)


@pytest.mark.parametrize("text, planned", [
    # an announced decision to attack, to cut ties or to retreat is no threat or concession of its own
    ("Peru said it would close its embassy in La Paz.", "SANCTION"),
    ("Peru said it would impose sanctions on Bolivia.", "SANCTION"),
    ("Peru has said it will extend its offensive in Bolivia to the town of Cobija.", "ASSAULT"),
    ("Peru announced that its troops will withdraw from Bolivia.", "RETREAT"),
    ("The Bolivian rebels agreed to a ceasefire and said they would disarm.", "RETREAT"),
])
def test_an_announced_attack_sanction_or_retreat_codes_only_the_planned_act(code, text, planned):
    events = code(text)
    assert not _announcements(events), triples(events)
    assert any(e.event_type == planned and e.status == "planned" for e in events), triples(events)


@pytest.mark.parametrize("text", [
    "Peru said it would retaliate against Bolivia.",
    "Peru said it would hit back at Bolivia.",
])
def test_an_announced_retaliation_is_a_threat(code, text):
    events = code(text)
    assert any(e.event_type == "THREATEN" and e.status == "occurred" for e in _announcements(events)), triples(events)


def test_a_meeting_announced_under_a_condition_is_an_ultimatum(code):
    events = code("Peru said it would host talks with Bolivia only if the shelling of Cobija stopped.")
    assert any(e.event_type == "THREATEN" for e in _announcements(events)), triples(events)
