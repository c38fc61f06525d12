"""Approving or endorsing a domestic law (a bill, a constitution, a decree, a budget) acts on no party: no SUPPORT
event. Approving a party's bid or plan still is. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text", [
    "Peru's Congress approved a bill on foreign funding of charities on Tuesday.",
    "Lawmakers in Bolivia approved the new constitution last month.",
    "The new budget was approved by the Chilean senate on Monday.",
    "The Peruvian cabinet endorsed a decree on water rights.",
])
def test_passing_a_law_is_no_support(code, text):
    events = code(text)
    assert not any(e.event_type == "SUPPORT" for e in events), triples(events)


def test_approving_a_partys_bid_is_still_support(code):
    events = code("Chile approved Peru's bid to host the regional games.")
    assert any(e.event_type == "SUPPORT" for e in events), triples(events)
