"""Pick the documents of the real-news gold set and their tune/test split (run once; its output is committed).

Reads ../shared/corpora/guardian_sample.csv (data rows 129-248 only, 0-based in file order; rows 0-128 are
kept aside for independent checks and never read here) and ../shared/corpora/ngec_synthetic_events.csv.
Guardian: 42 articles drawn with seed 13 from the rows of at most 8,000 characters. NGEC: 6 stories per
label plus 4 more, seed 13. Split by document, seed 13: a third of each source in `test`.
Writes gold/realnews/docs.csv: doc, source, row, split, label (NGEC story label, else empty).
Usage: python scripts/gold_sample.py
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "corpora"
OUT = ROOT / "gold" / "realnews" / "docs.csv"
GUARDIAN_ROWS = range(129, 249)


def _rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    guardian = _rows(SHARED / "guardian_sample.csv")
    rng = random.Random(13)
    candidates = [i for i in GUARDIAN_ROWS if len(guardian[i]["text"]) <= 8000]
    g_rows = sorted(rng.sample(candidates, 42))
    ngec = _rows(SHARED / "ngec_synthetic_events.csv")
    rng = random.Random(13)
    by_label: dict[str, list[int]] = {}
    for i, row in enumerate(ngec):
        by_label.setdefault(row["label"], []).append(i)
    n_rows: list[int] = []
    for label in sorted(by_label):
        n_rows += rng.sample(by_label[label], 6)
    n_rows += rng.sample([i for i in range(len(ngec)) if i not in n_rows], 4)
    n_rows.sort()
    split_rng = random.Random(13)
    out = []
    for source, rows in (("guardian", g_rows), ("ngec", n_rows)):
        shuffled = rows[:]
        split_rng.shuffle(shuffled)
        test = set(shuffled[: (len(rows) + 2) // 3])
        for r in rows:
            out.append({"doc": f"{source}-{r}", "source": source, "row": r, "split": "test" if r in test else "tune",
                        "label": ngec[r]["label"] if source == "ngec" else ""})
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["doc", "source", "row", "split", "label"])
        writer.writeheader()
        writer.writerows(out)
    print(f"wrote {OUT}: {len(out)} documents")


if __name__ == "__main__":
    main()
