"""Passive acts of the authorities coordinated with one another share the place one of them names (session 29,
branch c29d): "was arrested in Tehran and sentenced" was sentenced by Iran's authorities, not by those of the
story's dateline."""
from __future__ import annotations

from conftest import triples


def test_the_place_of_one_coordinated_passive_names_the_authorities_of_both(code):
    events = code("MUSCAT - The engineer, who was arrested in Tehran in 2021 and sentenced to ten years, flew home.")
    sentenced = [e for e in events if e.trigger.text == "sentenced"]
    assert sentenced and all(e.actor and e.actor.code == "IRN" for e in sentenced), triples(events)


def test_the_place_after_the_second_passive_counts_for_the_first(code):
    events = code("The blogger was arrested and charged in Cairo on Monday.")
    arrested = [e for e in events if e.trigger.text == "arrested"]
    assert arrested and all(e.actor and e.actor.code == "EGY" for e in arrested), triples(events)


def test_an_agent_of_the_other_passive_lends_no_place(code):
    events = code("The blogger was detained by militiamen in Tripoli and later released.")
    assert not [e for e in events if e.trigger.text == "detained" and e.actor and e.actor.sector == "GOV"
                and e.actor.code == "LBY" and "authorities" in (e.actor.why or "")], triples(events)
