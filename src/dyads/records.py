"""Typed records that flow between the pipeline stages.

Every stage takes and returns these frozen dataclasses; spaCy objects never leave
the NLP stages (`nlp`, `events`, `actors`, `dates`, `geo`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "planned", "hypothetical", "negated")
DATE_PRECISIONS = ("day", "month", "year", "publication", "unknown")


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with its metadata.

    `origin` names where it came from (file and line/record) for error reports; `language`
    is the ISO 639-1 code found by language identification.
    """

    id: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of document text with character offsets into `Document.text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Party:
    """An actor or recipient: the text that names it and what it resolved to."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    why: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    why: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's resolved date, how precise it is and the text it came from."""

    date: dt.date | None
    precision: str = "publication"
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event (a mention of it in one sentence of one document)."""

    doc_id: str
    event_id: str
    sentence_index: int
    sentence: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    trigger: Span
    actor: Party | None
    recipient: Party | None
    status: str = "occurred"
    date: dt.date | None = None
    date_precision: str = "publication"
    date_text: str | None = None
    location: Place | None = None
    attribution: Span | None = None
    confidence: float = 0.5
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the event as plain JSON-ready data (dates as ISO strings)."""
        out = asdict(self)
        out["context"] = list(self.context)
        out["date"] = self.date.isoformat() if self.date else None
        return out


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A document or input that could not be coded, and why."""

    origin: str
    code: str
    message: str
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """What the pipeline returns for one document."""

    document: Document
    events: tuple[Event, ...] = ()
    error: ErrorRecord | None = None
    n_sentences: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
