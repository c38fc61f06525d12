"""The country a story with no stated setting happens in, read from all its places: the country whose towns,
regions, name and demonyms the story names clearly more often than any other's.

`placement.main_country` counts a country's own names and demonyms, and its unambiguous places; a story that
names its scene mostly by towns ("police in Khartoum ... protesters in Omdurman") and its people by a demonym
("Sudanese workers") but never writes the country's name gets no setting from it, and its police, courts and
protesters no country. Here every resolved place counts once per mention, as do demonyms; the first country
needs `PLACES_COUNTRY_MIN` of them and `placement.MAIN_COUNTRY_MARGIN` times as many as any other, and must be named
by name or demonym at least once (towns alone are as often targets: "shelled Aleppo"). Venues where parties from
elsewhere meet ("talks in Geneva") count for nothing.
"""
from __future__ import annotations

import collections

from dyads.geo.gazetteer import words
from dyads.geo.mentions import Mention

# Mentions (places, name, demonyms) the first country needs, as `placement.MAIN_PLACES_MIN`: a country named twice
# against another named once is as often the one the story's actors act on ("Kenya accused Uganda ... 'cut all
# contact with Kampala'") as the story's own.
PLACES_COUNTRY_MIN = 3


def places_country(mentions: list[Mention], demonyms: collections.Counter, *, least: int, margin: int) -> str | None:
    """The country whose places, name and demonyms `mentions` and `demonyms` name at least `least` times and
    `margin` times as often as any other's, when it is named by name or demonym at least once; else None."""
    known = words()
    counts = collections.Counter({c: n for c, n in demonyms.items() if c and n > 0})
    named = set(counts)
    for m in mentions:
        if m.place is None or not m.place.country or known.venue(m.place):
            continue
        counts[m.place.country] += 1
        if m.place.kind == "country":
            named.add(m.place.country)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or ranked[0][0] not in named:
        return None
    if len(ranked) > 1 and ranked[0][1] < margin * ranked[1][1]:
        return None
    return ranked[0][0]
