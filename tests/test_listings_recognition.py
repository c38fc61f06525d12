"""Uses a sense rule used to read as no event (dyads.senses): putting a party on a sanctions list, recognising someone
as the holder of an office of state, designating someone a terrorist (an object and its predicate parsed as two
objects)."""
from __future__ import annotations

import pytest


def _types(events):
    return [(e.event_type, e.actor and e.actor.code, e.recipient and e.recipient.code) for e in events]


LISTINGS = [
    ("The United States put the Russian company on its blacklist.", "USA", "RUS"),
    ("Canada placed three Iranian banks on its sanctions list last week.", "CAN", "IRN"),
]


@pytest.mark.parametrize("text, actor, recipient", LISTINGS)
def test_putting_a_party_on_a_sanctions_list_is_a_sanction(code, text, actor, recipient):
    events = code(text)
    assert ("SANCTION", actor, recipient) in _types(events), _types(events)


@pytest.mark.parametrize("text", ["The French ministry put the plan on its agenda.",
                                  "Germany placed the memorial on a list of protected sites."])
def test_putting_something_on_another_list_stays_no_event(code, text):
    assert not [e for e in code(text) if e.event_type in ("SANCTION", "MOBILIZE")], _types(code(text))


def test_recognising_someone_as_interim_president_is_recognition(code):
    events = code("Brazil recognised the Bolivian senator, Ana Rojas, as interim president last year.")
    assert [e for e in events if e.event_type == "SUPPORT" and e.actor and e.actor.code == "BRA"], _types(events)


def test_recognising_a_thing_as_something_stays_no_event(code):
    events = code("The Kenyan council recognised the drought as a national disaster.")
    assert not [e for e in events if e.event_type == "SUPPORT"], _types(events)


def test_designating_someone_a_terrorist_is_a_listing_sanction(code):
    events = code("Pakistan designated the preacher a terrorist in 2019.")
    assert [e for e in events if e.event_type == "SANCTION" and e.actor and e.actor.code == "PAK"], _types(events)


def test_designating_someone_a_successor_stays_no_event(code):
    events = code("The Peruvian president designated his deputy a successor.")
    assert not [e for e in events if e.event_type in ("COERCE", "SANCTION")], _types(events)
