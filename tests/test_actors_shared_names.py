"""A short country name two states share ("Congo") takes the state its document places it in, and "DR" in
capitals is "Democratic Republic", not a doctor's title. Sentences we wrote."""
from __future__ import annotations

from dyads.actors.tables import index


def _actors(events, event_type):
    return {(e.actor.code, e.actor.name) for e in events if e.event_type == event_type and e.actor}


def test_dr_in_capitals_names_the_democratic_republic():
    assert [e.code for e in index().entries("DR Congo")] == ["COD"]


def test_congo_alone_defaults_to_the_democratic_republic(code):
    events = code("Congo's government accused Uganda of arming militias along the lake.")
    assert {c for c, _ in _actors(events, "ACCUSE")} == {"COD"}


def test_congo_takes_the_republic_its_story_places_it_in(code):
    events = code("Officials in Brazzaville met on Monday to discuss the river port. "
                  "Congo's government accused Gabon of closing the border.")
    assert _actors(events, "ACCUSE") == {("COG", "Republic of the Congo")}


def test_a_place_in_the_dr_congo_locates_the_party(code):
    events = code("The monitoring mission, which watches the fighting in the DR Congo, accused Uganda of "
                  "arming militias.")
    assert {c for c, _ in _actors(events, "ACCUSE")} == {"COD"}
