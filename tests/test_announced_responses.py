"""A party's own announced hostile response ("said it would respond forcefully if attacked", "vowed to respond to Y's
attack") is a threat toward whoever it answers; a response reported as done is told by the acts it was made of, and a
response in someone else's words, or to a proposal, is no threat."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Turkey said it would respond forcefully if Syria attacked again.", "TUR", "SYR"),
    ("Iran said it would respond to any Israeli attack.", "IRN", "ISR"),
    ('"We will respond to any attack by Israel," the Iranian foreign minister said.', "IRN", "ISR"),
    ("Turkey vowed to respond to the Syrian attack.", "TUR", "SYR"),
    ("Iran warned that it would respond to any Israeli attack.", "IRN", "ISR"),
])
def test_an_announced_hostile_response_is_a_threat(code, text, actor, recipient):
    events = code(text)
    threats = [e for e in events if e.event_type == "THREATEN" and e.status == "occurred"]
    assert [(e.actor.code, e.recipient.code if e.recipient else None) for e in threats] == [(actor, recipient)], \
        triples(events)
    assert not [e for e in events if e.trigger.text.startswith("respond") and e.event_type != "THREATEN"]


@pytest.mark.parametrize("text", [
    "Iran said it would respond to the Israeli proposal next week.",  # answering a proposal threatens nobody
    "Analysts said Iran would respond to any Israeli attack.",  # a third party's prediction
    "Turkey responded forcefully to the criticism.",  # a response reported as done: no threat, no attack
    "Turkey has not yet responded to Syria's request.",
])
def test_no_threat_from_a_response_that_is_not_an_announced_hostile_one(code, text):
    events = code(text)
    assert not [e for e in events if e.event_type in ("THREATEN", "ASSAULT") and e.status == "occurred"
                and e.actor and e.actor.code in ("IRN", "TUR")], triples(events)


def test_a_response_made_of_named_acts_codes_those_acts(code):
    events = code("Kenya responded to the Somali attack by shelling the border town.")
    assert [e for e in events if e.trigger.text == "shelling" and e.actor.code == "KEN"], triples(events)
    assert not [e for e in events if e.trigger.text == "responded"]


@pytest.mark.parametrize("text", [
    "Russia said it would respond if an American strike threatened Russian military personnel.",
    "Iran said it would respond forcefully if attacks on Iranian troops continued.",
])
def test_an_announced_threat_is_never_aimed_at_the_states_own_forces(code, text):
    events = code(text)
    assert not [e for e in events if e.event_type == "THREATEN" and e.status == "occurred" and e.recipient
                and e.recipient.code == e.actor.code], triples(events)


@pytest.mark.parametrize(("text", "actor"), [
    ("The Iranian foreign minister said Tehran would respond forcefully if attacked.", "IRN"),
    ("The US secretary of state criticised the ruling and said Washington would respond accordingly.", "USA"),
])
def test_a_speakers_own_state_announcing_a_response_threatens(code, text, actor):
    events = code(text)
    assert [e for e in events if e.event_type == "THREATEN" and e.status == "occurred" and e.actor.code == actor], \
        triples(events)
