"""A participle of arming with a degree adverb ("heavily armed", "well-equipped") describes a party's state; it is
no military aid given by anyone; arming a party still is (invented sentences)."""
from __future__ import annotations

import pytest


def _aid(events, trigger):
    return [e for e in events if e.trigger.text == trigger and e.event_type == "AID"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Heavily armed men stormed a police station in northern Mali on Monday.", "armed"),
    ("The Malian rebels are well-equipped to fight the army, the Chadian minister said.", "equipped"),
    ("The Kenyan general said the army was now fully armed.", "armed"),
])
def test_a_participle_of_degree_is_no_aid(code, text, trigger):
    assert not _aid(code(text), trigger)


def test_arming_a_party_is_still_aid(code):
    assert _aid(code("Iran armed the Houthi rebels in Yemen last year."), "armed")
