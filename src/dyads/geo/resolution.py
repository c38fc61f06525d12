"""Resolving toponyms with context: each mention's candidates scored by the countries named in the document, the
places named beside it ("Harbin, the capital of Heilongjiang province") and population as a prior
(`resolve_mentions`); a bare name ranked as in a document with no context (`resolve_name`)."""
from __future__ import annotations

import collections
import math
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyads import actors, nlp
from dyads.geo.compass import compass_region
from dyads.geo.gazetteer import Entry, Gazetteer, key, words

if TYPE_CHECKING:
    from dyads.geo.mentions import Mention

# Scores are log10 odds. A place's prior is its population and how many names it has (how well known it is),
# more for a national capital and for a city that dominates its first-level region (mostly its seat); a
# document that names the place's country makes it likelier, the more so the larger that country's share of
# the countries named, but not by enough to prefer a small town over a famous homonym on that alone.
CAPITAL_BONUS = 1.0
SEAT_BONUS = 1.0
DOC_COUNTRY_BONUS = (0.5, 2.0)  # (named at all, times the country's share of the document's countries)
# A town this little known (log10 of population plus log10 of names) in a country the document never
# names, while it names others, is more likely a homonym we do not know than this town: left unresolved.
OBSCURE_PROMINENCE = 5.5


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
           near_countries: set[str], gazetteer: Gazetteer, rivals: list[Entry] = ()) -> tuple[float, list[str]]:
    """How well `entry` fits a toponym `name` in its context (higher is better), with the reasons.

    `rivals` are the other places of that name.
    """
    why = []
    score = _prominence(entry)
    exact = key(entry.name) == key(name)
    if entry.kind == "country" and exact:
        score += 12
    elif entry.kind == "country":
        score += 6
    if hint == "region":
        score += 8 if entry.kind in ("admin1", "region") else -4
        why.append("region word") if entry.kind in ("admin1", "region") else None
    elif entry.kind == "admin1" and any(r.kind == "city" and r.admin1 == entry.admin1 for r in rivals):
        score -= 3  # a bare name that is both a city and its province is, in news, the city
    elif hint == "city" and entry.kind == "city":
        score += 3
        why.append("settlement word")
    if exact:
        score += 0.5
    if entry.kind == "city" and gazetteer.capitals.get(entry.country or "") == entry.name:
        score += CAPITAL_BONUS
    if entry.kind == "city" and gazetteer.is_regional_centre(entry):
        score += SEAT_BONUS
    for other in near:
        if other.place is None:
            continue
        if other.place.kind in ("admin1", "region") and entry.kind == "city" and _within(entry, other.place):
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
        share = doc_countries[entry.country] / sum(doc_countries.values())
        score += DOC_COUNTRY_BONUS[0] + DOC_COUNTRY_BONUS[1] * share
        why.append(f"country {entry.country} named in the document ({share:.0%} of its countries)")
    return score, why


def _within(city: Entry, region: Entry) -> bool:
    """A city lies in a region: the same first-level region, or for a region with none (the West Bank, a
    compass region) the same country."""
    if region.admin1 is not None:
        return city.admin1 == region.admin1
    return region.country is not None and city.country == region.country


def _prominence(entry: Entry) -> float:
    """How well known a place is, as a log10 prior: population and the number of its names."""
    return math.log10(entry.population + 10) + math.log10(entry.alternates + 1)


def _obscure_elsewhere(entry: Entry, reasons: list[str], doc_countries: collections.Counter) -> bool:
    """A little-known town in a country the document never names (while it names some), with nothing beside it
    placing it there."""
    return (entry.kind == "city" and bool(doc_countries) and not doc_countries.get(entry.country)
            and _prominence(entry) < OBSCURE_PROMINENCE and not reasons)


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
    for ent in nlp.entities(doc):
        if ent.label_ == "NORP":
            code = _demonym_country(ent[0]) or _demonym_country(ent[-1])
            if code:
                out[code] += 1
    return out


def resolve_mentions(mentions: list[Mention], *, gazetteer: Gazetteer,
                     extra_countries: collections.Counter | None = None) -> collections.Counter:
    """Choose each mention's place in place, with document context; sets `place` and `why`.

    Returns:
        How often the document names each country (by name, demonym or an unambiguous place).
    """
    doc_countries: collections.Counter = collections.Counter(extra_countries or {})
    own: dict[int, str] = {}  # the country a mention itself adds to the document's (not evidence for itself)
    for m in mentions:
        countries = [e for e in m.candidates if e.kind == "country" and key(e.name) == key(m.name)] or \
                    [e for e in m.candidates if e.kind == "country"]
        if countries:
            own[id(m)] = countries[0].country
        elif m.candidates and len({e.country for e in m.candidates}) == 1:
            own[id(m)] = m.candidates[0].country
        if id(m) in own:
            doc_countries[own[id(m)]] += 1
    by_sentence: dict[int, list[Mention]] = collections.defaultdict(list)
    for m in mentions:
        by_sentence[nlp.sentence_start(m.root)].append(m)
    ordered = sorted(mentions, key=lambda m: -m.span.start)  # inner/later phrases first: "capital of Y" before X
    for m in ordered:
        m.near = _near(m, by_sentence[nlp.sentence_start(m.root)])
        near_countries = _context_countries(m)
        others_named = doc_countries - collections.Counter({own[id(m)]: 1}) if id(m) in own else doc_countries
        scored = sorted(((_score(e, m.name, m.hint, doc_countries=others_named, near=m.near,
                                 near_countries=near_countries, gazetteer=gazetteer, rivals=m.candidates), e)
                         for e in m.candidates),
                        key=lambda x: -x[0][0])
        if not scored:
            continue
        (best_score, reasons), best = scored[0]
        if _obscure_elsewhere(best, reasons, others_named):
            if id(m) in own:  # a name taken for no place names no country of the document
                doc_countries[own[id(m)]] -= 1
            continue
        m.place = best
        m.ranked = [(score, entry) for (score, _), entry in scored]
        others = len(scored) - 1
        m.why = (f"{m.source} '{m.name}' -> {best.kind} {best.name}" + (f" ({best.admin1})" if best.admin1 and best.kind == "city" else "")
                 + f", {best.country}; population {best.population}"
                 + (f"; {'; '.join(reasons)}" if reasons else "")
                 + (f"; chosen over {others} other(s)" if others else ""))
        if m.compass and best.kind == "country" and m.compass in words().compass_bearings:
            m.place = compass_region(best, m.compass, gazetteer)
            m.why += f"; '{m.compass}' makes it the region {m.place.name}"
    return doc_countries


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
    candidates = gazetteer.lookup(name) or gazetteer.lookup(text)
    for entry in candidates:
        score, reasons = _score(entry, name, hint, doc_countries=collections.Counter(), near=[],
                                near_countries=set(), gazetteer=gazetteer, rivals=candidates)
        where = f"{entry.admin1}, " if entry.admin1 and entry.kind == "city" else ""
        why = f"{entry.kind} in {where}{entry.country}; population {entry.population}" + "".join(f"; {r}" for r in reasons)
        out.append((entry, round(score, 2), why))
    return sorted(out, key=lambda x: -x[1])[:limit]
