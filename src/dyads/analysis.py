"""Analysis: dyads over time, top actors, summaries, networks and event look-ups.

Every SQL query that reads events for analysis lives here, parameterized. Functions take a
DuckDB connection from the store layer (`Store.con`, or `Store.cursor()` per thread) and return
pandas DataFrames (analysis) or JSON-ready dicts (look-ups used by the API).

Counts are of deduplicated events (the `events` table of schema v2); an event's evidence and
mentions come from `mentions` through `event_mentions`. Every function leaves out events whose confidence is
below `min_confidence`: None means the `min_confidence` setting (by default the threshold shipped with the
confidence model); 0 keeps every event.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import networkx as nx
import pandas as pd

from dyads.errors import DyadsError
from dyads.records import EVENT_TYPES, STATUSES
from dyads.settings import load_settings

DEFAULT_STATUSES: tuple[str, ...] = ("occurred",)
FREQS = ("day", "week", "month", "quarter", "year")
# How long the period a date of each precision stands for is, and how long each series period is (0 = a day,
# 1 = a week, 2 = a month, 3 = a quarter, 4 = a year). An event counts in periods at least as long as its
# date's precision: a year-only date (stored as 1 January) is not counted in that January's week or month.
PRECISION_SPAN = {"day": 0, "publication": 0, "month": 2, "year": 4}
FREQ_SPAN = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
# Sort keys accepted by `find_events`, mapped to fixed SQL (user input never reaches the SQL text).
SORTS = {
    "date": "date ASC NULLS LAST, event_id", "-date": "date DESC NULLS LAST, event_id",
    "goldstein": "goldstein ASC, date DESC NULLS LAST, event_id",
    "-goldstein": "goldstein DESC, date DESC NULLS LAST, event_id",
    "type": "event_type, date DESC NULLS LAST, event_id",
}
EVENT_FIELDS = ("event_id", "doc_id", "sentence_index", "sentence", "event_type", "mode", "cameo", "goldstein",
                "quad_class", "trigger", "actor", "recipient", "status", "date", "date_precision", "date_text",
                "location", "attribution", "confidence", "why")
CLUSTER_FIELDS = ("num_mentions", "num_sources", "num_articles", "first_seen")
QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE quad_class = {i}) AS {name}" for i, name in enumerate(QUADS, 1))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to look at; empty tuples and None mean "any".

    `undirected` makes an actor+recipient filter match both directions of the dyad.
    """

    actor: str | None = None
    recipient: str | None = None
    undirected: bool = False
    country: str | None = None
    event_types: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    text: str | None = None
    min_confidence: float = 0.0

    def source(self, *extra: str) -> tuple[str, list[Any]]:
        """What to put after FROM (fixed SQL text with `?` marks) for the matching events, and its parameters.

        `extra` adds fixed conditions. An undirected dyad is two directed scans joined by UNION ALL:
        DuckDB pushes `actor.code = ? AND recipient.code = ?` into the scan, but not an OR of them.
        """
        clauses, params = self._clauses()
        clauses += extra
        if self.actor and self.recipient and self.undirected and self.actor != self.recipient:
            rest = "".join(f" AND {c}" for c in clauses)
            half = f"SELECT * FROM events WHERE actor.code = ? AND recipient.code = ?{rest}"
            return (f"({half} UNION ALL {half}) AS events",
                    [self.actor, self.recipient, *params, self.recipient, self.actor, *params])
        for clause, value in (("actor.code = ?", self.actor), ("recipient.code = ?", self.recipient)):
            if value:
                clauses.append(clause)
                params.append(value)
        return "events" + ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params

    def _clauses(self) -> tuple[list[str], list[Any]]:
        """Conditions other than the actor and recipient codes."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            clauses.append("(actor.country = ? OR recipient.country = ? OR location.country = ?)")
            params += [self.country] * 3
        for clause, values in (("list_contains(?, event_type)", list(self.event_types)),
                               ("list_contains(?, quad_class)", list(self.quad_classes)),
                               ("list_contains(?, status)", list(self.statuses))):
            if values:
                clauses.append(clause)
                params.append(values)
        for clause, value in (("date >= ?", self.since), ("date <= ?", self.until)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if self.place:
            clauses.append("location.name ILIKE ? ESCAPE '\\'")
            params.append(_like(self.place))
        if self.text:
            clauses.append("sentence ILIKE ? ESCAPE '\\'")
            params.append(_like(self.text))
        if self.min_confidence > 0:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        return clauses, params


def make_filter(*, actor: str | None = None, recipient: str | None = None, undirected: bool = False,
                country: str | None = None, event_types: Sequence[str] = (), quad_classes: Sequence[int] = (),
                statuses: Sequence[str] | None = DEFAULT_STATUSES, since: dt.date | None = None,
                until: dt.date | None = None, place: str | None = None, text: str | None = None,
                min_confidence: float | None = None) -> EventFilter:
    """Build a validated `EventFilter` (codes upper-cased); raise DyadsError E070 on bad values.

    `min_confidence` None means the threshold of the settings (see `threshold`).
    """
    types = tuple(t.strip().upper() for t in event_types if t.strip())
    for t in types:
        if t not in EVENT_TYPES:
            raise DyadsError("E070", name="type", value=t, allowed=", ".join(EVENT_TYPES))
    for q in quad_classes:
        if q not in (1, 2, 3, 4):
            raise DyadsError("E070", name="quad_class", value=q, allowed="1, 2, 3, 4")
    stats = tuple(s.strip().lower() for s in (statuses or ()) if s.strip())
    for s in stats:
        if s not in STATUSES:
            raise DyadsError("E070", name="status", value=s, allowed=", ".join(STATUSES))
    if since and until and since > until:
        raise DyadsError("E071", since=since, until=until)
    floor = threshold(min_confidence)
    if not 0.0 <= floor <= 1.0:
        raise DyadsError("E070", name="min_confidence", value=floor, allowed="a number from 0 to 1")
    return EventFilter(actor=_code(actor), recipient=_code(recipient), undirected=undirected,
                       country=_code(country), event_types=types, quad_classes=tuple(quad_classes), statuses=stats,
                       since=since, until=until, place=place or None, text=text or None, min_confidence=floor)


def threshold(min_confidence: float | None) -> float:
    """The confidence below which events are left out: the one given, else the settings' (`DYADS_MIN_CONFIDENCE`,
    else the default shipped with the confidence model)."""
    return load_settings().confidence_threshold() if min_confidence is None else float(min_confidence)


def _code(value: str | None) -> str | None:
    return value.strip().upper() if value and value.strip() else None


def _like(value: str) -> str:
    """A substring pattern for ILIKE with the wildcards in `value` taken literally."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def dated_for(freq: str) -> str:
    """SQL condition (fixed text) for events whose date is precise enough to count in `freq` periods."""
    allowed = sorted(p for p, span in PRECISION_SPAN.items() if span <= FREQ_SPAN[freq])
    return "date IS NOT NULL AND date_precision IN (" + ", ".join(f"'{p}'" for p in allowed) + ")"


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return pd.DataFrame(cur.fetchall(), columns=cols)


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


