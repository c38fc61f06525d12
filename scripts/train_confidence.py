"""Fit the confidence model on the tune split of the real-news gold and choose the default threshold.

Codes the tune documents of the gold folders named in the config (the real-news gold and the invented wire
stories; with a flat model, so the result does not depend on the weights
in place), labels every coded event the scorer judges (`match` = right, an error kind = wrong; optional and
symmetric matches are left out), and fits a logistic regression on the features of `dyads.confidence`
(or, with `model = "trees"`, gradient-boosted regression trees, exported to JSON as nested splits):
L2 strength chosen by cross-validation grouped by document, Platt scaling of the cross-validated logits when
it helps, and the default `min_confidence` from the cross-validated precision/recall curve. Every
hyperparameter is in scripts/train_confidence.toml. The test split is never read.

Writes src/dyads/data/models/confidence.json (weights, calibration, threshold) and confidence.md (its card).
Needs scikit-learn (`pip install -e .[train]`); the package itself does not.
Usage: python scripts/train_confidence.py [--gold FOLDER ...] [--corpora ../shared/corpora] [--cache coded.pkl]
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import pickle
import sys
import time
import tomllib
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score

from dyads import calibration, confidence, evidence, fitting, newseval, typeclf
from dyads.fitting import fit
from dyads.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
CONFIG = Path(__file__).with_suffix(".toml")
OUT = ROOT / "src" / "dyads" / "data" / "models"
# the names of `confidence.antecedent_features` (left out with `antecedent_features = false`)
ANTECEDENT_SUFFIXES = ("_named_back", "_never_named_before")
RELIABILITY_EDGES = tuple(k / 10 for k in range(11))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", default=[],
                        help="gold folder (repeatable; default: `golds` of the config)")
    parser.add_argument("--corpora", type=Path, default=None, help="folder of the corpora (default ../shared/corpora)")
    parser.add_argument("--folds", type=Path, default=ROOT / "build" / "typeclf",
                        help="the event-type classifier's fold models (written by scripts/train_typeclf.py)")
    parser.add_argument("--out", type=Path, default=OUT, help="where confidence.json and confidence.md go")
    parser.add_argument("--cache", type=Path, default=None,
                        help="pickle of the coded tune events: read if present, else written (iterating on the "
                             "model without re-coding; delete it whenever the coder or the gold changes)")
    parser.add_argument("--config", type=Path, default=CONFIG, help="the hyperparameters (default: %(default)s)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    cfg = tomllib.loads(args.config.read_text(encoding="utf-8"))
    if any(s != "tune" for s in cfg["splits"]):
        raise SystemExit("the confidence model is fitted on the tune split only")
    started = time.monotonic()
    golds = args.gold or [ROOT / g for g in cfg["golds"]]
    docs = newseval.load_golds(golds, corpora=args.corpora, splits=tuple(cfg["splits"]))
    assert all(d.split == "tune" for d in docs)
    if args.cache is not None and args.cache.is_file():  # the story-level evidence follows the current code
        coded = {doc: evidence.in_story(events) for doc, events in pickle.loads(args.cache.read_bytes()).items()}
    else:
        with confidence.using(confidence.Model.flat()):
            coded = code_tune(docs, cfg, args.folds)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(coded))
    rows = labelled(docs, coded, classifier=cfg["typeclf_feature"])
    names = feature_names(rows, cfg)
    X = np.array([[f.get(n, 0.0) for n in names] for _, f, _ in rows])
    y = np.array([label for _, _, label in rows])
    fold_of = {d.doc: k % cfg["folds"] for k, d in enumerate(docs)}
    folds = np.array([fold_of[doc] for doc, _, _ in rows])
    names, X = with_prior_column(names, X, docs, coded, y, folds, cfg)

    grid = [(c, cv_logits(X, y, folds, c, cfg)) for c in (cfg["c_grid"] if not trees(cfg) else [None])]
    scores = [(c, log_loss(y, _sig(z)), z) for c, z in grid]
    best_c, best_loss, oof_z = min(scores, key=lambda s: (round(s[1], 9), s[0]))
    platt = fit_platt(oof_z, y, cfg)
    kinds = kind_values(docs, coded, cfg)
    new_text = unseen_calibration(rows, X, y, best_c, platt, cfg, kinds)
    if new_text is not None:
        platt = new_text["platt"]
    oof_p = _sig(scaled(oof_z, platt, kinds))

    fold_models = {k: _fitted_model(X, y, folds != k, best_c, cfg, names, platt, 0.0) for k in range(cfg["folds"])}
    rescored = {d.doc: [replace(e, confidence=round(fold_models[fold_of[d.doc]].predict(e.evidence), 3))
                        for e in coded[d.doc]] for d in docs}
    curve = pr_curve(docs, rescored, cfg)
    threshold, rule = choose_threshold(curve, cfg)
    unseen = unseen_curve(docs, coded, rows, X, y, names, platt, best_c, cfg)
    parts = None
    if unseen is not None and cfg.get("unseen_threshold", False):
        n_unseen, unseen_rows = unseen
        parts = unseen_folder_curves(docs, coded, rows, X, y, names, platt, best_c, cfg) \
            if cfg.get("precision_per_folder", False) else None
        threshold, rule = choose_threshold(unseen_rows, cfg, where=f"on the {n_unseen} unseen tune documents",
                                           parts=parts)
    ranking = unseen_ranking(docs, coded, rows, X, y, names, platt, best_c, cfg) if unseen is not None else None

    final = _fitted_model(X, y, np.ones(len(y), dtype=bool), best_c, cfg, names, platt, threshold)
    info = {"documents": len(docs), "events": len(rows), "right": int(y.sum()), "c": best_c,
            "cv_log_loss": best_loss, "cv_brier": float(brier_score_loss(y, oof_p)),
            "cv_brier_uncalibrated": float(brier_score_loss(y, _sig(oof_z))),
            "cv_auc": float(roc_auc_score(y, oof_p)) if 0 < y.sum() < len(y) else float("nan"),
            "base_rate": float(y.mean()), "golds": [_rel(g) for g in golds],
            "per_gold": per_gold(golds, docs, rescored, threshold),
            "grid": [(c, loss) for c, loss, _ in scores], "rule": rule, "unseen": unseen,
            "unseen_files": cfg.get("unseen", []), "unseen_threshold": cfg.get("unseen_threshold", False),
            "new_text": new_text, "ranking": ranking, "unseen_folders": parts or {},
            "unseen_sources": unseen_sources(docs, coded, rows, X, y, names, platt, best_c, cfg, threshold)}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / confidence.MODEL_FILE).write_text(model_json(final, platt, info), encoding="utf-8")
    (args.out / "confidence.md").write_text(card(final, info, curve, reliability(oof_p, y), names, platt,
                                                 cfg["typeclf_feature"]), encoding="utf-8")
    print(f"{len(rows)} events from {len(docs)} tune documents, {int(y.sum())} right; C={best_c} "
          f"cv log loss {best_loss:.4f}, Brier {info['cv_brier']:.4f}, AUC {info['cv_auc']:.3f}; "
          f"min_confidence {threshold:.2f} ({rule}); "
          + "; ".join(f"{g} P {p:.3f} R {r:.3f}" for g, _, p, r in info["per_gold"])
          + (f"; unseen AUC {ranking['auc']:.3f}, " + ", ".join(f"R {r:.3f} at P >= {p}" for p, r in ranking["recall_at"])
             if ranking else "")
          + f"; {time.monotonic() - started:.0f}s", file=sys.stderr)
    return 0


class Priors:
    """The lemma prior (`confidence.LemmaPrior`) of the rows, fitted only on training rows: a training row's own
    value comes from the other folds of the training rows (no row sees its own label), any other row's from all
    the training rows, and the model shipped with a fit reads the table of all its training rows."""

    def __init__(self, keys, types, y, folds, strength: float, column: int) -> None:
        self.keys, self.types, self.y, self.folds = np.array(keys), np.array(types), y, folds
        self.strength, self.column = strength, column

    def table(self, train) -> confidence.LemmaPrior:
        return confidence.LemmaPrior.fit(self.keys[train], self.types[train], self.y[train], self.strength)

    def fill(self, X, train):
        X = X.copy()
        rest = ~train
        X[rest, self.column] = self._values(self.table(train), rest)
        for k in sorted(set(self.folds[train].tolist())):
            inside = train & (self.folds == k)
            X[inside, self.column] = self._values(self.table(train & (self.folds != k)), inside)
        return X

    def _values(self, table, which):
        return [table.value_of(key, kind) for key, kind in zip(self.keys[which], self.types[which])]


def with_prior_column(names, X, docs, coded, y, folds, cfg):
    """With `lemma_prior = true`: the names and the matrix with the lemma prior's column (filled per fit by
    `Priors`, kept in cfg["_priors"]); unchanged otherwise."""
    cfg["_priors"] = None
    if not cfg.get("lemma_prior", False):
        return names, X
    keys, types = [], []
    for d in docs:
        for s in newseval.score_document(d, coded.get(d.doc, []), threshold=0.0).scored:
            if s.verdict == "match" or s.verdict in newseval.ERROR_KINDS:
                keys.append(confidence.lemma_key(s.event.evidence))
                types.append(s.event.evidence.event_type)
    cfg["_priors"] = Priors(keys, types, y, folds, cfg.get("lemma_prior_strength", 20.0), len(names))
    return [*names, confidence.LEMMA_PRIOR], np.column_stack([X, np.zeros(len(y))])


def _fit_on(X, y, train, c, cfg):
    """(the model fitted on the `train` rows, the matrix with the lemma prior filled for that fit, its table)."""
    priors = cfg.get("_priors")
    if priors is None:
        return fit_model(X[train], y[train], c, cfg), X, None
    Xf = priors.fill(X, train)
    return fit_model(Xf[train], y[train], c, cfg), Xf, priors.table(train)


def _fitted_model(X, y, train, c, cfg, names, platt, threshold):
    fitted, _, table = _fit_on(X, y, train, c, cfg)
    return to_model(fitted, names, platt, threshold, table)


def feature_names(rows, cfg) -> list[str]:
    """The model's features: every name the rows make, but a lexicon entry's own feature (`entry=...`) only for
    entries with at least `entry_min_events` labelled events (a rarer entry's weight would be noise; it weighs 0),
    and none at all with `entry_features = false`."""
    seen = Counter(n for _, f, _ in rows for n in f)
    if not cfg.get("antecedent_features", True):
        seen = Counter({n: k for n, k in seen.items() if not n.endswith(ANTECEDENT_SUFFIXES)})
    if not cfg.get("entry_features", True):
        return sorted(n for n in seen if not n.startswith("entry="))
    return sorted(n for n, k in seen.items() if not n.startswith("entry=") or k >= cfg.get("entry_min_events", 1))


def code_tune(docs, cfg, folder: Path) -> dict:
    """The events of the tune documents. With the classifier's probability as a feature, each document is coded
    with the event-type classifier's fold model that never saw it (build/typeclf, from
    scripts/train_typeclf.py, same folds), so the feature is as reliable here as on unseen text."""
    settings = load_settings()
    if not cfg["typeclf_feature"]:
        return newseval.code_gold(docs, settings=settings)
    coded = {}
    for k in range(cfg["folds"]):
        sub = folder / f"fold{k}"
        if not (sub / typeclf.WEIGHTS_FILE).is_file():
            raise SystemExit(f"no classifier fold model in {sub}: run scripts/train_typeclf.py first")
        fold_model = typeclf.Model.load((sub / typeclf.MODEL_FILE).read_text(encoding="utf-8"),
                                        (sub / typeclf.WEIGHTS_FILE).read_bytes())
        with typeclf.using(fold_model):
            coded.update(newseval.code_gold([d for n, d in enumerate(docs) if n % cfg["folds"] == k],
                                            settings=settings))
    return coded


def labelled(docs, coded, *, classifier: bool = True) -> list[tuple[str, dict[str, float], int]]:
    """(document, features, 1 right / 0 wrong) for every coded event the scorer judges (without the
    classifier's probability unless `classifier`)."""
    rows = []
    for d in docs:
        for s in newseval.score_document(d, coded.get(d.doc, []), threshold=0.0).scored:
            if s.verdict == "match" or s.verdict in newseval.ERROR_KINDS:
                feats = confidence.features(s.event.evidence)
                if not classifier:
                    feats.pop("classifier_p", None)
                rows.append((d.doc, feats, int(s.verdict == "match")))
    return rows


def kind_values(docs, coded, cfg) -> np.ndarray:
    """The kind terms of `calibration_terms` (dyads.calibration) for every labelled event, in the order of
    `labelled`'s rows: one column per term (none without terms)."""
    names = calibration.check_terms(cfg.get("calibration_terms", []))
    out = []
    for d in docs:
        for s in newseval.score_document(d, coded.get(d.doc, []), threshold=0.0).scored:
            if s.verdict == "match" or s.verdict in newseval.ERROR_KINDS:
                out.append(calibration.values(s.event.evidence, names))
    return np.array(out, dtype=float).reshape(len(out), len(names))


def scaled(z, platt, kinds):
    """The calibrated logits of raw logits `z`: a*z + b (+ the kind terms' weights times `kinds`), z without
    a scaling."""
    if not platt:
        return z
    out = platt[0] * z + platt[1]
    if len(platt) > 2 and platt[2]:
        out = out + kinds @ np.array([w for _, w in platt[2]])
    return out


def cv_logits(X, y, folds, c: float, cfg):
    """Out-of-fold logits: each document's events scored by a model fitted without its fold."""
    if cfg.get("_priors") is None:
        return fitting.out_of_fold(X, y, folds, c, cfg, fitting.logits, fitter=fit_model)
    out = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        fitted, Xf, _ = _fit_on(X, y, folds != k, c, cfg)
        out[folds == k] = fitted.decision_function(Xf[folds == k])
    return out


def trees(cfg) -> bool:
    """Whether the config asks for gradient-boosted trees (`model = "trees"`) instead of a logistic regression."""
    return cfg.get("model", "logistic") == "trees"


def fit_model(X, y, c, cfg):
    """The confidence model fitted on (X, y): a logistic regression of L2 strength `c`, or with `model = "trees"`
    gradient-boosted regression trees (`trees_count` trees of depth `trees_depth`, shrunk by `trees_learning_rate`,
    each fitted on a `trees_subsample` share of the events; `c` is not used)."""
    if not trees(cfg):
        return fit(X, y, c, cfg)
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=cfg["trees_count"], max_depth=cfg["trees_depth"],
                                      learning_rate=cfg["trees_learning_rate"], subsample=cfg["trees_subsample"],
                                      min_samples_leaf=cfg.get("trees_min_leaf", 1),
                                      random_state=cfg["seed"]).fit(X, y)


