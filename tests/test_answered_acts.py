"""Acts that a party answers ("will respond to the Israeli strike", "vowed to avenge the raid", "in retaliation for
Peru's attack"): the act answered was done by someone else, before the answer, so it is coded as an event of its own
(occurred, by its own named author, aimed at the one who answers it unless it names its own target); a strike named
by a state's or an armed group's name, or one that a party answers, is a military attack, not a labour strike; and a
vowed or promised response, retaliation or revenge is a threat."""
from __future__ import annotations

import pytest

from conftest import triples


def _on(events, word):
    return [e for e in events if e.trigger.text == word]


@pytest.mark.parametrize(("text", "word", "author", "answerer"), [
    ("Iran will respond to the Israeli strike.", "strike", "ISR", "IRN"),
    ("Iran will respond to Israel's strike.", "strike", "ISR", "IRN"),
    ("Hezbollah vowed to avenge the Israeli raid.", "raid", "ISR", "LBN"),
    ("Peru will retaliate for the Chilean attack.", "attack", "CHL", "PER"),
])
def test_an_answered_act_is_its_authors_occurred_act_on_the_answerer(code, text, word, author, answerer):
    events = code(text)
    acts = _on(events, word)
    assert [(e.event_type, e.actor.code, e.recipient.code if e.recipient else None, e.status) for e in acts] \
        == [("ASSAULT", author, answerer, "occurred")], triples(events)


def test_an_answered_act_naming_its_own_target_keeps_it(code):
    events = code("Iran will respond to the Israeli strike on Syria.")
    acts = _on(events, "strike")
    assert [(e.actor.code, e.recipient.code if e.recipient else None, e.status) for e in acts] \
        == [("ISR", "SYR", "occurred")], triples(events)


@pytest.mark.parametrize("text", [
    "Iran will fire missiles in response to the Israeli strike.",
    "Iran fired missiles in retaliation for the Israeli strike.",
])
def test_an_act_answered_by_a_noun_of_response_is_coded(code, text):
    events = code(text)
    assert [(e.event_type, e.actor.code, e.status) for e in _on(events, "strike")] \
        == [("ASSAULT", "ISR", "occurred")], triples(events)


@pytest.mark.parametrize("text", [
    "The government will respond to the strike.",  # no author named: the answerer is not it
    "Israel will respond to any attack.",  # no act that happened
    "Iran responded to calls for restraint.",
])
def test_the_answering_party_never_authors_what_it_answers(code, text):
    events = code(text)
    assert not [e for e in events if e.trigger.text in ("strike", "attack", "calls")], triples(events)


@pytest.mark.parametrize(("text", "actor"), [
    ("The Israeli strike came a day after the talks.", "ISR"),
    ("A Hamas strike came a day after the talks.", "PSE"),
])
def test_a_strike_named_by_a_state_or_armed_group_is_an_attack(code, text, actor):
    events = code(text)
    assert [(e.event_type, e.actor.code) for e in _on(events, "strike")] == [("ASSAULT", actor)], triples(events)


@pytest.mark.parametrize("text", [
    "A French rail strike disrupted travel.",
    "This is not Tunisia's first strike.",
    "The Israeli general strike closed schools.",
    "The Kenyan teachers' strike closed schools.",
])
def test_labour_strikes_stay_protests(code, text):
    events = code(text)
    assert not [e for e in _on(events, "strike") if e.event_type == "ASSAULT"], triples(events)


@pytest.mark.parametrize(("text", "recipient"), [
    ("Iran vowed a strong response.", None),
    ("Iran vowed a strong response to the Israeli strike.", "ISR"),
    ("Iran pledged revenge for the killing of its general.", None),
    ("Hamas promised a painful response.", None),
])
def test_a_vowed_response_is_a_threat(code, text, recipient):
    events = code(text)
    vows = [e for e in events if e.trigger.text in ("vowed", "pledged", "promised")]
    assert [(e.event_type, e.recipient.code if e.recipient else None) for e in vows] == [("THREATEN", recipient)], \
        triples(events)


def test_a_response_vowed_to_no_hostile_act_is_no_threat(code):
    events = code("The Kenyan minister vowed a swift response to the floods.")
    assert not [e for e in events if e.event_type == "THREATEN"], triples(events)


