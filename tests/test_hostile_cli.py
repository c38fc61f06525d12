"""Issue 15, item 1 end to end: poison documents and deeply nested JSON through `dyads code` and `dyads ingest`
as real processes. Each is one error row with a code, the good documents around it are coded, the command
exits 0, and a restart of the ingest finishes too (before, every restart died at the same document)."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

DYADS = str(Path(sys.executable).with_name("dyads"))
TESTS = Path(__file__).resolve().parent
GOOD = ["Chile condemned Peru on Tuesday after the border incident, officials said.",
        "Argentina praised Uruguay on Wednesday for its help with the river cleanup."]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([DYADS, *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def nested(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD[0])
    (folder / "n.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")  # the reproduction
    (folder / "n.json").write_text("{\"a\": " * 50_000 + "1" + "}" * 50_000)
    (folder / "z.txt").write_text(GOOD[1])
    return folder


def test_code_on_deeply_nested_json_reports_it_and_codes_the_rest(nested):
    res = run("code", str(nested), "--date", "2024-05-17")
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    assert res.stderr.count("E005") == 2 and "nested too deeply" in res.stderr
    assert {json.loads(line)["doc_id"] for line in res.stdout.splitlines()} == {"a", "z"}


def test_ingest_on_deeply_nested_json_creates_the_database_with_one_error_row_each(nested, tmp_path):
    db = tmp_path / "n.duckdb"
    res = run("ingest", str(nested), "--db", str(db), "--date", "2024-05-17")
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    assert sorted(rows(db, "SELECT id FROM documents")) == [("a",), ("z",)]
    assert sorted((Path(o).name, c) for o, c in rows(db, "SELECT origin, code FROM errors")) == [
        ("n.json", "E005"), ("n.jsonl:1", "E005")]


def test_a_document_that_breaks_the_parser_neither_stops_the_ingest_nor_its_restart(tmp_path):
    from poison_model import POISON_MARK

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD[0])
    (folder / "m.txt").write_text(f"{GOOD[0]} {POISON_MARK}")
    (folder / "z.txt").write_text(GOOD[1])
    db = tmp_path / "p.duckdb"
    env = {"DYADS_SPACY_MODEL": "poison_model", "PYTHONPATH": os.pathsep.join(
        [str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])])}
    for attempt in range(2):
        res = run("ingest", str(folder), "--db", str(db), "--date", "2024-05-17", env=env)
        assert res.returncode == 0 and "Traceback" not in res.stderr, (attempt, res.stderr)
        assert sorted(rows(db, "SELECT id FROM documents")) == [("a",), ("z",)]
        errors = rows(db, "SELECT origin, doc_id, code, message FROM errors")
        assert [(Path(o).name, d, c) for o, d, c, _ in errors] == [("m.txt", "m", "E009")]
        assert "RecursionError" in errors[0][3] and "[content" not in errors[0][3]
        assert rows(db, "SELECT content_hash FROM errors")[0][0] == hashlib.sha256((folder / "m.txt").read_bytes()).hexdigest()
        if attempt:  # the restart skips the document whose coding failed instead of failing on it again
            assert "not retried" in res.stderr, res.stderr
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id = 'a'")[0][0] > 0
