"""Whoever remains or is "in detention" or "in custody" is held, not holding (events.noun_args: the subject of a verb
of staying undergoes a confining act named after "in", as after "under")."""
from __future__ import annotations

from conftest import triples


def test_those_in_detention_do_not_detain(code):
    found = triples(code("Three Chilean sailors remain in detention in Peru."))
    assert not any(e[1] == "CHL" for e in found)


def test_those_who_hold_still_detain(code):
    found = triples(code("Peruvian police detained three Chilean sailors on Monday."))
    assert ("COERCE", "PER", "CHL") in found
