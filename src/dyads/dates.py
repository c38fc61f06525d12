"""Event dates: temporal expressions in the trigger's clause, resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import re

import dateparser
from spacy.tokens import Span, Token

from dyads.records import EventDate

YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$", re.I)


def _clause_dates(trigger: Token) -> list[Span]:
    """DATE entities inside the trigger's clause (its head verb's subtree), nearest first."""
    head = trigger
    while head.dep_ in ("pobj", "prep", "dobj", "compound", "amod") and head.head.i != head.i:
        head = head.head
    lo, hi = head.left_edge.i, head.right_edge.i
    ents = [e for e in trigger.doc.ents if e.label_ == "DATE" and lo <= e.start and e.end - 1 <= hi]
    return sorted(ents, key=lambda e: abs(e.start - trigger.i))


def resolve_text(text: str, *, published: dt.date | None, future: bool = False) -> EventDate | None:
    """Resolve one temporal expression relative to `published`; None when it cannot be parsed."""
    cleaned = re.sub(r"^(on|in|at|during|since|by)\s+", "", text.strip(), flags=re.I)
    year = YEAR.match(cleaned)
    if year:
        return EventDate(dt.date(int(year.group(1)), 1, 1), "year", text)
    base = dt.datetime.combine(published or dt.date.today(), dt.time(12))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_TIME_AS_PERIOD": False, "REQUIRE_PARTS": []}
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    precision = "day"
    if not re.search(r"\d{1,2}(st|nd|rd|th)?\b(?!\d)|day|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ago",
                     cleaned, re.I) or re.fullmatch(r"[A-Za-z]+\s+(19|20)\d\d", cleaned):
        precision = "month"
    return EventDate(parsed.date(), precision, text)


def resolve(trigger: Token, *, published: dt.date | None, status: str) -> EventDate:
    """The event's date: its clause's first resolvable expression, else the publication date."""
    for ent in _clause_dates(trigger):
        found = resolve_text(ent.text, published=published, future=status == "planned")
        if found is not None:
            return found
    return EventDate(published, "publication", None)
