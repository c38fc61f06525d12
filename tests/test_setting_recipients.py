"""Wire stories: a government, party or court aimed at with no country named is that of the story's setting
("DAKAR (Reuters) - ... The African Union urged all sides to show restraint"), and those who join talks already
under way do not meet one another."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, want", [
    ("LOME (Reuters) - Police fired tear gas at opposition marchers in the capital on Saturday. "
     "The African Union urged all parties to show restraint.", ("REQUEST", "IGOAFR", "TGO")),
    ("NIAMEY (AFP) - Soldiers seized power in a coup on Wednesday. "
     "The Economic Community of West African States urged the junta to set a date for elections.",
     ("REQUEST", "IGOWAF", "NER")),
])
def test_an_unnamed_government_aimed_at_is_of_the_setting(code, text, want):
    assert want in triples(code(text))


def test_the_two_countries_aimed_at_are_not_the_setting(code):
    text = ("LOME (Reuters) - Fighting broke out on the border on Saturday. "
            "The African Union urged the two countries to show restraint.")
    assert not any(t[0] == "REQUEST" and t[2] == "TGO" for t in triples(code(text)))


def test_those_who_join_talks_do_not_meet_one_another(code):
    found = triples(code("Chile, Peru and the African Union joined the talks as observers."))
    assert not any(t[0] == "CONSULT" and t[1] in ("CHL", "PER") and t[2] in ("CHL", "PER") for t in found)


def test_those_who_hold_talks_meet_one_another(code):
    found = triples(code("Chile, Peru and Bolivia held talks in Lima."))
    assert ("CONSULT", "CHL", "PER") in found
