"""What a verb says its object is ("called the deal *a violation of Y's sovereignty*", "rejected the proposal *as
contrary to U.N. resolutions*") names no party the act is aimed at; "as part of a deal with X" is an adjunct and
keeps X. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from dyads.events.predicates import object_predicates
from tests.conftest import triples


@pytest.mark.parametrize("text, unwanted", [
    ("Djibouti's ministry called the deal a violation of Somalia's sovereignty.", "SOM"),
    ("Cyprus rejected the proposal as contrary to U.N. resolutions.", "IGOUNO"),
])
def test_a_predicate_of_the_object_names_no_recipient(code, text, unwanted):
    assert not any(t[2] == unwanted for t in triples(code(text, date="2022-01-01")))


def test_the_object_itself_stays_the_target(code):
    found = triples(code("Egypt described the Israeli raid as a violation of Lebanese sovereignty.", date="2022-01-01"))
    assert ("ACCUSE", "EGY", "ISR") in found


def test_as_part_of_is_no_predicate(settings):
    from dyads import nlp
    doc = nlp.load(settings.spacy_model)("The government said it would end the offensive as part of a deal with the rebels.")
    end = next(t for t in doc if t.lower_ == "end")
    assert object_predicates(end) == set()