# --- dyads over time ---------------------------------------------------------------------------
def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, *, freq: str = "week", directed: bool = False,
                since: dt.date | None = None, until: dt.date | None = None,
                statuses: Sequence[str] | None = DEFAULT_STATUSES, fill: bool = True,
                min_confidence: float | None = None) -> pd.DataFrame:
    """Per period: events, counts per quad class, cooperation/conflict, Goldstein sum and mean, top types.

    Args:
        a, b: actor codes (e.g. CHN, RUS). Undirected (both directions) unless `directed`.
        freq: day, week (ISO weeks starting Monday), month, quarter or year. An event counts only in periods at least as long
            as its date's precision (`dated_for`): month-precision events are left out of day and week
            series, year-precision events out of every series shorter than a year.
        statuses: event statuses counted; the default counts only events that occurred; None counts all.
        fill: add zero rows for empty periods between the first and last.
        min_confidence: events with a lower confidence are not counted (None: the settings' threshold).
    Returns:
        DataFrame with columns period, events, verbal_coop, material_coop, verbal_conflict,
        material_conflict, cooperation, conflict, goldstein_sum, goldstein_mean, top_types.
    """
    rows = dyad_series_rows(con, a, b, freq=freq, directed=directed, since=since, until=until, statuses=statuses,
                            fill=fill, min_confidence=min_confidence)
    return pd.DataFrame(rows, columns=list(SERIES_COLUMNS))


