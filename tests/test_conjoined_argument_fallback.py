"""An argument of another verb joined after the trigger ("rejected the result and called on *his supporters*") is not
the trigger's recipient (pairing: the clause-wide tier, and `_own_state`'s search for a mention of the actor's state):
a domestic act with no recipient of its own falls back to the actor's own state, as when nothing else is named."""
from __future__ import annotations

from conftest import triples


def test_a_rejected_result_is_aimed_at_the_own_state_not_the_next_verbs_object(code):
    found = code("Malawi's opposition leader Tom Banda rejected the results of Sunday's election and called on his "
                 "supporters to stay calm.")
    reject = [e for e in found if e.event_type == "REJECT"]
    assert reject and all(e.recipient is not None and e.recipient.code == "MWI" for e in reject)
    assert all("his supporters" not in e.recipient.text for e in reject)


def test_a_president_rejecting_results_before_asking_a_court(code):
    found = triples(code("Malawi's president Tom Banda rejected the results and asked the court to annul them."))
    assert ("REJECT", "MWI", "MWI") in found
    assert ("REQUEST", "MWI", "MWI") in found


def test_the_joined_verbs_own_recipient_is_kept_for_it(code):
    found = triples(code("The Zambian opposition leader denied the charges and accused the Zambian government of "
                         "fabricating them."))
    assert ("ACCUSE", "ZMB", "ZMB") in found
