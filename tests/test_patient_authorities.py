"""A passive act of the law with no agent, no place and no story setting ("a Zambian party was outlawed") was done
by the authorities of the state whose named party undergoes it; not when the patient is named only by the context,
is an international body, or is someone named by nationality because abroad (sentences we wrote)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, event_type, country", [
    ("The Freedom Party of Zambia has formally been outlawed.", "COERCE", "ZMB"),
    ("Two Bolivian opposition leaders were arrested on Tuesday.", "COERCE", "BOL"),
    ("Moldova's former president was charged on Thursday with abuse of office.", "ACCUSE", "MDA"),
])
def test_an_agentless_act_of_the_law_falls_to_the_patients_own_state(code, sentence, event_type, country):
    events = [e for e in code(sentence) if e.event_type == event_type]
    assert events and {e.actor.code for e in events} == {country}, [(e.actor, e.recipient) for e in events]
    assert all(e.actor.sector == "GOV" and "whose party undergoes it" in e.actor.why for e in events)


@pytest.mark.parametrize("sentence", [
    "A British tourist was arrested on Monday.",
    "Two Canadian citizens have been detained.",
    "Hundreds of people have been arrested after a week of protests.",
    "The UN envoy was detained on Friday.",
])
def test_no_state_is_guessed_for_visitors_unnamed_people_or_international_bodies(code, sentence):
    events = [e for e in code(sentence) if e.event_type == "COERCE"]
    assert not [e for e in events if e.actor and "whose party undergoes it" in (e.actor.why or "")]


def test_an_agent_a_place_or_a_setting_still_wins(code):
    events = [e for e in code("Two Bolivian opposition leaders were arrested in Peru on Tuesday.")
              if e.event_type == "COERCE"]
    assert events and {e.actor.code for e in events} == {"PER"}
