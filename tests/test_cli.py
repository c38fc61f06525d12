"""The `dyads` command, run as a real process."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

DYADS = [str(Path(sys.executable).with_name("dyads"))]


def run(*args, input=None):
    return subprocess.run([*DYADS, *args], capture_output=True, text=True, input=input, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """100 JSONL documents plus a bad line, an empty text and a binary file."""
    folder = tmp_path_factory.mktemp("corpus")
    pairs = [("Chile", "Peru"), ("Kenya", "Uganda"), ("Norway", "Sweden"), ("Japan", "Vietnam")]
    lines = []
    for i in range(100):
        a, b = pairs[i % 4]
        lines.append(json.dumps({"id": f"doc-{i:03d}", "date": "2024-02-01",
                                 "text": f"{a} praised {b} on Monday. Story number {i}."}))
    lines.insert(50, "{broken json")
    lines.insert(20, json.dumps({"id": "empty", "text": ""}))
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    return folder


def test_code_jsonl_tags_every_event_with_its_document_id(corpus):
    res = run("code", "--format", "jsonl", str(corpus / "docs.jsonl"))
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert {e["doc_id"] for e in events} == {f"doc-{i:03d}" for i in range(100)}
    assert all(e["event_type"] == "SUPPORT" and e["date"] == "2024-01-29" for e in events)
    assert "E005" in res.stderr and "E001" in res.stderr


def test_code_reads_stdin(corpus):
    res = run("code", "--date", "2024-05-17", "-", input="Chile condemned Peru.")
    event = json.loads(res.stdout.splitlines()[0])
    assert (event["event_type"], event["actor"]["code"], event["recipient"]["code"]) == ("ACCUSE", "CHL", "PER")


def test_ingest_twice_then_list(corpus, tmp_path):
    db = tmp_path / "x.duckdb"
    first = run("ingest", str(corpus / "docs.jsonl"), str(corpus / "blob.txt"), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "ingested 100 documents" in first.stderr and "3 errors" in first.stderr
    second = run("ingest", str(corpus / "docs.jsonl"), "--db", str(db))
    assert "ingested 0 documents (100 already stored)" in second.stderr
    listed = run("events", "--db", str(db), "--actor", "KEN", "--format", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    # 25 documents report the same Kenya -> Uganda praise on the same day: one deduplicated event
    assert [(r["recipient"]["code"], r["num_mentions"], r["num_articles"]) for r in rows] == [("UGA", 25, 25)]
    csv_out = run("events", "--db", str(db), "--type", "support", "--format", "csv", "--limit", "3")
    assert len(csv_out.stdout.strip().splitlines()) == 4


@pytest.mark.parametrize("args, needle", [
    (["code", "--date", "17/05/2024", "-"], "E008"),
    (["events", "--db", "/nonexistent/x.duckdb"], "database not found"),
    (["code", "--lexicon", "/nonexistent.csv", "-"], "lexicon file not found"),
    (["code", "--model", "no_such_pipeline", "-"], "E011"),
])
def test_unusable_arguments_exit_nonzero_with_one_clear_line(args, needle):
    res = run(*args, input="Chile met Peru.")
    assert res.returncode != 0
    assert needle in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_nothing_readable_exits_nonzero_and_each_message_names_its_code_once(tmp_path, command):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "d", "text": "Chile met Peru.", "date": "yesterday"}) + "\n")
    extra = ["--db", str(tmp_path / "x.duckdb")] if command == "ingest" else []
    res = run(command, str(tmp_path / "nonexistent.txt"), str(bad), *extra)
    assert res.returncode != 0
    assert "E006" in res.stderr and "E023" in res.stderr and "E008: invalid date" in res.stderr
    for line in res.stderr.splitlines():  # "E008 E008: invalid date" repeated its code
        codes = re.findall(r"E0\d\d", line)
        assert len(codes) == len(set(codes)), line


def test_a_database_that_is_not_duckdb_is_one_clear_line(tmp_path):
    db = tmp_path / "not.duckdb"
    db.write_text("this is a text file, not a database\n" * 100)
    doc = tmp_path / "a.txt"
    doc.write_text("Chile met Peru.")
    res = run("ingest", str(doc), "--db", str(db))
    assert res.returncode != 0 and "E025" in res.stderr and "Traceback" not in res.stderr
