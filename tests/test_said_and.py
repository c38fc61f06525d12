"""A stance conjoined to what a speaker reports, whose inherited subject names no party, is the speaker's act
(said_and): "X said the buoys had been placed ... and rejected the protest". A party or a pronoun as the
reported clause's subject keeps the act. Invented sentences."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("Peru's foreign ministry said the buoys had been placed in Peruvian waters and rejected the protest.",
     "REJECT", "PER"),
    ("The United Nations said the strikes endangered aid deliveries and appealed to Chile to stop the fighting.",
     "REQUEST", "IGOUNO"),
])
def test_the_speaker_takes_the_conjoined_stance(code, text, kind, actor):
    events = [e for e in code(text) if e.event_type == kind]
    assert {e.actor.code for e in events if e.actor} == {actor}, triples(events)
    assert all("conjoined to what" in e.actor.why for e in events), triples(events)


def test_a_party_inherited_keeps_the_act(code):
    events = [e for e in code("Chile's president said Bolivian rebels had attacked the town and demanded a ransom.")
              if e.event_type == "REQUEST"]
    assert not any(e.actor and e.actor.code == "CHL" for e in events), triples(events)


def test_a_subject_that_is_a_pronoun_is_not_replaced(code):
    events = code("Chile's president said they had been attacked and rejected the offer.")
    assert not any("conjoined to what" in (e.actor.why or "") for e in events if e.actor), triples(events)
