"""The Parquet store that `dyads ingest --engine dask` writes, and the DuckDB views that read it.

Layout of a store directory DIR (every file is written under a temporary name and renamed):

    _manifest/runs/<n>.json              one per run: the partitions it planned, in input order
    _manifest/parts/<pid>.json           one per coded partition: its files and counts (written last)
    _manifest/final.json                 the files of the latest deduplication and what it covered
    documents/part-<pid>.parquet         coded documents of one partition
    mentions/date=YYYY-MM-DD/part-<pid>.parquet   their mentions, one file per event date
    errors/part-<pid>.parquet            rejected inputs
    doc_index/, events/, event_mentions/ written by deduplication (`finalize`)
    runs/run-<id>.parquet                one row per run

Partition files carry the columns of the DuckDB tables (`dyads.store.schema`) plus a few starting
with `_` (partition id, position, mention order, dedup key). Opening DIR gives views named like the
DuckDB tables with the same columns, so every query, analysis and the API work on either.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dyads import dedup
from dyads.errors import DyadsError
from dyads.read import content_hash
from dyads.records import Result
from dyads.store.schema import CLUSTER_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, RUN_COLUMNS

log = logging.getLogger(__name__)

MANIFEST = "_manifest"
ERROR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("run_id", "VARCHAR"), ("origin", "VARCHAR"), ("doc_id", "VARCHAR"), ("code", "VARCHAR"),
    ("message", "VARCHAR"), ("created", "TIMESTAMP"))
POSITION = (("_pid", "VARCHAR"), ("_pos", "INTEGER"))
RAW_DOCUMENTS = DOCUMENT_COLUMNS + POSITION + (("_buckets", "UBIGINT[]"),)
RAW_MENTIONS = EVENT_COLUMNS + POSITION + (("_ord", "INTEGER"), ("_key", "VARCHAR"))
RAW_ERRORS = ERROR_COLUMNS + POSITION
INDEX_COLUMNS: tuple[tuple[str, str], ...] = POSITION + (
    ("id", "VARCHAR"), ("article_id", "VARCHAR"), ("ordinal", "BIGINT"), ("outlet", "VARCHAR"), ("date", "DATE"))
LINK_COLUMNS: tuple[tuple[str, str], ...] = (("mention_id", "VARCHAR"), ("event_id", "VARCHAR"))
# the date window (a hash of its mentions) that an event or link came from, so unchanged windows can be kept
WINDOW = (("_group", "VARCHAR"),)
# seq of a deduplicated event: the global position of its first mention (document ordinal, mention order)
SEQ_STRIDE = 100_000
SIGHTING_CHUNK = 5000
CONSTRAINT = re.compile(r"\s+(PRIMARY KEY|UNIQUE|NOT NULL|DEFAULT)\b.*$")


def _plain(kind: str) -> str:
    """A column type without its table constraints."""
    return CONSTRAINT.sub("", kind)


def _ddl(name: str, columns: Sequence[tuple[str, str]]) -> str:
    return f"CREATE TABLE {name} ({', '.join(f'{_q(n)} {_plain(t)}' for n, t in columns)})"


def _q(name: str) -> str:
    return f'"{name}"'


def _sql_path(path: Path | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _scan(files: Iterable[Path | str]) -> str:
    """A DuckDB Parquet scan of these files; folder names like date=... are not read as columns."""
    return f"read_parquet([{', '.join(_sql_path(f) for f in files)}], hive_partitioning = false)"


def _atomic_copy(con: duckdb.DuckDBPyConnection, query: str, path: Path) -> None:
    """COPY a query's rows to a Parquet file under a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    con.execute(f"COPY ({query}) TO {_sql_path(tmp)} (FORMAT parquet)")
    os.replace(tmp, path)


def write_rows(path: Path, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]]) -> None:
    """Write rows (in `columns` order) to one Parquet file with exactly the DuckDB column types."""
    con = duckdb.connect()
    try:
        _load(con, "t", columns, rows)
        _atomic_copy(con, "SELECT * FROM t", path)
    finally:
        con.close()


