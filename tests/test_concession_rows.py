"""Giving up a complaint or lawsuit, scrapping a law or shelving a contested project, and agreeing *to*
concessions are concessions (PLOVER CONCEDE). Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Peru dropped its complaints against Chile.", "PER"),
    ("Nepal withdrew its suit against India.", "NPL"),
    ("Ghana dropped its lawsuit against Togo.", "GHA"),
    ("Bolivia scrapped the controversial law after weeks of protests.", "BOL"),
    ("Laos shelved the contested dam project after mass protests.", "LAO"),
    ("Slovakia has agreed to concessions to the UK on nuclear energy.", "SVK"),
])
def test_giving_up_is_a_concession(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "CONCEDE" and t[1] == actor for t in found), found


def test_two_sides_agreeing_to_concessions_only_agree(code):
    found = {t[0] for t in triples(code("Ghana and Togo agreed to concessions."))}
    assert "AGREE" in found and "CONCEDE" not in found, found


def test_agreeing_to_a_ceasefire_is_no_promised_concession(code):
    found = {t[0] for t in triples(code("The UN urged the coalition to agree to an immediate ceasefire."))}
    assert "CONCEDE" not in found, found
