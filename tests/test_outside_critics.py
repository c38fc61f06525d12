"""A rejection of criticism told as foreign is aimed outward, never at the rejecting state itself (invented
sentences)."""
from __future__ import annotations

import pytest


def _of(events, event_type):
    return [e for e in events if e.event_type == event_type and e.status in ("occurred", "planned")]


@pytest.mark.parametrize("text", [
    "President Mirov of Uzbekistan rejected foreign criticism of the trial as interference.",
    "The Kenyan government dismissed international condemnation of the arrests.",
    "The Bolivian government brushed off western criticism of the verdict.",
])
def test_rejecting_outside_criticism_is_not_aimed_at_the_state_itself(code, text):
    events = _of(code(text), "REJECT")
    assert events, text
    assert all(e.recipient is None or e.recipient.code != e.actor.code for e in events), text


@pytest.mark.parametrize("text, country", [
    ("The Kenyan government rejected calls to delay the election.", "KEN"),
    ("The Bolivian government denied the charges.", "BOL"),
])
def test_a_domestic_rejection_still_aims_at_its_own_country(code, text, country):
    events = _of(code(text), "REJECT")
    assert [(e.actor.code, e.recipient.code if e.recipient else None) for e in events] == [(country, country)], text


def test_an_object_shared_with_a_conjoined_verb_is_still_found(code):
    events = _of(code("Chile condemned and rejected the Peruvian decision."), "REJECT")
    assert [(e.actor.code, e.recipient.code) for e in events] == [("CHL", "PER")]
