"""Force or coercion *near* a border is fought where the actor is: the border's state is no recipient ("an offensive
near the Iranian border"). Across a border force still strikes the state beyond it, and forces massed near a border
still face it (borders.py)."""
from __future__ import annotations


def test_an_attack_near_a_border_is_not_aimed_at_the_state_beyond(code):
    found = [e for e in code("The Senegalese army destroyed several of the separatists' bases near the Gambian border.")
             if e.event_type == "ASSAULT"]
    assert found and all(e.recipient is None or e.recipient.code != "GMB" for e in found)


def test_an_offensive_near_a_border_named_by_its_adjective(code):
    found = [e for e in code("The Azerbaijani army launched an offensive near the Iranian border.")
             if e.event_type == "ASSAULT"]
    assert all(e.recipient is None or e.recipient.code != "IRN" for e in found)


def test_shelling_across_a_border_still_strikes_the_state_beyond(code):
    found = [e for e in code("Turkish troops shelled positions across the Syrian border.") if e.event_type == "ASSAULT"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "SYR"


def test_forces_massed_near_a_border_still_face_the_state_beyond(code):
    found = [e for e in code("Russia massed troops near the Ukrainian border.") if e.event_type == "MOBILIZE"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "UKR"
