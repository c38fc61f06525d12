"""`dyads ingest` as a real process: resumable after SIGKILL, the same with worker processes, errors recorded."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

DYADS = str(Path(sys.executable).with_name("dyads"))
PAIRS = [("Chile", "Peru", "praised"), ("Kenya", "Uganda", "condemned"), ("Norway", "Sweden", "met"),
         ("Japan", "Vietnam", "criticized"), ("Ghana", "Togo", "thanked")]
OUTLETS = ["North Wire", "South Daily", "East Post"]
TEMPLATES = ["{a} {verb} {b} on Tuesday, officials in both capitals said.",
             "On Tuesday {a} {verb} {b} in a strongly worded statement.",
             "{a} {verb} {b} on Tuesday as tensions rose along the shared border."]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """60 documents in three files; every story is told by three outlets; plus rejected input."""
    root = tmp_path_factory.mktemp("corpus")
    lines = []
    for i in range(60):
        a, b, verb = PAIRS[i % 5]
        day = 1 + 7 * (i // 15)  # a week apart: "Tuesday" is a different day in each block
        outlet = OUTLETS[i % 3]
        text = TEMPLATES[i % 3].format(a=a, verb=verb, b=b) + f" Report {i}."
        lines.append(json.dumps({"id": f"n{i:02d}", "text": text, "date": f"2024-03-{day:02d}", "source": outlet}))
    lines.insert(7, "{not json")
    (root / "a.jsonl").write_text("\n".join(lines[:30]) + "\n")
    with gzip.open(root / "b.jsonl.gz", "wt") as handle:
        handle.write("\n".join(lines[30:]) + "\n")
    (root / "empty.txt").write_text("  \n")
    (root / "image.png").write_bytes(b"\x89PNG\r\n")
    (root / "fr.txt").write_text("Le président a rencontré hier le premier ministre à Paris pour discuter du budget.")
    return root


def ingest(corpus: Path, db: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    res = subprocess.run([DYADS, "ingest", str(corpus), "--db", str(db), *extra], capture_output=True, text=True,
                         timeout=600, env={**os.environ, "DYADS_BATCH_SIZE": "4", **(env or {})})
    assert res.returncode == 0, res.stderr
    return res


def dump(db: Path) -> dict[str, list]:
    """Everything a run decides, without run ids and timestamps."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute("SELECT id, content_hash, source, date, language, tone, article_id, minhash "
                                     "FROM documents ORDER BY id").fetchall(),
            "mentions": con.execute("SELECT * FROM mentions ORDER BY event_id").fetchall(),
            "events": con.execute("SELECT * FROM events ORDER BY event_id").fetchall(),
            "links": con.execute("SELECT * FROM event_mentions ORDER BY mention_id").fetchall(),
            "errors": con.execute("SELECT origin, code FROM errors ORDER BY origin").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    return db, ingest(corpus, db)


def test_clean_run_stores_documents_events_and_every_rejected_input(clean):
    db, res = clean
    state = dump(db)
    assert len(state["documents"]) == 60
    # each story (pair, day) is told by three outlets: one event with three sources
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT num_mentions, num_sources, num_articles FROM events").fetchall()
    con.close()
    assert sorted(set(rows)) == [(3, 3, 3)] and len(rows) == 20
    codes = dict((Path(o.split(":")[0]).name, c) for o, c in state["errors"])
    assert codes == {"a.jsonl": "E005", "empty.txt": "E001", "image.png": "E007", "fr.txt": "E010"}
    assert [o for o, c in state["errors"] if c == "E005"][0].endswith("a.jsonl:8")
    assert "ingested 60 documents (0 already stored)" in res.stderr
    assert "4 errors (E001: 1, E005: 1, E007: 1, E010: 1)" in res.stderr


def test_second_run_adds_nothing(clean, corpus):
    db, _ = clean
    before = dump(db)
    res = ingest(corpus, db)
    assert "ingested 0 documents (60 already stored)" in res.stderr and "0 new events" in res.stderr
    assert dump(db) == before


def test_run_killed_with_sigkill_and_restarted_ends_like_a_clean_run(clean, corpus, tmp_path):
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([DYADS, "-v", "ingest", str(corpus), "--db", str(db)], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, env={**os.environ, "DYADS_BATCH_SIZE": "4"})
    commits = 0
    for line in proc.stderr:
        commits += "committed batch" in line
        if commits == 4:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    partial = dump(db)
    assert 0 < len(partial["documents"]) < 60
    res = ingest(corpus, db)
    assert f"({len(partial['documents'])} already stored)" in res.stderr
    assert dump(db) == dump(clean[0])


def test_two_workers_replaced_every_three_batches_give_the_same_database_as_one(clean, corpus, tmp_path):
    db = tmp_path / "w2.duckdb"
    ingest(corpus, db, "--workers", "2", env={"DYADS_WORKER_MAX_BATCHES": "3"})  # 16 batches of 4
    assert dump(db) == dump(clean[0])
    con = duckdb.connect(str(db), read_only=True)
    settings = json.loads(con.execute("SELECT settings FROM runs").fetchone()[0])
    con.close()
    assert settings["settings"]["workers"] == 2
    assert settings["settings"]["worker_max_batches"] == 3


def test_dedup_command_rebuilds_events_with_a_wider_window(clean, tmp_path):
    db = tmp_path / "copy.duckdb"
    db.write_bytes(clean[0].read_bytes())
    res = subprocess.run([DYADS, "dedup", "--db", str(db), "--window-days", "30"], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    # the four weekly blocks of each story now fall into one window: one event per pair
    assert "60 mentions -> 5 events" in res.stderr


def test_workers_die_with_a_driver_killed_by_sigkill(corpus, tmp_path):
    import psutil

    proc = subprocess.Popen([DYADS, "-v", "ingest", str(corpus), "--db", str(tmp_path / "orphans.duckdb"),
                             "--workers", "2"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, "DYADS_BATCH_SIZE": "2"})
    driver = psutil.Process(proc.pid)
    for line in proc.stderr:
        if "committed batch" in line:  # the workers are up and coding
            break
    children = driver.children(recursive=True)  # two workers and multiprocessing's resource tracker
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert len(children) >= 3
    _, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, [p.cmdline() for p in alive]
