"""A hostile act its own actor says it could, may or might take is a warning of it: a threat (THREATEN), beside the
possible act itself. Told by others, or not hostile, it is no threat. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Ghana said it may ban the opposition party.", "GHA"),
    ("Slovakia said it could suspend all relations with the Czech Republic over the deal.", "SVK"),
    ("Chile said it might impose sanctions on Bolivia.", "CHL"),
])
def test_an_announced_possible_hostile_act_is_a_threat(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "THREATEN" and t[1] == actor for t in found), found


@pytest.mark.parametrize("text", [
    "Ghana may ban the opposition party, analysts said.",  # others' speculation
    "Iran said it could send aid to Syria.",  # no hostile act
    "Police said they could not arrest the suspects.",  # negated
    "The army said the rebels could attack the town.",  # another party's act
])
def test_speculation_help_or_refusal_is_no_threat(code, text):
    assert "THREATEN" not in {e.event_type for e in code(text)}
