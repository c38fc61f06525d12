"""Protest gatherings: protesters gathering, or people gathering to protest, denounce or demand, demonstrate (PLOVER
PROTEST, actor the protesters' country); mourners, delegates or officials gathering, a gathering for talks, or people
gathering with no protest said, are no protest. A crowd's present participle ("demonstrators *protesting* against the law") is the crowd's
own protest, not absorbed by the act done to the crowd (the dispersal, the clash)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor"), [
    ("Hundreds of Kenyan protesters gathered outside parliament in Nairobi on Tuesday.", "KEN"),
    ("Thousands of Chileans gathered in the main square of Santiago on Friday to denounce the pension reform.", "CHL"),
    ("Hundreds of Bolivians gathered in La Paz demanding the release of the jailed mayor.", "BOL"),
    ("Angry demonstrators gathered outside the presidential palace in Lima.", "PER"),
])
def test_a_crowd_gathering_in_the_street_demonstrates(code, text, actor):
    events = code(text)
    protests = [e for e in events if e.trigger.text == "gathered" and e.event_type == "PROTEST"]
    assert protests and protests[0].actor is not None and protests[0].actor.code.startswith(actor), triples(events)


@pytest.mark.parametrize("text", [
    "Thousands of mourners gathered in Tehran on Friday for the funeral of the general.",
    "Finance ministers from Brazil and Mexico gathered in Rio on Wednesday for talks on the debt crisis.",
    "Hundreds of delegates gathered in Geneva for the annual conference.",
    "Investigators gathered evidence in the port city for weeks.",
    "Hundreds of Bosnians gathered in Sarajevo on Monday to commemorate the victims of the flood.",
    "Thousands of Argentines gathered in Buenos Aires on Sunday.",
])
def test_other_gatherings_are_no_protest(code, text):
    events = code(text)
    assert not [e for e in events if e.event_type == "PROTEST"], triples(events)


@pytest.mark.parametrize(("text", "verb"), [
    ("Police in Harare dispersed thousands of opposition supporters protesting against the election results.",
     "dispersed"),
    ("Riot police in Oslo clashed with demonstrators protesting against the new law.", "clashed"),
])
def test_a_crowds_participle_is_its_own_protest(code, text, verb):
    events = code(text)
    assert [e.event_type for e in events if e.trigger.text == "protesting"] == ["PROTEST"], triples(events)
    assert [e for e in events if e.trigger.text == verb], triples(events)


def test_other_participles_still_describe_their_noun(code):
    events = code("Syrian rebels fighting the government seized the town of Maarat.")
    assert not [e for e in events if e.trigger.text == "fighting"], triples(events)


def test_a_gathering_that_is_no_protest_absorbs_nothing(code):
    events = code("The finance ministers of Brazil and Mexico gathered in Rio on Wednesday to discuss the debt crisis.")
    assert [e.event_type for e in events if e.trigger.text == "discuss"], triples(events)
    assert not [e for e in events if e.event_type == "PROTEST"], triples(events)
