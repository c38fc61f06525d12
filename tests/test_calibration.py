"""Calibration by kind of document (dyads.calibration): kind terms read off the evidence, and Platt scaling with them
in the confidence model and its trainer."""
from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from dyads import calibration, confidence

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_confidence.py"


def _evidence(code, sentences: int):
    ev = code("Portugal condemned Spain for the border closure.")[0].evidence
    return replace(ev, doc_sentences=sentences)


def test_log_sentences_is_the_log_of_the_story_length_and_zero_for_one_or_unknown(code):
    assert calibration.values(_evidence(code, 20), ["log_sentences"]) == [pytest.approx(math.log(20))]
    assert calibration.values(_evidence(code, 1), ["log_sentences"]) == [0.0]
    assert calibration.values(_evidence(code, 0), ["log_sentences"]) == [0.0]


def test_an_unknown_term_is_refused():
    with pytest.raises(ValueError, match="unknown calibration term"):
        calibration.check_terms(["gold_folder"])
    with pytest.raises(ValueError):
        calibration.terms_from_json({"method": "platt", "a": 1.0, "b": 0.0, "terms": {"is_wire_proxy": 1.0}})
    assert calibration.check_terms(["log_sentences"]) == ("log_sentences",)


def test_scaling_adds_the_weighted_terms_and_leaves_an_unscaled_logit_alone(code):
    ev = _evidence(code, 8)
    terms = (("log_sentences", -0.4),)
    assert calibration.scale(1.5, (2.0, -0.5), terms, ev) == pytest.approx(2.0 * 1.5 - 0.5 - 0.4 * math.log(8))
    assert calibration.scale(1.5, (2.0, -0.5), (), ev) == pytest.approx(2.5)
    assert calibration.scale(1.5, (), terms, ev) == 1.5  # no scaling, no terms
    assert calibration.offset(terms, None) == 0.0


def test_a_model_with_a_length_term_trusts_a_long_story_less_than_a_short_one(code):
    short, long = _evidence(code, 5), _evidence(code, 40)
    plain = confidence.Model({"type=ACCUSE": 1.0}, 0.2, (1.0, 0.0))
    kind = confidence.Model(plain.weights, plain.bias, (1.0, 0.3), kind_terms=(("log_sentences", -0.3),))
    assert plain.predict(short) == plain.predict(long)
    assert kind.predict(short) > kind.predict(long)
    z = plain.logit(long)
    assert kind.predict(long) == pytest.approx(1 / (1 + math.exp(-(z + 0.3 - 0.3 * math.log(40)))))


def test_the_model_file_carries_the_terms_and_a_file_without_them_reads_as_before(code):
    ev = _evidence(code, 12)
    data = {"weights": {"type=ACCUSE": 0.7}, "bias": -0.1, "threshold": 0.6,
            "calibration": {"method": "platt", "a": 0.9, "b": 0.2, "terms": {"log_sentences": -0.25}}}
    model = confidence.Model.from_json(json.loads(json.dumps(data)))
    assert model.kind_terms == (("log_sentences", -0.25),) and model.calibration == (0.9, 0.2)
    without = confidence.Model.from_json({**data, "calibration": {"method": "platt", "a": 0.9, "b": 0.2}})
    assert without.kind_terms == ()
    assert model.predict(ev) == pytest.approx(
        1 / (1 + math.exp(-(0.9 * without.logit(ev) + 0.2 - 0.25 * math.log(12)))))
    assert confidence.Model.from_json({**data, "calibration": {"method": "none"}}).kind_terms == ()


def _trainer():
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_trainer_fits_a_term_where_the_same_score_is_right_less_often_in_longer_stories():
    trainer = _trainer()
    rng = np.random.default_rng(3)
    z = rng.normal(size=4000)
    length = rng.choice([math.log(6), math.log(30)], size=4000)
    y = (rng.random(4000) < 1 / (1 + np.exp(-(z + 1.0 - 0.6 * length)))).astype(int)
    cfg = {"max_iter": 2000, "seed": 1, "calibration_terms": ["log_sentences"]}
    a, b, terms = trainer.calibration_fit(z, y, length.reshape(-1, 1), cfg)
    assert terms[0][0] == "log_sentences" and -0.9 < terms[0][1] < -0.3
    assert 0.8 < a < 1.2
    assert np.allclose(trainer.scaled(z[:3], (a, b, terms), length[:3].reshape(-1, 1)),
                       a * z[:3] + b + terms[0][1] * length[:3])
    plain = trainer.calibration_fit(z, y, np.zeros((4000, 0)), {**cfg, "calibration_terms": []})
    assert len(plain) == 2
    assert np.allclose(trainer.scaled(z[:3], plain, None), plain[0] * z[:3] + plain[1])


def test_long_article_term_leaves_short_stories_alone():
    from dyads import calibration
    from dyads.records import Evidence

    def ev(n):
        e = Evidence.__new__(Evidence)
        object.__setattr__(e, "doc_sentences", n)
        return e

    term = calibration.TERMS["log_sentences_beyond_short"]
    assert term(ev(5)) == 0.0
    assert term(ev(15)) == 0.0
    assert 0.69 < term(ev(30)) < 0.70
