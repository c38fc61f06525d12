"""Status of events (dyads.status): negation, cancellation, refusal, failure, and announced intent."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import cameo as cameo_codes
from dyads import intent, nlp, status


def _found(events, event_type, actor, recipient):
    return [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
            and (recipient is None or (e.recipient and e.recipient.code == recipient))]


# (sentence, trigger): a negated, cancelled, refused or failed action is no occurred or planned event
NEGATED = [
    ("France will not join any military strikes against Syria.", "strikes"),
    ("Latvia said it would not expel Russian diplomats.", "expel"),
    ("Germany has given Ukraine no promises of support.", "promises"),
    ("The Senegalese army has sent no troops to Mali.", "sent"),
    ("Brazil postponed its planned visit to Argentina.", "visit"),
    ("Sweden scrapped a planned meeting with Finnish officials.", "meeting"),
    ("Britain cancelled a planned press conference with Turkey.", "conference"),
    ("Kenya ruled out talks with Somalia.", "talks"),
    ("Kenya failed to reach an agreement with Somalia.", "reach"),
    ("India could not reach a deal with Pakistan.", "reach"),
    ("Ghana did not manage to free the hostages held by Togolese rebels.", "free"),
    ("Uganda avoided condemning Rwanda.", "condemning"),
    ("Chile stopped short of condemning Peru.", "condemning"),
    ("Norway denied attacking Russian fishing boats.", "attacking"),
]


@pytest.mark.parametrize("text, trigger", NEGATED)
def test_negated_cancelled_or_failed_action_is_not_occurred(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "negated" for e in events), [(e.event_type, e.status) for e in events]


def test_a_negator_outranks_the_future_auxiliary(code):
    events = [e for e in code("France will not join any military strikes against Syria.") if e.actor]
    assert events and all(e.status == "negated" and "'not'" in e.why for e in events)


def test_not_only_is_no_negation(code):
    events = _found(code("Chile not only condemned Peru but also recalled its ambassador."), "ACCUSE", "CHL", "PER")
    assert events and events[0].status == "occurred"


def test_refusal_is_a_rejection_and_the_refused_action_codes_nothing(code):
    events = code("Peru refused to sign the border treaty with Chile.")
    assert {e.event_type for e in events} == {"REJECT"}


def test_declining_to_comment_codes_no_consultation(code):
    events = code("The Colombian ministry declined to comment, saying it would not discuss individual cases.")
    assert not [e for e in events if e.event_type == "CONSULT" and e.status in ("occurred", "planned")]


# announced intent: only the actor's own announcement in its own words is a promise or a threat
INTENTS = [
    ("Turkey said it would arrest Syrian smugglers.", "THREATEN", "TUR", "SYR"),
    ("Turkey said it would impose sanctions on Syria unless Syria withdrew.", "THREATEN", "TUR", "SYR"),
    # an announced refusal to meet or to retreat is a rejection
    ("Bolivia said it would not attend the talks with Chile.", "REJECT", "BOL", "CHL"),
    ("Peru said it will not withdraw its troops from Ecuador.", "REJECT", "PER", "ECU"),
]


@pytest.mark.parametrize("text, event_type, actor, recipient", INTENTS)
def test_actor_announcing_its_own_plan_codes_the_announcement(code, text, event_type, actor, recipient):
    found = [e for e in _found(code(text), event_type, actor, recipient) if e.why.startswith("announced intent")]
    assert found and found[0].status == "occurred" and "announced by its actor" in found[0].why


NO_INTENTS = [
    # a bare modal in narrative is a plan or schedule, not a promise
    "The Egyptian president would speak to his Sudanese counterpart later on Friday.",
    "Qatar will send food aid to Yemen.",
    # the actor is not the one who announces
    "Kurdish fighters will soon be released by Turkey.",
    "Latvian officials said Estonia would expel Russian diplomats.",
    # an announced decision to cut ties or to retreat is the planned act only
    "Turkey said it would impose sanctions on Syria.",
    "Latvia announced that its troops will withdraw from Iraq.",
    # negated
    "A few Syrian rockets won't pose any threat to Israel.",
    "Latvia said it would not expel Russian diplomats.",
    "France will not join any military strikes against Syria.",
    "Chilean officials said Bolivia would not attend the talks with Peru.",
    # a refusal only under a condition (a refusal with nobody refused is now a REJECT: REFUSALS below)
    "The Bolivian minister said he would not return to Chile if doing so meant a trial.",
]


@pytest.mark.parametrize("text", NO_INTENTS)
def test_no_announced_intent_without_the_actors_own_announcement(code, text):
    events = code(text)
    assert not [e for e in events if e.why.startswith("announced intent")], triples(events)
    assert not [e for e in events if e.event_type in ("AGREE", "THREATEN") and e.status == "occurred"]


# Refusal convention (docs/coding-guide.md, decisions of session 19): a party's own stated refusal to attend, meet,
# negotiate, join or sign is a REJECT that occurred, aimed at the other side, or at nobody when none is named. Until
# session 19 "Bolivia would not attend the talks with Chile" (a refusal the narrative states) was in NO_INTENTS and
# "said it would not attend the talks on Sunday" (nobody named) codes nothing.
REFUSALS = [
    ("Bolivia would not attend the talks with Chile.", "BOL", "CHL", "125"),
    ("Bolivia will not attend the talks with Chile.", "BOL", "CHL", "125"),
    ("Bolivia would not attend the talks.", "BOL", None, "125"),
    ("Bolivia said it would not attend the talks on Sunday.", "BOL", None, "125"),
    ("Tehran said it would not sign the protocol.", "IRN", None, "127"),
    ("Iran said it would not sign the nuclear protocol with France.", "IRN", "FRA", "127"),
    ("Ecuador said it would not join NATO.", "ECU", "IGONAT", "121"),
    ("Iran refused to meet the envoy.", "IRN", None, "125"),
    ("Iran refused to meet the American envoy.", "IRN", "USA", "125"),
    ("Kenya declined to attend the summit hosted by Uganda.", "KEN", "UGA", "125"),
    ("Ecuador refused to join the alliance.", "ECU", None, "121"),
    ("Ecuador refused to renew the agreement with Peru.", "ECU", "PER", "127"),
]


@pytest.mark.parametrize("text, actor, recipient, cameo_code", REFUSALS)
def test_a_partys_own_stated_refusal_to_meet_join_or_sign_is_a_rejection(code, text, actor, recipient, cameo_code):
    found = [e for e in code(text) if e.event_type == "REJECT" and e.status == "occurred"]
    assert [(e.actor.code, e.recipient.code if e.recipient else None, e.cameo) for e in found] == [
        (actor, recipient, cameo_code)], triples(found)


def test_an_oppositions_refusal_to_attend_talks_still_refuses_its_own_government(code):
    # only a state's own refusal loses the domestic default recipient (itself); an opposition refuses its government
    assert ("REJECT", "KEN", "KEN") in triples(code("The Kenyan opposition refused to attend the talks."))


@pytest.mark.parametrize("text", [
    "Bolivia would not attend the talks unless Chile withdrew its troops.",  # conditional: no refusal yet
    "Bolivia would not attend the talks until Chile withdrew its troops.",
    "Bolivia said it would not negotiate with Chile until its troops left Bolivian soil.",
    "Bolivia would not be able to attend the talks with Chile.",  # inability, no refusal
    "Analysts said Bolivia would not attend the talks with Chile.",  # a third party's prediction
    "Chilean officials said Bolivia would not attend the talks with Peru.",
    "Would Bolivia not attend the talks with Chile?",  # a question
    "Bolivia did not refuse to attend the talks with Chile.",  # a negated refusal
    "Bolivia never said it would not attend the talks with Chile.",
    "Bolivia did not attend the talks with Chile.",  # mere absence, no refusal said
    "Peru said it will not withdraw its troops.",  # a refusal to retreat with nobody named
])
def test_no_rejection_without_a_partys_own_unconditional_refusal(code, text):
    assert not [e for e in code(text) if e.event_type == "REJECT" and e.status == "occurred"], triples(code(text))


def test_planned_action_of_a_bare_modal_stays_planned(code):
    events = _found(code("The Egyptian president would speak to his Sudanese counterpart later on Friday."),
                    "CONSULT", "EGY", "SDN")
    assert events and events[0].status == "planned"


def test_every_announcement_type_has_a_cameo_code():
    words = status.words()
    for planned in words.intent_types:
        kind, cameo = intent.intent_type(planned, conditional=False)
        assert kind == words.intent_types[planned] and cameo
    assert intent.intent_type("AID", conditional=True)[0] == "THREATEN"
    for refused, code in words.refusal_cameo.items():
        assert intent.intent_type(refused, conditional=False, refused=True) == ("REJECT", code)
        assert code.startswith("12") and cameo_codes.lookup(code)


def test_a_threatened_act_has_not_happened(code):
    events = code("The Islamist group threatened on Sunday to kill the head of the provincial council in Algeria.")
    assert {e.status for e in events if e.trigger.text == "kill"} == {"hypothetical"}


def test_a_refused_act_did_not_happen(code):
    events = code("Iran refused to release the British tanker.")
    assert {e.status for e in events if e.trigger.text == "release"} <= {"negated"}
    assert "REJECT" in {e.event_type for e in events if e.trigger.text == "refused"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile had planned to hold its first ministers' meeting with Peru on April 10.", "hold"),
    ("Kenya had hoped to visit Somalia before the elections.", "visit"),
])
def test_a_plan_told_in_the_past_perfect_did_not_happen(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "hypothetical" for e in events), [(e.event_type, e.status) for e in events]


def test_a_plan_in_the_simple_past_stays_planned(code):
    events = [e for e in code("Chile planned to hold a meeting with Peru on April 10.") if e.trigger.text == "hold"]
    assert events and all(e.status == "planned" for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russia has discovered that it is easier to bomb a country than to bring peace.", "bomb"),
    ("The Peruvian town most likely to be attacked by Chilean forces lies on the coast.", "attacked"),
])
def test_an_action_judged_in_general_is_no_reported_event(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "hypothetical" for e in events), [(e.event_type, e.status) for e in events]


def test_an_action_of_a_party_quick_to_act_still_occurred(code):
    events = [e for e in code("Chile was quick to condemn Peru.") if e.trigger.text == "condemn"]
    assert events and all(e.status == "occurred" for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya stopped arming the Somali rebels in 2012.", "arming"),
    ("Chile ceased supplying weapons to Bolivian rebels last year.", "supplying"),
])
def test_an_action_stopped_is_no_new_occurrence(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "negated" for e in events), [(e.event_type, e.status) for e in events]


def test_an_event_named_by_a_noun_that_someone_wants_stopped_did_occur(code):
    text = "There needs to be more pressure to stop Uganda's incursion into South Sudan."
    events = [e for e in code(text) if e.trigger.text == "incursion"]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


def test_an_agreement_someone_could_renege_on_did_occur(code):
    text = "The Turkish prime minister said it was possible for Turkey to renege on its agreement with the EU."
    events = [e for e in code(text) if e.trigger.text == "agreement"]
    assert all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("The Peruvian president said he would welcome the return of Chilean troops.", "welcome", "SUPPORT"),
    ("Peruvian opposition groups said they would reject the ceasefire.", "reject", "REJECT"),
    ("Bolivia said it would respect the UN resolution on its border with Chile.", "respect", "AGREE"),
])
def test_a_stance_told_with_would_is_taken_now(code, text, trigger, event_type):
    events = [e for e in code(text) if e.trigger.text == trigger and e.event_type == event_type]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]
    assert not [e for e in code(text) if e.trigger.text == "would"]  # no announced intent besides


def test_an_action_told_with_would_stays_planned(code):
    events = [e for e in code("Chile said it would send troops to Peru.") if e.trigger.text == "send"]
    assert events and all(e.status == "planned" for e in events)



@pytest.mark.parametrize("text, trigger", [
    ("Peru has sought to expand its navy in the Pacific and signed a similar deal with Chile in 2022.", "signed"),
    ("The Italian government has pledged to curb arrivals and last month signed a deal with Tunisia.", "signed"),
])
def test_a_past_tense_verb_joined_to_a_plan_is_its_own_occurred_clause(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


def test_a_verb_joined_inside_an_infinitive_plan_stays_planned(code):
    events = [e for e in code("Chile plans to visit Peru and sign a trade deal next week.") if e.trigger.text == "sign"]
    assert events and all(e.status == "planned" for e in events)


@pytest.mark.parametrize("text", [
    # the parser hangs "accused" under "denies" here
    "Peru's government accused Chile of sending troops to fight alongside the rebels, an allegation Santiago denies.",
    "Bolivia accused Paraguay of arming the rebels, an allegation Asuncion denies.",
    "Chile accused Peru of spying on its navy, a charge the Peruvian government denies.",
])
def test_an_accusation_whose_truth_is_denied_after_it_was_still_made(code, text):
    events = [e for e in code(text) if e.trigger.text == "accused"]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


def test_denying_an_accusation_before_it_still_negates_it(code):
    events = [e for e in code("Peru denied that it attacked Chilean boats.") if e.trigger.text == "attacked"]
    assert all(e.status == "negated" for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russia would shoot down Turkish jets if Turkey crossed the border.", "shoot"),
    ("Chile will send troops to Bolivia unless Peru withdraws.", "send"),
])
def test_a_future_action_under_a_condition_is_hypothetical(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.status for e in events} == {"hypothetical"}


def test_an_announced_conditional_action_is_an_ultimatum(code):
    events = code("Turkey said it would impose sanctions on Syria if Syria attacked Turkish troops.")
    assert {e.status for e in events if e.trigger.text == "impose"} == {"hypothetical"}
    threats = [e for e in _found(events, "THREATEN", "TUR", "SYR") if e.why.startswith("announced intent")]
    assert threats and threats[0].status == "occurred"


def test_what_would_have_happened_did_not(code):
    events = code("Without the ceasefire, Armenian artillery would have shelled the Azerbaijani capital.")
    assert {e.status for e in events if e.trigger.text == "shelled"} == {"hypothetical"}


@pytest.mark.parametrize("text", [
    '"Will Chile attack Peru next week?" the minister asked.',
    "Peru asked: \u201cWill Chile attack us?\u201d",
])
def test_a_quoted_question_reports_no_event(code, text):
    events = [e for e in code(text) if e.trigger.text == "attack"]
    assert all(e.status == "hypothetical" for e in events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenyan soldiers crossed the border to attack Somali troops.", "attack"),
    ("The militants built a base near the border to attack Chad.", "attack"),
])
def test_an_infinitive_of_purpose_is_not_reported_as_done(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.status for e in events} == {"hypothetical"}, triples(code(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Hundreds of Chilean students gathered in Santiago to protest against the government.", "protest"),
    ("The Chilean cabinet made the decision to accept the Peruvian offer.", "accept"),
])
def test_an_infinitive_its_governor_carries_out_or_decides_is_no_purpose(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status != "hypothetical" for e in events), triples(events)


@pytest.mark.parametrize(("text", "trigger", "state"), [
    ("A convoy of Chilean troops entered the region to support Peruvian forces.", "support", "occurred"),
    # the travel verb is the visit now (the meeting it is made for joins it): occurred, as the travel
    ("The Peruvian foreign minister travelled to Santiago to meet Chilean officials.", "travelled", "occurred"),
    ("Chilean forces are preparing to enter the province to support Peruvian forces.", "support", "planned"),
])
def test_the_action_a_movement_is_made_for_shares_its_status(code, text, trigger, state):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.status for e in events} == {state}, triples(code(text))


def test_a_noun_in_the_purpose_of_a_movement_is_still_only_a_purpose(code):
    events = [e for e in code("Peru sent its minister to Santiago to obtain an agreement with Chile.")
              if e.trigger.text == "agreement"]
    assert all(e.status == "hypothetical" for e in events), triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("A US pullout from Syria would leave Iraq exposed.", "pullout"),
    ("An Israeli attack on Iran could start a regional war.", "attack"),
])
def test_an_action_noun_that_is_the_subject_of_a_possibility_is_only_possible(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.status for e in events} == {"hypothetical"}, triples(code(text))


def test_an_action_noun_that_is_the_subject_of_a_past_verb_occurred(code):
    events = [e for e in code("The Israeli attack on Gaza killed four Palestinians.") if e.trigger.text == "attack"]
    assert all(e.status == "occurred" for e in events)


def test_an_action_feared_in_case_it_happens_is_hypothetical(code):
    events = code("The villagers hid their radios in case Boko Haram raided Maiduguri and punished them.")
    assert {e.status for e in events if e.trigger.text == "raided"} <= {"hypothetical"}
    assert [e for e in events if e.trigger.text == "raided"], triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("It worries Ankara that the US will continue to arm the Kurdish militias.", "arm"),
    ("Analysts predict that Russia will attack Ukraine again.", "attack"),
    ("It is likely that Chile and Bolivia will ultimately side with Peru.", "side"),
    ("One option being considered is that Chile would ask Bolivia to withdraw.", "ask"),
    ("The rebels hope that Chile will send weapons to Bolivia.", "send"),
    ("The Peruvian fear is that Chile will attack Bolivia.", "attack"),
])
def test_a_feared_or_predicted_future_is_no_plan(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.status for e in events} == {"hypothetical"}, triples(code(text))


@pytest.mark.parametrize(("text", "event_type"), [
    ("Boris Johnson became the first British foreign secretary to visit Libya.", "CONSULT"),
    ("The Lebanese prime minister has been lobbying in Paris to urge France to help.", "REQUEST"),
])
def test_an_infinitive_of_a_ranked_noun_or_of_lobbying_reports_what_happened(code, text, event_type):
    events = [e for e in code(text) if e.event_type == event_type]
    assert events and all(e.status == "occurred" for e in events), triples(code(text))


def test_what_a_party_needs_to_do_has_not_happened(code):
    events = code('"We need to work together with Uganda," the Kenyan foreign minister said.')
    assert [e for e in events if e.trigger.text == "work"], triples(events)
    assert {e.status for e in events if e.trigger.text == "work"} == {"hypothetical"}


@pytest.mark.parametrize("text", [
    'Kenyan troops crossed into Somalia. "Let them fight al-Shabaab," the Kenyan defence minister said.',
    "Stop the shelling of Kharkiv!",
])
def test_a_command_or_exhortation_reports_no_event(code, text):
    events = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert all(e.status == "hypothetical" for e in events), triples(events)


def test_a_sentence_opening_with_its_subject_is_no_command(code):
    events = [e for e in code("Kenyan troops shelled the Somali town of Kismayo.") if e.event_type == "ASSAULT"]
    assert events and events[0].status == "occurred"


@pytest.mark.parametrize("text, trigger", [
    ("The Bolivian government has not commented on the talks but has condemned Chile's blockade.", "condemned"),
    ("It \"must be put into effect everywhere and by everyone without delay\", Macron said in a telephone call "
     "to Scholz.", "call"),
    ("The Kenyan court said it considered the fine too high and asked Uganda to pay less.", "asked"),
])
def test_a_clause_joined_with_its_own_subject_or_tense_keeps_its_own_status(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Peru did not attack or shell the Chilean border posts.", "shell"),
    ("Peru has not attacked or shelled the Chilean border posts.", "shelled"),
    ("Peru will not condemn Chile or expel its diplomats.", "expel"),
])
def test_a_verb_sharing_a_negated_auxiliary_stays_negated(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "negated" for e in events), [(e.event_type, e.status) for e in events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile will reopen the border if Peru abandons its blockade of the port.", "blockade"),
    ("Bolivia will retaliate if Peru pursues its threat against the Bolivian navy.", "threat"),
    ("Peru did not drop its accusations against Bolivia.", "accusations"),
])
def test_an_owned_event_given_up_or_pursued_under_a_condition_did_occur(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and all(e.status == "occurred" for e in events), triples(code(text))


@pytest.mark.parametrize("text", [
    "Chile will reopen the border if Peru launches an attack on Bolivia.",
    "Chile will reopen the border if Peru abandons the attack on Bolivia.",
])
def test_an_event_of_no_named_author_under_a_condition_stays_hypothetical(code, text):
    events = [e for e in code(text) if e.trigger.text == "attack"]
    assert all(e.status == "hypothetical" for e in events), triples(events)


@pytest.mark.parametrize(("text", "trigger", "state"), [
    ("The minister spoke in Lima, saying the Peruvian navy would deter Chile, continue to attack Bolivian smugglers "
     "and support fishermen.", "attack", "planned"),
    ("The minister said the Peruvian navy had deterred Chile and attacked Bolivian smugglers.", "attacked", "occurred"),
])
def test_a_bare_verb_reported_after_a_modal_clause_shares_its_modal(settings, text, trigger, state):
    doc = nlp.load(settings.spacy_model)(text)
    token = next(t for t in doc if t.text == trigger)
    assert status.status_of(token)[0] == state


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile intends to send weapons to Bolivia next week.", "send"),  # a wish ("hopes to") is hypothetical
    ("The Chilean minister said Chile would send weapons to Bolivia.", "send"),
    ("The plan is that Chile will send weapons to Bolivia.", "send"),
])
def test_a_plan_of_the_actor_is_no_prediction(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events and {e.status for e in events} == {"planned"}, triples(code(text))


def test_a_second_infinitive_of_a_threat_is_threatened_too(code):
    events = code("The rebels threatened on Sunday to kill the Chilean ambassador and to kill the Peruvian consul.")
    assert not [e for e in events if e.event_type == "ASSAULT" and e.status in ("occurred", "planned")], \
        triples(events)


@pytest.mark.parametrize("text", [
    "The Chilean adviser declined to deny reports of changes to the Peruvian president's office.",
    "The Bolivian embassy refused to speculate about the Peruvian report.",
])
def test_declining_to_deny_or_speculate_is_no_rejection(code, text):
    assert not [e for e in code(text) if e.event_type == "REJECT"], triples(code(text))


def test_a_stance_under_a_condition_is_hypothetical_and_no_ultimatum(code):
    events = code("The Peruvian president said he would welcome Chilean troops if Bolivia attacked.")
    assert {e.status for e in events if e.trigger.text == "welcome"} == {"hypothetical"}, triples(events)
    assert not [e for e in events if e.why.startswith("announced intent")], triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chile demanded that the Peruvian minister go to the palace to resolve the crisis with Bolivia.", "resolve"),
    ("Chile urged Peru to send troops to the border to support Bolivian forces.", "support"),
])
def test_the_purpose_of_a_movement_asked_for_is_no_event(code, text, trigger):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert all(e.status == "hypothetical" for e in events), triples(events)


def test_what_a_party_risks_doing_has_not_happened(code):
    events = [e for e in code("Peru risked attacking Chilean ships.") if e.trigger.text == "attacking"]
    assert events and all(e.status == "hypothetical" for e in events), triples(events)
