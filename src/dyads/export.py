"""Exports: events or mentions as CSV, JSON lines or Parquet; POLECAT-style PLOVER records; the GDELT 2.0 event table.

The format comes from `--format` or the file's extension (`dyads.formats`). CSV and Parquet hold flat
rows (`dyads.flat`: actor_code, actor_name, ..., date_precision, place, sentence, trigger offsets, doc_id,
url); Parquet with an explicit schema (dates as dates, integer offsets as integers). JSON lines keep the
nested records, like the API.

The GDELT layout is the 61-column tab-separated event table of GDELT 2.0, no header row (`header=True`
adds one), so tools written for GDELT read dyads output unchanged:
- SQLDATE, MonthYear, Year as integers (YYYYMMDD, YYYYMM, YYYY), FractionDate year + day-of-year/365;
- Actor1Code the CAMEO code with the sector once (`CUBGOV`, `IMGREB`), Actor1CountryCode the CAMEO
  country code (ISO alpha-3 except `data/cameo_countries.csv`), KnownGroupCode and Type1-3Code split
  from the code (`dyads.codes.split_actor_code`);
- geography fields with FIPS 10-4 country codes (Syria `SY`), GeoType by precision (1 country, 2 US
  state, 3 US city, 4 world city, 5 world state or region), ADM1Code FIPS country + GeoNames admin1
  code (`SY13`) where the gazetteer knows it, else the FIPS country code; FeatureID the GeoNames id
  of a city, the ADM1 code of a state, the FIPS code of a country; ADM2Code empty;
- Actor1Geo/Actor2Geo: the event's place when it lies in that actor's own country, else empty (dyads
  locates events, not actors);
- AvgTone the mean GDELT-style tone of the documents that report the event (`dyads.tone`);
  IsRootEvent 1 for an event in a document's first sentence.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from dyads import __version__, codes, flat, formats
from dyads.atomic import atomic_path
from dyads.errors import DyadsError
from dyads.store import Store

FORMATS = formats.EXPORT_FORMATS

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS), *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
PARQUET_BATCH = 5000


def export(store: Store, path: str | Path, *, file_format: str | None = None, table: str = "events",
           min_confidence: float = 0.0, header: bool = False, places: codes.Places | None = None) -> int:
    """Write the store's events (or mentions) with at least `min_confidence` to `path`; returns the number of rows.

    The format is `file_format` if given, else the one `path`'s extension names (`dyads.formats.resolve`:
    E101 unknown extension, E102 extension of another format, E103 unknown format); a path without an
    extension gets Parquet. `header` adds a header row to the GDELT table. The file is written under a
    temporary name and renamed when complete (`dyads.atomic`), so an interrupted export leaves the previous
    file, never a partial one.
    """
    fmt = formats.resolve(file_format, path, allowed=FORMATS, default="parquet")
    if fmt.export_only and table != "events":
        raise DyadsError("E105", format=fmt.name)
    rows = store.iter_export_events(min_confidence=min_confidence, table=table)
    with atomic_path(path) as temp:
        if fmt.name == "parquet":
            return write_parquet(rows, temp, table=table)
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            if fmt.name == "csv":
                return write_csv(rows, handle, table=table)
            if fmt.name == "jsonl":
                return write_jsonl(rows, handle)
            if fmt.name == "gdelt":
                return write_gdelt(rows, handle, header=header, places=places)
            return write_polecat(rows, handle, places=places)


def write_csv(rows: Iterator[dict[str, Any]], handle: TextIO, *, table: str = "events") -> int:
    """Flat rows (`dyads.flat.COLUMNS`) with a header; dates ISO, empty cells for missing values."""
    out = csv.writer(handle, lineterminator="\n")
    out.writerow(flat.names(table))
    n = 0
    for row in rows:
        out.writerow([flat.text_value(v) for v in flat.flat_row(row, table).values()])
        n += 1
    return n


def write_jsonl(rows: Iterator[dict[str, Any]], handle: TextIO) -> int:
    """The stored records, nested as the API gives them (dates ISO), one JSON object per line."""
    drop = ("avg_tone", "date_added", "language")
    n = 0
    for row in rows:
        record = {k: v for k, v in row.items() if k not in drop}
        handle.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
        n += 1
    return n


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def write_parquet(rows: Iterator[dict[str, Any]], path: str | Path, *, table: str = "events") -> int:
    """Flat rows with the explicit schema of `dyads.flat.arrow_schema`, written in batches."""
    import pyarrow.parquet as pq

    schema = flat.arrow_schema(table)
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(flat.flat_row(row, table))
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(flat.arrow_batch(batch, schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(flat.arrow_batch(batch, schema))
            n += len(batch)
    return n


def write_gdelt(rows: Iterator[dict[str, Any]], handle: TextIO, *, header: bool = False,
                places: codes.Places | None = None) -> int:
    """GDELT 2.0 event-table rows, tab-separated, no header unless `header`."""
    places = places or codes.Places()
    out = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    if header:
        out.writerow(GDELT_COLUMNS)
    n = 0
    for row in rows:
        out.writerow(["" if v is None else v for v in gdelt_row(row, places)])
        n += 1
    return n


def gdelt_row(row: dict[str, Any], places: codes.Places | None = None) -> list[Any]:
    """One event in `GDELT_COLUMNS` order."""
    places = places or codes.Places()
    day: dt.date | None = row["date"] or row.get("first_seen")
    cameo = row["cameo"] or ""
    added = row.get("date_added")
    place = row.get("location")
    action = _gdelt_geo(place, places)
    actor, recipient = row.get("actor") or {}, row.get("recipient") or {}
    values = [
        _global_id(row["event_id"]),
        int(day.strftime("%Y%m%d")) if day else None,
        int(day.strftime("%Y%m")) if day else None,
        day.year if day else None,
        round(day.year + day.timetuple().tm_yday / 365.0, 4) if day else None,
        *_gdelt_actor(actor), *_gdelt_actor(recipient),
        int(row["sentence_index"] == 0),
        cameo, cameo[:3], cameo[:2], row["quad_class"], row["goldstein"],
        row.get("num_mentions"), row.get("num_sources"), row.get("num_articles"),
        round(row["avg_tone"], 4) if row.get("avg_tone") is not None else None,
        *_actor_geo(actor, place, action), *_actor_geo(recipient, place, action),
        *action,
        int(added.strftime("%Y%m%d%H%M%S")) if added else None,
        _clean(row.get("source_url") or row["doc_id"]),
    ]
    return values


def _global_id(event_id: str) -> int:
    """GLOBALEVENTID: the first 60 bits of the (hex) event id, a positive BIGINT stable across exports."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).hexdigest()[:15], 16)


