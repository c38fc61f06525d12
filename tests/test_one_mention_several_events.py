"""One mention, several events: acts kept inside another trigger's phrase, coordinated parties each with its own
event, group references resolved to the parties named before, and verbs with their own objects kept apart from
the sentence's other event of the same type and parties (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


def _counted(events, event_type):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == event_type and e.status in ("occurred", "planned")}


def test_a_call_that_is_the_occasion_of_an_appeal_is_a_meeting_of_its_own(code):
    events = code("In a joint phone call to the Kremlin on Sunday, the German chancellor and the French president "
                  "urged Putin to respect the truce.")
    assert _counted(events, "CONSULT") == {("DEU", "RUS"), ("FRA", "RUS")}, "each caller consults Russia"
    assert _counted(events, "REQUEST") == {("DEU", "RUS"), ("FRA", "RUS")}, "the appeal is still coded"


def test_a_joint_call_is_made_together_not_between_the_callers(code):
    events = code("In a phone call to the Kremlin, the German chancellor and the French president urged Putin to act.")
    assert ("DEU", "FRA") not in _counted(events, "CONSULT")


def test_a_speech_is_no_meeting_of_its_own(code):
    events = code("In a speech in Lima, the Chilean president criticised Peru.")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_talks_placing_an_agreement_in_time_stay_absorbed_when_they_name_no_partner(code):
    events = code("Chile and Peru agreed to a ceasefire on Sunday after long talks.")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_an_attack_with_its_own_doer_named_over_which_someone_is_investigated_is_coded(code):
    events = code("Villagers insisted they had been targeted over the past month of airstrikes by Syrian and Russian "
                  "jets.")
    assert {a for a, _ in _counted(events, "ASSAULT")} == {"SYR", "RUS"}, "one attack event per coordinated doer"


@pytest.mark.parametrize("text", [
    "Venezuela's government expelled the Argentine ambassador on Wednesday and cut diplomatic ties with Buenos Aires.",
    "India expelled six Canadian diplomats on Monday and said it was withdrawing its own envoy from Ottawa.",
])
def test_two_verbs_with_their_own_objects_are_two_acts(code, text):
    sanctions = [e for e in code(text) if e.event_type == "SANCTION"]
    assert len({e.trigger.text for e in sanctions}) == 2


def test_coordinated_verbs_sharing_one_object_are_one_act(code):
    events = code("Rebels captured and killed 20 Peruvian soldiers.")
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1


def test_a_participle_elaborating_an_attack_is_no_second_event_with_the_same_parties(code):
    events = code("Chilean troops shelled Peruvian positions, hitting Peruvian bunkers.")
    assert len([e for e in events if e.event_type == "ASSAULT" and e.recipient is not None
                and e.recipient.code == "PER"]) == 1


def test_the_three_countries_are_the_three_named_before(code):
    events = code("Norway, Spain and Ireland recognised a Palestinian state on Tuesday. Israel recalled its "
                  "ambassadors from the three countries.")
    assert _counted(events, "SANCTION") >= {("ISR", "NOR"), ("ISR", "ESP"), ("ISR", "IRL")}


def test_ministers_from_the_three_countries_are_theirs_not_of_where_they_meet(code):
    events = code("Russia, Iran and Turkey held a summit in Sochi. Ministers from the three countries met again in "
                  "Ankara on Sunday.")
    later = {(a, r) for t, a, r in triples([e for e in events if e.sentence_index == 1]) if t == "CONSULT"}
    assert later == {(a, r) for a in ("RUS", "IRN", "TUR") for r in ("RUS", "IRN", "TUR") if a != r}


def test_the_three_countries_need_a_group_of_three(code):
    events = code("Chile and Peru signed a trade deal. Israel recalled its ambassadors from the three countries.")
    assert not {r for _, r in _counted(events, "SANCTION")} & {"CHL", "PER"}


def test_both_countries_still_take_a_pair(code):
    events = code("Chile and Peru signed a trade deal. The two countries later agreed to open the border.")
    assert {("CHL", "PER"), ("PER", "CHL")} <= _counted(events, "AGREE")


def test_a_role_from_the_countries_named_inside_keeps_its_sector(code):
    events = code("Russia, Iran and Turkey held a summit in Sochi. Police chiefs from the three countries met again in "
                  "Ankara on Sunday.")
    later = [e for e in events if e.sentence_index == 1 and e.event_type == "CONSULT"]
    assert later and {e.actor.code for e in later} == {"RUS", "IRN", "TUR"}
    assert {e.actor.sector for e in later} == {"COP"}


@pytest.mark.parametrize("text", [
    "Chilean soldiers attacked the home of a Peruvian priest and beat him to death.",
    "The Chilean shelling killed dozens of Peruvian soldiers and wounded several hundred Peruvian soldiers.",
])
def test_violent_verbs_of_one_sentence_tell_one_attack(code, text):
    events = [e for e in code(text) if e.event_type == "ASSAULT" and e.actor is not None and e.actor.code == "CHL"
              and e.recipient is not None and e.recipient.code == "PER"]
    assert len(events) == 1


@pytest.mark.parametrize(("text", "pairs"), [
    ("Ethiopia and Eritrea agreed to a ceasefire on Monday after talks in Nairobi mediated by Kenya.",
     {("KEN", "ETH"), ("KEN", "ERI")}),
    ("Sudan and Chad signed a truce brokered by Libya.", {("LBY", "SDN"), ("LBY", "TCD")}),
])
def test_a_mediating_participle_with_its_agent_is_the_mediators_own_act(code, text, pairs):
    mediation = {(e.actor.code, e.recipient and e.recipient.code) for e in code(text)
                 if e.event_type == "CONSULT" and e.trigger.text in ("mediated", "brokered")}
    assert pairs <= mediation, mediation


def test_a_hosting_participle_stays_part_of_the_meeting(code):
    events = code("The peace talks between Colombia and the rebels, hosted by Cuba, resumed on Monday.")
    assert not [e for e in events if e.trigger.text == "hosted"]


def test_several_mediators_are_not_each_others_counterparts(code):
    events = code("The peace talks, brokered by Kenya, Uganda and Tanzania, collapsed on Friday.")
    assert not [e for e in events if e.trigger.text == "brokered" and e.recipient is not None]


def test_several_mediators_of_talks_each_mediate_between_the_parties(code):
    text = "Ethiopia and Eritrea agreed to a ceasefire on Monday after talks in Nairobi mediated by Kenya and Uganda."
    mediation = {(e.actor.code, e.recipient and e.recipient.code) for e in code(text)
                 if e.event_type == "CONSULT" and e.trigger.text == "mediated"}
    assert {("KEN", "ETH"), ("KEN", "ERI"), ("UGA", "ETH"), ("UGA", "ERI")} <= mediation, mediation
    # mediators act together towards the parties, not with one another
    assert not mediation & {("KEN", "UGA"), ("UGA", "KEN")}, mediation


def test_a_deal_brokered_by_several_parties_stays_their_agreement(code):
    # the brokers of a deal may be its parties: the participle stays part of the agreement
    events = code("A deal brokered by Egypt and Qatar was signed on Monday.")
    assert not [e for e in events if e.trigger.text == "brokered"]
