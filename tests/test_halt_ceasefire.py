"""A halt to (or in) attacks or fighting is a ceasefire (CAMEO 0871 declare truce -> RETREAT ceasefire), as the
verb 'halt attacks' already is; other halts (to talks, to traffic, coming to a halt) are no event, and the
fighting named after 'halt' is not itself coded as an assault. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Malian rebels announced a halt in attacks on government forces.", "MLI"),
    ("The Kenyan army announced a temporary halt in its offensive against al-Shabaab.", "KEN"),
    ("Chadian rebels declared a halt to the fighting on Sunday.", "TCD"),
])
def test_a_halt_to_fighting_is_a_ceasefire(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "RETREAT" and t[1] == actor for t in found), found
    assert not any(t[0] == "ASSAULT" for t in found), found


@pytest.mark.parametrize("text", [
    "Kenya announced a halt to the talks with Uganda.",
    "Traffic in Nairobi came to a halt after the storm.",
    "Peru called for a halt to price rises.",
])
def test_other_halts_are_no_ceasefire(code, text):
    found = triples(code(text))
    assert not any(t[0] == "RETREAT" for t in found), found
