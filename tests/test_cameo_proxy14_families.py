"""Whole CAMEO families completed in the lexicon after the proxy batches 13/14 (issue 14): every verb of handing
over information with every word for information (064), and gathering evidence / building a case (090).

Every sentence here is invented for the test; none is a sentence of the proxy set."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # 064 share intelligence or information: any verb of handing over x any word for information
    ("Jordan passed intelligence to Israel about the plot.", ("COOPERATE", "JOR", "ISR")),
    ("The Italian police forwarded the records to Spanish investigators.", ("COOPERATE", "ITA", "ESP")),
    ("Britain supplied data to the Norwegian government.", ("COOPERATE", "GBR", "NOR")),
    ("Kenya handed over documents to Uganda.", ("COOPERATE", "KEN", "UGA")),
    ("Swiss prosecutors turned over evidence to Brazil.", ("COOPERATE", "CHE", "BRA")),
    # 090 investigate: gathering evidence or building a case against a party
    ("Belgian prosecutors gathered evidence against Rwandan officers.", ("ACCUSE", "BEL", "RWA")),
    ("Dutch investigators built a case against a Serbian militia leader.", ("ACCUSE", "NLD", "SRB")),
])
def test_cameo_families(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_feeding_information_is_sharing_not_aid(code):
    kinds = {e.event_type for e in code("Egypt fed information to Libya about the smugglers.", date="2000-01-01")}
    assert "COOPERATE" in kinds and "AID" not in kinds


@pytest.mark.parametrize("text, expected", [
    # 01x/11x an attitude expressed: every verb of expressing x every noun of the attitude
    ("Chile registered its displeasure with Argentina.", ("ACCUSE", "CHL", "ARG")),
    ("The Polish foreign ministry expressed dissatisfaction with Lithuania.", ("ACCUSE", "POL", "LTU")),
    ("The Kenyan president conveyed his sorrow to Uganda.", ("SUPPORT", "KEN", "UGA")),
    ("Norway voiced solidarity with Denmark.", ("SUPPORT", "NOR", "DNK")),
])
def test_expressed_attitudes(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_air_support_is_no_expressed_support(code):
    assert not any(e.event_type == "SUPPORT" for e in code("The pilots called in air support.", date="2000-01-01"))


@pytest.mark.parametrize("text, expected, cameo", [
    # 183 bombing: setting off, exploding or triggering any explosive
    ("A Taliban suicide bomber set off an explosive belt at an Afghan army base.", ("ASSAULT", "AFG", "AFG"), "183"),
    ("An al-Shabaab fighter exploded a grenade among Somali soldiers.", ("ASSAULT", "SOM", "SOM"), "183"),
    # 2041 chemical weapons: any verb of using x any agent, and poison gas sprayed
    ("Syrian aircraft sprayed mustard gas over Syrian rebels.", ("ASSAULT", "SYR", "SYR"), "2041"),
    ("Iraqi forces used sarin against Iranian troops.", ("ASSAULT", "IRQ", "IRN"), "2041"),
])
def test_bombing_and_chemical_weapons(code, text, expected, cameo):
    events = code(text, date="2000-01-01")
    assert expected in triples(events)
    assert any(e.cameo == cameo for e in events if e.event_type == "ASSAULT")


def test_tear_gas_sprayed_stays_repression(code):
    events = code("Chilean police sprayed tear gas at students in Santiago.", date="2000-01-01")
    assert events and all(e.cameo != "2041" for e in events)


@pytest.mark.parametrize("text, expected", [
    # 063 judicial cooperation: a person handed or turned over to a court or to law enforcement
    ("Serbia handed over the general to the UN tribunal.", ("COOPERATE", "SRB", "IGOUNO")),
    ("Colombia turned over the drug lord to American prosecutors.", ("COOPERATE", "COL", "USA")),
])
def test_handing_a_person_to_justice_is_judicial_cooperation(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_handing_territory_to_an_army_is_no_judicial_cooperation(code):
    events = code("Armenian forces handed over the district to the Azerbaijani army.", date="2000-01-01")
    assert not any(e.event_type == "COOPERATE" for e in events)


@pytest.mark.parametrize("text", [
    "Rebel fighters in Mali handed over their weapons to the Malian police.",
    "The militiamen turned over their arms to Colombian prosecutors.",
])
def test_weapons_handed_to_law_enforcement_are_disarmament_not_judicial_cooperation(code, text):
    events = code(text, date="2000-01-01")
    assert not [e for e in events if e.event_type == "COOPERATE"]
    assert any(e.event_type == "RETREAT" and e.mode == "disarm" for e in events)
