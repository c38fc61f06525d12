"""Lexicon and CAMEO tables load, validate, and reject bad user entries."""
from __future__ import annotations

import pytest

from dyads import cameo, lexicon


def test_builtin_lexicon_covers_every_plover_event_type():
    from dyads.records import EVENT_TYPES
    types = {e.event_type for e in lexicon.load(()).entries} - {lexicon.NOT_AN_EVENT}
    assert types == set(EVENT_TYPES)


@pytest.mark.parametrize("code, quad, goldstein", [("057", 1, 8.0), ("042", 1, 1.9), ("073", 2, 7.4),
                                                   ("112", 3, -2.0), ("163", 4, -8.0), ("190", 4, -10.0)])
def test_cameo_codes_have_quad_class_and_goldstein(code, quad, goldstein):
    entry = cameo.lookup(code)
    assert (entry.quad_class, entry.goldstein) == (quad, goldstein)


def test_user_lexicon_adds_entries(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("lemma,pos,object,particle,event_type,mode,cameo,note\nscold,VERB,,,ACCUSE,,111,scolding\n")
    lex = lexicon.load((str(path),))
    assert lex.candidates("scold", "VERB")[0].event_type == "ACCUSE"


@pytest.mark.parametrize("row, problem", [
    ("scold,VERB,,,SCOLD,,111,x", "unknown event type"),
    ("scold,VERB,,,ACCUSE,shout,111,x", "not a PLOVER mode"),
    ("scold,VERBISH,,,ACCUSE,,111,x", "pos must be"),
])
def test_user_lexicon_errors_name_the_line(tmp_path, row, problem):
    path = tmp_path / "bad.csv"
    path.write_text("lemma,pos,object,particle,event_type,mode,cameo,note\n" + row + "\n")
    with pytest.raises(ValueError, match=problem) as info:
        lexicon.parse_rows(path.read_text(), str(path))
    assert ":2" in str(info.value)


def test_cameo_table_is_complete_with_weights_and_labels():
    table = cameo.codes()
    assert len(table) >= 290
    roots = {code[:2] for code in table}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert all(-10 <= c.goldstein <= 10 and c.label for c in table.values())
    assert cameo.lookup("1823").goldstein == cameo.lookup("182").goldstein


def test_user_lexicon_can_mark_a_use_as_no_event(tmp_path, settings):
    from dyads import nlp, pipeline
    from dyads.records import Document
    path = tmp_path / "mine.csv"
    path.write_text("lemma,pos,object,particle,event_type,mode,cameo,note\n"
                    "praise,VERB,weather,,NONE,,,small talk\n")
    model, lex = nlp.load(settings.spacy_model), lexicon.load((str(path),))

    def code(text):
        return pipeline.code_parsed(Document("t", text), model(text), lex)
    assert code("Chile praised the weather in Peru.") == []
    assert code("Chile praised Peru.")


def test_every_event_type_has_modes_and_lexicon_uses_them():
    from dyads.records import EVENT_TYPES
    table = lexicon.modes()
    typed = {t for t in EVENT_TYPES if t in table}
    assert typed >= {"CONSULT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                     "COERCE", "ASSAULT", "RETREAT"}
    used = {(e.event_type, e.mode) for e in lexicon.load(()).entries if e.mode}
    assert {t for t, _ in used} >= typed - {"THREATEN"}
