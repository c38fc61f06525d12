"""A surrender or withdrawal ordered of another party is the orderer's demand that it yield (REQUEST, CAMEO 105),
not the orderer's retreat; ordered of the orderer's own forces it stays the orderer's retreat. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("The Nigerian government banned the sect and ordered its members to surrender.", "NGA"),
    ("The Malian army ordered the rebels to surrender their weapons.", "MLI"),
    ("Russia ordered Ukraine to surrender.", "RUS"),
])
def test_a_surrender_ordered_of_another_party_is_a_demand(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "REQUEST" and t[1] == actor for t in found), found
    assert not any(t[0] in ("RETREAT", "CONCEDE") for t in found), found


@pytest.mark.parametrize("text, actor", [
    ("The Kenyan president ordered troops to withdraw from Somalia.", "KEN"),
    ("The Ethiopian government ordered its soldiers to pull back from the border.", "ETH"),
])
def test_a_retreat_ordered_of_own_forces_stays_a_retreat(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "RETREAT" and t[1] == actor for t in found), found
    assert not any(t[0] == "REQUEST" for t in found), found
