"""A state's institution and an office holder of the same state are two parties, and a state's own people named
by a pronoun for it are whom it acts on (coding guide: domestic events are coded). Every sentence here is
invented for the test."""
from __future__ import annotations

import pytest

from dyads.home_parties import body_and_office_holder
from dyads.records import Party
from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's anti-corruption bureau opened a case against the Ukrainian deputy prime minister.",
     ("ACCUSE", "UKR", "UKR")),
    ("The Peruvian congress voted to impeach President Pedro Castillo.", None),
    ("The Kenyan governor of Mombasa urged the Kenyan government to send more police.", ("REQUEST", "KEN", "KEN")),
])
def test_an_institution_and_an_office_holder_of_one_state_are_two_parties(code, text, expected):
    events = code(text, date="2022-01-01")
    if expected is None:
        assert any(e.actor and e.recipient and e.actor.code == "PER" and e.recipient.code == "PER" for e in events)
    else:
        assert expected in triples(events)


def _party(text: str, why: str, code: str = "UKR", sector: str = "GOV") -> Party:
    return Party(text, 0, len(text), None, code, code, sector, why)


def test_body_and_office_holder_needs_a_body_and_a_person():
    bureau = _party("the anti-corruption bureau", "role 'bureau' -> GOV")
    minister = _party("the deputy prime minister", "role 'deputy prime minister' -> GOV")
    head = _party("the head of the bureau", "role 'head' -> GOV")
    government = _party("the government", "role 'government' -> GOV")
    assert body_and_office_holder(bureau, minister) and body_and_office_holder(minister, government)
    assert body_and_office_holder(head, government)
    assert not body_and_office_holder(bureau, government)  # two bodies: the rule of one sector decides
    assert not body_and_office_holder(_party("it", "pronoun 'it' -> 'the bureau'"), minister)


@pytest.mark.parametrize("text, actor", [
    ("The British government pleaded with its citizens to avoid the region.", "GBR"),
    ("The Egyptian government appealed to its citizens to stay calm.", "EGY"),
])
def test_a_states_own_people_named_by_a_pronoun_are_its_recipient(code, text, actor):
    assert ("REQUEST", actor, actor) in triples(code(text, date="2022-01-01"))


def test_a_pronoun_for_the_state_alone_is_not_its_recipient(code):
    # "its" standing for the actor itself names no one else
    events = code("Turkey said it would defend its interests.", date="2022-01-01")
    assert not any(e.actor and e.recipient and e.actor.code == "TUR" and e.recipient.code == "TUR" for e in events)


def test_a_named_leader_and_his_states_rulers_are_two_parties(code):
    assert ("CONSULT", "IRQ", "IRQ") in triples(code("Iraqi Kurdish leader Jalal Talabani negotiated autonomy with "
                                                     "Baghdad's rulers.", date="1999-01-01"))


@pytest.mark.parametrize("text", [
    "Talabani's fighters fought against the KDP.",
    "The Iraqi army attacked PUK areas near Sulaymaniyah.",
])
def test_iraqi_kurdish_parties_are_iraqi(code, text):
    assert any(e.recipient is not None and e.recipient.code == "IRQ" and e.recipient.sector == "PTY"
               for e in code(text, date="1999-01-01"))


def test_a_government_named_by_its_leader_is_his_side():
    leader = _party("Netanyahu", "leader 'Netanyahu' -> ISR; head of government -> GOV", "ISR")
    government = _party("the Netanyahu government", "leader 'Netanyahu' -> ISR; head of government -> GOV", "ISR")
    assert not body_and_office_holder(government, leader)
