"""Where real-news recall is lost: why each missed gold event was missed, counted by cause.

Codes the gold documents of one split (gold/realnews; article texts read from ../shared/corpora, not shipped)
with the coder's trace (`dyads explain`'s verdict for every candidate trigger) and sorts every missed gold
event (at min_confidence 0, so the threshold is not among the causes) into one cause:
- an event was coded at the gold quote but differs (type, actor, recipient, status: the fields named);
- no event at the quote: no candidate trigger at all (vocabulary), a candidate of the gold type or of
  another type that was not coded, with the trace's reason (e.g. no actor resolved to a political party).
Prints counts by source. `--show` lists each miss with its quote: allowed for the tune split only (the test
split is for aggregate figures; never look at its errors while changing the coder).
`--exclude events-n3.done` leaves a validation batch out; `--wire` reads the invented wire stories. With `--show`
the fresh batches (`unseen` in scripts/train_confidence.toml) are always left out, so their errors stay unseen.
Usage: python bench/realnews_misses.py [--split tune|test] [--show] [--exclude DONE] [--wire]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from rich.progress import Progress

from dyads import lexicon, newseval, nlp, pipeline, typeclf
from dyads.records import Document
from dyads.settings import load_settings
from _fresh import unseen_batches

ROOT = Path(__file__).resolve().parents[1]


def cause(gold: newseval.GoldEvent, events, trace) -> str:
    near = [e for e in events if newseval._at(gold, e)]
    if near:
        best = min(near, key=lambda e: len(newseval._mismatch(gold, e)))
        return "coded, differs: " + (" + ".join(newseval._mismatch(gold, best)) or "duplicate")
    found = [v for v in trace if gold.start <= v.start < gold.end]
    if not found:
        return "no event: no candidate trigger"
    same = [v for v in found if v.event_type in gold.types]
    which = "gold type" if same else "other type"
    verdict = (same or found)[0].verdict
    if verdict.startswith("coded"):
        return f"no event: {which} candidate coded only as not counted (status)"
    reason = re.sub(r"'[^']*'|\([^)]*\)|\d+", "", verdict.removeprefix("not coded: "))
    return f"no event: {which} candidate not coded ({' '.join(reason.split())[:60]})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "test"), default="tune")
    parser.add_argument("--show", action="store_true", help="list every miss (tune split only)")
    parser.add_argument("--exclude", action="append", type=Path, default=[],
                        help="leave out the documents of this batch marker (events-*.done); repeatable")
    parser.add_argument("--wire", action="store_true", help="the invented wire stories (gold/wire_proxy) instead")
    args = parser.parse_args()
    if args.show and args.split != "tune":
        parser.error("--show lists errors: tune split only")
    try:
        docs = newseval.load_gold(ROOT / "gold" / ("wire_proxy" if args.wire else "realnews"), splits=(args.split,))
        left_out = newseval.done_ids(args.exclude + (unseen_batches() if args.show else []))
        docs = [d for d in docs if d.doc not in left_out]
    except FileNotFoundError as exc:
        print(f"needs ../shared/corpora (not shipped with dyads): {exc}", file=sys.stderr)
        return 2
    settings = load_settings()
    lex, parse = lexicon.for_settings(settings), nlp.load(settings.spacy_model)
    uses = typeclf.Uses.from_settings(settings)
    counts: Counter = Counter()
    n_gold = 0
    with Progress(transient=True) as progress:
        for d in progress.track(docs, description=f"coding the {args.split} documents"):
            trace: list[pipeline.Verdict] = []
            coded = pipeline.code_parsed(Document(d.doc, d.text, d.date), parse(d.text), lex, trace=trace, uses=uses)
            counted = [e for e in coded if e.status in newseval.COUNTED_STATUSES]
            outcome = newseval.score_document(d, counted, threshold=0.0)
            n_gold += outcome.n_gold
            for gold in outcome.missed:
                why = cause(gold, counted, trace)
                counts[(d.source, why)] += 1
                if args.show:
                    print(f"{why} | {'/'.join(sorted(gold.types))} {gold.actor}->{gold.recipient} | {gold.quote[:160]}")
    sources = sorted({s for s, _ in counts})
    causes = sorted({c for _, c in counts}, key=lambda c: -sum(counts[(s, c)] for s in sources))
    print(f"{args.split} split: {len(docs)} documents, {n_gold} required gold events, "
          f"{sum(counts.values())} missed at min_confidence 0")
    print(f"{'cause':78} " + " ".join(f"{s:>9}" for s in sources) + "      all")
    for c in causes:
        row = [counts[(s, c)] for s in sources]
        print(f"{c:78} " + " ".join(f"{n:9d}" for n in row) + f" {sum(row):8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
