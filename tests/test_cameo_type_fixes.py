"""Type fixes found on the third CAMEO-style proxy batch (gold/cameo_proxy/tune3.jsonl, issue 14): sums of money
given or pledged, "throw out" a proposal or an envoy, a warning of a penalty in a passive clause.

Every sentence here is invented for the test; none is a sentence of the proxy set."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # 071 provide economic aid: a sum of money given, donated or granted
    ("The World Bank gave 50 million dollars to Bolivian schools.", ("AID", "IGOWBK", "BOL")),
    ("Japan donated two million yen to Philippine flood victims.", ("AID", "JPN", "PHL")),
    # 0331 promise economic aid: a sum pledged
    ("The European Union pledged 30 million euros to Haiti.", ("AGREE", "IGOEEC", "HTI")),
    # 166 expel: throwing out envoys or inspectors
    ("Tehran threw out IAEA inspectors.", ("SANCTION", "IRN", "IGOUNOIAE")),
    ("Belgrade threw out the British ambassador.", ("SANCTION", "SRB", "GBR")),
    # 120 reject: throwing out a plan or a bill
    ("The Peruvian congress threw out the president's tax plan.", ("REJECT", "PER", "PER")),
    # 130 threaten: warning a party that its licence could be revoked (Shell is a British company row)
    ("The Peruvian energy minister warned Shell that its licence could be revoked.", ("THREATEN", "PER", "GBR")),
])
def test_cameo_type_fixes(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    # throwing out people who are no envoys, inspectors or peacekeepers is no expulsion coded by these rows
    "The landlord threw out the old furniture.",
    # a warning of a danger with no warned party is no threat
    "The health ministry warned that schools could be closed.",
    # a passive clause with an agent of its own: the penalty is someone else's
    "The Iraqi minister warned Turkish firms that their contracts might be cancelled by the courts.",
])
def test_no_event_without_the_penalty_or_the_party(code, text):
    assert not code(text, date="2000-01-01")


@pytest.mark.parametrize("text, expected", [
    # 091 investigate: police, prosecutors or detectives questioning a person
    ("The Greek police questioned the former defence minister about arms contracts.", ("ACCUSE", "GRC", "GRC")),
    ("Spanish prosecutors questioned a Moroccan imam over the bombings.", ("ACCUSE", "ESP", "MAR")),
    ("Turkish detectives quizzed two Syrian suspects.", ("ACCUSE", "TUR", "SYR")),
])
def test_questioning_by_investigators_is_an_investigation(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "French lawmakers questioned the wisdom of the Iraqi war.",
    "Analysts questioned China's growth figures.",
    "Egyptian police questioned the wisdom of the Libyan plan.",
])
def test_questioning_as_doubt_is_no_event(code, text):
    assert not code(text, date="2000-01-01")


@pytest.mark.parametrize("text, expected", [
    # 0811 ease restrictions on political freedoms: allowing a rally or a march (the rally itself is only allowed)
    ("The Chilean police allowed students to hold a march in Santiago.", ("CONCEDE", "CHL", "CHL")),
    ("The Bolivian government allowed the opposition to stage a rally in La Paz.", ("CONCEDE", "BOL", "BOL")),
    # 0863 allow humanitarian access: allowing a body to deliver food or medicine
    ("Turkish police allowed the Red Cross to deliver medicine to the prison.", ("RETREAT", "TUR", "NGOIRC")),
])
def test_allowing_a_party_to_act_is_the_permission(code, text, expected):
    events = code(text, date="2000-01-01")
    assert expected in triples(events)
    assert {e.event_type for e in events} == {expected[0]}


def test_allowing_a_sale_is_no_event(code):
    assert not code("The court allowed the Peruvian company to sell its shares.", date="2000-01-01")


@pytest.mark.parametrize("text, expected", [
    # 184 use as human shield
    ("Taliban fighters used Afghan villagers as human shields.", ("ASSAULT", "AFG", "AFG")),
    ("Rebels in Liberia used captured Nigerian soldiers as human shields.", ("ASSAULT", "LBR", "NGA")),
    # the other uses of weapons keep their sense
    ("Sudan used chemical weapons against rebels.", ("ASSAULT", "SDN", "SDN")),
])
def test_human_shields(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "The Afghan army used the school as a shield.",
    "Israel used the talks with Syria as a shield.",
])
def test_a_shield_that_is_no_people_is_no_assault(code, text):
    assert not code(text, date="2000-01-01")
