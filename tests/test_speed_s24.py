"""Invariants of the session-24 speed-ups: what rules ask of one token again and again is remembered per document
(plain numbers, kept with the document) and is what the rules give."""
from __future__ import annotations

import pytest

from dyads import nlp
from dyads.events import syntax

TEXT = ("The mayor was shot and killed by gunmen on Monday, and the police arrested two men.\n"
        "Officials said the talks with the rebels in the capital had been suspended by the government's envoys. "
        "Troops, backed by militias, attacked the villages near the border.")


@pytest.fixture(scope="module")
def parse(settings):
    return nlp.load(settings.spacy_model)


def test_remembered_passives_are_what_the_rule_gives(parse):
    doc = parse(TEXT)
    for _ in range(2):  # the second round reads the memo
        for token in doc:
            assert syntax.is_passive(token) == syntax._is_passive(token)
    assert any(syntax.is_passive(t) for t in doc), "'was shot' is passive"
    assert doc.user_data["dyads.memo.is_passive"]


def test_remembered_nominal_parties_leave_out_what_each_caller_excludes(parse):
    doc = parse(TEXT)
    for _ in range(2):
        for root in doc:
            every = syntax._nominal_parties(root)
            assert syntax.nominal_parties(root, exclude=set()) == every
            some = {t.i for t in every[::2]}
            assert syntax.nominal_parties(root, exclude=some) == [t for t in every if t.i not in some]
    assert any(syntax.nominal_parties(t, exclude=set()) for t in doc)


def test_the_memos_stay_with_their_document(parse):
    first, second = parse(TEXT), parse("Gunmen were arrested. The envoys of Chile met the rebels.")
    for doc in (first, second):
        for token in doc:
            syntax.is_passive(token)
            syntax.nominal_parties(token, exclude=set())
    # each document answers from its own memo, which holds numbers only (no reference back to the document)
    for name in ("is_passive", "nominal_parties"):
        assert nlp.memo(first, name) is not nlp.memo(second, name)
        assert max(nlp.memo(second, name)) < len(second)
        for key, value in nlp.memo(first, name).items():
            assert isinstance(key, int) and isinstance(value, (bool, tuple))
    assert [syntax.is_passive(t) for t in second] == [syntax._is_passive(t) for t in second]


def test_the_default_actor_index_is_built_once():
    from dyads.actors.tables import index
    # callers ask for the built-in tables both ways: one index, with one set of lookup tables and phrase memos
    assert index() is index(()) is index(tuple([]))


def test_user_actor_lists_are_indexed_apart(tmp_path):
    from dyads.actors.tables import index
    listed = tmp_path / "mine.csv"
    listed.write_text("name,country,sector\nZorblatt Front,CHL,REB\n", encoding="utf-8")
    own = index((str(listed),))
    assert own is not index() and own is index((str(listed),))
