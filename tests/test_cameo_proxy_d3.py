"""Single-sentence coding fixes found through the CAMEO proxy tune sets (session 10, helper D3). Every sentence here
is invented for the test; none is a sentence of the proxy sets or any corpus."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # CAMEO 012/013: pessimistic and optimistic comments about a party or its plan
    ("Portugal's economy minister was pessimistic about Spain's budget plan.", ("ACCUSE", "PRT", "ESP")),
    ("The Austrian chancellor remained sceptical of Hungary's proposal.", ("ACCUSE", "AUT", "HUN")),
    ("Egypt's trade minister was upbeat about Sudan's new investment law.", ("SUPPORT", "EGY", "SDN")),
    ("The Malaysian prime minister sounded bullish about Thailand's reforms.", ("SUPPORT", "MYS", "THA")),
    ("The Peruvian finance minister voiced optimism about Colombia's tax reform.", ("SUPPORT", "PER", "COL")),
    ("The Latvian president expressed misgivings about Russia's troop plans.", ("ACCUSE", "LVA", "RUS")),
    # the adjective of a tone noun is the verb's subject's comment
    ("The Swedish foreign minister sounded a gloomy note about Norway's oil policy.", ("ACCUSE", "SWE", "NOR")),
    ("Kenya's finance minister struck an optimistic tone on Tanzania's rail project.", ("SUPPORT", "KEN", "TZA")),
])
def test_pessimistic_and_optimistic_comments(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "The Danish finance minister was optimistic that growth would pick up.",
    "Brazil's president expressed confidence that the economy would recover.",
    "Analysts painted a gloomy picture of the housing market.",
])
def test_a_mood_about_no_party_is_no_event(code, text):
    types = {e.event_type for e in code(text, date="2000-01-01")}
    assert not types & {"ACCUSE", "SUPPORT"}
