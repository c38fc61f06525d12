"""Recall of the trigger lexicon, session 26 (helper c26c): general triggers the tune pool's misses showed missing —
tariffs as economic penalties (CAMEO 163) and cut tariffs as eased ones (081), and a decision, a law or a party
challenged in court as legal action (115) — each with uses that are no event (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 163 embargo, boycott or sanction: tariffs on a party's goods, named or raised
    ("Peru condemned the Chilean tariffs on Peruvian copper.", "tariffs", ("SANCTION", "CHL", "PER")),
    ("Canada doubled tariffs on Chinese electric vehicles on Monday.", "doubled", ("SANCTION", "CAN", "CHN")),
    # CAMEO 081 ease administrative sanctions: tariffs cut or lowered
    ("Japan cut the tariff on Australian beef to 20 percent.", "cut", ("CONCEDE", "JPN", "AUS")),
    ("The European Union lowered tariffs on Ukrainian grain.", "lowered", ("CONCEDE", "IGOEEC", "UKR")),
    # CAMEO 115 bring lawsuit against: a decision or a law challenged in court
    ("Poland's government challenged the European Commission's decision at the European Court of Justice.",
     "challenged", ("ACCUSE", "POL", "IGOEEC")),
])
def test_new_triggers_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_a_challenge_taken_to_court_by_a_party_that_will_do_it_is_planned(code):
    events = [e for e in code("The opposition party in Ghana said it would challenge the election result in court.")
              if e.trigger.text == "challenge"]
    assert [(e.event_type, e.status) for e in events] == [("ACCUSE", "planned")]


@pytest.mark.parametrize(("text", "trigger"), [
    # a challenge anywhere but in court is no legal action
    ("Chess champion Magnus Carlsen challenged the Norwegian federation to a match.", "challenged"),
    ("The Nigerian army faces a challenge from insurgents in the north.", "challenge"),
    ("Critics challenged the Indian government's account of the clashes.", "challenged"),
    # talks about tariffs penalise no one
    ("Officials from Chile and Peru held tariff talks in Lima on Tuesday.", "tariff"),
])
def test_other_senses_stay_out(code, text, trigger):
    assert not _types(code(text), trigger)


@pytest.mark.parametrize(("text", "expected"), [
    # forces of a kind a state has ("riot police", "security forces", "army troops") moved with no mover named were
    # moved by their own state, found from the place as for bare "police" or "troops"
    ("Riot police were deployed along the main road in Harare overnight.", ("MOBILIZE", "ZWE", None)),
    ("Security forces were deployed around the parliament building in Nairobi.", ("MOBILIZE", "KEN", None)),
])
def test_kinds_of_state_forces_moved_by_their_own_state(code, text, expected):
    events = [e for e in code(text) if e.trigger.text == "deployed"]
    assert {(e.event_type, e.actor.code if e.actor else None) for e in events} == {expected[:2]}


@pytest.mark.parametrize("text", [
    # forces of another side moved with no mover named: who moved them, the text does not say
    "Rebel forces were deployed around the town of Idlib.",
    "Militia troops were sent to the front near Tripoli.",
])
def test_forces_of_another_side_keep_no_mover(code, text):
    assert not [e for e in code(text) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Washington added 140 Chinese companies to its export blacklist on Monday.", "added", ("SANCTION", "USA", "CHN")),
    ("Pakistani police sealed roads into Islamabad before the opposition march.", "sealed", ("COERCE", "PAK", "PAK")),
])
def test_blacklists_and_sealed_roads(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])


def test_internet_turned_off_is_censorship_lights_are_not(code):
    assert "COERCE" in _types(code("The Ugandan government turned off the internet ahead of the vote."), "turned")
    assert not _types(code("The Ugandan minister switched off the lights and left the room."), "switched")


def test_a_surcharge_imposed_on_a_party_s_goods_is_a_penalty(code):
    events = code("Ontario imposed a 25 percent surcharge on electricity exported to the United States.")
    assert ("SANCTION", "CAN", "USA") in triples([e for e in events if e.trigger.text == "imposed"])


@pytest.mark.parametrize(("text", "expected"), [
    # approving sanctions imposes them: the approval is coded as what is approved (as approving aid is AID)
    ("European Union foreign ministers approved a new package of sanctions against Belarus on Monday.",
     ("SANCTION", "IGOEEC", "BLR")),
    ("The U.S. Senate approved sanctions on Venezuelan officials.", ("SANCTION", "USA", "VEN")),
])
def test_approved_sanctions_are_imposed(code, text, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == "approved"])


def test_an_approved_agreement_stays_support(code):
    events = [e for e in code("Japan approved an agreement with Vietnam on maritime security.")
              if e.trigger.text == "approved"]
    assert {e.event_type for e in events} == {"SUPPORT"}


def test_a_conversation_between_parties_is_a_consultation(code):
    events = code("The conversation between the Chinese and Indian foreign ministers lasted an hour.")
    assert ("CONSULT", "CHN", "IND") in triples([e for e in events if e.trigger.text == "conversation"])


def test_a_national_conversation_consults_no_one(code):
    assert not _types(code("South Africa needs a national conversation about land reform, the minister said."),
                      "conversation")


@pytest.mark.parametrize(("text", "expected"), [
    # CAMEO 175 use tactics of repression: security forces clearing protesters, a crowd or a protest camp disperse them
    ("Venezuelan security forces cleared a protest camp in Caracas on Sunday.", ("COERCE", "VEN", "VEN")),
    ("Thai soldiers cleared demonstrators from the square in Bangkok.", ("COERCE", "THA", "THA")),
])
def test_protesters_cleared_by_force_are_dispersed(code, text, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == "cleared"])


@pytest.mark.parametrize("text", [
    "The Nigerian army cleared the road of landmines.",
    "Workers cleared the square after the festival in Madrid.",
])
def test_clearing_a_road_or_a_square_is_no_repression(code, text):
    assert not _types(code(text), "cleared")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 172 / 191: access blocked or cut, checkpoints set up, restrict a party's movement or communication
    ("Philippine police are using military checkpoints to block access to the camp near Marawi.", "block",
     ("COERCE", "PHL", "PHL")),
    ("Turkish soldiers set up checkpoints on the roads into Afrin.", "set", ("COERCE", "TUR", "SYR")),
    ("Authorities in Mauritania have cut mobile internet access across the country since Monday.", "cut",
     ("COERCE", "MRT", "MRT")),
])
def test_access_blocked_and_checkpoints_restrict(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])


def test_an_app_blocking_access_restricts_no_party(code):
    assert not _types(code("The new app helps users block access to harmful websites."), "block")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # "provide X with Y" is "provide Y to X": the party is the object, what is given the with-phrase
    ("Washington has provided Turkey with sophisticated antiaircraft weaponry.", "provided", ("AID", "USA", "TUR")),
    ("Japan provided the Philippines with patrol boats last year.", "provided", ("AID", "JPN", "PHL")),
])
def test_a_party_provided_with_aid_receives_it(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])


def test_whoever_joins_another_in_an_act_does_it(code):
    # "X joined Y in condemning Z": the joiner condemns Z (the gerund's subject is the joining verb's)
    events = code("France joined Britain in condemning the Russian annexation of Crimea.")
    assert ("FRA", "UKR") in {(e.actor.code, e.recipient.code) for e in events
                              if e.trigger.text == "condemning" and e.actor and e.recipient}


def test_parties_joining_another_in_a_joint_act_do_it_with_that_party(code):
    # an act done together (signing, agreeing, meeting): the joiners do it with the party joined, not one another
    events = [e for e in code("Indonesia, Brunei and Malaysia will join Japan in signing a memorandum of "
                              "understanding on Thursday.") if e.trigger.text == "signing"]
    assert {(e.actor.code, e.recipient.code) for e in events} == {("IDN", "JPN"), ("BRN", "JPN"), ("MYS", "JPN")}


def test_joining_another_in_a_one_sided_act_keeps_its_target(code):
    events = code("Germany joined the United States in imposing sanctions on Iran.")
    assert ("SANCTION", "DEU", "IRN") in triples([e for e in events if e.trigger.text == "imposing"])


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # CAMEO 080: a legal case against a party dropped gives up the claim, as a lawsuit dropped
    ("Ireland will drop its case against Britain at the European Court of Human Rights.", "drop",
     ("CONCEDE", "IRL", "GBR")),
    # CAMEO 191: a party's vessel blocked has its movement stopped
    ("A Guatemalan navy patrol boat blocked a Belizean coast guard vessel on the Sarstoon River.", "blocked",
     ("COERCE", "GTM", "BLZ")),
    # CAMEO 154: troops recruited, as soldiers recruited
    ("Papua New Guinea ordered the army to recruit 2,000 more troops.", "recruit", ("MOBILIZE", "PNG", None)),
])
def test_cases_dropped_vessels_blocked_troops_recruited(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])


@pytest.mark.parametrize(("text", "expected"), [
    # CAMEO 114 officially complain: a note of protest handed or sent to a party
    ("Kuwait handed a protest note to Iraq's ambassador on Sunday.", ("ACCUSE", "KWT", "IRQ")),
    ("Russia's embassy in Oslo handed the Norwegian foreign ministry a note of protest.", ("ACCUSE", "RUS", "NOR")),
])
def test_a_note_of_protest_is_an_official_complaint(code, text, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == "note"])


@pytest.mark.parametrize("text", [
    "The minister left a note for his staff before resigning.",
    "The Chinese foreign ministry sent a diplomatic note to Vietnam about the fishing dispute.",
])
def test_other_notes_are_no_event(code, text):
    assert not _types(code(text), "note")


def test_people_taking_the_streets_demonstrate(code):
    events = code("Hundreds of people took the streets of Abidjan on Friday against President Ouattara.")
    assert "PROTEST" in _types(events, "took")
