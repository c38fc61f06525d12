"""Toponyms in a parsed document: found (entities and gazetteer matches) and resolved with context.

Each toponym is resolved with the countries named in the document, the places named beside it ("Harbin,
the capital of Heilongjiang province") and population as a prior. Also the syntactic roles a toponym
plays (governed by a place preposition, a travel destination).
"""
from __future__ import annotations

import collections
import math
from dataclasses import dataclass, field

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from dyads import actors
from dyads.geo.gazetteer import MAX_WORDS, Entry, Gazetteer, key, words
from dyads.records import Place

TOPONYM_LABELS = ("GPE", "LOC")
RESCUED_LABELS = ("ORG", "PERSON")  # the small NER tags some towns so; kept when in a place phrase
NOT_PLACE_LABELS = ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "DATE", "TIME")
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
BEARING_NAMES = {0: "Northern", 45: "Northeastern", 90: "Eastern", 135: "Southeastern", 180: "Southern",
                 225: "Southwestern", 270: "Western", 315: "Northwestern"}


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
    compass: str = ""  # "northeast" in "Northeast Syria", "the north-east of Syria"
    ranked: list[tuple[float, Entry]] = field(default_factory=list)  # candidates by score, best first

    @property
    def root(self) -> Token:
        return self.span.root


def _trim(span: Span) -> tuple[Span, str]:
    """Drop articles, compass words and a trailing region/settlement noun; return the hint they give."""
    w = words()
    start, end, hint = span.start, span.end, ""
    doc = span.doc
    while start < end and (doc[start].lower_ in w.direction_words or doc[start].lower_ in ("the", "a")
                           or (doc[start].text == "-" and start > span.start and doc[start - 1].lower_ in w.direction_words)):
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
            out.append(Mention(span, span.text, cands, hint, compass=_compass(ent, span)))
        taken.update(range(ent.start, ent.end))
    for span in _propn_runs(doc, taken):
        for sub in _gazetteer_matches(span, gazetteer):
            trimmed, hint = _trim(sub)
            out.append(Mention(trimmed, trimmed.text, gazetteer.lookup(trimmed.text), hint, "gazetteer match"))
    return sorted(out, key=lambda m: m.span.start)


def _compass_word(tokens: list[Token]) -> str:
    """"north", "-", "east" -> "northeast" when the tokens spell a compass point, else ""."""
    word = "".join(t.lower_ for t in tokens if t.text != "-")
    return word if word in words().compass_bearings else ""


def _compass_run_before(doc: Doc, i: int) -> list[Token]:
    """The compass words (and hyphens between them) right before token `i`: "south-east" Turkey."""
    w = words()
    start = i
    while start > 0 and (doc[start - 1].lower_ in w.direction_words
                         or (doc[start - 1].text == "-" and start > 1 and doc[start - 2].lower_ in w.direction_words)):
        start -= 1
    return list(doc[start:i])


def _compass(ent: Span, span: Span) -> str:
    """The compass point a toponym is qualified by: inside its entity ("Northeast Syria"), right before it
    ("northern Syria", "south-east Turkey"), "the north-east of Syria" or "Syria's north"."""
    doc = ent.doc
    if span.start > ent.start:
        return _compass_word([t for t in doc[ent.start:span.start] if t.lower_ not in ("the", "a")])
    if span.start != ent.start or len(span) != len(ent):
        return ""
    before = _compass_run_before(doc, span.start)
    if before:
        return _compass_word(before)
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in words().direction_words \
            and any(c.lower_ == "the" for c in root.head.head.children):
        head = root.head.head
        return _compass_word(_compass_run_before(doc, head.i) + [head])
    if root.dep_ == "poss" and root.head.lower_ in words().direction_words:
        head = root.head
        return _compass_word(_compass_run_before(doc, head.i) + [head])
    return ""


def compass_region(country: Entry, compass: str, gazetteer: Gazetteer) -> Entry:
    """The part of a country a compass point names ("Northeast Syria"): a region of that country placed at the
    population-weighted centre of its cities in that quarter (within 45 degrees of the bearing)."""
    bearing = words().compass_bearings[compass]
    name = f"{BEARING_NAMES[bearing]} {country.name}"
    if country.lat is None or country.lon is None:
        return Entry(name, "region", country.country, None, None, None, 0)
    lat0, lon0 = country.lat, country.lon
    scale = math.cos(math.radians(lat0))
    total = lat = lon = 0.0
    for city in gazetteer.cities_of(country.country or ""):
        dx, dy = (city.lon - lon0) * scale, city.lat - lat0
        if abs(dx) + abs(dy) < 1e-6:
            continue
        off = (math.degrees(math.atan2(dx, dy)) - bearing + 180) % 360 - 180
        if abs(off) <= 45:
            weight = max(city.population, 1)
            total, lat, lon = total + weight, lat + weight * city.lat, lon + weight * city.lon
    if total:
        lat0, lon0 = lat / total, lon / total
    return Entry(name, "region", country.country, None, lat0, lon0, 0)


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
    for ent in doc.ents:
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
        by_sentence[m.root.sent.start].append(m)
    ordered = sorted(mentions, key=lambda m: -m.span.start)  # inner/later phrases first: "capital of Y" before X
    for m in ordered:
        m.near = _near(m, by_sentence[m.root.sent.start])
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


def to_place(entry: Entry, why: str) -> Place:
    """A gazetteer entry as the `Place` record events carry."""
    return Place(entry.name, entry.country, entry.admin1, None if entry.lat is None else round(entry.lat, 5),
                 None if entry.lon is None else round(entry.lon, 5), entry.geonameid, why)



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
