"""A main verb the parser hung on an aside between it and its subject (events.asides): "President X, who won
the vote, called for ..." codes with the sentence's subject. A participle with a by-agent stays one. Invented
sentences."""
from __future__ import annotations

from conftest import triples


def test_a_main_verb_after_a_relative_clause_has_the_root_noun_as_subject(code):
    text = ("President Juan Mora of Peru said the vote was fair. President Juan Mora, who received the top vote in "
            "Saturday's election, called Sunday for an immediate end to all political violence in Peru.")
    events = [e for e in code(text) if e.event_type == "REQUEST"]
    assert {e.actor.code for e in events if e.actor} == {"PER"}, triples(events)


def test_a_participle_with_a_by_agent_is_no_main_verb(code):
    events = code("The minister, who lost the vote, criticised by the Chilean president.")
    assert not any(e.event_type == "ACCUSE" and e.actor and e.actor.code != "CHL" for e in events), triples(events)
