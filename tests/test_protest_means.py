"""Protests told with words of force or closure: workers downing their instruments stop work (no shooting down),
a town shut down by a strike or by protesters is obstructed in protest (no order of closure), and blockades set up by
protesters are an obstruction (no military blockade)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "word"), [
    ("Zimbabwean doctors downed stethoscopes to press the health ministry for better pay.", "downed"),
    ("Haitian opposition parties shut down the capital with a general strike.", "shut"),
    ("Kenyan protesters shut down the main highway to Nairobi.", "shut"),
    ("Canadian protesters set up blockades on rail lines across Canada.", "blockades"),
])
def test_protests_told_with_words_of_force_are_protests(code, text, word):
    events = code(text)
    assert [e.event_type for e in events if e.trigger.text == word] == ["PROTEST"], triples(events)


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Russian forces downed a Ukrainian drone.", "downed", "ASSAULT"),
    ("The Kenyan government shut down the opposition newspaper.", "shut", "COERCE"),
])
def test_states_still_shoot_down_and_close(code, text, word, kind):
    events = code(text)
    assert [e.event_type for e in events if e.trigger.text == word] == [kind], triples(events)
