"""`dyads eval` on event-level real-news gold (`gold/realnews/`, written by the project; see docs/coding-guide.md).

A gold set is a folder holding `docs.csv` (doc, source, row, split, label), one or more `events-*.jsonl` files
(one gold event a line: doc, quote, trigger, types, actor, recipient, status, symmetric, date, optional, note)
and `events-*.done` files listing the documents coded completely. Only completely coded documents are scored.
The article texts of corpus documents (source `guardian` or `ngec`) are not in the project: they are read from
the corpora folder (`../shared/corpora`). Documents of source `own` are texts written for the project: their
`path` column names a UTF-8 text file relative to the gold folder, and an optional `date` column gives the
publication date (YYYY-MM-DD).

Scoring. A coded event counts when its status is `occurred` or `planned` and its confidence reaches the
threshold. It matches a gold event when its trigger lies inside the gold quote and its type, actor code,
recipient code and status are all acceptable (either direction for a symmetric gold event, whose reverse is
then no error). Gold events marked optional neither reward nor penalise a match. Every coded event that
matches nothing is an error of one kind: `not an event` (no gold event at its words), else the first field
that differs from the closest gold event there: `wrong type`, `wrong actor`, `wrong recipient`,
`wrong status`, or `duplicate` (a second event for a gold event already matched).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dyads import pipeline
from dyads.errors import DyadsError
from dyads.records import Document, Event, Party
from dyads.settings import Settings

log = logging.getLogger(__name__)

COUNTED_STATUSES = ("occurred", "planned")
ERROR_KINDS = ("not an event", "wrong type", "wrong actor", "wrong recipient", "wrong status", "duplicate")
CORPUS_FILES = {"guardian": "guardian_sample.csv", "ngec": "ngec_synthetic_events.csv"}
OWN_SOURCE = "own"  # documents whose text is a file of the gold folder
# Records of the Guardian sample reserved for independent checks: never read, coded or scored here.
RESERVED_GUARDIAN_ROWS = range(0, 129)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 20))


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded event: where it is (quote span) and what is acceptable."""

    doc: str
    quote: str
    start: int
    end: int
    types: frozenset[str]
    actor: tuple[str | None, ...]
    recipient: tuple[str | None, ...]
    status: str
    symmetric: bool = False
    optional: bool = False
    date: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A completely coded document with its gold events."""

    doc: str
    source: str
    row: int
    split: str
    label: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]


@dataclass(slots=True)
class Scored:
    """A coded event and what the scorer made of it."""

    event: Event
    verdict: str  # "match", "optional", "symmetric", or an error kind
    gold: GoldEvent | None = None


@dataclass(slots=True)
class DocOutcome:
    doc: GoldDoc
    scored: list[Scored] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    n_gold: int = 0

    @property
    def tp(self) -> int:
        return sum(s.verdict == "match" for s in self.scored)

    @property
    def fp(self) -> int:
        return sum(s.verdict in ERROR_KINDS for s in self.scored)


def party_ok(codes: Sequence[str | None], party: Party | None) -> bool:
    """True when a coded party is one of the gold codes (None: no party; a 3-letter class code such as IGO
    also accepts any more specific code that starts with it)."""
    if party is None or party.code is None:
        return None in codes
    for code in codes:
        if code is None:
            continue
        if code in (party.code, party.country) or (len(code) == 3 and party.code.startswith(code)):
            return True
    return False


def _direction_ok(gold: GoldEvent, event: Event) -> bool:
    if party_ok(gold.actor, event.actor) and party_ok(gold.recipient, event.recipient):
        return True
    return gold.symmetric and party_ok(gold.actor, event.recipient) and party_ok(gold.recipient, event.actor)


def _mismatch(gold: GoldEvent, event: Event) -> list[str]:
    """The fields in which a coded event differs from a gold event, in the order the errors are named."""
    out = []
    if event.event_type not in gold.types:
        out.append("wrong type")
    if not _direction_ok(gold, event):
        forward_actor = party_ok(gold.actor, event.actor) or (gold.symmetric and party_ok(gold.recipient, event.actor))
        out.append("wrong recipient" if forward_actor else "wrong actor")
    if event.status != gold.status:
        out.append("wrong status")
    return out


def _at(gold: GoldEvent, event: Event) -> bool:
    return gold.start <= event.trigger.start < gold.end or (
        event.trigger.start < gold.end and event.trigger.end > gold.start)


def score_document(doc: GoldDoc, events: Iterable[Event], *, threshold: float = 0.0) -> DocOutcome:
    """Match one document's counted events against its gold events."""
    counted = [e for e in events if e.status in COUNTED_STATUSES and e.confidence >= threshold]
    outcome = DocOutcome(doc, n_gold=sum(not g.optional for g in doc.events))
    verdicts: dict[int, Scored] = {}
    matched: dict[int, Scored] = {}  # gold index -> its match
    # required gold first, then optional; coded events in order of confidence
    order = sorted(range(len(doc.events)), key=lambda k: doc.events[k].optional)
    ranked = sorted(range(len(counted)), key=lambda k: -counted[k].confidence)
    for gi in order:
        gold = doc.events[gi]
        for ei in ranked:
            if ei in verdicts:
                continue
            event = counted[ei]
            if _at(gold, event) and not _mismatch(gold, event):
                if gi in matched:
                    first = matched[gi].event
                    reverse = gold.symmetric and _code(first.actor) == _code(event.recipient) \
                        and _code(first.recipient) == _code(event.actor)
                    if reverse and not any(v.verdict == "symmetric" and v.gold is gold for v in verdicts.values()):
                        verdicts[ei] = Scored(event, "symmetric", gold)
                    continue
                verdicts[ei] = Scored(event, "optional" if gold.optional else "match", gold)
                matched[gi] = verdicts[ei]
    for ei, event in enumerate(counted):
        if ei in verdicts:
            continue
        near = [g for g in doc.events if _at(g, event)]
        if not near:
            verdicts[ei] = Scored(event, "not an event")
            continue
        best = min(near, key=lambda g: (len(_mismatch(g, event)), g.optional))
        problems = _mismatch(best, event)
        verdicts[ei] = Scored(event, problems[0] if problems else "duplicate", best)
    outcome.scored = [verdicts[k] for k in range(len(counted))]
    got = {id(s.gold) for s in outcome.scored if s.verdict == "match"}
    outcome.missed = [g for g in doc.events if not g.optional and id(g) not in got]
    return outcome


