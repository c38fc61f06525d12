"""Databases made by the foundation version (schema 1) open and are upgraded in place."""
from __future__ import annotations

import duckdb
import pytest

from dyads.errors import DyadsError
from dyads.store import SCHEMA_VERSION, Store

PARTY = "STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, why VARCHAR)"
SPAN = "STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER)"
PLACE = "STRUCT(name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, why VARCHAR)"
# The schema the foundation (version 1) created, as it was.
V1 = f"""
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE documents (id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE NOT NULL, source VARCHAR, url VARCHAR,
    title VARCHAR, date DATE, origin VARCHAR, text VARCHAR, n_sentences INTEGER, run_id VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE events ("doc_id" VARCHAR NOT NULL, "event_id" VARCHAR PRIMARY KEY, "sentence_index" INTEGER,
    "sentence" VARCHAR, "event_type" VARCHAR, "mode" VARCHAR, "context" VARCHAR[], "cameo" VARCHAR,
    "goldstein" DOUBLE, "quad_class" INTEGER, "trigger" {SPAN}, "actor" {PARTY}, "recipient" {PARTY},
    "status" VARCHAR, "date" DATE, "date_precision" VARCHAR, "date_text" VARCHAR, "location" {PLACE},
    "attribution" {SPAN}, "confidence" DOUBLE, "why" VARCHAR);
CREATE TABLE errors (run_id VARCHAR, origin VARCHAR, doc_id VARCHAR, code VARCHAR, message VARCHAR,
    created TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE runs (run_id VARCHAR PRIMARY KEY, version VARCHAR, settings VARCHAR, started TIMESTAMP,
    finished TIMESTAMP, n_documents INTEGER, n_skipped INTEGER, n_events INTEGER, n_errors INTEGER);
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO documents (id, content_hash, source, date, text) VALUES
    ('d1', 'h1', 'Wire', DATE '2024-01-02', 'Chile praised Peru.'),
    ('d2', 'h2', 'Paper', DATE '2024-01-02', 'Chile lauded Peru.');
"""
ROW = ("INSERT INTO events VALUES (?, ?, 0, 'Chile praised Peru.', 'SUPPORT', NULL, [], '051', 3.4, 1, "
       "{'text': 'praised', 'start': 6, 'end': 13}, "
       "{'text': 'Chile', 'start': 0, 'end': 5, 'name': 'Chile', 'code': 'CHL', 'country': 'CHL', 'sector': NULL, 'why': 'x'}, "
       "{'text': 'Peru', 'start': 14, 'end': 18, 'name': 'Peru', 'code': 'PER', 'country': 'PER', 'sector': NULL, 'why': 'x'}, "
       "'occurred', DATE '2024-01-02', 'publication', NULL, NULL, NULL, 0.9, 'rule')")


@pytest.fixture()
def v1_db(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(V1)
    con.execute(ROW, ["d1", "m1"])
    con.execute(ROW, ["d2", "m2"])
    con.close()
    return path


def test_version_1_database_is_upgraded_and_its_mentions_deduplicated(v1_db):
    with Store(v1_db) as store:
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        assert store.counts()["mentions"] == 2
        rows = store.con.execute("SELECT actor.code, recipient.code, date, goldstein, quad_class, num_mentions, "
                                 "num_sources FROM events").fetchall()
        assert [r[:2] + r[3:] for r in rows] == [("CHL", "PER", 3.4, 1, 2, 2)]
        assert store.con.execute("SELECT article_id FROM documents ORDER BY id").fetchall() == [("d1",), ("d2",)]


def test_version_1_database_cannot_be_opened_read_only(v1_db):
    with pytest.raises(DyadsError, match="E013"):
        Store(v1_db, read_only=True)


def test_upgraded_database_opens_read_only_afterwards(v1_db):
    Store(v1_db).close()
    with Store(v1_db, read_only=True) as store:
        assert store.query_events()[0]["num_mentions"] == 2


def test_version_2_e009_rows_get_their_content_hash_column_and_a_restart_skips_them(tmp_path):
    """Schema 2 wrote a failed document's hash into its E009 message; version 3 moves it to `content_hash`."""
    path = tmp_path / "v2.duckdb"
    digest = "ab" * 32
    with Store(path) as store:  # a current database, turned back into what version 2 wrote
        store.con.execute("ALTER TABLE errors DROP COLUMN content_hash")
        store.con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        store.con.execute("INSERT INTO errors (run_id, origin, doc_id, code, message) VALUES "
                          f"('r', 'in/m.txt', 'm', 'E009', 'coding failed: RecursionError() [content {digest}]'), "
                          "('r', 'in/e.txt', 'e', 'E001', 'empty document')")
    with Store(path) as store:
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "3"
        rows = store.con.execute("SELECT code, message, content_hash FROM errors ORDER BY code").fetchall()
        assert rows == [("E001", "empty document", None), ("E009", "coding failed: RecursionError()", digest)]
        assert store.failed_hashes([digest, "cd" * 32]) == {digest}
