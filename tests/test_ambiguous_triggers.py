"""Ambiguous triggers (strike, fire, call, release, charge, cut, block, hold, take, seize, force) take their
sense from their arguments: each word in a sentence where it is an event of one type and one where it is
another type or none (invented sentences)."""
from __future__ import annotations

import pytest


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "types"), [
    ("Israeli jets struck Hamas positions in Gaza on Monday.", "struck", {"ASSAULT"}),
    ("Nigerian doctors went on strike over unpaid wages.", "strike", {"PROTEST"}),
    ("The two governments struck a deal on fishing rights.", "struck", {"AGREE"}),
    ("The army fired on protesters in Yangon.", "fired", {"ASSAULT"}),
    ("Kenya fired its finance minister on Tuesday.", "fired", set()),
    ("Iran released two French hostages on Friday.", "released", {"RETREAT"}),
    ("The Russian ministry released a statement on Friday.", "released", set()),
    ("Prosecutors charged the former Brazilian president with corruption.", "charged", {"ACCUSE"}),
    ("Riot police charged into the crowd of protesters in Santiago.", "charged", {"ASSAULT"}),
    ("The Kenyan bank charged a fee for the transfer.", "charged", set()),
    ("Washington cut military aid to Egypt.", "cut", {"SANCTION"}),
    ("Protesters blocked the main highway into La Paz.", "blocked", {"PROTEST"}),
    ("Russia blocked a UN Security Council resolution on Syria.", "blocked", {"REJECT"}),
    ("Chinese and Russian officials held talks in Beijing.", "held", {"CONSULT"}),
    ("Thousands of Chilean students held a rally in Santiago.", "held", {"PROTEST"}),
    ("The Turkish minister held office for six years.", "held", set()),
    ("Rebels in Congo took control of the town of Goma.", "took", {"ASSAULT"}),
    ("Egyptian authorities seized the assets of the Muslim Brotherhood.", "seized", {"COERCE"}),
    ("Ukrainian forces seized the village from Russian troops.", "seized", {"ASSAULT"}),
    ("Israeli settlers forced Palestinian families out of their homes.", "forced", {"COERCE"}),
    ("The Colombian president called on the rebels to lay down their weapons.", "called", {"REQUEST"}),
    ("Putin called Erdogan on Tuesday to discuss Syria.", "called", {"CONSULT"}),
])
def test_an_ambiguous_trigger_takes_the_sense_its_arguments_give(code, text, trigger, types):
    assert _types(code(text), trigger) == types


def test_police_with_no_country_act_in_the_country_of_those_they_charge(code):
    events = [e for e in code("Prosecutors charged the former Brazilian president with corruption.")
              if e.event_type == "ACCUSE"]
    assert [(e.actor.code, e.actor.sector) for e in events] == [("BRA", "JUD")]
    assert "acts at home" in events[0].actor.why


@pytest.mark.parametrize(("text", "triple"), [
    ("The Nigerian president called off his planned visit to Uganda.", ("REJECT", "NGA", "UGA")),
    ("The Nicaraguan president canceled a trip to Moscow.", ("REJECT", "NIC", "RUS")),
])
def test_calling_off_a_meeting_is_a_rejection_not_a_concession(code, text, triple):
    from conftest import triples
    found = triples(code(text))
    assert triple in found
    assert not {t for t in found if t[0] in ("CONCEDE", "SANCTION", "CONSULT")}


def test_calling_off_a_strike_stays_a_concession(code):
    assert "CONCEDE" in _types(code("Kenyan doctors called off their strike on Monday."), "called")


@pytest.mark.parametrize(("text", "trigger", "types"), [
    # a warning of a danger is no threat; a warning of one's own hostile act is
    ("The United Nations warns of unprecedented levels of suffering in Yemen.", "warns", set()),
    ("Kenyan charities warned that thousands could be forced to return.", "warned", set()),
    ("Iran warned Israel that it would retaliate against any attack.", "warned", {"THREATEN"}),
    # insisting that something is true asserts it; insisting on something or that someone act demands it
    ("Russia insisted that the Sochi talks complement the Geneva process.", "insisted", set()),
    ("Moscow insists that the Kurds should have a seat at the table.", "insists", {"REQUEST"}),
    ("The Thai protesters insisted on the resignation of the prime minister.", "insisted", {"REQUEST"}),
    ("The militant group, Hamas, insisted that Israel release its fighters.", "insisted", {"REQUEST"}),
    # a vow to cooperate is an agreement; a vow not to allow something or to crush someone is a threat
    ("China vowed to deepen cooperation with Pakistan.", "vowed", {"AGREE"}),
    ("Turkey has vowed not to allow Kurdish groups to dominate its border with Syria.", "vowed", {"THREATEN"}),
    ("Islamic State fighters vowed to exterminate the Yazidis in Iraq.", "vowed", {"THREATEN"}),
    ("The Indian government vowed not to raise taxes.", "vowed", set()),
    # ousting, toppling or retaking by force is hostile too
    ("Venezuela's opposition leader vowed to topple President Maduro.", "vowed", {"THREATEN"}),
    ("Ukraine's president vowed to retake Crimea from Russia.", "vowed", {"THREATEN"}),
])
def test_speech_acts_take_their_type_from_their_complement(code, text, trigger, types):
    assert _types(code(text), trigger) == types


@pytest.mark.parametrize(("text", "trigger", "types"), [
    ("Thousands of Syrian refugees returned to their homes in Homs last week.", "returned", set()),
    ("Former Chilean exiles have been returning to Santiago since March.", "returning", set()),
    ("Syria returned the captured Turkish soldiers to Ankara on Monday.", "returned", {"RETREAT"}),
    ("The captured land was returned to Syria by Turkey.", "returned", {"RETREAT"}),
    ("Turkish troops returned home from Syria on Monday.", "returned", {"RETREAT"}),
])
def test_going_back_somewhere_is_no_retreat_but_handing_back_is(code, text, trigger, types):
    assert _types(code(text), trigger) == types


@pytest.mark.parametrize(("text", "trigger", "types"), [
    ("Germany recognised Croatia as an independent state.", "recognised", {"SUPPORT"}),
    ("Germany recognised the new government of Kosovo.", "recognised", {"SUPPORT"}),
    ("The Peruvian president said Peru recognizes those who fled from Venezuela.", "recognizes", set()),
    ("Chile faces a crisis that the Peruvian government recognized as grave.", "recognized", set()),
])
def test_recognition_is_support_only_of_a_party(code, text, trigger, types):
    assert _types(code(text), trigger) == types


@pytest.mark.parametrize(("text", "trigger", "types"), [
    ("Chilean students demonstrated that the police had lied.", "demonstrated", set()),
    ("Chilean students demonstrated against the Peruvian embassy in Santiago.", "demonstrated", {"PROTEST"}),
    ("Chile recognized that the conflict with Peru was long.", "recognized", set()),
    ("Chile recognized Kosovo in 2008.", "recognized", {"SUPPORT"}),
])
def test_a_that_clause_says_what_was_shown_or_acknowledged(code, text, trigger, types):
    assert _types(code(text), trigger) == types


@pytest.mark.parametrize(("text", "trigger", "types"), [
    ("Chile massed 5,000 soldiers near the Peruvian border.", "massed", {"MOBILIZE"}),
    ("Russian tanks have massed near the Ukrainian border.", "massed", {"MOBILIZE"}),
    ("Hundreds of Syrian defectors have massed in Idlib province.", "massed", set()),
])
def test_massing_is_mobilization_only_of_forces(code, text, trigger, types):
    assert _types(code(text), trigger) == types
