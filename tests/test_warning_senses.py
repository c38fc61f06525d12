"""Senses of "warn" read off what follows it (docs/coding-guide.md: "X warned Y" is THREATEN; a warning of a danger is
none): a named party told (not) to do something is deterred (THREATEN), a people advised not to travel is not; a
penalty announced with no agent is the authorities' own, a threat only when a state's party says it; and a warning
the parser hung inside the said clause of a verb of saying ("X said A and warned that B") is still the speaker's."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Egypt warned Ethiopia not to fill the reservoir before an agreement.", "EGY", "ETH"),
    ("Peru warned Chile to stop its naval patrols near the border.", "PER", "CHL"),
    ("The Greek government cautioned Turkey not to send survey ships into the area.", "GRC", "TUR"),
])
def test_telling_a_named_party_what_not_to_do_is_a_threat(code, text, actor, recipient):
    assert ("THREATEN", actor, recipient) in triples(code(text))


@pytest.mark.parametrize("text", [
    "The Foreign Office warned Britons not to travel to the border region.",
    "The Canadian embassy warned Canadians not to drink tap water in the capital.",
])
def test_advice_to_a_people_for_its_own_good_is_no_threat(code, text):
    assert not [e for e in code(text) if e.event_type == "THREATEN"], triples(code(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("Kenya's interior minister said the march was illegal and warned that any unauthorised rally would be broken up.",
     "KEN"),
    ("Zambia's police chief warned that anyone who joined the blockade would be arrested.", "ZMB"),
])
def test_a_state_party_warning_of_an_unagented_penalty_threatens(code, text, actor):
    assert [e for e in code(text) if e.event_type == "THREATEN" and e.actor and e.actor.code == actor], \
        triples(code(text))


@pytest.mark.parametrize("text", [
    "Amnesty International warned that peaceful marchers could be arrested.",
    "Human Rights Watch warned that journalists would be detained if they covered the vote.",
])
def test_an_ngo_warning_of_a_penalty_others_impose_is_no_threat(code, text):
    assert not [e for e in code(text) if e.event_type == "THREATEN"], triples(code(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("Hungary's foreign minister said the report was biased and warned that Hungary could veto the new budget.",
     "HUN"),
    ("The Polish ministry said the plan threatened farmers and warned that Poland would block the deal.", "POL"),
])
def test_a_warning_joined_to_a_said_clause_is_the_speakers(code, text, actor):
    assert [e for e in code(text) if e.event_type == "THREATEN" and e.actor and e.actor.code == actor], \
        triples(code(text))


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Kenyan rights groups warned that the Ugandan army was holding opposition activists in secret jails.", "KEN", "UGA"),
    ("Poland's foreign minister warned that the Belarusian regime is using migrants as a weapon.", "POL", "BLR"),
])
def test_a_warning_that_tells_another_partys_conduct_criticises_it(code, text, actor, recipient):
    assert [e for e in code(text) if e.event_type == "ACCUSE" and e.actor and e.actor.code == actor
            and e.recipient and e.recipient.code == recipient], triples(code(text))


@pytest.mark.parametrize("text", [
    "Aid agencies warned that countless lives were at stake in the region.",
    "Economists warned that the Kenyan economy is slowing.",
])
def test_a_warning_of_a_state_of_things_criticises_no_one(code, text):
    assert not [e for e in code(text) if e.event_type == "ACCUSE"], triples(code(text))


def test_a_warned_act_with_its_own_trigger_is_no_criticism(code):
    events = code("The UN envoy warned that Russia had deployed troops to the Ukrainian border.")
    assert not [e for e in events if e.event_type == "ACCUSE"], triples(events)


def test_a_warning_of_what_befalls_a_party_criticises_no_one(code):
    events = code("Three UN agencies warned that Somalia was facing a very real risk of famine.")
    assert not [e for e in events if e.event_type == "ACCUSE"], triples(events)
