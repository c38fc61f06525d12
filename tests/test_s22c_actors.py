"""Wrong actors (session 22, c22c): a mutual act with a partner coded once, from its subject. Sentences written
for these tests."""
from __future__ import annotations

import pytest


def _pairs(events, event_type):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == event_type}


@pytest.mark.parametrize("text, pair", [
    ("Malta's navy said it had coordinated with the Libyan coast guard.", ("MLT", "LBY")),
    ("Chile said on Monday it would keep working with Peru against smuggling.", ("CHL", "PER")),
    ("Kenya is cooperating with Uganda on the border.", ("KEN", "UGA")),
    ("The Spanish police shared information with Moroccan authorities.", ("ESP", "MAR")),
])
def test_a_mutual_act_with_a_partner_is_coded_once_from_its_subject(code, text, pair):
    pairs = _pairs(code(text), "COOPERATE")
    assert pair in pairs and pair[::-1] not in pairs, pairs


def test_coordinated_actors_of_a_mutual_act_still_act_on_each_other(code):
    pairs = _pairs(code("Kenya and Uganda cooperated on the border on Monday."), "COOPERATE")
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= pairs, pairs
