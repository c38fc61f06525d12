""""She"/"he" as the speaker of a quote just closed ('"...," she said'): whoever the quote names is not its speaker
(`actors.pronouns._reported_quote`), so the pronoun takes a person named before the quote, or no one. Sentences we
wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations


def _by_trigger(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def test_a_state_named_in_the_quote_is_not_its_speaker(code):
    events = code('"We urge the Ugandan government to free the detained journalists," she said on Friday.')
    urge = _by_trigger(events, "urge")
    assert all(e.actor is None or e.actor.code != "UGA" for e in urge), [(e.event_type, e.actor) for e in urge]


def test_the_speaker_is_the_person_named_before_the_quote(code):
    events = code("Maria Lopez, a Kenyan activist, spoke in Mombasa on Friday. \"We urge the Ugandan government to free "
                  "the detained journalists,\" she said.")
    urge = _by_trigger(events, "urge")
    assert urge and {e.actor.code for e in urge if e.actor} == {"KEN"}, [(e.event_type, e.actor) for e in urge]
    assert {e.recipient.code for e in urge if e.recipient} == {"UGA"}


def test_a_leader_named_before_the_quote_still_speaks_it(code):
    events = code("President Lula met the envoy on Monday. \"We will send aid to the flooded towns,\" he said.")
    send = _by_trigger(events, "send")
    assert send and {e.actor.code for e in send if e.actor} == {"BRA"}, [(e.event_type, e.actor) for e in send]
