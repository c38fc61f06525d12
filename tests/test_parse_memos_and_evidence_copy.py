"""Invariants of the session-30 speed pass: a party's head remembered per document as a number, a verb's particles
ordered once per token, an event's evidence fields set in one copy, and the parse view read where spaCy's
`Token.children` or a span's tokens were walked. Outputs never change."""
from __future__ import annotations

import datetime as dt

from dyads import evidence, nlp, party_syntax, pipeline
from dyads.actors.pronouns import _ordinal_antecedents
from dyads.events import triggers
from dyads.records import Document

TEXT = ("Chadian troops shelled a Nigerien border post on Monday. Niger's foreign minister condemned the attack, "
        "and Niger called off the planned talks with Chad.")


def test_char_span_root_is_the_head_of_the_phrase_and_is_remembered(settings):
    doc = nlp.load(settings.spacy_model)("The Selvanian foreign minister condemned the attack.")
    start, end = 0, len("The Selvanian foreign minister")
    assert nlp.char_span_root(doc, start, end) == nlp.char_span(doc, start, end).root.i == 3
    assert nlp.char_span_root(doc, start, end) == 3  # from the memo
    assert nlp.char_span_root(doc, 500, 510) is None  # outside the text
    assert all(isinstance(v, (int, type(None))) for v in nlp.memo(doc, "char_span_root").values())


def test_particles_are_ordered_nearest_first_with_particles_first(settings):
    doc = nlp.load(settings.spacy_model)("Selvania called off the talks with Marovia.")
    verb = next(t for t in doc if t.lower_ == "called")
    order = triggers._particle_order(verb)
    assert order and order[0] == "off"
    assert "with" not in order[:1]


def test_evidence_fields_set_in_one_copy_match_fill_and_in_story(settings):
    doc = nlp.load(settings.spacy_model)(TEXT)
    events = pipeline.code_parsed(Document("s30", TEXT, dt.date(2024, 3, 4)), doc, pipeline.lexicon.load(()))
    assert any(e.evidence is not None for e in events)
    # the final events' fields are what filling them again gives (so the one-copy path sets the same values)
    assert evidence.in_story(party_syntax.fill(events, doc)) == events
    parse, story = party_syntax.parse_fields(events, doc), evidence.story_fields(events)
    assert len(parse) == len(story) == len(events)
    assert all((p is None) == (e.evidence is None) for p, e in zip(parse, events))


def test_ordinal_anaphor_reads_its_words_from_the_parse_view(settings):
    doc = nlp.load(settings.spacy_model)("Marovia and Selvania met in Geneva. The latter said the talks went well.")
    latter = next(i for i, t in enumerate(doc) if t.lower_ == "latter")
    found = _ordinal_antecedents(doc[latter - 1:latter + 1])
    assert found is not None and [s.text for s in found] == ["Selvania"]
    assert _ordinal_antecedents(doc[0:1]) is None  # not "the former/latter"
