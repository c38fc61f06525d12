"""Events named by nouns find their parties in the noun's own phrase: participles and relative clauses naming
the doer, "there was" reports, a by-phrase hung on a verb of suffering, coordinated doers acting together, and
stances toward an act that names its doer and target (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


def _at(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "pairs"), [
    # the by-agent of a participle that carries out the act is its doer
    ("The safe zones were created under a deal brokered by Kenya and Uganda.", "deal", {("KEN", "UGA"), ("UGA", "KEN")}),
    # (its unnamed victims are the army's own country's people: armed forces using force on people of no named
    # country act at home)
    ("Ten people died in a bombing orchestrated by Chilean army officers.", "bombing", {("CHL", "CHL")}),
    # the subject of a relative clause that provides the act is its doer; its to-phrase is the recipient
    ("Peru is alarmed at the aid the Chilean government continues to send to Bolivian rebels.", "aid",
     {("CHL", "BOL")}),
    # an existential "there was" reports an event, it is no predicate
    ("There was a telephone call between the Peruvian and Chilean presidents on Monday.", "call",
     {("PER", "CHL"), ("CHL", "PER")}),
])
def test_a_noun_finds_its_doer_in_its_own_phrase(code, text, trigger, pairs):
    found = {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
             for e in _at(code(text), trigger)}
    assert pairs <= found, found


def test_talks_convened_by_a_mediator_are_not_the_mediators_talks(code):
    events = _at(code("The peace talks, sponsored by Kenya and Uganda, collapsed on Monday."), "talks")
    assert not {(e.actor.code, e.recipient and e.recipient.code) for e in events} & {("KEN", "UGA"), ("UGA", "KEN")}


def test_a_by_phrase_on_a_verb_of_suffering_names_the_doer_of_the_nominal(code):
    events = _at(code("Hundreds of civilians died in the siege of Mosul by Iraqi troops last year."), "siege")
    assert {e.actor.code for e in events} == {"IRQ"}


def test_a_coordinated_group_of_agents_acts_together_not_on_each_other(code):
    events = code("The raids were carried out by Chilean troops and their Peruvian allies.")
    pairs = {(a, r) for t, a, r in triples(events) if t == "ASSAULT"}
    assert ("CHL", "PER") not in pairs and ("PER", "CHL") not in pairs
    assert {a for a, _ in pairs} == {"CHL", "PER"}


def test_a_stance_toward_an_act_naming_doer_and_target_codes_both(code):
    types = {t for t, a, r in triples(code("Peru condemned the Chilean invasion of Bolivia on Monday."))}
    assert {"ACCUSE", "ASSAULT"} <= types


@pytest.mark.parametrize("text", [
    "Peru praised the Chilean offensive last week.",  # recalls an act, names no target
    "Peru criticised the lack of Chilean aid.",  # no act of its own
])
def test_a_stance_toward_an_act_without_its_target_absorbs_it(code, text):
    assert {t for t, a, r in triples(code(text))} <= {"ACCUSE", "SUPPORT"}


def test_a_conjunct_of_a_light_verb_object_is_part_of_it(code):
    events = code("Chile held talks and consultations with Peru on Monday.")
    assert len([e for e in events if e.event_type == "CONSULT" and e.actor.code == "CHL"]) == 1


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("The withdrawal of Kenyan troops from Somalia began on Monday.", "withdrawal", ("KEN", "SOM")),
    ("The visit of the Chilean president to Peru ended on Monday.", "visit", ("CHL", "PER")),
])
def test_some_act_nouns_name_their_doer_in_the_of_phrase(code, text, trigger, pair):
    assert pair in {(e.actor.code, e.recipient and e.recipient.code) for e in _at(code(text), trigger)}


def test_the_of_phrase_of_other_act_nouns_is_what_the_act_befalls(code):
    events = _at(code("The Chilean siege of Bolivian towns lasted a month."), "siege")
    assert {(e.actor.code, e.recipient and e.recipient.code) for e in events} == {("CHL", "BOL")}


def test_an_onslaught_is_an_assault(code):
    assert ("ASSAULT", "SYR", "SYR") in triples(code("The Syrian army's onslaught against rebel-held Ghouta went on."))


def test_a_speaker_after_a_meeting_took_part_in_it(code):
    events = code("Peru will send aid, the Chilean president said after talks with his Bolivian counterpart.")
    assert ("CONSULT", "CHL", "BOL") in triples(events)


def test_a_speaker_after_an_attack_did_not_carry_it_out(code):
    events = code("Bolivia will respond, the Chilean president said after an attack on Bolivian troops.")
    assert not any(t == "ASSAULT" and a == "CHL" for t, a, r in triples(events))


def test_a_campaign_to_retake_a_place_by_force_is_an_assault(code):
    assert ("ASSAULT", "PER", "CHL") in triples(code("Peru began a campaign to retake the islands from Chile."))


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("The blockade imposed by Saudi Arabia on Qatar has lasted a year.", "blockade", ("SAU", "QAT")),
    ("Moscow condemned the sanctions imposed by the EU on Russia last week.", "sanctions", ("IGOEEC", "RUS")),
])
def test_a_conducting_participle_names_the_target_too(code, text, trigger, pair):
    found = {(e.actor.code, e.recipient and e.recipient.code) for e in _at(code(text), trigger)}
    assert pair in found, found


@pytest.mark.parametrize(("text", "triple"), [
    ("Kenya agreed to the plan after days of talks with Ugandan officials.", ("CONSULT", "KEN", "UGA")),
    ("Peru launched its offensive after the Chilean raid on Peruvian border posts.", ("ASSAULT", "CHL", "PER")),
    ("Kenyan police launched a wave of arrests of students in Nairobi.", ("COERCE", "KEN", "KEN")),
])
def test_an_act_placed_in_time_by_another_is_coded_when_it_names_its_parties(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Police arrested dozens of students after Monday's protests in Nairobi.", "PROTEST"),  # police did not protest
    ("The Kenyan government faced a wave of protests on Monday.", "PROTEST"),  # facing is no protesting
    ("Monitors say 500 civilians have died in two months of fighting.", "ASSAULT"),  # the dead did not fight
])
def test_who_acts_around_an_act_did_not_do_it(code, text, kind):
    assert not [e for e in code(text) if e.event_type == kind and e.actor is not None and e.actor.code]


@pytest.mark.parametrize(("text", "kind"), [
    ("Chile has repeatedly blocked a round of talks with Peru.", "CONSULT"),  # blocking talks is no taking part
    ("In the morning there was a meeting in a nearby room.", "CONSULT"),  # no party named
    ("Hundreds gathered in Lima to commemorate the day of the massacre.", "ASSAULT"),
])
def test_a_run_of_events_or_an_existential_names_no_party_by_itself(code, text, kind):
    assert not [e for e in code(text) if e.event_type == kind and e.status == "occurred"]