def _gdelt_actor(party: dict[str, Any]) -> list[Any]:
    if not party:
        return [None] * len(ACTOR_FIELDS)
    split = codes.split_actor_code(party.get("code"), party.get("country"), party.get("sector"))
    types = split["types"] + [None] * (3 - len(split["types"]))
    name = _clean((party.get("name") or party.get("text") or "").upper()) or None
    return [split["code"], name, split["country"], split["known_group"], None, None, None, *types]


def _gdelt_geo(place: dict[str, Any] | None, places: codes.Places) -> list[Any]:
    if not place:
        return [None] * len(GEO_FIELDS)
    kind = places.geo_type(place)
    country = codes.fips(place.get("country"))
    admin1 = places.admin1_code(place) if kind != codes.GEO_COUNTRY else None
    adm1 = f"{country}{admin1}" if country and admin1 else country
    if kind == codes.GEO_COUNTRY:
        parts = [codes.country_name(place.get("country")) or place.get("name")]
        feature: Any = country
    else:
        parts = [place.get("name"), place.get("admin1"), codes.country_name(place.get("country"))]
        feature = place.get("geonameid") if kind in (codes.GEO_US_CITY, codes.GEO_WORLD_CITY) else adm1
    full = ", ".join(dict.fromkeys(p for p in parts if p))
    return [kind, _clean(full) or None, country, adm1, None, place.get("lat"), place.get("lon"), feature]


