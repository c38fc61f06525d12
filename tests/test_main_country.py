"""A story with no dateline and no lead place is about the country it names clearly most often: unnamed locals
(police, protesters, the government) act there. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import collections

import pytest

from dyads import geo


def _actor_codes(events, event_type):
    return {e.actor.code if e.actor else None for e in events if e.event_type == event_type}


ABOUT_PERU = ("Peru's congress debated a new mining law on Monday. The Peruvian economy minister defended the law "
              "before the vote. ")


@pytest.mark.parametrize("sentence, event_type", [
    ("Police arrested twelve miners near the highway.", "COERCE"),
    ("Protesters blocked the main road to the mine.", "PROTEST"),
])
def test_unnamed_locals_take_the_country_the_story_is_about(code, sentence, event_type):
    events = code(ABOUT_PERU + sentence)
    assert _actor_codes(events, event_type) == {"PER"}, [(e.event_type, e.actor) for e in events]
    assert any("the country the story names most" in (e.actor.why or "")
               for e in events if e.event_type == event_type)


def test_a_story_naming_two_countries_alike_has_no_main_country(code):
    events = code("Peru and Bolivia signed a water treaty on Monday. Bolivian and Peruvian ministers praised it. "
                  "Police arrested twelve miners near the highway.")
    assert not _actor_codes(events, "COERCE") - {None}


@pytest.mark.parametrize("counts, expected", [
    ({"PER": 3, "BOL": 1}, "PER"),
    ({"PER": 2}, "PER"),
    ({"PER": 1}, None),  # named once: as often a party acted on as the story's own
    ({"PER": 3, "BOL": 2}, None),  # not clearly more often
    ({}, None),
])
def test_main_country_needs_a_clear_margin(counts, expected):
    places = geo.DocumentPlaces([], None, countries=collections.Counter(counts))
    assert geo.main_country(places) == expected


# A story that names its country once and otherwise only that country's towns: the towns agree with the name
ABOUT_KENYA_TOWNS = "Kenya raised fuel taxes on Tuesday. Traders from Nairobi, Mombasa and Kisumu closed their shops. "


def test_towns_that_agree_with_the_one_country_named_set_the_story_there(code):
    events = code(ABOUT_KENYA_TOWNS + "Authorities detained twelve traders.")
    assert _actor_codes(events, "COERCE") == {"KEN"}, [(e.event_type, e.actor) for e in events]


def test_towns_alone_set_no_story_country_but_one_country_is_the_documents(code):
    # the same towns with no country named by name set no story country; but they are the only country the
    # document names, so the unnamed authorities are of it (`geo.one_named_country`)
    events = code("Fuel prices rose sharply on Tuesday. Traders from Nairobi, Mombasa and Kisumu closed their shops. "
                  "Authorities detained twelve traders.")
    assert _actor_codes(events, "COERCE") == {"KEN"}, [(e.event_type, e.actor) for e in events]
    assert any("the one country the document names" in (e.actor.why or "")
               for e in events if e.event_type == "COERCE")


def test_towns_of_two_countries_name_no_one_country(code):
    events = code("Fuel prices rose sharply on Tuesday. Traders from Nairobi and Kampala closed their shops. "
                  "Authorities detained twelve traders.")
    assert not _actor_codes(events, "COERCE") - {None}


@pytest.mark.parametrize("sentence, event_type", [
    ("Police arrested twelve miners near the highway.", "COERCE"),
    ("Protesters blocked the main road to the mine.", "PROTEST"),
    ("Twelve miners were arrested on Monday.", "COERCE"),  # the authorities of a passive with no agent
])
def test_unnamed_locals_take_the_one_country_a_story_names_once(code, sentence, event_type):
    # named once only: no main country (as often a party acted on), but the only country the story names
    events = code("Bolivia's copper exports fell last month. " + sentence)
    assert _actor_codes(events, event_type) == {"BOL"}, [(e.event_type, e.actor) for e in events]
    assert all("the one country the document names" in (e.actor.why or "")
               for e in events if e.event_type == event_type)


@pytest.mark.parametrize("counts, expected", [
    ({"PER": 1}, "PER"),
    ({"PER": 3}, "PER"),
    ({"PER": 3, "BOL": 1}, None),
    ({"PER": 1, None: 2}, "PER"),  # an unplaced region ("Europe") names no country
    ({}, None),
])
def test_one_named_country(counts, expected):
    places = geo.DocumentPlaces([], None, countries=collections.Counter(counts))
    assert geo.one_named_country(places) == expected


def test_one_town_in_a_quote_does_not_set_the_story_there(code):
    # Kenya named once, Uganda once and its capital once: two mentions of Uganda set nothing
    events = code("Kenya accused Uganda on Tuesday of arming raiders. 'We have cut all contact with Kampala,' "
                  "the trade minister said. Authorities detained twelve traders.")
    assert not _actor_codes(events, "COERCE") - {None}



@pytest.mark.parametrize("sentence, expected", [
    ("Protesters marched on the main road.", "KEN"),
    ("Protesters marched on the Kenyan embassy.", None),  # the one country named is what the role acts on
])
def test_the_one_country_a_role_acts_on_is_not_its_own(settings, sentence, expected):
    from dyads import actors, nlp
    doc = nlp.load(settings.spacy_model)("Fuel prices rose sharply on Tuesday. " + sentence)
    resolver = actors.DocumentResolver(document_country="KEN", document_country_at=(0,))  # named elsewhere
    party = resolver.resolve(doc[7:8])
    assert party is not None and party.sector == "CVL" and party.code == expected, party


def test_the_one_country_named_only_beside_the_party_is_no_guess(code):
    # named in the party's own sentence only, as a place or another party: no guess ("near the Laotian border")
    events = code("Protesters blocked the main road near the Laotian border.")
    assert "LAO" not in _actor_codes(events, "PROTEST")
    events = code("Protesters blocked the main road on Monday. The road leads to the Laotian border.")
    assert _actor_codes(events, "PROTEST") == {"LAO"}