def export_trees(gbm, names) -> tuple[float, tuple]:
    """(bias, trees) of a fitted GradientBoostingClassifier in `confidence.Model`'s form: a split is
    [feature name, threshold, left, right] (left when the value is at most the threshold), a leaf its value times
    the learning rate; the bias is the model's starting log-odds, so bias + the leaves = its decision function."""
    def node(tree, i):
        if tree.children_left[i] == -1:
            return round(float(tree.value[i][0][0]) * gbm.learning_rate, 6)
        return [names[tree.feature[i]], float(tree.threshold[i]), node(tree, tree.children_left[i]),
                node(tree, tree.children_right[i])]
    out = tuple(node(est[0].tree_, 0) for est in gbm.estimators_)
    zero = np.zeros((1, len(names)))
    bias = float(gbm.decision_function(zero)[0]) - sum(confidence._leaf(t, {}) for t in out)
    return round(bias, 6), out


def fit_platt(z, y, cfg) -> tuple[float, float] | None:
    """Platt scaling (a, b) of the logits, or None when it does not lower the Brier score enough."""
    lr = fit(z.reshape(-1, 1), y, 1e6, cfg)
    a, b = float(lr.coef_[0][0]), float(lr.intercept_[0])
    gain = brier_score_loss(y, _sig(z)) - brier_score_loss(y, _sig(a * z + b))
    return (round(a, 6), round(b, 6)) if gain >= cfg["platt_min_gain"] else None


