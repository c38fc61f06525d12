"""Two sides of one country, one of them an armed group or party named by its name, are two parties: "Iraqi troops
attacked the Peshmerga" has a recipient (pairing.same_party), while "its fighters" stays the actor's own; so are
two different known people ("Putin praised Lavrov"), and such a group or person named in a phrase is kept."""
from __future__ import annotations

import pytest

from dyads.home_parties import same_party
from dyads.records import Party


def _assault(code, text):
    found = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert found, text
    return found[0]


def test_state_forces_attacking_a_named_group_of_their_country(code):
    event = _assault(code, "Iraqi troops attacked the Peshmerga in 1991.")
    assert event.recipient is not None and event.recipient.code == "IRQ" and "Peshmerga" in event.recipient.text


def test_a_named_group_repelling_state_forces(code):
    event = _assault(code, "The Peshmerga repelled Iraqi soldiers in 1991.")
    assert event.recipient is not None and event.recipient.code == "IRQ" and "soldiers" in event.recipient.text


def test_a_pronoun_for_the_group_is_still_the_group(code):
    found = [e for e in code("Hamas said its fighters had attacked the convoy.") if e.event_type == "ASSAULT"]
    assert all(e.recipient is None or "Hamas" not in e.recipient.text for e in found)


# Two different known people of one state and sector are two parties; the actor named again is still itself.
@pytest.mark.parametrize("text, event_type, recipient_word", [
    ("Putin praised Lavrov on Tuesday.", "SUPPORT", "Lavrov"),
    ("Trump met with Pompeo on Tuesday.", "CONSULT", "Pompeo"),
    ("Putin spoke on Monday. He later praised Lavrov.", "SUPPORT", "Lavrov"),
])
def test_two_known_people_of_one_state_are_two_parties(code, text, event_type, recipient_word):
    found = [e for e in code(text) if e.event_type == event_type]
    assert found and found[0].recipient is not None and recipient_word in found[0].recipient.text


def test_a_named_party_of_the_actors_country_in_a_phrase_is_kept(code):
    found = [e for e in code("The AKP clashed with the CHP on Monday.") if e.event_type == "ASSAULT"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "TUR"


def test_the_same_person_named_again_is_no_recipient(code):
    found = [e for e in code("Putin spoke on Monday. He praised Putin.") if e.event_type == "SUPPORT"]
    assert all(e.recipient is None for e in found)


@pytest.mark.parametrize("actor_why, recipient_why, same", [
    ("leader 'Putin' -> RUS", "leader 'Lavrov' -> RUS", False),
    ("pronoun 'he' -> 'Putin' (RUS), the most salient person before it", "leader 'Lavrov' -> RUS", False),
    ("leader 'Putin' -> RUS", "leader 'Putin' -> RUS", True),
    ("country 'Russia' -> RUS", "leader 'Lavrov' -> RUS", True),
])
def test_same_party_tells_two_people_apart(actor_why, recipient_why, same):
    actor = Party("a", 0, 1, actor_why.split("'")[1], "RUS", "RUS", "GOV", actor_why)
    recipient = Party("b", 5, 6, recipient_why.split("'")[1], "RUS", "RUS", "GOV", recipient_why)
    assert same_party(actor, recipient) is same
