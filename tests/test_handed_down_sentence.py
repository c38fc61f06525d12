"""A court that hands down a sentence or a prison term imposes a legal penalty (SANCTION), as the verb "sentence"
does. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A Peruvian court handed down a prison sentence to the former mayor of Arequipa on Monday.",
    "A Peruvian court handed down a five-year term to the former mayor of Arequipa on Monday.",
])
def test_handing_down_a_sentence_is_a_sanction(code, text):
    events = code(text)
    types = {e.event_type for e in events}
    assert "SANCTION" in types and "ACCUSE" not in types, [(e.event_type, e.why) for e in events]
