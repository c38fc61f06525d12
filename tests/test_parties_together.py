"""Coordinated parties acting together or on each other, places that name events, and negating prepositions
(invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


def test_parties_mounting_an_offensive_together_do_not_attack_each_other(code):
    events = code("Russia, Iran and Syrian troops have mounted a new offensive against the opposition in Idlib.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert {e.actor.code for e in assault} == {"RUS", "IRN", "SYR"}, "the offensive itself is coded"
    assert all(e.recipient.text.startswith("the opposition") for e in assault), "each attacks the opposition"


def test_fighting_alongside_each_other_is_no_attack_between_them(code):
    events = code("US-backed rebels and Turkish-supported groups have fought alongside each other in the north.")
    assert not {(a, r) for t, a, r in triples(events) if t == "ASSAULT" and a and r}


@pytest.mark.parametrize(("text", "pair"), [
    ("Indian and Pakistani troops clashed along the border on Sunday.", ("IND", "PAK")),
    ("Armenia and Azerbaijan fought each other over the enclave.", ("ARM", "AZE")),
    ("China and Russia agreed to expand their trade.", ("CHN", "RUS")),
])
def test_mutual_acts_of_coordinated_subjects_stay_mutual(code, text, pair):
    found = {(a, r) for _, a, r in triples(code(text))}
    assert pair in found and pair[::-1] in found


def test_a_city_naming_talks_is_where_they_are_held_not_who_talks(code):
    events = code("The Sochi peace talks, brokered by Russia, collapsed on Tuesday.")
    assert not [e for e in events if e.actor is not None and e.actor.text.startswith("Sochi")]


def test_an_offensive_named_after_a_city_is_not_the_city_acting(code):
    events = code("The Aleppo offensive killed 40 civilians.")
    assert not [e for e in events if e.actor is not None and e.actor.code == "SYR" and e.actor.sector == "CVL"]


def test_a_city_modifying_a_role_locates_it(code):
    events = code("Aleppo residents protested against the government on Friday.")
    protest = [e for e in events if e.event_type == "PROTEST"]
    assert protest and protest[0].actor.code == "SYR"


@pytest.mark.parametrize("text", [
    "A Turkish foreign ministry official declined to comment on the announcement.",
    "The Russian embassy refused to confirm the report.",
])
def test_declining_to_comment_is_no_rejection(code, text):
    assert not [e for e in code(text) if e.event_type == "REJECT"]


def test_refusing_an_offer_is_still_a_rejection(code):
    assert ("REJECT", "IRN", "USA") in triples(code("Iran refused to accept the American offer of talks."))


def test_talks_that_ended_without_agreement_agreed_nothing(code):
    events = code("The talks between Serbia and Kosovo ended without agreement on Monday.")
    assert all(e.status == "negated" for e in events if e.event_type == "AGREE")


def test_a_request_with_no_addressee_gets_no_invented_recipient(code):
    events = [e for e in code("The Kenyan government requested more time.") if e.event_type == "REQUEST"]
    assert events and all(e.recipient is None or e.recipient.start != e.actor.start for e in events)


@pytest.mark.parametrize(("text", "pairs"), [
    # the object of "discuss" is the topic; the partner is the co-subject or the "with" phrase
    ("Kerry and Lavrov discussed Syria in Geneva.", {("USA", "RUS"), ("RUS", "USA")}),
    ("The Japanese foreign minister discussed North Korea with his South Korean counterpart.", {("JPN", "KOR")}),
    ("Germany's chancellor discussed the war in Ukraine with the Polish president.", {("DEU", "POL")}),
])
def test_the_topic_of_a_discussion_is_no_party_to_it(code, text, pairs):
    found = {(a, r) for t, a, r in triples(code(text)) if t == "CONSULT"}
    assert pairs <= found and not any(r in ("SYR", "PRK", "UKR") or r is None for _, r in found)


@pytest.mark.parametrize("text", [
    "The international coalition against Isis has killed 60,000 fighters.",
    "A new alliance against the Houthis bombed the port on Monday.",
])
def test_the_foe_named_in_an_actor_phrase_is_not_the_actor(code, text):
    actors = {a for t, a, r in triples(code(text)) if t == "ASSAULT"}
    assert not actors & {"IMGREB", "IMG", "YEM"}


def test_members_named_in_an_actor_phrase_still_act(code):
    assert ("ZAF" in {a for t, a, r in triples(code("Workers affiliated with the ANC protested in Durban."))
                      if t == "PROTEST"})


def test_a_relative_clause_describing_its_antecedents_partnership_is_one_sided(code):
    found = {(a, r) for t, a, r in triples(code(
        "Paris, which cooperated with the Tuareg rebels in 2012, expelled the ambassador.")) if t == "COOPERATE"}
    assert ("FRA", "MLI") in found and ("MLI", "FRA") not in found


@pytest.mark.parametrize("text", [
    "The stalled UN talks on Cyprus are due to resume in Geneva next month.",
    "Progress was made at the UN-brokered peace talks in Vienna on Friday.",
    "Delegates arrived for the United Nations conference on climate in Bonn.",
])
def test_an_international_body_naming_talks_convenes_them_and_is_no_party_to_them(code, text):
    assert not [e for e in code(text) if e.actor is not None and (e.actor.code or "").startswith("IGO")]


def test_an_international_body_that_holds_talks_itself_is_a_party(code):
    assert ("CONSULT", "IGOUNO", "IRN") in triples(code("The UN held talks with Iran on Monday."))


def test_a_country_name_coordinated_with_a_demonym_before_one_noun_names_two_parties(code):
    # "US and French officials": the parser hangs "US" on the noun as nmod, "French" as its conjunct
    events = code("US and French officials met in Paris on Friday.")
    assert {(e.event_type, e.actor.code, e.recipient.code if e.recipient else None) for e in events} == {
        ("CONSULT", "USA", "FRA"), ("CONSULT", "FRA", "USA")}