def test_a_strike_in_a_condition_is_supposed(code):
    events = code("Russia said it would shoot down missiles if a US strike on Syria endangered its troops.")
    assert not [e for e in _on(events, "strike") if e.status == "occurred"], triples(events)


@pytest.mark.parametrize(("text", "recipient"), [
    ("Kenya declined to attend the summit in Uganda.", None),  # a venue is no host (coding guide, session 19)
    ("Kenya declined to attend the summit hosted by Uganda.", "UGA"),
    ("Kenya declined to attend Uganda's summit.", "UGA"),
])
def test_a_declined_summit_is_rejected_toward_its_host_only(code, text, recipient):
    events = code(text)
    rejects = [e for e in events if e.event_type == "REJECT"]
    assert [(e.actor.code, e.recipient.code if e.recipient else None) for e in rejects] == [("KEN", recipient)], \
        triples(events)


@pytest.mark.parametrize("text", [
    "The Chilean president said Chile would attack their camps if a Peruvian strike threatened Chilean soldiers.",
    "The Chilean army chief said Chile would shoot down drones if a Peruvian strike on Bolivia endangered Chilean "
    "troops.",
])
def test_an_ultimatum_is_aimed_at_the_party_whose_act_it_supposes(code, text):
    events = code(text)
    threats = [e for e in events if e.event_type == "THREATEN" and e.status == "occurred"]
    assert [(e.actor.code, e.recipient.code if e.recipient else None) for e in threats] == [("CHL", "PER")], \
        triples(events)


@pytest.mark.parametrize(("text", "recipient"), [
    ("Chilean troops repelled the Peruvian attack.", "CHL"),
    ("Chilean troops defended Arica from Peruvian attack.", "CHL"),
])
def test_a_resisted_act_is_aimed_at_whoever_resists_it(code, text, recipient):
    events = code(text)
    assert [(e.actor.code, e.recipient.code if e.recipient else None, e.status) for e in _on(events, "attack")] \
        == [("PER", recipient, "occurred")], triples(events)


def test_a_warning_given_as_the_occasion_of_a_plan_was_given(code):
    events = code('Erdogan said, "We aim to retake the town", in a veiled warning to the Syrian Kurds.')
    warnings = _on(events, "warning")
    assert [(e.event_type, e.status) for e in warnings] == [("THREATEN", "occurred")], triples(events)


@pytest.mark.parametrize(("text", "actor"), [
    ("Houthi fighters flouted the truce by shelling government positions.", "YEM"),
    ("Russian forces ignored the Easter truce and kept shelling Ukrainian positions.", "RUS"),
])
def test_flouting_or_ignoring_a_truce_breaks_it(code, text, actor):
    events = code(text)
    assert [e for e in events if e.event_type == "ASSAULT" and e.actor.code == actor], triples(events)
    assert not [e for e in events if e.event_type in ("REJECT", "RETREAT")], triples(events)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Venezuela's interior minister promised an iron fist against opposition protesters.", "VEN", "VEN"),
    ("The Kenyan president vowed a crackdown on the Shabaab.", "KEN", "SOM"),
])
def test_a_vowed_crackdown_is_a_threat(code, text, actor, recipient):
    events = code(text)
    assert [(e.event_type, e.actor.code, e.recipient.code if e.recipient else None) for e in events
            if e.trigger.text in ("promised", "vowed")] == [("THREATEN", actor, recipient)], triples(events)


@pytest.mark.parametrize(("text", "threat"), [
    ("The Turkish foreign minister warned Sweden of consequences after the burning.", True),
    ("The Turkish foreign minister warned of consequences for the economy.", False),
])
def test_consequences_threaten_only_a_party_warned_of_them(code, text, threat):
    events = code(text)
    assert bool([e for e in events if e.event_type == "THREATEN"]) is threat, triples(events)


def test_vowing_to_shut_something_down_threatens_dissent(code):
    events = code("The Nigerian oil workers' union vowed to shut down the pumping stations.")
    assert [(e.event_type, e.cameo) for e in events if e.trigger.text == "vowed"] == [("THREATEN", "133")], \
        triples(events)


def test_refusing_to_rule_out_a_gerund_option_keeps_the_threat_open(code):
    events = code("Thailand's army chief refused to rule out imposing martial law if protesters turned violent.")
    assert [e.event_type for e in events if e.trigger.text == "refused"] == ["THREATEN"], triples(events)
