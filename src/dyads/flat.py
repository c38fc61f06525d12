"""Flat rows: one event (or mention) as plain columns that R, Excel and pandas load directly.

`COLUMNS` names every column and its type; `flat_row` turns a stored row (a dict from the store, with
the nested actor, recipient, trigger and place records) into a dict in that order; `arrow_schema` is
the explicit Parquet schema (dates as timestamps that pandas reads as datetime64, integer offsets as
nullable integers, so pandas gives Int32 rather than floats). CSV and Parquet exports and the CSV
output of `dyads events` all use these columns. Document columns (`published`, `source`, `url`)
are filled when the row was read joined with its document (`Store.iter_export_events`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# kinds: str, int (int32), bigint (int64), float, date
_PARTY = (("code", "str"), ("name", "str"), ("country", "str"), ("sector", "str"), ("text", "str"),
          ("start", "int"), ("end", "int"))


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    events_only: bool = False  # only deduplicated events have it (not mentions)


COLUMNS: tuple[Column, ...] = (
    Column("event_id", "str"),
    Column("date", "date"),
    Column("date_precision", "str"),
    Column("date_text", "str"),
    Column("event_type", "str"),
    Column("mode", "str"),
    Column("context", "str"),
    Column("cameo", "str"),
    Column("goldstein", "float"),
    Column("quad_class", "int"),
    *(Column(f"actor_{f}", k) for f, k in _PARTY),
    *(Column(f"recipient_{f}", k) for f, k in _PARTY),
    Column("place_name", "str"),
    Column("admin1", "str"),
    Column("country", "str"),
    Column("lat", "float"),
    Column("lon", "float"),
    Column("geonameid", "bigint"),
    Column("confidence", "float"),
    Column("status", "str"),
    Column("sentence", "str"),
    Column("sentence_index", "int"),
    Column("trigger", "str"),
    Column("trigger_start", "int"),
    Column("trigger_end", "int"),
    Column("attribution", "str"),
    Column("why", "str"),
    Column("num_mentions", "int", events_only=True),
    Column("num_sources", "int", events_only=True),
    Column("num_articles", "int", events_only=True),
    Column("first_seen", "date", events_only=True),
    Column("last_seen", "date", events_only=True),
    Column("doc_id", "str"),
    Column("published", "date"),
    Column("source", "str"),
    Column("url", "str"),
)


def columns(table: str = "events") -> tuple[Column, ...]:
    """The flat columns of `events` or `mentions`."""
    if table not in ("events", "mentions"):
        raise ValueError(f"table must be events or mentions, not {table!r}")
    return tuple(c for c in COLUMNS if table == "events" or not c.events_only)


def names(table: str = "events") -> list[str]:
    return [c.name for c in columns(table)]


def flat_row(row: dict[str, Any], table: str = "events") -> dict[str, Any]:
    """One stored row (nested records as dicts) as a flat dict in `columns(table)` order."""
    out: dict[str, Any] = {}
    place = row.get("location") or {}
    trigger = row.get("trigger") or {}
    attribution = row.get("attribution") or {}
    values = {
        "context": ";".join(row.get("context") or ()) or None,
        "place_name": place.get("name"), "admin1": place.get("admin1"), "country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"), "geonameid": place.get("geonameid"),
        "trigger": trigger.get("text"), "trigger_start": trigger.get("start"), "trigger_end": trigger.get("end"),
        "attribution": attribution.get("text"),
        "published": row.get("published"), "source": row.get("source_name"),
        "url": row.get("source_url") if "source_url" in row else row.get("url"),
    }
    for role in ("actor", "recipient"):
        party = row.get(role) or {}
        for field, _ in _PARTY:
            values[f"{role}_{field}"] = party.get(field)
    for col in columns(table):
        out[col.name] = values[col.name] if col.name in values else row.get(col.name)
    return out


def flat_rows(rows: Iterable[dict[str, Any]], table: str = "events") -> Iterator[dict[str, Any]]:
    return (flat_row(r, table) for r in rows)


def text_value(value: Any) -> Any:
    """A value as CSV writes it: dates ISO, None empty, everything else as is."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def arrow_schema(table: str = "events"):
    """The Parquet schema of the flat rows, with pandas metadata so that pandas reads integer columns as
    nullable Int32/Int64 (not float) and dates as datetime64."""
    import pandas as pd
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int32(), "bigint": pa.int64(), "float": pa.float64(),
             "date": pa.timestamp("s")}
    dtypes = {"str": "object", "int": "Int32", "bigint": "Int64", "float": "float64", "date": "datetime64[s]"}
    cols = columns(table)
    schema = pa.schema([pa.field(c.name, types[c.kind]) for c in cols])
    empty = pd.DataFrame({c.name: pd.Series([], dtype=dtypes[c.kind]) for c in cols})
    meta = pa.Table.from_pandas(empty, schema=schema, preserve_index=False).schema.metadata
    return schema.with_metadata(meta)


def arrow_batch(rows: list[dict[str, Any]], schema) -> Any:
    """Flat rows as a pyarrow table of `schema` (dates become midnight timestamps)."""
    import pyarrow as pa

    data = {}
    for field in schema:
        values = [r[field.name] for r in rows]
        if pa.types.is_timestamp(field.type):
            values = [dt.datetime(v.year, v.month, v.day) if isinstance(v, dt.date) and not isinstance(v, dt.datetime)
                      else v for v in values]
        data[field.name] = pa.array(values, type=field.type)
    return pa.table(data, schema=schema)
