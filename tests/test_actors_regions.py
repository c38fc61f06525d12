"""First-level regions the actor tables do not list ("Bayelsa", "Jharkhand") locate a party with no country of its
own, as the gazetteer resolved them (`actors.regions`). Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event_type, country", [
    ("The minister spoke about the economy on Friday. Gunmen in Bayelsa attacked a police station on Monday.",
     "ASSAULT", "NGA"),
    ("Reuters said fighting went on in Syria. Police in Jharkhand arrested ten protesters on Monday.",
     "COERCE", "IND"),
    ("The minister spoke about the economy on Friday. A mob attacked the home of a priest in Jharkhand's capital.",
     "ASSAULT", "IND"),
])
def test_a_party_located_in_an_unlisted_region_takes_its_country(code, text, event_type, country):
    events = [e for e in code(text) if e.event_type == event_type]
    assert events and {e.actor.code for e in events} == {country}, [(e.event_type, e.actor) for e in events]
    assert all("located in" in e.actor.why for e in events)


def test_a_region_word_outside_the_party_phrase_does_not_locate_a_visitor(code):
    # a delegation is not of where it visits, listed region or not
    events = code("The minister spoke about the economy on Friday. The delegation visited Bayelsa on Monday.")
    assert all(e.actor is None or e.actor.code != "NGA" for e in events if e.event_type == "CONSULT")


@pytest.mark.parametrize("text, country", [
    # "Punjab" is listed in India and Pakistan: a party located there is of the one the document names most
    ("Pakistan's prime minister spoke in Lahore. Pakistan's courts were closed. "
     "The government deployed the army in Punjab on Wednesday.", "PAK"),
    ("India's home minister spoke in Delhi. India's courts were closed. "
     "The government deployed the army in Punjab on Wednesday.", "IND"),
])
def test_a_place_listed_in_several_countries_is_in_the_one_the_document_names_most(code, text, country):
    events = [e for e in code(text) if e.event_type == "MOBILIZE"]
    assert events and {e.actor.code for e in events} == {country}, [(e.event_type, e.actor) for e in events]