SERIES_COLUMNS = ("period", "events", *QUADS, "cooperation", "conflict", "goldstein_sum", "goldstein_mean",
                  "top_types")


class DyadIndex:
    """An in-memory copy of the dyad columns sorted by (actor, recipient, date), with each dyad's rows.

    A dyad's series then reads only its own rows (a rowid range) instead of scanning every event.
    Built once from a database file that does not change while the index is used (the read-only API).
    """

    def __init__(self, path: str) -> None:
        self.con = duckdb.connect()  # in-memory
        parquet_store = Path(path).is_dir()
        if parquet_store:
            from dyads.store import parquet

            parquet.attach(self.con, Path(path))
        else:
            # The path comes from the server's configuration, never from a request.
            self.con.execute(f"ATTACH '{path.replace(chr(39), chr(39) * 2)}' AS src (READ_ONLY)")
        self.con.execute(f"""
            CREATE TABLE dyad AS
            SELECT actor.code AS a, recipient.code AS b, date, date_precision, status, quad_class, event_type,
                   goldstein, confidence
            FROM {"events" if parquet_store else "src.events"}
            WHERE actor.code IS NOT NULL AND recipient.code IS NOT NULL
            ORDER BY a, b, date""")
        if not parquet_store:
            self.con.execute("DETACH src")
        self.ranges = {(a, b): (lo, hi) for a, b, lo, hi in
                       self.con.execute("SELECT a, b, min(rowid), max(rowid) FROM dyad GROUP BY a, b").fetchall()}

    def covers(self, flt: EventFilter) -> bool:
        """Whether `flt` names one dyad and uses only columns the index holds."""
        return bool(flt.actor and flt.recipient) and not (flt.country or flt.place or flt.text)

    def _source(self, flt: EventFilter, *extra: str) -> tuple[str, list[Any]] | None:
        """What to put after FROM for the dyad's matching rows, or None when the dyad has no events."""
        keys = {(flt.actor, flt.recipient)} | ({(flt.recipient, flt.actor)} if flt.undirected else set())
        spans = [self.ranges[k] for k in sorted(keys) if k in self.ranges]
        if not spans:
            return None
        parts = " UNION ALL ".join("SELECT * FROM dyad WHERE rowid BETWEEN ? AND ?" for _ in spans)
        where, params = list(extra), [v for span in spans for v in span]
        for clause, value in (("list_contains(?, status)", list(flt.statuses)),
                              ("list_contains(?, event_type)", list(flt.event_types)),
                              ("list_contains(?, quad_class)", list(flt.quad_classes)),
                              ("date >= ?", flt.since), ("date <= ?", flt.until),
                              ("confidence >= ?", flt.min_confidence or None)):
            if value is not None and value != []:
                where.append(clause)
                params.append(value)
        return f"({parts}) WHERE {' AND '.join(where) or 'true'}", params

    def _query(self, sql: str, params: list[Any]) -> list[tuple]:
        cur = self.con.cursor()
        try:
            return cur.execute(sql, params).fetchall()
        finally:
            cur.close()

    def groups(self, flt: EventFilter, *, freq: str) -> list[tuple]:
        """(period, event_type, quad_class, count, Goldstein sum) rows of one dyad, like `_series_groups`."""
        found = self._source(flt, dated_for(freq))
        if found is None:
            return []
        src, params = found
        return self._query(f"""
            SELECT CAST(date_trunc(?, date) AS DATE) AS period, event_type, quad_class, count(*), sum(goldstein)
            FROM {src} GROUP BY ALL ORDER BY period""", [freq, *params])

    def count(self, flt: EventFilter) -> int:
        """How many events of one dyad match `flt` (see `covers`)."""
        found = self._source(flt)
        return 0 if found is None else self._query(f"SELECT count(*) FROM {found[0]}", found[1])[0][0]

    def scalars(self, flt: EventFilter, select: str) -> tuple:
        """The one row of `select` (fixed SQL ending in FROM, aggregates only) over one dyad's matching rows."""
        found = self._source(flt)
        if found is None:
            found = ("(SELECT * FROM dyad WHERE false)", [])
        return self._query(select + found[0], found[1])[0]


