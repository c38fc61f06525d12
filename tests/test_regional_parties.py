"""A recipient whose words place it in a region of many states ("Caribbean governments", "two senior European
diplomats", "African heads of state") is of other states: it is not the actor's own country (invented stories)."""
from __future__ import annotations

import pytest

from dyads.actors.continents import regional


@pytest.mark.parametrize(("words", "expected"), [
    (["caribbean", "governments"], True),
    (["two", "senior", "european", "diplomats"], True),
    (["african", "heads"], True),
    (["south", "african", "police"], False),
    (["central", "african", "officials"], False),
    (["european"], False),  # the head itself is no modifier
    (["local", "officials"], False),
    (["the", "african", "nation"], False),  # one state named by its region
])
def test_a_regional_modifier_places_a_party_among_many_states(words, expected):
    assert regional(words) is expected


@pytest.mark.parametrize(("text", "trigger", "own"), [
    ("WASHINGTON (Reuters) - The State Department said on Monday that the programme exploited its workers and "
     "urged Caribbean governments to pay the doctors directly.", "urged", "USA"),
])
def test_a_regional_recipient_is_not_the_actors_own_country(code, text, trigger, own):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.recipient is None or e.recipient.code != own for e in events)


def test_a_party_of_one_state_named_with_a_continental_word_keeps_its_state(code):
    events = code("JOHANNESBURG (Reuters) - South African police arrested five men on Monday.")
    arrested = [e for e in events if e.trigger.text == "arrested"]
    assert arrested and arrested[0].actor.code == "ZAF"
