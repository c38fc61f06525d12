"""Verbs of naming with a damning name for a party's act (word class `disapproval` in data/senses/word_classes.csv):
"called the ruling a witch hunt", "a show of disrespect", "a political persecution" criticise the act's author
(ACCUSE), also when the act is a strike or an election the verb could otherwise call; an approving name or a name
given to a person stays out. Invented sentences."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(code, text):
    return {e.event_type for e in code(text)}


@pytest.mark.parametrize(("text", "triple"), [
    ("A Dutch court convicted two Russian officers on Monday. The Kremlin called the ruling a witch hunt.",
     ("ACCUSE", "RUS", "NLD")),
    ("A Dutch court convicted two Russian officers on Monday. The Kremlin called the ruling a 'witch-hunt'.",
     ("ACCUSE", "RUS", "NLD")),
    ("The Chinese government called the Philippine investigation a political persecution.", ("ACCUSE", "CHN", "PHL")),
    ("The French president visited Algeria on Monday. Algeria's prime minister called the visit 'a show of disrespect'.",
     ("ACCUSE", "DZA", "FRA")),
    ("The Kremlin called the Dutch verdict a mockery of justice.", ("ACCUSE", "RUS", "NLD")),
])
def test_a_damning_name_for_a_party_s_act_criticises_its_author(code, text, triple):
    assert triple in triples(code(text)), text


def test_the_victim_named_in_the_damning_name_is_not_the_recipient(code):
    # "a crime *against the Kurdish people*": the strike's author is criticised, not the people it hit
    events = code("Iraq said an Iranian drone hit Erbil on Monday. "
                  "The Kurdistan Regional Government called the strike a crime against the Kurdish people.")
    assert ("ACCUSE", "IRQ", "IRN") in triples(events)
    assert not [e for e in events if e.event_type == "ASSAULT" and e.trigger.text == "called"]


def test_an_election_called_a_farce_is_criticised_not_called(code):
    events = code("The Venezuelan opposition called the election a farce.")
    assert "ACCUSE" in {e.event_type for e in events}
    assert not [e for e in events if e.event_type == "CONCEDE"]


@pytest.mark.parametrize("text", [
    "American activists called the decision indefensible.",
    "The Kremlin called the Dutch ruling illegitimate.",
])
def test_an_object_merged_with_its_damning_predicate_is_still_judged(code, text):
    # the parser reads [the decision indefensible] as one phrase headed by the predicate
    assert "ACCUSE" in _types(code, text), text


@pytest.mark.parametrize("text", [
    "Putin called him a friend.",
    "The union called the strike a success.",
    "The Kremlin called the Dutch ruling historic.",
    "The minister called the persecution of Christians a tragedy that must end.",
])
def test_praise_friendship_or_a_name_given_to_persecution_is_no_criticism(code, text):
    assert "ACCUSE" not in _types(code, text), text