def _actor_geo(party: dict[str, Any], place: dict[str, Any] | None, action: list[Any]) -> list[Any]:
    """The event's place as the actor's when it lies in the actor's own country."""
    if party and place and party.get("country") and party.get("country") == place.get("country"):
        return action
    return [None] * len(GEO_FIELDS)


def _clean(text: str) -> str:
    """Tabs and newlines would break the TSV layout."""
    return " ".join(str(text).split())


def write_polecat(rows: Iterator[dict[str, Any]], handle: TextIO, *, places: codes.Places | None = None) -> int:
    """PLOVER event records with POLECAT's field names, one JSON object per line."""
    places = places or codes.Places()
    n = 0
    for row in rows:
        handle.write(json.dumps(polecat_record(row, places), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


# GeoNames feature codes POLECAT's "Feature Type" holds, by the kind of place (`codes.Places.kind`).
FEATURE_TYPES = {"country": "PCLI", "admin1": "ADM1", "city": "PPL", "region": "RGN"}


def polecat_record(row: dict[str, Any], places: codes.Places | None = None) -> dict[str, Any]:
    """One event as a POLECAT record (PLOVER type as POLECAT writes it, upper case; mode; contexts; actors with
    ISO alpha-3 country and COW code; place with City only for cities; source).

    Not filled, as dyads does not know them: the actor titles, Wikipedia ids and the story-level people,
    organizations and locations."""
    places = places or codes.Places()
    place = row.get("location") or {}
    kind = places.kind(place) if place else None
    record: dict[str, Any] = {
        "Event ID": row["event_id"],
        "Event Date": row["date"].isoformat() if row["date"] else None,
        "Event Type": (row["event_type"] or "").upper(),
        "Event Mode": row["mode"] or "",
        "Event Intensity": row["goldstein"],
        "Quad Code": row["quad_class"],
        "Contexts": ";".join(row["context"] or ()),
    }
    for role, prefix in (("actor", "Actor"), ("recipient", "Recipient")):
        party = row[role] or {}
        record.update({
            f"{prefix} Name": party.get("name") or party.get("text"),
            f"{prefix} Country": party.get("country"),
            f"{prefix} COW": (codes.cow(party.get("country")) or (None,))[0],
            f"Primary {prefix} Sector": party.get("sector"),
            f"{prefix} Sectors": party.get("sector") or "",
            f"{prefix} Title": None,
            f"{prefix} Name Raw": party.get("text"),
            f"Wikipedia {prefix} ID": None,
        })
    record.update({
        "Placename": place.get("name"),
        "City": place.get("name") if kind == "city" else None,
        "State": place.get("admin1") or (place.get("name") if kind == "admin1" else None),
        "Country": place.get("country"),
        "Latitude": place.get("lat"),
        "Longitude": place.get("lon"),
        "GeoNames ID": place.get("geonameid"),
        "Raw Placename": place.get("name"),
        "Feature Type": FEATURE_TYPES.get(kind or ""),
        "Source": row.get("source_name"),
        "Publication Date": row["published"].isoformat() if row.get("published") else None,
        "Story People": None,
        "Story Organizations": None,
        "Story Locations": None,
        "Language": row.get("language") or "en",
        "Version": f"dyads {__version__}",
        "Date Precision": row.get("date_precision"),
        "Num Mentions": row["num_mentions"],
        "Num Sources": row["num_sources"],
        "Num Articles": row["num_articles"],
        "Event Text": row["sentence"],
        "Source URL": row.get("source_url"),
    })
    return record
