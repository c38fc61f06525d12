"""A crowd protest noun with no protester named (protest_crowd): its place said outside the noun's phrase (a
where-clause, the intransitive verb it is the subject of, a participle describing it), else the country where the
story is set. A named but unknown protester, a strike, and a story with no setting code nothing. Invented
sentences."""
from __future__ import annotations

import pytest

from conftest import triples


def _protests(code, text):
    return [e for e in code(text) if e.event_type == "PROTEST"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Police lifted the curfew in central Cusco, where anti-government protests have raged for a week.", "PER"),
    ("Street protests erupted in Quito on Monday.", "ECU"),
    ("A similar protest held at Lyon airport on Sunday drew hundreds.", "FRA"),
])
def test_the_place_said_outside_the_noun_phrase(code, text, actor):
    events = _protests(code, text)
    assert {e.actor.code for e in events if e.actor} == {actor}, triples(events)
    assert all(e.actor.sector == "CVL" and "no protester named" in e.actor.why for e in events), triples(events)


@pytest.mark.parametrize("text", [
    "LIMA, Peru (AP) — Fuel prices rose sharply in March. Protests broke out on May 3 over fuel prices.",
    "LIMA, Peru (AP) — A popular revolt forced the president from power in 2014.",
    "LIMA, Peru (AP) — The plight of farmers was highlighted by street protests in June.",
])
def test_no_place_the_people_where_the_story_is_set(code, text):
    events = _protests(code, text)
    assert {e.actor.code for e in events if e.actor} == {"PER"}, triples(events)
    assert all("where the story is set" in e.actor.why for e in events), triples(events)


@pytest.mark.parametrize("text", [
    "Protests broke out on May 3 over fuel prices.",  # no setting: whose people is not known
    "LIMA, Peru (AP) — The protests have become a divisive issue.",  # named again, not reported anew
    "LIMA, Peru (AP) — The Friends of Cusco staged protests on Monday.",  # named, unknown: stays unknown
    "LIMA, Peru (AP) — A strike began on Monday at the port.",  # a strike may be anyone's
    "LIMA, Peru (AP) — The minister was arrested during protests on Monday.",  # the protests only date it
])
def test_no_crowd_guessed(code, text):
    assert not _protests(code, text), triples(code(text))


def test_a_peoples_adjective_says_whose(code):
    found = triples(code("LIMA, Peru (AP) — Prices rose as Andean revolts spread in June."))
    assert not any(t[0] == "PROTEST" and t[1] == "PER" for t in found), found
