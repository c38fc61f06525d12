"""Approving an act of one's own is that act (dyads.approvals): "approved the deployment of troops" is a (planned)
MOBILIZE, "approved the transfer of aid to X" an AID to X; an act with an author of its own stays a SUPPORT of that
author, and an approved agreement stays as coded."""
from __future__ import annotations

from conftest import triples


def test_approving_a_deployment_is_a_planned_deployment(code):
    found = code("Norway's parliament approved the deployment of 200 soldiers to Latvia on Tuesday.")
    moves = [e for e in found if e.event_type == "MOBILIZE" and e.trigger.text == "approved"]
    assert moves and moves[0].status == "planned" and moves[0].actor.code == "NOR"
    assert "approval of an act" in moves[0].why
    assert not any(e.event_type == "SUPPORT" for e in found)


def test_approving_a_transfer_of_aid_is_aid(code):
    found = triples(code("The Fijian government approved the transfer of 500 tonnes of food aid to Tonga."))
    assert ("AID", "FJI", "TON") in found
    assert ("SUPPORT", "FJI", "TON") not in found


def test_endorsing_sanctions_of_ones_own_is_a_sanction(code):
    found = triples(code("The EU endorsed sanctions against Iran on Monday."))
    assert any(t == "SANCTION" and r == "IRN" for t, _, r in found)


def test_endorsing_another_partys_sanctions_stays_support(code):
    found = triples(code("The EU endorsed the US sanctions against Iran on Monday."))
    assert not any(t == "SANCTION" for t, _, _ in found)
    assert any(t == "SUPPORT" for t, _, _ in found)


def test_an_approved_agreement_is_not_retyped(code):
    found = triples(code("The Chilean senate approved the agreement with Peru."))
    assert ("SUPPORT", "CHL", "PER") in found
