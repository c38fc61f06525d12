"""Held-out effect of the event-type classifier's uses on the real-news gold's tune split.

The classifier is trained on the tune split, so scoring it there with the shipped model would be in-sample:
this benchmark codes each tune document with the fold model that never saw it (build/typeclf/fold<k>, written
by scripts/train_typeclf.py; documents sorted by id, document k in fold k % 5) and prints precision and recall
of `dyads eval` (at min_confidence 0 and at the default threshold) with each use off and on.
Usage: python bench/typeclf_cv.py [--gold FOLDER ...] [--folds build/typeclf] [--propose-min P ...]
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyads import lexicon, newseval, nlp, pipeline, typeclf
from dyads.records import Document
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="gold folder (repeatable; default: the folders the classifier is trained on)")
    parser.add_argument("--folds", type=Path, default=ROOT / "build" / "typeclf")
    parser.add_argument("--propose-min", type=float, action="append", default=[],
                        help="classifier_propose_min values to try (default: the setting's)")
    parser.add_argument("--choose-min", type=float, action="append", default=[],
                        help="classifier_choose_min values to try (default: the setting's)")
    args = parser.parse_args()
    settings = load_settings()
    golds = args.gold or [ROOT / g for g in tomllib.loads((ROOT / "scripts" / "train_typeclf.toml").read_text(
        encoding="utf-8"))["golds"]]
    docs = newseval.load_golds(golds, splits=("tune",))
    n_folds = len(list(args.folds.glob("fold*")))
    if not n_folds:
        sys.exit(f"no fold models in {args.folds}: run scripts/train_typeclf.py first")
    models = [typeclf.Model.load((args.folds / f"fold{k}" / typeclf.MODEL_FILE).read_text(encoding="utf-8"),
                                 (args.folds / f"fold{k}" / typeclf.WEIGHTS_FILE).read_bytes())
              for k in range(n_folds)]
    lex = lexicon.for_settings(settings)
    model = nlp.load(settings.spacy_model)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("parsing tune documents", total=len(docs))
        parsed = []
        for doc in model.pipe([d.text for d in docs], batch_size=8):
            parsed.append(doc)
            progress.advance(task)
    variants = [("off", typeclf.Uses())]
    for p in args.propose_min or [settings.classifier_propose_min]:
        variants.append((f"propose >= {p}", typeclf.Uses(propose=True, propose_min=p)))
    for p in args.choose_min or [settings.classifier_choose_min]:
        variants.append((f"choose >= {p}", typeclf.Uses(choose=True, choose_min=p)))
    threshold = settings.confidence_threshold()
    print(f"{len(docs)} tune documents, {n_folds} fold models; default threshold {threshold:.2f}")
    print(f"{'uses':<18} {'P@0':>6} {'R@0':>6} {'P@def':>6} {'R@def':>6} {'tp@def':>6} {'fp@def':>6} {'ev/doc':>6}")
    for name, uses in variants:
        coded = {}
        for k, (d, doc) in enumerate(zip(docs, parsed)):
            with typeclf.using(models[k % n_folds]):
                coded[d.doc] = pipeline.code_parsed(Document(d.doc, d.text, d.date), doc, lex, uses=uses)
        s0 = newseval.summarise(name, newseval.evaluate_docs(docs, coded, threshold=0.0))
        sd = newseval.summarise(name, newseval.evaluate_docs(docs, coded, threshold=threshold))
        print(f"{name:<18} {s0.precision:6.3f} {s0.recall:6.3f} {sd.precision:6.3f} {sd.recall:6.3f} "
              f"{sd.tp:6d} {sd.fp:6d} {sd.events_per_doc:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
