"""Scoring event dates and places against a gold file (used by `bench/when_where.py` and the tests).

Gold lines: {"id", "published", "text", "trigger", "date", "precision", "place", "country", "rule"};
`place` may list accepted names separated by "|"; `place`/`country` null means "no location".
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dyads import geo, lexicon, nlp, pipeline
from dyads.records import Document, Event
from dyads.settings import Settings


@dataclass(frozen=True, slots=True)
class Outcome:
    """One gold item scored: what was expected, what came out, and whether each part matched."""

    item: dict
    event: Event | None
    date_ok: bool
    place_ok: bool
    country_ok: bool


def read_gold(path: Path) -> list[dict]:
    """Gold items from a JSON-lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pick(events: list[Event], trigger: str) -> Event | None:
    found = [e for e in events if e.trigger.text.lower() == trigger.lower()]
    return min(found, key=lambda e: e.trigger.start) if found else None


def _date_ok(item: dict, event: Event) -> bool:
    got = event.date.isoformat() if event.date else None
    return got == item["date"] and event.date_precision == item["precision"]


def _place_ok(item: dict, event: Event) -> tuple[bool, bool]:
    loc = event.location
    if item["place"] is None:
        return loc is None, loc is None if item["country"] is None else (loc is not None and loc.country == item["country"])
    if loc is None:
        return False, False
    names = {geo.key(n) for n in item["place"].split("|")}
    return geo.key(loc.name) in names, loc.country == item["country"]


def score(items: Iterable[dict], *, settings: Settings) -> list[Outcome]:
    """Code each gold text with the full pipeline and compare the trigger's event date and place."""
    model = nlp.load(settings.spacy_model)
    lex = lexicon.for_settings(settings)
    gazetteer = geo.from_settings(settings)
    out = []
    for item in items:
        document = Document(item["id"], item["text"], dt.date.fromisoformat(item["published"]))
        event = _pick(pipeline.code_parsed(document, model(item["text"]), lex, gazetteer=gazetteer), item["trigger"])
        if event is None:
            out.append(Outcome(item, None, False, False, False))
            continue
        place_ok, country_ok = _place_ok(item, event)
        out.append(Outcome(item, event, _date_ok(item, event), place_ok, country_ok))
    return out


def accuracy(outcomes: list[Outcome]) -> dict[str, float]:
    """Share of items whose date, place and country match (a missing event counts as wrong)."""
    n = len(outcomes) or 1
    return {"date": sum(o.date_ok for o in outcomes) / n, "place": sum(o.place_ok for o in outcomes) / n,
            "country": sum(o.country_ok for o in outcomes) / n,
            "event found": sum(o.event is not None for o in outcomes) / n}
