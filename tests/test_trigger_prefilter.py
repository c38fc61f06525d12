"""The attribute-array pass that skips tokens before trigger matching (events.triggers.possible) skips only
tokens `match` finds no entry for, and the event-type classifier's per-sentence memo changes no feature."""
from __future__ import annotations

from dyads import lexicon, nlp, typeclf
from dyads.events.triggers import match, possible
from dyads.settings import Settings

TEXT = ("The rebels shelled a cease-fire line on Monday and the army's counter-attack was defunded by lawmakers. "
        "Talks between Chile and Peru resumed; Lima accused Santiago of spying, and the two sides agreed to meet. "
        "Protesters marched in the capital while officials said nothing about the pre-arranged visit.")


def test_skipped_tokens_trigger_nothing():
    doc = nlp.load(Settings().spacy_model)(TEXT)
    lex = lexicon.load(())
    kept = possible(doc, lex)
    assert kept and len(kept) < len(doc)
    assert all(match(t, lex) is None for t in doc if t.i not in kept)
    assert any(match(doc[i], lex) is not None for i in kept)
    assert possible(doc, lex) == kept  # the lexicon's word cache gives the same answer the second time


def test_sentence_memo_keeps_features():
    model = nlp.load(Settings().spacy_model)
    lex = lexicon.load(())
    doc, fresh = model(TEXT), model(TEXT)
    for token in doc:
        if token.pos_ in ("VERB", "NOUN"):
            first = typeclf.features(token, lex)
            assert typeclf.features(token, lex) == first  # from the memo
            assert typeclf.features(fresh[token.i], lex) == first
    assert doc.user_data["dyads.typeclf.sentences"]
