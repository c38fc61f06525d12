"""Sense rules: the subject of a passive does its infinitive ("workers are expected to strike"), seen by a rule
that tests the trigger's actor; a suspension of fighting is a ceasefire. Sentences we wrote."""
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


@pytest.mark.parametrize("text", [
    "Rebels in Chad announced the suspension of attacks against government forces.",
    "The Malian army ordered a suspension of its offensive in the north.",
])
def test_a_suspension_of_fighting_is_a_ceasefire_not_a_sanction(code, text):
    types = {e.event_type for e in code(text)}
    assert "RETREAT" in types and "SANCTION" not in types, types


def test_a_suspension_of_aid_is_still_a_sanction(code):
    assert "SANCTION" in {e.event_type for e in code("Chad announced the suspension of aid to Sudan.")}
