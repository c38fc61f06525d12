"""A vow, pledge or promise to go on with a hostile act or a protest is a threat, a vow to go on with nothing named
promises nothing, a vow to resist is a threat of defiance, and a vow that another subject will do or be something
hostile is a threat while a vowed assertion about another subject promises nothing; a vow of the speaker's own
cooperative act stays a promise (invented sentences)."""
from __future__ import annotations

import pytest


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The rebel commander vowed to continue fighting the Malian army.", "vowed", "THREATEN"),
    ("Boko Haram vowed to keep attacking army bases in Borno.", "vowed", "THREATEN"),
    ("The Chadian army pledged to press on with its offensive against the rebels.", "pledged", "THREATEN"),
    ("The miners' union vowed to continue the protests in Lima.", "vowed", "THREATEN"),
    ("The Serbian opposition vowed to resist the new electoral law.", "vowed", "THREATEN"),
    ("The Peruvian president vowed that the campaign against the rebels would be swift.", "vowed", "THREATEN"),
])
def test_a_vow_to_go_on_with_a_hostile_act_or_a_protest_is_a_threat(code, text, trigger, kind):
    assert _types(code(text), trigger) == {kind}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Farmers in Lima vowed to continue until all their demands were met.", "vowed"),
    ("The Mexican president vowed that the country can overcome its economic problems.", "vowed"),
])
def test_a_vow_of_nothing_named_or_of_an_assertion_is_no_event(code, text, trigger):
    assert not _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Japan vowed to continue its aid to the Philippines.", "vowed"),
    ("Chile pledged to keep cooperating with Peru on border security.", "pledged"),
    ("The Kenyan government vowed that it would build new schools in Nairobi.", "vowed"),
    ("The Bolivian president vowed that elections would be held in March.", "vowed"),
])
def test_a_vow_to_go_on_with_cooperation_stays_a_promise(code, text, trigger):
    assert _types(code(text), trigger) <= {"AGREE"}
