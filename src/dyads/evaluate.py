"""`dyads eval`: score the coder against hand-coded PLOVER gold-standard sentences.

Gold files are JSON lines or one JSON array of records (the official `PLOVER_GSR_CAMEO.txt`), each record
in the PLOVER GSR layout: `text`, `event` (a PLOVER label; the
0.5b1 labels DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are mapped to their 2021 types),
`source` and `target` lists of `{actorText, code, sector?}`, and `textInfo.markup` (or `textInfo` as the
marked-up string itself), where a `SRC/TAR` tag marks parties that act on each other (reciprocal events).

Each text is coded as its own document. Scores:
- top-1 accuracy: the type of the sentence's main event (`evidence.salience`) equals the gold type;
- hit rate: some event of the sentence has the gold type;
- actor / recipient recall and precision: gold codes against the codes of the *scored events*
  (the events of the gold type, or the top-1 event when there is none);
- sector accuracy: for gold parties with a sector whose code was found, the share whose
  predicted sector matches;
- events per sentence: all events coded, divided by the number of gold records.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyads import codes, evidence, pipeline
from dyads.errors import DyadsError
from dyads.records import EVENT_TYPES, Document, Event, Party
from dyads.settings import Settings

log = logging.getLogger(__name__)

EVAL_DATE = dt.date(2000, 1, 1)
NONE = "NONE"
LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes that differ from ISO alpha-3 (ROM, TMP) are read through `codes.iso_of_cameo`.
CODE_MAP = {"JAP": "JPN", "ITL": "ITA"}
# Gold sector spellings that name one of our sectors; other unknown sectors are scored as given.
SECTOR_MAP = {"CIV": "CVL"}


@dataclass(frozen=True, slots=True)
class GoldParty:
    """A party named by the gold coder: its words, country/organization code and sector (or None)."""

    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One hand-coded sentence."""

    id: str
    text: str
    event_type: str
    label: str
    actors: tuple[GoldParty, ...]
    recipients: tuple[GoldParty, ...]
    reciprocal: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one gold record was coded."""

    gold: GoldRecord
    events: tuple[Event, ...]
    top_type: str
    hit: bool
    actor_found: tuple[str, ...]
    actor_missed: tuple[str, ...]
    actor_extra: tuple[str, ...]
    recipient_found: tuple[str, ...]
    recipient_missed: tuple[str, ...]
    recipient_extra: tuple[str, ...]
    sector_right: int = 0
    sector_scored: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.top_type == self.gold.event_type and not self.actor_missed and not self.recipient_missed

    def why(self) -> str:
        """Plain-language reasons this record is not fully right."""
        reasons = []
        if self.error:
            reasons.append(f"coding failed: {self.error}")
        if self.top_type != self.gold.event_type:
            reasons.append(f"top event is {self.top_type}, gold {self.gold.event_type}"
                           + ("" if not self.hit else " (gold type coded lower down)"))
        if self.actor_missed:
            reasons.append(f"actor {'/'.join(self.actor_missed)} not found")
        if self.recipient_missed:
            reasons.append(f"recipient {'/'.join(self.recipient_missed)} not found")
        return "; ".join(reasons)


@dataclass(slots=True)
class Ratio:
    """A count of successes over a count of trials."""

    right: int = 0
    total: int = 0

    def add(self, right: int, total: int) -> None:
        self.right += right
        self.total += total

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass(slots=True)
class TypeScores:
    """Scores of the gold records of one event type."""

    n: int = 0
    top1: Ratio = field(default_factory=Ratio)
    hit: Ratio = field(default_factory=Ratio)
    actor_recall: Ratio = field(default_factory=Ratio)
    recipient_recall: Ratio = field(default_factory=Ratio)
    predicted: int = 0

    def add(self, o: Outcome) -> None:
        self.n += 1
        self.top1.add(o.top_type == o.gold.event_type, 1)
        self.hit.add(o.hit, 1)
        self.actor_recall.add(len(o.actor_found), len(o.actor_found) + len(o.actor_missed))
        self.recipient_recall.add(len(o.recipient_found), len(o.recipient_found) + len(o.recipient_missed))


@dataclass(slots=True)
class Report:
    """Everything `dyads eval` prints."""

    outcomes: list[Outcome]
    skipped: list[str]
    top1: Ratio = field(default_factory=Ratio)
    hit: Ratio = field(default_factory=Ratio)
    actor_recall: Ratio = field(default_factory=Ratio)
    actor_precision: Ratio = field(default_factory=Ratio)
    recipient_recall: Ratio = field(default_factory=Ratio)
    recipient_precision: Ratio = field(default_factory=Ratio)
    sector: Ratio = field(default_factory=Ratio)
    n_events: int = 0
    per_type: dict[str, TypeScores] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.outcomes)

    @property
    def events_per_sentence(self) -> float | None:
        return self.n_events / self.n if self.n else None

    def to_dict(self, *, misses: bool = False) -> dict[str, Any]:
        """Plain JSON-ready summary; with `misses`, the failed records and their reasons."""
        def r(x: Ratio) -> dict[str, Any]:
            return {"value": None if x.value is None else round(x.value, 4), "right": x.right, "total": x.total}
        out: dict[str, Any] = {
            "n": self.n, "skipped": self.skipped, "top1_accuracy": r(self.top1), "hit_rate": r(self.hit),
            "actor_recall": r(self.actor_recall), "actor_precision": r(self.actor_precision),
            "recipient_recall": r(self.recipient_recall), "recipient_precision": r(self.recipient_precision),
            "sector_accuracy": r(self.sector), "events": self.n_events,
            "events_per_sentence": None if self.events_per_sentence is None else round(self.events_per_sentence, 3),
            "per_type": {t: {"n": s.n, "top1": r(s.top1), "hit": r(s.hit), "actor_recall": r(s.actor_recall),
                             "recipient_recall": r(s.recipient_recall), "predicted_top1": s.predicted}
                         for t, s in sorted(self.per_type.items())},
            "confusion": {g: dict(c) for g, c in sorted(self.confusion.items())},
        }
        if misses:
            out["misses"] = [miss_dict(o) for o in self.outcomes if not o.ok]
        return out


def miss_dict(o: Outcome) -> dict[str, Any]:
    """One failed record: gold, what was coded, and why it counts as a miss."""
    return {
        "id": o.gold.id, "text": o.gold.text, "why": o.why(),
        "gold": {"event_type": o.gold.event_type, "label": o.gold.label,
                 "actors": [p.code for p in o.gold.actors], "recipients": [p.code for p in o.gold.recipients]},
        "coded": [{"event_type": e.event_type, "actor": _code(e.actor), "recipient": _code(e.recipient),
                   "trigger": e.trigger.text, "status": e.status, "confidence": e.confidence, "why": e.why}
                  for e in o.events],
    }


def _code(party: Party | None) -> str | None:
    return party.code if party else None


def _norm_code(code: Any) -> str | None:
    if not isinstance(code, str) or not code.strip():
        return None
    code = code.strip().upper()
    return CODE_MAP.get(code) or codes.iso_of_cameo(code) or code


def _norm_sector(sector: Any) -> str | None:
    if not isinstance(sector, str):
        return None
    sector = sector.strip()[:3].upper()
    if len(sector) < 3 or not sector.isalpha():
        return None
    return SECTOR_MAP.get(sector, sector)


def _parties(value: Any) -> tuple[GoldParty, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(GoldParty(str(p.get("actorText", "")), _norm_code(p.get("code")), _norm_sector(p.get("sector")))
                 for p in value if isinstance(p, dict))


def gold_record(raw: dict[str, Any], *, fallback_id: str) -> GoldRecord:
    """Build a GoldRecord from one decoded JSON object; raise ValueError when it is unusable."""
    text = raw.get("text")
    label = str(raw.get("event") or "").strip().upper()
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    event_type = LABEL_MAP.get(label, label)
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event label {label!r}")
    actors, recipients = _parties(raw.get("source")), _parties(raw.get("target"))
    info = raw.get("textInfo")
    # the official file also has records whose textInfo is the marked-up text itself, a plain string
    markup = str((info.get("markup") if isinstance(info, dict) else info) or "")
    reciprocal = "SRC/TAR" in markup
    if reciprocal and not recipients:
        # "(SRC/TAR: X) and (SRC/TAR: Y) agreed": each party is also the other's recipient.
        recipients = actors
    return GoldRecord(str(raw.get("id") or fallback_id), text, event_type, label, actors, recipients, reciprocal)


def read_gold(path: Path) -> tuple[list[GoldRecord], list[str]]:
    """Read a gold file: JSON lines (one record per line) or one JSON array of records (the layout of the
    official `PLOVER_GSR_CAMEO.txt`); return the usable records and one message per skipped record."""
    if not path.is_file():
        raise DyadsError("E006", path=path)
    text = path.read_text("utf-8-sig")
    records, skipped = [], []
    for where, raw in _gold_items(text, path.name):
        try:
            if isinstance(raw, ValueError):
                raise raw
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            records.append(gold_record(raw, fallback_id=where))
        except ValueError as exc:
            skipped.append(f"{where}: {exc}")
            log.warning("skipping gold record %s: %s", where, exc)
    return records, skipped


def _gold_items(text: str, name: str) -> Iterable[tuple[str, Any]]:
    """(where, decoded record or the ValueError of a line that is not JSON) of a JSON array or JSON lines."""
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            items = None  # JSON lines whose first record is an array: read line by line below
        if isinstance(items, list):
            yield from ((f"{name}[{i}]", raw) for i, raw in enumerate(items))
            return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{name}:{n}", json.loads(line)
        except ValueError as exc:
            yield f"{name}:{n}", ValueError(f"not JSON ({exc.__class__.__name__})")


def top_event(events: Sequence[Event]) -> Event | None:
    """The sentence's main event: the most salient, then earliest trigger."""
    return min(events, key=lambda e: (-evidence.salience(e), e.sentence_index, e.trigger.start), default=None)


