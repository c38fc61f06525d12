"""A party's own stated refusal to accept, to yield or to back something is a REJECT (CAMEO 12: reject; 124 refuse to
yield: to ease sanctions, to release, to step down), as a refusal to attend or to sign is (coding guide, session 19):
"said it would not accept the proposal", "would not lift the sanctions", "would not support the bid". Announced
non-attacks reject nobody (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran said it would not accept the French proposal.", ("REJECT", "IRN", "FRA")),
    ("The Peruvian government said it would not lift the sanctions on Chile.", ("REJECT", "PER", "CHL")),
    ("Hungary said it would not support the Ukrainian bid.", ("REJECT", "HUN", "UKR")),
])
def test_refusals_to_accept_yield_or_back_are_rejections(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize("text", [
    "Iran said it would not attack Iraq.",
    "Analysts said Iran would not accept the French proposal.",
])
def test_other_announced_non_actions_reject_nobody(code, text):
    assert not [e for e in code(text) if e.event_type == "REJECT"], triples(code(text))
