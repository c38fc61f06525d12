"""DuckDB storage: the one writer for documents, events, errors and runs.

Every database access of dyads goes through this module. Events are stored with the
same fields as the JSON output; parties, spans and places are STRUCT columns, so plain
SQL can read them (`SELECT actor.code, recipient.code FROM events`).
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import duckdb

from dyads import __version__
from dyads.read import content_hash
from dyads.records import ErrorRecord, Event, Result

SCHEMA_VERSION = 1
PARTY = "STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, why VARCHAR)"
SPAN = "STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER)"
PLACE = "STRUCT(name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, why VARCHAR)"

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "VARCHAR NOT NULL"),
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("sentence_index", "INTEGER"),
    ("sentence", "VARCHAR"),
    ("event_type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("context", "VARCHAR[]"),
    ("cameo", "VARCHAR"),
    ("goldstein", "DOUBLE"),
    ("quad_class", "INTEGER"),
    ("trigger", SPAN),
    ("actor", PARTY),
    ("recipient", PARTY),
    ("status", "VARCHAR"),
    ("date", "DATE"),
    ("date_precision", "VARCHAR"),
    ("date_text", "VARCHAR"),
    ("location", PLACE),
    ("attribution", SPAN),
    ("confidence", "DOUBLE"),
    ("why", "VARCHAR"),
)

DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE NOT NULL, source VARCHAR, url VARCHAR,
    title VARCHAR, date DATE, origin VARCHAR, text VARCHAR, n_sentences INTEGER, run_id VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS events ({", ".join(f'"{n}" {t}' for n, t in EVENT_COLUMNS)});
CREATE TABLE IF NOT EXISTS errors (
    run_id VARCHAR, origin VARCHAR, doc_id VARCHAR, code VARCHAR, message VARCHAR,
    created TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, version VARCHAR, settings VARCHAR, started TIMESTAMP, finished TIMESTAMP,
    n_documents INTEGER, n_skipped INTEGER, n_events INTEGER, n_errors INTEGER);
"""


class Store:
    """An open dyads database. Use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(DDL)
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- writing -----------------------------------------------------------------------------
    def start_run(self, settings: dict[str, Any]) -> str:
        """Record the start of an ingest run and return its id."""
        run_id = uuid.uuid4().hex[:12]
        self.con.execute("INSERT INTO runs (run_id, version, settings, started) VALUES (?, ?, ?, ?)",
                         [run_id, __version__, json.dumps(settings, default=str), dt.datetime.now()])
        return run_id

    def finish_run(self, run_id: str, *, n_documents: int, n_skipped: int, n_events: int, n_errors: int) -> None:
        self.con.execute("UPDATE runs SET finished = ?, n_documents = ?, n_skipped = ?, n_events = ?, n_errors = ? "
                         "WHERE run_id = ?", [dt.datetime.now(), n_documents, n_skipped, n_events, n_errors, run_id])

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The subset of `hashes` already stored (used to skip re-ingested documents)."""
        if not hashes:
            return set()
        rows = self.con.execute("SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
                                [list(hashes)]).fetchall()
        return {r[0] for r in rows}

    def write_results(self, results: Iterable[Result], *, run_id: str) -> tuple[int, int, int]:
        """Store one batch in one transaction; returns (documents, events, errors) written."""
        n_docs = n_events = n_errors = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for result in results:
                if result.error is not None:
                    self._write_error(result.error, run_id)
                    n_errors += 1
                    continue
                events = self._write_document(result, run_id)
                if events is not None:
                    n_docs += 1
                    n_events += self._write_events(events)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return n_docs, n_events, n_errors

    def _write_document(self, result: Result, run_id: str) -> tuple[Event, ...] | None:
        """Insert the document; return its events (re-keyed if its id was taken), None if already stored."""
        doc = result.document
        digest = content_hash(doc.text)
        if self.known_hashes([digest]):
            return None
        doc_id = doc.id
        if self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone():
            doc_id = f"{doc.id}#{digest[:8]}"  # same id, new content: keep both versions
        self.con.execute(
            "INSERT INTO documents (id, content_hash, source, url, title, date, origin, text, n_sentences, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, digest, doc.source, doc.url, doc.title, doc.date, doc.origin, doc.text, result.n_sentences, run_id])
        if doc_id != doc.id:
            return tuple(replace(e, doc_id=doc_id) for e in result.events)
        return result.events

    def _write_events(self, events: Sequence[Event]) -> int:
        if not events:
            return 0
        names = ", ".join(f'"{n}"' for n, _ in EVENT_COLUMNS)
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        rows = [event_row(e) for e in events]
        self.con.executemany(f"INSERT OR IGNORE INTO events ({names}) VALUES ({marks})", rows)
        return len(rows)

    def _write_error(self, error: ErrorRecord, run_id: str) -> None:
        self.con.execute("INSERT INTO errors (run_id, origin, doc_id, code, message) VALUES (?, ?, ?, ?, ?)",
                         [run_id, error.origin, error.doc_id, error.code, error.message])

    # --- reading -----------------------------------------------------------------------------
    def query_events(self, *, actor: str | None = None, recipient: str | None = None, event_type: str | None = None,
                     since: dt.date | None = None, until: dt.date | None = None,
                     limit: int | None = None) -> list[dict[str, Any]]:
        """Stored events as dicts with the fields of the JSON output, filtered."""
        where, params = [], []
        for clause, value in (("actor.code = ?", actor), ("recipient.code = ?", recipient),
                              ("event_type = ?", event_type and event_type.upper()),
                              ("date >= ?", since), ("date <= ?", until)):
            if value is not None:
                where.append(clause)
                params.append(value)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date NULLS LAST, doc_id, sentence_index, confidence DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

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
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "errors", "runs")}


def event_row(event: Event) -> list[Any]:
    """The event as a row in `EVENT_COLUMNS` order."""
    data = asdict(event)
    data["context"] = list(event.context)
    return [data[name] for name, _ in EVENT_COLUMNS]


def iter_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows made JSON-ready (dates as ISO strings)."""
    for row in rows:
        yield {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in row.items()}
