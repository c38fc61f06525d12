"""DuckDB storage: the one writer for documents, mentions, events, errors and runs.

Every database access of dyads goes through this package. `mentions` holds one row per coded
event mention (the fields of the JSON output); `events` holds the deduplicated real-world
events with the same columns (taken from a representative mention) plus how many mentions,
sources and articles report them. Parties, spans and places are STRUCT columns, so plain SQL
reads them (`SELECT actor.code, recipient.code FROM events`).
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import duckdb

from dyads import __version__, dedup, tone
from dyads.errors import DyadsError
from dyads.read import content_hash
from dyads.records import ErrorRecord, Event, Party, Place, Result, Span
from dyads.settings import load_settings
from dyads.store.locking import with_lock_wait
from dyads.store.schema import CLUSTER_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, SCHEMA_VERSION, migrate, version

log = logging.getLogger(__name__)

__all__ = ["EVENT_COLUMNS", "CLUSTER_COLUMNS", "SCHEMA_VERSION", "Store", "event_row", "event_from_row", "iter_rows"]

TABLES = ("documents", "mentions", "events", "errors", "runs")
EVENT_NAMES = tuple(n for n, _ in EVENT_COLUMNS)
# documents columns the writer fills (ingested_at takes its default: the transaction's time)
DOCUMENT_INSERT = tuple((n, t) for n, t in DOCUMENT_COLUMNS if n != "ingested_at")
CLUSTER_NAMES = tuple(n for n, _ in CLUSTER_COLUMNS)


class Store:
    """An open dyads database. Use as a context manager.

    Opening a database made by an older dyads upgrades it (not possible read-only). While another
    process holds the file, opening waits up to `lock_timeout` seconds (default: the db_lock_timeout
    setting), then raises E030. `path` may
    also be a Parquet store directory written by `dyads ingest --engine dask`: it is read through
    DuckDB views with the same names and columns as the tables (read-only).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 dedup_options: dedup.DedupOptions | None = None, memory_limit: str | None = None,
                 lock_timeout: float | None = None) -> None:
        self.path = str(path)
        self.options = dedup_options or dedup.DedupOptions()
        if Path(path).is_dir():
            from dyads.store import parquet

            if not read_only:
                raise DyadsError("E081", path=self.path)
            self.con = duckdb.connect()
            parquet.attach(self.con, Path(path))
            return
        # Another process may hold the file (one writer, or readers while nobody writes): wait a bounded time.
        timeout = load_settings().db_lock_timeout if lock_timeout is None else lock_timeout
        self.con = with_lock_wait(lambda: _connect(self.path, read_only=read_only), path=self.path,
                                  timeout=timeout)
        if memory_limit:  # DuckDB caches pages up to 80% of RAM by default: bound it for long ingests
            self.con.execute(f"SET memory_limit = '{memory_limit.replace(chr(39), '')}'")
        found = version(self.con)
        if read_only:
            if found not in (None, SCHEMA_VERSION):
                self.con.close()
                raise DyadsError("E013", path=self.path, found=found, expected=SCHEMA_VERSION)
        elif migrate(self.con):
            self.rebuild_events()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor on the same database, for one thread (e.g. one API request) to read with."""
        return self.con.cursor()

    # --- runs --------------------------------------------------------------------------------
    def start_run(self, settings: dict[str, Any]) -> str:
        """Record the start of an ingest run and return its id."""
        run_id = uuid.uuid4().hex[:12]
        self.con.execute("INSERT INTO runs (run_id, version, settings, started) VALUES (?, ?, ?, ?)",
                         [run_id, __version__, json.dumps(settings, default=str), dt.datetime.now()])
        return run_id

    def set_min_confidence(self, value: float) -> None:
        """Record the threshold below which events are flagged (the `flagged_events`/`flagged_mentions` views)."""
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('min_confidence', ?)", [repr(float(value))])

    def finish_run(self, run_id: str, **counts: Any) -> None:
        """Record a run's end with its counts (n_documents, n_skipped, n_events, n_errors, ...)."""
        started = self.con.execute("SELECT started FROM runs WHERE run_id = ?", [run_id]).fetchone()[0]
        now = dt.datetime.now()
        counts = {k: (json.dumps(v) if isinstance(v, dict) else v) for k, v in counts.items()}
        counts["seconds"] = counts.get("seconds", (now - started).total_seconds())
        sets = ", ".join(f"{k} = ?" for k in counts)
        self.con.execute(f"UPDATE runs SET finished = ?, {sets} WHERE run_id = ?", [now, *counts.values(), run_id])

    # --- writing -----------------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The subset of `hashes` already stored (used to skip re-ingested documents)."""
        if not hashes:
            return set()
        rows = self.con.execute("SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
                                [list(hashes)]).fetchall()
        return {r[0] for r in rows}

    def failed_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The subset of `hashes` of documents whose coding failed before (the `content_hash` of their E009 row):
        a restarted ingest skips them rather than failing on them again."""
        if not hashes:
            return set()
        rows = self.con.execute("SELECT DISTINCT content_hash FROM errors WHERE code = 'E009' "
                                "AND content_hash IN (SELECT unnest(?))", [list(hashes)]).fetchall()
        return {r[0] for r in rows}

    def write_results(self, results: Iterable[Result], *, run_id: str) -> tuple[int, int, int]:
        """Store one batch in one transaction and merge its mentions into events.

        Returns (documents, mentions, errors) written; documents already stored add nothing.
        """
        results = list(results)
        n_errors = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for result in results:
                if result.error is not None:
                    n_errors += self._write_error(result.error, run_id)
            sightings, n_docs = self._write_documents([r for r in results if r.error is None], run_id)
            n_mentions = self._write_mentions(sightings)
            self._merge(sightings)
            self._check_written([s.event.event_id for s in sightings])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return n_docs, n_mentions, n_errors

    def _write_documents(self, results: Sequence[Result], run_id: str) -> tuple[list[dedup.Sighting], int]:
        """Insert the batch's new documents (a few statements per batch); return their mentions as sightings.

        A text already stored (or earlier in the batch) is skipped; a known id with new content is kept
        under `id#hash`. Syndicated copies get the article id of their most similar earlier document.
        """
        digests = [content_hash(r.document.text) for r in results]
        known = self.known_hashes(digests)
        ids = [r.document.id for r in results]
        taken = {row[0] for row in self.con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()} if ids else set()
        signatures = [tuple(r.extra.get("minhash") or dedup.signature(r.document.text)) for r in results]
        band_lists = [dedup.bands(sig) for sig in signatures]
        stored = self._syndication_candidates({b for bands in band_lists for _, b in bands})
        rows, band_rows, sightings = [], [], []
        earlier: dict[int, list[tuple[str, str, tuple[int, ...]]]] = {}  # bucket -> this batch's documents
        for result, digest, signature, bands in zip(results, digests, signatures, band_lists):
            if digest in known:
                continue
            known.add(digest)
            doc = result.document
            doc_id = doc.id if doc.id not in taken else f"{doc.id}#{digest[:8]}"  # same id, new content
            taken.add(doc_id)
            doc_tone = result.extra["tone"] if "tone" in result.extra else tone.tone(doc.text)
            article = self._article_of(signature, bands, stored, earlier) or doc_id
            rows.append([doc_id, digest, doc.source, doc.url, doc.title, doc.date, doc.origin, doc.text,
                         result.n_sentences, run_id, getattr(doc, "language", None), doc_tone, article,
                         list(signature)])
            for band, bucket in bands:
                band_rows.append([band, bucket, doc_id])
                earlier.setdefault(bucket, []).append((doc_id, article, signature))
            outlet = outlet_of(doc.source, doc.url, doc_id)
            events = result.events if doc_id == doc.id else tuple(replace(e, doc_id=doc_id) for e in result.events)
            sightings.extend(dedup.Sighting(e, outlet, article, doc.date) for e in events)
        self._insert("documents", DOCUMENT_INSERT, rows)
        self._insert("doc_bands", (("band", "SMALLINT"), ("bucket", "UBIGINT"), ("doc_id", "VARCHAR")), band_rows)
        return sightings, len(rows)

    def _syndication_candidates(self, buckets: set[int]) -> dict[int, list[tuple[int, str, tuple[int, ...]]]]:
        """Stored documents sharing any of these buckets: bucket -> [(rank in store order, article id, signature)]."""
        if not buckets:
            return {}
        rows = self.con.execute(
            "SELECT b.bucket, d.article_id, d.minhash FROM doc_bands b JOIN documents d ON d.id = b.doc_id "
            "WHERE b.bucket IN (SELECT unnest(?)) ORDER BY d.ingested_at, d.id", [sorted(buckets)]).fetchall()
        ranks: dict[tuple[str, tuple[int, ...]], int] = {}
        out: dict[int, list[tuple[int, str, tuple[int, ...]]]] = {}
        for bucket, article, minhash in rows:
            key = (article, tuple(minhash))
            out.setdefault(bucket, []).append((ranks.setdefault(key, len(ranks)), *key))
        return out

    def _article_of(self, signature: Sequence[int], bands: Sequence[tuple[int, int]],
                    stored: dict[int, list[tuple[int, str, tuple[int, ...]]]],
                    earlier: dict[int, list[tuple[str, str, tuple[int, ...]]]]) -> str | None:
        """The article id of the most similar near-duplicate stored before (or earlier in the batch), if any.

        Stored documents are tried in store order, then this batch's in id order (as one query over the
        table would see them: a batch shares one `ingested_at`); the first reaching the threshold wins
        unless a later one is strictly more similar.
        """
        olders = {rank: (article, other) for _, bucket in bands for rank, article, other in stored.get(bucket, ())}
        batch = {doc_id: (article, other) for _, bucket in bands for doc_id, article, other in earlier.get(bucket, ())}
        return dedup.most_similar(signature, [*(olders[r] for r in sorted(olders)), *(batch[k] for k in sorted(batch))],
                                  threshold=self.options.syndication_threshold)

    def _write_mentions(self, sightings: Sequence[dedup.Sighting]) -> int:
        """Insert the batch's mentions; returns how many rows were added (a mention stored before adds none)."""
        return self._insert("mentions", EVENT_COLUMNS, [event_row(s.event) for s in sightings], ignore=True)

    def _check_written(self, mention_ids: Sequence[str]) -> None:
        """Raise E022 unless every mention counted in this batch was written, linked to one event, and every
        event it touched counts exactly its linked mentions (so `runs.n_events` is what `mentions` holds)."""
        if not mention_ids:
            return
        written, linked, off = self.con.execute(
            "WITH batch AS (SELECT unnest(?) AS id), "
            "touched AS (SELECT DISTINCT l.event_id FROM event_mentions l JOIN batch ON l.mention_id = batch.id) "
            "SELECT (SELECT count(*) FROM mentions m JOIN batch ON m.event_id = batch.id), "
            "(SELECT count(*) FROM event_mentions l JOIN batch ON l.mention_id = batch.id), "
            "(SELECT count(*) FROM events e JOIN touched t ON e.event_id = t.event_id "
            " WHERE e.num_mentions <> (SELECT count(*) FROM event_mentions l WHERE l.event_id = e.event_id))",
            [list(mention_ids)]).fetchone()
        counted = len(mention_ids)
        if (written, linked, off) != (counted, counted, 0) or len(set(mention_ids)) != counted:
            raise DyadsError("E022", counted=counted, written=written, linked=linked, events=off)

    def _insert(self, table: str, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]], *,
                ignore: bool = False) -> int:
        """Insert many rows in one statement: one list parameter per column, unnested side by side; returns
        the number of rows inserted (with `ignore`, rows whose key is stored already are not).

        DuckDB's executemany runs one statement per row, which is slow with STRUCT columns.
        """
        if not rows:
            return 0
        names = ", ".join(f'"{n}"' for n, _ in columns)
        values = ", ".join(f"unnest(?::{_bare(kind)}[])" for _, kind in columns)
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        found = self.con.execute(f"{verb} INTO {table} ({names}) SELECT {values}",
                                 [list(col) for col in zip(*rows)]).fetchone()
        return int(found[0]) if found else len(rows)

    def _write_error(self, error: ErrorRecord, run_id: str) -> int:
        """Insert an error row unless the same input already failed the same way; 1 if new."""
        if self.con.execute("SELECT 1 FROM errors WHERE origin = ? AND code = ?", [error.origin, error.code]).fetchone():
            return 0
        self.con.execute("INSERT INTO errors (run_id, origin, doc_id, code, message, content_hash) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         [run_id, error.origin, error.doc_id, error.code, error.message, error.content_hash])
        return 1

    # --- deduplication -----------------------------------------------------------------------
    def _merge(self, sightings: Sequence[dedup.Sighting]) -> int:
        """Merge sightings into stored events (or new ones); returns the number of new events."""
        if not sightings:
            return 0
        candidates, stored = self._candidates(sightings)
        touched, links = dedup.assign(sightings, candidates, options=self.options)
        new = [c for c in touched if c.event_id not in stored]
        seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        columns = EVENT_COLUMNS + CLUSTER_COLUMNS
        self._insert("events", columns, [cluster_row(c, seq + i + 1) for i, c in enumerate(new)])
        old = [c for c in touched if c.event_id in stored]
        if old:
            # changed events go through a scratch table and one UPDATE ... FROM
            self.con.execute("CREATE TEMP TABLE IF NOT EXISTS events_update AS SELECT * FROM events LIMIT 0")
            self.con.execute("DELETE FROM events_update")
            self._insert("events_update", columns, [cluster_row(c, 0) for c in old])
            sets = ", ".join(f'"{n}" = u."{n}"' for n, _ in columns if n not in ("event_id", "seq"))
            self.con.execute(f"UPDATE events SET {sets} FROM events_update u WHERE events.event_id = u.event_id")
        self._insert("event_mentions", (("mention_id", "VARCHAR"), ("event_id", "VARCHAR")), links, ignore=True)
        return len(new)

    def _candidates(self, sightings: Sequence[dedup.Sighting]) -> tuple[dict[str, list[dedup.Cluster]], set[str]]:
        """Stored events that the sightings could merge into, grouped by key, oldest first."""
        keys = sorted({dedup.key(s.event) for s in sightings})
        days = [s.event.date for s in sightings if s.event.date is not None]
        # with no dated sighting only undated events can merge: BETWEEN NULL AND NULL keeps just those
        lo = min(days) - dt.timedelta(days=dedup.CANDIDATE_DAYS) if days else None
        hi = max(days) + dt.timedelta(days=dedup.CANDIDATE_DAYS) if days else None
        cur = self.con.execute(
            "SELECT * FROM events WHERE dedup_key IN (SELECT unnest(?)) AND (date IS NULL OR date BETWEEN ? AND ?) "
            "ORDER BY seq", [keys, lo, hi])
        cols = [d[0] for d in cur.description]
        candidates: dict[str, list[dedup.Cluster]] = {}
        stored: set[str] = set()
        for values in cur.fetchall():
            row = dict(zip(cols, values))
            cluster = dedup.Cluster(row["event_id"], event_from_row(row), row["num_mentions"], list(row["sources"]),
                                    list(row["articles"]), row["first_seen"], row["last_seen"])
            candidates.setdefault(row["dedup_key"], []).append(cluster)
            stored.add(cluster.event_id)
        return candidates, stored

    def rebuild_events(self) -> int:
        """Recompute `events` from all stored mentions (after a migration or a change of dedup options)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events")
            self.con.execute("DELETE FROM event_mentions")
            # a second cursor streams the mentions while this connection writes the events
            reader = self.con.cursor()
            cur = reader.execute(
                "SELECT m.*, d.source AS _source, d.url AS _url, coalesce(d.article_id, d.id) AS _article, "
                "d.date AS _published FROM mentions m LEFT JOIN documents d ON d.id = m.doc_id "
                "ORDER BY d.ingested_at, m.doc_id, m.sentence_index, m.event_id")
            cols = [d[0] for d in cur.description]
            total = 0
            while chunk := cur.fetchmany(2000):
                sightings = []
                for values in chunk:
                    row = dict(zip(cols, values))
                    sightings.append(dedup.Sighting(event_from_row(row), outlet_of(row["_source"], row["_url"],
                                                    row["doc_id"]), row["_article"], row["_published"]))
                total += self._merge(sightings)
            reader.close()
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        log.info("rebuilt %d events from mentions", total)
        return total

    # --- reading -----------------------------------------------------------------------------
    def query_events(self, *, actor: str | None = None, recipient: str | None = None, event_type: str | None = None,
                     since: dt.date | None = None, until: dt.date | None = None,
                     limit: int | None = None, table: str = "events",
                     min_confidence: float | None = None) -> list[dict[str, Any]]:
        """Stored events (or mentions, with `table="mentions"`) as dicts, filtered (by confidence too when
        `min_confidence` is given)."""
        if table not in ("events", "mentions"):
            raise ValueError(f"table must be events or mentions, not {table!r}")
        where, params = [], []
        for clause, value in (("actor.code = ?", actor), ("recipient.code = ?", recipient),
                              ("event_type = ?", event_type and event_type.upper()),
                              ("date >= ?", since), ("date <= ?", until),
                              ("confidence >= ?", min_confidence or None)):
            if value is not None:
                where.append(clause)
                params.append(value)
        sql = "SELECT * EXCLUDE (seq, dedup_key) FROM events" if table == "events" else "SELECT * FROM mentions"
        sql += (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, doc_id, sentence_index, confidence DESC, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, params)

    def query_mentions(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored mentions as dicts (same filters as `query_events`)."""
        return self.query_events(table="mentions", **filters)

    def mentions_of(self, event_id: str) -> list[dict[str, Any]]:
        """The mentions merged into one deduplicated event."""
        return self._dicts("SELECT m.* FROM mentions m JOIN event_mentions l ON l.mention_id = m.event_id "
                           "WHERE l.event_id = ? ORDER BY m.doc_id, m.sentence_index", [event_id])

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def iter_export_events(self, *, chunk: int = 2000, min_confidence: float = 0.0,
                           table: str = "events") -> Iterator[dict[str, Any]]:
        """Events (or mentions, with `table="mentions"`) reaching `min_confidence`, with what exporters need from
        their documents: source URL, outlet, language and publication date; events also get the average tone of
        the reporting documents and when the event was first added."""
        if table == "events":
            sql = """
            SELECT e.* EXCLUDE (seq, dedup_key), d.url AS source_url, d.source AS source_name,
                   d.language AS language, d.date AS published, t.avg_tone, t.date_added
            FROM events e LEFT JOIN documents d ON d.id = e.doc_id
            LEFT JOIN (SELECT l.event_id, avg(doc.tone) AS avg_tone, min(doc.ingested_at) AS date_added
                       FROM event_mentions l JOIN mentions m ON m.event_id = l.mention_id
                       JOIN documents doc ON doc.id = m.doc_id GROUP BY l.event_id) t ON t.event_id = e.event_id
            WHERE ? <= 0 OR e.confidence >= ? ORDER BY e.seq"""
        elif table == "mentions":
            sql = """
            SELECT m.*, d.url AS source_url, d.source AS source_name, d.language AS language, d.date AS published
            FROM mentions m LEFT JOIN documents d ON d.id = m.doc_id
            WHERE ? <= 0 OR m.confidence >= ? ORDER BY m.doc_id, m.sentence_index, m.event_id"""
        else:
            raise ValueError(f"table must be events or mentions, not {table!r}")
        reader = self.con.cursor()
        cur = reader.execute(sql, [float(min_confidence)] * 2)
        cols = [d[0] for d in cur.description]
        try:
            while rows := cur.fetchmany(chunk):
                yield from (dict(zip(cols, row)) for row in rows)
        finally:
            reader.close()

    def dyad_summary(self) -> list[tuple]:
        """Per directed dyad: events, Goldstein sum and mean, count per quad class."""
        return self.con.execute("""
            SELECT actor.code AS actor, recipient.code AS recipient, count(*) AS events,
                   round(sum(goldstein), 1) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean,
                   count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM events WHERE actor.code IS NOT NULL AND recipient.code IS NOT NULL
            GROUP BY ALL ORDER BY events DESC, actor, recipient""").fetchall()

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB file; a file that is not one (or cannot be opened) is error E025, not a traceback."""
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():  # another process writes: not this function's error to name
            raise
        raise DyadsError("E025", path=path, detail=str(exc).splitlines()[0]) from exc
    except duckdb.Error as exc:
        raise DyadsError("E025", path=path, detail=str(exc).splitlines()[0]) from exc


def _bare(kind: str) -> str:
    """A column type without its constraints ("VARCHAR PRIMARY KEY" -> "VARCHAR")."""
    for word in (" PRIMARY KEY", " NOT NULL", " UNIQUE"):
        kind = kind.replace(word, "")
    return kind


def outlet_of(source: str | None, url: str | None, doc_id: str) -> str:
    """Who published a document: its source, else its URL's host, else the document itself."""
    if source:
        return source.strip().casefold()
    host = urlparse(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return f"doc:{doc_id}"


def event_row(event: Event) -> list[Any]:
    """The event as a row in `EVENT_COLUMNS` order (nested records as dicts, like `dataclasses.asdict`)."""
    data = {name: _plain(getattr(event, name)) for name in EVENT_NAMES}
    data["context"] = list(event.context)
    return [data[name] for name in EVENT_NAMES]


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` for our frozen records without its deep copies (records are immutable)."""
    kind = type(value)
    if hasattr(kind, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(kind)}
    if kind is tuple or kind is list:
        return kind(_plain(v) for v in value)
    return value


def cluster_row(cluster: dedup.Cluster, seq: int) -> list[Any]:
    """A deduplicated event as a row: representative mention fields, then `CLUSTER_COLUMNS`."""
    extra = {"num_mentions": cluster.num_mentions, "num_sources": len(cluster.sources),
             "num_articles": len(cluster.articles), "first_seen": cluster.first_seen,
             "last_seen": cluster.last_seen, "sources": sorted(cluster.sources), "articles": sorted(cluster.articles),
             "dedup_key": dedup.key(cluster.representative), "seq": seq}
    return [*event_row(replace(cluster.representative, event_id=cluster.event_id)), *(extra[n] for n in CLUSTER_NAMES)]


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an Event record from a `mentions` or `events` row."""
    def make(kind, value):
        return None if value is None else kind(**{f.name: value.get(f.name) for f in fields(kind)})
    data = {f.name: row[f.name] for f in fields(Event) if f.name in row}
    data.update(trigger=make(Span, row["trigger"]), actor=make(Party, row["actor"]),
                recipient=make(Party, row["recipient"]), location=make(Place, row.get("location")),
                attribution=make(Span, row.get("attribution")), context=tuple(row.get("context") or ()))
    return Event(**data)


def iter_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows made JSON-ready (dates as ISO strings)."""
    for row in rows:
        yield {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in row.items()}
