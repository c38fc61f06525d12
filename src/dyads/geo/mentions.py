"""Toponyms in a parsed document: found (entities and gazetteer matches) and resolved with context.

Each toponym is resolved with the countries named in the document, the places named beside it ("Harbin,
the capital of Heilongjiang province") and population as a prior. Also the syntactic roles a toponym
plays (governed by a place preposition, a travel destination). Finding and the syntactic roles are here;
scoring and resolution are in `resolution`, compass points in `compass` (their names importable from here).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from dyads import nlp
from dyads.geo.compass import BEARING_NAMES, _compass, _compass_run_before, _compass_word, compass_region  # noqa: F401
from dyads.geo.gazetteer import MAX_WORDS, Entry, Gazetteer, words
from dyads.geo.resolution import (  # noqa: F401  (re-exported: callers import them from here)
    CAPITAL_BONUS, DOC_COUNTRY_BONUS, OBSCURE_PROMINENCE, SEAT_BONUS, _actor_entries, _context_countries,
    _demonym_country, _near, _obscure_elsewhere, _prominence, _score, _within, named_countries, resolve_mentions,
    resolve_name,
)
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
    for ent in nlp.entities(doc):
        if ent.label_ in NOT_PLACE_LABELS:
            taken.update(range(ent.start, ent.end))
        # the phrases' texts cut from the document's text (`Span.text` joins their tokens' texts on every access)
        name = nlp.span_text(ent)
        if ent.label_ in RESCUED_LABELS and _rescued(ent, gazetteer):
            out.append(Mention(ent, name, gazetteer.lookup(name), _trim(ent)[1], f"gazetteer match (tagged {ent.label_})"))
            continue
        if ent.label_ not in TOPONYM_LABELS:
            continue
        span, hint = _trim(ent)
        text = nlp.span_text(span)
        if name != text and hint != "region" and gazetteer.lookup(name):
            span, text = ent, name  # "West Bank", "Central African Republic": the compass word is part of the name
        cands = gazetteer.lookup(text) if len(span) else []
        if not cands and len(span) > 1:
            cands = _longest_inside(span, gazetteer)
        if cands:
            out.append(Mention(span, text, cands, hint, compass=_compass(ent, span)))
        taken.update(range(ent.start, ent.end))
    for span in _propn_runs(doc, taken):
        for sub in _gazetteer_matches(span, gazetteer):
            trimmed, hint = _trim(sub)
            out.append(Mention(trimmed, trimmed.text, gazetteer.lookup(trimmed.text), hint, "gazetteer match"))
    return sorted(out, key=lambda m: m.span.start)


def _rescued(ent: Span, gazetteer: Gazetteer) -> bool:
    """A PERSON/ORG entity that is really a town: a known place name, not a known actor, placed as a place."""
    name = nlp.span_text(ent)
    if any(e.kind not in ("capital", "country", "city") for e in _actor_entries(name)) or \
            not all(t.pos_ == "PROPN" for t in ent):
        return False
    found = gazetteer.lookup(name)
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
