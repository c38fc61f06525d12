"""A spaCy pipeline for tests: the project's model plus a last component that recurses without end on a
text containing POISON_MARK, so a real RecursionError is raised inside `nlp.pipe`."""
from __future__ import annotations

import importlib

from spacy.language import Language
from spacy.tokens import Doc

from dyads.settings import Settings

POISON_MARK = "\u2620"


def _deeper(n: int) -> int:
    return _deeper(n + 1) + 1


@Language.component("dyads_test_poison")
def poison(doc: Doc) -> Doc:
    if POISON_MARK in doc.text:
        _deeper(0)
    return doc


def load() -> Language:
    nlp = importlib.import_module(Settings().spacy_model).load()
    nlp.add_pipe("dyads_test_poison", last=True)
    return nlp
