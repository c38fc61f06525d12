"""A place a verb is aimed at ("fired rockets at southern X") is the target: it neither locates the actor nor,
when it is the story's dateline country, makes that country the actor. Sentences we wrote."""
from __future__ import annotations


def _actor_codes(events, event_type):
    return {e.actor.code if e.actor else None for e in events if e.event_type == event_type}


def test_the_target_of_a_dateline_story_is_not_the_actor(code):
    events = code("AMMAN, May 3 (Reuters) - Gunmen fired mortars at northern Jordan on Monday.")
    assert "JOR" not in _actor_codes(events, "ASSAULT"), [(e.event_type, e.actor) for e in events]


def test_the_target_place_does_not_locate_the_actor(code):
    events = code("Gunmen fired mortars at northern Jordan on Monday, officials said.")
    assert "JOR" not in _actor_codes(events, "ASSAULT"), [(e.event_type, e.actor) for e in events]


def test_police_in_a_dateline_story_still_act_at_home(code):
    events = code("AMMAN, May 3 (Reuters) - Police fired tear gas at students outside the university on Monday.")
    assert _actor_codes(events, "COERCE") | _actor_codes(events, "ASSAULT") == {"JOR"}
