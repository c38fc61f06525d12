"""Add 15 more Guardian articles to the real-news gold (issue 13; each run's output is committed).

Reads ../shared/corpora/guardian_sample.csv with csv.DictReader, skipping data rows 0-128 by index without
looking at them (they are kept aside for independent checks). From data rows 129-248 (0-based, file order) not
already in gold/realnews/docs.csv and of at most 8,000 characters, draws 15 with random.Random(seed), seed 29
by default. Split rule: the drawn rows are shuffled with random.Random(seed + 1); the first 5 are `test`, the
other 10 `tune`. Appends the rows (doc guardian-<row>, source guardian, row, split, empty label) to
gold/realnews/docs.csv.
The first batch (session 7, events-g6) was drawn with the default seed 29; the second batch (events-g7) with
`--seed 31`, run after the first batch was in docs.csv; the third batch (events-g8) with `--seed 37`, run after
the second batch was in docs.csv; the fourth batch (events-g9) with `--seed 41`, run after the third batch was
in docs.csv; the fifth batch (events-g10, session 9) with `--seed 43 --count 12 --max-chars 9600` (the
shorter rows were used up), run after the fourth batch was in docs.csv; the sixth batch (events-g11, session 10)
with `--seed 47 --count 6 --max-chars 20000` (the last 6 rows, 11-15k characters), run after the fifth batch was
in docs.csv.
`--ngec N` draws N NGEC synthetic stories instead (../shared/corpora/ngec_synthetic_events.csv, MIT): from the
`train` rows of gold/ngec_split.csv not yet in docs.csv, per label in turn (labels sorted, each label's rows
shuffled with random.Random(seed)), a third `test` by the same shuffle rule; the drawn rows are marked `gold` in
gold/ngec_split.csv, so the event-type classifier never trains on them and the held-out split is unchanged.
The second NGEC batch (events-n1, session 10) was drawn with `--ngec 60 --seed 53`.
Batch events-n6 (session 14) was drawn with `--ngec 60 --seed 71` (40 tune, 20 test), run after events-n5
(session 13, `--seed 67`) was in docs.csv.
Batch events-n7 (session 15) was drawn with `--ngec 60 --seed 73` (40 tune, 20 test), run after events-n6 was in docs.csv.
Batch events-n8 (session 16) was drawn with `--ngec 60 --seed 79` (40 tune, 20 test), run after events-n7 was in docs.csv.
Batch events-n9 (session 17) was drawn with `--ngec 60 --seed 83` (40 tune, 20 test), run after events-n8 was in docs.csv.
Batches events-n10 and events-n11 (session 18) were drawn with `--ngec 30 --seed 89` and then `--ngec 30 --seed 97`
(20 tune, 10 test each), run after events-n9 was in docs.csv.
Batches events-n12 and events-n13 (session 19) were drawn with `--ngec 30 --seed 101` and then `--ngec 30 --seed 103`
(20 tune, 10 test each), run after events-n11 was in docs.csv.
Batches events-n14 and events-n15 (session 20) were drawn with `--ngec 30 --seed 107` and then `--ngec 30 --seed 109`
(20 tune, 10 test each), run after events-n13 was in docs.csv.
Batches events-n16 and events-n17 (session 21) were drawn with `--ngec 30 --seed 113` and then `--ngec 30 --seed 127`
(20 tune, 10 test each), run after events-n15 was in docs.csv, events-n18 with `--ngec 30 --seed 131` after them,
and events-n19 with `--ngec 30 --seed 137` after events-n18.
Batches events-n20 and events-n21 (session 22) were drawn with `--ngec 30 --seed 139` and then `--ngec 30 --seed 149`
(20 tune, 10 test each), run after events-n19 was in docs.csv.
Batches events-n22 and events-n23 (session 23) were drawn with `--ngec 30 --seed 151` and then `--ngec 30 --seed 157`
(20 tune, 10 test each), run after events-n21 was in docs.csv.
Batches events-n24 and events-n25 (session 23) were drawn with `--ngec 30 --seed 163` and then `--ngec 30 --seed 167`
(20 tune, 10 test each), run after events-n23 was in docs.csv.
Batches events-n26 and events-n27 (session 24) were drawn with `--ngec 30 --seed 173` and then `--ngec 30 --seed 179`
(20 tune, 10 test each), run after events-n25 was in docs.csv.
Batches events-n28 and events-n29 (session 25) were drawn with `--ngec 30 --seed 181` and then `--ngec 30 --seed 191`
(20 tune, 10 test each), run after events-n27 was in docs.csv.
Batches events-n30 and events-n31 (session 26) were drawn with `--ngec 30 --seed 193` and then `--ngec 30 --seed 197`
(20 tune, 10 test each), run after events-n29 was in docs.csv.
Batches events-n32 and events-n33 (session 27) were drawn with `--ngec 30 --seed 199` and then `--ngec 30 --seed 211`
(20 tune, 10 test each), run after events-n31 was in docs.csv.
Batches events-n34 and events-n35 (session 28) were drawn with `--ngec 30 --seed 223` and then `--ngec 30 --seed 227`
(20 tune, 10 test each), run after events-n33 was in docs.csv.
Batches events-n36 and events-n37 (session 29) were drawn with `--ngec 30 --seed 229` and then `--ngec 30 --seed 233`
(20 tune, 10 test each), run after events-n35 was in docs.csv.
Batches events-n38 and events-n39 (session 30) were drawn with `--ngec 30 --seed 239` and then `--ngec 30 --seed 241`
(20 tune, 10 test each), run after events-n37 was in docs.csv.
Usage: python scripts/gold_extend.py [--seed N] [--count N] [--max-chars N] [--ngec N]
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".." / "shared" / "corpora" / "guardian_sample.csv"
NGEC = ROOT / ".." / "shared" / "corpora" / "ngec_synthetic_events.csv"
NGEC_SPLIT = ROOT / "gold" / "ngec_split.csv"
DOCS = ROOT / "gold" / "realnews" / "docs.csv"
GUARDIAN_ROWS = range(129, 249)
N_NEW, N_TEST, SEED = 15, 5, 29


def _lengths() -> dict[int, int]:
    """Text length of each data row in GUARDIAN_ROWS; the CSV reader passes over earlier rows, whose fields are
    never looked at, kept or printed."""
    csv.field_size_limit(10**9)
    lengths: dict[int, int] = {}
    with SOURCE.open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i in GUARDIAN_ROWS:
                lengths[i] = len(row["text"])
    return lengths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    parser.add_argument("--count", type=int, default=N_NEW, help=f"documents to draw (default {N_NEW}); a third test")
    parser.add_argument("--max-chars", type=int, default=8000, help="longest text drawn (default 8000)")
    parser.add_argument("--ngec", type=int, default=0, help="draw this many NGEC train stories instead")
    args = parser.parse_args()
    if args.ngec:
        extend_ngec(args.ngec, args.seed)
        return
    seed, count = args.seed, args.count
    with DOCS.open(encoding="utf-8") as handle:
        taken = {int(r["row"]) for r in csv.DictReader(handle) if r["source"] == "guardian"}
    lengths = _lengths()
    candidates = [i for i in GUARDIAN_ROWS if i not in taken and lengths.get(i, 10**9) <= args.max_chars]
    rows = sorted(random.Random(seed).sample(candidates, min(count, len(candidates))))
    shuffled = rows[:]
    random.Random(seed + 1).shuffle(shuffled)
    test = set(shuffled[:N_TEST if count == N_NEW else len(rows) // 3])
    with DOCS.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["doc", "source", "row", "split", "label"])
        for r in rows:
            writer.writerow({"doc": f"guardian-{r}", "source": "guardian", "row": r,
                             "split": "test" if r in test else "tune", "label": ""})
    print(f"appended {len(rows)} documents to {DOCS} ({len(candidates)} candidates)")


def extend_ngec(count: int, seed: int) -> None:
    """Append `count` NGEC train stories to docs.csv and mark them `gold` in the NGEC split file."""
    csv.field_size_limit(10**9)
    with NGEC_SPLIT.open(encoding="utf-8") as handle:
        split = {int(r["row"]): r["split"] for r in csv.DictReader(handle)}
    with DOCS.open(encoding="utf-8") as handle:
        taken = {int(r["row"]) for r in csv.DictReader(handle) if r["source"] == "ngec"}
    with NGEC.open(encoding="utf-8") as handle:
        labels = {i: r["label"].strip().upper() for i, r in enumerate(csv.DictReader(handle))}
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for row, part in sorted(split.items()):
        if part == "train" and row not in taken:
            by_label.setdefault(labels[row], []).append(row)
    for rows in by_label.values():
        rng.shuffle(rows)
    drawn: list[int] = []
    while len(drawn) < count and any(by_label.values()):
        for label in sorted(by_label):
            if by_label[label] and len(drawn) < count:
                drawn.append(by_label[label].pop())
    shuffled = sorted(drawn)
    random.Random(seed + 1).shuffle(shuffled)
    test = set(shuffled[:len(drawn) // 3])
    with DOCS.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["doc", "source", "row", "split", "label"])
        for r in sorted(drawn):
            writer.writerow({"doc": f"ngec-{r}", "source": "ngec", "row": r,
                             "split": "test" if r in test else "tune", "label": labels[r]})
    for r in drawn:
        split[r] = "gold"
    with NGEC_SPLIT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["row", "split"])
        writer.writerows(sorted(split.items()))
    print(f"appended {len(drawn)} NGEC stories to {DOCS} ({len(test)} test); marked them gold in {NGEC_SPLIT}")


if __name__ == "__main__":
    main()
