"""Invariants of the session-25 speed-ups: work whose answer coding never reads is not done (an event's confidence
before its story's evidence is complete; the date and status of a candidate that pairs no parties), and the trace,
which shows those, still gets them."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads import lexicon, nlp, pipeline
from dyads.records import Document

# Two events with parties, and a trigger whose subject names no party (a candidate that pairs nothing).
TEXT = ("Chile condemned Peru on Monday. Bolivia and Chile will hold talks in La Paz on 12 June.\n"
        "Somebody attacked something there yesterday.")


@pytest.fixture(scope="module")
def run(settings):
    model, lex = nlp.load(settings.spacy_model), lexicon.load(())

    def code(trace=None):
        return pipeline.code_parsed(Document("t", TEXT, dt.date(2024, 5, 17)), model(TEXT), lex, trace=trace)

    return code


def _counting(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_events_are_scored_once_from_their_final_evidence(run, monkeypatch):
    traced: list = []
    expected = run(trace=traced)
    assert expected, "the text codes events"
    scores = _counting(monkeypatch, pipeline.confidence, "score")
    events = run()
    assert events == expected  # the same events, confidence and all, as when every event is scored at once
    assert len(scores) == len(events)  # one score per event returned, none before its evidence is complete
    assert all(e.confidence == pipeline.confidence.score(e.evidence) for e in events)


def test_the_trace_shows_each_event_scored_as_it_was_coded(run):
    traced: list = []
    run(trace=traced)
    shown = [e for v in traced for e in v.events]
    assert shown
    assert all(e.confidence == pipeline.confidence.score(e.evidence) for e in shown)


def test_a_candidate_that_pairs_no_parties_reads_no_date(settings, monkeypatch):
    text = "The fans condemned the referee on Monday. Chile condemned Peru on Tuesday."
    doc = nlp.load(settings.spacy_model)(text)
    document, lex = Document("t", text, dt.date(2024, 5, 17)), lexicon.load(())
    dated = _counting(monkeypatch, pipeline.dates, "resolve")
    traced: list = []
    shown = pipeline.code_parsed(document, doc, lex, trace=traced)
    assert [v.verdict.startswith("coded") for v in traced] == [False, True]  # the fans are no party
    assert len(dated) == 2  # the trace reads every argued candidate in full
    dated.clear()
    events = pipeline.code_parsed(document, doc, lex)
    assert events == shown and [(e.actor.code, e.recipient.code) for e in events] == [("CHL", "PER")]
    assert len(dated) == 1  # only the candidate that pairs parties has its date read


def test_a_document_table_is_made_once_and_kept_with_its_document(settings):
    parse = nlp.load(settings.spacy_model)
    first, second = parse("Chile condemned Peru."), parse("Peru condemned Chile.")
    table = nlp.table(first, "dyads.test.table")
    table["x"] = 1
    assert nlp.table(first, "dyads.test.table") is table
    assert nlp.table(second, "dyads.test.table") == {}
    assert nlp.memo(first, "test") is nlp.table(first, "dyads.memo.test")
