"""Whom a court, the police or the unnamed authorities charge, convict or sentence, when the phrase names no party
with a country, is tried at home: the recipient is the actor's own country (home_parties.tried_at_home), for
ACCUSE and SANCTION only."""
from __future__ import annotations

import pytest

from dyads.home_parties import TRIED_WHY

LEAD = "Police in Brooklyn said on Monday that fraud was widespread. "


@pytest.mark.parametrize("text, event_type, country", [
    (LEAD + "They were charged with fraud.", "ACCUSE", "USA"),
    (LEAD + "Wang is being charged with fraud.", "ACCUSE", "USA"),
    ("Police in Moscow said on Monday that fraud was widespread. They were convicted of fraud.", "SANCTION", "RUS"),
    ("A Kenyan court charged Ochieng with bribery on Monday.", "ACCUSE", "KEN"),
])
def test_someone_unnamed_tried_by_a_state_is_of_its_country(code, text, event_type, country):
    found = [e for e in code(text) if e.event_type == event_type]
    assert found and found[0].recipient is not None, text
    assert found[0].recipient.code == country and TRIED_WHY in found[0].recipient.why


def test_a_party_with_a_country_of_its_own_keeps_it(code):
    found = [e for e in code("A Kenyan court charged a British businessman with bribery on Monday.")
             if e.event_type == "ACCUSE"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "GBR"


def test_other_acts_on_someone_unnamed_are_not_trials(code):
    found = [e for e in code(LEAD + "They were arrested on Monday.") if e.event_type == "COERCE"]
    assert all(e.recipient is None or TRIED_WHY not in (e.recipient.why or "") for e in found)