def _load(con: duckdb.DuckDBPyConnection, name: str, columns: Sequence[tuple[str, str]],
          rows: Sequence[Sequence[Any]]) -> None:
    """Create table `name` with the columns' DuckDB types and insert the rows (through one Arrow table)."""
    con.execute(_ddl(name, columns))
    if rows:
        names = [n for n, _ in columns]
        arrow = pa.table({n: [row[i] for row in rows] for i, n in enumerate(names)})
        con.register(f"{name}_rows", arrow)
        con.execute(f"INSERT INTO {name} SELECT {', '.join(_q(n) for n in names)} FROM {name}_rows")
        con.unregister(f"{name}_rows")


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, default=str))
    os.replace(tmp, path)


# --- coded partitions ------------------------------------------------------------------------
def write_partition(out: Path, pid: str, results: Sequence[Result], *, run_id: str) -> dict[str, Any]:
    """Write one coded partition's documents, mentions (one file per date) and errors; return its manifest entry.

    Nothing is written to a DuckDB database: a worker calls this, the driver records the entry.
    """
    from dyads.store import event_row

    now = dt.datetime.now()
    docs, errors, by_date = [], [], {}
    for pos, result in enumerate(results):
        if result.error is not None:
            e = result.error
            errors.append([run_id, e.origin, e.doc_id, e.code, e.message, now, pid, pos])
            continue
        doc = result.document
        signature = list(result.extra["minhash"])
        docs.append([doc.id, content_hash(doc.text), doc.source, doc.url, doc.title, doc.date, doc.origin, doc.text,
                     result.n_sentences, run_id, now, doc.language, result.extra["tone"], None, signature, pid, pos,
                     [bucket for _, bucket in dedup.bands(signature)]])
        for n, event in enumerate(result.events):
            day = event.date.isoformat() if event.date else "none"
            by_date.setdefault(day, []).append([*event_row(event), pid, pos, n, dedup.key(event)])
    files = []
    # one in-memory DuckDB for the whole partition: a connection per file cost more than the writing
    con = duckdb.connect()
    try:
        for rel, name, columns, rows in ((f"documents/part-{pid}.parquet", "d", RAW_DOCUMENTS, docs),
                                         (f"errors/part-{pid}.parquet", "e", RAW_ERRORS, errors)):
            if rows:
                _load(con, name, columns, rows)
                _atomic_copy(con, f"SELECT * FROM {name}", out / rel)
                files.append(rel)
        if by_date:
            days = sorted(by_date)
            _load(con, "m", [*RAW_MENTIONS, ("_day", "VARCHAR")],
                  [[*row, day] for day in days for row in by_date[day]])
            names = ", ".join(_q(n) for n, _ in RAW_MENTIONS)
            for day in days:
                rel = f"mentions/date={day}/part-{pid}.parquet"
                _atomic_copy(con, f"SELECT {names} FROM m WHERE _day = '{day}'", out / rel)
                files.append(rel)
    finally:
        con.close()
    return {"pid": pid, "files": files, "n_items": len(results), "n_documents": len(docs),
            "n_mentions": sum(len(r) for r in by_date.values()), "n_errors": len(errors), "run_id": run_id}


def record_partition(out: Path, entry: dict[str, Any]) -> None:
    """Record a finished partition (the driver does this once its files are all in place)."""
    _write_json(out / MANIFEST / "parts" / f"{entry['pid']}.json", entry)


def finished(out: Path) -> dict[str, dict[str, Any]]:
    """Manifest entries of the partitions already coded, by partition id."""
    folder = out / MANIFEST / "parts"
    entries = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        entry = json.loads(path.read_text())
        if all((out / rel).is_file() for rel in entry["files"]):
            entries[entry["pid"]] = entry
    return entries


def record_run_plan(out: Path, run_id: str, pids: Sequence[str]) -> int:
    """Record the partitions a run planned, in input order; returns the run's number."""
    folder = out / MANIFEST / "runs"
    folder.mkdir(parents=True, exist_ok=True)
    number = 1 + max((int(p.stem) for p in folder.glob("*.json")), default=0)
    _write_json(folder / f"{number:06d}.json", {"run_id": run_id, "number": number, "pids": list(pids)})
    return number


def write_run(out: Path, row: dict[str, Any]) -> None:
    """Store one `runs` row."""
    write_rows(out / "runs" / f"run-{row['run_id']}.parquet", RUN_COLUMNS, [[row.get(n) for n, _ in RUN_COLUMNS]])


