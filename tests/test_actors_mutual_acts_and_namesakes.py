"""Wrong actors (session 22, c22c): a mutual act with a partner coded once, from its subject. Sentences written
for these tests."""
from __future__ import annotations

import pytest


def _pairs(events, event_type):
    return {(e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in events if e.event_type == event_type}


@pytest.mark.parametrize("text, pair", [
    ("Malta's navy said it had coordinated with the Libyan coast guard.", ("MLT", "LBY")),
    ("Chile said on Monday it would keep working with Peru against smuggling.", ("CHL", "PER")),
    ("Kenya is cooperating with Uganda on the border.", ("KEN", "UGA")),
    ("The Spanish police shared information with Moroccan authorities.", ("ESP", "MAR")),
])
def test_a_mutual_act_with_a_partner_is_coded_once_from_its_subject(code, text, pair):
    pairs = _pairs(code(text), "COOPERATE")
    assert pair in pairs and pair[::-1] not in pairs, pairs


def test_coordinated_actors_of_a_mutual_act_still_act_on_each_other(code):
    pairs = _pairs(code("Kenya and Uganda cooperated on the border on Monday."), "COOPERATE")
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= pairs, pairs


def _actor_of(events, trigger):
    return next((e.actor for e in events if e.trigger.text == trigger and e.actor is not None), None)


def test_a_surname_is_the_person_the_document_introduced_not_the_tables_namesake(code):
    # the tables' Castro (Cuba) held office on other dates; the story introduced a Honduran Castro
    events = code("Honduran President Xiomara Castro met the US envoy on Monday. Castro later accused the envoy "
                  "of interference.", date="2024-05-17")
    actor = _actor_of(events, "accused")
    assert actor is not None and actor.code == "HND", actor


@pytest.mark.parametrize("text, trigger, other", [
    # a shared given name is not the same person
    ("President Paul Biya spoke on Monday. Interior Minister Paul Atanga Nji accused the opposition of fraud.",
     "accused", "Biya"),
    # a title word is not a personal name
    ("Prime Minister Sanae Takaichi spoke in Tokyo. Vice Foreign Minister Sun Weidong told the ambassador that "
     "Takaichi must retract the remarks.", "told", "Takaichi"),
])
def test_only_the_last_personal_name_refers_back_to_a_person(code, text, trigger, other):
    actor = _actor_of(code(text), trigger)
    assert actor is None or other not in (actor.why or ""), actor


def test_a_title_or_a_peoples_adjective_is_no_personal_name():
    from dyads.actors import DocumentResolver
    from dyads.actors.rules import Resolution
    from dyads.actors.tables import Word
    from dyads.records import Party
    known = Resolution(Party("Prime Minister A B", 0, 18, "A B", "JPN", "JPN", "GOV", "test"), "person")
    resolver = DocumentResolver()
    resolver.people.update({"Minister": known, "Christian": known, "B": known})
    titled = [Word("Vice"), Word("Minister"), Word("Sun", "PERSON"), Word("Wei", "PERSON")]
    assert resolver._known_person(titled) is None
    assert resolver._known_person([Word("a"), Word("Christian", "NORP"), Word("man")]) is None
    assert resolver._known_person([Word("President"), Word("B", "PERSON"), Word("of"), Word("Chile", "GPE")]) is known


def test_police_aiming_at_a_place_of_their_own_country_act_at_home(code):
    events = code("ISLAMABAD, May 16 (Reuters) - Thousands of opposition supporters marched on the capital on "
                  "Thursday. Police fired tear gas at marchers on the main highway from Peshawar.")
    actor = _actor_of(events, "fired")
    assert actor is not None and actor.code == "PAK", actor


def test_militants_firing_at_a_place_of_the_setting_are_not_given_its_country(code):
    events = code("JERUSALEM, May 16 (Reuters) - Sirens sounded across the south on Thursday. Militants fired "
                  "rockets at southern Israel.")
    actor = _actor_of(events, "fired")
    assert actor is None or actor.code != "ISR", actor


@pytest.mark.parametrize("text, trigger, seat", [
    ("A London-based rights group condemned the verdicts in Bahrain.", "condemned", "GBR"),
    ("The Bahrain Institute for Rights and Democracy, a London-based group, condemned the verdicts.", "condemned",
     "GBR"),
    ("A Geneva-based UN agency criticised Hungary on Monday.", "criticised", "CHE"),
])
def test_where_a_body_is_based_is_not_whose_it_is(code, text, trigger, seat):
    actor = _actor_of(code(text), trigger)
    assert actor is not None and actor.code != seat and "capital acting" not in actor.why, actor


@pytest.mark.parametrize("text, trigger, actor_code", [
    ("Ecuador became the first country to formally recognise the Taliban government in July.", "recognise", "ECU"),
    ("Chile remained the only state to openly condemn Peru on Monday.", "condemn", "CHL"),
])
def test_a_predicate_noun_of_become_or_remain_does_what_the_subject_does(code, text, trigger, actor_code):
    actor = _actor_of(code(text), trigger)
    assert actor is not None and actor.code == actor_code, actor


@pytest.mark.parametrize("text, trigger, wrong", [
    # the place is in another conjunct clause
    ("The army spokesman said the attackers had been in contact with handlers in Afghanistan, and the foreign "
     "ministry accused India of sponsoring the group.", "accused", "AFG"),
    # the place is in a relative clause on another party
    ("Opposition leader Ana Ruiz, who lives in exile in Vilnius, said the prisoners urged the West to act.",
     "urged", "LTU"),
])
def test_a_place_of_another_clause_does_not_locate_a_party(code, text, trigger, wrong):
    actor = _actor_of(code(text), trigger)
    assert actor is None or actor.code != wrong, actor


def test_a_place_of_the_clause_a_party_is_embedded_in_locates_it(code):
    events = code("Protests broke out in Yerevan on Monday, led by an archbishop.")
    actors = {e.actor.code for e in events if e.event_type == "PROTEST" and e.actor is not None}
    assert "ARM" in actors, actors


def test_the_name_after_a_relation_noun_is_the_party_not_its_possessor(code):
    actor = _actor_of(code("A day earlier, the leaders of Ethiopia's rival Somalia urged restraint."), "urged")
    assert actor is not None and actor.code == "SOM", actor


def test_the_possessor_of_a_relation_noun_is_not_the_party(code):
    actor = _actor_of(code("The leaders of Russia's ally condemned the strike."), "condemned")
    assert actor is None or actor.code != "RUS", actor


def test_an_adjective_before_a_relation_noun_names_the_relation_holder(code):
    events = code("The strikes were carried out by Syrian forces and their Russian backers.")
    assert "RUS" in {e.actor.code for e in events if e.actor is not None}, [(e.actor, e.trigger) for e in events]


def test_a_peoples_name_before_a_relation_noun_names_the_relation_holder(code):
    events = code("Turkish troops are preparing to attack the US military's Kurdish partners inside northern Syria.")
    recipients = {e.recipient.code for e in events if e.event_type == "ASSAULT" and e.recipient is not None}
    assert "SYR" in recipients, recipients


def test_a_place_of_a_circumstance_clause_of_the_partys_act_locates_it(code):
    events = code("Security forces fired tear gas on Friday before dispersing the protesters in the Damascus suburb "
                  "of Qaboun.")
    actors = {e.actor.code for e in events if e.actor is not None and "Security" in e.actor.text}
    assert actors == {"SYR"}, actors
