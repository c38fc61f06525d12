"""A situation, process or document located by a place ("the situation in northern Chad", "an escalation of
violence in Mali", "the new constitution in Lima") is no party: it never gets the place's people (CVL)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place_code", [
    ("France condemned the worsening situation in northern Chad on Monday.", "TCD"),
    ("The ministers met on Friday and condemned an escalation of violence in Mali.", "MLI"),
    ("The opposition denounced the deterioration of the situation in Burkina Faso.", "BFA"),
    ("The bishops criticised the new constitution in Lima.", "PER"),
])
def test_a_located_situation_or_document_is_no_recipient(code, text, place_code):
    found = code(text)
    assert found
    assert not any(e.recipient is not None and e.recipient.code == place_code and e.recipient.sector == "CVL"
                   for e in found)


def test_people_located_by_a_place_are_still_its_people(code):
    found = code("Soldiers opened fire on thousands in Bamako on Monday.")
    assert any(e.recipient is not None and e.recipient.code == "MLI" for e in found if e.event_type == "ASSAULT")
