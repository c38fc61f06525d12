"""Status (dyads.status): a meeting named as what a statement comes before is still to come; a measure only
considered is no plan; "set up" is an act done."""
from __future__ import annotations

import pytest


def _status(code, text, trigger, event_type):
    return [e.status for e in code(text) if e.trigger.text == trigger and e.event_type == event_type]


UPCOMING = [
    ("Ruto said on Monday ahead of a meeting with Somali officials that Kenya would not withdraw.", "meeting"),
    ("Ruto said on Monday, before talks with Somali officials, that Kenya would not withdraw.", "talks"),
]


@pytest.mark.parametrize("text, trigger", UPCOMING)
def test_a_meeting_a_statement_comes_ahead_of_is_planned(code, text, trigger):
    assert _status(code, text, trigger, "CONSULT") == ["planned"]


def test_a_meeting_before_another_past_act_keeps_its_own_status(code):
    found = _status(code, "Ghana's president met Nigerian officials before talks with Togolese officials in 2019.",
                    "talks", "CONSULT")
    assert found == ["occurred"]


CONSIDERED = [
    ("The EU would consider new sanctions on Belarus.", "sanctions"),
    ("Egypt will weigh sanctions against Sudan.", "sanctions"),
]


@pytest.mark.parametrize("text, trigger", CONSIDERED)
def test_a_measure_only_considered_is_no_planned_event(code, text, trigger):
    found = _status(code, text, trigger, "SANCTION")
    assert all(s == "hypothetical" for s in found), found


SET_UP = [
    ("Israeli forces set up a blockade of Gaza.", "blockade"),
    ("Russian forces have set up a blockade of Ukrainian ports.", "blockade"),
]


@pytest.mark.parametrize("text, trigger", SET_UP)
def test_what_was_set_up_occurred(code, text, trigger):
    assert _status(code, text, trigger, "COERCE") == ["occurred"]


@pytest.mark.parametrize("text, trigger, event_type, expected", [
    ("Russia will set up a blockade of Ukrainian ports.", "blockade", "COERCE", "planned"),
    ("Russia is set to impose a blockade on Ukrainian ports.", "impose", "COERCE", "planned"),
])
def test_set_up_told_in_the_future_and_set_to_stay_planned(code, text, trigger, event_type, expected):
    assert _status(code, text, trigger, event_type) == [expected]


def test_what_a_body_is_set_up_to_do_is_not_done(code):
    found = _status(code, "Egypt set up a committee with Sudan to investigate the attack.", "investigate", "ACCUSE")
    assert all(s == "hypothetical" for s in found), found


@pytest.mark.parametrize("text, trigger", [
    # "run-up", split by the parser into "run - up", is read whole
    ("Ruto said on Monday in the run-up to talks with Somali officials that Kenya would not withdraw.", "talks"),
    ("Ruto said on Monday prior to a meeting with Somali officials that Kenya would not withdraw.", "meeting"),
])
def test_a_meeting_in_the_run_up_to_or_prior_to_which_a_statement_is_made_is_planned(code, text, trigger):
    assert _status(code, text, trigger, "CONSULT") == ["planned"]
