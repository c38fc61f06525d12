"""Support held, lacked or needed is no act of support, aid needed has not been given, and a stance told by an
adjective that names no party it is offered to codes nothing (invented sentences)."""
from __future__ import annotations

import pytest


def _of(events, event_type):
    return [e for e in events if e.event_type == event_type and e.status in ("occurred", "planned")]


@pytest.mark.parametrize("text", [
    "The Peruvian president lacked the support of the army.",
    "The Bolivian minister enjoys the backing of the Bolivian army.",
])
def test_support_held_or_lacked_is_no_support(code, text):
    assert not _of(code(text), "SUPPORT"), text


@pytest.mark.parametrize("text", [
    "Three million Chileans require assistance, the UN said.",
    "Two million Peruvians require humanitarian assistance after the floods.",
])
def test_aid_needed_is_no_aid(code, text):
    assert not _of(code(text), "AID"), text


def test_support_given_is_still_support(code):
    events = _of(code("Chile reaffirmed its support for Peru's reforms."), "SUPPORT")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("CHL", "PER")]


def test_aid_sent_is_still_aid(code):
    events = _of(code("Chile sent assistance to Peru after the floods."), "AID")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("CHL", "PER")]


@pytest.mark.parametrize("text", [
    "The Bolivian president said he was ready to sign an agreement.",
    "Chile's foreign minister said Chile was willing to help.",
])
def test_willingness_offered_to_no_party_is_no_event(code, text):
    assert not [e for e in code(text) if e.trigger.text in ("ready", "willing")], text


def test_willingness_to_act_with_a_partner_named_is_kept(code):
    assert _of(code("The rebels said they were ready to resume talks with the government."), "AGREE")


def test_willingness_toward_a_party_is_kept(code):
    events = _of(code("The Bolivian president said he was ready to meet Chile's leader."), "AGREE")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("BOL", "CHL")]


@pytest.mark.parametrize("text", [
    "Chile's president praised the reforms.",
    "The Bolivian interior minister hailed the operation on Monday.",
])
def test_support_told_by_a_verb_toward_no_party_is_no_event(code, text):
    assert not _of(code(text), "SUPPORT"), text


@pytest.mark.parametrize("text, event_type", [
    ("Bolivia has provided $10 million in aid to deal with the emergency.", "AID"),
    ("The Chilean president praised his courage.", "SUPPORT"),
    ("Bolivia, which backs the plan, will send an envoy.", "SUPPORT"),
])
def test_aid_an_owned_object_and_a_backed_plan_keep_their_events(code, text, event_type):
    assert _of(code(text), event_type), text


def test_coordinated_actors_of_one_country_keep_their_own_events(code):
    events = _of(code("The Bolivian president and his defence minister accepted the deployment of United Nations "
                      "forces."), "AGREE")
    assert {e.actor.text for e in events} == {"The Bolivian president", "his defence minister"}


def test_aid_to_a_party_named_is_kept(code):
    events = _of(code("Bolivia sent $10 million in aid to Peru."), "AID")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("BOL", "PER")]


@pytest.mark.parametrize("text, event_type", [
    ("The Belgian government admitted mistakes in its handling of the crisis.", "CONCEDE"),
    ("Chile negotiated a new trade deal on Monday.", "CONSULT"),
])
def test_other_types_keep_their_events_with_no_recipient(code, text, event_type):
    assert _of(code(text), event_type), text


@pytest.mark.parametrize("text", [
    "Chilean officials who spoke to Reuters gave few details about the talks.",
    "A Chilean senator told ABC News that agents should have been on the border since 2010.",
])
def test_what_is_told_to_the_press_is_no_meeting_or_request_to_it(code, text):
    assert not [e for e in code(text) if e.event_type in ("CONSULT", "REQUEST") and e.recipient is not None
                and e.recipient.sector == "MED"], text


def test_a_request_told_to_reporters_still_reaches_the_party_it_names(code):
    events = _of(code("The Chilean minister told reporters that Peru should withdraw its troops."), "REQUEST")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("CHL", "PER")]


@pytest.mark.parametrize("text, event_type", [
    ("Chilean police arrested two Reuters journalists.", "COERCE"),
    ("The Chilean government urged newspapers to stop publishing the leaked cables.", "REQUEST"),
])
def test_acts_on_the_press_are_kept(code, text, event_type):
    assert _of(code(text), event_type), text
