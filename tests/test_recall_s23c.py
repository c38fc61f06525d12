"""Recall of events whose actor the text names in a general pattern (session 23, sentences we wrote): a lower-case
role word before a person's name is a title ("opposition leader Ana Silva"), and a titled person whose country only
the story's setting gives keeps it when the surname comes back alone; a passive expulsion from a state was done by
that state's authorities; border and troop-withdrawal families of the lexicon."""
from __future__ import annotations

import pytest


def _of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_a_lower_case_role_before_a_name_is_a_title(code):
    text = "LIMA (Reuters) - Opposition figure Ana Quispe spoke on Monday.\n\n" \
           "Interim leader Ana Quispe accused Bolivian troops of crossing the border."
    events = _of_type(code(text), "ACCUSE")
    assert events and {e.actor.code for e in events} == {"PER"}, [(e.actor, e.recipient) for e in events]
    assert {e.recipient.code for e in events} == {"BOL"}


def test_a_role_word_before_a_place_or_body_is_no_title(code):
    events = _of_type(code("LIMA (Reuters) - Rebel leader Bolivia accused the army."), "ACCUSE")
    assert all(e.actor is None or e.actor.code != "PER" or "title" not in (e.actor.why or "") for e in events)


def test_a_titled_persons_surname_keeps_the_setting_country(code):
    text = "QUITO (AP) - Crowds gathered at the request of Prime Minister Rosa Valdivieso on Tuesday.\n\n" \
           "Valdivieso blamed the unrest on supporters of the opposition."
    events = _of_type(code(text), "ACCUSE")
    assert events and {e.actor.code for e in events} == {"ECU"}, [(e.actor, e.recipient) for e in events]
    assert "same person as" in events[0].actor.why


@pytest.mark.parametrize("sentence, actor, recipient", [
    ("A Chilean diplomat was expelled from Lima on Friday.", "PER", "CHL"),
    ("Two Peruvian envoys were expelled from Bolivia last week.", "BOL", "PER"),
])
def test_a_passive_expulsion_from_a_state_is_that_states_act(code, sentence, actor, recipient):
    events = _of_type(code(sentence), "SANCTION")
    assert events and {(e.actor.code, e.recipient.code) for e in events} == {(actor, recipient)}, \
        [(e.actor, e.recipient) for e in events]


@pytest.mark.parametrize("sentence", [
    "He was expelled from the party last year.",
    "Two Chilean students were expelled from the school.",
])
def test_an_expulsion_from_a_party_or_a_school_names_no_state(code, sentence):
    assert not _of_type(code(sentence), "SANCTION")


@pytest.mark.parametrize("sentence, event_type", [
    ("Chile is pulling its last troops from Peru.", "RETREAT"),
    ("Peru and Bolivia reopened their frontier on Monday.", "CONCEDE"),
    ("Chile shut its border with Peru on Sunday.", "COERCE"),
    ("Chile closed the frontier with Peru.", "COERCE"),
])
def test_border_and_withdrawal_families(code, sentence, event_type):
    assert _of_type(code(sentence), event_type), [(e.event_type, e.actor, e.recipient) for e in code(sentence)]


def test_a_campaigner_named_with_a_public_role_acts_publicly(code):
    text = "NOUAKCHOTT (AFP) - Anti-slavery campaigner Cheikh Ould Baba called on his supporters to keep protesting."
    events = _of_type(code(text), "REQUEST")
    assert events and {e.actor.code for e in events} == {"MRT"}, [(e.actor, e.recipient) for e in events]


def test_a_private_person_named_without_a_role_still_codes_nothing(code):
    text = "NOUAKCHOTT (AFP) - Cheikh Ould Baba called on his neighbours to help with the harvest."
    assert not _of_type(code(text), "REQUEST")
