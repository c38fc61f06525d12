"""Session 22a: a source asking not to be named, or to be identified only by a first name, makes no request of a
party (a wish about how the report names it, no political act).
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A Kenyan police officer asked not to be named.",
    "Amina, a 30-year-old Kenyan nurse who asked to be called only by her first name, fled to Uganda.",
    "Ethiopian officials requested anonymity.",
    "A Ugandan diplomat requested not to be identified.",
])
def test_asking_not_to_be_named_is_no_request(code, text):
    assert not [e for e in code(text) if e.event_type == "REQUEST"]


def test_asking_a_party_to_act_is_still_a_request(code):
    events = code("The Kenyan minister asked Uganda to reopen the border.")
    assert [e for e in events if e.event_type == "REQUEST" and e.actor.code == "KEN" and e.recipient.code == "UGA"]
