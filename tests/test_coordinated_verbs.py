"""Verbs joined by "and" share their subject, not their objects: the object or recipient of one verb is not the
other's ("Turkey shelled the town and warned Syria": Syria is not the town's people; "Kenya met Uganda and signed a
deal": the deal names no partner)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "trigger", "foreign"), [
    ("Turkey shelled the town and warned Syria.", "shelled", "SYR"),
    ("Kenya criticised the decision and urged Uganda to reconsider.", "criticised", "UGA"),
    ("Russia vetoed the resolution and accused the United States of hypocrisy.", "vetoed", "USA"),
    ("Chile recalled its ambassador and condemned Peru.", "recalled", "PER"),
    ("Kenya met Uganda and signed a deal.", "signed", "UGA"),
    ("Russia met the Chinese delegation and praised the agreement.", "praised", "CHN"),
    ("Kenya hosted Ugandan officials and pledged support.", "pledged", "UGA"),
])
def test_one_verbs_party_is_not_the_other_verbs_recipient(code, text, trigger, foreign):
    events = code(text)
    assert not [e for e in events if e.trigger.text == trigger and e.recipient and e.recipient.code == foreign], \
        triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya condemned Somalia and praised Uganda.", {("ACCUSE", "KEN", "SOM"), ("SUPPORT", "KEN", "UGA")}),
    ("Chile recalled its ambassador from Peru and condemned Argentina.",
     {("SANCTION", "CHL", "PER"), ("ACCUSE", "CHL", "ARG")}),
    ("Kenya met Uganda and condemned Somalia.", {("CONSULT", "KEN", "UGA"), ("ACCUSE", "KEN", "SOM")}),
])
def test_each_coordinated_verb_keeps_its_own_recipient_and_shares_the_subject(code, text, expected):
    assert expected <= triples(code(text))
