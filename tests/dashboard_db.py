"""A small hand-made database for the dashboard tests: dated, month-only, year-only and undated events,
empty weeks between busy ones, places with coordinates and http(s) source URLs."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from dyads.records import Document, Event, Party, Place, Result, Span
from dyads.store import Store

NAMES = {"CHL": "Chile", "PER": "Peru", "KEN": "Kenya", "SOM": "Somalia", "TUR": "Turkey", "SYR": "Syria"}
PLACES = {"Lima": Place("Lima", "PER", "Lima", -12.05, -77.04), "Tacna": Place("Tacna", "PER", "Tacna", -18.01, -70.25),
          "Santiago": Place("Santiago", "CHL", "Santiago Metropolitan", -33.45, -70.67),
          "Arica": Place("Arica", "CHL", "Arica y Parinacota", -18.48, -70.31),
          "Mogadishu": Place("Mogadishu", "SOM", "Banaadir", 2.04, 45.34),
          "Aleppo": Place("Aleppo", "SYR", "Aleppo", 36.20, 37.16)}
VERBS = {"CONSULT": ("met", "040", 1.0, 1), "ACCUSE": ("accused", "112", -2.0, 3), "AID": ("sent aid to", "070", 7.0, 2),
         "ASSAULT": ("attacked", "190", -10.0, 4)}
# (type, actor, recipient, date, precision, status, place); distinct blocking keys or dates far apart, so
# deduplication keeps every row an event of its own.
ROWS = [
    ("CONSULT", "CHL", "PER", "2024-01-08", "day", "occurred", "Lima"),
    ("ASSAULT", "PER", "CHL", "2024-01-09", "day", "occurred", "Tacna"),
    ("ACCUSE", "CHL", "PER", "2024-01-16", "day", "occurred", "Santiago"),
    ("ASSAULT", "CHL", "PER", "2024-01-23", "day", "occurred", "Arica"),
    # no CHL-PER event in the weeks of 29 January, 5 and 12 February
    ("ASSAULT", "PER", "CHL", "2024-02-20", "day", "occurred", "Tacna"),
    ("AID", "CHL", "PER", "2024-02-27", "day", "occurred", "Lima"),
    ("CONSULT", "CHL", "PER", "2024-04-02", "day", "planned", None),
    ("ACCUSE", "PER", "CHL", "2024-04-03", "day", "occurred", "Lima"),
    ("ASSAULT", "CHL", "PER", None, "unknown", "occurred", None),
    ("ACCUSE", "PER", "CHL", None, "unknown", "occurred", None),
    ("CONSULT", "PER", "CHL", "2024-01-01", "year", "occurred", None),
    ("AID", "PER", "CHL", "2024-03-01", "month", "occurred", None),
    ("ASSAULT", "KEN", "SOM", "2024-01-10", "day", "occurred", "Mogadishu"),
    ("CONSULT", "KEN", "SOM", None, "unknown", "occurred", None),
    ("ASSAULT", "TUR", "SYR", "2024-02-05", "day", "occurred", "Aleppo"),
]


# Source URLs a hostile feed could store: the dashboard must never make them links.
BAD_URLS = {13: "javascript:alert(document.domain)", 14: "data:text/html,<script>alert(1)</script>"}


def event_id(i: int) -> str:
    return f"{i + 1:016x}"


def event(i: int, kind: str, actor: str, recipient: str, date: str | None, precision: str, status: str,
          place: str | None) -> Result:
    verb, cameo, goldstein, quad = VERBS[kind]
    where = f" in {place}" if place else ""
    text = f"{NAMES[actor]} {verb} {NAMES[recipient]}{where}, report {i}."
    a_end = len(NAMES[actor])
    t_start = a_end + 1
    r_start = t_start + len(verb) + 1
    day = dt.date.fromisoformat(date) if date else None
    doc_id = f"dash-{i:02d}"
    ev = Event(doc_id=doc_id, event_id=event_id(i), sentence_index=0, sentence=text, event_type=kind, mode=None,
               context=(), cameo=cameo, goldstein=goldstein, quad_class=quad,
               trigger=Span(verb, t_start, t_start + len(verb)),
               actor=Party(NAMES[actor], 0, a_end, name=NAMES[actor], code=actor, country=actor, sector="GOV"),
               recipient=Party(NAMES[recipient], r_start, r_start + len(NAMES[recipient]), name=NAMES[recipient],
                               code=recipient, country=recipient, sector="GOV"),
               status=status, date=day, date_precision=precision, location=PLACES.get(place),
               confidence=0.9, why=f"test rule {i}")
    published = day or dt.date(2024, 5, 1)
    return Result(Document(doc_id, text, published, source=f"Wire {i % 3}", url=BAD_URLS.get(i, f"https://news.example/{i}"),
                           title=f"Report {i}"), (ev,))


def build(path: Path) -> Path:
    with Store(path) as store:
        store.write_results([event(i, *row) for i, row in enumerate(ROWS)], run_id="dashboard")
    return path
