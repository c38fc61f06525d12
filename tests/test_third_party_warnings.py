"""A speaker warning of what a third party could do threatens nobody (docs/coding-guide.md: THREATEN is a threat or
warning of one's *own* action; the guide codes no event for a warning about another party's possible act)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text", [
    "The British foreign secretary warned that Russia could impose sanctions on Britain.",
    "Britain warned that Russia could impose sanctions on it.",
    "Boris Johnson met reporters on Monday. He warned that Russia could impose sanctions on Britain.",
    "The Kenyan president cautioned that Somalia might impose sanctions on Kenya.",
])
def test_a_warning_of_a_third_partys_possible_penalty_is_no_threat(code, text):
    assert not [e for e in code(text) if e.event_type == "THREATEN" and e.status == "occurred"], triples(code(text))


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Chilean foreign ministry warned Peru it could face sanctions.", "CHL", "PER"),
    ("Chile warned that Peru could face sanctions.", "CHL", "PER"),
    ("Russia warned it could impose sanctions on Britain.", "RUS", "GBR"),
])
def test_a_warning_of_a_penalty_for_the_warned_or_of_ones_own_act_is_a_threat(code, text, actor, recipient):
    assert ("THREATEN", actor, recipient) in triples(code(text))