def to_model(lr: LogisticRegression, names, platt, threshold: float, prior=None) -> confidence.Model:
    if hasattr(lr, "estimators_"):  # gradient-boosted trees
        bias, out = export_trees(lr, names)
        return confidence.Model({}, bias, tuple(platt[:2]) if platt else (), threshold, out, _terms(platt), prior)
    weights = {n: round(float(w), 6) for n, w in zip(names, lr.coef_[0]) if round(float(w), 6) != 0.0}
    return confidence.Model(weights, round(float(lr.intercept_[0]), 6), tuple(platt[:2]) if platt else (),
                            threshold, (), _terms(platt), prior)


def _terms(platt) -> tuple:
    """The kind terms ((name, weight), ...) of a scaling (a, b) or (a, b, terms)."""
    return tuple(platt[2]) if platt and len(platt) > 2 else ()


def pr_curve(docs, coded, cfg) -> list[tuple[float, float, float, float, float]]:
    """(threshold, precision, recall, F-beta, events per document) on the gold's own scorer."""
    out = []
    steps = int(round(1 / cfg["threshold_step"]))
    for k in range(steps):
        t = round(k * cfg["threshold_step"], 4)
        s = newseval.summarise("cv", newseval.evaluate_docs(docs, coded, threshold=t))
        out.append((t, s.precision, s.recall, fbeta(s.precision, s.recall, cfg["beta"]), s.events_per_doc))
    return out


