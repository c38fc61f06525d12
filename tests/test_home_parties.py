"""Domestic pairs and organisation recipients found through the second batch of the proxy gold
(gold/cameo_proxy/sentences2.txt, issue 14). Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # a civil government acting on an unnamed group of its own people
    ("The Bolivian president urged farmers to return to work.", ("REQUEST", "BOL", "BOL")),
    ("The Ghanaian government threatened cocoa growers with arrest.", ("THREATEN", "GHA", "GHA")),
    # rebels acting on their state's organs
    ("Chechen rebels ambushed police near the village.", ("ASSAULT", "RUS", "RUS")),
])
def test_a_group_acted_on_at_home_is_of_the_actors_country(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("Angry students marched to protest against the Chilean government.", ("PROTEST", "CHL", "CHL")),
    ("Demonstrators demanded the resignation of the Thai prime minister.", ("REQUEST", "THA", "THA")),
])
def test_people_protesting_a_government_office_are_its_people(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "Norway pledged aid to flood victims.",  # aid goes abroad as often as not
    "Protesters burned flags to protest against Israel.",  # a state named as such is anyone's target
])
def test_no_home_country_where_the_pair_may_be_foreign(code, text):
    events = code(text, date="2000-01-01")
    assert not any(e.actor and e.recipient and e.actor.code and e.actor.code == e.recipient.code for e in events)
    assert not any(e.actor and e.actor.code is not None and e.event_type == "PROTEST" and e.actor.sector == "CVL"
                   for e in events)


def test_a_pronoun_for_the_actor_does_not_hide_whom_it_warned(code):
    # "warned farmers that it would ...": "it" is the government itself, the farmers are warned
    assert ("THREATEN", "KEN", "KEN") in triples(code("The Kenyan government warned farmers that it would seize "
                                                        "their land.", date="2000-01-01"))
    assert ("THREATEN", "TUR", "SYR") in triples(code("Turkey warned Syria that it would respond.", date="2000-01-01"))


@pytest.mark.parametrize("text, actor", [
    ("The African Development Bank approved a loan to Ghana.", "IGOAFB"),
    ("The Inter-American Development Bank lent Bolivia 90 million dollars.", "IGOIAB"),
])
def test_regional_development_banks_are_igos(code, text, actor):
    assert any(e.actor and e.actor.code == actor and e.event_type == "AID" for e in code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, kind", [
    ("Canada banned arms sales to Burma.", "SANCTION"),
    ("Japan banned imports of beef from Britain.", "SANCTION"),
    ("The junta banned the opposition party.", "COERCE"),
])
def test_banning_trade_with_a_country_is_an_embargo(code, text, kind):
    assert {e.event_type for e in code(text, date="2000-01-01")} == {kind}


@pytest.mark.parametrize("text, expected", [
    # police and courts act at home, also on a party named by a preposition of their act's noun
    ("Brazilian police launched an inquiry into the governor.", ("ACCUSE", "BRA", "BRA")),
    # a market, like a town, stands for its people when a place locates it
    ("Rebels attacked a market in northern Uganda.", ("ASSAULT", "UGA", "UGA")),
    # Indonesian regions
    ("Christian militias killed five farmers in the Moluccas.", ("ASSAULT", "IDN", "IDN")),
])
def test_home_and_place_recipients(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("Guerrillas set off explosives outside the governor's office in Aceh.", "ASSAULT"),
    ("Egypt played host to the Sudanese president for two days.", "CONSULT"),
])
def test_light_verbs_set_off_a_bomb_and_play_host(code, text, expected):
    assert expected in {e.event_type for e in code(text, date="2000-01-01")}


def test_setting_off_fireworks_is_no_attack(code):
    assert not code("The children set off fireworks in the square.", date="2000-01-01")


@pytest.mark.parametrize("text, kind", [
    ("The Thai king welcomed the Japanese emperor at the palace.", "CONSULT"),
    ("The Kenyan president was welcomed by the Ugandan president in Kampala.", "CONSULT"),
    ("France welcomed Germany's offer.", "SUPPORT"),
])
def test_welcoming_a_leader_is_hosting_welcoming_an_act_is_praise(code, text, kind):
    assert kind in {e.event_type for e in code(text, date="2000-01-01")}
    assert {"SUPPORT", "CONSULT"} - {kind} - {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text, expected", [
    # CAMEO 018 empathetic comment, coded SUPPORT like other expressions of support
    ("President Chirac sent condolences to Greece after the earthquake.", ("SUPPORT", "FRA", "GRC")),
    ("The Chilean government expressed sympathy to Peru over the floods.", ("SUPPORT", "CHL", "PER")),
])
def test_condolences_and_sympathy_are_support(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_admitting_responsibility_is_a_concession(code):
    events = code("The Dutch army acknowledged responsibility for the deaths of three fishermen.", date="2000-01-01")
    assert any(e.event_type == "CONCEDE" and e.actor and e.actor.code == "NLD" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Unknown attackers killed a Colombian judge.", ("ASSAULT", "COL", "COL")),
    ("Gunmen shot two Mexican policemen.", ("ASSAULT", "MEX", "MEX")),
    # foreign civilians may be hit anywhere: the attackers stay uncoded
    ("Gunmen killed three American tourists.", ("ASSAULT", None, "USA")),
])
def test_unnamed_gunmen_attacking_judges_or_police_strike_in_their_country(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_settling_a_dispute_with_a_party_is_an_agreement(code):
    assert ("AGREE", "THA", "KHM") in triples(code("Thailand settled its border dispute with Cambodia.",
                                                   date="2000-01-01"))


def test_the_organizations_officials_are_the_salient_organizations(code):
    events = code("Fiji was suspended from the Commonwealth by the organization's foreign ministers.", date="2000-01-01")
    assert any(e.event_type == "SANCTION" and e.actor and e.actor.code == "IGOCWN" and e.recipient
               and e.recipient.code == "FJI" for e in events)
