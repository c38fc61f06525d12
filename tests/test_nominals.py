"""Nouns that name no specific event (dyads.nominals) and the status nominals take from their modifiers."""
from __future__ import annotations

import pytest


def _at(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger", [
    # a detail of another noun's description, with no party, time or place of its own
    ("The Chilean peace movement, lacking a clear target for its protests, is largely silent.", "protests"),
    # a predicate or a comparison describes, it reports no action
    ("This could be one of the worst Syrian attacks in history.", "attacks"),
    ("The Kenyan strike was seen as a protest against Uganda.", "protest"),
    # a kind or a danger, not an occurrence
    ("Nobody in Kenya likes the risk of Ugandan sanctions.", "sanctions"),
])
def test_nominal_that_names_no_occurrence_codes_nothing(code, text, trigger):
    assert not _at(code(text), trigger)


@pytest.mark.parametrize("text, trigger, status", [
    ("Villagers fled, fearing the Turkish assault that would inevitably follow.", "assault", "hypothetical"),
    ("Residents fear an imminent blockade of the city by Turkish forces.", "blockade", "hypothetical"),
    ("Peru is considering sanctions against Chile.", "sanctions", "hypothetical"),
    ("Chile prepared for its upcoming summit with Peru.", "summit", "planned"),
])
def test_nominal_takes_the_status_of_its_modifiers_and_governors(code, text, trigger, status):
    events = _at(code(text), trigger)
    assert events and all(e.status == status for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("The Turkish attack on Afrin killed 20 civilians.", "attack"),
    ("Arsal was a focal point of clashes between Hezbollah and Syrian rebels.", "clashes"),
    ("Mr Ruto's recent threats against Uganda alarmed diplomats.", "threats"),
])
def test_nominal_reporting_a_specific_action_still_codes(code, text, trigger):
    events = _at(code(text), trigger)
    assert events and events[0].status == "occurred"



@pytest.mark.parametrize("text", [
    "Peru released a Chilean sailor who had been held for a year on spying charges.",
    "Peru released a Chilean national on Thursday who had been held for more than a year on spying charges, the "
    "Chilean foreign ministry said.",
    "Bolivian police arrested two Peruvian traders on charges of smuggling.",
])
def test_charges_as_the_grounds_of_an_arrest_are_no_accusation(code, text):
    assert not [e for e in code(text) if e.trigger.text == "charges"]


def test_charges_brought_by_a_party_are_still_an_accusation(code):
    assert any(e.event_type == "ACCUSE" for e in code("Peruvian prosecutors brought charges against Chile's consul."))


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister announced the agreement in Nairobi on Monday.",
    "The UN has drafted a treaty banning cluster munitions.",
    "Ugandan officials called the deal a good one.",
])
def test_an_agreement_named_as_a_document_without_its_parties_codes_nothing(code, text):
    assert not [e for e in code(text) if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Kenya announced its agreement with Uganda on Monday.",
    "The deal between Chile and Peru was announced on Monday.",
])
def test_an_agreement_that_names_its_parties_still_codes(code, text):
    assert [e for e in code(text) if e.event_type == "AGREE"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenyan families fled the fighting in Mogadishu.", "fighting"),
    ("The Somali government has limited the aid sent to Baidoa.", "aid"),
    ("Chilean officials described the protest as peaceful.", "protest"),
])
def test_a_nominal_whose_governing_verb_does_not_carry_it_out_names_no_actor(code, text, trigger):
    assert not _at(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Russian troops continued the shelling of Kharkiv.", "shelling", "RUS"),
    ("The Kenyan president chaired the summit with Uganda in Addis Ababa.", "summit", "KEN"),
    ("Ugandan civilians live under a blockade imposed by Rwandan troops.", "blockade", "RWA"),
])
def test_a_nominal_carried_out_by_the_subject_of_its_verb_still_codes(code, text, trigger, actor):
    assert actor in {e.actor.code for e in _at(code(text), trigger) if e.actor}, [
        (e.event_type, e.actor and e.actor.code) for e in code(text)]


def test_an_agreement_its_subject_makes_names_its_party(code):
    assert [e for e in code("Kenya cut a deal with Uganda on Monday.") if e.event_type == "AGREE"]


def test_a_suffered_act_whose_doer_is_named_still_codes(code):
    events = code("The Kurds of Iran have suffered persecution at the hands of the Iranian government.")
    assert "IRN" in {e.actor.code for e in _at(events, "persecution") if e.actor}
