"""Invariants of the session-27 speed pass: a document's memo is one dict per name, made once and kept with the
document; a coded document counts its sentences without building them; trigger matching reads the part of speech
from one table."""
from __future__ import annotations

import datetime as dt

from dyads import nlp, pipeline
from dyads.events import triggers
from dyads.records import Document

TEXT = "The council met on Monday.\nMarovia accused Selvania of shelling the border town. Talks are planned."


def test_a_memo_is_made_once_per_name_and_kept_with_its_document(settings):
    doc = nlp.load(settings.spacy_model)(TEXT)
    first = nlp.memo(doc, "anything")
    first[3] = "kept"
    assert nlp.memo(doc, "anything") is first
    assert nlp.memo(doc, "something else") is not first
    assert nlp.memo(doc, "something else") == {}
    assert doc.user_data["dyads.memo.anything"] is first  # where `table` keeps it too
    assert nlp.table(doc, "dyads.memo.anything") is first


def test_a_coded_document_counts_its_sentences(settings):
    [result] = pipeline.code_documents([Document("s27", TEXT, dt.date(2024, 3, 4))], settings=settings)
    doc = nlp.load(settings.spacy_model)(TEXT)
    assert result.n_sentences == len(list(doc.sents)) == 3


def test_the_entry_part_of_speech_table():
    assert triggers.ENTRY_POS == {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
    assert triggers.ENTRY_POS.get("ADV") is None
