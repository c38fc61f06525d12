"""Migrants, refugees and asylum seekers with no country named take none from where they are, the story's setting or
the state acting on them (sentences we wrote): people so called are away from home."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Italy's coast guard rescued 600 migrants from a fishing boat off Calabria on Saturday.",
    "ROME (Reuters) - Police arrested 40 migrants near the port on Monday.",
    "Greek police detained 30 asylum seekers on Lesbos on Friday.",
])
def test_migrants_take_no_country_from_where_they_are(code, text):
    events = [e for e in code(text) if e.recipient is not None and "migrants" in e.recipient.text
              or e.recipient is not None and "asylum" in e.recipient.text]
    assert events and all(e.recipient.code is None for e in events), \
        [(e.event_type, e.recipient.text, e.recipient.code, e.recipient.why) for e in events]


def test_students_still_take_their_place(code):
    events = [e for e in code("Kenyan police arrested 40 students in Nairobi on Monday.") if e.event_type == "COERCE"]
    assert events and events[0].recipient.code == "KEN"
