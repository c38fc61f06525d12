"""Signing one's own legal instrument (a bill, a decree, an executive order) is no formal agreement with a party,
and proposing one or a domestic policy offers no cooperation; signing an agreement, approving aid or proposing talks
still is an event (invented sentences). A legislature approving a bill stays a SUPPORT: "the vote" that others
condemn refers back to it (tests/test_anaphors.py)."""
from __future__ import annotations

import pytest


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Chilean president signed an executive order on fishing quotas on Monday.", "signed"),
])
def test_a_legal_instrument_signed_or_approved_is_no_event(code, text, trigger):
    assert not _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Chile and Peru signed a border agreement on Monday.", "signed", "SUPPORT"),
    ("The Japanese cabinet approved a loan to Kenya.", "approved", "AID"),
])
def test_an_agreement_signed_or_aid_approved_still_is(code, text, trigger, kind):
    assert kind in _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Chilean government proposed a bill on fishing quotas on Monday.", "proposed"),
    ("The Kenyan finance ministry has proposed steep cuts to the health budget.", "proposed"),
    ("The European Commission proposed new rules for online platforms.", "proposed"),
])
def test_a_proposed_bill_or_policy_is_no_offer(code, text, trigger):
    assert "AGREE" not in _types(code(text), trigger)


def test_proposed_talks_are_still_an_offer(code):
    assert "AGREE" in _types(code("Chile proposed talks with Peru on the fishing dispute."), "proposed")
