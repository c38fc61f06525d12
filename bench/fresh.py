"""Scores on "fresh" gold: tune documents of gold batches that no coder change has been made while looking at.

Every session adds gold batches before any coder run; until a helper looks at their errors, their tune documents
are as unseen as the test split, and (unlike the test split) their curve may be used to choose a threshold.
Usage: python bench/fresh.py gold/realnews/events-n3.done gold/wire_proxy/events-w5.done [--split tune|test|all]
Prints precision/recall by threshold on the listed batches' documents and per-source figures at 0 and the default.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from dyads import newseval
from dyads.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("done", nargs="+", type=Path, help="marker files (.done) listing the batches' document ids")
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    args = parser.parse_args()
    settings = load_settings()
    splits = ("tune", "test") if args.split == "all" else (args.split,)
    docs = []
    for folder in sorted({d.parent for d in args.done}):
        wanted = {line.strip() for d in args.done if d.parent == folder for line in d.read_text().splitlines()
                  if line.strip()}
        docs += [d for d in newseval.load_gold(folder, splits=splits) if d.doc in wanted]
    coded = newseval.code_gold(docs, settings=settings)
    print(f"{len(docs)} {args.split} documents of {', '.join(str(d) for d in args.done)}")
    print("min_confidence precision recall events/doc")
    for t, p, r, e in newseval.curve(docs, coded, [i / 20 for i in range(20)]):
        print(f"{t:14.2f} {p:9.3f} {r:6.3f} {e:10.2f}")
    for source in sorted({d.source for d in docs}):
        part = [d for d in docs if d.source == source]
        for t in (0.0, settings.confidence_threshold()):
            s = newseval.summarise(source, newseval.evaluate_docs(part, coded, threshold=t))
            print(f"{source:8} {len(part):3} docs at {t:.2f}: precision {s.precision:.3f} recall {s.recall:.3f}")


if __name__ == "__main__":
    main()
