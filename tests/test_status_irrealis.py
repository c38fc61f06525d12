"""Irrealis and unstated dispositions on real news: a wished action (want, hope, wish) is hypothetical, and an
adjective of willingness codes only when its party states it (dyads.status, dyads.events.stated)."""
from __future__ import annotations

import pytest

from conftest import triples

COUNTED = ("occurred", "planned")

WISHED = [
    ("Kenya wants to reassure its ally Uganda.", "reassure"),
    ("The European Union still hopes to send aid to Sudan next year.", "send"),
    ("Ghana wishes to hold talks with Togo.", "hold"),
    ("Kenya wants Ugandan backing for its plan.", "backing"),
]


@pytest.mark.parametrize("text, trigger", WISHED)
def test_a_wished_action_is_hypothetical(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "hypothetical" for e in events), [(e.event_type, e.status) for e in events]


def test_a_plan_stays_planned(code):
    events = [e for e in code("Chile plans to send aid to Peru.") if e.trigger.text == "send"]
    assert events and all(e.status == "planned" for e in events)


UNSTATED = [
    "The Kenyan rebels were finally ready to talk with the government.",
    "Turkey has been unwilling to condemn Russia.",
    "There was no sign that Peru was willing to put pressure on Bolivia.",
    "Peru is eager to exploit the crisis in Chile.",
    "The Ghanaian president was keen to stress that Togo had been consulted.",
]


@pytest.mark.parametrize("text", UNSTATED)
def test_a_disposition_told_by_the_writer_codes_nothing(code, text):
    events = [e for e in code(text) if e.event_type in ("AGREE", "REJECT") and e.status in COUNTED]
    assert not events, [(e.event_type, e.trigger.text) for e in events]


STATED = [
    ("Ghana said it was ready to hold talks with Togo.", ("AGREE", "GHA", "TGO")),
    ('"We are ready to open talks with Togo," the Ghanaian foreign minister said.', ("AGREE", "GHA", "TGO")),
    ("Kenyan officials have made it clear that they are willing to hand over prisoners to Uganda.",
     ("AGREE", "KEN", "UGA")),
    ("Nigeria's president told parliament the country is ready to help Niger.", ("AGREE", "NGA", "NER")),
]


@pytest.mark.parametrize("text, triple", STATED)
def test_a_disposition_its_party_states_codes(code, text, triple):
    assert triple in triples(code(text))


IRREALIS = [
    # an infinitive with a subject of its own brought in by "for"
    ("The border incident gave a pretext for Kenya to launch strikes on Somalia.", "launch"),
    ("The time has come for Kenya to withdraw its troops from Somalia.", "withdraw"),
    # the present of "have to" calls for an action
    ("The plan lacked the levers Kenya has to pressure Uganda.", "pressure"),
    ("Kenya has to pressure Uganda.", "pressure"),
    # ability or possibility
    ("The weak reaction means Kenya can press ahead with its campaign against Somalia.", "press"),
    # an action judged in general
    ("Kenya believes it is preferable to arrest the Somali rebels.", "arrest"),
]


@pytest.mark.parametrize("text, trigger", IRREALIS)
def test_an_action_called_for_allowed_or_possible_is_hypothetical(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "hypothetical" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Kenya had to withdraw its troops from Somalia.", "withdraw"),
    ("Kenya withdrew its troops from Somalia to protect them.", "withdrew"),
])
def test_an_action_done_under_constraint_occurred(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


def test_an_act_named_by_a_noun_under_have_to_did_occur(code):
    events = [e for e in code("Kenya has to end its offensive against Somalia.") if e.trigger.text == "offensive"]
    assert all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("A solution will be a deal between states, where the Kenyans agree with the Ugandans on who keeps influence.",
     "agree"),
    ("The outlines of a deal are clear, in which Kenya backs a Ugandan peace process.", "backs"),
    ("The opposition's Nairobi agreement, which demands the Ugandan president's resignation, was shelved.", "demands"),
])
def test_the_terms_of_a_deal_are_no_act_done(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "hypothetical" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, triple", [
    ("The Nairobi agreement, under which Kenya released 300 Ugandan prisoners, was signed in May.",
     ("RETREAT", "KEN", "UGA")),
    ("Kenya signed a deal with the Ugandan government, which supplies it with weapons.", ("AID", "UGA", "KEN")),
])
def test_an_act_done_under_a_deal_or_by_its_party_codes(code, text, triple):
    assert triple in triples([e for e in code(text) if e.status == "occurred"])


@pytest.mark.parametrize("text, trigger, state", [
    ("He said a deal could not be finalised until Kenya had withdrawn from the Ugandan border.", "withdrawn",
     "hypothetical"),
    ("The deal would take effect after the ratification by the Kenyan parliament.", "ratification", "hypothetical"),
    ("Kenya will respond once Uganda attacks its border posts.", "attacks", "hypothetical"),
    ("Kenya will sign the accord after talks with Uganda on Monday.", "talks", "planned"),
    ("A Kenyan delegation will arrive in Nairobi on Monday after Uganda brokered a deal with the rebels.", "brokered",
     "occurred"),
    ("Kenya withdrew its troops after Uganda attacked its border posts.", "attacked", "occurred"),
])
def test_a_time_clause_of_a_future_or_possible_act_is_to_come(code, text, trigger, state):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == state for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger, state", [
    ("The Kenyan obsession with Somalia could lead to the Kenyan president, William Ruto, reaching a deal with "
     "Ethiopia.", "reaching", "hypothetical"),
    ("Kenya could strike the Somali rebels, killing many civilians.", "killing", "hypothetical"),
    ("Kenyan troops attacked the Somali town, killing five rebels.", "killing", "occurred"),
    ("Kenya said it would not attend the talks, blaming Somalia for the attack.", "blaming", "occurred"),
])
def test_a_participle_shares_the_possibility_of_its_verb(code, text, trigger, state):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == state for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, state", [
    ("Uganda could claim that Kenya attacked its border posts.", "hypothetical"),
    ("Uganda said that Kenya attacked its border posts.", "occurred"),
])
def test_what_is_only_possibly_said_is_not_reported(code, text, state):
    events = [e for e in code(text) if e.trigger.text == "attacked"]
    assert events and all(e.status == state for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger, state", [
    ("Kenya has not yet confirmed that its delegation will attend the talks in Uganda.", "attend", "hypothetical"),
    ("Kenya did not say that Uganda attacked its border posts.", "attacked", "hypothetical"),
    ("Kenya confirmed that its delegation will attend the talks in Uganda.", "attend", "planned"),
])
def test_what_is_not_said_is_not_reported(code, text, trigger, state):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == state for e in events), [(e.event_type, e.status) for e in events]
