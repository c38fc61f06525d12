"""The Dask engine on a real LocalCluster (2 worker processes, 1 thread each) against the single-machine path."""
from __future__ import annotations

import datetime as dt
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import synthetic
from dyads import cluster, dedup, ingest, read
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


def _saturation(dask_scheduler) -> float:
    return dask_scheduler.WORKER_SATURATION


def test_local_workers_get_one_task_at_a_time(client):
    assert client.run_on_scheduler(_saturation) == 1.0


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


def test_a_later_ingest_into_the_same_store_merges_into_its_events(tmp_path, client, cluster_settings, options,
                                                                    reference):
    out = tmp_path / "store"
    first = cluster.run(corpus()[:1], out=out, client=client, settings=cluster_settings, options=options)
    later = cluster.run(corpus(), out=out, client=client, settings=cluster_settings, options=options)
    assert later.skipped == first.partitions and later.coded == later.partitions - first.partitions
    # the windows the new documents do not touch keep their events; the store equals one single-machine run
    assert later.deduplicated and 0 < later.reused < later.windows
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


# --- deduplication in date windows (hand-made mentions over many dates, no model) --------------------
def write_parquet_run(out: Path, results: list, *, run: str, part_size: int) -> None:
    """Store coded results as partitions of one run, as `code_partition` and the driver do."""
    chunks = [results[i:i + part_size] for i in range(0, len(results), part_size)]
    pids = [f"{run}-{i:03d}" for i in range(len(chunks))]
    parquet.record_run_plan(out, run, pids)
    for pid, chunk in zip(pids, chunks):
        parquet.record_partition(out, parquet.write_partition(out, pid, chunk, run_id=run))


def write_duckdb_run(db: Path, results: list, *, run: str, settings) -> None:
    """Store the same results in a DuckDB file batch by batch, as `ingest.run` does."""
    options = dedup.DedupOptions(window_days=settings.dedup_window_days, max_km=settings.dedup_max_km,
                                 syndication_threshold=settings.syndication_threshold)
    with Store(db, dedup_options=options) as store:
        for i in range(0, len(results), settings.batch_size):
            store.write_results(results[i:i + settings.batch_size], run_id=run)


@pytest.fixture(scope="module")
def window_settings():
    return load_settings(batch_size=4, cluster_dedup_tasks=4, cluster_dedup_task_mentions=60)


def test_deduplication_in_date_windows_equals_the_single_machine_store(tmp_path, client, window_settings):
    docs = synthetic.results(160, seed=7)
    out, db = tmp_path / "store", tmp_path / "single.duckdb"
    write_parquet_run(out, docs, run="r1", part_size=9)
    final = cluster.deduplicate(out, client=client, settings=window_settings)
    write_duckdb_run(db, docs, run="r1", settings=window_settings)
    assert_same_store(out, db)
    # the mentions fell into many independent windows, packed into several tasks
    assert final.windows > 5 * len(synthetic.KEYS) and len(list((out / "events").glob("*.parquet"))) >= 4
    # a window boundary cannot fall inside a run of days: an event merges mentions of Jan 31 and Feb 1
    across = rows(out, """SELECT l.event_id FROM event_mentions l JOIN mentions m ON m.event_id = l.mention_id
        GROUP BY l.event_id HAVING bool_or(m.date = DATE '2024-01-31') AND bool_or(m.date = DATE '2024-02-01')""")
    assert across


def test_a_deduplication_task_streams_its_mentions_in_chunks_with_the_same_events(tmp_path, monkeypatch,
                                                                                 window_settings):
    monkeypatch.setattr(parquet, "SIGHTING_CHUNK", 7)
    docs = synthetic.results(60, seed=5)
    out, db = tmp_path / "store", tmp_path / "single.duckdb"
    write_parquet_run(out, docs, run="r1", part_size=9)
    options = dedup.DedupOptions(window_days=window_settings.dedup_window_days)
    final = parquet.finalize(out, options=options, batch_size=window_settings.batch_size, tasks=1)
    write_duckdb_run(db, docs, run="r1", settings=window_settings)
    assert final.mentions > 7 * 3 and len(list((out / "events").glob("*.parquet"))) == 1
    assert_same_store(out, db)


