"""Status: a declared intention to act is a plan (status.toml plan_verbs)."""
from __future__ import annotations

import pytest


def _status(code, text, trigger):
    return [e.status for e in code(text) if e.trigger.text == trigger]


@pytest.mark.parametrize("text", [
    "Chile announced its intention to withdraw its troops from Peru.",
    "Chile has signalled its intention to withdraw from Peru.",
    "Chile declared its intent to withdraw from Peru.",
])
def test_a_declared_intention_to_act_is_planned(code, text):
    assert _status(code, text, "withdraw") == ["planned"]


def test_an_intention_told_as_a_purpose_is_no_plan(code):
    assert "planned" not in _status(code, "Chile said the intention was to withdraw from Peru.", "withdraw")


def test_an_intention_to_take_a_stance_takes_it_now(code):
    # as "would reject" does (stance_verbs): the stance is declared, not planned
    text = "The Chilean foreign ministry has expressed its intention to reject the Peruvian government statement."
    assert _status(code, text, "reject") == ["occurred"]
