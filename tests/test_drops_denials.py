"""Which denials code a REJECT (dyads.events.drops): a denial of an action codes that action as negated and no
event of its own, but a denial of a claim appended to an accusation, or of a link to people a participle describes,
is a rejection."""
from __future__ import annotations

import pytest


def _rejects(events):
    return [e for e in events if e.event_type == "REJECT" and e.status == "occurred"]


@pytest.mark.parametrize("text, actor", [
    ("Chad accused Sudanese soldiers of firing first on a Chadian convoy, a charge Khartoum denied.", "SDN"),
    ("Kenya blamed Somali gunmen for the raid on a border post, an accusation Mogadishu denies.", "SOM"),
])
def test_denying_an_appended_accusation_is_a_rejection(code, text, actor):
    events = code(text)
    assert [e for e in _rejects(events) if e.actor and e.actor.code == actor], [(e.event_type, e.why) for e in events]
    assert [e for e in events if e.event_type == "ACCUSE" and e.status == "occurred"]


def test_denying_a_link_to_people_a_participle_describes_is_a_rejection(code):
    events = code("The Ghanaian army denied any link to the 12 students detained in Accra.")
    assert [e for e in _rejects(events) if e.actor and e.actor.code == "GHA"], [(e.event_type, e.why) for e in events]


@pytest.mark.parametrize("text", [
    "Norway denied attacking Russian fishing boats.",
    "Chile denied that its troops had shelled Peruvian border posts.",
])
def test_denying_the_action_itself_negates_the_action(code, text):
    # the denial itself codes REJECT since session 12 (E3: as the gold codes "X denied shelling Y"); the denied
    # act is never coded as having happened
    events = code(text)
    assert not [e for e in events if e.event_type == "ASSAULT" and e.status in ("occurred", "planned")], \
        [(e.event_type, e.status, e.why) for e in events]

