"""A travelling group (a delegation, an envoy, a negotiating team) is not of the state where it visits: a place
after "in"/"at" gives it no country, nor does the story's setting. Sentences we wrote."""
from __future__ import annotations


def _actors(events, event_type):
    return [e.actor for e in events if e.event_type == event_type and e.actor]


def test_a_delegation_is_not_of_the_city_it_visits(code):
    events = code("Yemeni troops shelled the port on Monday. A statement by the opposition delegation in Oslo "
                  "demanded the release of prisoners.")
    actors = _actors(events, "REQUEST")
    assert actors and all(a.code != "NOR" for a in actors), actors


def test_a_named_delegation_keeps_its_own_country():
    from dyads.actors.rules import resolve_words
    from dyads.actors.tables import normalize, Word
    text = "a Yemeni opposition delegation in Oslo"
    words = [Word(w) for w in normalize(text)]
    res = resolve_words(text, words, 0, len(text))
    assert res is not None and res.party.code == "YEM"


def test_a_local_group_in_a_city_still_takes_its_country(code):
    events = code("Students in Oslo demanded the resignation of the education minister.")
    assert {a.code for a in _actors(events, "REQUEST")} == {"NOR"}
