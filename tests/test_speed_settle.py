"""Speed-only changes that must not change what is found: proper-noun runs read with numpy, and the garbage
collector's young-generation threshold raised once per process."""
import gc

from dyads import nlp, pipeline
from dyads.actors.syntax import _proper_runs


def _runs_by_token(doc):
    runs, start = [], None
    for t in [*doc, None]:
        if t is not None and t.pos_ == "PROPN" and not t.ent_type_:
            start = t.i if start is None else start
        elif start is not None:
            runs.append((start, t.i if t is not None else len(doc)))
            start = None
    return runs


def test_proper_runs_agree_with_token_attributes(settings):
    model = nlp.load(settings.spacy_model)
    for text in ("", "Hello", "President Ruto met Odinga in Nairobi, then flew to Kigali with Kagame Paul",
                 "Ruto. Odinga and Kalonzo spoke."):
        doc = model(text)
        assert [(s.start, s.end) for s in _proper_runs(doc)] == _runs_by_token(doc)


def test_settle_raises_the_young_threshold_and_keeps_collection_off_when_off():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        pipeline._settle.__wrapped__()
        assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD, 10, 10)
        rarer = pipeline.GC_YOUNG_THRESHOLD + 10_000
        gc.set_threshold(rarer, 10, 10)  # a process that chose rarer collections keeps them
        pipeline._settle.__wrapped__()
        assert gc.get_threshold()[0] == rarer
        gc.set_threshold(0, 10, 10)  # automatic collection off: left off
        pipeline._settle.__wrapped__()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
