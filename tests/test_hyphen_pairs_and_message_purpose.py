"""Two names joined by a hyphen on an event noun are two parties ("the Trump-Putin meeting", "India-Pakistan
clashes"), while one hyphenated name stays one ("Guinea-Bissau"); the to-clause of a message is done by the
message's author ("X issued a statement to condemn Y"). Invented sentences."""
from __future__ import annotations

import pytest

from conftest import triples


def _pairs(events, trigger):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("The Trump-Putin meeting in Helsinki lasted two hours.", "meeting", ("USA", "RUS")),
    ("The Russian-Turkish talks ended without a statement.", "talks", ("RUS", "TUR")),
    ("Renewed India-Pakistan clashes erupted along the border.", "clashes", ("IND", "PAK")),
    # the entity recogniser may take the pair for one name: its halves are still two parties
    ("Analysts mocked the summit of the US and its allies, while the Erdogan-Putin meeting drew attention.",
     "meeting", ("TUR", "RUS")),
])
def test_two_hyphenated_names_on_an_event_noun_are_two_parties(code, text, trigger, pair):
    found = _pairs(code(text), trigger)
    assert pair in found or pair[::-1] in found, found
    assert all(a != r for a, r in found), found


def test_one_hyphenated_name_stays_one_party(code):
    events = [e for e in code("Guinea-Bissau troops attacked the rebels.") if e.trigger.text == "attacked"]
    assert {e.actor.code for e in events if e.actor} == {"GNB"}, triples(events)


def test_a_led_or_backed_modifier_is_no_pair(code):
    events = [e for e in code("A Saudi-led airstrike killed 20 civilians in Yemen.") if e.event_type == "ASSAULT"]
    assert {e.actor.code for e in events if e.actor} == {"SAU"}, triples(events)


@pytest.mark.parametrize(("text", "actor"), [
    ("Armenia issued a statement to express its outrage at the bombing of Gyumri.", "ARM"),
    ("The Kenyan government issued a statement to condemn the attack on its embassy.", "KEN"),
])
def test_the_to_clause_of_a_message_is_done_by_its_author(code, text, actor):
    events = [e for e in code(text) if e.event_type == "ACCUSE"]
    assert actor in {e.actor.code for e in events if e.actor}, triples(events)
