"""A city known mostly as a seat of international bodies and meetings (Geneva, The Hague) sets no story country for
its locals and does not locate a party there. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

from dyads import geo


def _actors(events, event_type):
    return {e.actor.code if e.actor else None for e in events if e.event_type == event_type}


def test_venue_cities_are_listed():
    known = geo.words()
    assert known.venue(geo.Entry("Geneva", "city", "CHE", "Geneva", None, None, 0))
    assert not known.venue(geo.Entry("Geneva", "admin1", "CHE", "Geneva", None, None, 0))
    assert not known.venue(geo.Entry("Zurich", "city", "CHE", "Zurich", None, None, 0))


def test_a_venue_dateline_sets_no_story_country(code):
    events = code("GENEVA (Reuters) - Talks on a ceasefire in the region opened on Wednesday. "
                  "Rebel fighters occupied several villages, officials said.")
    assert "CHE" not in _actors(events, "COERCE") | _actors(events, "ASSAULT")


def test_an_ordinary_dateline_still_sets_it(code):
    events = code("ZURICH (Reuters) - Talks on a ceasefire in the region opened on Wednesday. "
                  "Protesters blocked the main road to the airport.")
    assert _actors(events, "PROTEST") == {"CHE"}


def test_a_party_acting_in_a_venue_city_is_not_of_its_country(code):
    events = code("Lawyer and activist Amadou Diallo filed a complaint in Geneva against the mining company.")
    assert "CHE" not in {e.actor.code for e in events if e.actor}