def code_matches(gold: str, predicted: str | None) -> bool:
    """Gold class codes (IGO, NGO, ...) match our finer codes that start with them (IGOUNO)."""
    return predicted is not None and (predicted == gold or (len(gold) == 3 and predicted.startswith(gold)))


def _match_parties(gold: Iterable[GoldParty], predicted: list[Party]) -> tuple[list[str], list[str], list[str],
                                                                               list[tuple[GoldParty, Party]]]:
    gold_codes = {p.code: p for p in gold if p.code}
    found, missed, pairs = [], [], []
    for code, party in gold_codes.items():
        match = next((q for q in predicted if code_matches(code, q.code)), None)
        if match is None:
            missed.append(code)
        else:
            found.append(code)
            pairs.append((party, match))
    extra = sorted({q.code for q in predicted if q.code and not any(code_matches(g, q.code) for g in gold_codes)})
    return sorted(found), sorted(missed), extra, pairs


def score_one(gold: GoldRecord, events: Sequence[Event], *, error: str | None = None) -> Outcome:
    """Score the events coded for one gold record."""
    top = top_event(events)
    of_type = [e for e in events if e.event_type == gold.event_type]
    scored = of_type or ([top] if top else [])
    a_found, a_missed, a_extra, a_pairs = _match_parties(gold.actors, [e.actor for e in scored if e.actor])
    r_found, r_missed, r_extra, r_pairs = _match_parties(gold.recipients,
                                                         [e.recipient for e in scored if e.recipient])
    sectored = [(g, p) for g, p in a_pairs + r_pairs if g.sector]
    return Outcome(gold, tuple(events), top.event_type if top else NONE, bool(of_type),
                   tuple(a_found), tuple(a_missed), tuple(a_extra), tuple(r_found), tuple(r_missed), tuple(r_extra),
                   sum(g.sector == p.sector for g, p in sectored), len(sectored), error)


