"""Military movements and captures: incursions into a place, places that fall to a force, participles tagged as
nouns. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops swept into the Ukrainian town of Izium.", ("ASSAULT", "RUS", "UKR")),
    ("Chadian rebels advanced into Sudan.", ("ASSAULT", "TCD", "SDN")),
    ("Israeli tanks pushed deeper into Lebanon on Tuesday.", ("ASSAULT", "ISR", "LBN")),
    ("Ethiopian soldiers moved into Eritrea overnight.", ("ASSAULT", "ETH", "ERI")),
])
def test_armed_forces_moving_into_a_place_make_an_incursion(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The French president moved into the Elysee palace.",
    "Chinese investors pushed into the Kenyan property market.",
    "Argentina advanced into the World Cup final.",
])
def test_moving_into_a_place_by_no_armed_force_is_no_event(code, text):
    assert not [e for e in code(text) if e.trigger.text in ("moved", "pushed", "advanced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mosul fell to Islamic State in 2014.", ("ASSAULT", "IMGREB", "IRQ")),
    ("The Syrian town of Manbij has fallen to Turkish troops after a battle.", ("ASSAULT", "TUR", "SYR")),
])
def test_a_place_that_falls_to_a_force_is_taken_by_that_force(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Oil prices fell to their lowest level in a decade.",
    "The task of forming a government fell to the Kenyan foreign minister.",
])
def test_falling_to_a_level_or_a_person_is_no_capture(code, text):
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]


def test_a_passive_participle_tagged_as_a_noun_is_coded_as_a_verb(code):
    events = code("The Kurdish positions were overrun by Turkish troops.")
    assert any(e.event_type == "ASSAULT" and e.trigger.text == "overrun" and e.actor.code == "TUR" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish military campaign inside Syria began on Saturday.", ("ASSAULT", "TUR", "SYR")),
    ("Russia began a bombing campaign in Syria in 2015.", ("ASSAULT", "RUS", "SYR")),
])
def test_a_campaign_of_force_is_an_attack(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "The senator's election campaign in Iowa cost millions.",
    "Kenya's vaccination campaign in rural areas reached a million children.",
])
def test_a_campaign_not_of_force_is_no_attack(code, text):
    assert not [e for e in code(text) if e.trigger.text == "campaign" and e.event_type == "ASSAULT"]


def test_taking_a_town_is_a_capture(code):
    assert any(e.event_type == "ASSAULT" and e.actor.code == "NGA" and e.trigger.text == "took"
               for e in code("Nigerian troops took the city of Maiduguri from Boko Haram."))


def test_taking_a_train_to_the_capital_is_no_capture(code):
    assert not code("The minister took the train to the capital.")
