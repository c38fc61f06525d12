"""Whose plan or process it is does its act: the "of" gerund of a process a party begins or carries on ("began the
process of withdrawing"), and the to-clause of plans a party goes ahead with. Sentences we wrote."""
from __future__ import annotations

import pytest


def _actors(events, event_type):
    return {e.actor.code if e.actor else None for e in events if e.event_type == event_type}


@pytest.mark.parametrize("sentence, event_type", [
    ("Peruvian authorities began the process of shutting down the internet in Lima.", "COERCE"),
    ("The Peruvian army started a process of withdrawing its troops from the border.", "RETREAT"),
    ("The Peruvian government went ahead with plans to lift the curfew.", "CONCEDE"),
    ("Peru is moving forward with its plan to import wheat from Argentina.", "COOPERATE"),
])
def test_a_process_or_plan_is_carried_out_by_whoever_carries_it_on(code, sentence, event_type):
    events = code(sentence)
    assert _actors(events, event_type) == {"PER"}, [(e.event_type, e.actor) for e in events]


def test_a_denied_plan_is_still_nobodys_act(code):
    events = code("Peru denied plans to expel the Bolivian diplomats.")
    assert not _actors(events, "SANCTION") - {None}
