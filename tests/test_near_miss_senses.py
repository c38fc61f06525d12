"""Near misses: the right trigger coded with the wrong type or status, fixed by the trigger's object or complement
(senses/rules.csv, senses/word_classes.csv)."""
from __future__ import annotations

import pytest

from conftest import triples


def types_at(events, trigger: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.status) for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan president vowed to fight corruption.", "vowed"),
    ("The Bulgarian prime minister pledged on Friday to continue to fight corruption.", "pledged"),
    ("The Nigerian health minister promised to fight the cholera epidemic.", "promised"),
])
def test_a_vow_to_fight_a_social_ill_or_a_disease_is_a_promise_not_a_threat(code, text, trigger):
    found = types_at(code(text), trigger)
    assert ("AGREE", "occurred") in found and not any(t == "THREATEN" for t, _ in found)


def test_a_vow_to_fight_a_party_stays_a_threat(code):
    assert "THREATEN" in {t for t, _ in types_at(code("The Kenyan president vowed to fight the rebels."), "vowed")}


@pytest.mark.parametrize("text, expected", [
    ("Peru expelled Juan Perez, a Chilean activist, from the country.", "COERCE"),
    ("The Chinese coast guard expelled a Vietnamese fishing boat from the area.", "COERCE"),
    ("Peru expelled Ambassador John Smith on Monday.", "SANCTION"),
    ("Peru expelled the Chilean ambassador, John Smith, on Monday.", "SANCTION"),
])
def test_expelling_a_named_person_or_a_boat_coerces_a_diplomat_is_sanctioned(code, text, expected):
    assert {t for t, _ in types_at(code(text), "expelled")} == {expected}


def test_protesters_met_with_tear_gas_by_police_are_assaulted_not_met(code):
    events = code("Hundreds of demonstrators were met with tear gas by Turkish police in Ankara.")
    assert {t for t, _ in types_at(events, "met")} == {"ASSAULT"}
    assert ("ASSAULT", "TUR", "TUR") in triples(events)


def test_meeting_with_officials_stays_a_meeting(code):
    events = code("The Turkish president met with Greek officials in Ankara.")
    assert {t for t, _ in types_at(events, "met")} == {"CONSULT"}


@pytest.mark.parametrize("text", [
    "The government of Chad called on its conscripts on Sunday.",
    "The Chadian government called upon reservists to report for duty.",
])
def test_calling_on_conscripts_or_reservists_mobilizes(code, text):
    assert {t for t, _ in types_at(code(text), "called")} == {"MOBILIZE"}


def test_calling_on_another_party_stays_a_request(code):
    text = "The Chadian president called on Nigeria to release the prisoners."
    assert {t for t, _ in types_at(code(text), "called")} == {"REQUEST"}


@pytest.mark.parametrize("text", [
    "China retaliated against US tariffs on Friday.",
    "China retaliated with tariffs on American goods.",
])
def test_retaliating_against_or_with_a_trade_measure_is_a_sanction(code, text):
    assert {t for t, _ in types_at(code(text), "retaliated")} == {"SANCTION"}


def test_retaliating_for_an_attack_stays_an_assault(code):
    assert {t for t, _ in types_at(code("Israel retaliated for the rocket attacks on Friday."), "retaliated")} \
        == {"ASSAULT"}


def test_disarming_a_named_group_coerces_it(code):
    events = code("The Lebanese cabinet ordered the army to draw up a plan to disarm Hezbollah.")
    assert "COERCE" in {t for t, _ in types_at(events, "disarm")}


def test_a_group_disarming_its_own_fighters_is_no_coercion(code):
    events = code("The Indonesian rebels agreed to disarm their fighters.")
    assert "COERCE" not in {t for t, _ in types_at(events, "disarm")}


def test_a_person_captured_by_name_is_detained(code):
    events = code("John Smith was captured by Kurdish forces in Syria.")
    assert {t for t, _ in types_at(events, "captured")} == {"COERCE"}
