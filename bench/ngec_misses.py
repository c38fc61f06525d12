"""Why NGEC train stories miss their label: each story whose label is not coded at the default threshold, by cause.

Codes a seeded sample of the `train` stories of gold/ngec_split.csv (the same sample as `bench/ngec_heldout.py
--split train --limit N`; texts read from ../shared/corpora, not shipped) with the coder's trace and sorts every
story whose label is not among its events at the default threshold into one cause:
- below threshold: an event of the label's type is coded, but below `min_confidence`;
- trigger, no actor: a candidate of the label's type found no actor that resolves to a political party;
- trigger dropped: a candidate of the label's type was dropped for another reason (absorbed by a governing
  trigger, a light verb's object, a description, ...);
- no trigger: no candidate of the label's type (its words are not in the lexicon, a sense rule gave them another
  type, or the story does not tell the labelled event: the stories are machine-written and often do not).
Prints counts per label and, for the below-threshold stories, how often each confidence feature is on in their
best label-type event compared with the stories whose label-type event passes the threshold (with the feature's
weight): what keeps right events below the threshold.
Train split only: held-out stories are scored in aggregate only (`bench/ngec_heldout.py`).
`--show` lists each missed story with its cause and the label-type verdicts.
Usage: python bench/ngec_misses.py [--limit N] [--show] [--threshold T]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ngec_heldout as nh  # noqa: E402

from dyads import confidence, lexicon, nlp, pipeline, typeclf  # noqa: E402
from dyads.records import Document  # noqa: E402
from dyads.settings import load_settings  # noqa: E402

CAUSES = ("below threshold", "trigger, no actor", "trigger dropped", "no trigger")
# confidence features compared between label-type events above and below the threshold
FEATURES = ("recipient=none", "actor=sector", "actor=named", "date=publication", "status_cue", "attributed",
            "same_country", "quoted", "first_sentence", "status=planned")


def cause(label: str, events, trace, threshold: float) -> str | None:
    """The cause of a story's miss (None when its label is coded at the threshold)."""
    mine = [e for e in events if e.event_type == label]
    if any(e.confidence >= threshold for e in mine):
        return None
    if mine:
        return "below threshold"
    verdicts = [v.verdict for v in trace if v.event_type == label]
    if any("no actor" in v for v in verdicts):
        return "trigger, no actor"
    return "trigger dropped" if verdicts else "no trigger"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600, help="stories to code (a seeded sample; default 600)")
    parser.add_argument("--show", action="store_true", help="list every missed story with its cause")
    parser.add_argument("--threshold", type=float, default=None,
                        help="score misses at this min_confidence (default: the configured threshold; 0 sorts the "
                             "stories whose label is not coded at all)")
    args = parser.parse_args()
    if not nh.CORPUS.is_file():
        sys.exit(f"corpus not found: {nh.CORPUS} (it lives in the project's shared/ folder)")
    stories, split = nh.read_corpus(), nh.read_split()
    chosen = [s for s in stories if split.get(s[0]) == "train"]
    if args.limit < len(chosen):
        chosen = sorted(random.Random(nh.SEED).sample(chosen, args.limit))
    settings = load_settings()
    model = confidence.model()
    threshold = settings.confidence_threshold() if args.threshold is None else args.threshold
    lex, parse, uses = lexicon.for_settings(settings), nlp.load(settings.spacy_model), typeclf.Uses.from_settings(settings)
    per: dict[str, Counter] = defaultdict(Counter)
    on: dict[str, Counter] = {"above": Counter(), "below": Counter()}
    for row, label, text in chosen:
        trace: list = []
        events = pipeline.code_parsed(Document(f"ngec-{row}", text, dt.date(2000, 1, 1)), parse(text), lex,
                                      trace=trace, uses=uses)
        why = cause(label, events, trace, threshold)
        for key in (label, "all"):
            per[key]["stories"] += 1
            per[key][why or "coded"] += 1
        best = max((e for e in events if e.event_type == label and e.evidence is not None),
                   key=lambda e: e.confidence, default=None)
        if best is not None:
            side = "above" if best.confidence >= threshold else "below"
            on[side]["events"] += 1
            on[side].update(confidence.features(best.evidence).keys())
        if args.show and why is not None:
            verdicts = "; ".join(f"{v.trigger}: {v.verdict[:70]}" for v in trace if v.event_type == label)
            print(f"ngec-{row} {label} [{why}] {verdicts}")
    print(f"{len(chosen)} train stories; label coded at the default threshold ({threshold:.2f}) or missed, by cause")
    print(f"{'label':<10} {'stories':>7} {'coded':>6} " + " ".join(f"{c:>17}" for c in CAUSES))
    for key in [*sorted(k for k in per if k != "all"), "all"]:
        c = per[key]
        print(f"{key:<10} {c['stories']:>7} {c['coded']:>6} " + " ".join(f"{c[x]:>17}" for x in CAUSES))
    print(f"\nbest label-type event of a story: share with each confidence feature on "
          f"(above threshold: {on['above']['events']} stories, below: {on['below']['events']})")
    for name in FEATURES:
        shares = [on[s][name] / on[s]["events"] if on[s]["events"] else 0.0 for s in ("above", "below")]
        print(f"{name:<18} above {shares[0]:.2f}  below {shares[1]:.2f}  weight {model.weights.get(name, 0.0):+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
