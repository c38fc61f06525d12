"""Light-verb constructions of CAMEO codes and PLOVER modes the lexicon lacked (diplomatic recognition, honours,
patrols, emergency rule, disinformation, censorship, withheld funds, militias, crowd control, met demands,
commuted sentences): each codes on a sentence we wrote, and the same verb with another object codes nothing
new (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples

# (sentence, event type, actor code, recipient code or None)
CASES = [
    ("Chile resumed diplomatic ties with Peru on Monday.", "COOPERATE", "CHL", "PER"),
    ("Ghana upgraded its relations with Togo.", "SUPPORT", "GHA", "TGO"),
    ("The Chilean government awarded the Peruvian president a medal.", "SUPPORT", "CHL", "PER"),
    ("Chilean and Peruvian troops conducted joint patrols along the border.", "COOPERATE", "CHL", "PER"),
    ("The Chilean army stepped up patrols along the border with Peru.", "MOBILIZE", "CHL", None),
    ("The Chilean army began patrols along the border with Peru.", "MOBILIZE", "CHL", None),
    ("The Chilean government extended the state of emergency on Monday.", "COERCE", "CHL", None),
    ("The Kenyan government extended the curfew in Nairobi.", "COERCE", "KEN", None),
    ("Russia spread disinformation about the Ukrainian army.", "COERCE", "RUS", None),
    ("The Turkish government blocked opposition websites.", "COERCE", "TUR", None),
    ("The Cuban government jammed American broadcasts.", "COERCE", "CUB", "USA"),
    ("The Chilean government withheld funds from the Peruvian authorities.", "SANCTION", "CHL", "PER"),
    ("The Malian government recruited thousands of militiamen.", "MOBILIZE", "MLI", None),
    ("Chilean police used tear gas against protesters.", "ASSAULT", "CHL", None),
    ("Kenyan police used water cannon on protesters in Nairobi.", "ASSAULT", "KEN", None),
    ("The Chilean government met the demands of the striking miners.", "CONCEDE", "CHL", None),
    ("The Chilean president commuted the sentences of opposition leaders.", "CONCEDE", "CHL", None),
    ("The Chilean opposition suspended its rallies against the government.", "CONCEDE", "CHL", None),
    ("Chilean soldiers stoned Peruvian protesters.", "ASSAULT", "CHL", "PER"),
    ("Chilean militiamen hacked Peruvian villagers to death with machetes.", "ASSAULT", "CHL", "PER"),
    ("Russia hacked the emails of Ukrainian officials.", "COERCE", "RUS", "UKR"),
    ("The Syrian government cut water supplies to the rebel-held city.", "COERCE", "SYR", None),
    ("Russia cut off gas supplies to Ukraine.", "COERCE", "RUS", "UKR"),
    ("Chile allowed Red Cross workers into the prison.", "RETREAT", "CHL", None),
    ("Hundreds of Colombian fighters handed their weapons in at a UN camp.", "RETREAT", "COL", None),
    # the parser makes the particle a preposition: "called [in [the army]]"
    ("The Chilean president called in the army to restore order.", "MOBILIZE", "CHL", None),
    ("The Chilean president received the Peruvian foreign minister in Santiago.", "CONSULT", "CHL", "PER"),
    ("The Chilean foreign minister held a phone conversation with his Peruvian counterpart.", "CONSULT", "CHL", "PER"),
    ("Chile sent doctors to Peru.", "AID", "CHL", "PER"),
    ("The Chilean government put the opposition leader under house arrest.", "COERCE", "CHL", None),
    ("Chilean police took the Peruvian fishermen into custody.", "COERCE", "CHL", "PER"),
    ("Thousands of Chilean students took to the streets of Santiago on Monday.", "PROTEST", "CHL", None),
    ("The Chilean government revoked the licence of an opposition television station.", "COERCE", "CHL", None),
    ("Chile cancelled the visas of Peruvian diplomats.", "COERCE", "CHL", "PER"),
    ("The Chilean government revoked the ban on opposition rallies.", "CONCEDE", "CHL", None),
    ("Chile wrote off Peru's debt.", "AID", "CHL", "PER"),
    ("China cancelled the debt of Zambia.", "AID", "CHN", "ZMB"),
    ("Chile normalised ties with Peru.", "COOPERATE", "CHL", "PER"),
    ("Chilean soldiers burned down the village.", "ASSAULT", "CHL", None),
    ("Chilean rebels planted a bomb near the army base.", "ASSAULT", "CHL", None),
    ("Chilean forces used barrel bombs on rebel-held areas.", "ASSAULT", "CHL", None),
]


@pytest.mark.parametrize("text, event_type, actor, recipient", CASES)
def test_a_codebook_light_verb_construction_codes(code, text, event_type, actor, recipient):
    events = code(text)
    found = [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
             and (recipient is None or (e.recipient and e.recipient.code == recipient))]
    assert found, f"no {event_type} {actor}->{recipient} in {triples(events)}"


@pytest.mark.parametrize("text, absent", [
    ("The Chilean ministry awarded a building contract to a Peruvian firm.", "SUPPORT"),
    ("The Chilean minister met the deadline for the report.", "CONCEDE"),
    ("The Chilean government extended the deadline for tax returns.", "COERCE"),
    ("Protesters blocked the main highway into La Paz.", "COERCE"),
    ("The Chilean president commuted to the capital by train.", "CONCEDE"),
    ("The Chilean government cut its budget deficit.", "COERCE"),
    ("The Chilean president called in the afternoon.", "MOBILIZE"),
    ("Chinese hackers hacked into Peruvian government computers.", "ASSAULT"),
    ("The Chilean president received a letter from the Peruvian president.", "CONSULT"),
    ("The Chilean police took the documents into account.", "COERCE"),
    ("The Chilean government revoked the licence of an opposition television station.", "CONCEDE"),
])
def test_the_same_verb_with_another_object_codes_no_such_event(code, text, absent):
    assert absent not in {e.event_type for e in code(text)}


def test_cut_aid_is_still_a_sanction(code):
    assert ("SANCTION", "CHL", "PER") in triples(code("Chile cut aid to Peru."))


def test_the_courts_sentence_still_codes_as_a_penalty(code):
    assert "SANCTION" in {e.event_type for e in code("A Chilean court sentenced the Peruvian spy to ten years.")}


def test_a_met_delegation_is_still_a_meeting(code):
    assert ("CONSULT", "CHL", "PER") in triples(code("The Chilean president met the Peruvian foreign minister."))


def test_protesters_blocking_a_building_site_is_no_censorship(code):
    events = code("Chilean protesters blocked the construction site of the new mine.")
    assert "COERCE" not in {e.event_type for e in events}


@pytest.mark.parametrize("text, trigger, types", [
    ("Chilean students launched a hunger strike.", "launched", {"PROTEST"}),
    ("Chilean workers launched a general strike.", "launched", {"PROTEST"}),
    ("The Israeli army launched a strike on Hamas positions.", "launched", {"ASSAULT"}),
    ("The Chilean government launched a campaign against corruption.", "launched", set()),
    ("Chilean students launched a campaign against the government.", "launched", {"PROTEST"}),
    ("The Chilean president dismissed the interior minister.", "dismissed", set()),
    ("The Chilean president dismissed the Peruvian claims.", "dismissed", {"REJECT"}),
    ("The Syrian opposition suspended its protest marches on Friday.", "suspended", {"CONCEDE"}),
    ("Chile suspended its aid to Peru.", "suspended", {"SANCTION"}),
    ("Iran is prepared to retaliate against Israel.", "prepared", {"THREATEN"}),
    ("Chilean soldiers looted the village.", "looted", {"COERCE"}),
    ("Chile pulled out of the talks with Peru.", "pulled", {"SANCTION"}),
    ("The Syrian government blocked aid deliveries to the rebel-held city.", "blocked", {"REJECT"}),
    ("Chilean protesters blocked a convoy of trucks on the highway.", "blocked", {"PROTEST"}),
    ("Chile withdrew from the negotiations with Peru.", "withdrew", {"SANCTION"}),
    ("Chile pulled its troops out of Peru.", "pulled", {"RETREAT"}),
    ("Chile pulled out of the disputed island.", "pulled", {"RETREAT"}),
    ("Chilean rioters looted shops in Santiago.", "looted", {"PROTEST"}),
    ("Chilean protesters burned down a police station.", "burned", {"PROTEST"}),
    # displacement is mostly reported as the effect of fighting ("the attacks on X displaced ..."): not coded
    ("The regime's attacks on the rebel-held province displaced thousands of Chileans.", "displaced", set()),
    ("Chile said it was ready to negotiate with Peru.", "ready", {"AGREE"}),
])
def test_a_light_verb_takes_the_sense_of_its_object_and_actor(code, text, trigger, types):
    assert {e.event_type for e in code(text) if e.trigger.text == trigger} == types


def test_a_phone_conversation_is_a_remote_meeting(code):
    events = code("The Chilean foreign minister held a phone conversation with his Peruvian counterpart.")
    assert {e.mode for e in events if e.event_type == "CONSULT"} == {"phone"}


def test_an_object_set_aside_makes_no_light_verb(code):
    events = code("Kenyan forces seek an outright military victory instead of a negotiated political settlement.")
    assert "REQUEST" not in {e.event_type for e in events}


def test_a_light_verb_object_beside_one_set_aside_still_codes(code):
    events = code("Kenya sought a ceasefire rather than a settlement with Uganda.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and all("seek +ceasefire" in e.why for e in requests)
