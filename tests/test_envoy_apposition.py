"""A name in apposition to an envoy sent somewhere ("Chile's ambassador to Peru, Ana Ruiz,") is the envoy's, even
when the parser hangs it on the place: a later "him"/"her" refers to the sending state's envoy."""
from __future__ import annotations

from conftest import triples


def test_a_pronoun_for_an_envoy_named_in_apposition_is_the_sending_states(code):
    text = "Ghana's ambassador to the United States, Kwame Mensah, flew home on Monday after Washington expelled him."
    assert ("SANCTION", "USA", "GHA") in triples(code(text))
