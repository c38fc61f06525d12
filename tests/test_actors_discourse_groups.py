"""Discourse groups: "the two presidents", "the three countries" take the latest parties named together in that
number, and a bare or "other" number introduces new parties. Sentences we wrote."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads import actors, nlp

DAY = dt.date(2024, 5, 17)


@pytest.fixture(scope="module")
def parse(settings):
    return nlp.load(settings.spacy_model)


def codes_of(parse, text: str, target: str, *, role: str = "actor") -> list[str | None]:
    """The codes `target` (its first occurrence in `text`) resolves to once the resolver has read the document."""
    doc = parse(text)
    at = text.index(target)
    span = doc.char_span(at, at + len(target), alignment_mode="expand")
    return [p.code for p in actors.DocumentResolver(when=DAY).resolve_all([span], role=role)]


@pytest.mark.parametrize(("text", "target", "expected"), [
    # a group of three named since does not hide the pair of presidents named before it
    ("President Ruto of Kenya and President Museveni of Uganda met in Nairobi. Tanzania, Rwanda and Burundi sent "
     "envoys. The two presidents signed a treaty.", "The two presidents", ["KEN", "UGA"]),
    # nor does a pair named since hide the three countries named before it
    ("Tanzania, Rwanda and Burundi sent envoys to Arusha. Kenya and Uganda signed a trade pact on Monday. The three "
     "countries condemned the pact.", "The three countries", ["TZA", "RWA", "BDI"]),
    ("Kenya and Uganda signed a trade pact on Monday. Both countries agreed to cut tariffs.", "Both countries",
     ["KEN", "UGA"]),
])
def test_a_group_reference_takes_the_latest_group_of_its_size(parse, text, target, expected):
    assert codes_of(parse, text, target) == expected


@pytest.mark.parametrize(("text", "target"), [
    ("Kenya and Uganda signed a trade pact on Monday. Two men were arrested at the border.", "Two men"),
    ("Kenya and Uganda signed a trade pact on Monday. Two other diplomats criticised the pact.",
     "Two other diplomats"),
])
def test_a_bare_or_other_number_introduces_new_parties(parse, text, target):
    assert not {"KEN", "UGA"} & set(codes_of(parse, text, target))


@pytest.mark.parametrize(("text", "target", "expected"), [
    # no pair named together: the two states its sentence and the one before name
    ("Israeli Prime Minister Benjamin Netanyahu will hold drills with troops from the Austrian Army. During the "
     "drills, the two countries will conduct joint exercises.", "the two countries", ["ISR", "AUT"]),
    ("Kenyan police said Ugandan traders had crossed the border. The two governments later agreed to talk.",
     "The two governments", ["KEN", "UGA"]),
])
def test_the_two_countries_are_the_two_states_named_just_before(parse, text, target, expected):
    assert codes_of(parse, text, target) == expected


@pytest.mark.parametrize(("text", "target"), [
    # three states named: which two, the text does not say
    ("Ministers from Kenya, Uganda and Tanzania met on Monday. The two countries later agreed to talk.",
     "The two countries"),
    # a place where something happens is no party: one state only
    ("Kenyan police detained traders in Kampala on Monday. Both sides later agreed to talk.", "Both sides"),
])
def test_the_two_countries_need_exactly_two_states_named(parse, text, target):
    assert not any(codes_of(parse, text, target))