def fbeta(p: float, r: float, beta: float) -> float:
    return (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0


def choose_threshold(curve, cfg, where: str = "cross-validated", parts=None) -> tuple[float, str]:
    """The default threshold read off a curve by the config's rule. With `parts` ({gold folder: its own curve on the
    same thresholds}), a threshold also needs `target_precision` on every part that codes any event at it: the
    independent checks score each kind of text (long articles, wire stories) on its own."""
    each = ""
    if parts:
        ok = {row[0] for row in curve
              if all(p[1] >= cfg["target_precision"] or p[4] == 0 for part in parts.values() for p in part
                     if p[0] == row[0])}
        curve = [row for row in curve if row[0] in ok]
        each = f" overall and on each of {', '.join(sorted(parts))}"
    reach = [row for row in curve if row[1] >= cfg["target_precision"] and row[2] >= cfg["useful_recall"]]
    if reach:
        return reach[0][0], (f"lowest threshold with precision >= {cfg['target_precision']}{each} "
                             f"and recall >= {cfg['useful_recall']} ({where})")
    if cfg.get("precision_first", False):
        # precision first: the target precision with less than useful recall beats a better F-beta below the target
        reached = [row for row in curve if row[1] >= cfg["target_precision"] and row[2] > 0]
        if reached:
            return reached[0][0], (f"no threshold reaches precision {cfg['target_precision']} with recall "
                                   f">= {cfg['useful_recall']}: the lowest threshold with precision >= "
                                   f"{cfg['target_precision']} (precision first; {where})")
    # F-beta curves are flat near their top: thresholds within `f_tolerance` of the best F are tied, and the
    # highest of them is taken (precision first), so the default does not jump on noise
    top = max(row[3] for row in curve)
    tolerance = cfg.get("f_tolerance", 0.0)
    best = max((row for row in curve if row[3] >= top - tolerance - 1e-9), key=lambda row: row[0])
    tied = f", the highest threshold within {tolerance} of it" if tolerance else ""
    return best[0], (f"no threshold reaches precision {cfg['target_precision']} with recall "
                     f">= {cfg['useful_recall']}: best F{cfg['beta']}{tied} ({where})")


def unseen_ids(cfg) -> set[str]:
    """Tune documents of the gold batches listed in the config's `unseen` (their .done files)."""
    return {line.strip() for f in cfg.get("unseen", []) for line in (ROOT / f).read_text(encoding="utf-8").splitlines()
            if line.strip()}


def _unseen_scored(docs, coded, rows, X, y, names, platt, c: float, cfg):
    wanted = unseen_ids(cfg)
    held = [d for d in docs if d.doc in wanted]
    if not held:
        return [], {}
    mask = np.array([doc in wanted for doc, _, _ in rows])
    model = _fitted_model(X, y, ~mask, c, cfg, names, platt, 0.0)
    return held, {d.doc: [replace(e, confidence=round(model.predict(e.evidence), 3)) for e in coded[d.doc]]
                  for d in held}


def unseen_calibration(rows, X, y, c: float, cv_platt, cfg, kinds=None) -> dict | None:
    """With `unseen_calibration`: Platt scaling fitted on the unseen tune documents' logits from a model fitted
    without them (with `calibration_terms`, a weight for each kind term of the event's document too: `kinds`, one
    column per term, from `kind_values`; the scaling is then (a, b, ((term, weight), ...))). The coder has been corrected while looking at the other tune documents, so a model fitted there
    is over-confident on new text (its mean confidence is above the share of its events that are right); this maps
    the logits to the share right on text no coder change has seen. Returns the scaling and the unseen events'
    Brier score and mean confidence under the cross-validated and the new-text scaling, or None when off."""
    wanted = unseen_ids(cfg)
    if not cfg.get("unseen_calibration", False) or not wanted:
        return None
    mask = np.array([doc in wanted for doc, _, _ in rows])
    fitted, Xf, _ = _fit_on(X, y, ~mask, c, cfg)
    z = fitted.decision_function(Xf[mask])
    platt = calibration_fit(z, y[mask], kinds[mask] if kinds is not None else np.zeros((len(z), 0)), cfg)
    before = _sig(cv_platt[0] * z + cv_platt[1]) if cv_platt else _sig(z)
    after = _sig(scaled(z, platt, kinds[mask] if kinds is not None else None))
    return {"platt": platt, "events": int(mask.sum()), "right": float(y[mask].mean()),
            "brier_before": float(brier_score_loss(y[mask], before)), "mean_before": float(before.mean()),
            "brier_after": float(brier_score_loss(y[mask], after)), "mean_after": float(after.mean()),
            "reliability": reliability(after, y[mask])}


def calibration_fit(z, y, kinds, cfg) -> tuple:
    """Platt scaling (a, b) of logits `z` for labels `y` (no regularisation), or with `calibration_terms` and their
    values `kinds` (one column per term) (a, b, ((term, weight), ...)): the terms' weights fitted with a and b."""
    names = calibration.check_terms(cfg.get("calibration_terms", []))
    lr = fit(np.column_stack([z, kinds]) if names else z.reshape(-1, 1), y, 1e6, cfg)
    ab = (round(float(lr.coef_[0][0]), 6), round(float(lr.intercept_[0]), 6))
    if not names:
        return ab
    return (*ab, tuple((n, round(float(w), 6)) for n, w in zip(names, lr.coef_[0][1:])))


def unseen_sources(docs, coded, rows, X, y, names, platt, c: float, cfg, threshold: float):
    """(source, documents, precision and recall at 0, at `threshold`) of the unseen tune documents per source."""
    held, scored = _unseen_scored(docs, coded, rows, X, y, names, platt, c, cfg)
    out = []
    for source in sorted({d.source for d in held}):
        part = [d for d in held if d.source == source]
        at = [newseval.summarise(source, newseval.evaluate_docs(part, scored, threshold=t)) for t in (0.0, threshold)]
        out.append((source, len(part), at[0].precision, at[0].recall, at[1].precision, at[1].recall))
    return out


def unseen_ranking(docs, coded, rows, X, y, names, platt, c: float, cfg) -> dict | None:
    """How well a model fitted without the unseen tune documents ranks their events: ROC AUC of its scores
    (right vs wrong) and, on their curve in steps of `threshold_step`, the highest recall reached with precision of
    at least each of `fixed_precisions` (threshold-free measures of the ranking, beside the curve's P/R)."""
    wanted = unseen_ids(cfg)
    mask = np.array([doc in wanted for doc, _, _ in rows])
    if not mask.any() or mask.all():
        return None
    fitted, Xf, _ = _fit_on(X, y, ~mask, c, cfg)
    z = fitted.decision_function(Xf[mask])
    held, scored = _unseen_scored(docs, coded, rows, X, y, names, platt, c, cfg)
    curve = pr_curve(held, scored, cfg)
    recall_at = [(p, max((r for _, q, r, _, _ in curve if q >= p), default=0.0)) for p in cfg.get("fixed_precisions", [])]
    return {"auc": float(roc_auc_score(y[mask], z)) if 0 < y[mask].sum() < mask.sum() else float("nan"),
            "recall_at": recall_at}


def unseen_folder_curves(docs, coded, rows, X, y, names, platt, c: float, cfg) -> dict[str, list]:
    """{gold folder: curve} of the unseen tune documents of each folder named in `unseen` (realnews, wire_proxy,
    long_proxy) that has at least `folder_min_documents` of them, scored by one model fitted without any of them,
    on the thresholds of the unseen curve."""
    held, scored = _unseen_scored(docs, coded, rows, X, y, names, platt, c, cfg)
    folder_of = {line.strip(): str(Path(f).parent) for f in cfg.get("unseen", [])
                 for line in (ROOT / f).read_text(encoding="utf-8").splitlines() if line.strip()}
    step = {**cfg, "threshold_step": cfg.get("unseen_step", cfg["threshold_step"])}
    least = cfg.get("folder_min_documents", 1)  # a folder's precision on a few documents is noise
    parts = {folder: [d for d in held if folder_of[d.doc] == folder] for folder in sorted(set(folder_of.values()))}
    return {folder: pr_curve(part, scored, step) for folder, part in parts.items() if len(part) >= least}


def unseen_curve(docs, coded, rows, X, y, names, platt, c: float, cfg):
    """(documents, curve) of the unseen tune documents scored by a model fitted without them, or None.

    The coder has been corrected while looking at the other tune documents, so its events there are better than
    on new text and their cross-validated curve promises a precision that new text does not get. Documents of
    batches no coder change has looked at show the curve as it is on new text."""
    held, scored = _unseen_scored(docs, coded, rows, X, y, names, platt, c, cfg)
    if not held:
        return None
    return len(held), pr_curve(held, scored, {**cfg, "threshold_step": cfg.get("unseen_step", cfg["threshold_step"])})


def reliability(p, y) -> list[tuple[float, float, int, float, float]]:
    rows = []
    for lo, hi in zip(RELIABILITY_EDGES, RELIABILITY_EDGES[1:]):
        inside = (p >= lo) & ((p < hi) | (hi == 1.0))
        if inside.any():
            rows.append((lo, hi, int(inside.sum()), float(p[inside].mean()), float(y[inside].mean())))
    return rows


def _rel(folder: Path) -> str:
    folder = Path(folder).resolve()
    return str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder)


