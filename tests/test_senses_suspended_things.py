"""Suspending or halting what is a party's own (its production, a season, its trains, a dream, a suspended
sentence) sanctions no one; suspending a medium censors (CAMEO 1721) and suspending an institution of the state
imposes rule by decree (CAMEO 172); suspending aid to a party is still a sanction (invented sentences)."""
from __future__ import annotations

import pytest


def _types(events):
    return [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "The carmaker Velora suspended production at its plant in Ohio on Monday.",
    "Kenya's football federation halted the league season after the floods.",
    "The opposition leader has suspended his dream of a united front.",
    "A Georgian court handed down suspended sentences to the three officials on Tuesday.",
    "The Norwegian airline Skyline suspended flights to Cairo on Friday.",
])
def test_suspending_own_things_is_no_sanction(code, text):
    # "handed down suspended sentences" is still a sentence handed down: only the suspending is no act
    assert not any(e.event_type == "SANCTION" and e.trigger.text.lower().startswith(("suspend", "halt"))
                   for e in code(text)), _types(code(text))


@pytest.mark.parametrize("text", [
    "The Ugandan government suspended mobile internet access in three provinces on Sunday.",
    "Nicaragua's government halted the broadcasts of two opposition channels on Monday.",
])
def test_suspending_a_medium_is_censorship(code, text):
    events = code(text)
    assert any(e.event_type == "COERCE" and e.cameo == "1721" for e in events), _types(events)
    assert not any(e.event_type == "SANCTION" for e in events), _types(events)


def test_suspending_state_institutions_is_coercion(code):
    events = code("The junta said it would suspend the national institutions and the supreme court.")
    assert any(e.event_type == "COERCE" and e.cameo == "172" for e in events), _types(events)
    assert not any(e.event_type == "SANCTION" for e in events), _types(events)


def test_suspending_aid_to_a_party_is_still_a_sanction(code):
    events = code("Germany suspended development aid to Niger on Thursday.")
    assert any(e.event_type == "SANCTION" for e in events), _types(events)
