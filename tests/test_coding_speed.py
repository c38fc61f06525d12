"""Work the coder saves without changing what it codes: phrases remembered across dates, triggers left unargued
when they code nothing whatever their arguments, the event-type reading taken only for events, and the text hash
taken once per document."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads import actors, events, lexicon, nlp, pipeline, typeclf
from dyads.actors import rules
from dyads.actors.tables import Word
from dyads.read import content_hash
from dyads.records import Document


def _words(text: str) -> list[Word]:
    return [Word(w) for w in text.split()]


def test_an_undated_phrase_is_remembered_for_any_date():
    idx = actors.index(())
    idx.resolved.clear()
    first = rules.resolve_words("Russia", _words("Russia"), 0, 6, when=dt.date(2020, 1, 1), idx=idx)
    assert ("Russia", tuple(_words("Russia")), rules.ANY_DATE) in idx.resolved
    assert ("Russia", tuple(_words("Russia")), dt.date(2020, 1, 1)) not in idx.resolved
    size = len(idx.resolved)
    again = rules.resolve_words("Russia", _words("Russia"), 0, 6, when=dt.date(2023, 6, 1), idx=idx)
    assert again == first and len(idx.resolved) == size  # read from the memo, not resolved again


def test_a_phrase_naming_a_dated_entry_is_remembered_per_date():
    idx = actors.index(())
    idx.resolved.clear()
    words = _words("Boris Johnson")
    in_office = rules.resolve_words("Boris Johnson", words, 0, 13, when=dt.date(2020, 1, 1), idx=idx)
    out_of_office = rules.resolve_words("Boris Johnson", words, 0, 13, when=dt.date(2024, 1, 1), idx=idx)
    assert ("Boris Johnson", tuple(words), rules.ANY_DATE) not in idx.resolved
    assert {("Boris Johnson", tuple(words), d) in idx.resolved for d in (dt.date(2020, 1, 1), dt.date(2024, 1, 1))} \
        == {True}
    assert in_office.in_office and not out_of_office.in_office


def test_the_phrase_memo_stays_bounded(monkeypatch):
    idx = actors.index(())
    idx.resolved.clear()
    monkeypatch.setattr(rules, "RESOLVED_MAX", 3)
    for k, name in enumerate(("Russia", "China", "India", "Chile", "Peru")):
        rules.resolve_words(name, _words(name), 0, len(name), when=dt.date(2020, 1, k + 1), idx=idx)
        assert len(idx.resolved) <= 3
    idx.resolved.clear()


def test_a_remembered_phrase_is_placed_where_it_is_asked_for():
    idx = actors.index(())
    idx.resolved.clear()
    rules.resolve_words("Russia", _words("Russia"), 0, 6, when=dt.date(2020, 1, 1), idx=idx)
    moved = rules.resolve_words("Russia", _words("Russia"), 40, 46, when=dt.date(2021, 1, 1), idx=idx)
    assert (moved.party.start, moved.party.end) == (40, 46)


TEXTS = [
    "The minister told reporters that the army attacked the rebels on Monday.",
    "Russia threatened to attack Ukraine after talks with France collapsed.",
    "Egypt condemned the attack and called for talks between the two sides.",
    "The police said they arrested ten protesters and charged them with rioting.",
]


@pytest.fixture(scope="module")
def parsed(settings):
    return [nlp.load(settings.spacy_model)(t) for t in TEXTS]


def test_unargued_triggers_are_those_that_code_nothing(parsed):
    lex = lexicon.load(())
    unargued = 0
    for doc in parsed:
        full = events.analyse(doc, lex)
        lean = events.analyse(doc, lex, argue_dropped=False)
        assert [(c.trigger.i, c.entry, bool(c.dropped)) for c in full] \
            == [(c.trigger.i, c.entry, bool(c.dropped)) for c in lean]
        kept = [(c.trigger.i, c.actors, c.recipients, c.status, c.rule) for c in full if not c.dropped]
        assert kept == [(c.trigger.i, c.actors, c.recipients, c.status, c.rule) for c in lean if not c.dropped]
        unargued += sum(1 for c in lean if c.dropped and not c.rule)
    assert unargued  # "told" (a plain report) or an absorbed trigger ("threatened to *attack*")


def test_the_trace_still_argues_every_trigger(settings):
    _, trace, _ = pipeline.explain(TEXTS[1], settings=settings)
    assert trace and all(v.rule for v in trace)  # a dropped trigger's verdict names its arguments' rule too


def test_the_type_reading_is_taken_once_and_only_when_asked(parsed, monkeypatch):
    lex = lexicon.load(())
    calls = []
    features = typeclf.features
    monkeypatch.setattr(typeclf, "features", lambda token, lx: calls.append(token.i) or features(token, lx))
    [cand, *_] = [c for c in events.analyse(parsed[1], lex) if not c.dropped]
    read = pipeline._type_reading(cand, lex, typeclf.model())
    assert calls == []
    assert read() == read() and calls == [cand.trigger.i]


def test_event_ids_with_the_text_hash_given_are_the_same(parsed):
    lex = lexicon.load(())
    [cand, *_] = [c for c in events.analyse(parsed[1], lex) if not c.dropped]
    document = Document("d", TEXTS[1])
    assert pipeline._event_id(document, cand, None, None, text_hash=content_hash(TEXTS[1])) \
        == pipeline._event_id(document, cand, None, None)
