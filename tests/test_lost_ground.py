"""Ground taken by force from a militant group named nearby: the group is the recipient (lost_ground)."""
from __future__ import annotations


def _assaults(code, text):
    return [e for e in code(text) if e.event_type == "ASSAULT"]


def test_retaking_a_city_named_beside_the_group_that_held_it(code):
    found = _assaults(code, "The Iraqi army recaptured Mosul in July after a nine-month battle with Islamic State.")
    assert any(e.actor.code == "IRQ" and e.recipient is not None and e.recipient.code.startswith("IMG")
               for e in found)


def test_passive_retaking_with_the_group_in_the_next_clause(code):
    text = "The town was retaken by the Syrian army, but Islamic State launched a counter-offensive."
    found = [e for e in _assaults(code, text) if e.trigger.text == "retaken"]
    assert found and found[0].recipient is not None and found[0].recipient.code.startswith("IMG")


def test_the_group_named_in_the_sentence_before(code):
    text = "Islamic State fighters had held Sirte for a year. Libyan forces captured the city on Tuesday."
    found = [e for e in _assaults(code, text) if e.trigger.text == "captured"]
    assert found and found[0].recipient is not None and found[0].recipient.code.startswith("IMG")


def test_a_named_target_stays(code):
    found = _assaults(code, "Turkish troops captured the Syrian town of Tal Abyad from Kurdish fighters, "
                            "weeks after al-Qaeda fighters had left it.")
    assert all(e.recipient is None or not e.recipient.code.startswith("IMG") for e in found)


def test_a_militant_group_taking_ground_is_not_its_own_recipient(code):
    found = _assaults(code, "Islamic State seized the town of Palmyra.")
    assert all(e.recipient is None or not (e.recipient.code or "").startswith("IMG") for e in found)


def test_no_militant_group_named_leaves_the_place(code):
    found = _assaults(code, "Ukrainian troops retook the village of Robotyne in the south.")
    assert all(e.recipient is None or not (e.recipient.code or "").startswith("IMG") for e in found)
