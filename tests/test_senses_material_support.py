""""Support" that is material help is PLOVER AID, not verbal SUPPORT (sentences we wrote): supporting troops,
rebels or fighters, supporting refugees, supporting a party *with* something, and military, financial or
humanitarian support. Backing a government, a plan or a resolution, and voicing support, stay SUPPORT."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, trigger", [
    ("Turkish forces entered the province to support rebel forces.", "support"),
    ("Washington supported the group with airstrikes.", "supported"),
    ("Turkey still supports a refugee population of two million.", "supports"),
    ("France announced military support for the Malian army.", "support"),
    ("Qatar promised financial support to the opposition fighters.", None),
])
def test_material_support_is_aid(code, sentence, trigger):
    events = code(sentence)
    if trigger is None:  # a promise of it is coded by its own rule; it is never verbal support
        assert not any(e.event_type == "SUPPORT" for e in events), [(e.event_type, e.trigger.text) for e in events]
        return
    found = [e for e in events if e.trigger.text == trigger]
    assert found and all(e.event_type == "AID" for e in found), [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("sentence", [
    "Britain supported the resolution on Monday.",
    "Russia supports the Syrian government.",
    "The US voiced support for the Iraqi army.",
])
def test_political_support_stays_support(code, sentence):
    events = code(sentence)
    assert events and events[0].event_type == "SUPPORT", [(e.event_type, e.trigger.text) for e in events]
