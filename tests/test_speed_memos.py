"""Invariants of the speed-ups: words found once per token or per document give what the per-call rules gave."""
from __future__ import annotations

import pytest

from dyads import nlp
from dyads.events.triggers import object_forms


@pytest.fixture(scope="module")
def parse(settings):
    return nlp.load(settings.spacy_model)


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("sentence", "word", "expected", "absent"), [
    ("The council imposed tariffs and sanctions on the traders.", "tariffs", {"tariff", "sanction"}, set()),
    ("The army raised its alert level on Monday.", "level", {"level", "alert"}, set()),
    ("The minister sent thousands of troops to the border.", "thousands", {"thousand", "troop", "troops"}, set()),
    ("The rebels sought victory instead of a settlement.", "victory", {"victory"}, {"settlement"}),
])
def test_object_forms_hold_every_word_an_object_entry_may_name(parse, sentence, word, expected, absent):
    forms = object_forms(_token(parse(sentence), word))
    assert expected <= forms
    assert not absent & forms


def test_sentence_is_the_sentence_spacy_gives_every_token_and_span(parse):
    doc = parse("Chile condemned Peru on Monday.\nThe talks failed. Both sides blamed each other for the collapse.")
    for token in doc:
        assert nlp.sentence(token) == token.sent
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):  # spans across a boundary: their first sentence
            assert nlp.sentence(doc[start:end]) == doc[start:end].sent


def test_sentence_table_holds_only_numbers(parse):
    doc = parse("Chile condemned Peru. Peru rejected the charge.")
    nlp.sentence(doc[3])
    numbers, bounds = doc.user_data[nlp.SENTENCES]
    assert all(isinstance(n, int) for n in numbers) and bounds == ((0, 4), (4, 9))


MEMO_TEXT = ("Russian and Syrian airstrikes hit rebels in Idlib, the ministers of Ghana and Togo said in Accra.\n"
             "Scores of Kenyans and Ugandans fled after the Saudi-led coalition and its allies attacked the port.")


def test_remembered_phrases_and_conjuncts_are_what_the_rules_give(parse):
    from dyads.events import parties, syntax
    doc = parse(MEMO_TEXT)
    for _ in range(2):  # the second round reads the memo
        for token in doc:
            start, end = syntax._phrase_bounds(token)
            assert syntax.phrase(token) == doc[start:end]
            assert syntax.conjuncts(token) == syntax._conjuncts(token)
            assert parties.argument_span(token) == parties._argument_span(token)
            assert parties.party_spans(token) == parties._party_spans(token)


def test_memos_hold_numbers_only(parse):
    from dyads.events import parties
    doc = parse(MEMO_TEXT)
    for token in doc:
        parties.party_spans(token)
    memos = {k: v for k, v in doc.user_data.items() if isinstance(k, str) and k.startswith("dyads.memo.")}
    assert memos
    for memo in memos.values():
        for key, value in memo.items():
            assert _numbers(key) and _numbers(value)


def _numbers(value) -> bool:
    """True for an int, or tuples (at any depth) of ints."""
    return isinstance(value, int) or isinstance(value, tuple) and all(_numbers(v) for v in value)


@pytest.mark.parametrize("texts", [("United", "Nations"), ("police",), ("Free", "Syrian", "army"), ("defence",),
                                   ("nothing", "here")])
def test_remembered_runs_of_words_are_what_the_tables_say(texts):
    from dyads.actors import index
    from dyads.actors.names import _house_style, _run
    idx = index()
    text = " ".join(texts)
    entries = idx.entries(text) or _house_style(texts, idx)
    expected = (text, entries, *(({}, "") if entries else idx.sector_word(text)))
    assert _run(texts, idx) == expected
    assert _run(texts, idx) == expected  # from the memo
    assert texts in idx.runs


def test_clause_read_once_still_sets_asides_per_trigger(parse):
    from dyads.events.parties import clause_fallback
    doc = parse("Chile opposed the plan, saying it would hurt Peru.")
    opposed, hurt = _token(doc, "opposed"), _token(doc, "hurt")
    first = [t.text for t in clause_fallback(opposed, set())]
    assert "Peru" not in first  # what was said is no target of the opposition
    assert [t.text for t in clause_fallback(opposed, set())] == first  # the clause from the memo
    assert "dyads.memo.clause_fallback" in doc.user_data
    assert [t.text for t in clause_fallback(opposed, {_token(doc, "plan").i})] == [x for x in first if x != "plan"]


def test_agents_of_other_verbs_are_set_aside_per_trigger(parse):
    from dyads.events.parties import clause_fallback
    doc = parse("Marginalised by Russia and Iran, the opposition rejected the offer of talks with Turkey.")
    found = [t.text for t in clause_fallback(_token(doc, "rejected"), set())]
    assert "Russia" not in found and "Iran" not in found


@pytest.mark.parametrize(("text", "at", "inside"), [
    ("Chile condemned Peru on Monday.", 10, False),
    ('"Peru attacked us," the minister said.', 6, True),
    ("Chile said: “Peru attacked us.”", 18, True),
    ("Peru attacked us,” the minister said.", 3, True),  # a quotation going on from an earlier sentence
])
def test_direct_quote_read_with_and_without_marks(text, at, inside):
    from dyads.events.quoted import _in_direct_quote
    assert _in_direct_quote(text, at) is inside


def test_whole_entity_remembered_per_phrase_is_the_entity_itself(parse):
    from dyads.actors import DocumentResolver
    from dyads.actors.syntax import _whole_entity
    doc = parse("The United Nations condemned the attack on Tuesday.")
    resolver = DocumentResolver()
    resolver._read_document(doc)
    part = doc[2:3]  # "Nations" of "the United Nations"
    expected = _whole_entity(part, resolver.ents)
    for _ in range(2):
        found = resolver.whole_entity(doc[2:3])
        assert found == expected and found.label_ == expected.label_
    alone = doc[5:7]
    assert resolver.whole_entity(alone) is alone


def test_party_root_remembered_per_phrase(parse):
    from dyads.records import Party
    from dyads.roles import party_root
    doc = parse("The Peruvian foreign minister met Chile's envoy.")
    party = Party("The Peruvian foreign minister", 0, 29)
    assert party_root(party, doc).text == "minister"
    assert party_root(party, doc).i == 3  # from the memo
    assert party_root(Party("", 200, 210), doc) is None  # outside the text
    assert _numbers(tuple(doc.user_data["dyads.memo.party_root"].items()))
