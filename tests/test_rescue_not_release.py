"""Hostages freed by an armed operation or raid are rescued from their captors, not released by them: no RETREAT
(senses/rules.csv, word class `rescue_operation`); captors or a state freeing those it holds still retreat."""
from __future__ import annotations

from conftest import triples


def test_an_operation_freeing_hostages_is_no_release(code):
    found = triples(code("An operation by Chilean soldiers on Thursday freed four of the hostages and killed three rebels."))
    assert not any(e[0] == "RETREAT" for e in found)


def test_captors_freeing_captives_still_release_them(code):
    found = triples(code("Chilean rebels freed two Peruvian soldiers on Monday."))
    assert ("RETREAT", "CHL", "PER") in found
