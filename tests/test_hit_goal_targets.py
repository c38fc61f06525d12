"""Hitting a goal ("hit the quota", "hit the 2% inflation target", "hit the aid spending target") is meeting it, no
attack; hitting a convoy or positions stays one. Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Norway and Denmark hit the 0.7% aid spending target last year.",
    "Chile hit its inflation target in March, the central bank said.",
    "Peru hit the export quota agreed with Bolivia.",
])
def test_hitting_a_goal_is_no_attack(code, sentence):
    assert not [e for e in code(sentence) if e.event_type == "ASSAULT"]


def test_hitting_an_aid_convoy_is_still_an_attack(code):
    events = code("Syrian rebels hit an aid convoy near Homs on Monday.")
    assert [e for e in events if e.event_type == "ASSAULT"]
