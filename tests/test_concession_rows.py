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


def test_making_a_commitment_to_a_verbal_concession_is_that_concession(code):
    found = triples(code("Ghana made a commitment to ease restrictions on the press."))
    assert any(t[0] == "CONCEDE" and t[1] == "GHA" for t in found), found
    assert not any(t[0] == "AGREE" for t in found), found


def test_a_pledge_made_to_retreat_is_an_agreement_and_a_promised_concession(code):
    found = triples(code("Russia made a pledge to withdraw its troops from Moldova."))
    assert any(t[0] == "AGREE" and t[1] == "RUS" for t in found), found
    assert any(t[0] == "CONCEDE" and t[1] == "RUS" for t in found), found


def test_mutual_commitments_stay_agreements(code):
    found = {t[0] for t in triples(code("Ghana and Togo made a commitment to ease border controls."))}
    assert "AGREE" in found and "CONCEDE" not in found, found
