"""Breadth of the trigger lexicon (issue 14): sending or dispatching envoys, emissaries, negotiators, representatives
or officials to a party is a visit by proxy (CAMEO 042), as sending a delegation is; sending a letter or goods is
none (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Egypt sent envoys to Khartoum on Sunday to discuss the dam dispute.", "sent", ("CONSULT", "EGY", "SDN")),
    ("Japan will dispatch officials to Seoul next week.", "dispatch", ("CONSULT", "JPN", "KOR")),
    ("Norway sent two negotiators to Bogota in March.", "sent", ("CONSULT", "NOR", "COL")),
])
def test_sending_envoys_is_a_visit(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Egypt sent an official letter to the United Nations.", "sent"),
    ("Chile sent food and medicine to Bolivia.", "sent"),
])
def test_sending_no_person_is_no_visit(code, text, trigger):
    assert "CONSULT" not in _types(code(text), trigger)
