"""First-level regions the actor tables do not list ("Bayelsa", "Jharkhand"), from the document's resolved toponyms.

The actor tables name states, capitals, major cities and well-known regions; the gazetteer knows every state,
province and region of a country (its admin1 units). A party located in one of those ("gunmen in Bayelsa",
"police in Jharkhand") is of that region's country as surely as one located in a listed region. Only admin1
units count: towns share names across countries and with people far more often, and the gazetteer resolves them
with less certainty than the first-level units of a country.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Span

# the gazetteer kinds read here (`geo.gazetteer.Entry.kind`)
REGION_KINDS = frozenset(("admin1",))


class _Toponym(Protocol):  # `geo.mentions.Mention`, without importing geo (it reads the actor tables)
    span: Span
    place: object


def region_tokens(mentions: Iterable[_Toponym]) -> dict[int, str]:
    """Token index -> country of every word of the document's toponyms resolved to a first-level region."""
    out: dict[int, str] = {}
    for m in mentions:
        place = m.place
        kind, country = getattr(place, "kind", None), getattr(place, "country", None)
        if kind in REGION_KINDS and country:
            out.update((i, country) for i in range(m.span.start, m.span.end))
    return out


def region_country(place: Span, regions: dict[int, str]) -> str | None:
    """The country of the first-level region `place` names, when the document's toponyms resolved its head
    (or its possessor: "*Jharkhand's* capital") to one."""
    if not regions:
        return None
    root = place.root
    if root.i in regions:
        return regions[root.i]
    owner = next((c for c in root.children if c.dep_ == "poss" and place.start <= c.i < place.end), None)
    return regions.get(owner.i) if owner is not None else None
