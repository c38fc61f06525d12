"""A warning addressed to a named party against an act is a deterrent threat to it ("X warned Y" is THREATEN in
the coding guide), whatever the act; advice to a people against a trip, a danger or a fraud threatens no one, and a
warning against something addressed to nobody stays a pessimistic comment. Sentences we wrote; parsed with the
shared spaCy pipeline."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Chile's defence minister warned Bolivia against any provocation on the border.", ("THREATEN", "CHL", "BOL")),
    ("The Kenyan president warned Uganda against supporting the rebels.", ("THREATEN", "KEN", "UGA")),
    ("Norway warned Russian fishing fleets against entering its waters.", ("THREATEN", "NOR", "RUS")),
])
def test_warning_a_named_party_against_an_act_threatens_it(code, text, triple):
    found = triples(code(text, date="2000-01-01"))
    assert triple in found, found


@pytest.mark.parametrize("text", [
    "The foreign ministry warned Britons against travel to the border region.",
    "Canadian police warned Canadians against phone scams.",
    "The central bank warned against complacency about inflation.",
])
def test_advice_against_a_trip_or_a_danger_is_no_threat(code, text):
    found = triples(code(text, date="2000-01-01"))
    assert not [t for t in found if t[0] == "THREATEN"], found
