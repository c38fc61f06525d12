"""The Dask engine on a real LocalCluster (2 worker processes, 1 thread each) against the single-machine path."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from dyads import cluster, ingest, read
from dyads.errors import DyadsError
from dyads.settings import load_settings
from dyads.store import Store
from dyads.store import parquet

FIXTURES = Path(__file__).parent / "fixtures" / "cluster"
DYADS = str(Path(sys.executable).with_name("dyads"))
# Comparable rows of every table (columns that name a run or a time left out).
QUERIES = {
    "documents": "SELECT * EXCLUDE (run_id, ingested_at) FROM documents ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY event_id",
    "events": "SELECT * EXCLUDE (seq) FROM events ORDER BY event_id",
    "event_mentions": "SELECT * FROM event_mentions ORDER BY mention_id",
    "errors": "SELECT origin, code, doc_id, message FROM errors ORDER BY origin, code",
}


def corpus() -> list[str]:
    """Our fixtures in every shape: JSONL (split into byte ranges), CSV (record ranges), a folder, a missing file."""
    return [str(FIXTURES / "wire.jsonl"), str(FIXTURES / "briefs.csv"), str(FIXTURES / "desk"),
            str(FIXTURES / "missing.txt")]


@pytest.fixture(scope="module")
def cluster_settings():
    return load_settings(cluster_partition_docs=3, batch_size=4)


@pytest.fixture(scope="module")
def options(cluster_settings):
    return read.ReadOptions(default_date=dt.date(2025, 2, 10), max_bytes=cluster_settings.max_doc_bytes,
                            languages=cluster_settings.languages)


@pytest.fixture(scope="module")
def reference(tmp_path_factory, cluster_settings, options):
    """The single-machine store of the same corpus."""
    db = tmp_path_factory.mktemp("single") / "ref.duckdb"
    ingest.run(corpus(), db=db, settings=cluster_settings, options=options)
    return db


@pytest.fixture(scope="module")
def client(cluster_settings):
    with cluster.connect(settings=cluster_settings, local_workers=2) as c:
        yield c


def _worker_trim_threshold() -> str | None:
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


def test_local_workers_have_one_thread_and_the_default_allocator(client):
    workers = client.scheduler_info()["workers"].values()
    assert [w["nthreads"] for w in workers] == [1, 1]
    # Dask's default trim threshold made parsing slower (docs/cluster.md); our LocalCluster unsets it
    assert set(client.run(_worker_trim_threshold).values()) == {None}


@pytest.fixture(scope="module")
def cluster_store(tmp_path_factory, client, cluster_settings, options):
    out = tmp_path_factory.mktemp("cluster") / "store"
    stats = cluster.run(corpus(), out=out, client=client, settings=cluster_settings, options=options)
    return out, stats


def rows(db: Path, sql: str) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.con.execute(sql).fetchall()


def assert_same_store(a: Path, b: Path) -> None:
    for table, sql in QUERIES.items():
        assert rows(a, sql) == rows(b, sql), table


def partition_files(out: Path) -> dict[str, tuple[int, int]]:
    """(inode, mtime) of every coded partition file, by path."""
    return {str(p.relative_to(out)): (p.stat().st_ino, p.stat().st_mtime_ns)
            for sub in ("documents", "mentions", "errors") for p in (out / sub).rglob("*.parquet")}


@pytest.mark.parametrize("table", sorted(QUERIES))
def test_cluster_store_equals_the_single_machine_store(cluster_store, reference, table):
    out, _ = cluster_store
    assert rows(out, QUERIES[table]) == rows(reference, QUERIES[table])
    assert rows(out, QUERIES[table])


def test_the_fixture_corpus_exercises_duplicates_renamed_ids_and_syndication(cluster_store):
    out, stats = cluster_store
    assert stats.partitions >= 6 and stats.coded == stats.partitions
    with Store(out, read_only=True) as store:
        ids = dict(store.con.execute("SELECT id, article_id FROM documents").fetchall())
        coded = store.con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stats.documents > coded  # content-hash duplicates were coded by workers, then dropped
    assert any("#" in i for i in ids) and ids["w-13"] == "w-07"
    assert (out / "mentions").is_dir() and any(p.name.startswith("date=2025-") for p in (out / "mentions").iterdir())


def test_store_queries_work_on_the_parquet_store(cluster_store, reference):
    out, _ = cluster_store
    with Store(out, read_only=True) as a, Store(reference, read_only=True) as b:
        assert a.query_events(actor="GHA") == b.query_events(actor="GHA")
        first = a.query_events(limit=1)[0]["event_id"]
        assert a.mentions_of(first) == b.mentions_of(first)
        assert a.counts()["events"] == b.counts()["events"]


def test_rerun_writes_nothing_new(cluster_store, client, cluster_settings, options):
    out, _ = cluster_store
    before = partition_files(out)
    final = (out / parquet.MANIFEST / "final.json").read_text()
    stats = cluster.run(corpus(), out=out, client=client, settings=cluster_settings, options=options)
    assert (stats.coded, stats.skipped, stats.deduplicated) == (0, stats.partitions, False)
    assert partition_files(out) == before
    assert (out / parquet.MANIFEST / "final.json").read_text() == final
    assert rows(out, "SELECT n_documents, n_new_events FROM runs ORDER BY started")[-1] == (0, 0)


def test_a_worker_killed_mid_run_still_gives_identical_output(tmp_path, client, cluster_settings, options, reference):
    out = tmp_path / "store"
    killed = []

    def kill_a_busy_worker(stats):
        if killed:
            return
        pids = client.run(os.getpid)
        busy = [addr for addr, keys in client.processing().items() if keys]
        assert busy, "no worker had a task to lose"
        os.kill(pids[busy[0]], signal.SIGKILL)
        killed.append(busy[0])

    stats = cluster.run(corpus(), out=out, client=client, settings=cluster_settings, options=options,
                        progress=kill_a_busy_worker)
    assert killed and stats.coded == stats.partitions
    client.wait_for_workers(2, timeout=60)
    assert_same_store(out, reference)


class Interrupted(Exception):
    pass


def test_an_interrupted_run_resumes_without_rewriting_finished_partitions(tmp_path, client, cluster_settings,
                                                                          options, reference):
    out = tmp_path / "store"

    def stop_after_two(stats):
        if stats.coded == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        cluster.run(corpus(), out=out, client=client, settings=cluster_settings, options=options,
                    progress=stop_after_two)
    done = parquet.finished(out)
    assert len(done) == 2 and not (out / "events").exists()
    finished_files = {rel: stat for rel, stat in partition_files(out).items()
                      if any(rel in entry["files"] for entry in done.values())}
    assert finished_files
    stats = cluster.run(corpus(), out=out, client=client, settings=cluster_settings, options=options)
    assert stats.skipped == 2 and stats.coded == stats.partitions - 2
    after = partition_files(out)
    assert {rel: after[rel] for rel in finished_files} == finished_files
    assert_same_store(out, reference)


@pytest.mark.parametrize("partition_docs", [1, 2, 5, 200])
def test_partitions_read_exactly_what_the_single_machine_reader_reads(partition_docs, options):
    parts = cluster.plan(corpus(), options=options, partition_docs=partition_docs)
    split = [item for part in parts for item in cluster.read_partition(part, options=options)]
    assert split == list(read.read_paths(corpus(), options=options))
    assert len({p.pid for p in parts}) == len(parts)
    if partition_docs == 1:
        assert any(s.byte_start for p in parts for s in p.slices)
        assert any(s.first for p in parts for s in p.slices)


def test_stdin_is_refused_by_the_dask_engine(options):
    with pytest.raises(DyadsError, match="E080"):
        cluster.plan(["-"], options=options, partition_docs=10)


def test_a_parquet_store_opens_read_only_and_only_when_it_is_one(cluster_store, tmp_path):
    out, _ = cluster_store
    with pytest.raises(DyadsError, match="E081"):
        Store(out)
    with pytest.raises(DyadsError, match="E082"):
        Store(tmp_path, read_only=True)


def test_cli_ingest_on_a_dask_scheduler_then_events_and_the_api_read_the_parquet_store(tmp_path, client):
    from serving import server

    out = tmp_path / "store"
    args = [DYADS, "ingest", str(FIXTURES / "wire.jsonl"), "--engine", "dask", "--scheduler",
            client.scheduler.address, "--out", str(out), "--partition-docs", "5"]
    res = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "partitions" in res.stderr and "events" in res.stderr
    listed = subprocess.run([DYADS, "events", "--db", str(out), "--format", "jsonl"], capture_output=True, text=True,
                            timeout=120)
    assert listed.returncode == 0, listed.stderr
    n_events = len(listed.stdout.splitlines())
    assert n_events > 5
    with server(out) as base:
        page = httpx.get(f"{base}/api/events", params={"limit": 500, "status": "any"}, timeout=30).json()
        assert page["total"] == n_events
        event = page["events"][0]
        detail = httpx.get(f"{base}/api/events/{event['event_id']}", timeout=30).json()
        assert detail["mentions"] and detail["documents"]
        doc = httpx.get(f"{base}/api/documents/{event['doc_id']}", timeout=30).json()
        assert doc["document"]["text"] and doc["events"]
        assert httpx.get(f"{base}/api/facets", timeout=30).status_code == 200
        series = httpx.get(f"{base}/api/dyads/GHA/TGO/series", params={"status": "any"}, timeout=30).json()
        assert sum(p["events"] for p in series["series"]) >= 1
        assert "<html" in httpx.get(f"{base}/", timeout=30).text.lower()


def test_export_reads_the_parquet_store_like_the_duckdb_store(cluster_store, reference, tmp_path):
    out, _ = cluster_store
    written = []
    for db in (reference, out):
        target = tmp_path / f"{db.name}.jsonl"
        res = subprocess.run([DYADS, "export", str(target), "--db", str(db), "--format", "polecat"],
                             capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        written.append(sorted(target.read_text().splitlines()))
    assert written[0] == written[1] and written[0]


def test_cli_refuses_dask_options_without_the_dask_engine(tmp_path):
    res = subprocess.run([DYADS, "ingest", str(FIXTURES / "wire.jsonl"), "--engine", "local", "--out",
                          str(tmp_path / "x")], capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "--engine dask" in res.stderr
