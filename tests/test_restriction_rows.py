"""Placing or putting restrictions or curbs on someone imposes them (COERCE restrict)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Belarus placed new restrictions on independent newspapers.", "BLR"),
    ("Tajikistan put curbs on opposition rallies.", "TJK"),
    ("Nepal imposed curbs on street protests.", "NPL"),
])
def test_placing_restrictions_is_coercion(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "COERCE" and t[1] == actor for t in found), found


def test_placing_an_order_is_no_coercion(code):
    assert "COERCE" not in {e.event_type for e in code("Vietnam placed an order for new trains.")}
