"""Ordering a party to leave a country expels it (CAMEO 166 expel or deport individuals; 174 for people a state can
deport): "ordered the executives to leave the country", "ordered 800 foreign citizens to leave". Ordering one's
own forces, or ordering any other act, is no expulsion: the ordered act is coded by its own words (all sentences
invented)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia ordered 300 Belarusian citizens to leave the country.", ("COERCE", "EST", "BLR")),
    ("Mali's junta ordered two French executives to leave the country within 72 hours.", ("SANCTION", "MLI", "FRA")),
    ("Algeria ordered the Moroccan ambassador to leave.", ("SANCTION", "DZA", "MAR")),
])
def test_ordered_to_leave_is_an_expulsion(code, text, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == "ordered"])


@pytest.mark.parametrize("text", [
    "The Russian president ordered his troops to leave Syria.",
    "The Kenyan president ordered the police to release the students.",
])
def test_other_orders_expel_nobody(code, text):
    events = code(text)
    assert not [e for e in events if e.trigger.text == "ordered"], triples(events)


def test_an_ordered_strike_is_still_coded_by_its_own_words(code):
    events = code("The American president ordered the Pentagon to strike Syrian airfields.")
    assert ("ASSAULT", "USA", "SYR") in triples(events)
