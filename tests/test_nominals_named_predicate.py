"""A nominal in a predicate describes (dyads.nominals), unless its own phrase names its party: "one reason was
*Chile's refusal* to ...", "the third *meeting between X and Y*" report acts of named parties."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, triple", [
    ("One reason for the failure was Chile's refusal to back the Peruvian plan.", ("REJECT", "CHL", "PER")),
    ("Lima was the third meeting between the Chilean and Peruvian presidents this year.", ("CONSULT", "CHL", "PER")),
])
def test_a_predicate_nominal_naming_its_party_reports_an_act(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize("text", [
    "This is an attack on our sovereignty.",
    "It was one of the worst attacks in years.",
])
def test_a_predicate_nominal_with_no_party_of_its_own_describes(code, text):
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]
