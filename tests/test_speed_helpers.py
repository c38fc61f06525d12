"""Helpers that stand in for slower library calls must give exactly what those calls give."""
from __future__ import annotations

import dataclasses

import pytest

from dyads import nlp
from dyads.senses import in_class

from dyads.actor_lists import ActorEntry
from dyads.actors.names import Hit
from dyads.actors.rules import Resolution
from dyads.records import Party


def _party(k: int) -> Party:
    return Party(f"text{k}", k, k + 5, f"name{k}", f"C{k}", f"K{k}", f"S{k}", f"why{k}")


def test_party_named_by_is_replace_of_text_and_span():
    party = _party(1)
    # every field set to a distinct value: a field added to Party and forgotten by named_by fails here
    assert all(getattr(party, f.name) is not None for f in dataclasses.fields(Party))
    assert party.named_by("other", 40, 45) == dataclasses.replace(party, text="other", start=40, end=45)


def test_resolution_with_party_is_replace_of_party():
    entry = ActorEntry("country", "Chile", "CHL", "CHL", None)
    res = Resolution(_party(1), "country", entry, Hit(0, 1, "x", "role"), False, (entry,), "scene")
    assert all(getattr(res, f.name) != f.default for f in dataclasses.fields(Resolution) if f.name != "party")
    assert res.with_party(_party(2)) == dataclasses.replace(res, party=_party(2))


@pytest.fixture(scope="module")
def parse(settings):
    return nlp.load(settings.spacy_model)


def test_positions_are_the_tokens_of_that_text_read_once_per_document(parse):
    doc = parse("The US-backed forces and Iran-aligned militias met in al-Qaim on Monday.")
    hyphens = nlp.positions(doc, "-")
    assert hyphens == tuple(t.i for t in doc if t.text == "-") and hyphens
    assert nlp.positions(doc, "-") is hyphens  # kept with the document
    other = parse("No hyphen here.")
    assert nlp.positions(other, "-") == ()  # per document: another document has its own
    assert nlp.positions(parse(""), "-") == ()
    for start in range(-2, len(doc) + 2):
        for end in range(start, len(doc) + 3):
            assert nlp.any_between(hyphens, start, end) == any(start <= i < end for i in hyphens)


def test_sentence_start_is_the_start_of_the_sentence(parse):
    doc = parse("Chile condemned Peru. Peru recalled its ambassador from Santiago.")
    for token in doc:
        assert nlp.sentence_start(token) == nlp.sentence(token).start == token.sent.start
    assert nlp.sentence_start(doc[5:8]) == doc[5:8].sent.start


def test_memo_is_one_dict_per_document_and_name(parse):
    doc, other = parse("Chile condemned Peru."), parse("Peru replied.")
    first = nlp.memo(doc, "speed-test")
    first[1] = 2
    assert nlp.memo(doc, "speed-test") is first and nlp.memo(doc, "other-name") == {}
    assert nlp.memo(other, "speed-test") == {}


def test_in_class_reads_the_compound_word_before_the_token(parse):
    doc = parse("The peace talks collapsed after the army talks ended.")
    talks = [t for t in doc if t.lower_ == "talks"]
    # the compound before the token, found without iterating its children, as a child of the token's
    for token in talks:
        before = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
        left = doc[token.i - 1]
        assert bool(before) == (left.head.i == token.i and left.dep_ == "compound")


def test_phrases_differing_only_in_dropped_words_share_one_reading():
    from dyads import actors
    from dyads.actors import rules
    from dyads.actors.tables import Word

    idx = actors.index(())
    idx.resolved.clear()
    words = [Word("the"), Word("Chilean"), Word("army")]
    first = rules.resolve_words("the Chilean army", words, 10, 26, idx=idx)
    readings = [k for k in idx.resolved if k[0] is rules.BY_WORDS]
    assert len(readings) == 1
    again = rules.resolve_words("Chilean army", words[1:], 50, 62, idx=idx)
    assert [k for k in idx.resolved if k[0] is rules.BY_WORDS] == readings  # read by its words from the memo
    idx.resolved.clear()  # the reading computed afresh is the same
    fresh = rules.resolve_words("Chilean army", words[1:], 50, 62, idx=idx)
    assert again == fresh and again.party.text == "Chilean army" and (again.party.start, again.party.end) == (50, 62)
    assert first.party.text == "the Chilean army" and first.party.code == fresh.party.code == "CHL"


def test_date_entities_of_a_sentence_are_found_by_bisection(parse):
    from dyads import dates

    doc = parse("On Monday, Chile recalled its envoy. Peru replied on 3 May 2024 and again last week. "
                "Talks were held in March.")
    every = [e for e in doc.ents if e.label_ == "DATE"]
    assert every  # the parse finds dates to look for
    for sentence in nlp.sentences(doc):
        brute = [e for e in every if sentence.start <= e.start and e.end <= sentence.end]
        assert [(e.start, e.end) for e in dates._date_entities_within(sentence)] == [(e.start, e.end) for e in brute]
