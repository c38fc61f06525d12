"""Concurrent use of one database file: bounded waits and clear messages, and a server that shares the file."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time

import httpx
import pytest
from serving import DYADS, server

from dyads.errors import DyadsError
from dyads.store import Store
from dyads.store.shared import SharedReader


def run(*args, env=None, timeout=300):
    return subprocess.run([DYADS, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


@contextlib.contextmanager
def held(db):
    """Another process (standing in for an ingest) holds `db` open for writing; yields it."""
    # like an ingest, the writer waits (boundedly) while the server still holds the file from a request or its
    # start-up index build, then holds it
    script = ("import duckdb, sys, time\n"
              "deadline = time.monotonic() + 60\n"
              "while True:\n"
              "    try:\n"
              "        con = duckdb.connect(sys.argv[1]); break\n"
              "    except duckdb.IOException:\n"
              "        if time.monotonic() > deadline: raise\n"
              "        time.sleep(0.1)\n"
              "print('ready', flush=True); sys.stdin.read(); con.close()\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(db)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=120)


@pytest.fixture
def db(fixture_db, tmp_path):
    """A private copy of the fixture database, free to write."""
    path = tmp_path / "shared.duckdb"
    shutil.copy(fixture_db, path)
    return path


@pytest.mark.parametrize("command", [["events"], ["summary"], ["export", "out.csv", "--format", "csv"],
                                     ["ingest", "doc.txt"]])  # a second writer too
def test_a_command_on_a_database_being_written_waits_then_names_the_writer(db, tmp_path, command):
    (tmp_path / "doc.txt").write_text("Chile condemned Peru on Tuesday after the border incident.")
    with held(db) as writer:
        t0 = time.monotonic()
        res = run(*[str(tmp_path / c) if c in ("out.csv", "doc.txt") else c for c in command], "--db", db,
                  env={"DYADS_DB_LOCK_TIMEOUT": "1.5"})
        waited = time.monotonic() - t0
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert "E030" in res.stderr and f"PID {writer.pid}" in res.stderr and "db_lock_timeout" in res.stderr
    assert waited >= 1.5


def test_a_command_waits_for_a_short_write_to_end(db):
    with held(db) as writer:
        threading.Timer(1.0, writer.stdin.close).start()  # the writer finishes while the command waits
        res = run("events", "--db", db, "--format", "jsonl", env={"DYADS_DB_LOCK_TIMEOUT": "120"})
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.splitlines()) > 0


def test_store_open_fails_fast_with_a_zero_timeout(db):
    with held(db), pytest.raises(DyadsError) as caught:
        Store(db, read_only=True, lock_timeout=0)
    assert caught.value.code == "E030"


def test_shared_reader_holds_the_file_only_while_a_cursor_is_open(db):
    reader = SharedReader(db, lock_timeout=1)
    try:
        with reader.cursor() as con:
            before = con.execute("SELECT count(*) FROM events").fetchone()[0]
            other = subprocess.run([sys.executable, "-c", "import duckdb, sys; duckdb.connect(sys.argv[1])", str(db)],
                                   capture_output=True, text=True)
            assert "lock" in other.stderr  # another writer is locked out while a request reads ...
        before_version = reader.version
        # ... and gets in between requests (the reader lets go IDLE_SECONDS after the last one)
        other = subprocess.run([sys.executable, "-c", "import sys; from dyads.store import Store\n"
                                "with Store(sys.argv[1], lock_timeout=60) as s: s.con.execute("
                                "'DELETE FROM events WHERE event_id IN (SELECT event_id FROM events LIMIT 1)')",
                                str(db)], capture_output=True, text=True)
        assert other.returncode == 0, other.stderr
        with reader.cursor() as con:
            assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before - 1
            assert reader.version != before_version
    finally:
        reader.close()


def test_server_sees_an_ingest_made_while_it_runs(db, tmp_path):
    doc = tmp_path / "new.jsonl"
    doc.write_text(json.dumps({"id": "late-news", "text": "Ghana accused Togo of smuggling on Monday.",
                               "date": "2024-08-05"}) + "\n")
    with server(db) as url:
        before = httpx.get(f"{url}/api/events", params={"status": "any"}, timeout=30).json()["total"]
        series = httpx.get(f"{url}/api/dyads/GHA/TGO/series", params={"fill": "false"}, timeout=30).json()["series"]
        assert series == []
        res = run("ingest", doc, "--db", db)
        assert res.returncode == 0, res.stderr
        after = httpx.get(f"{url}/api/events", params={"status": "any"}, timeout=30).json()
        assert after["total"] == before + 1
        # the dyad series (first without, then with the rebuilt index) has the new event
        for _ in range(2):
            series = httpx.get(f"{url}/api/dyads/GHA/TGO/series", params={"fill": "false"}, timeout=30).json()
            assert sum(row["events"] for row in series["series"]) == 1
            time.sleep(1)


def test_server_answers_503_while_another_process_writes(db):
    with server(db) as url:
        with held(db):
            # the server detaches at most IDLE_SECONDS after its start-up probe; on this machine a request sent
            # in the same instant the writer got the file was once answered from the data as it was (open
            # question in the session-5 notes): ask after that window
            time.sleep(0.5)
            busy = httpx.get(f"{url}/api/events", timeout=30)
        assert busy.status_code == 503 and "E030" in busy.json()["detail"] and busy.headers["retry-after"], busy.text[:300]
        assert httpx.get(f"{url}/api/events", timeout=30).status_code == 200


def test_a_server_with_a_token_does_not_lock_readers_out(db):
    with server(db, token="s3cret") as url:
        res = run("events", "--db", db, "--format", "jsonl", env={"DYADS_DB_LOCK_TIMEOUT": "0"})
        assert res.returncode == 0, res.stderr
        stored = httpx.post(f"{url}/api/code", params={"store": "true"}, headers={"X-Dyads-Token": "s3cret"},
                            json={"text": "Kenya praised Uganda for the new railway.", "date": "2024-07-01"},
                            timeout=120)
        assert stored.status_code == 200 and stored.json()["stored"]["documents"] == 1
        res = run("events", "--db", db, "--format", "jsonl", "--actor", "KEN", "--recipient", "UGA",
                  env={"DYADS_DB_LOCK_TIMEOUT": "0"})
        assert res.returncode == 0 and len(res.stdout.splitlines()) >= 1, res.stderr