def per_gold(golds, docs, rescored, threshold: float) -> list[tuple[str, int, float, float]]:
    """(gold folder, documents, cross-validated precision, recall) at the chosen threshold, per gold folder."""
    out = []
    for g in golds:
        with (Path(g) / "docs.csv").open(encoding="utf-8") as handle:
            ids = {r["doc"] for r in csv.DictReader(handle)}
        mine = [d for d in docs if d.doc in ids]
        s = newseval.summarise(_rel(g), newseval.evaluate_docs(mine, rescored, threshold=threshold))
        out.append((_rel(g), len(mine), s.precision, s.recall))
    return out


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def model_json(model: confidence.Model, platt, info) -> str:
    data = {"model": "dyads confidence: logistic regression over coder evidence (see confidence.md)",
            "format": 1, "threshold": model.threshold, "bias": model.bias,
            "calibration": {"method": "platt", "a": platt[0], "b": platt[1],
                            **({"terms": dict(platt[2])} if len(platt) > 2 and platt[2] else {}),
                            "fitted_on": "unseen tune documents (new text)" if info.get("new_text")
                            else "cross-validated tune logits"} if platt else {"method": "none"},
            "trained_on": {"gold": info["golds"], "split": "tune", "documents": info["documents"],
                           "events": info["events"], "right": info["right"]},
            "weights": dict(sorted(model.weights.items())),
            **({"lemma_prior": model.prior.to_json()} if model.prior is not None else {}),
            **({"trees": [f"@tree{k}" for k in range(len(model.trees))]} if model.trees else {})}
    text = json.dumps(data, indent=1, sort_keys=False)
    for k, tree in enumerate(model.trees):  # one tree a line
        text = text.replace(f'"@tree{k}"', json.dumps(tree, separators=(",", ":")), 1)
    return text + "\n"


