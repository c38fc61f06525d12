"""Logistic-regression helpers shared by the training scripts (scripts/train_*.py): one fit with the config's
seed and iterations, and out-of-fold scores with cross-validation grouped by document.

scikit-learn is needed only here and only for training (`pip install -e .[train]`); coding never imports it.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np


def fit(X, y, c: float, cfg: Mapping[str, Any], weights=None):
    """A logistic regression (L2 strength `c`) fitted with the config's `max_iter` and `seed`."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=cfg["max_iter"], random_state=cfg["seed"]).fit(X, y, sample_weight=weights)


def out_of_fold(X, y, folds, c: float, cfg: Mapping[str, Any], score: Callable[[Any, Any], np.ndarray],
                fitter: Callable[..., Any] | None = None) -> np.ndarray:
    """Each row scored (`score(model, rows)`) by a model fitted without its fold (by `fitter(X, y, c, cfg)`, the
    logistic regression of `fit` unless another is given)."""
    fitter = fitter or fit
    out = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        test = folds == k
        out[test] = score(fitter(X[~test], y[~test], c, cfg), X[test])
    return out


def proba(model, X) -> np.ndarray:
    """The probability of the positive class."""
    return model.predict_proba(X)[:, 1]


def logits(model, X) -> np.ndarray:
    """The decision function (logits)."""
    return model.decision_function(X)
