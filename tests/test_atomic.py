"""Atomic output files: a failed or killed export leaves the old file or a complete new one, never a part."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from bulkdb import build
from serving import DYADS

from dyads.atomic import PREFIX, atomic_path, stale_temps, temp_name
from dyads.export import export
from dyads.store import Store

N_EVENTS = 30_000


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "events.csv"
    target.write_text("old,complete\n")
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_text("new,part")
        raise RuntimeError("writer died")
    assert target.read_text() == "old,complete\n"
    assert list(tmp_path.iterdir()) == [target]


def test_temporary_keeps_the_extension_and_the_new_file_the_usual_permissions(tmp_path):
    target = tmp_path / "graph.json"
    with atomic_path(target) as temp:
        assert temp.parent == tmp_path and temp.name.endswith("-graph.json") and temp.name.startswith(PREFIX)
        temp.write_text("{}")
    assert target.read_text() == "{}" and list(tmp_path.iterdir()) == [target]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_temporary_of_a_killed_writer_is_removed_by_the_next_write(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = temp_name(tmp_path / "out.tsv", pid=int(gone.stdout), tag="0000")
    mine = temp_name(tmp_path / "out.tsv", pid=os.getpid(), tag="1111")  # a live writer's file stays
    dead.write_text("partial")
    mine.write_text("in progress")
    assert stale_temps(tmp_path / "out.tsv") == [dead]
    with atomic_path(tmp_path / "out.tsv") as temp:
        temp.write_text("done\n")
    assert not dead.exists() and mine.exists() and (tmp_path / "out.tsv").read_text() == "done\n"


def _complete(path: Path, file_format: str, n: int) -> bool:
    """Whether `path` holds all `n` events in `file_format`."""
    if file_format == "parquet":
        return duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0] == n
    if file_format == "csv":
        return duckdb.connect().execute(f"SELECT count(*) FROM read_csv('{path}', header=true)").fetchone()[0] == n
    lines = path.read_text(encoding="utf-8").splitlines()
    if file_format == "jsonl":
        return len(lines) == n and all(json.loads(line)["event_id"] for line in lines)
    if file_format == "polecat":
        return len(lines) == n and all(json.loads(line)["Event ID"] for line in lines)
    return len(lines) == n and all(len(line.split("\t")) == 61 for line in lines)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:  # renamed or removed meanwhile
        return 0


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("atomic") / "big.duckdb", N_EVENTS)


# Python writers (GDELT, POLECAT) and DuckDB's COPY (CSV, JSON lines, Parquet)
@pytest.mark.parametrize("file_format", ["gdelt", "polecat", "csv", "jsonl", "parquet"])
def test_export_killed_while_writing_leaves_the_old_file(big_db, tmp_path, file_format):
    target = tmp_path / f"events.{file_format}"
    target.write_bytes(b"previous export\n")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    proc = subprocess.Popen([DYADS, "export", str(target), "--db", str(big_db), "--format", file_format],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill as soon as anything new has been written: the target changed or any other file has bytes (ours, or
    # one a library writes on its own, like DuckDB's tmp_<name>: it must not outlive the kill either).
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        changed = hashlib.sha256(target.read_bytes()).hexdigest() != before if target.exists() else True
        if changed or any(_size(p) for p in tmp_path.iterdir() if p != target):
            break
        time.sleep(0.002)
    killed = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert killed, "the export ended before it could be killed"
    assert target.read_bytes() == b"previous export\n" or _complete(target, file_format, N_EVENTS)
    # the next export replaces the file with a complete one and removes the killed run's temporary
    with Store(big_db, read_only=True) as store:
        assert export(store, target, file_format=file_format) == N_EVENTS
    assert _complete(target, file_format, N_EVENTS) and list(tmp_path.iterdir()) == [target]