def stored_events(out: Path) -> int:
    """How many deduplicated events the store held after its last deduplication."""
    final = out / MANIFEST / "final.json"
    return json.loads(final.read_text())["counts"]["events"] if final.is_file() else 0


def _ordered_entries(out: Path) -> list[tuple[int, int, dict[str, Any]]]:
    """(run number, index, entry) of every coded partition, in the order its first run planned it."""
    done = finished(out)
    order: dict[str, tuple[int, int]] = {}
    for path in sorted((out / MANIFEST / "runs").glob("*.json")):
        plan = json.loads(path.read_text())
        for i, pid in enumerate(plan["pids"]):
            order.setdefault(pid, (plan["number"], i))
    return sorted((*order.get(pid, (10**9, 0)), entry) for pid, entry in done.items())


# --- deduplication over the whole store -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Finalized:
    """What deduplication did: whether it ran, the store's counts, its date windows and how many were reused."""

    ran: bool
    documents: int
    mentions: int
    events: int
    windows: int = 0
    reused: int = 0


def finalize(out: Path, *, options: dedup.DedupOptions, batch_size: int, tasks: int = 1,
             task_mentions: int = 200_000,
             run_tasks: Callable[[Callable[..., Any], Sequence[Any]], list[Any]] = lambda fn, args: list(map(fn, args)),
             ) -> Finalized:
    """Deduplicate documents and mentions of every coded partition and write `doc_index`, `events`, `event_mentions`.

    The result equals the single-machine store fed the same inputs in the same order: a document
    whose content was seen earlier is dropped, a repeated id gets `#hash`, near-duplicates share an
    article, and mentions merge with `dedup.assign` in input order. Mentions can only merge with
    mentions of the same blocking key whose dates could agree, so each key's mentions are cut into
    date windows wherever no mention before the cut could merge with one after it; windows are
    independent. Windows whose mentions are unchanged since the last deduplication keep their
    events; the others are packed, largest first, into at least `tasks` tasks of about
    `task_mentions` mentions for `run_tasks` (Dask on a cluster). Skipped when nothing changed.
    """
    entries = _ordered_entries(out)
    stamp = hashlib.sha1(json.dumps([[e["pid"] for _, _, e in entries], repr(options), batch_size]).encode()
                         ).hexdigest()
    final_path = out / MANIFEST / "final.json"
    previous = json.loads(final_path.read_text()) if final_path.is_file() else {}
    if previous.get("stamp") == stamp:
        counts = previous["counts"]
        return Finalized(False, counts["documents"], counts["mentions"], counts["events"], counts.get("windows", 0))
    generation = hashlib.sha1(f"{stamp}{dt.datetime.now().isoformat()}".encode()).hexdigest()[:10]
    work = out / "_work" / generation
    con = duckdb.connect()
    try:
        n_docs = _index_documents(con, out, entries, generation, batch_size=batch_size, options=options)
        plan = _plan_windows(con, out, entries, generation, work, options=options, tasks=tasks,
                             task_mentions=task_mentions, previous=previous.get("files", ()))
    finally:
        con.close()
    results = run_tasks(_dedup_task(out, generation, options), [str(work / f"_task={t}") for t in plan.tasks])
    files = [f"doc_index/part-{generation}.parquet", *plan.kept] + [rel for pair in results for rel in pair]
    n_events = _count_rows(out, [f for f in files if f.startswith("events/")])
    shutil.rmtree(out / "_work", ignore_errors=True)
    counts = {"documents": n_docs, "mentions": plan.mentions, "events": n_events, "windows": plan.windows,
              "reused": plan.reused}
    _write_json(final_path, {"stamp": stamp, "generation": generation, "files": files, "counts": counts})
    for old in previous.get("files", ()):
        if old not in files:
            (out / old).unlink(missing_ok=True)
    return Finalized(True, n_docs, plan.mentions, n_events, plan.windows, plan.reused)


