"""NGEC held-out benchmark: code the held-out NGEC synthetic stories and score the coded types by story label.

The NGEC synthetic stories (../shared/corpora/ngec_synthetic_events.csv, MIT; not shipped with dyads) that are
not real-news gold documents (gold/realnews/docs.csv) are split once, deterministically (seed 13, by story,
stratified by label) into `train` (for the event-type classifier, scripts/train_typeclf.py) and `heldout` (20%); the split is our index file
gold/ngec_split.csv (story row numbers and split only, no text), written when missing and checked otherwise.
Train stories later drawn into the real-news gold are marked `gold` there and leave the train split.

Prints, over the held-out stories (publication date 2000-01-01), at min_confidence 0 and at the default
threshold: the share of stories whose label is among the coded event types (issue 14 target >= 0.75), the
precision of coded types (share of the distinct types coded for a story that equal its label, pooled over
stories and averaged per story) and of coded events, and the same per label.
`--split train` scores the train stories instead (for finding causes; held-out stories are only ever scored in
aggregate), and `--misses FILE` (train only) writes, per story whose label is not coded, its row, label and the
coded events as JSON lines.
Usage: python bench/ngec_heldout.py [--split heldout|train] [--limit N] [--misses FILE] [--verbs FILE ...]
[--write-split]
"""
from __future__ import annotations

import argparse
import csv
import json
import datetime as dt
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from dyads import pipeline
from dyads.records import Document
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpora" / "ngec_synthetic_events.csv"
GOLD_DOCS = ROOT / "gold" / "realnews" / "docs.csv"
SPLIT = ROOT / "gold" / "ngec_split.csv"
SEED = 13
HELDOUT_SHARE = 0.2
MIN_HELDOUT = 600


def read_corpus(path: Path = CORPUS) -> list[tuple[int, str, str]]:
    """(row, label, text) of every story; row is the 0-based data row, as in gold/realnews/docs.csv."""
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8") as handle:
        return [(i, r["label"].strip().upper(), r["text"]) for i, r in enumerate(csv.DictReader(handle))]


def gold_rows(path: Path = GOLD_DOCS) -> set[int]:
    """NGEC rows that are real-news gold documents (never in either split)."""
    with path.open(encoding="utf-8") as handle:
        return {int(r["row"]) for r in csv.DictReader(handle) if r["source"] == "ngec"}


