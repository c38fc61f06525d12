"""The Python API: code a text into events, and read a database as pandas DataFrames.

    >>> import dyads
    >>> events = dyads.code("Chile condemned Peru on Monday.", date="2024-05-17")
    >>> [(e.event_type, e.actor.code, e.recipient.code, e.date) for e in events]
    [('ACCUSE', 'CHL', 'PER', datetime.date(2024, 5, 13))]
    >>> db = dyads.open("news.duckdb")
    >>> db.events(actor="Turkey", type="assault")          # one row per event, flat columns
    >>> db.dyad("TUR", "SYR", period="month")              # one row per month, `period` a datetime64 column
    >>> db.summary()["dyads"]                               # per-dyad totals with names

`code` needs no records or settings objects: keyword arguments are settings (`spacy_model`, `lexicon_paths`,
`actor_paths`, ...; see `dyads.settings.Settings`). `open` returns a `Database` whose methods open the file
read-only for each call (so an ingest can write between them) and take the filters of `dyads events`, with
actors, countries and types by code in any case or by name (`dyads.inputs`). Series fill empty periods with
zero rows, like the CLI's `dyads dyad` and the API; an event counts only in periods at least as long as its
date's precision (`date_precision`): a year-only date is in no week, month or quarter.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from dyads import analysis, flat, inputs, pipeline, read
from dyads.cli_output import with_documents
from dyads.errors import DyadsError, describe
from dyads.records import Document, Event
from dyads.settings import load_settings
from dyads.store import Store

__all__ = ["Database", "code", "open"]


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return read.parse_date(value)


def _many(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def code(text: str, date: str | dt.date | None = None, *, doc_id: str = "text", **settings: Any) -> list[Event]:
    """The events coded in `text` (one document published on `date`, YYYY-MM-DD or a date).

    Each `Event` has `event_type`, `actor` and `recipient` (`Party`: code, name, sector, text, start, end),
    `date` and `date_precision`, `status`, `location`, `confidence`, `sentence` and `why`; `event.to_dict()`
    gives plain JSON-ready data. Raises ValueError (with the error code) when the text cannot be coded.
    """
    chosen = load_settings(**settings)
    checked = read.check_text(text, origin="dyads.code", doc_id=doc_id, max_bytes=chosen.max_doc_bytes)
    if not isinstance(checked, str):  # empty, binary or too large (E001, E002, E004)
        raise ValueError(describe(checked.code, checked.message))
    doc = Document(doc_id, checked, _date(date), origin="dyads.code")
    result = next(pipeline.code_documents([doc], settings=chosen))
    if result.error is not None:
        raise ValueError(describe(result.error.code, result.error.message))
    return list(result.events)


def open(path: str | Path, *, min_confidence: float | None = None) -> Database:  # noqa: A001 (dyads.open)
    """The database (DuckDB file or Parquet store) at `path`, for reading into DataFrames."""
    return Database(path, min_confidence=min_confidence)


class Database:
    """A dyads database read into pandas DataFrames. `min_confidence` (None: the setting's threshold; 0: every
    event) is the default of every method."""

    def __init__(self, path: str | Path, *, min_confidence: float | None = None) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise DyadsError("E077", path=self.path)
        self.min_confidence = min_confidence

    def __repr__(self) -> str:
        return f"dyads.open({str(self.path)!r})"

    def _store(self) -> Store:
        return Store(self.path, read_only=True)

    def _floor(self, min_confidence: float | None) -> float:
        return analysis.threshold(self.min_confidence if min_confidence is None else min_confidence)

    def events(self, actor: str | None = None, recipient: str | None = None, *, both_ways: bool = False,
               country: str | None = None, type: str | Iterable[str] | None = None,  # noqa: A002
               quad: int | str | Iterable[int | str] | None = None, status: str | Iterable[str] | None = None,
               since: str | dt.date | None = None, until: str | dt.date | None = None, place: str | None = None,
               q: str | None = None, sort: str = "date", limit: int | None = None,
               min_confidence: float | None = None) -> pd.DataFrame:
        """Events matching the filters, one row each with the flat columns of `dyads events --format csv`
        (`dyads.flat.COLUMNS`: event_id, date, date_precision, event_type, actor_code, actor_name, ...); dates
        are datetime64, undated events NaT."""
        quads = [quad] if isinstance(quad, (int, str)) else list(quad or ())
        with self._store() as store:
            stored = inputs.stored_actors(store.con) if actor or recipient else {}
            flt = analysis.make_filter(
                actor=actor and inputs.actor(actor, stored=stored, option="actor").code,
                recipient=recipient and inputs.actor(recipient, stored=stored, option="recipient").code,
                undirected=both_ways, country=country and inputs.country(country, option="country"),
                event_types=[inputs.event_type(t, option="type") for t in _many(type)],
                quad_classes=[inputs.quad_class(str(v), option="quad") for v in quads],
                statuses=inputs.statuses(_many(status), default=None), since=_date(since), until=_date(until),
                place=place, text=q, min_confidence=self._floor(min_confidence))
            _, rows = analysis.find_events(store.con, flt, sort=sort, limit=limit or 2**62)
            rows = with_documents(store.con, rows)
        frame = pd.DataFrame(list(flat.flat_rows(rows)), columns=flat.names("events"))
        kinds = {"date": "datetime64[s]", "int": "Int32", "bigint": "Int64"}
        for col in flat.columns("events"):
            if col.kind in kinds:  # dates as dates, integers as (nullable) integers
                frame[col.name] = (pd.to_datetime(frame[col.name]) if col.kind == "date"
                                   else frame[col.name].astype(kinds[col.kind]))
        return frame

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its evidence (sentence and spans), mentions and documents, or None."""
        with self._store() as store:
            return analysis.get_event(store.con, event_id)

    def dyad(self, a: str, b: str, *, period: str = "week", directed: bool = False,
             since: str | dt.date | None = None, until: str | dt.date | None = None,
             status: str | Iterable[str] | None = ("occurred",), fill: bool = True,
             min_confidence: float | None = None) -> pd.DataFrame:
        """A dyad over time, like `dyads dyad`: one row per `period` (day, week, month, quarter or year) with
        events, counts per quad class, cooperation, conflict, Goldstein sum and mean and the top types;
        `period` (the first day of each) is a datetime64 column, empty periods are zero rows unless `fill` is
        False. `status` None counts every status."""
        with self._store() as store:
            stored = inputs.stored_actors(store.con)
            df = analysis.dyad_series(
                store.con, inputs.actor(a, stored=stored, option="a").code,
                inputs.actor(b, stored=stored, option="b").code, freq=period, directed=directed,
                since=_date(since), until=_date(until),
                statuses=None if status is None else inputs.statuses(_many(status), default=None), fill=fill,
                min_confidence=self._floor(min_confidence))
        df["period"] = pd.to_datetime(df["period"])
        return df

    def summary(self, *, status: str | Iterable[str] | None = None, since: str | dt.date | None = None,
                until: str | dt.date | None = None, min_confidence: float | None = None) -> dict[str, pd.DataFrame]:
        """Per-dyad totals (with actor_name and recipient_name) and events per type, per country (with its
        name), per month (a datetime64 column) and per status, like `dyads summary`."""
        with self._store() as store:
            parts = analysis.summary(store.con, statuses=inputs.statuses(_many(status), default=None),
                                     min_confidence=self._floor(min_confidence), since=_date(since),
                                     until=_date(until))
            stored = inputs.stored_actors(store.con)
        dyads = parts["dyads"]
        for col, name in (("actor", "actor_name"), ("recipient", "recipient_name")):
            dyads.insert(dyads.columns.get_loc(col) + 1, name, [inputs.code_name(c, stored) for c in dyads[col]])
        countries = parts["countries"]
        countries.insert(1, "name", [inputs.code_name(c) for c in countries["country"]])
        parts["months"]["month"] = pd.to_datetime(parts["months"]["month"])
        return parts

    def top_actors(self, *, limit: int = 20, status: str | Iterable[str] | None = ("occurred",),
                   since: str | dt.date | None = None, until: str | dt.date | None = None,
                   min_confidence: float | None = None) -> pd.DataFrame:
        """Actors by number of events (as actor or recipient), with their names, like `dyads actors top`."""
        with self._store() as store:
            df = analysis.top_actors(store.con, since=_date(since), until=_date(until), limit=limit,
                                     statuses=None if status is None else inputs.statuses(_many(status), default=None),
                                     min_confidence=self._floor(min_confidence))
            stored = inputs.stored_actors(store.con)
        df.insert(1, "name", [inputs.code_name(c, stored) for c in df["code"]])
        return df
