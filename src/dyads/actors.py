"""Actor resolution: a party's words -> country code, sector, canonical name and why.

Tables live in `data/actors/` (countries, sector words, organizations, dated leaders)
and are loaded once by `tables()`. Resolution looks at the words of the party phrase
only; document-level coreference is applied by the caller through `Resolver`.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from dataclasses import dataclass
from importlib import resources

import pycountry
from spacy.tokens import Span

from dyads.records import Party

MAX_NGRAM = 6


@dataclass(frozen=True, slots=True)
class Alias:
    """One way of naming something: `kind` is name, demonym, capital, org, leader or sector."""

    kind: str
    code: str | None
    country: str | None
    sector: str | None
    name: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, when: dt.date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True, slots=True)
class Tables:
    """Alias index: exact-case keys for short upper-case aliases, lower-case keys otherwise."""

    aliases: dict[str, tuple[Alias, ...]]

    def find(self, text: str) -> tuple[Alias, ...]:
        exact = self.aliases.get(text, ())
        return exact or self.aliases.get(text.lower(), ())


def _key(text: str) -> str:
    # "US", "UK", "UN" must not match the pronoun "us" or the word "un": keep case for short caps.
    return text if (text.isupper() and len(text) <= 5) else text.lower()


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("actors", name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def country_name(iso3: str) -> str:
    """Common English name of a country code."""
    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return iso3
    return getattr(found, "common_name", None) or found.name


def _country_aliases() -> list[tuple[str, Alias]]:
    out: list[tuple[str, Alias]] = []
    for c in pycountry.countries:
        for text in {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)} - {None}:
            out.append((text, Alias("name", c.alpha_3, c.alpha_3, None, country_name(c.alpha_3))))
    for row in _read("countries.csv"):
        iso3 = row["iso3"]
        name = country_name(iso3)
        for kind, column in (("name", "names"), ("demonym", "demonyms"), ("capital", "capitals")):
            for text in _split(row[column]):
                out.append((text, Alias(kind, iso3, iso3, None, name)))
    return out


@functools.cache
def tables() -> Tables:
    """Load every actor table into one alias index (cached)."""
    pairs = _country_aliases()
    for row in _read("sectors.csv"):
        pairs.append((row["phrase"], Alias("sector", None, None, row["sector"], row["phrase"])))
    for row in _read("organizations.csv"):
        alias = Alias("org", row["code"], row["country"] or None, row["sector"] or None, row["name"])
        for text in [row["name"], *_split(row["aliases"])]:
            pairs.append((text, alias))
    for row in _read("leaders.csv"):
        alias = Alias("leader", row["country"], row["country"], "GOV", row["name"],
                      _date(row["start"]), _date(row["end"]))
        for text in [row["name"], *_split(row["aliases"])]:
            pairs.append((text, alias))
    index: dict[str, list[Alias]] = {}
    for text, alias in pairs:
        index.setdefault(_key(text), []).append(alias)
    return Tables({k: tuple(v) for k, v in index.items()})


def _matches(words: list[str], when: dt.date | None) -> list[tuple[int, int, Alias]]:
    """Longest non-overlapping alias matches over a list of words."""
    table = tables()
    found: list[tuple[int, int, Alias]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
            text = " ".join(words[i:i + n])
            hits = [a for a in table.find(text) if a.kind != "leader" or a.valid_on(when)]
            if hits:
                found.append((i, i + n, hits[0]))
                i += n
                break
        else:
            i += 1
    return found


def resolve_words(text: str, words: list[str], start: int, end: int, *,
                  when: dt.date | None = None) -> Party | None:
    """Resolve a party from its words; None when nothing in the tables matches."""
    hits = _matches(words, when)
    if not hits:
        return None
    by_kind: dict[str, Alias] = {}
    for _, _, alias in hits:
        by_kind.setdefault(alias.kind, alias)
    sector_alias = by_kind.get("sector")
    sector = sector_alias.sector if sector_alias else None
    for kind in ("leader", "org", "capital", "name", "demonym"):
        alias = by_kind.get(kind)
        if alias is None:
            continue
        why = f"{kind} '{_words_of(hits, alias, words)}' -> {alias.code}"
        if kind in ("leader", "org"):
            own = alias.sector
            chosen = own if kind == "leader" or sector is None else sector
            return Party(text, start, end, alias.name, alias.code, alias.country, chosen, why)
        if kind == "capital" and sector is None:
            sector, why = "GOV", why + "; capital acting as its government"
        elif kind == "name" and sector is None:
            sector, why = "GOV", why + "; state acting"
        elif kind == "demonym" and sector is None and words[-1].lower().endswith("s"):
            sector = "CVL"
        if sector_alias:
            why += f"; sector word '{sector_alias.name}' -> {sector}"
        return Party(text, start, end, alias.name, alias.code, alias.country, sector, why)
    return Party(text, start, end, sector_alias.name, None, None, sector,
                 f"sector word '{sector_alias.name}' -> {sector}; no country")


def _words_of(hits: list[tuple[int, int, Alias]], alias: Alias, words: list[str]) -> str:
    for i, j, a in hits:
        if a is alias:
            return " ".join(words[i:j])
    return alias.name


def resolve_span(span: Span, *, when: dt.date | None = None) -> Party | None:
    """Resolve a spaCy span (a party phrase) to a Party."""
    words = [t.text for t in span if not t.is_punct and t.lower_ not in ("the", "a", "an", "'s", "’s")]
    words = [w for w in words if w]
    if not words:
        return None
    return resolve_words(span.text, words, span.start_char, span.end_char, when=when)


def resolve_text(text: str, *, when: dt.date | None = None) -> Party | None:
    """Resolve free text (for `dyads actors resolve`): words split on white space."""
    words = [w.strip(",.;:") for w in text.replace("'s", "").replace("’s", "").split()]
    words = [w for w in words if w and w.lower() not in ("the", "a", "an")]
    return resolve_words(text, words, 0, len(text), when=when)


class DocumentResolver:
    """Resolves parties within one document, remembering named people once introduced.

    "President Javier Milei of Argentina" teaches the resolver that a later "Milei" is ARG GOV.
    """

    def __init__(self, *, when: dt.date | None = None) -> None:
        self.when = when
        self.people: dict[str, Party] = {}

    def resolve(self, span: Span) -> Party | None:
        party = resolve_span(span, when=self.when)
        names = [e for e in span.ents if e.label_ == "PERSON"] or _name_run(span)
        if party is not None and party.code is not None:
            for ent in names:
                for key in {ent.text, ent[-1].text}:
                    self.people.setdefault(key, party)
            return party
        for ent in names:
            known = self.people.get(ent.text) or self.people.get(ent[-1].text)
            if known is not None:
                return Party(span.text, span.start_char, span.end_char, known.name, known.code, known.country,
                             known.sector, f"same person as '{known.text.strip()}' earlier in the document")
        return party


def _name_run(span: Span) -> list[Span]:
    """Proper-noun runs that are not known places/organizations (names the NER missed)."""
    runs, start = [], None
    for t in [*span, None]:
        if t is not None and t.pos_ == "PROPN" and not t.ent_type_ in ("GPE", "ORG", "NORP", "LOC"):
            start = t.i if start is None else start
        elif start is not None:
            runs.append(span.doc[start:t.i if t is not None else span.end])
            start = None
    return runs
