"""Whom an accusation is aimed at ends before its charge; a party name shared by several states belongs, in a sentence
opening "In <country>,", to that country. Sentences are invented."""
from __future__ import annotations

from spacy.tokens import Doc

from conftest import triples
from dyads import nlp
from dyads.events.syntax import phrase
from dyads.settings import load_settings


def _parse(text: str) -> Doc:
    return nlp.load(load_settings().spacy_model)(text)


def _object_phrase(text: str, head: str) -> str:
    doc = _parse(text)
    return phrase(next(t for t in doc if t.text == head)).text


def test_a_gerund_charge_is_no_part_of_the_accused(code):
    text = "Georgia's prime minister accused the alliance of failing to protect Georgia."
    assert _object_phrase(text, "alliance") == "the alliance"
    assert ("ACCUSE", "GEO", "GEO") not in triples(code(text))


def test_a_charge_noun_after_a_verb_of_accusing_is_cut_off():
    assert _object_phrase("Prosecutors charged the two engineers of sabotage last week.", "engineers") \
        == "the two engineers"


def test_an_of_phrase_naming_a_state_stays_part_of_the_phrase():
    assert _object_phrase("Bolivia accused the head of the Peruvian trade mission of lying.", "head") \
        == "the head of the Peruvian trade mission"


def test_a_possessive_of_phrase_stays_when_no_charge_follows():
    assert _object_phrase("Chile expelled the ambassador of Peru.", "ambassador") == "the ambassador of Peru"


def test_a_party_name_in_a_sentence_set_in_another_country_is_that_countrys(code):
    found = triples(code("In Norway, the opposition Social Democrats urged the government to raise pensions."))
    assert ("REQUEST", "NOR", "NOR") in found and not any(t[1] == "USA" for t in found)


def test_a_party_name_keeps_its_table_state_when_the_sentence_names_it(code):
    found = triples(code("In Sweden, the Democrats accused the United States of meddling."))
    assert not any(t[0] == "ACCUSE" and t[1] == "SWE" for t in found)


def test_a_frame_naming_the_parties_own_state_changes_nothing(code):
    found = triples(code("In Britain, the Conservatives accused France of blocking the deal."))
    assert ("ACCUSE", "GBR", "FRA") in found


def _status(events, event_type):
    return {e.status for e in events if e.event_type == event_type}


def test_a_past_act_is_not_planned_by_a_later_date_of_its_object(code):
    events = code("Romania's government withdrew its draft budget for 2027 on Tuesday after protests.", date="2026-03-05")
    assert _status(events, "RETREAT") == {"occurred"}


def test_a_perfect_threat_is_made_whatever_date_its_threatened_act_has(code):
    events = code("Chile has threatened to impose tariffs on Peruvian goods from next week.", date="2024-05-17")
    assert "occurred" in _status(events, "THREATEN")


def test_a_call_made_is_not_planned_by_the_meeting_it_invites_to(code):
    events = code("The UN envoy called on the Libyan parties to stop fighting and invited them to talks in Geneva "
                  "next week.")
    assert _status(events, "REQUEST") == {"occurred"}


def test_a_meeting_convened_for_a_later_day_stays_planned(code):
    assert _status(code("Chile convened a meeting with Peru for next Monday."), "CONSULT") == {"planned"}


def test_a_strike_called_for_a_later_day_stays_planned(code):
    events = code("Nigerian unions called a strike for next Friday to protest against the fuel price.")
    assert _status(events, "PROTEST") == {"planned"}


def test_rejected_findings_are_aimed_at_their_authors_not_at_home(code):
    events = code("A UN panel accused Ethiopia of abuses in Tigray. The government rejected the findings.")
    rejects = [e for e in events if e.event_type == "REJECT"]
    assert rejects and all(e.recipient is None or e.recipient.code != "ETH" for e in rejects)


def test_denied_charges_stay_a_domestic_rejection(code):
    found = triples(code("Two Moldovan opposition leaders were arrested on Monday. Both men denied the charges."))
    assert not any(t[0] == "REJECT" and t[2] not in (None, "MDA") for t in found)


def test_the_stages_of_one_attack_on_one_country_are_one_event(code):
    events = [e for e in code("A Turkish drone strike on a truck in northern Syria killed two Kurdish commanders on "
                              "Monday.") if e.event_type == "ASSAULT"]
    assert len([e for e in events if e.actor and e.actor.code == "TUR" and e.recipient
                and e.recipient.code == "SYR"]) == 1


def test_attacks_on_two_countries_in_one_sentence_stay_two_events(code):
    found = triples(code("Russian missiles struck a power plant in Kharkiv and killed three Moldovan truck drivers."))
    assert ("ASSAULT", "RUS", "UKR") in found and ("ASSAULT", "RUS", "MDA") in found
