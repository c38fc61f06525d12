"""Giving up one's law, bill, decree, policy, measure, plan or proposal (scrap, drop, abandon, shelve, withdraw, end,
remove) is a concession (PLOVER CONCEDE; CAMEO 0832 change of policy, 080 yield), and withdrawing a bill is no
military retreat. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Liberia dropped the controversial testing law after protests.", "LBR"),
    ("Ghana scrapped the policy after weeks of protests.", "GHA"),
    ("Peru dropped its plan to privatise the water company.", "PER"),
    ("Kenya withdrew the controversial bill after protests.", "KEN"),
    ("Japan removed the security measures imposed on residents.", "JPN"),
    ("Kenya shelved the plan to raise fuel taxes.", "KEN"),
    ("Ghana dropped the proposal after the protests.", "GHA"),
])
def test_giving_up_a_policy_is_a_concession(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "CONCEDE" and t[1] == actor for t in found), found
    assert not any(t[0] in ("RETREAT", "AGREE") for t in found), found


def test_troops_withdrawing_still_retreat(code):
    found = triples(code("Kenyan troops withdrew from the town."))
    assert any(t[0] == "RETREAT" for t in found), found


@pytest.mark.parametrize("text, actor", [
    ("Ireland's government reversed course on plans to impose curfews on the capital.", "IRL"),
    ("The Kenyan government made a U-turn on the fuel tax after protests.", "KEN"),
])
def test_a_u_turn_on_a_policy_is_a_concession(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "CONCEDE" and t[1] == actor for t in found), found
    assert not any(t[0] == "COERCE" for t in found), found


def test_suspending_an_assault_is_a_ceasefire(code):
    found = triples(code("Syrian rebels suspended their assault on government forces."))
    assert any(t[0] == "RETREAT" and t[1] == "SYR" for t in found), found
    assert not any(t[0] in ("SANCTION", "ASSAULT") for t in found), found
