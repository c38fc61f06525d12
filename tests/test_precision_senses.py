"""Coded events that were no event or of the wrong type (session 13, e4): habitual descriptions in relative
clauses, objects of relative clauses, own and joint exercises, approved aid, evacuations, sports results and
broken promises. Each case pairs the blocked use with a kept real event of the same word (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


def _on(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _types(events, trigger):
    return {e.event_type for e in _on(events, trigger)}


# Habitual descriptions: "the group that rescues people" says what the group does as a rule.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile's Red Brigade, the volunteer group that rescues people from collapsed buildings, said on Monday the "
     "quake killed 30.", "rescues"),
    ("Peru expelled a Bolivian sect that offers healing sessions to farmers.", "offers"),
    ("The Peruvian army fought rebels who oppose the government's land reform.", "oppose"),
])
def test_a_simple_present_relative_clause_describing_its_doer_is_no_event(code, text, trigger):
    assert not _on(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    # a specific act in time, a progressive, a perfect: events
    ("Peru expelled a Bolivian sect that offers aid to Chile on Monday.", "offers", "AGREE"),
    ("The Chilean rebels, who are attacking Peruvian border posts, crossed the river.", "attacking", "ASSAULT"),
    ("The Chilean rebels, who have attacked Peruvian border posts, crossed the river.", "attacked", "ASSAULT"),
    # an ongoing relationship told in a non-restrictive clause (coding guide): an event
    ("Washington, which arms the Kurdish fighters, criticised Turkey on Monday.", "arms", "AID"),
    # the clause's subject is not its noun: the army's answer to a charge
    ("Chile accused Peru of shelling the village, a charge the Peruvian army denies.", "denies", "REJECT"),
])
def test_timed_ongoing_and_answering_relative_clauses_still_code(code, text, trigger, event_type):
    assert event_type in _types(code(text), trigger)


def test_the_habitual_drop_is_in_the_drop_reason():
    from dyads import nlp
    from dyads.events.habitual import habitual_description
    from dyads.settings import load_settings

    doc = nlp.load(load_settings().spacy_model)("Peru expelled a Bolivian sect that offers healing sessions.")
    (verb,) = [t for t in doc if t.text == "offers"]
    assert "simple present" in habitual_description(verb, "AGREE")
    assert habitual_description(doc[1], "SANCTION") == ""  # "expelled": no relative clause


# A relative clause's object is the noun it describes: territory seized is an attack.
@pytest.mark.parametrize("text", [
    "Parts of the country that Turkey had seized from the Kurdish militia in 2016 are now quiet.",
    "Kurdish fighters lost the territory Turkey seized from them in 2016.",
])
def test_territory_seized_in_a_relative_clause_is_an_attack(code, text):
    (event,) = _on(code(text), "seized")
    assert event.event_type == "ASSAULT"
    assert "senses/rules.csv" in event.why


def test_property_seized_in_a_relative_clause_stays_a_coercion(code):
    assert _types(code("The boats that the Chinese coast guard seized belonged to Filipino fishermen."),
                  "seized") == {"COERCE"}


# Exercises: one country's own are MOBILIZE, joint ones COOPERATE (PLOVER manual), as a noun as well as a verb.
def test_one_countrys_own_exercise_noun_is_a_mobilization(code):
    events = code("The Mauritian government announced its military exercise in the north on Monday.")
    assert _types(events, "exercise") == {"MOBILIZE"}
    (event,) = _on(events, "exercise")
    assert "own exercise" in event.why or event.cameo == "150"


@pytest.mark.parametrize("text", [
    "Russian and Chinese navies began a joint exercise in the Pacific on Monday.",
    "Indian troops arrived in Dhaka on Monday for an exercise with the Bangladeshi army.",
])
def test_joint_exercise_nouns_stay_cooperation(code, text):
    assert "MOBILIZE" not in _types(code(text), "exercise")


# Approving aid: "approved debt relief" is aid, not praise.
@pytest.mark.parametrize(("text", "triple"), [
    ("The Spanish cabinet approved debt relief for Bolivia on Monday.", ("AID", "ESP", "BOL")),
])
def test_approving_aid_or_relief_is_aid(code, text, triple):
    assert triple in triples(code(text))


def test_approving_a_plan_stays_support(code):
    assert _types(code("The Chilean president approved Peru's peace plan on Monday."), "approved") == {"SUPPORT"}


# Evacuating civilians is humanitarian help; evacuating one's own forces or staff a withdrawal.
def test_evacuating_civilians_is_aid(code):
    events = code("Russia said on Monday it had evacuated 2,000 civilians from the Armenian town.")
    assert _types(events, "evacuated") == {"AID"}
    (event,) = _on(events, "evacuated")
    assert event.cameo == "073"


def test_an_evacuation_of_residents_is_aid(code):
    assert _types(code("The Kenyan Red Cross began the evacuation of residents from Garissa on Monday."),
                  "evacuation") == {"AID"}


def test_evacuating_troops_stays_a_withdrawal(code):
    assert _types(code("France evacuated its troops from the Malian base on Monday."), "evacuated") == {"RETREAT"}


# Sports results: a team that beats another wins a contest.
def test_a_team_beating_another_is_no_assault(code):
    assert not _on(code("Mongolia's national wrestling team beat Japan 3-1 on Monday."), "beat")


def test_police_beating_protesters_stays_an_assault(code):
    assert _types(code("Mongolian police beat protesters in Ulaanbaatar on Monday."), "beat") == {"ASSAULT"}


# Broken promises: breaking a promise reports no promise made.
def test_a_broken_promise_is_no_agreement(code):
    assert "AGREE" not in _types(code("Kurds revolted in 1974 after Baghdad broke promises to grant them autonomy."),
                                 "promises")


def test_a_promise_made_stays_an_agreement(code):
    assert "AGREE" in _types(code("Baghdad made promises to the Kurdish leaders on Monday."), "promises") \
        | _types(code("Baghdad made promises to the Kurdish leaders on Monday."), "made")


# "no longer": the act stops, it is not done.
@pytest.mark.parametrize("text", [
    "The US would no longer supply arms to the Kurdish fighters, the Turkish minister said.",
    "The US no longer supplies arms to the Kurdish fighters.",
    "Peru will no more recognize the Chilean government.",
])
def test_no_longer_negates_the_act(code, text):
    events = [e for e in code(text) if e.event_type in ("AID", "SUPPORT")]
    assert events and all(e.status == "negated" for e in events)


def test_more_without_no_is_no_negation(code):
    (event,) = _on(code("The US supplied more arms to the Kurdish fighters on Monday."), "supplied")
    assert event.status == "occurred"


# Coming back: a person travelling back is no retreat; forces or envoys coming back pull out.
@pytest.mark.parametrize("text", [
    "Talabani returned from Syria in 1991.",
    "The Chilean opposition leader will return from Paris on Monday to lead the interim government.",
])
def test_a_person_returning_is_no_retreat(code, text):
    assert not _on(code(text), "returned") and not _on(code(text), "return")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russian troops returned from Syria on Monday.", "returned"),
    ("The Chilean ambassador returned home on Monday.", "returned"),
    ("Peru returned the captured land to Chile on Monday.", "returned"),
    ("The Swedish aid group has returned from Afghanistan, its director said on Monday.", "returned"),
])
def test_forces_envoys_and_handing_back_still_retreat(code, text, trigger):
    assert _types(code(text), trigger) == {"RETREAT"}


# Defending oneself supports no other party; defending another party does.
def test_defending_oneself_is_no_support(code):
    assert not _on(code("Israel said it would defend itself at the court in The Hague."), "defend")


def test_defending_another_party_stays_support(code):
    assert ("SUPPORT", "TUR", "AZE") in triples(code("Turkey defended Azerbaijan against the criticism on Monday."))


def test_a_predicate_nouns_relationship_clause_codes_but_its_habit_does_not(code):
    assert {("SUPPORT", "CUB", "COL"), ("AID", "CUB", "COL")} & triples(
        code("Cuba is a country that supports the rebels in Colombia."))
    assert not _on(code("The Red Brigade is a Chilean group that opposes the government's land reform."), "opposes")
