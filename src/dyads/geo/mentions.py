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
    for entry in gazetteer.lookup(name) or gazetteer.lookup(text):
        score, reasons = _score(entry, name, hint, doc_countries=collections.Counter(), near=[],
                                near_countries=set(), gazetteer=gazetteer)
        where = f"{entry.admin1}, " if entry.admin1 and entry.kind == "city" else ""
        why = f"{entry.kind} in {where}{entry.country}; population {entry.population}" + "".join(f"; {r}" for r in reasons)
        out.append((entry, round(score, 2), why))
    return sorted(out, key=lambda x: -x[1])[:limit]
