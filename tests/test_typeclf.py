"""The event-type classifier: features, the shipped weights, deterministic scoring and the training script."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from dyads import lexicon, nlp, typeclf
from dyads.records import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
FIX = Path(__file__).parent / "fixtures" / "typeclf"


@pytest.fixture(scope="module")
def parse(settings):
    model = nlp.load(settings.spacy_model)
    return lambda text: model(text)


def _script():
    spec = importlib.util.spec_from_file_location("train_typeclf", ROOT / "scripts" / "train_typeclf.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_typeclf"] = module
    spec.loader.exec_module(module)
    return module


def test_features_name_the_predicate_its_object_particle_and_the_lexicon_types(parse):
    doc = parse("The rebels called off the strike after Kenya imposed sanctions on Uganda.")
    called = next(t for t in doc if t.lower_ == "called")
    feats = set(typeclf.features(called, lexicon.load(())))
    assert {"p=call", "prt=off", "pp=call|off", "o=strike", "po=call|strike", "pos=VERB"} <= feats
    assert "c=rebel" in feats and "c=kenya" not in feats  # "after Kenya imposed ..." is another clause
    assert "s=kenya" in feats and "s=sanction" in feats
    assert any(f.startswith("lex=") and f != "lex=none" for f in feats)


def test_main_predicate_is_the_reported_clause_of_a_say_verb(parse):
    doc = parse("Officials said that soldiers shelled the village.")
    assert typeclf.main_predicate(next(doc.sents)).lower_ == "shelled"
    doc = parse("Soldiers shelled the village.")
    assert typeclf.main_predicate(next(doc.sents)).lower_ == "shelled"


def test_shipped_classifier_loads_and_scores_deterministically(parse):
    clf = typeclf.model()
    assert clf.labels[0] == typeclf.NONE and set(clf.labels[1:]) <= set(EVENT_TYPES)
    assert clf.weights.shape == (len(clf.index), len(clf.labels))
    doc = parse("Government troops bombarded the rebel town overnight, killing twelve civilians.")
    token = typeclf.main_predicate(next(doc.sents))
    feats = typeclf.features(token, lexicon.load(()))
    first, second = clf.proba(feats), clf.proba(list(reversed(feats)))
    assert first == second and abs(sum(first.values()) - 1.0) < 1e-9
    assert clf.best(feats)[0] == "ASSAULT"
    again = typeclf.Model.load(*_shipped_files())
    assert np.array_equal(again.weights, clf.weights) and again.proba(feats) == first


def _shipped_files() -> tuple[str, bytes]:
    folder = ROOT / "src" / "dyads" / "data" / "models"
    return (folder / typeclf.MODEL_FILE).read_text(encoding="utf-8"), (folder / typeclf.WEIGHTS_FILE).read_bytes()


def test_shipped_weights_are_small():
    folder = ROOT / "src" / "dyads" / "data" / "models"
    size = sum((folder / name).stat().st_size for name in (typeclf.MODEL_FILE, typeclf.WEIGHTS_FILE))
    assert size <= 20_000_000


def test_missing_weights_are_error_e093(monkeypatch, tmp_path):
    from dyads.errors import DyadsError

    (tmp_path / typeclf.MODEL_FILE).write_text('{"labels": ["NONE"], "bias": [0], "features": ["a"]}')
    with pytest.raises(ValueError):
        typeclf.Model.load((tmp_path / typeclf.MODEL_FILE).read_text(), b"not an npz")
    monkeypatch.setattr(typeclf, "MODEL_FILE", "no-such-file.json")
    typeclf._shipped.cache_clear()
    try:
        with pytest.raises(DyadsError) as err:
            typeclf._shipped()
        assert err.value.code == "E093"
    finally:
        monkeypatch.undo()
        typeclf._shipped.cache_clear()


def test_training_script_runs_on_a_tiny_fixture_and_is_deterministic(tmp_path):
    script = _script()
    # the fixture's gold documents are invented NGEC-style stories: let them train here (the shipped model takes
    # gold rows from the Guardian articles and our own invented texts only)
    config = tmp_path / "train_typeclf.toml"
    shipped = (Path(script.__file__).parent / "train_typeclf.toml").read_text(encoding="utf-8")
    assert 'gold_sources = ["guardian", "own"]' in shipped
    config.write_text(shipped.replace('gold_sources = ["guardian", "own"]', 'gold_sources = ["ngec"]'),
                      encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        out, folds = tmp_path / run / "model", tmp_path / run / "folds"
        assert script.main(["--gold", str(FIX / "gold"), "--corpora", str(FIX / "corpora"), "--config", str(config),
                            "--split", str(FIX / "ngec_split.csv"), "--out", str(out), "--folds-out", str(folds)]) == 0
        outputs.append(((out / typeclf.MODEL_FILE).read_bytes(), (out / typeclf.WEIGHTS_FILE).read_bytes()))
        assert (out / "typeclf.md").read_text().startswith("# Model card")
        assert sorted(p.name for p in folds.iterdir() if p.is_dir()) == [f"fold{k}" for k in range(5)]
    assert outputs[0] == outputs[1]
    trained = typeclf.Model.load(outputs[0][0].decode(), outputs[0][1])
    assert typeclf.NONE in trained.labels and "ASSAULT" in trained.labels and "COERCE" in trained.labels


def test_training_reads_only_the_train_split_of_the_ngec_stories():
    script = _script()
    stories = script.ngec_train(FIX / "corpora" / "ngec_synthetic_events.csv", FIX / "ngec_split.csv")
    rows = {row for row, _, _ in stories}
    assert rows == set(range(3, 10))  # row 10 is held out; rows 0-2 are gold documents


def _hand_made(weights: dict[str, dict[str, float]], labels=(typeclf.NONE, "ASSAULT", "ACCUSE")) -> typeclf.Model:
    """A classifier with the given feature weights (feature -> label -> weight) and NONE favoured otherwise."""
    names = sorted(weights)
    matrix = np.array([[weights[n].get(label, 0.0) for label in labels] for n in names])
    bias = np.array([2.0 if label == typeclf.NONE else 0.0 for label in labels])
    return typeclf.Model(tuple(labels), {n: k for k, n in enumerate(names)}, matrix, bias)


PUMMEL = "Chilean troops harried Peruvian positions near the border on Monday."


def test_propose_codes_an_event_where_no_lexicon_entry_fires(parse):
    lex = lexicon.load(())
    from dyads import events, pipeline
    from dyads.records import Document

    doc = parse(PUMMEL)
    assert not events.analyse(doc, lex)  # the lexicon does not know "harry"
    sure = _hand_made({"p=harry": {"ASSAULT": 6.0}})
    with typeclf.using(sure):
        coded = pipeline.code_parsed(Document("t", PUMMEL), doc, lex, uses=typeclf.Uses(propose=True))
        off = pipeline.code_parsed(Document("t", PUMMEL), doc, lex, uses=typeclf.Uses(propose=False))
    assert off == []
    assert [(e.event_type, e.actor.code, e.recipient.code) for e in coded] == [("ASSAULT", "CHL", "PER")]
    event = coded[0]
    assert event.evidence.proposed and event.trigger.text == "harried"
    assert event.cameo == typeclf.default_cameo()["ASSAULT"] and "classifier" in event.why
    unsure = _hand_made({"p=harry": {"ASSAULT": 2.2}})  # p(ASSAULT) about 0.5: below propose_min
    with typeclf.using(unsure):
        assert pipeline.code_parsed(Document("t", PUMMEL), doc, lex, uses=typeclf.Uses(propose=True)) == []


def test_propose_is_off_by_default_and_leaves_sentences_the_lexicon_codes_alone(parse, settings):
    from dyads import pipeline
    from dyads.records import Document

    # off by default: 1 of 881 held-out NGEC stories gained, at a cost in throughput (README)
    assert not typeclf.Uses.from_settings(settings).propose
    assert typeclf.Uses.from_settings(settings.with_(classifier_propose=True)).propose
    lex = lexicon.load(())
    text = "Norway accused Sweden of spying."
    doc = parse(text)
    with typeclf.using(_hand_made({"p=accuse": {"ASSAULT": 9.0}})):
        coded = pipeline.code_parsed(Document("t", text), doc, lex, uses=typeclf.Uses(propose=True))
    assert {e.event_type for e in coded} == {"ACCUSE"} and not any(e.evidence.proposed for e in coded)


def test_choose_drops_the_event_whose_trigger_the_classifier_gives_the_other_type(parse):
    from dyads import pipeline
    from dyads.records import Document

    lex = lexicon.load(())
    text = "Norway accused Sweden of spying and attacked Sweden."
    doc = parse(text)
    both = pipeline.code_parsed(Document("t", text), doc, lex, uses=typeclf.Uses())
    assert {e.event_type for e in both} >= {"ACCUSE", "ASSAULT"}
    with typeclf.using(_hand_made({"p=attack": {"ACCUSE": 9.0}})):
        chosen = pipeline.code_parsed(Document("t", text), doc, lex, uses=typeclf.Uses(choose=True))
    assert "ASSAULT" not in {e.event_type for e in chosen} and "ACCUSE" in {e.event_type for e in chosen}


def test_the_classifier_probability_is_evidence_for_the_confidence(code):
    from dyads import confidence

    events = code("Norway accused Sweden of spying.")
    event = next(e for e in events if e.event_type == "ACCUSE")
    assert 0.0 <= event.evidence.type_p <= 1.0
    assert confidence.features(event.evidence)["classifier_p"] == event.evidence.type_p
    assert "classifier_p" in confidence.model().uses()  # the shipped confidence model uses it


def test_documents_of_excluded_batches_give_no_training_rows(tmp_path):
    script = _script()
    shipped = (Path(script.__file__).parent / "train_typeclf.toml").read_text(encoding="utf-8")
    assert "\nexclude = [" in shipped  # the shipped config keeps the session's fresh batches out
    base = shipped.replace('gold_sources = ["guardian", "own"]', 'gold_sources = ["ngec"]')
    done = sorted((FIX / "gold").glob("events-*.done"))[0]
    left_out = tmp_path / "left-out.done"
    left_out.write_text(done.read_text(encoding="utf-8").split()[0] + "\n", encoding="utf-8")
    predicates = []
    for run, exclude in (("all", "[]"), ("less", f'["{left_out}"]')):
        config = tmp_path / f"{run}.toml"
        config.write_text(re.sub(r"\nexclude = \[[^\]]*\]", f"\nexclude = {exclude}", base), encoding="utf-8")
        out, folds = tmp_path / run / "model", tmp_path / run / "folds"
        assert script.main(["--gold", str(FIX / "gold"), "--corpora", str(FIX / "corpora"), "--config", str(config),
                            "--split", str(FIX / "ngec_split.csv"), "--out", str(out), "--folds-out", str(folds)]) == 0
        card = (out / "typeclf.md").read_text(encoding="utf-8")
        predicates.append(int(re.search(r"(\d+) predicates\. Each gold event", card).group(1)))
    assert 0 < predicates[1] < predicates[0]
