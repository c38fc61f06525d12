"""A passive act of the law with no agent and no place ("were arrested", "has been charged") was done by the
authorities where the story is set. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest

DATELINE = "LIMA, March 3 (Reuters) - "


@pytest.mark.parametrize("sentence, event_type", [
    ("Twelve students were arrested on Tuesday after a march on the congress.", "COERCE"),
    ("A local union leader has been charged with inciting violence.", "ACCUSE"),
])
def test_an_agentless_act_of_the_law_is_the_setting_s_authorities(code, sentence, event_type):
    events = [e for e in code(DATELINE + sentence) if e.event_type == event_type]
    assert events and {e.actor.code for e in events} == {"PER"}, [(e.actor, e.recipient) for e in events]
    assert all("where the story is set" in e.actor.why and e.actor.sector == "GOV" for e in events)


def test_without_a_setting_an_agentless_arrest_has_no_actor(code):
    events = code("Twelve students were arrested on Tuesday after a march on the congress.")
    assert not [e for e in events if e.event_type == "COERCE" and e.actor and e.actor.code]


def test_an_agentless_act_that_anyone_may_do_takes_no_authorities(code):
    # forcing or closing is not an act of the law: its doer is not guessed from the setting
    events = code(DATELINE + "Hundreds of families were forced from their homes near the river.")
    assert not [e for e in events if e.actor and e.actor.code == "PER" and "authorities" in e.actor.why]


@pytest.mark.parametrize("sentence", [
    "The main opposition party has been outlawed under a new law.",
    "Two union leaders were apprehended on Tuesday.",
])
def test_outlawing_and_apprehending_are_acts_of_the_law(code, sentence):
    events = [e for e in code(DATELINE + sentence) if e.event_type == "COERCE"]
    assert events and {e.actor.code for e in events} == {"PER"}, [(e.actor, e.recipient) for e in events]


def test_a_story_with_no_setting_is_set_in_the_one_country_it_names_most(code):
    text = ("Peru's congress met on Monday. Peruvian officials said the vote was close. Twelve students were "
            "arrested on Tuesday after a march. The arrests drew criticism across Peru.")
    events = [e for e in code(text) if e.event_type == "COERCE"]
    assert events and {e.actor.code for e in events} == {"PER"}, [(e.actor, e.recipient) for e in events]
    assert all("the country the story names most" in e.actor.why for e in events)


def test_a_story_naming_several_countries_alike_has_no_setting(code):
    text = ("Peru and Chile met on Monday. Chilean and Peruvian officials spoke. Twelve students were arrested "
            "on Tuesday after a march.")
    assert not [e for e in code(text) if e.event_type == "COERCE" and e.actor and e.actor.code]
