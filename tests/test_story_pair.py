"""The pair a story has set up: coordinated parties acting on "each other" are one another's recipients, and "the
neighbours", "the rivals" stand for the two states named together just before. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "kind"), [
    ("Kenya and Uganda accused each other of violating the truce.", "ACCUSE"),
    ("India and Pakistan blamed one another for the clashes.", "ACCUSE"),
    ("India and Pakistan expelled each other's diplomats.", "SANCTION"),
    ("Kenya and Uganda traded accusations against each other.", "ACCUSE"),
])
def test_coordinated_actors_of_a_reciprocal_object_act_on_one_another(code, text, kind):
    found = triples(code(text))
    first, second = ("KEN", "UGA") if "Kenya" in text else ("IND", "PAK")
    assert (kind, first, second) in found and (kind, second, first) in found


def test_coordinated_actors_without_a_reciprocal_object_keep_their_own_recipient(code):
    found = triples(code("Kenya and Uganda accused Somalia of violating the truce."))
    assert ("ACCUSE", "KEN", "UGA") not in found and ("ACCUSE", "UGA", "KEN") not in found


@pytest.mark.parametrize("noun", ["neighbours", "rivals"])
def test_a_relation_noun_stands_for_the_pair_named_just_before(code, noun):
    found = triples(code(f"Armenia and Azerbaijan held talks in Vienna on Monday. The {noun} agreed to exchange "
                         f"prisoners."))
    assert ("AGREE", "ARM", "AZE") in found and ("AGREE", "AZE", "ARM") in found


def test_a_relation_noun_far_from_any_pair_is_left_alone(code):
    found = triples(code("Armenia and Azerbaijan held talks in Vienna on Monday. Prices rose in the capital. Farmers "
                         "protested in the north. Rain fell all week. The rivals agreed to exchange prisoners."))
    assert not any(t[0] == "AGREE" and t[1] in ("ARM", "AZE") for t in found)


def test_a_ranked_group_phrase_describes_new_parties(code):
    found = triples(code("Sweden and Indonesia signed a trade pact on Monday. Japan pledged $3 billion in aid for the "
                         "two largest Muslim-majority countries in the region."))
    assert not {("AID", "JPN", "SWE"), ("AGREE", "JPN", "SWE")} & found


def test_an_unranked_group_phrase_still_refers_back(code):
    found = triples(code("Sweden and Indonesia held talks on Monday. The two countries agreed to cut tariffs."))
    assert ("AGREE", "SWE", "IDN") in found


def test_papal_names_the_holy_see(code):
    found = triples(code("The papal delegation will meet with rebel leaders in Goma on Monday."))
    assert any(t[0] == "CONSULT" and t[1] == "VAT" for t in found)


def test_a_person_named_again_by_surname_names_a_state_of_the_pair(code):
    found = triples(code("Paraguay's President Santiago Pena pledged on Wednesday to keep ties with Taiwan, rejecting "
                         "pressure from exporters who want access to the Chinese market. Pena hosted Taiwan's foreign "
                         "minister in Asuncion, and the two governments signed a deal for a new school."))
    signed = {t[1:] for t in found if t[0] in ("AGREE", "SUPPORT", "COOPERATE")}
    assert ("PRY", "TWN") in signed and ("TWN", "PRY") in signed


def test_a_counted_group_phrase_is_never_the_one_state_it_is_located_in(code):
    found = triples(code("Officials met in Asuncion on Monday. The two governments signed a deal in Asuncion."))
    assert not any(t[1] == "PRY" for t in found)


def test_both_countries_acted_on_by_a_state_are_not_that_state_nor_the_setting(code):
    found = triples(code("Kenyan police said Ugandan traders had crossed the border. Washington had invited both "
                         "countries to the talks in July, and Swiss Foreign Minister Ignazio Cassis said Switzerland "
                         "would host further rounds."))
    assert not any(t[1] == "USA" and t[2] in ("CHE", "USA") for t in found)


def test_both_sides_in_a_story_set_in_one_state_may_be_its_factions(code):
    found = triples(code("MOGADISHU (Reuters) - Somali troops clashed with regional forces in Gedo on Tuesday. The "
                         "African Union mission urged both sides to stop fighting."))
    assert ("REQUEST", "IGOAFR", "SOM") in found or any(t[0] == "REQUEST" and t[2] == "SOM" for t in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Malian Foreign Minister Abdoulaye Diop arrived in Tripoli on Monday. The minister met Libyan Prime Minister "
     "Abdul Hamid Dbeibah.", ("CONSULT", "MLI", "LBY")),
    ("A French delegation arrived in Nairobi on Monday. The delegation met Kenyan officials to discuss aid.",
     ("CONSULT", "FRA", "KEN")),
])
def test_a_definite_role_noun_takes_the_party_of_the_same_noun_named_before(code, text, expected):
    assert expected in triples(code(text))


def test_a_pair_named_together_is_not_the_both_sides_it_urges(code):
    text = ("Chile suspended peace talks with the rebels on Tuesday after an attack on a base. Norway and Cuba, "
            "guarantors of the talks, urged both sides to return to the negotiating table.")
    events = [e for e in code(text) if e.trigger.text == "urged"]
    assert events and not any(e.recipient and e.recipient.code in ("NOR", "CUB") for e in events), \
        [(e.actor and e.actor.code, e.recipient and e.recipient.code) for e in events]
