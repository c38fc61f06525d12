"""Closing or shutting an embassy or a consulate reduces diplomatic relations (PLOVER SANCTION, CAMEO 161); closing
a border or a crossing stays a restriction (COERCE). Sentences we wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, trigger", [
    ("Russia closed the US consulate in Yekaterinburg.", "closed"),
    ("Canada shut its embassy in Tehran in 2012.", "shut"),
    ("Peru closed its embassy in Caracas on Monday.", "closed"),
])
def test_closing_a_diplomatic_post_is_a_sanction(code, sentence, trigger):
    found = [e for e in code(sentence) if e.trigger.text == trigger]
    assert found and all(e.event_type == "SANCTION" for e in found), [(e.event_type, e.trigger.text) for e in found]


def test_closing_a_border_stays_a_restriction(code):
    found = [e for e in code("Egypt closed the border crossing on Monday.") if e.trigger.text == "closed"]
    assert found and found[0].event_type == "COERCE"
