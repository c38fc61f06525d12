"""States attending another party's occasion (a signing, an inauguration, a funeral) act on its host,
one line per listed state, never on each other (coding guide: guarantor states attending a signing; invented
sentences)."""
from __future__ import annotations

from conftest import triples


def test_states_listed_as_attending_a_signing_are_not_paired_with_each_other(code):
    events = code("Bolivia's government and the rebels signed a truce on Friday. "
                  "Envoys of Brazil, Spain and Chile attended the signing.")
    attending = [e for e in events if e.event_type == "CONSULT" and "attended" in e.sentence]
    assert {e.actor.code for e in attending} == {"BRA", "ESP", "CHL"}, "one line per listed state"
    assert not {e.recipient.code for e in attending if e.recipient} & {"BRA", "ESP", "CHL"}, \
        "the guests do not consult each other"


def test_a_leader_attending_an_inauguration_is_coded(code):
    events = code("Peru's president attended the inauguration in La Paz.")
    assert ("CONSULT", "PER") in {(t, a) for t, a, _ in triples(events)}


def test_meeting_together_stays_mutual(code):
    events = code("Envoys of Brazil and Spain attended talks in Madrid.")
    pairs = {(a, r) for t, a, r in triples(events) if t == "CONSULT"}
    assert ("BRA", "ESP") in pairs, "talks are still held between the parties attending them"
