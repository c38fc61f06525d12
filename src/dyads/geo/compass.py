"""Compass points qualifying a toponym ("Northeast Syria", "northern Syria", "the north-east of Syria", "Syria's
north") and the part of a country they name."""
from __future__ import annotations

import math

from spacy.tokens import Doc, Span, Token

from dyads.geo.gazetteer import Entry, Gazetteer, words

BEARING_NAMES = {0: "Northern", 45: "Northeastern", 90: "Eastern", 135: "Southeastern", 180: "Southern",
                 225: "Southwestern", 270: "Western", 315: "Northwestern"}


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