def card(model: confidence.Model, info, curve, rel, names, platt, cfg_feature: bool = True) -> str:
    top = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:15]
    splits = Counter(n for tree in model.trees for n in _tree_splits(tree)).most_common(15)
    lines = [
        "# Model card: dyads confidence", "",
        "`confidence.json` holds the weights of the model behind every event's `confidence`: the estimated",
        "probability that the event is right (type, actor code, recipient code and status as the real-news gold",
        "would have them). `dyads.confidence` computes the features of each event inside the pipeline from what",
        "the coder knew (event type; trigger part of speech; light-verb and phrasal entries; which argument rule",
        "and tier gave the actor and the recipient; whether each party's code is named in its own words, inferred",
        "from elsewhere (pronoun antecedent, the sentence's or story's country), changed, or the authorities of a",
        "place; whether it is only a guess from the story's setting (`actor_setting_guess=scene|named`, likewise",
        "for the recipient: a role such as \"the government\" with no country named, in a story set in a country or",
        "naming one most); sectors; pronouns;",
        "same-country pair; status and its cue; attribution; announced intent; condition;",
        "sentence position; syntactic rank; date precision; contexts; several pairs from one trigger; the",
        "event-type classifier's probability of the event's type at its trigger, `classifier_p`, and whether the",
        "classifier proposed the event, see typeclf.md; direct speech (`quoted`); dated over a month before the",
        "story (`background`); sentence length; and the story-level `actor_share` / `recipient_share` (share of",
        "the story's occurred or planned events in which the party's country takes part) and `actor_top` /",
        "`recipient_top` (it is the story's most frequent country), filled in once the whole document is coded;",
        "how far the actor's words start from the trigger and whether after it (`actor_distance`, `actor_after`);",
        "how many other events' triggers share the sentence (`sentence_triggers`, also filled in per story); the",
        "interactions of the actor's argument rule with its tier (`actor_how_tier`) and of `classifier_p` with the",
        "event type (`classifier_p_type`);",
        "where the final parties stand in the trigger's parse (dyads.party_syntax, filled in once the document is",
        "coded): the dependency arcs from the trigger to the actor's head word (`actor_path`), how far the",
        "recipient's words start from the trigger and whether before it (`recipient_distance`, `recipient_before`);",
        "the story's length in sentences (`story_sentences`); whether the story codes the same two parties in",
        "other sentences too (`pair_elsewhere`); whether both parties are states, a country or its government",
        "(`both_states`);",
        ("and the lexicon entry that fired, `entry=...`, for entries with enough tune events: how often that entry's "
         "events are right beyond what its type says) and applies " if model_uses_entries(model) else
         "but not the lexicon entry that fired: `entry_features = false`, since session 25, because entries' "
         "rates on the tune documents the coder was corrected on overstate them on new text) and applies ")
        + ("gradient-boosted regression trees (a walk down each tree, a sum and a sigmoid; no machine-learning "
           "library at run time)." if model.trees else
           "a logistic regression (a dot product and a sigmoid; no machine-learning library at run time)."),
        "",
        "## Data", "",
        f"- Gold written by the project, **tune split only**: {info['documents']} completely coded documents "
        f"({', '.join(f'`{g}`: {n}' for g, n, _, _ in info['per_gold'])}); the test splits are never read by the training script.",
        f"- One row per coded event the scorer judges: {info['events']} events, {info['right']} right "
        f"(base rate {info['base_rate']:.3f}). Right = `match`; wrong = any error kind (not an event, wrong "
        "type/actor/recipient/status, duplicate).",
        "- Left out: optional and symmetric matches (neither right nor wrong), and events whose status is "
        "`negated` or `hypothetical` (the gold scorer does not count them).",
        "- The gold is coded with a flat model (every event 0.5), so the data do not depend on the weights in place.",
        ("- Each tune document is coded with the event-type classifier's fold model that never saw it (build/typeclf,"
         " same folds), so `classifier_p` is as reliable here as on unseen text." if cfg_feature else
         "- The event-type classifier's probability is not a feature (`typeclf_feature = false`)."),
        "", "## Training", "",
        (f"- Gradient-boosted regression trees (scikit-learn's GradientBoostingClassifier, exported to JSON): "
         f"{len(model.trees)} trees over {len(names)} features ({len(model.uses())} used in a split); "
         "hyperparameters and seed in `scripts/train_confidence.toml`. They beat the logistic regression on the "
         "unseen tune documents (session 24: ROC AUC and recall at fixed precision)." if model.trees else
         f"- Logistic regression (scikit-learn, lbfgs, L2), {len(names)} features ({len(model.weights)} with "
         "non-zero weight); hyperparameters and seed in `scripts/train_confidence.toml`."),
        *([f"- `lemma_prior`: a reliability prior per lexicon verb within its type ({len(model.prior.counts)} type|lemma "
           f"pairs): (right - n * the type's rate) / (n + {model.prior.strength:g}), from the training rows only (a "
           "training row's own value from the other folds, so no row reads its own label); shipped with the model "
           "(`lemma_prior` in confidence.json), 0 for a lemma not seen in training."] if model.prior is not None else []),
        *(["- How far back an inferred party (a pronoun, \"the government\", the setting) was last named: "
           "`actor_named_back` / `recipient_named_back` (sentences, up to 5), `*_never_named_before`."]
          if any(n.endswith(ANTECEDENT_SUFFIXES) for n in names) else []),
        "- 5-fold cross-validation on tune, grouped by document (documents sorted by id, document k in fold k % 5).",
        ("- C chosen by cross-validated log loss: " + ", ".join(f"C={c}: {loss:.4f}" for c, loss in info["grid"])
         + f"; chosen **C={info['c']}**." if not model.trees else "- No C: the trees' size is fixed in the config."),
        *(new_text_lines(info["new_text"]) if info.get("new_text") else [calibration_line(info, platt)]),
        "", "## Scores (cross-validated on tune: each document scored by a model fitted without it)", "",
        f"- log loss {info['cv_log_loss']:.4f}, Brier {info['cv_brier']:.4f}, ROC AUC {info['cv_auc']:.3f} "
        f"(base rate {info['base_rate']:.3f}).", "",
        "Reliability (share right per confidence bin):", "",
        "| confidence | events | mean confidence | share right |", "|---|---|---|---|",
        *(f"| {lo:.1f}-{hi:.1f} | {n} | {m:.3f} | {r:.3f} |" for lo, hi, n, m, r in rel), "",
        "Precision / recall of the gold scorer by threshold (events with confidence >= threshold):", "",
        "| min_confidence | precision | recall | F0.5 | events/doc |", "|---|---|---|---|---|",
        *(f"| {t:.2f} | {p:.3f} | {r:.3f} | {f:.3f} | {n:.2f} |" for t, p, r, f, n in curve
          if abs(t * 20 - round(t * 20)) < 1e-9 or t == model.threshold), "",
        "Cross-validated precision / recall at the default threshold, per gold folder:", "",
        "| gold | documents | precision | recall |", "|---|---|---|---|",
        *(f"| `{g}` | {n} | {p:.3f} | {r:.3f} |" for g, n, p, r in info["per_gold"]), "",
        *(unseen_section(info) if info["unseen"] else []),
        "## Default threshold", "",
        f"`min_confidence` defaults to **{model.threshold:.2f}**: {info['rule']} (never on in-sample scores). "
        "Events below it are still stored and exported, flagged by the "
        "`below_min_confidence` column of the `flagged_events` and `flagged_mentions` views, and every command "
        "takes `--min-confidence` to lower or raise it.", "",
        *(["## Features split on most", "", "| feature | splits |", "|---|---|",
           *(f"| `{n}` | {k} |" for n, k in splits), ""] if model.trees else
          ["## Largest weights", "", "| feature | weight |", "|---|---|", *(f"| `{n}` | {w:+.3f} |" for n, w in top), ""]),
        "## Size and rebuild", "",
        (f"- {len(model.trees)} trees (one a line), a bias{', 2 calibration numbers' if platt else ''} and a threshold."
         if model.trees else
         f"- {len(model.weights)} weights, a bias{', 2 calibration numbers' if platt else ''} and a threshold "
         "(a few kB of JSON)."),
        "- Rebuild bit for bit (same code, same gold): `pip install -e .[train]` then "
        "`python scripts/train_confidence.py` (fixed seed and folds; about two minutes on 2 cores).",
        "- Retrain whenever the coder changes: the features' meaning follows the coder's rules.",
    ]
    return "\n".join(lines)


