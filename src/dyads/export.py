"""Exports: events or mentions as Parquet/CSV/JSON lines, POLECAT-style PLOVER records, GDELT 2.0 event table.

The GDELT layout is the 61-column tab-separated event table of GDELT 2.0 (no header row), so tools
written for GDELT read dyads output unchanged. Differences worth knowing: country codes are
ISO 3166 alpha-3 (GDELT uses CAMEO country codes, which mostly agree) and ADM1 codes are our
admin1 names; actor geography is left empty; AvgTone is the mean GDELT-style tone of the
documents that report the event (see `dyads.tone`).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from dyads import __version__
from dyads.atomic import atomic_path
from dyads.store import Store

TABLE_FORMATS = {"parquet": "parquet", "csv": "csv", "jsonl": "json"}
FORMATS = (*TABLE_FORMATS, "polecat", "gdelt")

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
# GDELT geographic resolution: 1 country, 4 world city or landmark.
GEO_COUNTRY, GEO_CITY = 1, 4


def export(store: Store, path: str | Path, *, file_format: str, table: str = "events",
           min_confidence: float = 0.0) -> int:
    """Write the store's events (or mentions) with at least `min_confidence` to `path` in `file_format`;
    returns the number of rows.

    The file is written under a temporary name and renamed when complete (`dyads.atomic`), so an
    interrupted export leaves the previous file, never a partial one.
    """
    if file_format not in FORMATS:
        raise ValueError(f"unknown export format {file_format!r}")
    if file_format not in TABLE_FORMATS and table != "events":
        raise ValueError(f"--format {file_format} exports deduplicated events only")
    with atomic_path(path) as temp:
        if file_format in TABLE_FORMATS:
            return store.copy_to(temp, table=table, file_format=TABLE_FORMATS[file_format],
                                 min_confidence=min_confidence)
        writer = write_gdelt if file_format == "gdelt" else write_polecat
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            return writer(store.iter_export_events(min_confidence=min_confidence), handle)


def write_gdelt(rows: Iterator[dict[str, Any]], handle: TextIO) -> int:
    """GDELT 2.0 event-table rows, tab-separated, no header."""
    out = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    n = 0
    for row in rows:
        out.writerow(["" if v is None else v for v in gdelt_row(row)])
        n += 1
    return n


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """One event in `GDELT_COLUMNS` order."""
    day: dt.date | None = row["date"] or row.get("first_seen")
    cameo = row["cameo"] or ""
    added = row.get("date_added")
    values = [
        int(row["event_id"][:15], 16),
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        round(day.year + day.timetuple().tm_yday / 365.0, 4) if day else None,
        *_gdelt_actor(row["actor"]), *_gdelt_actor(row["recipient"]),
        int(row["sentence_index"] == 0),
        cameo, cameo[:3], cameo[:2], row["quad_class"], row["goldstein"],
        row["num_mentions"], row["num_sources"], row["num_articles"],
        round(row["avg_tone"], 4) if row.get("avg_tone") is not None else None,
        *([None] * len(GEO_FIELDS)), *([None] * len(GEO_FIELDS)),
        *_gdelt_geo(row.get("location")),
        added.strftime("%Y%m%d%H%M%S") if added else None,
        _clean(row.get("source_url") or row["doc_id"]),
    ]
    return values


def _gdelt_actor(party: dict[str, Any] | None) -> list[Any]:
    if not party:
        return [None] * len(ACTOR_FIELDS)
    code, country, sector = party.get("code"), party.get("country"), party.get("sector")
    known_group = code if code and code != country else None
    name = _clean((party.get("name") or party.get("text") or "").upper()) or None
    return [f"{code or ''}{sector or ''}" or None, name, country, known_group, None, None, None, sector, None, None]


def _gdelt_geo(place: dict[str, Any] | None) -> list[Any]:
    if not place:
        return [None] * len(GEO_FIELDS)
    parts = [place.get("name"), place.get("admin1"), place.get("country")]
    full = ", ".join(dict.fromkeys(p for p in parts if p))
    kind = GEO_CITY if place.get("lat") is not None and place.get("name") != place.get("country") else GEO_COUNTRY
    return [kind, _clean(full), place.get("country"), _clean(place.get("admin1") or "") or None, None,
            place.get("lat"), place.get("lon"), place.get("geonameid")]


def _clean(text: str) -> str:
    """Tabs and newlines would break the TSV layout."""
    return " ".join(str(text).split())


def write_polecat(rows: Iterator[dict[str, Any]], handle: TextIO) -> int:
    """PLOVER event records with POLECAT's field names, one JSON object per line."""
    n = 0
    for row in rows:
        handle.write(json.dumps(polecat_record(row), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def polecat_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a POLECAT record (PLOVER type, mode, contexts, actors, place, source)."""
    place = row.get("location") or {}
    record: dict[str, Any] = {
        "Event ID": row["event_id"],
        "Event Date": row["date"].isoformat() if row["date"] else None,
        "Event Type": row["event_type"].lower(),
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
            f"{prefix} COW": None,
            f"Primary {prefix} Sector": party.get("sector"),
            f"{prefix} Sectors": party.get("sector") or "",
            f"{prefix} Title": None,
            f"{prefix} Name Raw": party.get("text"),
            f"Wikipedia {prefix} ID": None,
        })
    record.update({
        "Placename": place.get("name"),
        "City": place.get("name") if place.get("lat") is not None and place.get("name") != place.get("country") else None,
        "State": place.get("admin1"),
        "Country": place.get("country"),
        "Latitude": place.get("lat"),
        "Longitude": place.get("lon"),
        "GeoNames ID": place.get("geonameid"),
        "Raw Placename": place.get("name"),
        "Feature Type": None,
        "Source": row.get("source_name"),
        "Publication Date": row["published"].isoformat() if row.get("published") else None,
        "Story People": None,
        "Story Organizations": None,
        "Story Locations": None,
        "Language": row.get("language") or "en",
        "Version": f"dyads {__version__}",
        "Num Mentions": row["num_mentions"],
        "Num Sources": row["num_sources"],
        "Num Articles": row["num_articles"],
        "Event Text": row["sentence"],
        "Source URL": row.get("source_url"),
    })
    return record
