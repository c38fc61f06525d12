"""Names to codes for the dashboard's search boxes: actors by name or code, countries with names.

An analyst types "Turkey", "erdogan" or "tur"; the dashboard needs TUR. Matches come from the names the
stored events carry and from the built-in actor tables (`dyads.actors.tables`), ranked: the code itself,
then a name equal to the text, then names that start with it, then names that contain it; within a rank,
codes with more events first.
"""
from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from typing import Any

import duckdb

from dyads.actors import tables

EXACT_CODE, EXACT_NAME, PREFIX, CONTAINS = range(4)


@dataclass(frozen=True, slots=True)
class Match:
    """One actor code a search text can mean: its best name, how many events it takes part in, and why."""

    code: str
    name: str
    events: int
    matched: str
    rank: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def stored_actors(con: duckdb.DuckDBPyConnection, *, min_confidence: float = 0.0) -> dict[str, tuple[str, int]]:
    """Actor and recipient codes in the events reaching `min_confidence`: code -> (most frequent name, events)."""
    rows = con.execute("""
        WITH p AS (SELECT actor.code AS code, actor.name AS name FROM events WHERE confidence >= $1
                   UNION ALL SELECT recipient.code, recipient.name FROM events WHERE confidence >= $1)
        SELECT code, mode(name), count(*) FROM p WHERE code IS NOT NULL GROUP BY code""",
                       [float(min_confidence)]).fetchall()
    return {code: (name or tables.country_names().get(code, code), n) for code, name, n in rows}


@functools.cache
def _table_names() -> tuple[tuple[str, str, str], ...]:
    """(lower-case alias, alias, code) of every entry of the built-in actor tables that has a code."""
    return tuple((alias.lower(), alias, entry.code) for alias, entry in tables.builtin_pairs() if entry.code)


def search_actors(con: duckdb.DuckDBPyConnection, text: str, *, limit: int = 10,
                  min_confidence: float = 0.0) -> list[Match]:
    """Actor codes that `text` (a code or a name, any case) can mean, best first; codes without stored events
    are listed too (with 0 events) when a built-in name matches."""
    needle = " ".join(text.split()).lower()
    if not needle:
        return []
    stored = stored_actors(con, min_confidence=min_confidence)
    best: dict[str, tuple[int, str]] = {}

    def offer(code: str, rank: int, matched: str) -> None:
        if code not in best or rank < best[code][0]:
            best[code] = (rank, matched)

    for code, (name, _) in stored.items():
        if code.lower() == needle:
            offer(code, EXACT_CODE, code)
        for candidate in filter(None, (name, tables.country_names().get(code))):
            rank = _rank(candidate.lower(), needle)
            if rank is not None:
                offer(code, rank, candidate)
    for lower, alias, code in _table_names():
        rank = EXACT_CODE if code.lower() == needle else _rank(lower, needle)
        if rank is not None:
            offer(code, rank, alias)
    matches = [Match(code, stored.get(code, (tables.country_names().get(code, code), 0))[0],
                     stored.get(code, ("", 0))[1], matched, rank) for code, (rank, matched) in best.items()]
    matches.sort(key=lambda m: (m.rank, m.events == 0, -m.events, m.code))
    return matches[:limit]


def _rank(name: str, needle: str) -> int | None:
    if name == needle:
        return EXACT_NAME
    if name.startswith(needle):
        return PREFIX
    if len(needle) >= 3 and needle in name:
        return CONTAINS
    return None


def countries(con: duckdb.DuckDBPyConnection, *, min_confidence: float = 0.0) -> list[dict[str, Any]]:
    """Countries of the events' actors, recipients and places, with names and event counts (most first)."""
    rows = con.execute("""
        SELECT country, count(DISTINCT event_id) AS n FROM (
            SELECT event_id, actor.country AS country FROM events WHERE confidence >= $1
            UNION ALL SELECT event_id, recipient.country FROM events WHERE confidence >= $1
            UNION ALL SELECT event_id, location.country FROM events WHERE confidence >= $1)
        WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC, country""", [float(min_confidence)]).fetchall()
    names = tables.country_names()
    return [{"code": code, "name": names.get(code, code), "events": n} for code, n in rows]
