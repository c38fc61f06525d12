"""The array view of a parse (dyads.parse_view) and the per-document memos of nlp (char_span, entities) answer
exactly what spaCy's own Token and Doc objects answer."""
from __future__ import annotations

import pytest

from dyads import nlp, parse_view

TEXTS = [
    "The foreign minister of Norway met her Kenyan counterpart in Nairobi on Tuesday to discuss the drought.",
    "Rebels loyal to the former governor, who fled last year, attacked two villages near the border, officials said.",
    "According to the ministry, soldiers and police detained 40 protesters and three journalists in the capital.",
    "",
    "Talks.",
]


@pytest.fixture(scope="module")
def docs(settings):
    model = nlp.load(settings.spacy_model)
    return [model(t) for t in TEXTS]


def test_columns_match_tokens(docs):
    for doc in docs:
        parse = parse_view.view(doc)
        assert parse_view.view(doc) is parse  # read once per document
        assert len(parse.head) == len(doc)
        for t in doc:
            i = t.i
            assert parse.head[i] == t.head.i
            assert (parse.dep[i], parse.pos[i], parse.tag[i]) == (t.dep_, t.pos_, t.tag_)
            assert (parse.lemma[i], parse.lower[i], parse.text[i], parse.ent_type[i]) == \
                (t.lemma_, t.lower_, t.text, t.ent_type_)


def test_tree_walks_match_tokens(docs):
    for doc in docs:
        parse = parse_view.view(doc)
        for t in doc:
            assert list(parse.children[t.i]) == [c.i for c in t.children]
            assert parse.subtree(t.i) == [c.i for c in t.subtree]
            assert parse.descendants(t.i) == {c.i for c in t.subtree}
            assert parse.children_with(t.i, ("nsubj", "dobj", "prep")) == \
                [c.i for c in t.children if c.dep_ in ("nsubj", "dobj", "prep")]


def test_unknown_column_is_an_attribute_error(docs):
    with pytest.raises(AttributeError):
        parse_view.view(docs[0]).no_such_column  # noqa: B018


def test_char_span_as_spacy_expands(docs):
    doc = docs[0]
    text = nlp.text_of(doc)
    for start, end in [(4, 11), (5, 9), (0, len(text)), (text.index("Nairobi"), text.index("Nairobi") + 3),
                       (len(text) - 1, len(text)), (3, 4)]:
        want = doc.char_span(start, end, alignment_mode="expand")
        for _ in range(2):  # asked afresh, then from the document's memo
            got = nlp.char_span(doc, start, end)
            assert (got is None) == (want is None)
            if want is not None:
                assert (got.start, got.end, got.text) == (want.start, want.end, want.text)


def test_entities_as_doc_ents(docs):
    for doc in docs:
        for _ in range(2):
            got = nlp.entities(doc)
            assert [(e.start, e.end, e.label_, e.text) for e in got] == \
                [(e.start, e.end, e.label_, e.text) for e in doc.ents]
            assert got == list(doc.ents)
