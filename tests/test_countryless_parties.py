"""In a story whose country is known (a dateline, a lead place, or the country it names clearly most), an event
whose actor is known only by its sector and still has no country, acting on no one of any country, is no
political event. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations


def _types(events):
    return {e.event_type for e in events}


def test_countryless_hackers_hitting_countryless_firms_in_a_placed_story_code_nothing(code):
    events = code("LIMA, March 3 (Reuters) - An unknown group of hackers attacked several internet companies "
                  "on Tuesday.")
    assert "ASSAULT" not in _types(events), [(e.event_type, e.actor, e.recipient) for e in events]


def test_the_same_sentence_alone_still_codes_its_event(code):
    events = code("An unknown group of hackers attacked several internet companies on Tuesday.")
    assert "ASSAULT" in _types(events)


def test_countryless_attackers_of_a_country_s_people_still_code(code):
    events = code("LIMA, March 3 (Reuters) - Gunmen attacked Peruvian soldiers near the border on Tuesday.")
    assert "ASSAULT" in _types(events)
