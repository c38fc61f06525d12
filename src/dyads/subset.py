"""A selection of a database as a database of its own: the events matching a filter, with what they need.

The dashboard exports "what I am looking at" through the same exporters as `dyads export`, which read a
whole `Store`: so the matching events are copied, with their mention links, mentions and documents, into
a new small database file, and the exporters run on that.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from dyads.analysis import EventFilter
from dyads.store import Store

# What to copy, each as a query over the source's tables given the matching events' ids (a fixed
# subquery "SELECT event_id FROM <filtered events>") and the documents they come from.
PARTS = (
    ("events", "SELECT * FROM {src}"),
    ("event_mentions", "SELECT * FROM event_mentions WHERE event_id IN ({ids})"),
    ("mentions", "SELECT * FROM mentions WHERE event_id IN "
                 "(SELECT mention_id FROM event_mentions WHERE event_id IN ({ids}))"),
    ("documents", "SELECT * FROM documents WHERE id IN (SELECT doc_id FROM {src}) OR id IN "
                  "(SELECT m.doc_id FROM mentions m JOIN event_mentions l ON l.mention_id = m.event_id "
                  "WHERE l.event_id IN ({ids}))"),
)


def copy_selection(con: duckdb.DuckDBPyConnection, flt: EventFilter, target: Path) -> int:
    """Write the events of `con` matching `flt` (with their mentions and documents) to a new database at
    `target`; returns the number of events."""
    src, params = flt.source()
    with Store(target) as out:
        for table, query in PARTS:
            sql = query.format(src=src, ids=f"SELECT event_id FROM {src}")
            data = con.sql(sql, params=params * sql.count(src)).to_arrow_table()  # `src` once per use
            out.con.register("incoming", data)
            try:
                out.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
            finally:
                out.con.unregister("incoming")
        return out.con.execute("SELECT count(*) FROM events").fetchone()[0]
