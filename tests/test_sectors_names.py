"""Names the actor tables do not know whose words say what they are (our own rows of data/actors/sectors.csv):
a liberation front is REB, an airline BUS, a law society JUD, a medical association HLH; a generic body type
heading a name takes the sector of an adjective that ends its complement ("Organization for Human Rights" NGO).
Invented names."""
from __future__ import annotations

import pytest

from dyads import actors


@pytest.mark.parametrize("text, code, sector", [
    ("the Oromo Liberation Front", "ETH", "REB"),  # an ethnic group's front is armed, not its people
    ("the Zambian National Liberation Front", "ZMB", "REB"),
    ("the Ugandan Liberation Army", "UGA", "REB"),
    ("the Kenyan Resistance Movement", "KEN", "REB"),
    ("Kenya Airways", "KEN", "BUS"), ("Zambian Air Lines", "ZMB", "BUS"),
    ("the Uganda Law Society", "UGA", "JUD"), ("the Zambian Bar Council", "ZMB", "JUD"),
    ("the Kenyan Medical Association", "KEN", "HLH"),
    ("the Ugandan Organization for Human Rights", "UGA", "NGO"),
    ("the Kenyan League for Human Rights", "KEN", "NGO"),
])
def test_a_names_words_say_what_it_is(text, code, sector):
    party = actors.resolve_text(text)
    assert party is not None and (party.code, party.sector) == (code, sector), party


@pytest.mark.parametrize("text, sector", [
    ("a spokesman for the army", "MIL"), ("the chief of the armed forces", "MIL"),
    ("the head of the judicial council", "JUD"), ("the league", None),
])
def test_complements_still_compose(text, sector):
    party = actors.resolve_text(text)
    assert (party.sector if party else None) == sector, party
