"""A commitment to yield is a concession (PLOVER CONCEDE): to a verbal concession (lift a curfew) it is that
concession; to a retreat (withdraw troops, release prisoners, stop fighting) it is an agreement (CAMEO intent to
yield) and the promised retreat codes CONCEDE, except an agreed ceasefire (the coding guide codes "agreed to stop
fighting" as the agreement, AGREE or RETREAT, one event); two sides agreeing with each other only agree. A gerund clause of a
light verb is its object."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Peru agreed to lift the curfew in its southern provinces.", "PER"),
    ("Ghana promised to ease restrictions on opposition rallies.", "GHA"),
    ("Laos promised concessions to the students.", "LAO"),
])
def test_a_commitment_to_a_verbal_concession_is_that_concession(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "CONCEDE" and t[1] == actor for t in found), found
    assert not any(t[0] == "AGREE" for t in found), found


@pytest.mark.parametrize("text, actor", [
    ("Iran pledged to release the Swedish sailors.", "IRN"),
    ("Russia promised to withdraw its troops from Moldova.", "RUS"),
])
def test_a_commitment_to_retreat_is_an_agreement_and_a_promised_concession(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "CONCEDE" and t[1] == actor for t in found), found
    assert any(t[0] == "AGREE" and t[1] == actor for t in found), found
    assert not any(t[0] == "RETREAT" for t in found), found  # the retreat is only promised


@pytest.mark.parametrize("text", [
    # an agreed ceasefire is the agreement only (test_type_senses_s22.py)
    "The Malian rebels agreed to stop fighting.",
    "The Sudanese army agreed to end its fight in Darfur.",
    "Ghana and Togo agreed to withdraw their troops from the border.",
    "Ghana agreed with Togo to withdraw troops from the border.",
    "The presidents of Ghana and Togo spoke by phone, and both agreed to pull back their forces.",
    "Turkey vowed to cooperate with Russia.",
])
def test_an_agreement_between_sides_or_to_cooperate_stays_agree(code, text):
    found = {t[0] for t in triples(code(text))}
    assert "AGREE" in found and "CONCEDE" not in found, found


@pytest.mark.parametrize("text", [
    "The Malian rebels stopped fighting on Monday.",
    "Chadian troops ceased firing at dawn.",
])
def test_stopping_a_gerund_act_of_war_is_a_ceasefire(code, text):
    events = code(text)
    assert "RETREAT" in {e.event_type for e in events}
    assert "ASSAULT" not in {e.event_type for e in events}


@pytest.mark.parametrize("text, actor", [
    ("Peru said it was willing to lift the curfew in its southern provinces.", "PER"),
    ("Ghana on Friday proposed easing its ban on opposition rallies.", "GHA"),
])
def test_a_stated_willingness_or_proposal_to_yield_is_a_concession(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "CONCEDE" and t[1] == actor for t in found), found
    assert not any(t[0] == "AGREE" for t in found), found
