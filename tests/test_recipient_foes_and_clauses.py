"""Recipients that are not the target of the act: the common foe of a cooperative act ("allied *against* X"), the
of-phrase of a nominal whose target stands in an against/on phrase ("the attack *of X* on Y": X does it), and the
parties of another act's adverbial clause inside a complement ("urged Y to leave *when Z crossed the border*")."""
from __future__ import annotations

from conftest import triples


def test_common_foe_of_cooperation_is_no_recipient(code):
    found = code("Russia is cooperating with Iran against the rebels.")
    assert ("COOPERATE", "RUS", "IRN") in triples(found)
    assert not any(e.recipient is not None and e.recipient.text == "the rebels" for e in found)


def test_allied_against_a_foe_does_not_code_the_foe(code):
    found = code("Chadian and Nigerien troops who had allied against Boko Haram have now turned on each other.")
    assert not any(e.event_type == "COOPERATE" and e.recipient is not None and e.recipient.text == "Boko Haram"
                   for e in found)


def test_a_hostile_act_keeps_its_against_phrase(code):
    found = code("Ethiopia launched an offensive against Eritrea on Monday.")
    assert ("ASSAULT", "ETH", "ERI") in triples(found)


def test_of_phrase_beside_a_target_is_the_doer(code):
    found = code("The attack of Hamas on Israel shocked the world.")
    assert any(e.event_type == "ASSAULT" and e.recipient is not None and e.recipient.code == "ISR" for e in found)
    assert not any(e.recipient is not None and e.recipient.text == "Hamas" for e in found)


def test_of_phrase_without_a_party_target_stays_the_patient(code):
    found = code("Russia condemned the imposition of sanctions on Iran.")
    assert ("ACCUSE", "RUS", "IRN") in triples(found)


def test_date_after_on_is_no_target(code):
    found = code("Poland condemned the invasion of Ukraine on 24 February.")
    assert not any(e.actor is not None and e.actor.code == "UKR" for e in found)


def test_party_of_a_time_clause_inside_a_complement_is_no_recipient(code):
    found = code("Chile urged its citizens to leave when Peruvian troops crossed the border.")
    assert not any(e.event_type == "REQUEST" and e.recipient is not None and e.recipient.code == "PER" for e in found)


def test_condition_clause_still_names_the_threatened(code):
    found = code("Iran threatened to close the strait if the United States attacked its ships.")
    assert ("THREATEN", "IRN", "USA") in triples(found)


def test_subject_of_a_coordinated_clause_is_no_recipient(code):
    found = code("Kenya won Ethiopia's support for the plan, but Somalia has long objected to it.")
    assert ("SUPPORT", "ETH", "KEN") in triples(found)
    assert ("SUPPORT", "ETH", "SOM") not in triples(found)


def test_subject_of_a_coordinated_act_is_no_recipient(code):
    found = code("Chile protested on Monday, and Peru recalled its ambassador from Bolivia.")
    assert not any(e.actor is not None and e.actor.code == "CHL" and e.recipient is not None
                   and e.recipient.code == "PER" for e in found)


def test_a_coordinated_report_names_the_counterpart(code):
    found = code("Japan agreed to lift curbs on exports of three chemicals, and Seoul said it would drop its complaint.")
    assert any(e.actor is not None and e.actor.code == "JPN" and e.recipient is not None
               and e.recipient.code == "KOR" for e in found)


def test_agents_of_a_fronted_participle_are_no_recipients(code):
    found = code("Isolated by Egypt and Sudan, Ethiopia's offer of talks was seen as a gamble.")
    assert not any(e.recipient is not None and e.recipient.code in ("EGY", "SDN") for e in found)
    found = code("Kenya condemned a blockade imposed by Somalia.")
    assert ("ACCUSE", "KEN", "SOM") in triples(found)


def test_parties_of_a_fronted_participle_clause_are_no_recipients(code):
    found = code("Increasingly isolated in the dispute by Egypt and Sudan, Ethiopia's offer of talks was seen as a gamble.")
    assert not any(e.event_type == "AGREE" and e.recipient is not None and e.recipient.code in ("EGY", "SDN")
                   for e in found)


def test_forum_of_a_legal_filing_is_no_recipient(code):
    found = code("Gabon filed a case at the International Court of Justice on Friday accusing Cameroon of violating "
                 "the border treaty.")
    assert ("ACCUSE", "GAB", "CMR") in triples(found)
    assert not any(e.recipient is not None and e.recipient.code.startswith("IGO") for e in found)
    found = code("Gabon filed a complaint against Cameroon at the United Nations.")
    assert ("ACCUSE", "GAB", "CMR") in triples(found)