def _series_groups(con: duckdb.DuckDBPyConnection, flt: EventFilter, freq: str) -> list[tuple]:
    src, params = flt.source(dated_for(freq))
    return con.execute(f"""
        SELECT CAST(date_trunc(?, date) AS DATE) AS period, event_type, quad_class, count(*) AS n,
               sum(goldstein) AS g
        FROM {src} GROUP BY ALL ORDER BY period""", [freq, *params]).fetchall()


def dyad_series_rows(con: duckdb.DuckDBPyConnection, a: str, b: str, *, freq: str = "week",
                     directed: bool = False, since: dt.date | None = None, until: dt.date | None = None,
                     statuses: Sequence[str] | None = DEFAULT_STATUSES, fill: bool = True,
                     index: DyadIndex | None = None, min_confidence: float | None = None) -> list[dict[str, Any]]:
    """`dyad_series` as a list of dicts (the API's fast path: one small GROUP BY, assembled here)."""
    flt = make_filter(actor=a, recipient=b, undirected=not directed, statuses=statuses, since=since, until=until,
                      min_confidence=min_confidence)
    return series_rows(con, flt, freq=freq, fill=fill, index=index)


def series_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, freq: str = "week", fill: bool = True,
                index: DyadIndex | None = None) -> list[dict[str, Any]]:
    """The rows of `dyad_series` for the events matching any filter (the dashboard's chart).

    Empty periods between the first and the last are zero rows with `goldstein_mean` None when `fill`.
    """
    if freq not in FREQS:
        raise DyadsError("E070", name="freq", value=freq, allowed=", ".join(FREQS))
    if index is not None and index.covers(flt):
        groups = index.groups(flt, freq=freq)
    else:
        groups = _series_groups(con, flt, freq)
    periods: dict[dt.date, dict[str, Any]] = {}
    types: dict[dt.date, dict[str, int]] = {}
    for period, event_type, quad, n, g in groups:
        row = periods.setdefault(period, _empty_period(period))
        row["events"] += n
        row[QUADS[quad - 1]] += n
        row["goldstein_sum"] += g
        types.setdefault(period, {}).setdefault(event_type, 0)
        types[period][event_type] += n
    for period, row in periods.items():
        row["cooperation"] = row["verbal_coop"] + row["material_coop"]
        row["conflict"] = row["verbal_conflict"] + row["material_conflict"]
        row["goldstein_mean"] = round(row["goldstein_sum"] / row["events"], 3)
        row["goldstein_sum"] = round(row["goldstein_sum"], 2)
        ranked = sorted(types[period].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        row["top_types"] = ", ".join(f"{t}:{n}" for t, n in ranked)
    if fill and periods:
        first, last = min(periods), max(periods)
        day = first
        while day <= last:
            periods.setdefault(day, _empty_period(day))
            day = _next_period(day, freq)
    return [periods[p] for p in sorted(periods)]


def _empty_period(period: dt.date) -> dict[str, Any]:
    return {"period": period, "events": 0, **dict.fromkeys(QUADS, 0), "cooperation": 0, "conflict": 0,
            "goldstein_sum": 0.0, "goldstein_mean": None, "top_types": ""}


def _next_period(day: dt.date, freq: str) -> dt.date:
    if freq == "day":
        return day + dt.timedelta(days=1)
    if freq == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[freq]
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def coverage(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, freq: str = "week",
             index: DyadIndex | None = None) -> dict[str, int]:
    """How many events match `flt` and how many of them a `freq` series counts.

    `matching` = `on_chart` + `undated` (no date) + `imprecise` (dated less precisely than a `freq` period,
    e.g. a year-only date on a weekly chart), so a chart and a table of the same filter can say why they differ.
    """
    if freq not in FREQS:
        raise DyadsError("E070", name="freq", value=freq, allowed=", ".join(FREQS))
    select = f"SELECT count(*), count(*) FILTER (WHERE date IS NULL), count(*) FILTER (WHERE {dated_for(freq)}) FROM "
    if index is not None and index.covers(flt):
        matching, undated, on_chart = index.scalars(flt, select)
    else:
        src, params = flt.source()
        matching, undated, on_chart = con.execute(select + src, params).fetchone()
    return {"matching": matching, "on_chart": on_chart, "undated": undated,
            "imprecise": matching - on_chart - undated}


def timeline(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, freq: str = "week") -> pd.DataFrame:
    """Events per period matching `flt`: period, events, cooperation, conflict, goldstein_mean.

    Only events dated at least as precisely as the period count (see `dyad_series`).
    """
    if freq not in FREQS:
        raise DyadsError("E070", name="freq", value=freq, allowed=", ".join(FREQS))
    src, params = flt.source(dated_for(freq))
    return _frame(con, f"""
        SELECT CAST(date_trunc(?, date) AS DATE) AS period, count(*) AS events,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict, round(avg(goldstein), 3) AS goldstein_mean
        FROM {src} GROUP BY period ORDER BY period""", [freq, *params])


# --- actors, summaries, places, networks ------------------------------------------------------
def top_actors(con: duckdb.DuckDBPyConnection, *, since: dt.date | None = None, until: dt.date | None = None,
               statuses: Sequence[str] | None = DEFAULT_STATUSES, limit: int = 20,
               min_confidence: float | None = None) -> pd.DataFrame:
    """Actors by number of events they take part in (as actor or recipient).

    Returns:
        DataFrame with code, events, as_actor, as_recipient, cooperation, conflict, goldstein_mean.
    """
    src, params = make_filter(statuses=statuses, since=since, until=until, min_confidence=min_confidence).source()
    return _frame(con, f"""
        WITH e AS (SELECT actor.code AS a, recipient.code AS r, quad_class, goldstein FROM {src}),
        p AS (SELECT a AS code, 'actor' AS role, quad_class, goldstein FROM e WHERE a IS NOT NULL
              UNION ALL SELECT r, 'recipient', quad_class, goldstein FROM e WHERE r IS NOT NULL)
        SELECT code, count(*) AS events, count(*) FILTER (WHERE role = 'actor') AS as_actor,
               count(*) FILTER (WHERE role = 'recipient') AS as_recipient,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict, round(avg(goldstein), 3) AS goldstein_mean
        FROM p GROUP BY code ORDER BY events DESC, code LIMIT ?""", [*params, int(limit)])


def dyad_totals(con: duckdb.DuckDBPyConnection, *, statuses: Sequence[str] | None = None,
                min_confidence: float | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> pd.DataFrame:
    """Per directed dyad: events, Goldstein sum and mean, counts per quad class."""
    src, params = make_filter(statuses=statuses, min_confidence=min_confidence, since=since, until=until).source(
        "actor.code IS NOT NULL AND recipient.code IS NOT NULL")
    return _frame(con, f"""
        SELECT actor.code AS actor, recipient.code AS recipient, count(*) AS events,
               round(sum(goldstein), 1) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean, {QUAD_COUNTS}
        FROM {src} GROUP BY ALL ORDER BY events DESC, actor, recipient""", params)


def summary(con: duckdb.DuckDBPyConnection, *, statuses: Sequence[str] | None = None,
            min_confidence: float | None = None, since: dt.date | None = None,
            until: dt.date | None = None) -> dict[str, pd.DataFrame]:
    """Events per type, per country (actor or recipient), per month and per status, and dyad totals (of the
    events dated from `since` to `until` when given: undated events are then left out).

    "months" counts events dated to a day or a month (year-only and undated events are in no month's row).
    """
    min_confidence = threshold(min_confidence)
    flt = make_filter(statuses=statuses, min_confidence=min_confidence, since=since, until=until)
    src, params = flt.source()
    monthly, monthly_params = flt.source(dated_for("month"))
    return {
        "types": _frame(con, f"""SELECT event_type, count(*) AS events, round(avg(goldstein), 2) AS goldstein_mean
                                 FROM {src} GROUP BY event_type ORDER BY events DESC, event_type""", params),
        "countries": _frame(con, f"""
            WITH e AS (SELECT actor.country AS a, recipient.country AS r FROM {src})
            SELECT country, count(*) AS events FROM (SELECT a AS country FROM e UNION ALL SELECT r FROM e WHERE r IS
            DISTINCT FROM a) WHERE country IS NOT NULL GROUP BY country ORDER BY events DESC, country""", params),
        "months": _frame(con, f"""SELECT CAST(date_trunc('month', date) AS DATE) AS month, count(*) AS events
                                  FROM {monthly} GROUP BY month ORDER BY month""", monthly_params),
        "statuses": _frame(con, f"SELECT status, count(*) AS events FROM {src} GROUP BY status "
                                "ORDER BY events DESC", params),
        "dyads": dyad_totals(con, statuses=statuses, min_confidence=min_confidence, since=since, until=until),
    }


def places(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, limit: int = 500) -> pd.DataFrame:
    """Event locations matching `flt`: name, country, lat, lon, events, goldstein_mean and the ids of up to ten
    of their events, latest first (`event_ids`)."""
    src, params = flt.source("location.lat IS NOT NULL AND location.lon IS NOT NULL")
    return _frame(con, f"""
        SELECT location.name AS name, location.country AS country, location.lat AS lat, location.lon AS lon,
               count(*) AS events, round(avg(goldstein), 2) AS goldstein_mean,
               list(event_id ORDER BY date DESC NULLS LAST, event_id)[1:10] AS event_ids
        FROM {src} GROUP BY ALL ORDER BY events DESC, name LIMIT ?""", [*params, int(limit)])


def facets(con: duckdb.DuckDBPyConnection, *, min_confidence: float | None = None) -> dict[str, Any]:
    """What the dashboard's filters can offer: actor codes with counts, date range, totals (of the events
    that reach `min_confidence`, which is returned too, with how many events are left out below it)."""
    floor = threshold(min_confidence)
    codes = con.execute("""
        SELECT code, count(*) AS n FROM (SELECT actor.code AS code FROM events WHERE confidence >= $1 UNION ALL
                                         SELECT recipient.code FROM events WHERE confidence >= $1)
        WHERE code IS NOT NULL GROUP BY code ORDER BY n DESC, code LIMIT 300""", [floor]).fetchall()
    first, last, total, below = con.execute(
        "SELECT min(date) FILTER (WHERE confidence >= $1), max(date) FILTER (WHERE confidence >= $1), "
        "count(*) FILTER (WHERE confidence >= $1), count(*) FILTER (WHERE confidence < $1) FROM events",
        [floor]).fetchone()
    return {"actors": [{"code": c, "events": n} for c, n in codes], "types": list(EVENT_TYPES),
            "statuses": list(STATUSES), "first_date": first, "last_date": last, "events": total,
            "min_confidence": floor, "below_min_confidence": below,
            "documents": con.execute("SELECT count(*) FROM documents").fetchone()[0]}


def network(con: duckdb.DuckDBPyConnection, *, since: dt.date | None = None, until: dt.date | None = None,
            statuses: Sequence[str] | None = DEFAULT_STATUSES, min_confidence: float | None = None) -> nx.DiGraph:
    """Actors as nodes, one directed edge per dyad weighted by events, with counts per quad class."""
    src, params = make_filter(statuses=statuses, since=since, until=until, min_confidence=min_confidence).source(
        "actor.code IS NOT NULL AND recipient.code IS NOT NULL")
    edges = _frame(con, f"""
        SELECT actor.code AS source, recipient.code AS target, count(*) AS weight, {QUAD_COUNTS},
               round(sum(goldstein), 2) AS goldstein_sum
        FROM {src} GROUP BY ALL ORDER BY source, target""", params)
    graph = nx.DiGraph()
    for row in edges.itertuples(index=False):
        attrs = {k: (float(v) if k == "goldstein_sum" else int(v)) for k, v in row._asdict().items()
                 if k not in ("source", "target")}
        graph.add_edge(row.source, row.target, **attrs)
    for node in graph.nodes:
        weight = graph.in_degree(node, weight="weight") + graph.out_degree(node, weight="weight")
        graph.nodes[node]["events"] = int(weight)
    return graph


# --- look-ups for the API ----------------------------------------------------------------------
def find_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, sort: str = "-date", limit: int = 50,
                offset: int = 0, index: DyadIndex | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Events matching `flt`, one page of them, and how many match in all (counted on `index` if it can)."""
    if sort not in SORTS:
        raise DyadsError("E070", name="sort", value=sort, allowed=", ".join(SORTS))
    src, params = flt.source()
    if index is not None and index.covers(flt):
        total = index.count(flt)
    else:
        total = con.execute(f"SELECT count(*) FROM {src}", params).fetchone()[0]
    cols = ", ".join(f'"{c}"' for c in (*EVENT_FIELDS, *CLUSTER_FIELDS))
    cur = con.execute(f"SELECT {cols} FROM {src} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
                      [*params, int(limit), int(offset)])
    return total, _dicts(cur)


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event with its mentions and the documents they come from, or None."""
    rows = _dicts(con.execute("SELECT * FROM events WHERE event_id = ?", [event_id]))
    if not rows:
        return None
    event = rows[0]
    event["evidence"] = _evidence(con, event)
    mentions = _mentions(con, event)
    doc_ids = sorted({m["doc_id"] for m in mentions} | {event["doc_id"]})
    docs = _dicts(con.execute("SELECT id, title, source, url, date FROM documents WHERE list_contains(?, id) "
                              "ORDER BY date, id", [doc_ids]))
    return {"event": event, "mentions": mentions, "documents": docs}


def _evidence(con: duckdb.DuckDBPyConnection, event: dict[str, Any]) -> dict[str, Any]:
    """The event's sentence with the actor, trigger and recipient spans relative to it (for highlighting)."""
    sentence = event.get("sentence") or ""
    trigger = event.get("trigger") or {}
    row = con.execute("SELECT text FROM documents WHERE id = ?", [event["doc_id"]]).fetchone()
    text = row[0] if row else ""
    offset = -1
    anchor = trigger.get("start") if trigger.get("start") is not None else 0
    # The sentence occurrence that contains the trigger (a sentence may repeat in a document).
    while (found := text.find(sentence, offset + 1)) != -1 and found <= anchor:
        offset = found
        if found + len(sentence) >= anchor:
            break
    spans = []
    for role in ("actor", "trigger", "recipient"):
        part = event.get(role)
        if offset >= 0 and part and part.get("start") is not None:
            start, end = part["start"] - offset, part["end"] - offset
            if 0 <= start < end <= len(sentence):
                spans.append({"role": role, "start": start, "end": end, "text": sentence[start:end]})
    return {"sentence": sentence, "spans": sorted(spans, key=lambda s: s["start"])}


def _mentions(con: duckdb.DuckDBPyConnection, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The mentions (one per reporting sentence) merged into an event."""
    return _dicts(con.execute("""
        SELECT m.* FROM mentions m JOIN event_mentions l ON l.mention_id = m.event_id
        WHERE l.event_id = ? ORDER BY m.doc_id, m.sentence_index""", [event["event_id"]]))


def get_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A document's text with the spans of every event coded in it, or None."""
    rows = _dicts(con.execute("SELECT id, title, source, url, date, text FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        return None
    # Every mention in the document, named by the deduplicated event it belongs to.
    spans = _dicts(con.execute("""
        SELECT coalesce(l.event_id, m.event_id) AS event_id, m.event_id AS mention_id, m.event_type, m.status,
               m.goldstein, m.sentence_index, m.trigger, m.actor, m.recipient, m.why
        FROM mentions m LEFT JOIN event_mentions l ON l.mention_id = m.event_id
        WHERE m.doc_id = ? ORDER BY m.trigger.start""", [doc_id]))
    return {"document": rows[0], "events": spans}


def jsonable(value: Any) -> Any:
    """Values from DuckDB or pandas made JSON-ready (dates as ISO strings, NaN as None)."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime, pd.Timestamp)):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return jsonable(value.item())
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame as a list of JSON-ready dicts."""
    return [jsonable(row) for row in df.to_dict(orient="records")]
