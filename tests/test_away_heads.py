"""`away_from_home` reads a phrase's words only when its head may name people away from home (session 28 speed
pass): the answer is the one `stateless_head` gives on all the words up to the head."""
import pytest

from dyads import nlp
from dyads.actors.countries import AWAY_HEADS, away_from_home, nominal_root
from dyads.actors.vocab import stateless_head


@pytest.fixture(scope="module")
def model(settings):
    return nlp.load(settings.spacy_model)


@pytest.mark.parametrize("text, phrase, expected", [
    ("The coastguard rescued 400 migrants off the island.", "400 migrants", True),
    ("The ministry housed the asylum seekers in a school.", "the asylum seekers", True),
    ("The agency hired job seekers from the town.", "job seekers", False),
    ("The army shelled the village at dawn.", "The army", False),
    ("Officials spoke to refugees at the camp.", "to refugees", True),
])
def test_away_from_home_by_the_head_and_by_all_words_agree(model, text, phrase, expected):
    doc = model(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    root = nominal_root(span)
    every_word = stateless_head([w.lower_ for w in span[:root.i - span.start + 1]])
    assert away_from_home(span) is expected
    assert every_word is expected


def test_the_heads_read_are_those_stateless_head_accepts():
    for head in AWAY_HEADS:
        assert stateless_head(["asylum", head])
    assert not stateless_head(["asylum", "army"])
