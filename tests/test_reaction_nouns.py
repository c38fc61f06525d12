"""Reactions to an earlier call, plan, threat or deal take its author as recipient, also when the noun is
introduced by a possessive ("dismissed its call"); an own act defended ("defended its decision") does not."""
from __future__ import annotations


def _one(code, text, event_type):
    found = [e for e in code(text) if e.event_type == event_type]
    assert found, text
    return found[-1]


def test_dismissing_the_call_answers_its_author(code):
    event = _one(code, "The United States called for a 30-day truce. Russia has dismissed the call.", "REJECT")
    assert event.recipient is not None and event.recipient.code == "USA"


def test_opposing_the_plan_answers_who_proposed_it(code):
    event = _one(code, "The United States proposed a plan to divide the region. Russia opposed the plan.", "REJECT")
    assert event.recipient is not None and event.recipient.code == "USA"


def test_a_possessive_call_answers_its_author(code):
    text = "The UN Security Council called for a ceasefire in Yemen. Saudi Arabia has dismissed its call."
    event = _one(code, text, "REJECT")
    assert event.recipient is not None and event.recipient.code.startswith("IGO")


def test_defending_its_own_decision_takes_no_earlier_author(code):
    found = [e for e in code("Egypt closed the crossing. Israel defended its decision to bomb the tunnels.")
             if e.event_type == "SUPPORT"]
    assert all(e.recipient is None or e.recipient.code != "EGY" for e in found)
