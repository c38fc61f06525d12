"""Recall fixes of session 20 (helper s20c): parties found for triggers that had none. Every sentence is invented
for the test; none is a sentence of any gold set."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # a definite organization noun takes the organization of the speaker's phrase: a person between ("chief",
    # "leader") is no nearer organization
    ("The African Union's commission chairman said the bloc condemned Sudan.", ("ACCUSE", "IGO", "SDN")),
    ("Hezbollah's deputy leader said the group condemned Israel.", ("ACCUSE", "LBN", "ISR")),
])
def test_a_definite_organization_noun_passes_over_a_person(code, text, expected):
    assert any(t[0] == expected[0] and (t[1] or "").startswith(expected[1]) and t[2] == expected[2]
               for t in triples(code(text, date="2000-01-01")))


def test_a_body_between_still_stops_a_definite_organization_noun(code):
    # "the ministry" is the nearer body: "the agency" is not the African Union
    found = triples(code("The African Union said the ministry told the agency that Sudan was to blame.",
                         date="2000-01-01"))
    assert not any((t[1] or "").startswith("IGO") and t[0] == "ACCUSE" for t in found)