def summarize(outcomes: list[Outcome], *, skipped: list[str] | None = None) -> Report:
    """Aggregate per-record outcomes into a Report."""
    report = Report(outcomes, list(skipped or []))
    for o in outcomes:
        report.top1.add(o.top_type == o.gold.event_type, 1)
        report.hit.add(o.hit, 1)
        report.actor_recall.add(len(o.actor_found), len(o.actor_found) + len(o.actor_missed))
        report.recipient_recall.add(len(o.recipient_found), len(o.recipient_found) + len(o.recipient_missed))
        report.actor_precision.add(len(o.actor_found), len(o.actor_found) + len(o.actor_extra))
        report.recipient_precision.add(len(o.recipient_found), len(o.recipient_found) + len(o.recipient_extra))
        report.sector.add(o.sector_right, o.sector_scored)
        report.n_events += len(o.events)
        report.per_type.setdefault(o.gold.event_type, TypeScores()).add(o)
        report.per_type.setdefault(o.top_type, TypeScores()).predicted += 1
        report.confusion.setdefault(o.gold.event_type, Counter())[o.top_type] += 1
    return report


def evaluate(path: Path, *, settings: Settings, date: dt.date = EVAL_DATE) -> Report:
    """Code every text of the gold file at `path` (dated `date`) and score it."""
    golds, skipped = read_gold(path)
    docs = [Document(f"gold-{i}", g.text, date, origin=g.id) for i, g in enumerate(golds)]
    outcomes = []
    for gold, result in zip(golds, pipeline.code_documents(docs, settings=settings)):
        error = result.error.message if result.error else None
        outcomes.append(score_one(gold, result.events, error=error))
    return summarize(outcomes, skipped=skipped)
