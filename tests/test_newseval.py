"""`dyads eval` on real-news gold folders: loading, the matching rules, errors by kind, the command."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyads import newseval
from dyads.errors import DyadsError
from dyads.records import Event, Party, Span

FIX = Path(__file__).parent / "fixtures" / "realnews"
DYADS = [str(Path(sys.executable).with_name("dyads"))]


@pytest.fixture(scope="module")
def docs():
    return {d.doc: d for d in newseval.load_gold(FIX / "gold", corpora=FIX / "corpora")}


def party(code, text="x", sector="GOV"):
    return Party(text, 0, 1, code, code, code if len(code) == 3 else None, sector, "test")


def event(doc, trigger, etype, actor, recipient, status="occurred", confidence=0.9):
    start = doc.text.index(trigger)
    return Event(doc.doc, f"{trigger}{etype}{actor}{recipient}{status}", 0, doc.text, etype, None, (), "010", 0.0, 1,
                 Span(trigger, start, start + len(trigger)), party(actor) if actor else None,
                 party(recipient) if recipient else None, status=status, confidence=confidence)


def test_load_gold_reads_done_documents_with_quote_spans(docs):
    assert set(docs) == {"ngec-0", "ngec-1", "ngec-2"}
    d = docs["ngec-0"]
    g = d.events[0]
    assert d.text[g.start:g.end] == g.quote and g.types == {"ACCUSE"} and not g.optional
    assert docs["ngec-2"].split == "test"


def test_load_gold_filters_splits():
    only = newseval.load_gold(FIX / "gold", corpora=FIX / "corpora", splits=("test",))
    assert [d.doc for d in only] == ["ngec-2"]


def test_load_gold_refuses_reserved_guardian_rows(tmp_path):
    (tmp_path / "docs.csv").write_text("doc,source,row,split,label\nguardian-5,guardian,5,tune,\n")
    (tmp_path / "events-x.done").write_text("guardian-5\n")
    (tmp_path / "events-x.jsonl").write_text("")
    with pytest.raises(DyadsError) as exc:
        newseval.load_gold(tmp_path, corpora=FIX / "corpora")
    assert exc.value.code == "E091"


def _own_gold(folder, *, path="texts/a.txt"):
    (folder / "texts").mkdir()
    (folder / "texts" / "a.txt").write_text("OSTER (Wire) - Ruritania expelled two Granovian diplomats on Monday.\n",
                                            encoding="utf-8")
    (folder / "docs.csv").write_text(f"doc,source,row,split,label,path,date\nwire-a,own,,tune,,{path},2024-03-06\n")
    (folder / "events-w.done").write_text("wire-a\n")
    (folder / "events-w.jsonl").write_text(json.dumps(
        {"doc": "wire-a", "quote": "Ruritania expelled two Granovian diplomats", "trigger": "expelled",
         "types": ["SANCTION"], "actor": ["RUR"], "recipient": ["GRA"], "status": "occurred"}) + "\n")


def test_a_batch_marker_without_its_events_file_is_a_batch_being_coded_and_loads_no_document(tmp_path):
    _own_gold(tmp_path)
    (tmp_path / "events-w.jsonl").unlink()  # drawn and set aside, not coded yet: not a document with no events
    assert newseval.load_gold(tmp_path, corpora=tmp_path / "no-corpora") == []
    assert newseval.done_ids([tmp_path / "events-w.done"]) == {"wire-a"}  # it can still be excluded by name


def test_load_gold_reads_own_documents_from_text_files_in_the_folder(tmp_path):
    _own_gold(tmp_path)
    (doc,) = newseval.load_gold(tmp_path, corpora=tmp_path / "no-corpora")
    assert doc.source == "own" and doc.date.isoformat() == "2024-03-06" and doc.text.startswith("OSTER (Wire)")
    (g,) = doc.events
    assert doc.text[g.start:g.end] == g.quote and g.types == {"SANCTION"}


def test_load_golds_joins_folders_sorted_by_document_and_refuses_a_document_in_two(tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    _own_gold(own)
    docs = newseval.load_golds([FIX / "gold", own], corpora=FIX / "corpora", splits=("tune",))
    ids = [d.doc for d in docs]
    assert "wire-a" in ids and ids == sorted(ids) and len(ids) == len(set(ids))
    assert {d.doc for d in newseval.load_gold(FIX / "gold", corpora=FIX / "corpora", splits=("tune",))} < set(ids)
    twin = tmp_path / "twin"
    twin.mkdir()
    _own_gold(twin)
    with pytest.raises(DyadsError) as exc:
        newseval.load_golds([own, twin], corpora=FIX / "corpora")
    assert exc.value.code == "E091" and "wire-a" in str(exc.value)


@pytest.mark.parametrize("path", ["", "../a.txt", "texts/missing.txt"])
def test_load_gold_refuses_own_documents_without_a_text_file_inside_the_folder(tmp_path, path):
    _own_gold(tmp_path, path=path)
    with pytest.raises(DyadsError) as exc:
        newseval.load_gold(tmp_path)
    assert exc.value.code == "E091"


def test_load_gold_needs_docs_csv(tmp_path):
    with pytest.raises(DyadsError) as exc:
        newseval.load_gold(tmp_path)
    assert exc.value.code == "E090"


def test_exact_event_matches(docs):
    d = docs["ngec-0"]
    o = newseval.score_document(d, [event(d, "accused", "ACCUSE", "CHL", "PER")])
    assert [s.verdict for s in o.scored] == ["match"] and o.tp == 1 and o.fp == 0
    assert [g.trigger if hasattr(g, "trigger") else g.quote for g in o.missed] == [d.events[1].quote]


@pytest.mark.parametrize("etype, actor, recipient, status, kind", [
    ("REQUEST", "CHL", "PER", "occurred", "wrong type"),
    ("ACCUSE", "BOL", "PER", "occurred", "wrong actor"),
    ("ACCUSE", "CHL", "BOL", "occurred", "wrong recipient"),
    ("ACCUSE", "CHL", None, "occurred", "wrong recipient"),
    ("ACCUSE", "CHL", "PER", "planned", "wrong status"),
])
def test_each_error_kind_is_named(docs, etype, actor, recipient, status, kind):
    d = docs["ngec-0"]
    o = newseval.score_document(d, [event(d, "accused", etype, actor, recipient, status)])
    assert [s.verdict for s in o.scored] == [kind] and o.tp == 0 and len(o.missed) == 2


def test_event_away_from_any_quote_is_not_an_event(docs):
    d = docs["ngec-1"]
    o = newseval.score_document(d, [event(d, "storm", "ASSAULT", "NOR", "NOR")])
    assert [s.verdict for s in o.scored] == ["not an event"]


def test_second_event_for_one_gold_event_is_a_duplicate(docs):
    d = docs["ngec-0"]
    first = event(d, "accused", "ACCUSE", "CHL", "PER", confidence=0.9)
    again = event(d, "shelling", "ACCUSE", "CHL", "PER", confidence=0.5)
    o = newseval.score_document(d, [first, again])
    assert sorted(s.verdict for s in o.scored) == ["duplicate", "match"]


def test_symmetric_gold_accepts_either_direction_and_both_count_once(docs):
    d = docs["ngec-0"]
    there = event(d, "talks", "CONSULT", "CHL", "PER", "planned")
    back = event(d, "talks", "CONSULT", "PER", "CHL", "planned", confidence=0.8)
    o = newseval.score_document(d, [there, back])
    assert sorted(s.verdict for s in o.scored) == ["match", "symmetric"] and o.fp == 0
    only_back = newseval.score_document(d, [back])
    assert [s.verdict for s in only_back.scored] == ["match"]


def test_optional_gold_is_neutral(docs):
    d = docs["ngec-2"]
    o = newseval.score_document(d, [event(d, "rejected", "REJECT", "MEX", "CAN")])
    assert [s.verdict for s in o.scored] == ["optional"] and o.tp == 0 and o.fp == 0
    assert o.n_gold == 1 and len(o.missed) == 1


def test_threshold_and_status_decide_what_counts(docs):
    d = docs["ngec-0"]
    low = event(d, "accused", "ACCUSE", "CHL", "PER", confidence=0.3)
    assert newseval.score_document(d, [low], threshold=0.5).scored == []
    assert newseval.score_document(d, [low], threshold=0.3).tp == 1
    for status in ("negated", "hypothetical"):
        assert newseval.score_document(d, [event(d, "accused", "ACCUSE", "CHL", "PER", status)]).scored == []


@pytest.mark.parametrize("codes, coded, ok", [
    (("IGO",), "IGOUNO", True), (("IGOUNO",), "IGOEEC", False), (("USA", "GBR"), "GBR", True),
    ((None,), None, True), (("SYR",), None, False), (("SYR", None), None, True),
])
def test_party_codes(codes, coded, ok):
    assert newseval.party_ok(codes, party(coded) if coded else None) is ok


def test_summary_curve_and_reliability(docs):
    d = docs["ngec-0"]
    coded = {"ngec-0": [event(d, "accused", "ACCUSE", "CHL", "PER", confidence=0.9),
                        event(d, "shelling", "ASSAULT", "CHL", "PER", confidence=0.4)]}
    outcomes = newseval.evaluate_docs([d], coded, threshold=0.0)
    s = newseval.summarise("x", outcomes)
    assert (s.tp, s.fp, s.n_gold, s.missed) == (1, 1, 2, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.errors == {"wrong type": 1}
    curve = dict((t, (p, r)) for t, p, r, _ in newseval.curve([d], coded))
    assert curve[0.0] == (0.5, 0.5) and curve[0.5] == (1.0, 0.5)
    bins = newseval.reliability(outcomes)
    assert [(n, right) for _, _, n, _, right in bins] == [(1, 0.0), (1, 1.0)]


def test_eval_command_on_a_gold_folder():
    run = subprocess.run([*DYADS, "eval", str(FIX / "gold"), "--corpora", str(FIX / "corpora"), "--format", "json"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    names = {s["name"]: s for s in report["sets"]}
    assert {"tune", "test"} <= set(names)
    assert names["tune"]["gold_events"] == 3 and names["tune"]["documents"] == 2
    assert names["tune"]["true_positives"] >= 1  # "Chile accused Peru of shelling ..." is coded right
    assert set(names["tune"]["errors"]) <= set(newseval.ERROR_KINDS)
    assert "tune" in report["curve"] and "tune" in report["reliability"]


def test_eval_command_shows_errors_and_fails_clearly_without_corpora(tmp_path):
    run = subprocess.run([*DYADS, "eval", str(FIX / "gold"), "--corpora", str(FIX / "corpora"), "--split", "tune",
                          "--show-errors", "--curve"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "precision / recall by threshold (tune)" in run.stdout and "reliability" in run.stdout
    missing = subprocess.run([*DYADS, "eval", str(FIX / "gold"), "--corpora", str(tmp_path)],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode != 0 and "E092" in missing.stderr


def test_eval_command_excludes_the_documents_of_a_batch_marker(tmp_path):
    marker = tmp_path / "events-v.done"
    marker.write_text("ngec-1\n", encoding="utf-8")
    assert newseval.done_ids([marker]) == {"ngec-1"}
    run = subprocess.run([*DYADS, "eval", str(FIX / "gold"), "--corpora", str(FIX / "corpora"), "--split", "tune",
                          "--exclude", str(marker), "--format", "json"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    tune = {s["name"]: s for s in json.loads(run.stdout)["sets"]}["tune"]
    assert tune["documents"] == 1
    with pytest.raises(DyadsError):
        newseval.done_ids([tmp_path / "missing.done"])


def test_error_lists_print_statuses_and_brackets_as_text():
    from io import StringIO

    from rich.console import Console

    from dyads.cli_newseval import print_errors

    docs = newseval.load_gold(FIX / "gold", corpora=FIX / "corpora", splits=("tune",))
    buffer = StringIO()
    print_errors(Console(file=buffer, width=300), newseval.evaluate_docs(docs, {}, threshold=0.0))
    text = buffer.getvalue()
    # nothing coded: every gold event is missed, each with its status in brackets (not swallowed as markup)
    assert "missed CONSULT CHL -> PER [planned]" in text and "[occurred]" in text
