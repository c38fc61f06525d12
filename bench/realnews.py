"""Issue 13's measures on real news: event-level precision/recall on our gold, events per Guardian article.

Reads the gold in gold/realnews (our own coding) and the article texts in ../shared/corpora (not shipped;
the script says so when they are absent). Prints, at the default threshold (the `min_confidence` setting, or
--min-confidence): precision, recall and events per document on the tune and test splits, by source; the
precision/recall curve of each split; and the number of events per Guardian article over data rows 129-248
(rows 0-128 are reserved for independent checks and are never read). Prints figures only, no coder output.
Usage: python bench/realnews.py [--min-confidence X] [--no-curve]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from dyads import newseval, pipeline
from dyads.records import Document
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "realnews"
GUARDIAN = ROOT / ".." / "shared" / "corpora" / "guardian_sample.csv"
OWN_ROWS = range(129, 249)


def guardian_rows() -> list[Document]:
    csv.field_size_limit(10**9)
    with GUARDIAN.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [Document(f"guardian-{i}", rows[i]["text"], dt.date.fromisoformat(rows[i]["date"][:10]))
            for i in OWN_ROWS if rows[i]["text"].strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--no-curve", action="store_true")
    args = parser.parse_args()
    if not GUARDIAN.is_file():
        sys.exit(f"corpus not found: {GUARDIAN} (the article texts live in the project's shared/ folder)")
    settings = load_settings()
    threshold = settings.confidence_threshold() if args.min_confidence is None else args.min_confidence
    docs = newseval.load_gold(GOLD)
    coded = newseval.code_gold(docs, settings=settings)
    print(f"real-news gold: {len(docs)} documents; threshold min_confidence = {threshold:.2f}")
    print(f"{'set':<15}{'docs':>5}{'precision':>10}{'recall':>8}{'F1':>7}{'matched':>8}{'errors':>7}{'gold':>6}"
          f"{'events/doc':>11}")
    for split in ("tune", "test"):
        for source in ("guardian", "ngec", None):
            part = [d for d in docs if d.split == split and (source is None or d.source == source)]
            s = newseval.summarise(f"{split}/{source or 'all'}", newseval.evaluate_docs(part, coded, threshold=threshold))
            print(f"{s.name:<15}{s.n_docs:>5}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>8}{s.fp:>7}"
                  f"{s.n_gold:>6}{s.events_per_doc:>11.2f}")
    if not args.no_curve:
        for split in ("tune", "test"):
            part = [d for d in docs if d.split == split]
            print(f"\nprecision / recall by threshold ({split})")
            for t, p, r, n in newseval.curve(part, coded):
                print(f"  {t:.2f}  P={p:.3f}  R={r:.3f}  events/doc={n:.2f}")
    articles = guardian_rows()
    counts = [sum(1 for e in result.events if e.status in newseval.COUNTED_STATUSES and e.confidence >= threshold)
              for result in pipeline.code_documents(articles, settings=settings)]
    print(f"\nGuardian rows 129-248: {len(counts)} articles, {sum(counts) / len(counts):.2f} events per article at "
          f"min_confidence {threshold:.2f} (occurred/planned)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
