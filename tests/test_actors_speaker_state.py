"""A state organ named bare ("the army", "the military", "the country") in what a state's party says is the
speaker's state's, in a story with no setting of its own; a post or envoy abroad, or a story set elsewhere, gives
it nothing. Sentences we wrote."""
from __future__ import annotations

from dyads import pipeline
from dyads.settings import Settings


def _actors(events, event_type):
    return [e.actor for e in events if e.event_type == event_type and e.actor]


def test_the_military_in_a_presidents_announcement_is_his_states(code):
    events = code("Talks on the border dispute resumed this week. Paraguayan President Ana Rivas announced on "
                  "Monday that the military had arrested twelve smugglers near the river.")
    actors = _actors(events, "COERCE")
    assert actors and {a.code for a in actors} == {"PRY"}, actors
    assert all("speaker's state" in a.why for a in actors), [a.why for a in actors]


def test_the_country_in_a_commanders_statement_is_his_states(code):
    events = code("Tension along the frontier has grown for months. The Zambian army commander said on Tuesday that "
                  "the country would withdraw its troops from the border with Malawi.")
    actors = _actors(events, "RETREAT")
    assert actors and {a.code for a in actors} == {"ZMB"}, actors


def test_a_named_foreign_army_keeps_its_own_country(code):
    events = code("Tension along the frontier has grown for months. Kenya's foreign minister said the Ugandan army "
                  "had attacked a village near the border.")
    actors = _actors(events, "ASSAULT")
    assert actors and {a.code for a in actors} == {"UGA"}, actors


def test_an_envoy_abroad_does_not_lend_its_state_to_the_army(code):
    events = code("Fighting went on for a third week. The US ambassador said on Monday the army had shelled a "
                  "market, killing ten people.")
    assert all(a.code != "USA" for a in _actors(events, "ASSAULT")), _actors(events, "ASSAULT")


def test_a_story_set_elsewhere_keeps_its_setting(code):
    events = code("KHARTOUM, May 2 (Reuters) - Fighting went on for a third week. The Norwegian foreign minister "
                  "said on Monday the army had shelled a market in the city.")
    actors = _actors(events, "ASSAULT")
    assert actors and {a.code for a in actors} == {"SDN"}, actors


def test_the_trace_says_an_actor_was_found_but_given_no_state():
    _, verdicts, _ = pipeline.explain("Heavy rain fell on Monday. The ministry condemned the decision.",
                                      settings=Settings())
    said = [v.verdict for v in verdicts if v.trigger == "condemned"]
    assert said and "no actor resolved" not in said[0], said
    assert "'The ministry' (?/GOV) resolved but given no state" in said[0], said


def test_the_trace_says_a_meeting_had_no_one_to_meet():
    _, verdicts, _ = pipeline.explain("Heavy rain fell on Monday. Peruvian officials met on Friday.",
                                      settings=Settings())
    said = [v.verdict for v in verdicts if v.trigger == "met"]
    assert said and said[0].startswith("not coded: a meeting with no other party named"), said


def test_a_bare_organ_takes_the_one_state_named_just_before(code):
    events = code("Heavy rain fell across the region on Monday. Bolivia's president accused the observers of bias on "
                  "Thursday, while the military demanded their departure.")
    actors = _actors(events, "REQUEST")
    assert actors and {a.code for a in actors} == {"BOL"}, actors
    assert all("one state named in its sentence or the one before" in a.why for a in actors)


def test_the_central_government_is_bare_too(code):
    events = code("Heavy rain fell across the region on Monday. The Iraqi parliament voted to send troops to the "
                  "north, and the central government imposed a curfew on the city.")
    actors = _actors(events, "COERCE")
    assert actors and {a.code for a in actors} == {"IRQ"}, actors


def test_two_states_in_view_give_a_bare_organ_nothing(code):
    events = code("Heavy rain fell across the region on Monday. Chile's foreign minister met his Peruvian "
                  "counterpart on Thursday. The ministry accused the observers of bias.")
    assert all(a.code is None for a in _actors(events, "ACCUSE") if a.text == "The ministry")


def test_a_place_is_not_the_state_in_view(code):
    events = code("Heavy rain fell across the region on Monday. Delegates gathered in Geneva on Thursday. "
                  "The military demanded the release of prisoners.")
    assert all(a.code != "CHE" for a in _actors(events, "REQUEST")), _actors(events, "REQUEST")


def test_the_office_is_no_bare_organ(code):
    events = code("Heavy rain fell across the region on Monday. Bolivia's president spoke on Thursday. The office "
                  "demanded the release of prisoners.")
    # (the story's one country may still be guessed for it, by the setting rules: not by this one)
    assert all("one state named in its sentence" not in a.why for a in _actors(events, "REQUEST"))


def test_a_plain_modifier_leaves_the_organ_the_speakers(code):
    events = code("Tension along the frontier has grown for months. Paraguay's interior minister said on Monday that "
                  "riot police had arrested forty smugglers near the river.")
    actors = _actors(events, "COERCE")
    assert actors and {a.code for a in actors} == {"PRY"}, actors


def test_foreign_troops_are_not_the_speakers(code):
    events = code("Tension along the frontier has grown for months. Paraguay's interior minister said on Monday that "
                  "foreign troops had attacked a village near the river.")
    assert all(a.code != "PRY" for a in _actors(events, "ASSAULT")), _actors(events, "ASSAULT")


def test_a_speaker_placed_only_by_context_lends_no_state(code):
    # the unknown president is given the one country of his sentence (the Peruvians'): no ground for the agents'
    events = code("Heavy rain fell across the region. President Tomas Arriaga's spokesman said border agents had "
                  "detained more than 300 Peruvians on Tuesday.")
    assert all("speaker's state" not in a.why for a in _actors(events, "COERCE"))


def test_the_trace_says_an_unnamed_gunman_is_no_ones_party():
    _, verdicts, _ = pipeline.explain("Heavy rain fell on Monday. Gunmen killed three American tourists.",
                                      settings=Settings())
    said = [v.verdict for v in verdicts if v.trigger == "killed"]
    assert said and "is no one's party with no group or country named" in said[0], said


def test_a_state_named_only_as_the_one_dealt_with_is_not_in_view(code):
    events = code("Heavy rain fell across the region on Monday. 'We have cut all ties with Lima,' the minister said. "
                  "The military detained twelve traders.")
    assert all("one state named in its sentence" not in a.why for a in _actors(events, "COERCE"))
