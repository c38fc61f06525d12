"""Score a calibration by kind of document held out: fitted on some unseen tune documents, scored on the others.

The confidence model's new-text calibration (scripts/train_confidence.py, `unseen_calibration`) is fitted on the
unseen tune documents, and the default threshold is read off their curve, so their curve cannot also judge a
choice of calibration terms (dyads.calibration). Here the raw model is fitted, as in training, on the tune documents
that are not unseen; the unseen documents are split into folds (by document: sorted by id, document k in fold
k % folds; by a hash of the id; or one fold per gold batch, `--by batch`); for each fold the calibration (plain Platt
scaling, or with the kind terms given) is fitted on the other folds, the threshold rule of train_confidence.toml
(per-folder precision included) is applied to the other folds' curve, and the fold is scored at that threshold
(or at `--fixed`). Prints precision / recall per gold folder of the pooled held-out folds, the thresholds chosen
and the threshold of a fit on all of them. Reads the pickle of train_confidence.py `--cache` (it never codes).

Usage: python scripts/calibration_cv.py --cache coded.pkl [--by doc|hash|batch] [--folds 5] [--fixed 0.6]
       [--seed N] [TERMS ...]   (each TERMS a comma-separated list of calibration terms; "" = plain Platt)
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tomllib
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_confidence as tc  # noqa: E402

from dyads import calibration, evidence, newseval  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="coded tune events (train_confidence.py --cache)")
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--by", choices=("doc", "hash", "batch"), default="doc")
    parser.add_argument("--folds", type=int, default=5, help="folds by document or hash (batch: one per batch)")
    parser.add_argument("--fixed", type=float, default=None, help="score every fold at this threshold instead")
    parser.add_argument("--seed", type=int, default=None, help="the raw model's seed (default: the config's)")
    parser.add_argument("terms", nargs="*", default=["", "log_sentences"])
    parser.add_argument("--config", type=Path, default=tc.CONFIG, help="the hyperparameters (default: %(default)s)")
    args = parser.parse_args(argv)
    cfg = tomllib.loads(args.config.read_text(encoding="utf-8"))
    if args.seed is not None:
        cfg["seed"] = args.seed
    docs = newseval.load_golds([tc.ROOT / g for g in cfg["golds"]], corpora=args.corpora, splits=("tune",))
    coded = {doc: evidence.in_story(events) for doc, events in pickle.loads(args.cache.read_bytes()).items()}
    rows = tc.labelled(docs, coded, classifier=cfg["typeclf_feature"])
    names = tc.feature_names(rows, cfg)
    X = np.array([[f.get(n, 0.0) for n in names] for _, f, _ in rows])
    y = np.array([label for _, _, label in rows])
    fold_of = {d.doc: k % cfg["folds"] for k, d in enumerate(docs)}
    names, X = tc.with_prior_column(names, X, docs, coded, y, np.array([fold_of[doc] for doc, _, _ in rows]), cfg)
    wanted = tc.unseen_ids(cfg)
    mask = np.array([doc in wanted for doc, _, _ in rows])
    raw = tc._fitted_model(X, y, ~mask, None, cfg, names, None, 0.0)
    batch_of = {line.strip(): f for f in cfg["unseen"]
                for line in (tc.ROOT / f).read_text(encoding="utf-8").splitlines() if line.strip()}
    held = [d for d in docs if d.doc in wanted]
    study = Study(cfg, held, coded, raw, {doc: str(Path(f).parent) for doc, f in batch_of.items()})
    fold = folds_of(sorted(d.doc for d in held), args.by, args.folds, batch_of)
    print(f"{len(held)} unseen tune documents, {len(study.labels)} labelled events; folds by {args.by} "
          f"({len(set(fold.values()))}); " + (f"fixed threshold {args.fixed}" if args.fixed else "threshold rule"))
    for spec in args.terms:
        terms = calibration.check_terms([t for t in spec.split(",") if t])
        study.report(terms, fold, args.fixed)
    return 0


def folds_of(ids: list[str], by: str, folds: int, batch_of: dict[str, str]) -> dict[str, int]:
    """{document: fold}: by position (sorted ids, k % folds), by a hash of the id, or one fold per gold batch."""
    if by == "doc":
        return {doc: k % folds for k, doc in enumerate(ids)}
    if by == "hash":
        return {doc: zlib.crc32(doc.encode()) % folds for doc in ids}
    batches = sorted({batch_of[doc] for doc in ids})
    return {doc: batches.index(batch_of[doc]) for doc in ids}


class Study:
    """The unseen documents' raw logits and labels, and the held-out scores of a choice of kind terms."""

    def __init__(self, cfg, held, coded, raw, folder_of):
        self.cfg, self.held, self.coded, self.folder_of = cfg, held, coded, folder_of
        self.z = {d.doc: np.array([raw.logit(e.evidence) for e in coded.get(d.doc, [])]) for d in held}
        self.labels = []  # (document, index of the event in its document, 1 right / 0 wrong)
        for d in held:
            events = coded.get(d.doc, [])
            at = {id(e): k for k, e in enumerate(events)}
            for s in newseval.score_document(d, events, threshold=0.0).scored:
                if s.verdict == "match" or s.verdict in newseval.ERROR_KINDS:
                    self.labels.append((d.doc, at[id(s.event)], int(s.verdict == "match")))

    def kinds(self, doc: str, terms) -> np.ndarray:
        events = self.coded.get(doc, [])
        return np.array([calibration.values(e.evidence, terms) for e in events], dtype=float).reshape(len(events),
                                                                                                      len(terms))

    def fit(self, ids: set[str], terms) -> tuple:
        chosen = [(doc, k, label) for doc, k, label in self.labels if doc in ids]
        z = np.array([self.z[doc][k] for doc, k, _ in chosen])
        kinds = np.array([self.kinds(doc, terms)[k] for doc, k, _ in chosen]).reshape(len(chosen), len(terms))
        return tc.calibration_fit(z, np.array([label for _, _, label in chosen]), kinds,
                                  {**self.cfg, "calibration_terms": list(terms)})

    def scored(self, ids: set[str], platt, terms) -> dict:
        out = {}
        for d in self.held:
            if d.doc in ids:
                p = tc._sig(tc.scaled(self.z[d.doc], platt, self.kinds(d.doc, terms)))
                out[d.doc] = [replace(e, confidence=round(float(q), 3)) for e, q in zip(self.coded.get(d.doc, []), p)]
        return out

    def threshold(self, ids: set[str], platt, terms) -> float:
        """The config's threshold rule on these documents' curve (and their gold folders' curves)."""
        part = [d for d in self.held if d.doc in ids]
        scored = self.scored(ids, platt, terms)
        step = {**self.cfg, "threshold_step": self.cfg.get("unseen_step", self.cfg["threshold_step"])}
        least = self.cfg.get("folder_min_documents", 1)
        folders = {}
        for d in part:
            folders.setdefault(self.folder_of[d.doc], []).append(d)
        parts = {f: tc.pr_curve(ds, scored, step) for f, ds in folders.items() if len(ds) >= least} \
            if self.cfg.get("precision_per_folder", False) else None
        return tc.choose_threshold(tc.pr_curve(part, scored, step), self.cfg, parts=parts)[0]

    def report(self, terms, fold: dict[str, int], fixed: float | None) -> None:
        outcomes, chosen = [], []
        for k in sorted(set(fold.values())):
            fit_ids = {doc for doc, f in fold.items() if f != k}
            test_ids = set(fold) - fit_ids
            platt = self.fit(fit_ids, terms)
            t = fixed if fixed is not None else self.threshold(fit_ids, platt, terms)
            chosen.append(t)
            outcomes += newseval.evaluate_docs([d for d in self.held if d.doc in test_ids],
                                               self.scored(test_ids, platt, terms), threshold=t)
        every = set(fold)
        platt = self.fit(every, terms)
        full = self.threshold(every, platt, terms)
        parts = []
        for folder in sorted(set(self.folder_of.values())) + ["all"]:
            mine = [o for o in outcomes if folder == "all" or self.folder_of[o.doc.doc] == folder]
            s = newseval.summarise(folder, mine)
            parts.append(f"{folder.split('/')[-1]} ({len(mine)}) P {s.precision:.3f} R {s.recall:.3f} ({s.tp}/{s.fp})")
        print(f"terms {list(terms) or 'none (plain Platt)'}: scaling on all {platt}, its threshold {full:.2f}; "
              f"fold thresholds {sorted(Counter(chosen).items())}\n  held out: " + "; ".join(parts), flush=True)


if __name__ == "__main__":
    sys.exit(main())
