"""The to-clause of a noun of plan or decision is done by whose plan it is ("Ghana's decision to lift the curfew",
"Peru announced a plan to expel ..."); a plan a party announces is its own announced intent; a denied plan or
"no plans" gives the clause no doer."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, event_type, actor", [
    ("Ghana's decision to lift the curfew angered the opposition.", "CONCEDE", "GHA"),
    ("Peru unveiled plans to expel Bolivian diplomats.", "SANCTION", "PER"),
    ("Laos announced a plan to withdraw its troops from Thailand.", "RETREAT", "LAO"),
])
def test_a_plan_clause_is_done_by_the_plans_owner(code, text, event_type, actor):
    found = triples(code(text))
    assert any(t[0] == event_type and t[1] == actor for t in found), found


def test_an_announced_plan_to_attack_is_the_planned_attack_only(code):
    events = code("Bolivia announced a plan to invade Paraguay.")
    found = {(e.event_type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None, e.status)
             for e in events}
    assert ("ASSAULT", "BOL", "PRY", "planned") in found, found
    assert not any(t[0] == "THREATEN" for t in found), found


def test_an_announced_plan_to_deport_is_a_threat(code):
    found = triples(code("Bolivia announced a plan to deport Paraguayan migrants."))
    assert ("THREATEN", "BOL", "PRY") in found, found


@pytest.mark.parametrize("text", [
    "Peru denied plans to invade Bolivia.",
    "Peru has no plans to invade Bolivia.",
    "Peru did not announce plans to invade Bolivia.",
])
def test_a_denied_plan_has_no_doer(code, text):
    assert not any(t[0] in ("ASSAULT", "THREATEN") and t[1] == "PER" for t in triples(code(text)))
