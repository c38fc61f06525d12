"""A speaker who also acts: "X will close the border, the minister said, *accusing* Y" is the minister's
accusation, while a reported clause keeps its reporter out of the event."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, want", [
    ("Latvia will shut two border crossings on Friday, Latvian Foreign Minister Baiba Braze said on Tuesday, "
     "accusing Minsk of sending migrants to the frontier.", ("ACCUSE", "LVA", "BLR")),
    ("Talks on the sea border will resume in May, Peru's foreign minister said on Monday, urging Chile to "
     "return the fishing boats.",
     ("REQUEST", "PER", "CHL")),
])
def test_a_speaker_does_the_spoken_act_of_a_participle_on_the_speech_verb(code, text, want):
    assert want in triples(code(text))


def test_a_reported_clause_keeps_its_reporter_out(code):
    found = triples(code("The Peruvian navy said Chilean boats had attacked a fishing vessel."))
    assert not any(t[0] == "ASSAULT" and t[1] == "PER" for t in found)


def test_a_material_participle_on_the_speech_verb_is_not_the_speakers_act(code):
    text = ("Chilean navy ships fired on a Peruvian trawler on Saturday, the Peruvian coast guard said, "
            "injuring three fishermen.")
    assert not any(t[0] == "ASSAULT" and t[1] == "PER" for t in triples(code(text)))
