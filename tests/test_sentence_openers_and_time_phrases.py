"""Parties the parse hides at a sentence's edges (invented sentences): an ordinary adjective capitalised only as
the sentence's first word is no party naming a nominal ("*Heavy* fighting between X and Y"); a sentence opened
by a participle clause parsed as a clausal subject has the main clause's subject as its doer ("*Praising* Y, X
said ..."); a meeting placed "ahead of" or "prior to" another act is the meeting of whoever does that act."""
from __future__ import annotations

import pytest

from conftest import triples


def _pairs(events, trigger):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("Heavy fighting between Sudanese troops and Chadian rebels continued in Darfur.", "fighting", ("SDN", "TCD")),
    ("Renewed talks between Kenya and Uganda began on Monday.", "talks", ("KEN", "UGA")),
    ("Direct talks between Kenya and Uganda began on Monday.", "talks", ("KEN", "UGA")),
])
def test_a_capitalised_first_adjective_names_no_party(code, text, trigger, pair):
    found = _pairs(code(text), trigger)
    assert pair in found or pair[::-1] in found, found


def test_a_nationality_opening_the_sentence_still_names_the_party(code):
    found = _pairs(code("Kenyan airstrikes killed ten fighters near the border."), "airstrikes") \
        | _pairs(code("Kenyan airstrikes killed ten fighters near the border."), "killed")
    assert any(actor == "KEN" for actor, _ in found), found


@pytest.mark.parametrize(("text", "actor"), [
    ("Congratulating his hosts on the operation, the US secretary of state made no mention of the vote.", "USA"),
    ("Condemning the attack, the Kenyan foreign minister called for calm.", "KEN"),
])
def test_an_opening_participle_is_done_by_the_main_clause_subject(code, text, actor):
    events = [e for e in code(text) if e.trigger.start == 0]
    assert actor in {e.actor.code for e in events if e.actor}, triples(events)


@pytest.mark.parametrize(("text", "pair"), [
    ("The French president flew to Beijing prior to talks with Xi Jinping.", ("FRA", "CHN")),
    ("The US envoy arrived in London ahead of a meeting with the British foreign secretary.", ("USA", "GBR")),
    ("“We are worried,” the Kenyan foreign minister said ahead of talks with his Ugandan counterpart.",
     ("KEN", "UGA")),
])
def test_a_meeting_ahead_of_which_someone_acts_is_theirs(code, text, pair):
    found = {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
             for e in code(text) if e.event_type == "CONSULT"}
    assert pair in found, found


def test_acts_ahead_of_a_protest_are_not_the_protest(code):
    found = triples(code("Kenyan police arrested dozens of activists ahead of protests in Nairobi."))
    assert ("COERCE", "KEN", "KEN") in found, found
    assert not any(t[0] == "PROTEST" for t in found), found
