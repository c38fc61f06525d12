"""The confidence trainer's choice of features: a lexicon entry gets its own weight only when frequent enough."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_confidence.py"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rare_entries_get_no_feature_but_every_other_name_does():
    rows = [("d1", {"type=ACCUSE": 1.0, "entry=accuse/VERB": 1.0}, 1),
            ("d2", {"type=ACCUSE": 1.0, "entry=accuse/VERB": 1.0}, 0),
            ("d3", {"type=THREATEN": 1.0, "entry=warn/VERB": 1.0, "quoted": 1.0}, 1)]
    names = _trainer().feature_names(rows, {"entry_min_events": 2})
    assert names == ["entry=accuse/VERB", "quoted", "type=ACCUSE", "type=THREATEN"]
    assert "entry=warn/VERB" in _trainer().feature_names(rows, {})


def test_threshold_ties_within_the_tolerance_go_to_the_highest():
    # (threshold, precision, recall, F-beta, events/doc): the F curve is flat near its top
    curve = [(0.30, 0.62, 0.42, 0.567, 2.9), (0.35, 0.64, 0.40, 0.574, 2.7), (0.45, 0.68, 0.35, 0.572, 2.2),
             (0.50, 0.70, 0.33, 0.571, 2.0), (0.55, 0.73, 0.30, 0.568, 1.7)]
    cfg = {"target_precision": 0.85, "useful_recall": 0.25, "beta": 0.5}
    choose = _trainer().choose_threshold
    assert choose(curve, cfg)[0] == 0.35
    assert choose(curve, {**cfg, "f_tolerance": 0.005})[0] == 0.50
    assert choose(curve, {**cfg, "f_tolerance": 0.01})[0] == 0.55
    reached = [(0.40, 0.86, 0.30, 0.7, 1.0), (0.60, 0.9, 0.2, 0.6, 0.5)]
    assert choose(reached, {**cfg, "f_tolerance": 0.005})[0] == 0.40


def test_precision_first_takes_the_target_precision_before_the_best_f():
    # (threshold, precision, recall, F-beta, events/doc): no threshold has both P >= 0.75 and R >= 0.25
    curve = [(0.40, 0.67, 0.37, 0.579, 2.6), (0.60, 0.748, 0.276, 0.558, 1.7), (0.65, 0.791, 0.246, 0.548, 1.4),
             (0.70, 0.845, 0.214, 0.532, 1.1)]
    cfg = {"target_precision": 0.75, "useful_recall": 0.25, "beta": 0.5, "f_tolerance": 0.005}
    choose = _trainer().choose_threshold
    assert choose(curve, cfg)[0] == 0.40  # without the setting: best F0.5
    threshold, rule = choose(curve, {**cfg, "precision_first": True})
    assert threshold == 0.65 and "precision first" in rule
    # a curve that never reaches the target precision still falls back to the best F-beta
    low = [(p, pr * 0.85, r, f, e) for p, pr, r, f, e in curve]
    assert choose(low, {**cfg, "precision_first": True})[0] == 0.40


def test_each_folder_must_reach_the_target_precision_too():
    # (threshold, precision, recall, F-beta, events/doc): pooled, the target is reached at 0.55, but one folder's
    # documents only reach it at 0.60; a folder that codes nothing at a threshold does not hold it back
    pooled = [(0.50, 0.73, 0.34, 0.6, 2.3), (0.55, 0.755, 0.32, 0.6, 2.1), (0.60, 0.79, 0.29, 0.6, 1.8),
              (0.65, 0.81, 0.27, 0.6, 1.6)]
    wire = [(0.50, 0.79, 0.53, 0.7, 3.0), (0.55, 0.80, 0.51, 0.7, 2.8), (0.60, 0.81, 0.49, 0.7, 2.6),
            (0.65, 0.83, 0.47, 0.7, 2.4)]
    stories = [(0.50, 0.65, 0.19, 0.4, 1.0), (0.55, 0.70, 0.17, 0.4, 0.8), (0.60, 0.77, 0.14, 0.4, 0.6),
               (0.65, 0.82, 0.11, 0.4, 0.5)]
    empty = [(t, 0.0, 0.0, 0.0, 0.0) for t, *_ in pooled]
    cfg = {"target_precision": 0.75, "useful_recall": 0.25, "beta": 0.5, "precision_first": True}
    choose = _trainer().choose_threshold
    assert choose(pooled, cfg)[0] == 0.55
    threshold, rule = choose(pooled, cfg, parts={"wire": wire, "stories": stories, "none": empty})
    assert threshold == 0.60 and "each of none, stories, wire" in rule


def test_folders_with_few_unseen_documents_set_no_bar(tmp_path, monkeypatch):
    trainer = _trainer()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.done").write_text("a1\na2\na3\n")
    (tmp_path / "b" / "y.done").write_text("b1\n")
    monkeypatch.setattr(trainer, "ROOT", tmp_path)
    held = [type("Doc", (), {"doc": d})() for d in ("a1", "a2", "a3", "b1")]
    monkeypatch.setattr(trainer, "_unseen_scored", lambda *args: (held, {}))
    monkeypatch.setattr(trainer, "pr_curve", lambda docs, scored, cfg: [len(docs)])
    cfg = {"unseen": ["a/x.done", "b/y.done"], "threshold_step": 0.05, "folder_min_documents": 2}
    assert trainer.unseen_folder_curves(None, None, None, None, None, None, None, None, cfg) == {"a": [3]}


def test_boosted_trees_export_scores_like_scikit_learn():
    # exported trees + bias reproduce the fitted model's decision function on feature dicts (missing = 0)
    import numpy as np

    from dyads import confidence

    rng = np.random.default_rng(5)
    names = ["a", "b", "c"]
    X = np.column_stack([rng.integers(0, 2, 300), rng.random(300), rng.integers(0, 2, 300)]).astype(float)
    y = ((X[:, 0] * X[:, 1] + 0.3 * X[:, 2] + rng.normal(0, 0.2, 300)) > 0.4).astype(int)
    cfg = {"model": "trees", "trees_count": 20, "trees_depth": 2, "trees_learning_rate": 0.1,
           "trees_subsample": 1.0, "seed": 1}
    trainer = _trainer()
    gbm = trainer.fit_model(X, y, None, cfg)
    model = trainer.to_model(gbm, names, None, 0.5)
    assert model.trees and not model.weights and model.uses() <= set(names)
    for row, want in zip(X[:25], gbm.decision_function(X[:25])):
        values = {n: v for n, v in zip(names, row) if v}  # features() leaves out zeros
        got = model.bias + sum(confidence._leaf(t, values) for t in model.trees)
        assert abs(got - want) < 1e-4
    assert trainer.trees(cfg) and not trainer.trees({})


def test_entry_features_false_leaves_every_lexicon_entry_out():
    rows = [("d1", {"type=ACCUSE": 1.0, "entry=accuse/VERB": 1.0}, 1),
            ("d2", {"type=ACCUSE": 1.0, "entry=accuse/VERB": 1.0}, 0),
            ("d3", {"type=THREATEN": 1.0, "entry=warn/VERB": 1.0, "quoted": 1.0}, 1)]
    trainer = _trainer()
    assert trainer.feature_names(rows, {"entry_features": False}) == ["quoted", "type=ACCUSE", "type=THREATEN"]
    assert "entry=accuse/VERB" in trainer.feature_names(rows, {"entry_features": True})
    config = __import__("tomllib").loads(SCRIPT.with_suffix(".toml").read_text(encoding="utf-8"))
    assert config["entry_features"] is False  # the shipped setting (session 25)


def test_the_lemma_prior_of_a_training_row_never_reads_its_own_label():
    import numpy as np
    trainer = _trainer()
    keys = ["ACCUSE|accuse"] * 4
    y = np.array([1, 1, 0, 0])
    folds = np.array([0, 1, 0, 1])
    priors = trainer.Priors(keys, ["ACCUSE"] * 4, y, folds, 0.0, 0)
    train = np.array([True, True, True, False])
    X = priors.fill(np.zeros((4, 1)), train)
    # row 3 (not trained on) reads all training rows: right 2 of 3 against a rate of 2/3 -> 0
    assert X[3, 0] == pytest.approx(0.0, abs=1e-5)
    # rows 0 and 2 (fold 0) read fold 1's training row only (row 1, right), whose own rate is 1 -> 0; row 1 reads
    # fold 0's (rows 0 and 2: one right of two) -> 0 with strength 0; the values never include the row's own label
    assert list(X[:3, 0]) == pytest.approx([0.0, 0.0, 0.0], abs=1e-5)
    strong = trainer.Priors(["ACCUSE|accuse", "ACCUSE|blame", "ACCUSE|accuse", "ACCUSE|blame"], ["ACCUSE"] * 4,
                            np.array([1, 0, 1, 0]), np.array([0, 0, 1, 1]), 0.0, 0)
    X = strong.fill(np.zeros((4, 1)), np.ones(4, dtype=bool))
    assert X[0, 0] > 0 > X[1, 0] and X[2, 0] > 0 > X[3, 0]


def test_antecedent_features_can_be_left_out():
    rows = [("d1", {"type=ACCUSE": 1.0, "actor_named_back": 0.2, "recipient_never_named_before": 1.0}, 1)]
    assert _trainer().feature_names(rows, {"antecedent_features": False}) == ["type=ACCUSE"]
    assert len(_trainer().feature_names(rows, {})) == 3


def test_the_card_shows_each_folders_unseen_curve_the_threshold_rule_read():
    module = _trainer()
    parts = {"gold/long_proxy": [(0.6, 0.738, 0.331, 0.6, 10.0), (0.65, 0.757, 0.301, 0.6, 9.0)],
             "gold/wire_proxy": [(0.6, 0.846, 0.554, 0.7, 3.0)]}
    lines = module.unseen_folder_table(parts)
    assert "| 0.60 | 0.738 / 0.331 | 0.846 / 0.554 |" in lines
    assert "| 0.65 | 0.757 / 0.301 | - |" in lines
    assert module.unseen_folder_table({}) == []
