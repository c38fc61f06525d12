"""Forces deployed in an agentless passive were moved by their own side: "Turkish troops were deployed" is a
MOBILIZE by Turkey (the forces are the deployment's means, never its target)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Thousands of Malian troops were deployed to the northern border.", "MLI"),
    ("About 3,000 Chilean soldiers have been sent to the Peruvian border.", "CHL"),
    ("Egyptian warships were deployed to the Red Sea on Monday.", "EGY"),
])
def test_agentless_passive_deployment_is_the_forces_own_side(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "MOBILIZE" and t[1] == actor for t in found), found
    assert not any(t[0] == "MOBILIZE" and t[2] == actor for t in found), found


def test_a_named_mover_still_acts(code):
    found = triples(code("Peru deployed Peruvian troops to the border with Ecuador."))
    assert any(t[0] == "MOBILIZE" and t[1] == "PER" for t in found), found


def test_goods_sent_in_a_passive_are_no_deployment(code):
    assert "MOBILIZE" not in {e.event_type for e in code("Food aid was sent to Gaza by boat.")}


def test_unnamed_state_forces_in_a_passive_deployment_are_their_own_state(code):
    # "the military" names no side: its own state, the one the story is about, moved it
    text = "SANTIAGO, Chile (AP) — The military was being deployed to the flooded villages, the government said."
    found = triples(code(text))
    assert ("MOBILIZE", "CHL", None) in found, found


def test_unnamed_rebel_forces_are_no_state_forces(code):
    found = triples(code("Rebel forces were deployed to the town."))
    assert not any(t[0] == "MOBILIZE" for t in found), found


@pytest.mark.parametrize("text, actor", [
    ("The USS Harold Tyne, a guided missile destroyer, was deployed to the Gulf this week.", "USA"),
    ("The frigate HMS Valiant was deployed to the South Atlantic.", "GBR"),
])
def test_a_warship_named_with_its_navys_prefix_was_moved_by_its_state(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "MOBILIZE" and t[1] == actor for t in found), found
