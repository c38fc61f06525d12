"""A role possessed by the name of a person the document gave a country is of that country (sentences we wrote):
"Smith's commanding officer" after "a British soldier, John Smith" is British, not of the story's setting."""
from __future__ import annotations


def test_a_named_persons_officer_is_of_that_persons_country(code):
    text = ("MANBIJ, Syria - A British soldier, Sergeant John Smith, was killed in Manbij on Thursday. Smith's "
            "commanding officer praised his courage.")
    events = [e for e in code(text) if e.event_type == "SUPPORT"]
    assert events and all(e.actor.code == "GBR" for e in events), [(e.actor.code, e.actor.why) for e in events]


def test_a_role_of_an_unknown_person_keeps_its_old_resolution(code):
    text = "MANBIJ, Syria - Smith's commanding officer praised the courage of the volunteers."
    events = [e for e in code(text) if e.event_type == "SUPPORT"]
    assert all(e.actor is None or e.actor.code != "GBR" for e in events)
