"""Calling for a party to act (dyads.events.triggers): "for" as the complementizer of a for-to clause is the particle of
"call for"."""
from __future__ import annotations

import pytest


def _found(events, event_type, actor, recipient):
    return [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
            and (e.recipient.code if e.recipient else None) == recipient]


# "called for X to do Y": the parser makes "for" the complementizer of the for-to clause; it is the phrasal particle
CALLS_FOR = [
    ("Peruvian lawmakers called for Chile to withdraw its ambassador.", "PER", "CHL"),
    ("In Lima, opposition lawmakers called for Bolivia to reopen the border.", "PER", "BOL"),
]


@pytest.mark.parametrize("text, actor, recipient", CALLS_FOR)
def test_calling_for_a_party_to_act_is_a_request(code, text, actor, recipient):
    events = _found(code(text), "REQUEST", actor, recipient)
    assert events, [(e.event_type, e.actor and e.actor.code, e.recipient and e.recipient.code) for e in code(text)]


def test_calling_something_by_a_name_stays_no_event(code):
    assert not [e for e in code("Chile called the vote a farce.") if e.event_type == "REQUEST"]
