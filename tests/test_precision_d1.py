"""Precision fixes on real-news text (session 10, D1): acts of private individuals on no political party, a
reciprocal pronoun of another verb, adverbs of speculation. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from dyads import nlp, senses
from dyads.lexicon import Entry
from dyads.settings import load_settings


def _types(events, status=("occurred", "planned")):
    return {(e.event_type, e.trigger.text) for e in events if e.status in status}


@pytest.mark.parametrize("text", [
    "The widow said she had tried to kill a man who had killed her brother.",
    "A man attacked his neighbour in Lyon on Monday.",
    "Older boys lured the children with promises of sweets.",
    "Her relatives were abducted by two men in Oran.",
])
def test_private_individuals_acting_on_no_party_code_nothing(code, text):
    assert not _types(code(text))


@pytest.mark.parametrize("text, expected", [
    ("A man stabbed two police officers in Lyon on Monday.", ("ASSAULT", "stabbed")),
    ("Hundreds of women marched in Kabul on Sunday.", ("PROTEST", "marched")),
    ("Gunmen killed five villagers in Zamfara on Tuesday.", ("ASSAULT", "killed")),
    ("Kalenjin youths attacked Kikuyu families in Eldoret.", ("ASSAULT", "attacked")),
])
def test_private_individuals_acting_on_a_party_or_in_public_still_code(code, text, expected):
    assert expected in _types(code(text))


def test_reciprocal_pronoun_of_another_verb_makes_no_mutual_act():
    model = nlp.load(load_settings().spacy_model)
    doc = model("Lula and Milei have relied on each other after backing rival candidates in the vote.")
    backing = next(t for t in doc if t.lower_ == "backing")
    entry = Entry("back", "VERB", "", "", "SUPPORT", "", "051", "", "t")
    assert not senses.mutual(backing, entry)
    doc = model("Chile and Peru fought each other for years.")
    fought = next(t for t in doc if t.lower_ == "fought")
    entry = Entry("fight", "VERB", "", "", "ASSAULT", "", "190", "", "t")
    assert senses.mutual(fought, entry)


@pytest.mark.parametrize("text, trigger", [
    ("The monitor said the raid had probably been carried out by the Malian army.", "carried"),
    ("Putin will perhaps visit Ankara next month.", "visit"),
    ("Observers believe the shelling was possibly ordered by the Ruritanian army.", "ordered"),
])
def test_speculation_adverb_makes_hypothetical(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "hypothetical" for e in events)


def test_plain_report_stays_occurred(code):
    assert ("ASSAULT", "bombed") in _types(code("Syrian jets bombed Idlib on Monday, the monitor said."), ("occurred",))


def test_present_tense_conjunct_keeps_its_own_status(code):
    # the parser joins "are" to "would mean": a present-tense verb shares no modal
    text = ("Meanwhile, Kurdish militias, which hoped their gains would mean more aid from Europe, are under "
            "assault from Turkey.")
    assert {e.status for e in code(text) if e.trigger.text == "assault"} == {"occurred"}


def test_planned_and_done_object_occurred(code):
    done = code("Militants have planned and directed attacks on Chile.")
    assert {e.status for e in done if e.trigger.text == "attacks"} == {"occurred"}
    only_planned = code("Militants have planned attacks on Chile.")
    assert {e.status for e in only_planned if e.trigger.text == "attacks"} == {"planned"}


@pytest.mark.parametrize("text", [
    "Students fought in the Spanish civil war.",
    "She said: 'I am going to fight.'",
    "These are the countries that Britain has fought over.",
])
def test_fighting_with_no_opponent_is_no_attack(code, text):
    assert not {t for t in _types(code(text)) if t[0] == "ASSAULT"}


@pytest.mark.parametrize("text, trigger", [
    ("Chile fought Peru in 1879.", "fought"),
    ("Kurdish forces fought against Turkish troops near Afrin on Monday.", "fought"),
    ("Government troops battled Islamist fighters near Gao.", "battled"),
])
def test_fighting_an_opponent_is_an_attack(code, text, trigger):
    assert ("ASSAULT", trigger) in _types(code(text))


@pytest.mark.parametrize("text", [
    "The rebels said they were ready to resume talks with the government only if its offensive stops.",
    "Chile said it was willing to help Peru if asked.",
])
def test_conditional_offer_is_no_stated_willingness(code, text):
    assert not {t for t in _types(code(text)) if t[0] == "AGREE"}


def test_unconditional_offer_and_conditional_threat_stay(code):
    assert ("AGREE", "ready") in _types(code("The rebels said they were ready to resume talks with the government."))
    assert ("THREATEN", "prepared") in _types(code("Iran said it was prepared to retaliate if Israel attacked."))


def _pairs(events, event_type):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == event_type}


def test_coordinated_actors_with_a_named_partner_act_towards_it(code):
    pairs = _pairs(code("Chile and Peru cooperated with Bolivia on the border."), "COOPERATE")
    assert ("CHL", "BOL") in pairs and ("PER", "BOL") in pairs
    assert ("CHL", "PER") not in pairs and ("PER", "CHL") not in pairs
    pairs = _pairs(code("Chile and Peru fought alongside Bolivia."), "COOPERATE")
    assert ("CHL", "PER") not in pairs and ("PER", "CHL") not in pairs


def test_coordinated_actors_with_no_partner_act_on_each_other(code):
    pairs = _pairs(code("Chile and Peru agreed to reopen the border."), "AGREE")
    assert ("CHL", "PER") in pairs and ("PER", "CHL") in pairs


@pytest.mark.parametrize("text, trigger", [
    ("I asked the father to walk out slowly towards the soldiers.", "walk"),
    ("The ministry urged Ruritania to switch recognition to Beijing.", "recognition"),
])
def test_act_one_is_asked_to_do_is_not_done(code, text, trigger):
    assert all(e.status == "hypothetical" for e in code(text) if e.trigger.text == trigger)


def test_request_itself_still_codes(code):
    assert ("REQUEST", "urged") in _types(code("Chile urged Peru to withdraw its troops."))


@pytest.mark.parametrize("text", [
    "Few of the conditions set by the UN were met by the Russians.",
    "Greece has met the targets agreed with the IMF.",
    "The preconditions set by the UN have been met by Russia.",
])
def test_meeting_a_condition_is_no_meeting(code, text):
    assert not {t for t in _types(code(text)) if t[0] == "CONSULT"}


def test_meeting_a_leader_is_a_meeting(code):
    assert ("CONSULT", "met") in _types(code("Putin met Erdogan in Sochi on Monday."))


def test_act_one_is_allowed_to_do_is_a_permission(code):
    text = "Washington would ask the Kurds to withdraw, allowing Ankara to claim it had ousted them."
    assert all(e.status == "hypothetical" for e in code(text) if e.trigger.text == "ousted")


def test_state_named_under_a_permission_goes_on(code):
    from dyads import nlp as _nlp, status
    doc = _nlp.load(load_settings().spacy_model)("The offensive allowed the army to tighten the blockade of Idlib.")
    blockade = next(t for t in doc if t.lower_ == "blockade")
    assert status.status_of(blockade)[0] == "occurred"


@pytest.mark.parametrize("text, trigger", [
    ("Erdogan threatened to send troops, setting the scene for a direct clash between the two allies.", "clash"),
    ("The vote paved the way for a Turkish invasion of Syria.", "invasion"),
    ("The incident gave Russia a pretext for an attack on Georgia.", "attack"),
])
def test_act_made_possible_is_not_reported(code, text, trigger):
    assert not [e for e in code(text) if e.trigger.text == trigger and e.status in ("occurred", "planned")]


def test_talks_with_a_date_set_stay_planned(code):
    events = code("The UN set a date for talks between Chile and Peru.")
    assert {e.status for e in events if e.trigger.text == "talks"} == {"planned"}


@pytest.mark.parametrize("text, trigger", [
    ("The withdrawal of Chilean troops from Peru will begin next month.", "withdrawal"),
    ("Officials said the withdrawal of Chilean troops from Peru would be completed by the summer.", "withdrawal"),
])
def test_nominal_scheduled_by_its_verb_is_planned(code, text, trigger):
    assert {e.status for e in code(text) if e.trigger.text == trigger} == {"planned"}


def test_nominal_subject_of_a_consequence_stays_hypothetical(code):
    events = code("A US pullout from Syria would leave the region open to Iran.")
    assert {e.status for e in events if e.trigger.text == "pullout"} == {"hypothetical"}
