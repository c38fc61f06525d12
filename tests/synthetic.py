"""Coded results made by hand (no model): mentions spread over many dates, for deduplication tests."""
from __future__ import annotations

import datetime as dt
import random

from dyads import dedup, tone
from dyads.records import Document, Event, Party, Place, Result, Span

KEYS = (("CONSULT", "FRA", "DEU"), ("ACCUSE", "GHA", "TGO"), ("AID", "POL", "UKR"))
PLACES = (None, None, Place("Paris", "FRA", lat=48.86, lon=2.35), Place("Berlin", "DEU", lat=52.52, lon=13.40))
OUTLETS = ("North Wire", "South Post", "East Herald", None)
WORDS = ("harbour", "ministry", "convoy", "ballot", "river", "summit", "tariff", "border", "grain", "court",
         "strike", "envoy", "bridge", "council", "treaty", "market", "storm", "pipeline", "army", "vote")
# Runs of consecutive days across month ends (windows cannot be cut inside them), isolated days far
# apart (each its own window), and days that month and year precision tie together.
DAY_RUNS = [dt.date(2024, 1, 28) + dt.timedelta(days=n) for n in range(7)] + \
           [dt.date(2024, 4, 29) + dt.timedelta(days=n) for n in range(4)]
LONE_DAYS = [dt.date(2024, 3, 10), dt.date(2024, 3, 25), dt.date(2024, 6, 2), dt.date(2024, 9, 15),
             dt.date(2024, 11, 30), dt.date(2025, 2, 14), dt.date(2025, 7, 1)]


def event_date(rng: random.Random) -> tuple[dt.date | None, str]:
    """A date and its precision: mostly single days, some months, a few years, a few undated."""
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(DAY_RUNS), "day"
    if roll < 0.75:
        return rng.choice(LONE_DAYS), rng.choice(("day", "publication"))
    if roll < 0.85:
        return rng.choice((dt.date(2024, 3, 1), dt.date(2025, 7, 1))), "month"
    if roll < 0.92:
        # a year-dated mention could merge with any event of its year, which ties that year into one window
        return dt.date(2023, 1, 1), "year"
    return None, "unknown"


def mention(doc_id: str, index: int, rng: random.Random, *, keys: tuple = KEYS, days: tuple = ()) -> Event:
    kind, actor, recipient = rng.choice(keys)
    date, precision = (rng.choice(days), "day") if days else event_date(rng)
    sector = rng.choice((None, None, "GOV", "MIL"))
    return Event(doc_id=doc_id, event_id=f"{doc_id}-{index}-{kind}", sentence_index=index, sentence=f"s{index}",
                 event_type=kind, mode=None, context=(), cameo="040", goldstein=1.0, quad_class=1,
                 trigger=Span("met", 0, 3), actor=Party("a", 0, 1, code=actor, sector=sector),
                 recipient=Party("b", 5, 6, code=recipient), status="occurred", date=date,
                 date_precision=precision, location=rng.choice(PLACES), confidence=round(rng.uniform(0.3, 0.95), 2),
                 why="synthetic")


def results(n_docs: int, *, seed: int, prefix: str = "d", keys: tuple = KEYS, days: tuple = ()) -> list[Result]:
    """`n_docs` documents with 1-3 mentions each, in an input order that is not date order.

    `keys` and `days` narrow the mentions to some blocking keys and single days.
    """
    rng = random.Random(seed)
    out = []
    for i in range(n_docs):
        doc_id = f"{prefix}{i:04d}"
        text = f"{doc_id} " + " ".join(rng.choice(WORDS) for _ in range(40))
        events = tuple(mention(doc_id, n, rng, keys=keys, days=days) for n in range(rng.randint(1, 3)))
        published = rng.choice(DAY_RUNS + LONE_DAYS)
        doc = Document(doc_id, text, published, source=rng.choice(OUTLETS), url=f"https://news{i % 5}.example/{i}")
        out.append(Result(doc, events, n_sentences=3,
                          extra={"minhash": dedup.signature(text), "tone": tone.tone(text)}))
    return out