def model_uses_entries(model: confidence.Model) -> bool:
    """Whether the model reads a lexicon entry's own feature (`entry=...`)."""
    return any(name.startswith("entry=") for name in model.uses())


def _tree_splits(tree) -> list[str]:
    if isinstance(tree, (int, float)):
        return []
    return [tree[0], *_tree_splits(tree[2]), *_tree_splits(tree[3])]


def calibration_line(info, platt) -> str:
    if platt:
        return ("- Calibration: Platt scaling of the cross-validated logits, p = sigmoid(a z + b), "
                f"a={platt[0]}, b={platt[1]} (Brier {info['cv_brier_uncalibrated']:.4f} -> {info['cv_brier']:.4f}).")
    return ("- Calibration: none (Platt scaling did not lower the cross-validated Brier score "
            f"{info['cv_brier_uncalibrated']:.4f} enough).")


def new_text_lines(nt) -> list[str]:
    a, b = nt["platt"][:2]
    terms = nt["platt"][2] if len(nt["platt"]) > 2 else ()
    kind = (" + " + " + ".join(f"{w} * {n}" for n, w in terms) + " (kind of document, dyads.calibration)") if terms else ""
    return [
        f"- Calibration **for new text**: Platt scaling p = sigmoid(a z + b{kind}), a={a}, b={b}, fitted on the logits of "
        f"the {nt['events']} events of the unseen tune documents (below) given by a model fitted without them "
        f"(`unseen_calibration = true`). On those events {nt['right']:.3f} are right; the cross-validated scaling "
        f"gave them a mean confidence of {nt['mean_before']:.3f} (Brier {nt['brier_before']:.4f}), this one "
        f"{nt['mean_after']:.3f} (Brier {nt['brier_after']:.4f}). The coder has been corrected while looking at the "
        "other tune documents, so confidences fitted there overstate what new text gets; the cross-validated "
        "scores below use this scaling too, so on tune they understate.",
        "", "Reliability on the unseen tune documents (model fitted without them, new-text scaling):", "",
        "| confidence | events | mean confidence | share right |", "|---|---|---|---|",
        *(f"| {lo:.1f}-{hi:.1f} | {n} | {m:.3f} | {r:.3f} |" for lo, hi, n, m, r in nt["reliability"]), "",
    ]