def _index_documents(con: duckdb.DuckDBPyConnection, out: Path, entries: Sequence[tuple[int, int, dict[str, Any]]],
                     generation: str, *, batch_size: int, options: dedup.DedupOptions) -> int:
    """Write `doc_index`: the documents kept (first of each content hash), final ids, articles, outlets."""
    from dyads.store import outlet_of

    parts, offsets = [], {}
    for run, idx, entry in entries:
        # position in the run's input, as the single-machine path counts it for its batches
        offset = offsets.get(run, 0)
        parts.append((entry["pid"], run, idx, offset))
        offsets[run] = offset + entry["n_items"]
    files = [out / rel for _, _, e in entries for rel in e["files"] if rel.startswith("documents/")]
    target = out / "doc_index" / f"part-{generation}.parquet"
    if not files:
        write_rows(target, INDEX_COLUMNS, [])
        return 0
    con.execute("CREATE TABLE parts (_pid VARCHAR, run INTEGER, idx INTEGER, off BIGINT)")
    con.executemany("INSERT INTO parts VALUES (?, ?, ?, ?)", [list(p) for p in parts])
    con.execute(f"""CREATE TABLE kept AS
        SELECT *, CASE WHEN row_number() OVER (PARTITION BY raw_id ORDER BY run, gpos) > 1
                       THEN raw_id || '#' || content_hash[1:8] ELSE raw_id END AS id,
                  row_number() OVER (ORDER BY run, gpos) AS ordinal
        FROM (SELECT d._pid, d._pos, d.id AS raw_id, d.content_hash, d.source, d.url, d.date, d.minhash,
                     d._buckets, p.run, p.off + d._pos AS gpos
              FROM {_scan(files)} d JOIN parts p USING (_pid)
              QUALIFY row_number() OVER (PARTITION BY d.content_hash ORDER BY p.run, p.off + d._pos) = 1)""")
    articles = _articles(con, batch_size=batch_size, threshold=options.syndication_threshold)
    rows = []
    for pid, pos, doc_id, ordinal, source, url, date in con.execute(
            "SELECT _pid, _pos, id, ordinal, source, url, date FROM kept ORDER BY ordinal").fetchall():
        rows.append([pid, pos, doc_id, articles.get(ordinal, doc_id), ordinal, outlet_of(source, url, doc_id), date])
    write_rows(target, INDEX_COLUMNS, rows)
    return len(rows)


