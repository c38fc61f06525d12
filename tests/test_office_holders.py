"""Roles with no country of their own in a story set somewhere: "the president" is the head of state the story
named before, not a guess from where the story is set; parties said to be of many states are never guessed; and
the guess, when made, is recorded in the event's evidence. Sentences we wrote; parsed with the shared pipeline."""
from __future__ import annotations

from dyads import confidence

LEAD = "Government troops shelled rebel positions in Syria on Monday, killing dozens of fighters. "


def _actors(events, event_type):
    return [e.actor for e in events if e.event_type == event_type and e.actor is not None]


def test_the_president_is_the_head_of_state_named_before(code):
    events = code(LEAD + "Emmanuel Macron has followed the fighting closely. "
                         "The president condemned the shelling on Tuesday.", date="2019-04-10")
    actors = _actors(events, "ACCUSE")
    assert [a.code for a in actors] == ["FRA"], [(e.event_type, e.actor) for e in events]
    assert "the president (head of state) named before" in actors[0].why
    assert not any(e.evidence.actor_guess for e in events if e.event_type == "ACCUSE")


def test_the_prime_minister_is_the_titled_person_named_before(code):
    events = code(LEAD + "Prime Minister Alma Torvik of Norway spoke to reporters in Oslo. "
                         "The prime minister condemned the shelling on Tuesday.", date="2019-04-10")
    assert [a.code for a in _actors(events, "ACCUSE")] == ["NOR"], [(e.event_type, e.actor) for e in events]


def test_holders_of_two_countries_far_before_leave_the_office_to_the_setting_guess(code):
    text = (LEAD + "Emmanuel Macron spoke to reporters. Bashar al-Assad gave a speech on television. "
            "The fighting went on for hours. Aid groups counted the dead. Rescuers searched the rubble. "
            "The president condemned the shelling on Tuesday.")
    actors = _actors(code(text, date="2019-04-10"), "ACCUSE")
    assert actors and all("named before" not in a.why for a in actors), actors


def test_the_latest_holder_just_before_wins_among_several_countries(code):
    text = (LEAD + "Bashar al-Assad gave a speech on television. The fighting went on for hours. "
            "Emmanuel Macron spoke to reporters in Paris. The president condemned the shelling on Tuesday.")
    assert [a.code for a in _actors(code(text, date="2019-04-10"), "ACCUSE")] == ["FRA"]


def test_a_setting_guess_is_recorded_in_the_evidence(code):
    events = code("DAMASCUS (Reuters) - Fighting went on in the north on Monday. "
                  "The parliament condemned the opposition on Tuesday.")
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert [e.actor.code for e in accuse] == ["SYR"]
    assert "most often of the country where the story is set" in accuse[0].actor.why
    assert accuse[0].evidence.actor_guess == "scene" and not accuse[0].evidence.recipient_guess
    assert confidence.features(accuse[0].evidence).get("actor_setting_guess=scene") == 1.0


def test_a_guess_from_the_country_the_story_names_most_is_told_apart(code):
    events = code("Chile accused Peru of breaking the fishing deal on Monday. Chile said it would appeal, and Chile "
                  "recalled its envoy. Chile also cut trade talks. The parliament condemned the opposition on Tuesday.")
    accuse = [e for e in events if e.event_type == "ACCUSE" and e.actor.text == "The parliament"]
    assert [e.actor.code for e in accuse] == ["CHL"], [(e.event_type, e.actor) for e in events]
    assert accuse[0].evidence.actor_guess == "named"
    assert confidence.features(accuse[0].evidence).get("actor_setting_guess=named") == 1.0


def test_a_named_party_is_no_setting_guess(code):
    events = code("DAMASCUS (Reuters) - Fighting went on in the north on Monday. "
                  "Turkey condemned the Syrian government on Tuesday.")
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse and not any(e.evidence.actor_guess or e.evidence.recipient_guess for e in accuse)
    assert not any(f.startswith("actor_setting_guess") for f in confidence.features(accuse[0].evidence))


def test_a_party_of_many_states_is_not_guessed_of_the_setting(code):
    events = code("DAMASCUS (Reuters) - Fighting went on in the north on Monday. "
                  "The international coalition killed more than 60 fighters near the river.")
    actors = _actors(events, "ASSAULT")
    assert actors and all(a.code != "SYR" for a in actors), actors


def test_a_role_with_foreign_in_its_own_words_is_still_guessed(code):
    events = code("DAMASCUS (Reuters) - Fighting went on in the north on Monday. "
                  "The foreign ministry condemned the attack on Tuesday.")
    assert [a.code for a in _actors(events, "ACCUSE")] == ["SYR"]


def test_a_recipient_s_setting_guess_is_recorded_too(code):
    events = code("DAMASCUS (Reuters) - Fighting went on in the north on Monday. "
                  "The United Nations urged the government to open the roads to aid convoys.")
    asked = [e for e in events if e.event_type == "REQUEST" and e.recipient is not None]
    assert [e.recipient.code for e in asked] == ["SYR"], [(e.event_type, e.recipient) for e in events]
    assert asked[0].evidence.recipient_guess == "scene" and not asked[0].evidence.actor_guess


# --- a body called by a word of its name ---------------------------------------------------------------------

BODY_LEAD = "The European Commission asked for a review of the fishing deal on Tuesday. "


def test_the_capitalised_body_word_is_the_body_named_before(code):
    events = code(BODY_LEAD + "BRUSSELS - The Commission criticised Spain on Wednesday.")
    actors = [a for a in _actors(events, "ACCUSE")]
    assert [a.code for a in actors] == ["IGOEEC"], [(e.event_type, e.actor) for e in events]
    assert "the body named before with that word in its name" in actors[0].why


def test_the_body_word_as_possessor_keeps_the_role_s_sector(code):
    events = code(BODY_LEAD + "The Commission's spokeswoman accused Spain of delays.")
    actors = _actors(events, "ACCUSE")
    assert [(a.code, a.sector) for a in actors] == [("IGOEEC", "GOV")], actors


def test_a_lower_case_body_word_or_one_no_name_holds_is_not_a_body_named_before(code):
    for text in (BODY_LEAD + "LIMA - The commission criticised Peru's fishing fleet on Wednesday.",
                 BODY_LEAD + "LIMA - The Council criticised Peru's fishing fleet on Wednesday."):
        actors = _actors(code(text), "ACCUSE")
        assert all("the body named before" not in (a.why or "") for a in actors), actors
