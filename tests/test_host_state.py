"""An embassy or ambassador abroad that protests or demands with no party named addresses the state it is posted
in. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    ("Russia's embassy in Copenhagen condemned the boarding as piracy.", ("ACCUSE", "RUS", "DNK")),
    ("Russia's embassy in Copenhagen demanded the crew's release.", ("REQUEST", "RUS", "DNK")),
    ("The Venezuelan embassy in Italy slammed the expulsion in a statement.", ("ACCUSE", "VEN", "ITA")),
])
def test_a_post_abroad_addresses_its_host(code, text, expected):
    assert expected in triples(code(text, date="2022-01-01"))


def test_a_named_recipient_stays(code):
    found = triples(code("Russia's embassy in Copenhagen condemned Ukraine.", date="2022-01-01"))
    assert ("ACCUSE", "RUS", "UKR") in found and ("ACCUSE", "RUS", "DNK") not in found


def test_a_ministry_at_home_is_no_post_abroad(code):
    found = triples(code("Russia's foreign ministry in Moscow condemned the boarding as piracy.", date="2022-01-01"))
    assert not any(t[2] == "RUS" and t[0] == "ACCUSE" for t in found)
