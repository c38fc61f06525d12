"""Breadth of the trigger lexicon, session 21 (issue 14 item 1): verb classes of the CAMEO codebook the lexicon was
silent on — travel verbs as visits (042), hearings as inquiries (090), interceptions as restrictions of movement
(191), objections as rejections (120) — each with the uses that are no event (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import nlp


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 042 make a visit: an official, a leader or a delegation travelling to a party's territory
    ("The Chilean foreign minister journeyed to Lima on Monday.", "journeyed", ("CONSULT", "CHL", "PER")),
    ("The Polish prime minister flew to Kyiv on Friday.", "flew", ("CONSULT", "POL", "UKR")),
    # CAMEO 090 investigate: hearings into a party's conduct
    ("The Brazilian senate held hearings on the conduct of the Argentine embassy.", "held", ("ACCUSE", "BRA", "ARG")),
    # CAMEO 191 restrict movement: a ship, a boat or a convoy intercepted
    ("The Greek navy intercepted a Turkish vessel near Rhodes.", "intercepted", ("COERCE", "GRC", "TUR")),
    # CAMEO 120 reject: an objection to a party's plan
    ("Egypt raised objections to the Ethiopian dam plan.", "raised", ("REJECT", "EGY", "ETH")),
])
def test_new_classes_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    # travel by anyone but an official, a leader or a delegation is no visit
    ("Thousands of Syrian refugees flew to Greece on Monday.", "flew"),
    ("Israeli warplanes flew to the Lebanese border.", "flew"),
    # intercepting a missile or a call is no restriction of a party's movement
    ("Israeli air defences intercepted a missile fired from Lebanon.", "intercepted"),
    ("The Iranian army intercepted a drone over the Gulf.", "intercepted"),
])
def test_new_classes_stay_out_of_other_senses(code, text, trigger):
    assert not _types(code(text), trigger)


def test_a_travel_verb_hung_on_its_subject_as_a_clause_takes_the_noun_as_traveller(settings, code):
    # the parser reads the finite verb as a clause describing the delegation ('acl'), not as its predicate: the
    # delegation still travels; a passive participle's noun ("officials flown to X") is carried, not travelling
    text = "A delegation of Chilean trade officials journeyed to Lima for talks."
    verb = next(t for t in next(nlp.parse([text], model=settings.spacy_model)) if t.text == "journeyed")
    assert verb.dep_ == "acl"
    assert "CONSULT" in _types(code(text), "journeyed")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 0842 return property: restituted, as handed back
    ("The Belgian government restituted the looted statues to Congo.", "restituted", ("RETREAT", "BEL", "COD")),
    # CAMEO 166 expel individuals: an envoy sent home, as expelled
    ("The Lithuanian government sent home the Chinese ambassador.", "sent", ("SANCTION", "LTU", "CHN")),
])
def test_return_and_expulsion_idioms_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)



def test_an_officials_flight_to_meet_a_party_is_one_visit_that_happened(code):
    # the purpose infinitive ("to meet") is the same meeting as the visit: one CONSULT, at the travel verb, occurred
    events = [e for e in code("The Peruvian foreign minister flew to Santiago to meet Chilean officials.")
              if e.event_type == "CONSULT"]
    assert [(e.trigger.text, e.status) for e in events] == [("flew", "occurred")]
    assert ("CONSULT", "PER", "CHL") in triples(events)
