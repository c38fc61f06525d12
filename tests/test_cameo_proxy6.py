"""Wordings a coder must know, found missing through the sixth CAMEO proxy batch (gold/cameo_proxy/tune6.jsonl):
contracts and passed-on information as cooperation, medical relief, examinations and alarm as
accusations, reconsidered ties as threats, scaled-down representation and abandoned mediation as sanctions, ordered
closures, dropped bombs, slit throats, hurled missiles (a crowd's riot), weapons shown off, stamps of approval, pen put
to paper, calls for help put out, and crowds flooding the streets. Every sentence is invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # 06x cooperation: side by side, joined hands, contracts, information passed on
    ("Turkish intelligence alerted French police to a planned attack on a concert hall.",
     ("COOPERATE", "TUR", "FRA")),
    ("A Chilean mining firm joined hands with a Chinese company to build a lithium plant.",
     ("COOPERATE", "CHL", "CHN")),
    ("Korea's Samsung clinched a contract with Vietnam's state power firm.", ("COOPERATE", "KOR", "VNM")),
    ("Italian prosecutors handed over phone records to their Albanian counterparts.", ("COOPERATE", "ITA", "ALB")),
    ("The Jordanian intelligence service provided information to Belgian police about the cell.",
     ("COOPERATE", "JOR", "BEL")),
    # 07x relief
    ("Turkish army doctors treated hundreds of wounded Syrian refugees at a field hospital.", ("AID", "TUR", "SYR")),
    # 09x / 11x inquiry and disapproval
    ("Amnesty International voiced alarm at Iran's execution of three juvenile offenders.",
     ("ACCUSE", "NGOAMN", "IRN")),
    # 16x reduced relations, ended mediation
    ("Cairo scaled down its diplomatic representation in Qatar.", ("SANCTION", "EGY", "QAT")),
    ("Norway abandoned its mediation between the Sri Lankan government and the Tamil rebels.",
     ("SANCTION", "NOR", "LKA")),
    # 17x ordered closure
    ("A Turkish court ordered the closure of a Kurdish newspaper in Diyarbakir.", ("COERCE", "TUR", "TUR")),
    # 18x/19x force
    ("Sudanese army planes dropped bombs on villages in South Kordofan.", ("ASSAULT", "SDN", "SDN")),
    ("Al-Shabaab fighters slit the throats of six Kenyan quarry workers.", ("ASSAULT", "SOM", "KEN")),
    ("Iranian militiamen hurled grenades at a Kurdish checkpoint.", ("ASSAULT", "IRN", "IRN")),
    # 14x: a crowd hurling stones riots; crowds flooding the streets demonstrate
    ("Palestinian protesters hurled stones at Israeli soldiers near Hebron.", ("PROTEST", "PSE", "ISR")),
    ("Thousands of Armenians flooded the streets of Yerevan.", ("PROTEST", "ARM", "ARM")),
    # 15x show of force
    ("Hong Kong police drafted in hundreds of extra officers for the national day parade.",
     ("MOBILIZE", "HKG", "HKG")),
    ("Pakistan showed off its new cruise missiles at a military parade in Islamabad.", ("MOBILIZE", "PAK", "PAK")),
    # 05x endorsement and signing
    ("The African Union gave its stamp of approval to Nigeria's election.", ("SUPPORT", "IGOAFR", "NGA")),
    # 02x appeal
    ("The Fijian government put out a call for help to Australia after the cyclone.", ("REQUEST", "FJI", "AUS")),
])
def test_sixth_batch_wordings(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text, event_type, actor", [
    ("The ICC prosecutor opened a preliminary examination of alleged abuses by Burundi's security forces.",
     "ACCUSE", "IGOICC"),
    ("The Moroccan foreign ministry said it would reconsider its relations with Sweden.", "THREATEN", "MAR"),
    ("Serbia and Kosovo put pen to paper on a deal to normalise trade.", "SUPPORT", "SRB"),
])
def test_sixth_batch_types(code, text, event_type, actor):
    assert (event_type, actor) in {(t, a) for t, a, _ in triples(code(text))}


@pytest.mark.parametrize("text", [
    "Ukrainian students hurled insults at the Russian ambassador.",
    "Chilean fans threw flowers at the Peruvian team bus.",
    "The planned withdrawal of French troops from Mali has raised alarm among Malian officials.",
])
def test_sixth_batch_words_outside_their_sense(code, text):
    types = {t for t, _, _ in triples(code(text))}
    assert not types & {"ASSAULT", "PROTEST", "COOPERATE"}


@pytest.mark.parametrize("text, expected", [
    # "the kingdom" is the one state named before it, like "the country"
    ("The Saudi Foreign Ministry said the kingdom would sever ties with Canada.", ("SANCTION", "SAU", "CAN")),
    ("The Dutch foreign minister said the kingdom would expel two Iranian diplomats.", ("SANCTION", "NLD", "IRN")),
    # a party "from" a state's body is of that state, wherever it acts
    ("Officials from the Colombian government met rebel leaders in Havana.", ("CONSULT", "COL", "CUB")),
    ("Doctors from the Cuban health ministry treated survivors in Haiti.", ("AID", "CUB", "HTI")),
    # "from X and Y": each of them, as before
    ("The ministers from Niger and Mali met on Friday with envoys from other West African states.",
     ("CONSULT", "NER", "MLI")),
])
def test_sixth_batch_parties(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text, expected", [
    # a capitalised preposition inside a name keeps the name whole
    ("Doctors Without Borders accused Sudanese troops of attacking a clinic.", ("ACCUSE", "NGOMSF", "SDN")),
    ("Reporters Without Borders asked Beijing to release three Chinese bloggers.", ("REQUEST", "NGORSF", "CHN")),
])
def test_names_with_a_preposition(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text, expected", [
    # a stance toward a killing or a detention is aimed at who did it, when named ("by X")
    ("Ghana condemned the killing of two Ghanaian traders by Ivorian soldiers.", ("ACCUSE", "GHA", "CIV")),
    ("Egypt condemned the detention of its nationals by Libyan militias.", ("ACCUSE", "EGY", "LBY")),
])
def test_stances_toward_violent_acts_aim_at_their_author(code, text, expected):
    assert expected in triples(code(text))
