"""Invariants of the session-19 speed-ups: sentences, texts and entities read off per-document tables give what
spaCy gives; per-token and per-document memos give what the rules give and stay with their document."""
from __future__ import annotations

import pytest

from dyads import lexicon, nlp
from dyads.actors import DocumentResolver
from dyads.actors.syntax import _whole_entity
from dyads.events import syntax, triggers
from dyads.evidence import _words_in

TEXT = ("Chile condemned Peru on Monday.\nThe talks in Geneva failed, the United Nations said. "
        "Both sides, with the backing of Russia, blamed each other; the ministers of Ghana and Togo must resign, "
        "the opposition said. Rebels took hostage aid workers from the UN.")


@pytest.fixture(scope="module")
def parse(settings):
    return nlp.load(settings.spacy_model)


def test_sentences_and_their_texts_are_what_spacy_gives(parse):
    doc = parse(TEXT)
    assert [(s.start, s.end) for s in nlp.sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert [nlp.span_text(s) for s in nlp.sentences(doc)] == [s.text for s in doc.sents]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            assert nlp.span_text(doc[start:end]) == doc[start:end].text
    assert nlp.sentences(parse("")) == []


def test_modal_triggers_are_looked_for_among_auxiliaries_only(parse):
    doc = parse(TEXT)
    lex = lexicon.load(())
    found = {t.i for t in doc if triggers.modal_entry(t, lex) is not None}
    assert found, "the text has a modal of obligation in a reported clause"
    assert found <= triggers.possible_modals(doc)
    assert triggers.possible_modals(parse("")) == set()


def test_fronted_object_is_found_once_per_token(parse):
    doc = parse("Rebels took hostage aid workers from the UN.")
    took = next(t for t in doc if t.text == "took")
    assert triggers._fronted_object(took, [c for c in took.children if c.dep_ == "dobj"]) in (None, "hostage")
    assert triggers._fronted_object(doc[-1], []) is None  # the last token has no word after it


def test_whole_entity_by_bisection_is_the_scan_over_every_entity(parse):
    doc = parse(TEXT)
    resolver = DocumentResolver()
    resolver._read_document(doc)
    assert resolver.ents and resolver.ent_starts == tuple(e.start for e in resolver.ents)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            span = doc[start:end]
            assert resolver.whole_entity(span) == _whole_entity(span, resolver.ents)
    other = parse("Peru thanked the United Nations.")  # a new document: its own entities, its own memo
    resolver._read_document(other)
    assert resolver.ent_starts == tuple(e.start for e in other.ents)
    assert resolver.whole_entity(other[3:4]) == _whole_entity(other[3:4], tuple(other.ents))


def test_sentence_word_count_is_kept_per_document(parse):
    doc = parse(TEXT)
    for s in nlp.sentences(doc):
        expected = sum(not t.is_punct and not t.is_space for t in s)
        assert _words_in(s) == expected and _words_in(s) == expected  # the second from the memo
    assert set(doc.user_data["dyads.memo.evidence.words"]) == {(s.start, s.end) for s in doc.sents}
    other = parse("Peru thanked Chile.")
    assert _words_in(nlp.sentences(other)[0]) == 3  # not the first document's first sentence
    assert "dyads.memo.evidence.words" in other.user_data


def test_allied_phrases_are_remembered_per_root_and_never_shared_for_writing(parse):
    doc = parse(TEXT)
    for token in doc:
        expected = syntax._allied_phrases(token)
        got = syntax.allied_phrases(token)
        assert got == expected
        got.add(-1)  # a caller's set is its own
        assert syntax.allied_phrases(token) == expected
    assert any(syntax.allied_phrases(t) for t in doc), "'with the backing of Russia' is an allied phrase"
