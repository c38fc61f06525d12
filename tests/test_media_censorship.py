"""Suspending, banning or blocking social or news media (or a named service) by order is censorship (PLOVER
COERCE censor, CAMEO 1721); an abstract platform ("a platform for talks") is no medium. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor", [
    ("Ethiopia banned social media in the Oromia region.", "ETH"),
    ("Zimbabwe suspended Twitter on Monday.", "ZWE"),
    ("Turkey blocked WhatsApp and YouTube during the protests.", "TUR"),
    ("Chad blocked social media platforms after the riots.", "TCD"),
    ("Uganda suspended the media for a week before the vote.", "UGA"),
])
def test_silencing_media_is_censorship(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "COERCE" and t[1] == actor for t in found), found


@pytest.mark.parametrize("text", [
    "Kenya suspended the platform for talks with Somalia.",
    "The ruling party suspended its media campaign for a week.",
])
def test_other_suspensions_are_no_censorship(code, text):
    found = triples(code(text))
    assert not any(t[0] == "COERCE" for t in found), found
