"""Accusations with no verb of criticism (session 25): a verdict told by a verb of saying ("X said the move was a
provocation"), a damning name given in a relative clause ("a step X called unfriendly", "a move X called a
provocation"), a merged object predicate ("called the Slovenian move a provocation"), a free relative ("in what X
called an attempted coup"), and a truce breach told by another party (ACCUSE beside the breach's ASSAULT).
Sentences we wrote."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Kremlin said the EU sanctions were illegal.", "RUS", "IGO"),
    ("The US plan was a blatant attack on Syrian sovereignty, Syria said.", "SYR", "USA"),
    ("Croatia said the Serbian resolution was a politically motivated provocation.", "HRV", "SRB"),
])
def test_a_damning_verdict_told_by_saying_is_an_accusation(code, text, actor, recipient):
    found = triples(code(text))
    assert any(t[0] == "ACCUSE" and t[1] == actor and (t[2] or "").startswith(recipient) for t in found), found


@pytest.mark.parametrize("text", [
    "The Kremlin said the talks were constructive.",
    "Russia said the Ukrainian strikes would be unacceptable.",
    "Syria said the country was a victim of aggression.",
    "The Kremlin said the EU sanctions were not illegal.",
    "Peru said the allegations were baseless.",
])
def test_no_verdict_accusation_without_an_asserted_damning_name(code, text):
    found = triples(code(text))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_the_verdict_trigger_is_the_damning_name(code):
    events = code('"The blockade by Egypt is unacceptable," the Hamas leader said.')
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].trigger.text == "unacceptable", accusations


@pytest.mark.parametrize("text, actor, recipient", [
    ("Slovenia closed the border crossing, a move Zagreb called a provocation.", "HRV", "SVN"),
    ("Armenia expelled two Russian diplomats on Monday, a step Moscow called unfriendly.", "RUS", "ARM"),
    ("Croatia called the Slovenian move a provocation.", "HRV", "SVN"),
    ("Bolivian soldiers stormed the palace in what President Arce called an attempted coup.", "BOL", "BOL"),
])
def test_a_damning_name_in_a_relative_or_merged_phrase_is_an_accusation(code, text, actor, recipient):
    found = triples(code(text))
    assert ("ACCUSE", actor, recipient) in found, found


def test_an_approving_name_in_a_merged_phrase_is_no_accusation(code):
    found = triples(code("Croatia called the Slovenian move a success."))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_truce_breach_told_by_another_party_is_also_its_accusation(code):
    found = triples(code("Russia said Ukraine violated the ceasefire."))
    assert ("ACCUSE", "RUS", "UKR") in found, found
    assert any(t[0] == "ASSAULT" and t[1] == "UKR" for t in found), found


@pytest.mark.parametrize("text", ["Ukraine violated the ceasefire.", "Russia said it violated the ceasefire."])
def test_a_truce_breach_told_as_fact_or_of_oneself_accuses_no_one(code, text):
    found = triples(code(text))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_truce_breach_accusation_keeps_the_breach(code):
    found = triples(code("Russia says Ukrainian forces broke the truce on Monday."))
    assert any(t[0] == "ACCUSE" and t[1] == "RUS" and t[2] == "UKR" for t in found), found
    assert any(t[0] == "ASSAULT" and t[1] == "UKR" for t in found), found


def test_a_claim_said_to_be_unfounded_is_no_criticism(code):
    found = triples(code("Zakharova said that the threat of an intervention is unfounded."))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_verdict_recipient_from_a_party_inside_the_judged_phrase(code):
    found = triples(code("Kagame said the deployment of 7,000 troops from the African Union's force was unacceptable."))
    assert any(t[0] == "ACCUSE" and t[1] == "RWA" and (t[2] or "").startswith("IGO") for t in found), found


def test_a_verdict_on_an_earlier_act_accuses_its_author(code):
    found = triples(code("The EU imposed new sanctions on Moscow on Monday. The Kremlin said the sanctions were illegal."))
    assert any(t[0] == "ACCUSE" and t[1] == "RUS" and (t[2] or "").startswith("IGO") for t in found), found


def test_a_name_given_to_what_is_opposed_is_not_split_from_the_protest(code):
    found = triples(code("Veterans' groups in Belfast said they would protest against what they called the persecution "
                         "of soldiers."))
    assert not any(t[0] == "ACCUSE" for t in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kyiv said Russia was behind the attack on the power plant.", "UKR", "RUS"),
    ("Barrot said Algeria bore the responsibility for this brutal deterioration.", "FRA", "DZA"),
    ("Turkey said the Syrian regime was responsible for the killings of civilians.", "TUR", "SYR"),
])
def test_blame_for_a_harm_told_by_saying_is_an_accusation(code, text, actor, recipient):
    found = triples(code(text))
    assert ("ACCUSE", actor, recipient) in found, found


def test_a_duty_is_no_blame(code):
    found = triples(code("The ministry said the army was responsible for security in the region."))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_verdict_told_by_a_participle_of_saying(code):
    found = triples(code("Slovenia urged Croatia to implement the ruling, saying Zagreb's refusal was a stain on the rule "
                         "of law."))
    assert ("ACCUSE", "SVN", "HRV") in found, found


def test_a_verdict_that_names_no_judged_party_codes_nothing(code):
    found = triples(code("The Kremlin said the sanctions were illegal."))
    assert not any(t[0] == "ACCUSE" for t in found), found


def test_a_conceding_verdict_condemns_no_one(code):
    found = triples(code("Norway's prime minister said the Swedish protest was legal but disrespectful."))
    assert not any(t[0] == "ACCUSE" for t in found), found
