"""Nouns of acts and rules ("mediation", "attendance", "a coup", "a resolution", "the law": actor nouns.csv, class
`action`) name no recipient by themselves: "pulled out after Saudi mediation" is not aimed at Saudi Arabia."""
from __future__ import annotations


def test_mediation_is_no_recipient(code):
    found = [e for e in code("Yemeni separatist forces pulled out of the central bank building on Saturday after "
                             "Saudi mediation.") if e.event_type == "RETREAT"]
    assert found and all(e.recipient is None or e.recipient.code != "SAU" for e in found)


def test_a_coup_answered_is_no_recipient(code):
    found = [e for e in code("Ruritanian troops invaded the island in 1974 in response to a Greek-inspired coup.")
             if e.event_type == "ASSAULT"]
    assert all(e.recipient is None or e.recipient.code != "GRC" for e in found)