def make_split(stories: list[tuple[int, str, str]], excluded: set[int], *, seed: int = SEED,
               share: float = HELDOUT_SHARE) -> dict[int, str]:
    """row -> "train" / "heldout": per label, a seeded shuffle of its rows; the first `share` are held out."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for row, label, text in stories:
        if row not in excluded and text.strip():
            by_label[label].append(row)
    rng = random.Random(seed)
    split: dict[int, str] = {}
    for label in sorted(by_label):
        rows = sorted(by_label[label])
        rng.shuffle(rows)
        cut = round(len(rows) * share)
        split.update({r: ("heldout" if k < cut else "train") for k, r in enumerate(rows)})
    return dict(sorted(split.items()))


def write_split(split: dict[int, str], path: Path = SPLIT) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["row", "split"])
        writer.writerows(split.items())


def read_split(path: Path = SPLIT) -> dict[int, str]:
    with path.open(encoding="utf-8") as handle:
        return {int(r["row"]): r["split"] for r in csv.DictReader(handle)}


def check_split(stories: list[tuple[int, str, str]], split: dict[int, str]) -> bool:
    """True when `split` is the seeded split of the stories that were not gold when it was written: rows later
    drawn from `train` into the real-news gold (`scripts/gold_extend.py --ngec`) are marked `gold` in the file
    and count as `train` here; they are in neither split from then on, and the held-out rows never change."""
    later = {r for r, v in split.items() if v == "gold"}
    if not later <= gold_rows():
        return False
    made = make_split(stories, gold_rows() - later)
    return {r: ("train" if v == "gold" else v) for r, v in split.items()} == made


def score(labels: dict[str, str], coded: dict[str, list[tuple[str, float]]], threshold: float) -> dict:
    """Share of stories whose label is coded, precision of coded types and events, per label and overall."""
    per: dict[str, Counter] = defaultdict(Counter)
    for doc, label in labels.items():
        events = [t for t, c in coded.get(doc, []) if c >= threshold]
        types = set(events)
        for key in (label, "all"):
            c = per[key]
            c["stories"] += 1
            c["hit"] += label in types
            c["types"] += len(types)
            c["right_types"] += label in types
            c["events"] += len(events)
            c["right_events"] += sum(t == label for t in events)
            c["silent"] += not types
            if types:
                c["coded_stories"] += 1
                c["story_precision_sum"] += (label in types) / len(types)
    return per


def _table(per: dict, title: str) -> list[str]:
    out = [title, f"{'label':<10} {'stories':>7} {'label coded':>11} {'type prec':>9} {'story prec':>10} "
                  f"{'event prec':>10} {'no event':>8}"]
    for label in [*sorted(k for k in per if k != "all"), "all"]:
        c = per[label]
        ratio = lambda a, b: f"{c[a] / c[b]:.3f}" if c[b] else "-"  # noqa: E731
        out.append(f"{label:<10} {c['stories']:>7} {ratio('hit', 'stories'):>11} {ratio('right_types', 'types'):>9} "
                   f"{ratio('story_precision_sum', 'coded_stories'):>10} {ratio('right_events', 'events'):>10} "
                   f"{ratio('silent', 'stories'):>8}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "train"), default="heldout",
                        help="Which stories to code and score (default: heldout).")
    parser.add_argument("--limit", type=int, default=None,
                        help="Code at most this many stories (a seeded sample, same for every run).")
    parser.add_argument("--misses", type=Path, default=None,
                        help="Train split only: write the stories whose label is not coded (JSON lines).")
    parser.add_argument("--verbs", action="append", default=[], type=Path,
                        help="PETRARCH/TABARI verb dictionary to code with (repeatable).")
    parser.add_argument("--write-split", action="store_true", help="(Re)write gold/ngec_split.csv.")
    args = parser.parse_args()
    if args.misses is not None and args.split != "train":
        parser.error("--misses is for the train split only (held-out stories are scored in aggregate only)")
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS} (it lives in the project's shared/ folder)")
    stories = read_corpus()
    if args.write_split or not SPLIT.is_file():
        split = make_split(stories, gold_rows())
        write_split(split)
        print(f"wrote {SPLIT.relative_to(ROOT)}", file=sys.stderr)
    else:
        split = read_split()
        if not check_split(stories, split):
            sys.exit(f"{SPLIT} differs from the split this script makes (seed {SEED}); rewrite it with --write-split")
    heldout = [s for s in stories if split.get(s[0]) == "heldout"]
    if len(heldout) < MIN_HELDOUT:
        sys.exit(f"only {len(heldout)} held-out stories (at least {MIN_HELDOUT} wanted)")
    print(f"split: {sum(v == 'train' for v in split.values())} train, {len(heldout)} held out "
          f"({len(stories) - sum(v in ('train', 'heldout') for v in split.values())} gold or empty stories excluded)")
    chosen = heldout if args.split == "heldout" else [s for s in stories if split.get(s[0]) == "train"]
    if args.limit is not None and args.limit < len(chosen):
        chosen = sorted(random.Random(SEED).sample(chosen, args.limit))
    settings = load_settings()
    if args.verbs:
        settings = settings.with_(verb_dictionaries=tuple(str(p) for p in args.verbs))
    docs = [Document(f"ngec-{row}", text, dt.date(2000, 1, 1)) for row, _, text in chosen]
    labels = {f"ngec-{row}": label for row, label, _ in chosen}
    coded: dict[str, list[tuple[str, float]]] = {}
    details: dict[str, list[dict]] = {}
    columns = (TextColumn(f"coding {args.split} stories"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TimeRemainingColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("coding", total=len(docs))
        for result in pipeline.code_documents(docs, settings=settings):
            coded[result.document.id] = [(e.event_type, e.confidence) for e in result.events]
            if args.misses is not None:
                details[result.document.id] = [_event_summary(e) for e in result.events]
            progress.advance(task)
    threshold = settings.confidence_threshold()
    verbs = ", ".join(str(p) for p in args.verbs) or "none"
    print(f"{len(docs)} {args.split} stories coded; verb dictionaries: {verbs}")
    for line in _table(score(labels, coded, 0.0), "all events (min_confidence 0)"):
        print(line)
    print()
    for line in _table(score(labels, coded, threshold), f"events at the default threshold ({threshold:.2f})"):
        print(line)
    if args.misses is not None:
        _write_misses(args.misses, labels, coded, details, threshold)
    return 0


def _event_summary(event) -> dict:
    party = lambda p: p.code if p is not None else None  # noqa: E731
    return {"type": event.event_type, "conf": round(event.confidence, 3), "trigger": event.trigger.text,
            "actor": party(event.actor), "recipient": party(event.recipient), "status": event.status}


def _write_misses(path: Path, labels: dict[str, str], coded: dict, details: dict, threshold: float) -> None:
    """One JSON line per train story whose label is not coded at the default threshold."""
    with path.open("w", encoding="utf-8") as handle:
        for doc, label in labels.items():
            types0 = {t for t, _ in coded.get(doc, [])}
            typesd = {t for t, c in coded.get(doc, []) if c >= threshold}
            if label not in typesd:
                handle.write(json.dumps({"doc": doc, "label": label, "at0": label in types0,
                                         "events": details.get(doc, [])}) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