def _code(party: Party | None) -> str | None:
    return party.code if party else None


# --- loading -------------------------------------------------------------------------------------------

def default_corpora() -> Path:
    """`../shared/corpora` next to the project (or the working directory's parent)."""
    here = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"
    return here if here.is_dir() else Path.cwd() / ".." / "shared" / "corpora"


def _read_rows(path: Path, wanted: set[int]) -> dict[int, dict[str, str]]:
    csv.field_size_limit(10**9)
    out: dict[int, dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i in wanted:
                out[i] = row
    return out


def _own_texts(folder: Path, rows: Sequence[dict[str, str]]) -> dict[str, tuple[str, dt.date | None]]:
    """Texts of the project's own gold documents: each row's `path` (inside the gold folder) and `date`."""
    root = folder.resolve()
    out: dict[str, tuple[str, dt.date | None]] = {}
    for row in rows:
        rel = (row.get("path") or "").strip()
        path = (root / rel).resolve()
        if not rel or root not in path.parents:
            raise DyadsError("E091", detail=f"document {row['doc']} of source own needs a path inside the gold folder")
        if not path.is_file():
            raise DyadsError("E091", detail=f"text file {rel} of document {row['doc']} not found")
        raw = (row.get("date") or "").strip()
        out[row["doc"]] = (path.read_text(encoding="utf-8"), dt.date.fromisoformat(raw) if raw else None)
    return out


def load_gold(folder: Path, *, corpora: Path | None = None, splits: Sequence[str] = ("tune", "test")) -> list[GoldDoc]:
    """The completely coded documents of a gold folder in the given splits, with their texts and gold events."""
    docs_csv = folder / "docs.csv"
    if not docs_csv.is_file():
        raise DyadsError("E090", path=str(docs_csv))
    corpora = corpora or default_corpora()
    with docs_csv.open(encoding="utf-8") as handle:
        listed = {d["doc"]: d for d in csv.DictReader(handle)}
    done: set[str] = set()
    for path in sorted(folder.glob("events-*.done")):
        if not path.with_suffix(".jsonl").is_file():  # a batch still being coded: its marker only sets it aside
            log.info("%s has no events file yet; its documents are not gold", path)
            continue
        done.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    wanted = {d: listed[d] for d in sorted(done) if d in listed and listed[d]["split"] in splits}
    texts: dict[str, tuple[str, dt.date | None]] = {}
    for source, name in CORPUS_FILES.items():
        rows = {int(d["row"]): d["doc"] for d in wanted.values() if d["source"] == source}
        if source == "guardian" and any(r in RESERVED_GUARDIAN_ROWS for r in rows):
            raise DyadsError("E091", detail="a gold document is a reserved Guardian row (0-128)")
        if not rows:
            continue
        path = corpora / name
        if not path.is_file():
            raise DyadsError("E092", path=str(path))
        for i, row in _read_rows(path, set(rows)).items():
            raw = (row.get("date") or "")[:10]
            texts[rows[i]] = (row["text"], dt.date.fromisoformat(raw) if raw else None)
    texts.update(_own_texts(folder, [d for d in wanted.values() if d["source"] == OWN_SOURCE]))
    gold: dict[str, list[GoldEvent]] = defaultdict(list)
    for path in sorted(folder.glob("events-*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["doc"] not in texts:
                continue
            text = texts[rec["doc"]][0]
            start = text.find(rec["quote"])
            if start < 0:
                log.warning("%s:%d: quote not found in %s; skipped", path, lineno, rec["doc"])
                continue
            gold[rec["doc"]].append(GoldEvent(
                rec["doc"], rec["quote"], start, start + len(rec["quote"]), frozenset(rec["types"]),
                tuple(rec["actor"]), tuple(rec["recipient"]), rec["status"], bool(rec.get("symmetric")),
                bool(rec.get("optional")), rec.get("date")))
    return [GoldDoc(d, listed[d]["source"], int(listed[d].get("row") or 0), listed[d]["split"], listed[d].get("label", ""),
                    texts[d][0], texts[d][1], tuple(gold.get(d, ()))) for d in wanted if d in texts]


def done_ids(paths: Sequence[Path]) -> set[str]:
    """The document ids listed in batch marker files (events-*.done), e.g. to set a validation batch aside."""
    ids: set[str] = set()
    for path in paths:
        if not Path(path).is_file():
            raise DyadsError("E090", path=str(path))
        ids.update(line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip())
    return ids


def load_golds(folders: Sequence[Path], *, corpora: Path | None = None,
               splits: Sequence[str] = ("tune", "test")) -> list[GoldDoc]:
    """The documents of several gold folders (e.g. the real-news gold and the invented wire stories), sorted by
    document id; a document id may appear in one folder only."""
    docs: dict[str, GoldDoc] = {}
    for folder in folders:
        for d in load_gold(Path(folder), corpora=corpora, splits=splits):
            if d.doc in docs:
                raise DyadsError("E091", detail=f"document {d.doc!r} is in more than one gold folder")
            docs[d.doc] = d
    return [docs[k] for k in sorted(docs)]


def code_gold(docs: Sequence[GoldDoc], *, settings: Settings) -> dict[str, list[Event]]:
    """All events of every gold document (every status and confidence), keyed by document."""
    documents = [Document(d.doc, d.text, d.date) for d in docs]
    out: dict[str, list[Event]] = {}
    for result in pipeline.code_documents(documents, settings=settings):
        out[result.document.id] = list(result.events)
    return out


# --- reporting -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class Summary:
    """Scores of a set of documents at one threshold."""

    name: str
    n_docs: int
    tp: int
    fp: int
    n_gold: int
    missed: int
    errors: Counter
    per_type: dict[str, list[int]]  # type -> [tp, fp, gold, missed]
    events_per_doc: float
    gold_per_doc: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return (self.n_gold - self.missed) / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"name": self.name, "documents": self.n_docs, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "true_positives": self.tp,
                "false_positives": self.fp, "gold_events": self.n_gold, "missed": self.missed,
                "errors": dict(self.errors), "events_per_doc": round(self.events_per_doc, 2),
                "gold_per_doc": round(self.gold_per_doc, 2),
                "per_type": {t: dict(zip(("tp", "fp", "gold", "missed"), v)) for t, v in sorted(self.per_type.items())}}


def summarise(name: str, outcomes: Sequence[DocOutcome]) -> Summary:
    """Precision, recall, errors by kind and per type over some documents."""
    errors: Counter = Counter()
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for o in outcomes:
        for s in o.scored:
            if s.verdict == "match":
                per_type[s.event.event_type][0] += 1
            elif s.verdict in ERROR_KINDS:
                errors[s.verdict] += 1
                per_type[s.event.event_type][1] += 1
        for g in o.doc.events:
            if not g.optional:
                per_type[min(g.types)][2] += 1
        for g in o.missed:
            per_type[min(g.types)][3] += 1
    n = len(outcomes) or 1
    return Summary(name, len(outcomes), sum(o.tp for o in outcomes), sum(o.fp for o in outcomes),
                   sum(o.n_gold for o in outcomes), sum(len(o.missed) for o in outcomes), errors, dict(per_type),
                   sum(len([s for s in o.scored if s.verdict != "symmetric"]) for o in outcomes) / n,
                   sum(len(o.doc.events) - sum(g.optional for g in o.doc.events) for o in outcomes) / n)


def evaluate_docs(docs: Sequence[GoldDoc], coded: dict[str, list[Event]], *, threshold: float) -> list[DocOutcome]:
    return [score_document(d, coded.get(d.doc, []), threshold=threshold) for d in docs]


def curve(docs: Sequence[GoldDoc], coded: dict[str, list[Event]],
          thresholds: Iterable[float] = THRESHOLDS) -> list[tuple[float, float, float, float]]:
    """(threshold, precision, recall, events per document) at each threshold."""
    out = []
    for t in thresholds:
        s = summarise("", evaluate_docs(docs, coded, threshold=t))
        out.append((t, s.precision, s.recall, s.events_per_doc))
    return out


def reliability(outcomes: Sequence[DocOutcome], bins: int = 10) -> list[tuple[float, float, int, float, float]]:
    """Calibration table over scored events (matches and errors; optional matches left out):
    (bin low, bin high, events, mean confidence, share right)."""
    rows = []
    pairs = [(s.event.confidence, s.verdict == "match") for o in outcomes for s in o.scored
             if s.verdict == "match" or s.verdict in ERROR_KINDS]
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (k == bins - 1 and c == 1.0)]
        if inside:
            rows.append((lo, hi, len(inside), sum(c for c, _ in inside) / len(inside),
                         sum(ok for _, ok in inside) / len(inside)))
    return rows
