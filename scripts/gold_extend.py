"""Add 15 more Guardian articles to the real-news gold (issue 13; run once; its output is committed).

Reads ../shared/corpora/guardian_sample.csv with csv.DictReader, skipping data rows 0-128 by index without
looking at them (they are kept aside for independent checks). From data rows 129-248 (0-based, file order) not
already in gold/realnews/docs.csv and of at most 8,000 characters, draws 15 with random.Random(29). Split rule:
the drawn rows are shuffled with random.Random(29 + 1); the first 5 are `test`, the other 10 `tune`.
Appends the rows (doc guardian-<row>, source guardian, row, split, empty label) to gold/realnews/docs.csv.
Usage: python scripts/gold_extend.py
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".." / "shared" / "corpora" / "guardian_sample.csv"
DOCS = ROOT / "gold" / "realnews" / "docs.csv"
GUARDIAN_ROWS = range(129, 249)
N_NEW, N_TEST, SEED = 15, 5, 29


def _lengths() -> dict[int, int]:
    """Text length of each data row in GUARDIAN_ROWS; earlier rows are skipped unread."""
    csv.field_size_limit(10**9)
    lengths: dict[int, int] = {}
    with SOURCE.open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i in GUARDIAN_ROWS:
                lengths[i] = len(row["text"])
    return lengths


def main() -> None:
    with DOCS.open(encoding="utf-8") as handle:
        taken = {int(r["row"]) for r in csv.DictReader(handle) if r["source"] == "guardian"}
    lengths = _lengths()
    candidates = [i for i in GUARDIAN_ROWS if i not in taken and lengths.get(i, 10**9) <= 8000]
    rows = sorted(random.Random(SEED).sample(candidates, N_NEW))
    shuffled = rows[:]
    random.Random(SEED + 1).shuffle(shuffled)
    test = set(shuffled[:N_TEST])
    with DOCS.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["doc", "source", "row", "split", "label"])
        for r in rows:
            writer.writerow({"doc": f"guardian-{r}", "source": "guardian", "row": r,
                             "split": "test" if r in test else "tune", "label": ""})
    print(f"appended {len(rows)} documents to {DOCS} ({len(candidates)} candidates)")


if __name__ == "__main__":
    main()
