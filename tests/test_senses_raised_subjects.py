"""The subject of a passive is who does its infinitive ("workers are expected to strike"): a sense rule that tests
the trigger's actor sees it. Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Dock workers in Thailand are expected to strike on Friday.",
    "Miners in Bolivia are set to strike this week.",
])
def test_workers_expected_to_strike_hold_a_labour_protest(code, text):
    types = {e.event_type for e in code(text)}
    assert "PROTEST" in types and "ASSAULT" not in types, types


def test_jets_expected_to_strike_still_attack(code):
    types = {e.event_type for e in code("Israeli jets are expected to strike Gaza.")}
    assert "ASSAULT" in types and "PROTEST" not in types, types
