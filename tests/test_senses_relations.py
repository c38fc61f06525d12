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


def test_a_verb_whose_subject_names_the_same_event_codes_it_once(code):
    events = code("An attack by Moldovan rebels targeted a police station in Chisinau on Monday.")
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == ["targeted"]


@pytest.mark.parametrize("text", [
    "Chad would rather attack the rebels than negotiate.",
    "The Chadian commander said: I would rather go fight the rebels than the army.",
])
def test_a_preference_is_no_plan(code, text):
    assert {e.status for e in code(text) if e.event_type == "ASSAULT"} <= {"hypothetical"}


def test_go_and_a_bare_verb_share_the_modal(code):
    events = code("Chadian troops will go fight the rebels in the north.")
    assert {e.status for e in events if e.event_type == "ASSAULT"} == {"planned"}


def test_ending_someone_elses_protest_is_repression(code):
    assert "COERCE" in {e.event_type for e in code("Kenyan police ended the protest by teachers in Nairobi on Monday.")}
    assert "CONCEDE" in {e.event_type for e in code("Kenyan teachers ended their protest on Monday.")}


def test_thrown_into_relief_is_no_aid(code):
    assert "AID" not in {e.event_type for e in code("The Kenyan strikes threw Ankara's plan for Somalia into sharp relief.")}
    assert "AID" in {e.event_type for e in code("Kenya sent relief to Somalia on Monday.")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("A police raid on the home of a Kenyan opposition leader angered his party.", "raid"),
])
def test_a_police_raid_is_coercion(code, text, trigger):
    assert _types(code(text), trigger) == {"COERCE"}


def test_a_militia_raid_stays_an_assault(code):
    assert _types(code("Somali militants raided a Kenyan army base near the border on Monday."), "raided") == {"ASSAULT"}


@pytest.mark.parametrize("text", [
    "The Sudanese army deployed sarin gas against the rebels in Darfur in 2015.",
    "The Sudanese army deployed chemical weapons against rebels in Darfur.",
])
def test_deploying_chemical_weapons_is_an_attack(code, text):
    assert _types(code(text), "deployed") == {"ASSAULT"}


def test_deploying_troops_stays_a_mobilization(code):
    assert _types(code("Sudan deployed troops to the border with Chad on Monday."), "deployed") == {"MOBILIZE"}


@pytest.mark.parametrize("text", [
    "The treaty is a framework for cooperation between Chile and Peru.",
    "The cooperation between Chile and Bolivia will cover energy research.",
    "Uruguay's collaboration with Paraguay has always been close.",
])
def test_cooperation_named_as_a_standing_relation_codes_no_event(code, text):
    assert "COOPERATE" not in {e.event_type for e in code(text)}


@pytest.mark.parametrize("text", [
    "Bolivia and Peru expanded their cooperation against drug traffickers on Monday.",
    "Chile stepped up its cooperation with Argentina on border security last week.",
])
def test_cooperation_stepped_up_is_an_act_of_cooperation(code, text):
    assert "COOPERATE" in {e.event_type for e in code(text)}
