"""Reactions to an earlier event are aimed at its author: "condemned the strike", "denied the charge"."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import anaphors


@pytest.mark.parametrize("text, want", [
    ("Bolivian jets bombed a village in Paraguay on Monday. Paraguay condemned the attack on Tuesday.",
     ("ACCUSE", "PRY", "BOL")),
    ("Chile accused Peru of stealing its water. Peru's foreign ministry denied the charge.",
     ("REJECT", "PER", "CHL")),
    ("Bolivia released two Paraguayan sailors on Friday. The Paraguayan president welcomed the release.",
     ("SUPPORT", "PRY", "BOL")),
    ("Bolivia expelled three Paraguayan diplomats. Paraguay rejected the decision as hostile.",
     ("REJECT", "PRY", "BOL")),
])
def test_a_reaction_to_an_earlier_event_is_aimed_at_its_author(code, text, want):
    assert want in triples(code(text))


def test_a_claim_denied_in_a_relative_clause_is_the_accusers(code):
    text = "Chile accused Peru of spying on its navy, a charge the Peruvian government denies."
    assert ("REJECT", "PER", "CHL") in triples(code(text))


def test_another_partys_reaction_is_never_the_referent_of_the_decision(code):
    # "the decision" is Bolivia's expulsion, not Paraguay's condemnation of it
    text = ("Bolivia expelled three Paraguayan diplomats. Paraguay condemned the expulsions. "
            "Later, Chile condemned the decision.")
    found = triples(code(text))
    assert ("ACCUSE", "CHL", "PRY") not in found and ("ACCUSE", "CHL", "BOL") in found


def test_a_reaction_with_no_earlier_act_keeps_its_recipient(code):
    found = code("Peru's foreign ministry denied the charge on Monday.")
    assert all(e.recipient is None or e.recipient.code == "PER" for e in found if e.event_type == "REJECT")


def test_an_indefinite_object_refers_to_nothing_before(code):
    text = "Bolivian jets bombed a village in Paraguay. Chile condemned an attack on its embassy in Lima."
    assert ("ACCUSE", "CHL", "BOL") not in triples(code(text))


def test_anaphor_nouns_name_known_event_types():
    kinds = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    table = anaphors.nouns()
    assert table["strike"] == {"ASSAULT"} and "ACCUSE" not in table["decision"]
    assert all(types and types <= kinds for types in table.values())


@pytest.mark.parametrize("text, want", [
    ("Iraq's prime minister called for the withdrawal of Turkish troops from the north.", ("REQUEST", "IRQ", "TUR")),
    ("Chile demanded the resignation of the Peruvian foreign minister.", ("REQUEST", "CHL", "PER")),
])
def test_a_request_for_an_agents_act_is_aimed_at_the_agent(code, text, want):
    assert want in triples(code(text))


def test_a_request_for_an_act_done_to_someone_is_not_aimed_at_them(code):
    # "release" is done by whoever holds them: the journalists are not asked to act
    found = code("Chile's president called for the release of the journalists.")
    assert all(e.recipient is None or e.recipient.code != "CHL" for e in found if e.event_type == "REQUEST")
    assert "release" not in anaphors.agent_nouns()


def test_condemning_the_actions_is_aimed_at_the_earlier_hostile_act(code):
    text = ("Chilean coast guard ships fired water cannon at a Peruvian boat on Saturday. "
            "Bolivia condemned the actions and backed its treaty with Peru.")
    assert ("ACCUSE", "BOL", "CHL") in triples(code(text))


def test_a_reaction_beside_another_stance_of_its_actor_is_kept(code):
    # without its recipient, "welcomed" would be dropped as a repeat of "thanked Chile"
    text = "Bolivia released two Paraguayan sailors on Friday. Paraguay's president welcomed the release and " \
           "thanked Chile for its mediation."
    found = triples(code(text))
    assert ("SUPPORT", "PRY", "BOL") in found and ("SUPPORT", "PRY", "CHL") in found


def test_the_lead_event_is_referred_to_three_sentences_later(code):
    text = ("Bolivian jets bombed a village in Paraguay on Monday. Paraguay summoned Bolivia's ambassador. "
            "Bolivia said the village hid smugglers. Chile condemned the attack on Tuesday.")
    assert ("ACCUSE", "CHL", "BOL") in triples(code(text))


def test_the_object_of_a_relative_clause_is_the_noun_it_describes(code):
    text = "Chile imposed sanctions on two Peruvian firms it accused of selling arms to Bolivia's army."
    found = triples(code(text))
    assert ("ACCUSE", "CHL", "PER") in found and ("ACCUSE", "CHL", "BOL") not in found


def test_a_relative_clause_with_its_own_object_keeps_its_recipient(code):
    text = "Chile recalled the envoy who had accused Bolivia of spying."
    assert ("ACCUSE", "CHL", "CHL") not in triples(code(text))


@pytest.mark.parametrize("text, trigger", [
    ("Peru's president resigned on Monday and fled to Chile after weeks of protests.", "resigned"),
    ("The Bolivian government has pledged to curb arrivals and last month signed a deal with Chile.", "pledged"),
])
def test_a_party_of_another_verb_joined_after_the_trigger_is_not_its_recipient(code, text, trigger):
    found = [e for e in code(text) if e.trigger.text == trigger]
    assert found and all(e.recipient is None or e.recipient.code not in ("CHL",) for e in found)


def test_an_object_shared_by_two_verbs_is_still_each_ones(code):
    assert ("ACCUSE", "PER", "CHL") in triples(code("Peru condemned and rejected the decision by Chile."))


@pytest.mark.parametrize("text, want", [
    ("Latvia closed its border with Belarus on Monday. Belarus called the closure a provocation.",
     ("ACCUSE", "BLR", "LVA")),
    ("Chile offered to host talks between the two sides. Bolivia rejected the offer on Friday.",
     ("REJECT", "BOL", "CHL")),
    ("The Estonian parliament approved a bill on Russian schools. Russia condemned the vote.",
     ("ACCUSE", "RUS", "EST")),
])
def test_closures_votes_and_offers_refer_back_to_their_author(code, text, want):
    assert want in triples(code(text))


@pytest.mark.parametrize("text, want", [
    ("Kenyan police arrested the opposition leader on Monday. Kenya's main opposition party condemned the arrest.",
     ("ACCUSE", "KEN", "KEN")),
    ("Colombian rebels freed two kidnapped soldiers on Sunday. The Colombian president welcomed the gesture.",
     ("SUPPORT", "COL", "COL")),
])
def test_a_reaction_at_home_is_aimed_at_the_other_side_of_its_own_country(code, text, want):
    assert want in triples(code(text))


@pytest.mark.parametrize("text, want", [
    ("Latvia accused Belarus of flying balloons over its border. Belarus denied that its army had any role in the "
     "flights.", ("REJECT", "BLR", "LVA")),
    ("Burundi accused Rwanda of backing the rebels. Rwanda's government denied any link to the rebels.",
     ("REJECT", "RWA", "BDI")),
])
def test_a_denial_answers_the_earlier_accusation_against_the_denier(code, text, want):
    assert want in triples(code(text))


def test_a_denial_with_no_accusation_before_finds_no_accuser(code):
    found = triples(code("Chile praised Peru on Monday. Bolivia denied any link to the rebels."))
    assert not any(t[0] == "REJECT" and t[2] in ("CHL", "PER") for t in found)


@pytest.mark.parametrize("text", [
    "Chile says Peru is hiding the rebels, a charge Lima denies.",
    "Chile said on Monday that Peru was hiding the rebels, an allegation Lima rejected.",
])
def test_a_claim_set_beside_what_someone_said_is_answered_to_the_speaker(code, text):
    assert ("REJECT", "PER", "CHL") in triples(code(text))


def test_a_claim_with_no_speaker_names_no_recipient(code):
    assert ("REJECT", "PER", "CHL") not in triples(code("Peru is hiding the rebels, a charge Lima denies."))
