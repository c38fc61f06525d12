"""Titles that name the same office holder again: "the envoy" after "U.S. Ambassador Jane Roe", "the minister"
after "Foreign Minister Ana Silva".

News names a person once with a full title and then refers back with a shorter or more general one. The table
`data/actors/title_kin.csv` lists, for a title used bare with "the", the more specific titles it may refer back to
(a hypernym refers back to its hyponyms: "minister" to "foreign minister", never the reverse). Used by
`states.StateReferences._same_role`, which still picks the latest such person named before.
"""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, frozenset[str]]:
    path = resources.files("dyads").joinpath("data/actors/title_kin.csv")
    with path.open(encoding="utf-8") as fh:
        return {row["title"].strip().lower(): frozenset(t.strip().lower() for t in row["earlier"].split("|") if t.strip())
                for row in csv.DictReader(fh)}


def earlier_titles(title: str) -> frozenset[str]:
    """The titles a bare `title` may refer back to: itself and those the table lists for it."""
    title = title.strip().lower()
    return frozenset({title}) | _table().get(title, frozenset())
