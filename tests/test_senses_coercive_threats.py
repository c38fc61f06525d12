"""Vowing or being ready to arrest, expel, ban or annex is a threat (PLOVER THREATEN modes), and importing or
exporting goods between named countries is economic cooperation (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {(e.event_type, e.mode) for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "sense", "triple"), [
    ("Iran vowed to outlaw the Israeli-funded party.", "vowed", ("THREATEN", "ban"), None),
    ("Russia vowed to annex Ukrainian territory.", "vowed", ("THREATEN", "territory"), ("THREATEN", "RUS", "UKR")),
    ("Pakistan is ready to expel Indian diplomats.", "ready", ("THREATEN", "expel"), ("THREATEN", "PAK", "IND")),
    ("The Egyptian president promised to ban the Turkish-funded party.", "promised", ("THREATEN", "ban"), None),
    ("The Kenyan interior minister pledged to prosecute Ugandan smugglers.", "pledged", ("THREATEN", "arrest"), None),
    ("Kenya is prepared to detain Ugandan smugglers.", "prepared", ("THREATEN", "arrest"), None),
])
def test_a_vow_to_arrest_expel_ban_or_annex_is_a_threat(code, text, trigger, sense, triple):
    events = code(text)
    assert _types(events, trigger) == {sense}
    if triple is not None:
        assert triple in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan government vowed to build new schools in Nairobi.", "vowed"),
    ("Chile pledged to cooperate with Peru on border security.", "pledged"),
])
def test_vows_of_other_acts_are_still_promises(code, text, trigger):
    assert {t for t, _ in _types(code(text), trigger)} <= {"AGREE"}


@pytest.mark.parametrize(("text", "trigger", "triple"), [
    ("Peru has begun importing wheat from Canada.", "importing", ("COOPERATE", "PER", "CAN")),
    ("Chile started exporting copper to Japan on Monday.", "exporting", ("COOPERATE", "CHL", "JPN")),
])
def test_trade_between_named_countries_is_economic_cooperation(code, text, trigger, triple):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert triple in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The new pipeline will let Ecuador export more oil every day.", "export"),
    ("The Bolivian company imported cheap medicines.", "imported"),
])
def test_trade_with_no_partner_named_is_no_event(code, text, trigger):
    assert not [e for e in code(text) if e.trigger.text == trigger]
