"""Long documents are coded in bounded pieces with offsets and sentence numbers of the whole text."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import triples
from dyads import nlp, pieces, pipeline
from dyads.records import Document

PARAGRAPH = ("Chile condemned Peru on Tuesday. Argentina praised Uruguay for its help.\n\n"
             "Brazil accused Bolivia of smuggling. Ecuador met with Colombia in Quito.\n\n")


@pytest.mark.parametrize("text, limit", [
    ("a" * 1000, 300),                                   # no break at all: hard cuts
    ("word " * 400, 300),                                # spaces only
    (PARAGRAPH * 10, 200),                               # paragraphs
    ("One sentence here. " * 100, 250),                  # sentences
    ("short", 300),                                      # one piece
])
def test_pieces_join_to_the_text_and_respect_the_limit(text, limit):
    parts = pieces.split(text, max_chars=limit)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= limit for _, p in parts)
    assert [o for o, _ in parts] == [sum(len(p) for _, p in parts[:k]) for k in range(len(parts))]


def test_pieces_end_at_paragraphs_when_they_can():
    parts = pieces.split(PARAGRAPH * 10, max_chars=200)
    assert all(p.endswith("\n\n") for _, p in parts[:-1])


def test_long_document_coded_in_pieces_keeps_whole_text_offsets(settings):
    text = PARAGRAPH * 6
    doc = Document("long", text, dt.date(2024, 5, 17))
    whole = next(pipeline.code_documents([doc], settings=settings))
    cut = next(pipeline.code_documents([doc], settings=settings.with_(max_piece_chars=300)))
    assert cut.error is None and cut.n_sentences == whole.n_sentences
    assert triples(cut.events) == triples(whole.events) and len(cut.events) == len(whole.events)
    sentences = [s.text for s in nlp.load(settings.spacy_model)(text).sents]
    for event in cut.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        for party in (event.actor, event.recipient):
            assert party is None or text[party.start:party.end] == party.text
        assert sentences[event.sentence_index] == event.sentence
    # a paragraph repeated in several pieces gives distinct mentions
    assert len({e.event_id for e in cut.events}) == len(cut.events)


def test_text_longer_than_the_parser_limit_is_coded_in_pieces(settings):
    # spaCy refuses a text longer than nlp.max_length (error E088); pieces never are
    model = nlp.load(settings.spacy_model)
    saved, model.max_length = model.max_length, 400
    try:
        result = next(pipeline.code_documents([Document("long", PARAGRAPH * 4)], settings=settings))
    finally:
        model.max_length = saved
    assert result.error is None and len(result.events) >= 8
