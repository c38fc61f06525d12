"""The from-phrase of a nominal act of support, criticism, objection or the like names who does it ("support from
X", "objections from X"); whoever seeks or prompts the act is its recipient (sentences we wrote)."""
from __future__ import annotations


def _pairs(events, event_type):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == event_type}


def test_support_sought_from_a_state_is_that_states_support(code):
    events = code("Israel's government has sought to maximise support from Washington.")
    assert _pairs(events, "SUPPORT") == {("USA", "ISR")}, [(e.event_type, e.actor, e.recipient) for e in events]


def test_objections_from_a_capital_are_its_own(code):
    events = code("Croatian president Franjo Tudjman said on Sunday he would extend the offer to Bosnia, despite "
                  "objections from Moscow.")
    rejects = _pairs(events, "REJECT")
    assert ("RUS", "HRV") in rejects and ("HRV", "RUS") not in rejects, rejects


def test_aid_received_from_a_state_keeps_the_giver_as_actor(code):
    events = code("Pakistan received military aid from China last year.")
    assert _pairs(events, "AID") == {("CHN", "PAK")}


def test_protection_from_a_state_is_not_that_states_act(code):
    events = code("The Afghan government sought protection from Pakistan.")
    assert all(e.actor is None or e.actor.code != "PAK" for e in events), \
        [(e.event_type, e.actor.code if e.actor else None) for e in events]


def test_coordinated_sources_with_nobody_aimed_at_code_nothing(code):
    events = code("The talks were marked by anger over a set of proposals from the United States, Britain and "
                  "France.")
    assert not [e for e in events if e.trigger.text == "proposals"], \
        [(e.event_type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events]
