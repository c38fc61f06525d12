"""A breach of a rule (CAMEO 128) told in another party's clause of saying is that party's accusation of the breaker
(ACCUSE X -> Y), not the breaker's defiance of its own state (REJECT Y -> Y); told as fact, as not done, or in an
adverbial clause of the speaker's own act, it stays as it was. Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya said Uganda had breached the trade agreement.", "KEN", "UGA"),
    ("Chile says Peru violated the treaty.", "CHL", "PER"),
    ("The Ghanaian government said Togo continued to violate the border accord.", "GHA", "TGO"),
])
def test_a_breach_told_by_another_party_is_its_accusation(code, text, actor, recipient):
    found = triples(code(text))
    assert ("ACCUSE", actor, recipient) in found, found
    assert not any(t[0] == "REJECT" for t in found), found


@pytest.mark.parametrize("text, actor", [
    ("Peru violated the treaty.", "PER"),
])
def test_a_breach_told_as_fact_stays_a_defiance(code, text, actor):
    found = triples(code(text))
    assert any(t[0] == "REJECT" and t[1] == actor for t in found), found
    assert not any(t[0] == "ACCUSE" for t in found), found


@pytest.mark.parametrize("text", [
    "Peru said it had not violated the treaty.",
    "The Ghanaian president said his government would not change the law, defying the treaty.",
])
def test_no_accusation_for_a_denied_or_own_breach(code, text):
    found = triples(code(text))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_breach_the_speaker_tells_of_itself_is_no_accusation(code):
    found = triples(code("Peru said it had breached the treaty."))
    assert not any(t[0] == "ACCUSE" for t in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Uganda's statement that Kenya had breached the accord angered Nairobi.", "UGA", "KEN"),
    ("Chile issued a ruling that Peru violated the treaty.", "CHL", "PER"),
])
def test_a_breach_in_a_statement_or_finding_is_its_issuers_accusation(code, text, actor, recipient):
    found = triples(code(text))
    assert ("ACCUSE", actor, recipient) in found, found
