"""A by-phrase after a manner phrase of a passive ("carried out with impunity by X") names the doers, each of
them when coordinated. Sentences we wrote."""
from __future__ import annotations


def test_by_phrase_after_a_manner_noun_is_the_agent(code):
    events = code("The raids on the market towns are carried out with impunity by Yemeni forces and their Saudi "
                  "allies.")
    actors = {e.actor.code for e in events if e.event_type == "ASSAULT" and e.actor}
    assert actors == {"YEM", "SAU"}, [(e.event_type, e.actor) for e in events]