def unseen_section(info) -> list[str]:
    n, rows = info["unseen"]
    return [
        "## Unseen tune documents", "",
        f"{n} tune documents of gold batches that no coder change has been made while looking at "
        f"({', '.join(f'`{f}`' for f in info['unseen_files'])}), scored by a model fitted without them. The coder "
        "has been corrected while looking at the other tune documents, so the cross-validated curve above is "
        "better than new text gets; this one is closer to what new text gets"
        + (", and the default threshold is read off it." if info["unseen_threshold"] else
           " (the default threshold is still read off the cross-validated curve: `unseen_threshold = false`).")
        + (f" A model fitted without them ranks their events with ROC AUC {info['ranking']['auc']:.3f}; the highest "
           "recall on their curve (steps of 0.01) with precision of at least "
           + ", ".join(f"{p}: {r:.3f}" for p, r in info["ranking"]["recall_at"]) + "." if info.get("ranking") else "")
        + " Per source, at 0 and at the default threshold: "
        + "; ".join(f"{src} ({n} documents) {p0:.3f} / {r0:.3f} and {p1:.3f} / {r1:.3f}"
                    for src, n, p0, r0, p1, r1 in info["unseen_sources"]) + " (precision / recall).", "",
        "| min_confidence | precision | recall | F0.5 | events/doc |", "|---|---|---|---|---|",
        *(f"| {t:.2f} | {p:.3f} | {r:.3f} | {f:.3f} | {e:.2f} |" for t, p, r, f, e in rows), "",
        *unseen_folder_table(info.get("unseen_folders") or {}),
    ]


def unseen_folder_table(parts: dict) -> list[str]:
    """Precision / recall of the unseen documents of each gold folder the threshold rule reads (`precision_per_folder`,
    folders with at least `folder_min_documents` unseen documents), on the unseen curve's thresholds: the rule's
    choice can be checked here."""
    if not parts:
        return []
    folders = sorted(parts)
    by_threshold = {folder: {round(row[0], 2): row for row in parts[folder]} for folder in folders}
    thresholds = sorted({t for rows in by_threshold.values() for t in rows})
    return [
        "Per gold folder (unseen documents; the rule asks each for the target precision):", "",
        "| min_confidence | " + " | ".join(f"`{f}` precision / recall" for f in folders) + " |",
        "|---|" + "---|" * len(folders),
        *("| " + f"{t:.2f}" + " | " + " | ".join(
            f"{by_threshold[f][t][1]:.3f} / {by_threshold[f][t][2]:.3f}" if t in by_threshold[f] else "-"
            for f in folders) + " |" for t in thresholds), "",
    ]


if __name__ == "__main__":
    sys.exit(main())
