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
