"""A role possessed by the relative "whose" belongs to the party the relative clause describes (sentences we wrote):
"Peru, whose soldiers ..." is Peru's, as "Peru's soldiers" would be, even in a story set elsewhere."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("Rebels attacked a base near Aleppo in Syria on Monday. Iran, whose militiamen are fighting alongside the "
     "army, said it would respect the truce.", "IRN"),
    ("Protests spread across Kenya this week. Uganda, whose troops killed five villagers near the border, denied "
     "the claim.", "UGA"),
    ("Fighting went on in Syria. Iran, whose guards and militiamen attacked the town, said nothing.", "IRN"),
])
def test_a_role_possessed_by_whose_is_of_the_clauses_party(code, text, country):
    events = [e for e in code(text) if e.event_type in ("ASSAULT", "COOPERATE") and e.sentence_index == 1]
    assert events and all(e.actor and e.actor.code == country for e in events), \
        [(e.event_type, e.actor and e.actor.text, e.actor and e.actor.code) for e in events]


def test_whose_with_an_unknown_antecedent_guesses_nothing_new(code):
    events = [e for e in code("Fighting went on in Syria. The villagers, whose militia attacked the town, fled.")
              if e.event_type == "ASSAULT"]
    assert all(e.actor is None or e.actor.code != "IRN" for e in events)