def _articles(con: duckdb.DuckDBPyConnection, *, batch_size: int, threshold: float) -> dict[int, str]:
    """Article ids of near-duplicate documents, by ordinal (a document absent is its own article).

    As in the DuckDB store, a document joins the article of the most similar earlier document that
    shares a MinHash band bucket and reaches `threshold`; ties go to the one stored first (earlier
    batch, then smaller id: what the single-machine store's ORDER BY ingested_at, id gives).
    """
    pairs = con.execute("""
        WITH b AS (SELECT ordinal, unnest(_buckets) AS bucket FROM kept)
        SELECT DISTINCT x.ordinal AS later, y.ordinal AS earlier FROM b x JOIN b y
          ON x.bucket = y.bucket AND y.ordinal < x.ordinal ORDER BY later, earlier""").fetchall()
    if not pairs:
        return {}
    involved = sorted({o for pair in pairs for o in pair})
    info = {row[0]: row[1:] for row in con.execute(
        "SELECT ordinal, id, minhash, run, gpos FROM kept WHERE list_contains(?, ordinal)", [involved]).fetchall()}
    earlier: dict[int, list[int]] = {}
    for later, first in pairs:
        earlier.setdefault(later, []).append(first)
    articles: dict[int, str] = {}
    for later in sorted(earlier):
        order = sorted(earlier[later], key=lambda o: (info[o][2], info[o][3] // batch_size, info[o][0]))
        best = dedup.most_similar(info[later][1], [(o, info[o][1]) for o in order], threshold=threshold)
        if best is not None:
            articles[later] = articles.get(best, info[best][0])
    return articles


@dataclass(frozen=True, slots=True)
class WindowPlan:
    """The date windows of a deduplication: tasks to run (largest first) and event files kept from the last one."""

    mentions: int
    windows: int
    reused: int
    tasks: list[int]
    kept: list[str]


def _plan_windows(con: duckdb.DuckDBPyConnection, out: Path, entries: Sequence[tuple[int, int, dict[str, Any]]],
                  generation: str, work: Path, *, options: dedup.DedupOptions, tasks: int, task_mentions: int,
                  previous: Sequence[str]) -> WindowPlan:
    """Cut each key's mentions into independent date windows and write the changed ones into task folders.

    A mention covers the days its date could agree with (`dedup._dates_agree`): its day plus the
    dedup window, its month or its year. Sorted by first day, a key's mentions start a new window
    where a mention's first day lies after every earlier mention's last day, so no two mentions in
    different windows can merge. Undated mentions of a key are one window. A window is named by a
    hash of its mentions and what deduplication reads about them; windows already deduplicated
    under that name keep their events (files are kept, or copied without the stale windows).
    """
    files = [out / rel for _, _, e in entries for rel in e["files"] if rel.startswith("mentions/")]
    if not files:
        return WindowPlan(0, 0, 0, [], [])
    index = _scan([out / "doc_index" / f"part-{generation}.parquet"])
    days = int(options.window_days)
    con.execute(f"""CREATE TEMP TABLE w AS
        WITH base AS (
            SELECT m._pid, m._pos, m._ord, m._key, i.ordinal AS _ordinal,
                   concat_ws('|', m.event_id, i.id, i.article_id, i.outlet) AS facts,
                   CASE WHEN m.date IS NULL THEN NULL
                        WHEN m.date_precision = 'year' THEN make_date(year(m.date), 1, 1)
                        WHEN m.date_precision = 'month' THEN make_date(year(m.date), month(m.date), 1)
                        ELSE m.date END AS lo,
                   CASE WHEN m.date IS NULL THEN NULL
                        WHEN m.date_precision = 'year' THEN make_date(year(m.date), 12, 31)
                        WHEN m.date_precision = 'month' THEN last_day(m.date)
                        ELSE m.date + {days} END AS hi
            FROM {_scan(files)} m JOIN {index} i ON m._pid = i._pid AND m._pos = i._pos),
        starts AS (
            SELECT *, CASE WHEN lo IS NULL THEN 0
                           WHEN max(hi) OVER (PARTITION BY _key ORDER BY lo NULLS LAST, _ordinal, _ord
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) >= lo THEN 0
                           ELSE 1 END AS start
            FROM base)
        SELECT _pid, _pos, _ord, _key, _ordinal, facts,
               CASE WHEN lo IS NULL THEN 0
                    ELSE sum(start) OVER (PARTITION BY _key ORDER BY lo NULLS LAST, _ordinal, _ord
                                          ROWS UNBOUNDED PRECEDING) END AS win
        FROM starts""")
    con.execute("""CREATE TEMP TABLE g AS
        SELECT _key, win, count(*) AS n,
               md5(? || _key || '#' || string_agg(concat_ws(':', _ordinal::VARCHAR, _ord::VARCHAR, _pid, _pos::VARCHAR, facts), ','
                                                  ORDER BY _ordinal, _ord)) AS _group
        FROM w GROUP BY _key, win""", [repr(options)])
    n_mentions, n_windows = con.execute("SELECT sum(n), count(*) FROM g").fetchone()
    kept, reused = _keep_windows(con, out, generation, previous)
    todo = con.execute("SELECT _group, n FROM g WHERE _group NOT IN (SELECT _group FROM valid) "
                       "ORDER BY n DESC, _group").fetchall()
    loads = _pack(todo, tasks=tasks, task_mentions=task_mentions)
    if todo:
        groups, task_of = zip(*((group, task) for task, load in enumerate(loads) for group in load[1]))
        con.register("assignment", pa.table({"_group": list(groups), "_task": list(task_of)}))
        work.mkdir(parents=True, exist_ok=True)
        con.execute(f"""COPY (
            SELECT m.* EXCLUDE (doc_id), i.id AS doc_id, i.article_id AS _article, i.outlet AS _outlet,
                   i.date AS _published, i.ordinal AS _ordinal, g._group, a._task
            FROM {_scan(files)} m JOIN {index} i ON m._pid = i._pid AND m._pos = i._pos
            JOIN w ON m._pid = w._pid AND m._pos = w._pos AND m._ord = w._ord
            JOIN g ON w._key = g._key AND w.win = g.win JOIN assignment a ON a._group = g._group)
            TO {_sql_path(work)} (FORMAT parquet, PARTITION_BY (_task))""")
    order = sorted(range(len(loads)), key=lambda t: -loads[t][0])
    return WindowPlan(int(n_mentions or 0), int(n_windows), reused, [t for t in order if loads[t][1]], kept)


def _keep_windows(con: duckdb.DuckDBPyConnection, out: Path, generation: str,
                  previous: Sequence[str]) -> tuple[list[str], int]:
    """Keep the events of windows that are unchanged since the last deduplication (table `valid`).

    Returns the kept files (an old file whose windows all still hold, or a copy of it without the
    stale ones) and how many windows were kept.
    """
    con.execute("CREATE TEMP TABLE valid (_group VARCHAR, file VARCHAR)")
    olds = [rel for rel in previous if rel.startswith("events/") and (out / rel).is_file()]
    if not olds:
        return [], 0
    names = {str(out / rel): rel for rel in olds}
    try:
        con.execute(f"""INSERT INTO valid SELECT DISTINCT o._group, o.filename
            FROM read_parquet([{', '.join(_sql_path(f) for f in names)}], filename = true,
                              hive_partitioning = false) o
            WHERE o._group IN (SELECT _group FROM g)""")
    except duckdb.BinderException:
        # events written before windows existed carry no window name: nothing to keep
        return [], 0
    per_file = dict(con.execute("SELECT file, count(*) FROM valid GROUP BY file").fetchall())
    totals = dict(con.execute(f"""SELECT filename, count(DISTINCT _group)
        FROM read_parquet([{', '.join(_sql_path(f) for f in names)}], filename = true, hive_partitioning = false)
        GROUP BY filename""").fetchall())
    kept = []
    for n, (path, rel) in enumerate(sorted(names.items())):
        links = rel.replace("events/", "event_mentions/", 1)
        if not per_file.get(path) or not (out / links).is_file():
            continue
        if per_file[path] == totals.get(path):
            kept += [rel, links]
            continue
        for source, target in ((rel, f"events/part-{generation}-kept{n}.parquet"),
                               (links, f"event_mentions/part-{generation}-kept{n}.parquet")):
            _atomic_copy(con, f"SELECT * FROM {_scan([out / source])} "
                              f"WHERE _group IN (SELECT _group FROM valid)", out / target)
            kept.append(target)
    return kept, int(con.execute("SELECT count(DISTINCT _group) FROM valid").fetchone()[0])


def _pack(groups: Sequence[tuple[str, int]], *, tasks: int, task_mentions: int) -> list[tuple[int, list[str]]]:
    """Windows (largest first) packed into tasks, each to the least loaded: [(mentions, window names)] per task."""
    total = sum(n for _, n in groups)
    count = max(1, min(len(groups), max(tasks, -(-total // max(1, task_mentions)))))
    heap = [(0, t) for t in range(count)]
    members: list[list[str]] = [[] for _ in range(count)]
    for group, n in groups:
        load, task = heapq.heappop(heap)
        members[task].append(group)
        heapq.heappush(heap, (load + n, task))
    loads = dict((task, load) for load, task in heap)
    return [(loads[t], members[t]) for t in range(count)]


def _dedup_task(out: Path, generation: str, options: dedup.DedupOptions) -> Callable[[str], tuple[str, ...]]:
    import functools

    return functools.partial(dedup_windows, out=str(out), generation=generation, options=options)


def dedup_windows(folder: str, *, out: str, generation: str, options: dedup.DedupOptions) -> tuple[str, ...]:
    """Merge the mentions of one task's date windows into events in input order; write its events and links.

    A Dask task: it reads and writes Parquet only. Returns the files written, relative to `out`.
    """
    from dyads.store import CLUSTER_NAMES, EVENT_NAMES, cluster_row, event_from_row

    seq: dict[str, int] = {}
    window: dict[str, str] = {}

    def sightings(cur: duckdb.DuckDBPyConnection) -> Iterator[dedup.Sighting]:
        # streamed in chunks: only the events being built stay in memory, not every mention row
        cols = [d[0] for d in cur.description]
        while chunk := cur.fetchmany(SIGHTING_CHUNK):
            for values in chunk:
                row = dict(zip(cols, values))
                event = event_from_row(row)
                seq[event.event_id] = row["_ordinal"] * SEQ_STRIDE + row["_ord"]
                window[event.event_id] = row["_group"]
                yield dedup.Sighting(event, row["_outlet"], row["_article"], row["_published"])

    con = duckdb.connect()
    try:
        cur = con.execute(f"SELECT * FROM {_scan([Path(folder) / '*.parquet'])} ORDER BY _ordinal, _ord")
        clusters, links = dedup.assign(sightings(cur), {}, options=options)
    finally:
        con.close()
    task = Path(folder).name.split("=", 1)[1]
    events_rel = f"events/part-{generation}-{task}.parquet"
    links_rel = f"event_mentions/part-{generation}-{task}.parquet"
    columns = tuple(c for c in EVENT_COLUMNS + CLUSTER_COLUMNS if c[0] in EVENT_NAMES + CLUSTER_NAMES) + WINDOW
    write_rows(Path(out) / events_rel, columns,
               [[*cluster_row(c, seq[c.event_id]), window[c.event_id]] for c in clusters])
    write_rows(Path(out) / links_rel, LINK_COLUMNS + WINDOW, [[*link, window[link[0]]] for link in links])
    return events_rel, links_rel


def _count_rows(out: Path, rels: Iterable[str]) -> int:
    files = [out / rel for rel in rels]
    if not files:
        return 0
    with duckdb.connect() as con:
        return con.execute(f"SELECT count(*) FROM {_scan(files)}").fetchone()[0]


# --- reading: views named like the DuckDB tables ----------------------------------------------------
def attach(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Create views `documents`, `mentions`, `events`, `event_mentions`, `errors`, `runs` over the store at `path`."""
    path = Path(path).resolve()
    if not (path / MANIFEST).is_dir():
        raise DyadsError("E082", path=path)
    entries = finished(path)
    final_path = path / MANIFEST / "final.json"
    final = json.loads(final_path.read_text()) if final_path.is_file() else {"files": []}

    def files(rels: Iterable[str]) -> str:
        return _scan([path / rel for rel in rels])

    raw = {kind: [rel for e in entries.values() for rel in e["files"] if rel.startswith(f"{kind}/")]
           for kind in ("documents", "mentions", "errors")}
    derived = {kind: [rel for rel in final["files"] if rel.startswith(f"{kind}/")]
               for kind in ("doc_index", "events", "event_mentions")}
    runs = sorted(p.relative_to(path).as_posix() for p in (path / "runs").glob("*.parquet"))
    index = derived["doc_index"]
    from_index = "JOIN {} i ON x._pid = i._pid AND x._pos = i._pos".format(files(index))
    doc_cols = ", ".join(f"i.{_q(n)}" if n in ("id", "article_id") else f"x.{_q(n)}" for n, _ in DOCUMENT_COLUMNS)
    mention_cols = ", ".join("i.id AS doc_id" if n == "doc_id" else f"x.{_q(n)}" for n, _ in EVENT_COLUMNS)
    cluster = EVENT_COLUMNS + CLUSTER_COLUMNS
    views = {
        "documents": (DOCUMENT_COLUMNS, raw["documents"] and index and
                      f"SELECT {doc_cols} FROM {files(raw['documents'])} x {from_index}"),
        "mentions": (EVENT_COLUMNS, raw["mentions"] and index and
                     f"SELECT {mention_cols} FROM {files(raw['mentions'])} x {from_index}"),
        "events": (cluster, derived["events"] and
                   f"SELECT {', '.join(_q(n) for n, _ in cluster)} FROM {files(derived['events'])}"),
        "event_mentions": (LINK_COLUMNS, derived["event_mentions"] and
                           f"SELECT mention_id, event_id FROM {files(derived['event_mentions'])}"),
        "errors": (ERROR_COLUMNS, raw["errors"] and
                   f"SELECT {', '.join(_q(n) for n, _ in ERROR_COLUMNS)} FROM {files(raw['errors'])} "
                   f"QUALIFY row_number() OVER (PARTITION BY origin, code ORDER BY created, _pid, _pos) = 1"),
        "runs": (RUN_COLUMNS, runs and f"SELECT {', '.join(_q(n) for n, _ in RUN_COLUMNS)} "
                                       f"FROM {files(runs)}"),
    }
    for name, (columns, query) in views.items():
        con.execute(f"CREATE VIEW {name} AS {query}" if query else _ddl(name, columns))
