"""A member named by its place in a delegation ("the head of the government delegation") travels with it: neither
the story's setting nor the place it is in gives its country (`actors.countries._visiting`), as for the delegation
itself. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations


def _by_trigger(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def test_the_head_of_a_delegation_is_not_of_the_venue(code):
    events = code("DOHA - Talks between Chad's army and the rebels resumed on Monday. The head of the government "
                  "delegation accused the rebels of shelling the town.")
    accused = _by_trigger(events, "accused")
    assert all(e.actor is None or e.actor.code != "QAT" for e in accused), [(e.event_type, e.actor) for e in accused]


def test_nor_of_the_venue_named_in_the_lead(code):
    events = code("Chad's army and the rebels resumed talks in Doha on Monday. The head of the government delegation "
                  "accused the rebels of shelling the town.")
    accused = _by_trigger(events, "accused")
    assert all(e.actor is None or e.actor.code != "QAT" for e in accused), [(e.event_type, e.actor) for e in accused]


def test_a_bare_government_still_acts_where_the_story_is_set(code):
    events = code("NAIROBI - The government accused the opposition of planning riots on Monday.")
    accused = _by_trigger(events, "accused")
    assert accused and {e.actor.code for e in accused if e.actor} == {"KEN"}, [(e.event_type, e.actor) for e in accused]
