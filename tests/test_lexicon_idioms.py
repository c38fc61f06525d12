"""Idioms of news English the lexicon lacked (task R4): phrasal, light-verb and adverb idioms code their event with
actor and recipient, and their other uses stay no event (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("The French president stood up for the Ukrainian leader in Brussels.", ("SUPPORT", "FRA", "UKR")),
    ("Germany spoke up for Greece at the summit.", ("SUPPORT", "DEU", "GRC")),
    ("The Indian prime minister spoke highly of the Japanese prime minister.", ("SUPPORT", "IND", "JPN")),
    ("The Turkish government took legal action against Greece on Monday.", ("ACCUSE", "TUR", "GRC")),
    ("Israel took military action against Hezbollah.", ("ASSAULT", "ISR", "LBN")),
    ("Russia raised the prospect of talks with Ukraine.", ("AGREE", "RUS", "UKR")),
    ("Japan held out the prospect of aid to North Korea.", ("AGREE", "JPN", "PRK")),
    ("The Chinese government raised the prospect of sanctions against Taiwan.", ("THREATEN", "CHN", "TWN")),
    ("Russian forces took hostage two Ukrainian soldiers.", ("ASSAULT", "RUS", "UKR")),
])
def test_an_idiom_codes_its_event(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize("text", [
    "The French president stood up and left the room.",
    "The French president stood up in parliament on Monday.",
    "Lithuania stood up to Russia over the blockade.",
    "The Indian prime minister spoke of his concern about the floods.",
    "The Indian prime minister spoke out about climate change.",
    "The police took action against the protesters in Paris.",
    "The report raised the prospect of a recession in Germany.",
])
def test_other_uses_of_the_idiom_words_are_no_event(code, text):
    assert code(text) == []


def test_a_specific_sense_rule_appended_later_wins_over_a_catch_all():
    from dyads import senses
    for rules in senses.rules().values():
        tests = [r.test for r in rules]
        catch_all = [t in senses.CATCH_ALL_TESTS for t in tests]
        assert catch_all == sorted(catch_all)


@pytest.mark.parametrize(("text", "triple"), [
    ("The Senate blocked the aid package for Ukraine.", ("REJECT", None, "UKR")),
    ("The European Union targeted Russian banks with new sanctions.", ("SANCTION", "IGOEEC", "RUS")),
    ("Chinese forces pushed back Indian troops in Ladakh.", ("ASSAULT", "CHN", "IND")),
    ("The United States handed Ukraine long-range missiles.", ("AID", "USA", "UKR")),
    ("Venezuela ousted the Colombian ambassador.", ("SANCTION", "VEN", "COL")),
    ("Chinese hackers breached the Indian power grid.", ("COERCE", "CHN", "IND")),
])
def test_a_sense_of_an_ambiguous_trigger_codes_its_own_type(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize(("text", "wrong"), [
    ("The European Union targeted Russian banks with new sanctions.", "ASSAULT"),
    ("Venezuela ousted the Colombian ambassador.", "ASSAULT"),
    ("Russia targeted Ukrainian power plants with drones.", "SANCTION"),
])
def test_the_other_sense_is_not_coded(code, text, wrong):
    assert wrong not in {e.event_type for e in code(text)}


@pytest.mark.parametrize(("text", "triple"), [
    ("Germany gave the green light to tank deliveries to Ukraine.", ("SUPPORT", "DEU", "UKR")),
    ("The Ukrainian president sat down with the Polish president in Warsaw.", ("CONSULT", "UKR", "POL")),
    ("Egypt slammed the door on talks with Ethiopia.", ("REJECT", "EGY", "ETH")),
    ("Turkey dug in its heels over Sweden's bid.", ("REJECT", "TUR", "SWE")),
    ("Russia pulled the plug on the grain deal.", ("RETREAT", "RUS", None)),
])
def test_a_light_verb_idiom_codes_its_event(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize("text", [
    "The protesters sat down in the road.",
    "The lamps gave light to the room.",
    "The Turkish navy turned back a boat of migrants.",
])
def test_the_idiom_words_used_literally_are_no_event(code, text):
    assert code(text) == []


@pytest.mark.parametrize(("text", "triple"), [
    ("Poland stood firm against Russia over the pipeline.", ("REJECT", "POL", "RUS")),
    ("Poland stood firm against Russia.", ("REJECT", "POL", "RUS")),
    ("The Greek government stood firm on its demands to Turkey.", ("REJECT", "GRC", "TUR")),
])
def test_standing_firm_against_a_party_refuses_to_give_way(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize("text", ["The building stood firm during the earthquake.",
                                  "The Kenyan shilling held firm against the dollar."])
def test_things_standing_firm_are_no_event(code, text):
    assert code(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Morocco raised the prospect of cutting ties with Algeria.", "THREATEN"),
    ("Russia raised the prospect of attacking Ukrainian ports.", "THREATEN"),
    ("Russia raised the prospect of resuming talks with Ukraine.", "AGREE"),
])
def test_the_prospect_raised_is_a_threat_when_it_names_a_hostile_act(code, text, kind):
    assert {e.event_type for e in code(text) if e.trigger.text == "raised"} == {kind}
