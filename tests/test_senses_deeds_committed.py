"""Committing a deed is no commitment: a violent deed committed (also as the object of a relative clause) is an
attack, another wrong committed is no event of "commit"; committing to act is still a commitment (invented
sentences)."""
from __future__ import annotations


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


def test_atrocities_committed_in_a_relative_clause_are_an_attack(code):
    text = "Villagers described the atrocities the Malian militia was committing against civilians in Mopti."
    assert "AGREE" not in _types(code(text), "committing")


def test_crimes_committed_are_no_commitment(code):
    assert "AGREE" not in _types(code("Peru said the crimes that the gang committed in Lima would be punished."),
                                 "committed")


def test_committing_to_act_is_still_a_commitment(code):
    assert "AGREE" in _types(code("Japan committed to send more aid to the Philippines."), "committed")
