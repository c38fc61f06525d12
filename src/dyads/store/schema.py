"""The database schema, its version, and the migrations that bring older databases up to date.

Version 1 (the foundation) stored one row per coded mention in `events`. Version 2 renames that
table to `mentions` (same columns) and adds a deduplicated `events` table whose shared columns
have the same names and types, so `SELECT actor.code, recipient.code, date FROM events` works
on both. Version 3 gives `errors` a `content_hash` column: the SHA-256 of a document whose coding failed
(E009), which version 2 wrote into the message text as `[content <hash>]`; the migration moves it.
"""
from __future__ import annotations

import logging

import duckdb

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
PARTY = ("STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER, name VARCHAR, code VARCHAR, country VARCHAR, "
         "sector VARCHAR, why VARCHAR)")
SPAN = "STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER)"
PLACE = ("STRUCT(name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, "
         "why VARCHAR)")

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
# Columns the deduplicated `events` table adds to the fields of its representative mention.
CLUSTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("num_mentions", "INTEGER"),
    ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("first_seen", "DATE"),
    ("last_seen", "DATE"),
    ("sources", "VARCHAR[]"),
    ("articles", "VARCHAR[]"),
    ("dedup_key", "VARCHAR"),
    ("seq", "BIGINT"),
)
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"),
    ("content_hash", "VARCHAR UNIQUE NOT NULL"),
    ("source", "VARCHAR"),
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("date", "DATE"),
    ("origin", "VARCHAR"),
    ("text", "VARCHAR"),
    ("n_sentences", "INTEGER"),
    ("run_id", "VARCHAR"),
    ("ingested_at", "TIMESTAMP DEFAULT current_timestamp"),
    ("language", "VARCHAR"),
    ("tone", "DOUBLE"),
    ("article_id", "VARCHAR"),
    ("minhash", "UBIGINT[]"),
)
RUN_COLUMNS: tuple[tuple[str, str], ...] = (
    ("run_id", "VARCHAR PRIMARY KEY"),
    ("version", "VARCHAR"),
    ("settings", "VARCHAR"),
    ("started", "TIMESTAMP"),
    ("finished", "TIMESTAMP"),
    ("n_documents", "INTEGER"),
    ("n_skipped", "INTEGER"),
    ("n_events", "INTEGER"),
    ("n_errors", "INTEGER"),
    ("n_read", "INTEGER"),
    ("n_new_events", "INTEGER"),
    ("seconds", "DOUBLE"),
    ("error_counts", "VARCHAR"),
)


def _table(name: str, columns: tuple[tuple[str, str], ...]) -> str:
    return f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(f'{_q(n)} {t}' for n, t in columns)});"


def _q(name: str) -> str:
    return f'"{name}"'


# Views that flag the events and mentions below the `min_confidence` the database was last written with
# (meta key min_confidence; 0 before any ingest): `SELECT * FROM flagged_events WHERE below_min_confidence`.
FLAGGED_VIEWS = tuple(
    f"CREATE OR REPLACE VIEW flagged_{table} AS SELECT *, confidence < coalesce((SELECT max(TRY_CAST(value AS DOUBLE)) "
    f"FROM meta WHERE key = 'min_confidence'), 0.0) AS below_min_confidence FROM {table};"
    for table in ("events", "mentions"))

DDL = "\n".join((
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);",
    _table("documents", DOCUMENT_COLUMNS),
    _table("mentions", EVENT_COLUMNS),
    _table("events", EVENT_COLUMNS + CLUSTER_COLUMNS),
    "CREATE TABLE IF NOT EXISTS event_mentions (mention_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL);",
    "CREATE TABLE IF NOT EXISTS doc_bands (band SMALLINT, bucket UBIGINT, doc_id VARCHAR);",
    "CREATE INDEX IF NOT EXISTS doc_bands_bucket ON doc_bands (bucket);",
    "CREATE TABLE IF NOT EXISTS errors (run_id VARCHAR, origin VARCHAR, doc_id VARCHAR, code VARCHAR, "
    "message VARCHAR, created TIMESTAMP DEFAULT current_timestamp, content_hash VARCHAR);",
    _table("runs", RUN_COLUMNS),
    *FLAGGED_VIEWS,
))


def version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version stored in the database; None for an empty database."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = current_schema()").fetchall()}
    if "meta" not in tables:
        return None if not tables else 1
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 1


def migrate(con: duckdb.DuckDBPyConnection) -> bool:
    """Create or upgrade the schema in one transaction; True when events must be rebuilt from mentions."""
    found = version(con)
    con.execute("BEGIN TRANSACTION")
    try:
        rebuild = False
        if found == 1:
            _v1_to_v2(con)
            rebuild = True
        if found in (1, 2):
            _v2_to_v3(con)
        con.execute(DDL)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    if found is not None and found != SCHEMA_VERSION:
        log.info("migrated database schema from version %s to %s", found, SCHEMA_VERSION)
    return rebuild


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1 kept mentions in `events`: rename it and add the new document and run columns."""
    con.execute("ALTER TABLE events RENAME TO mentions")
    for table, columns in (("documents", DOCUMENT_COLUMNS), ("runs", RUN_COLUMNS)):
        have = {r[0] for r in con.execute(f"SELECT column_name FROM information_schema.columns "
                                          f"WHERE table_name = '{table}'").fetchall()}
        for name, kind in columns:
            if name not in have:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {_q(name)} {kind}")
    con.execute("UPDATE documents SET article_id = id WHERE article_id IS NULL")


def _v2_to_v3(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 wrote a failed document's content hash into its E009 message: move it to `content_hash`."""
    have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'errors'").fetchall()}
    if not have:  # no errors table yet: the DDL creates it with the column
        return
    if "content_hash" not in have:
        con.execute("ALTER TABLE errors ADD COLUMN content_hash VARCHAR")
    con.execute(r"""UPDATE errors SET
        content_hash = regexp_extract(message, '\[content ([0-9a-f]{64})\]', 1),
        message = trim(regexp_replace(message, ' ?\[content [0-9a-f]{64}\]', ''))
        WHERE code = 'E009' AND content_hash IS NULL AND regexp_matches(message, '\[content [0-9a-f]{64}\]')""")
