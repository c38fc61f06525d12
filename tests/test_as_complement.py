"""A role in an "as" phrase of the trigger is a predicate, not a party acted on: "resigned *as president*"."""
from __future__ import annotations


def test_resigning_as_president_has_no_recipient_from_the_role(code):
    found = [e for e in code("Robert Mugabe finally resigned as president on Tuesday.") if e.event_type == "RETREAT"]
    assert found and all(e.recipient is None or e.recipient.code == "ZWE" for e in found)


def test_the_party_named_beside_an_as_phrase_stays(code):
    found = [e for e in code("Egypt accused Hamas, as the ruler of Gaza, of smuggling arms.")
             if e.event_type == "ACCUSE"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "PSE"
