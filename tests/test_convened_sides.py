"""The sides of talks a mediator convenes, named outside its participle (dyads.events.convened_sides)."""
from __future__ import annotations

import pytest


def _mediations(events, actor):
    return sorted(e.recipient.code for e in events if e.event_type == "CONSULT" and e.actor
                  and e.actor.code == actor and e.recipient and e.recipient.code)


@pytest.mark.parametrize("text, mediator, sides", [
    ("Kenya and Somalia held talks mediated by Qatar.", "QAT", ["KEN", "SOM"]),
    ("Chad and Sudan, meeting in Doha, agreed to reopen the border, pledging calm after two weeks of talks "
     "mediated by Qatar.", "QAT", ["SDN", "TCD"]),
])
def test_the_mediator_acts_on_the_sides_that_hold_the_talks(code, text, mediator, sides):
    events = code(text)
    assert set(sides) <= set(_mediations(events, mediator)), [(e.event_type, e.actor and e.actor.code,
                                                               e.recipient and e.recipient.code) for e in events]


@pytest.fixture(scope="module")
def parse(settings):
    from dyads import nlp

    return nlp.load(settings.spacy_model)


def test_the_sides_named_by_a_between_phrase_come_first(parse):
    from dyads.events.convened_sides import convened_sides

    doc = parse("Peru criticised the talks between Chile and Bolivia mediated by Brazil.")
    verb = next(t for t in doc if t.lower_ == "mediated")
    assert [t.text for t in convened_sides(verb)] == ["Chile", "Bolivia"]


def test_a_clause_commenting_on_the_talks_names_no_side(parse):
    from dyads.events.convened_sides import _taking_part_clause

    doc = parse("Peru welcomed the talks mediated by Brazil.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert _taking_part_clause(talks) is None
