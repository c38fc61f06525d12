"""Calibration by kind of document: a confidence model's raw score (its logit) -> the logit of the probability
that the event is right, with terms for what the document shows at run time.

Platt scaling maps the model's logit z to a*z + b. The same raw score may mean a different chance of being right
on a short wire story and on a long article, so the scaling may add a weight per *kind term*: a number read off the
event's evidence that describes its document, never which gold folder it came from (`TERMS`; today the log of the
document's number of sentences). `scripts/train_confidence.py` fits the terms named in `calibration_terms` of its
config together with a and b on the unseen tune documents; `scripts/calibration_cv.py` scores a choice of terms
held out (fitted on some unseen documents, scored on the others). A model without terms is plain Platt scaling.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from dyads.records import Evidence


def _log_sentences(ev: Evidence) -> float:
    """The natural log of the document's number of sentences (0 when unknown: one sentence)."""
    return math.log(max(ev.doc_sentences, 1))


# a document of more sentences than this is a long article: the wire stories of our gold have 4-9 sentences, the
# NGEC synthetic stories mostly 8-10 (at most 26), the invented long articles 27-39 and the Guardian articles 15-123
LONG_ARTICLE_SENTENCES = 15


def _log_sentences_beyond_short(ev: Evidence) -> float:
    """How far a long article is beyond a short story: log(sentences / 15), 0 for a story of at most 15 sentences
    (so the scaling of short stories, wire or other, is left as plain Platt's)."""
    return math.log(max(ev.doc_sentences, LONG_ARTICLE_SENTENCES) / LONG_ARTICLE_SENTENCES)


# kind term -> its value for an event's evidence (what the document shows at run time)
TERMS: Mapping[str, Callable[[Evidence], float]] = {
    "log_sentences": _log_sentences,
    "log_sentences_beyond_short": _log_sentences_beyond_short,
}


def check_terms(names: Sequence[str]) -> tuple[str, ...]:
    """The names as a tuple, or ValueError for a name that is no kind term."""
    unknown = [n for n in names if n not in TERMS]
    if unknown:
        raise ValueError(f"unknown calibration term(s) {unknown}; known: {sorted(TERMS)}")
    return tuple(names)


def values(evidence: Evidence, names: Sequence[str]) -> list[float]:
    """The values of the named kind terms for one event's evidence, in order."""
    return [TERMS[name](evidence) for name in names]


def offset(terms: Sequence[tuple[str, float]], evidence: Evidence | None) -> float:
    """What the kind terms add to the scaled logit: the sum of weight * value (0 without terms or evidence)."""
    if not terms or evidence is None:
        return 0.0
    return sum(weight * TERMS[name](evidence) for name, weight in terms)


def scale(z: float, ab: Sequence[float], terms: Sequence[tuple[str, float]] = (),
          evidence: Evidence | None = None) -> float:
    """The calibrated logit: a*z + b + the kind terms (z unchanged without a scaling)."""
    if not ab:
        return z
    a, b = ab
    return a * z + b + offset(terms, evidence)


def terms_from_json(calibration: Mapping) -> tuple[tuple[str, float], ...]:
    """The kind terms of a model file's `calibration` object (`"terms": {name: weight}`), checked."""
    terms = dict(calibration.get("terms") or {})
    check_terms(list(terms))
    return tuple((name, float(weight)) for name, weight in sorted(terms.items()))
