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
    ("scold,VERBISH,,,ACCUSE,,111,x", "pos must be"),
])
def test_user_lexicon_errors_name_the_line(tmp_path, row, problem):
    path = tmp_path / "bad.csv"
    path.write_text("lemma,pos,object,particle,event_type,mode,cameo,note\n" + row + "\n")
    with pytest.raises(ValueError, match=problem) as info:
        lexicon.parse_rows(path.read_text(), str(path))
    assert ":2" in str(info.value)
