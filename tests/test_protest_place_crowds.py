"""A protest with no protester named was held by the people of the country where it happened (the coding
guide's unnamed crowds): "demonstrations across Colombia", "a protest was staged at Frankfurt airport".
A rally that only dates another act is no protest of the place's people. Invented sentences."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor"), [
    ("The shooting sparked demonstrations across Peru which have spread.", "PER"),
    ("Protests in Tehran continued for a third day.", "IRN"),
    ("A protest was staged at Frankfurt airport on Sunday.", "DEU"),
])
def test_an_unnamed_crowd_is_the_people_of_the_protests_place(code, text, actor):
    events = [e for e in code(text) if e.event_type == "PROTEST"]
    assert actor in {e.actor.code for e in events if e.actor}, triples(events)
    assert all(e.actor.sector == "CVL" for e in events if e.actor), triples(events)


def test_a_rally_dating_another_act_is_no_protest(code):
    found = triples(code("The president announced the plan during a rally in the coastal city of Mombasa."))
    assert not any(t[0] == "PROTEST" for t in found), found


def test_named_protesters_keep_their_own_party(code):
    events = [e for e in code("Kenyan students protested in Kampala on Monday.") if e.event_type == "PROTEST"]
    assert {e.actor.code for e in events if e.actor} == {"KEN"}, triples(events)
