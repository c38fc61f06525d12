"""A story with no dateline, no lead place and no country named clearly most often by name is set in the country
whose towns and people (demonyms) it names clearly most often (`geo.towns_country`): its unnamed police, courts and
protesters act there. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import collections

import pytest

from dyads import geo
from dyads.geo.gazetteer import Entry
from dyads.geo.towns_country import places_country


def _actor_codes(events, event_type):
    return {e.actor.code if e.actor else None for e in events if e.event_type == event_type}


# Sudan is never named by name: by a demonym and three towns; Kenya once, by a demonym
ABOUT_SUDAN = ("Sudanese workers went on strike on Monday. Traders from Omdurman, Kassala and Port Sudan closed "
               "their shops. A Kenyan firm lost two contracts. ")


@pytest.mark.parametrize("sentence, event_type", [
    ("Police arrested twelve traders near the market.", "COERCE"),
    ("Protesters blocked the main road to the port.", "PROTEST"),
])
def test_unnamed_locals_take_the_country_of_the_storys_towns_and_people(code, sentence, event_type):
    events = code(ABOUT_SUDAN + sentence)
    assert _actor_codes(events, event_type) == {"SDN"}, [(e.event_type, e.actor) for e in events]
    assert any("places and people the story names most" in (e.actor.why or "")
               for e in events if e.event_type == event_type)


def test_towns_of_two_countries_alike_set_no_story_country(code):
    events = code("Sudanese and Kenyan workers went on strike on Monday. Traders from Khartoum, Kassala, Nairobi "
                  "and Kisumu closed their shops. A Chadian firm lost two contracts. "
                  "Police arrested twelve traders near the market.")
    assert not _actor_codes(events, "COERCE") - {None}


def _town(country: str, kind: str = "city") -> geo.Mention:
    return geo.Mention(span=None, name="x", candidates=[],
                       place=Entry(name="x", kind=kind, country=country, admin1="", lat=0.0, lon=0.0,
                                   population=0, geonameid=0))


@pytest.mark.parametrize("towns, demonyms, expected", [
    (["SDN", "SDN"], {"SDN": 1, "KEN": 1}, "SDN"),  # 3 against 1
    (["SDN", "SDN", "SDN"], {"KEN": 1}, None),  # towns alone, never named: as often targets as the scene
    (["SDN", "SDN"], {"SDN": 1, "KEN": 2}, None),  # not twice as often as Kenya
    (["SDN"], {"SDN": 1}, None),  # too few
    ([], {}, None),
])
def test_places_country_needs_a_name_a_count_and_a_margin(towns, demonyms, expected):
    mentions = [_town(c) for c in towns]
    assert places_country(mentions, collections.Counter(demonyms), least=3, margin=2) == expected


def test_a_countrys_own_name_counts_as_named():
    mentions = [_town("SDN", "country"), _town("SDN"), _town("SDN"), _town("KEN")]
    assert places_country(mentions, collections.Counter(), least=3, margin=2) == "SDN"
