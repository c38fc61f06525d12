"""Verbs of naming: calling allegations or claims false or baseless denies them (REJECT, word class `falsity`
with an object restriction in data/senses/rules.csv); calling a person or an act by a damning name stays a
criticism (ACCUSE), and an approving name of a person is no rejection."""
from __future__ import annotations

import pytest


def _types(code, text):
    return {e.event_type for e in code(text)}


@pytest.mark.parametrize("text", [
    "The Indian foreign ministry called the allegations preposterous.",
    "The Kremlin called the claims baseless and absurd.",
    "Moscow described the reports as lies.",
    "Putin called the report a lie.",
])
def test_calling_claims_false_rejects_them(code, text):
    assert "REJECT" in _types(code, text), text


def test_the_author_of_the_claims_is_the_recipient(code):
    found = [e for e in code("The Indian government called Canada's claims preposterous.") if e.event_type == "REJECT"]
    assert found and found[0].recipient is not None and found[0].recipient.code == "CAN"


@pytest.mark.parametrize("text", ["Putin called him a friend.", "Putin called the attack absurd."])
def test_naming_a_person_or_an_act_is_no_rejection(code, text):
    assert "REJECT" not in _types(code, text), text


@pytest.mark.parametrize("text", ["Putin called the attack despicable.", "Erdogan called the sanctions malicious."])
def test_more_damning_names_criticise(code, text):
    assert "ACCUSE" in _types(code, text), text
