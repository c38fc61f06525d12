"""Which drop and status rules cost real events: every candidate a rule dropped, or coded only with an uncounted
status, counted by rule as a bad drop or a good one.

Codes the TUNE documents of gold folders (default gold/realnews and gold/wire_proxy) with the coder's trace and
sorts each candidate that did not give a counted event by its reason (the trace's verdict, or "status:<status>"
for a candidate coded only as hypothetical or negated):
- bad: a required gold event of the candidate's type at its trigger was missed (the drop may have cost it);
- other: a gold event of its type is there but was matched by another trigger (a harmless drop);
- good: no gold event of its type at the trigger (coding it would likely be a false event).
A rule change must keep the good drops: compare the counts before and after. `--show TEXT` lists the candidates
of every reason containing TEXT with their sentences (tune split only, like bench/realnews_misses.py).
`--exclude DONE` (repeatable) leaves a validation batch's documents out (events-n3.done, events-w5.done); with
`--show` the fresh batches (`unseen` in scripts/train_confidence.toml) are always left out.
Usage: python bench/drop_tally.py [--gold gold/realnews,gold/wire_proxy] [--show TEXT] [--exclude DONE]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dyads import lexicon, newseval, nlp, pipeline, typeclf
from dyads.records import Document
from dyads.settings import load_settings
from _fresh import unseen_batches

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("bad", "good", "other")


def reason_of(verdict: pipeline.Verdict) -> str | None:
    """The rule that kept a candidate from a counted event (None when it coded one, or found no party)."""
    if verdict.verdict.startswith("coded"):
        statuses = {e.status for e in verdict.events}
        return None if statuses & set(newseval.COUNTED_STATUSES) else "status:" + ",".join(sorted(statuses))
    reason = " ".join(re.sub(r"'[^']*'|\([^)]*\)|\d+", "", verdict.verdict.removeprefix("not coded: ")).split())
    if reason.startswith("lexicon entry"):
        return "lexicon entry: no-event sense"
    if "no actor resolved" in reason:
        return None  # actor resolution, not a drop rule
    return reason[:70]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="gold/realnews,gold/wire_proxy")
    parser.add_argument("--show", default="", help="list the candidates of reasons containing this text")
    parser.add_argument("--exclude", action="append", type=Path, default=[],
                        help="leave out the documents of this batch marker (events-*.done); repeatable")
    args = parser.parse_args()
    # listing candidates shows coder output: the fresh batches' documents are always left out then
    left_out = newseval.done_ids(args.exclude + (unseen_batches() if args.show else []))
    settings = load_settings()
    lex, parse = lexicon.for_settings(settings), nlp.load(settings.spacy_model)
    uses = typeclf.Uses.from_settings(settings)
    counts: Counter = Counter()
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    for folder in args.gold.split(","):
        try:
            docs = newseval.load_gold(ROOT / folder, splits=("tune",))
        except FileNotFoundError as exc:
            print(f"needs ../shared/corpora (not shipped with dyads): {exc}", file=sys.stderr)
            return 2
        for d in (d for d in docs if d.doc not in left_out):
            trace: list[pipeline.Verdict] = []
            parsed = parse(d.text)
            coded = pipeline.code_parsed(Document(d.doc, d.text, d.date), parsed, lex, trace=trace, uses=uses)
            counted = [e for e in coded if e.status in newseval.COUNTED_STATUSES]
            missed = newseval.score_document(d, counted, threshold=0.0).missed
            for v in trace:
                if (reason := reason_of(v)) is None:
                    continue
                here = [g for g in d.events if g.start <= v.start < g.end and v.event_type in g.types]
                kind = "bad" if any(g in missed for g in here) else "other" if here else "good"
                counts[(reason, kind)] += 1
                if args.show and args.show in reason:
                    sentence = " ".join(list(parsed.sents)[v.sentence_index].text.split())
                    shown[(reason, kind)].append(f"{d.doc} [{v.trigger}] {v.event_type}: {sentence[:200]}")
    reasons = sorted({r for r, _ in counts}, key=lambda r: -sum(counts[(r, k)] for k in KINDS))
    print(f"{'reason':72} " + " ".join(f"{k:>5}" for k in KINDS))
    for r in reasons:
        print(f"{r:72} " + " ".join(f"{counts[(r, k)]:5d}" for k in KINDS))
    for (reason, kind), lines in sorted(shown.items()):
        print(f"\n== {reason} / {kind}")
        print("\n".join(f"   {line}" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