def test_a_later_ingest_keeps_unchanged_date_windows_and_equals_the_single_machine_store(tmp_path, client,
                                                                                         window_settings):
    first = synthetic.results(120, seed=11)
    later = synthetic.results(12, seed=12, prefix="e", keys=synthetic.KEYS[1:2], days=tuple(synthetic.LONE_DAYS[2:4]))
    out, db = tmp_path / "store", tmp_path / "single.duckdb"
    write_parquet_run(out, first, run="r1", part_size=10)
    before = cluster.deduplicate(out, client=client, settings=window_settings)
    events_before = {p.name: p.stat().st_ino for p in (out / "events").glob("*.parquet")}
    write_parquet_run(out, later, run="r2", part_size=10)
    after = cluster.deduplicate(out, client=client, settings=window_settings)
    for run, docs in (("r1", first), ("r2", later)):
        write_duckdb_run(db, docs, run=run, settings=window_settings)
    assert_same_store(out, db)
    # only the windows the later documents touch were deduplicated again
    assert 0 < after.windows - after.reused < before.windows // 4
    events_after = {p.name: p.stat().st_ino for p in (out / "events").glob("*.parquet")}
    assert any(events_after.get(name) == ino for name, ino in events_before.items())
    assert any("kept" in name for name in events_after)


# --- WARC archives split at record offsets --------------------------------------------------------------
PAGES = [
    ("Border talks", "Ghana's foreign minister met Togo's foreign minister in Accra on Tuesday to discuss the "
     "closed border crossing. The two ministers agreed to reopen the crossing for traders next week."),
    ("Harbour strike", "Dock workers in Lome went on strike on Monday over unpaid wages. The port authority "
     "said talks with the union would resume after the weekend."),
    ("Grain convoy", "Poland sent a convoy of grain trucks to Ukraine on Wednesday. Ukraine thanked Poland "
     "for the aid and said the grain would reach the eastern regions within days."),
    ("Trade dispute", "Brazil accused Argentina of breaking the tariff agreement on steel. Argentina rejected "
     "the accusation and called for new negotiations in Montevideo."),
    ("Flood relief", "Germany offered emergency aid to Poland after floods along the Oder river. The Polish "
     "government accepted the offer on Friday and thanked Berlin."),
    ("Court ruling", "A court in Nairobi ordered the release of three journalists on Thursday. Kenya's "
     "interior ministry said it would appeal the ruling."),
]


def write_warc(path: Path, *, compressed: bool) -> Path:
    """A WARC of our own pages: a warcinfo record, request/response pairs, and responses that are not HTML."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compressed)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dyads tests"}))
        for n, (title, body) in enumerate(PAGES):
            url = f"https://news{n % 3}.example/{n}"
            html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                    + "".join(f"<p>{sentence}.</p>" for sentence in body.split(". ")) + "</article></body></html>")
            headers = {"WARC-Date": f"2025-03-{n + 3:02d}T09:00:00Z"}
            writer.write_record(writer.create_warc_record(url, "request", warc_headers_dict=dict(headers)))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=http, warc_headers_dict=dict(headers)))
            if n % 2:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"{url}.png", "response",
                                                              payload=io.BytesIO(b"\x89PNG not a page"),
                                                              http_headers=image))
    return path


@pytest.fixture(scope="module")
def warcs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("warc")
    return {compressed: write_warc(folder / ("crawl.warc.gz" if compressed else "crawl.warc"), compressed=compressed)
            for compressed in (False, True)}


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("partition_docs", [1, 2, 4, 100])
def test_warc_partitions_read_exactly_what_the_single_machine_reader_reads(warcs, compressed, partition_docs,
                                                                           options):
    path = str(warcs[compressed])
    parts = cluster.plan([path], options=options, partition_docs=partition_docs)
    split = [item for part in parts for item in cluster.read_partition(part, options=options)]
    whole = list(read.read_paths([path], options=options))
    assert split == whole and len(whole) == len(PAGES)
    assert len(parts) == -(-len(PAGES) // partition_docs)
    if partition_docs < len(PAGES):
        assert all(s.byte_start is not None for p in parts for s in p.slices)


def test_a_warc_coded_in_small_partitions_equals_one_partition(tmp_path, warcs, client, cluster_settings, options):
    stores = {}
    for partition_docs in (2, 100):
        out = tmp_path / f"store-{partition_docs}"
        stats = cluster.run([str(warcs[True])], out=out, client=client, options=options,
                            settings=cluster_settings.with_(cluster_partition_docs=partition_docs))
        stores[partition_docs] = (out, stats)
    assert stores[2][1].partitions == 3 and stores[100][1].partitions == 1
    assert_same_store(stores[2][0], stores[100][0])
    assert rows(stores[2][0], "SELECT count(*) FROM documents") == [(len(PAGES),)]
    assert rows(stores[2][0], "SELECT count(*) FROM events")[0][0] > 0
