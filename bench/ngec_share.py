"""Document-level check on NGEC synthetic stories: per label, the share of stories coding that type.

Reads ../shared/corpora/ngec_synthetic_events.csv (noisy pseudo-labels; not shipped with dyads),
codes each story (publication date 2000-01-01) and prints, for every label, how many stories carry
it and in what share at least one event of that PLOVER type is coded; also the most frequent
coded type for the label's stories. Usage: python bench/ngec_share.py [--limit N]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dyads import pipeline
from dyads.records import Document
from dyads.settings import load_settings

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "ngec_synthetic_events.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Code at most this many stories.")
    args = parser.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"corpus not found: {CORPUS} (it lives in the project's shared/ folder)")
    csv.field_size_limit(10**9)
    with CORPUS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("text", "").strip()][:args.limit]
    docs = [Document(f"ngec-{i}", r["text"], dt.date(2000, 1, 1)) for i, r in enumerate(rows)]
    labels = {d.id: r["label"].strip().upper() for d, r in zip(docs, rows)}
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    coded_types: dict[str, Counter] = defaultdict(Counter)
    n_events = 0
    for result in pipeline.code_documents(docs, settings=load_settings()):
        label = labels[result.document.id]
        types = {e.event_type for e in result.events}
        n_events += len(result.events)
        hits[label][0] += label in types
        hits[label][1] += 1
        coded_types[label].update(types)
    print(f"{'label':<10} {'stories':>7} {'share coded':>11}  most frequent coded types")
    right = total = 0
    for label in sorted(hits):
        got, n = hits[label]
        right, total = right + got, total + n
        common = ", ".join(f"{t} {c}" for t, c in coded_types[label].most_common(3))
        print(f"{label:<10} {n:>7} {got / n:>11.3f}  {common}")
    print(f"{'all':<10} {total:>7} {right / total:>11.3f}  ({n_events / total:.2f} events per story)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
