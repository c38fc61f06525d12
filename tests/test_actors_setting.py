"""Parties whose country only the document or a phrase around them gives: unnamed locals where the story is set,
a spokesman "for" a party, words of an organization's name that are not places, and places that are where an act
happens rather than whom it is aimed at. Sentences we wrote; parsed with the shared spaCy pipeline."""
from __future__ import annotations

import pytest


def _by_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def _actor_codes(events, event_type):
    return {e.actor.code if e.actor else None for e in _by_type(events, event_type)}


def _recipient_codes(events, event_type):
    return {e.recipient.code if e.recipient else None for e in _by_type(events, event_type)}


# --- unnamed locals act where the story happens -------------------------------------------------------------

SCENE = "Hundreds of people gathered in Valparaiso on Sunday after a strike at the port. "


@pytest.mark.parametrize("sentence, event_type", [
    ("Police arrested twelve dock workers near the harbour.", "COERCE"),
    ("The protesters demanded the resignation of the mayor.", "REQUEST"),
    ("Students marched to the town hall to protest against the new fees.", "PROTEST"),
])
def test_unnamed_locals_take_the_country_of_the_story_scene(code, sentence, event_type):
    events = code(SCENE + sentence)
    assert _actor_codes(events, event_type) == {"CHL"}, [(e.event_type, e.actor) for e in events]
    assert any("where the story is set" in (e.actor.why or "") for e in _by_type(events, event_type))


def test_a_dateline_is_a_scene(code):
    events = code("LIMA, March 3 (Reuters) - Police detained forty demonstrators outside the congress on Tuesday.")
    assert _actor_codes(events, "COERCE") == {"PER"}


@pytest.mark.parametrize("sentence, event_type", [
    ("Troops fired on the crowd.", "ASSAULT"),  # unnamed troops, officials, parties: most often the scene's
    ("Officials accused the dockers of sabotage.", "ACCUSE"),
    ("The ruling party accused the union of sabotage.", "ACCUSE"),
])
def test_unnamed_officials_and_troops_are_guessed_of_the_story_scene(code, sentence, event_type):
    events = _by_type(code(SCENE + sentence), event_type)
    assert {e.actor.code for e in events} == {"CHL"}, [(e.actor, e.recipient) for e in events]
    assert all("most often of the country where the story is set" in e.actor.why for e in events)


def test_a_dateline_makes_unnamed_soldiers_the_scene_s(code):
    events = code("LIMA, March 3 (Reuters) - Soldiers killed two smugglers near the border on Tuesday.")
    assert _actor_codes(events, "ASSAULT") == {"PER"}


@pytest.mark.parametrize("sentence, event_type", [
    ("Several Andean governments condemned the union.", "ACCUSE"),  # states in the plural are other states
    ("The two countries signed a trade agreement.", "AGREE"),
    ("Troops from a regional alliance attacked the port.", "ASSAULT"),  # their origin is named, if not known
    # a quantity word at the head counts states in the plural: they are still other states
    ("A number of countries condemned the union.", "ACCUSE"),
    ("Several of the neighbouring governments criticized the strike.", "ACCUSE"),
    ("A group of nations accused the dockers of sabotage.", "ACCUSE"),
])
def test_plural_states_and_parties_from_elsewhere_take_no_country_from_the_scene(code, sentence, event_type):
    events = code(SCENE + sentence)
    assert "CHL" not in _actor_codes(events, event_type), [(e.event_type, e.actor) for e in events]


def test_a_counted_singular_official_still_takes_the_scene(code):
    events = code(SCENE + "A number of officials accused the dockers of sabotage.")
    assert _actor_codes(events, "ACCUSE") == {"CHL"}, [(e.event_type, e.actor) for e in events]


def test_a_trip_in_the_lead_is_no_scene(code):
    events = code("The Chilean foreign minister flew to Lima on Monday. Protesters blocked the road to the airport.")
    assert not _actor_codes(events, "PROTEST") - {None}


# --- a generic role speaks for the party of its "for" phrase -----------------------------------------------

def test_a_spokesman_for_a_party_is_that_party(code):
    events = code("A spokesman for the Chilean army said they would investigate the attack.")
    accuse = _by_type(events, "ACCUSE")
    assert accuse and {e.actor.code for e in accuse} == {"CHL"}
    assert "for 'the Chilean army'" in accuse[0].actor.why


# --- a word of an organization's name is not a town --------------------------------------------------------

def test_a_common_word_in_an_organization_name_is_not_a_place(code):
    events = code("The Peruvian government accused the Central Bank of hiding losses.")
    assert _actor_codes(events, "ACCUSE") == {"PER"}
    assert "USA" not in _recipient_codes(events, "ACCUSE")


def test_a_region_in_an_organization_name_still_locates_it(code):
    events = code("The Oregon National Guard attacked a militia camp on Monday.")
    assert _actor_codes(events, "ASSAULT") == {"USA"}


# --- where troops go and where crowds march are places, not recipients -------------------------------------

@pytest.mark.parametrize("text", [
    "In the northern Chilean city of Arica, the army is preparing to deploy thousands of troops.",
    "The navy is deploying 2,000 sailors to the port in northern Chile.",
])
def test_a_deployment_destination_is_no_recipient(code, text):
    events = _by_type(code(text), "MOBILIZE")
    assert events and all(e.recipient is None for e in events), [(e.actor, e.recipient) for e in events]


def test_a_deployment_against_a_state_keeps_its_recipient(code):
    assert _recipient_codes(code("Chile deployed troops to the border with Peru."), "MOBILIZE") == {"PER"}


def test_a_town_marched_from_is_no_recipient(code):
    events = _by_type(code("About 200 farmers marched from Valparaiso to the capital on Monday."), "PROTEST")
    assert events and all(e.recipient is None or e.recipient.code is None for e in events)


# --- "the regime", "government troops": the government the document named last ------------------------------

FILLER = " Aid workers fled. Residents said on Monday that they were hungry."


@pytest.mark.parametrize("text, event_type", [
    ("The Assad regime besieged the town for months." + FILLER + " The regime bombed the town again.", "ASSAULT"),
    ("Life under Bashar al-Assad's regime was hard, residents said." + FILLER
     + " In response, the regime arrested hundreds of students.", "COERCE"),
    ("The Syrian government closed the border." + FILLER + " Later, government troops shelled the town.", "ASSAULT"),
])
def test_the_regime_is_the_government_named_last(code, text, event_type):
    events = _by_type(code(text), event_type)
    last = max(events, key=lambda e: e.sentence_index)
    assert last.actor.code == "SYR" and "the government named last" in last.actor.why


def test_the_regime_with_no_government_named_stays_unknown(code):
    events = _by_type(code("Syria and Turkey argued for months." + FILLER + " The regime bombed the town."), "ASSAULT")
    assert not {e.actor.code for e in events} - {None}


# --- the subject of "received aid from", "came under attack from" undergoes the act -------------------------

@pytest.mark.parametrize("text, event_type, actor, recipient", [
    ("Chile received military aid from Peru.", "AID", "PER", "CHL"),
    ("Chile received Peruvian aid.", "AID", "PER", "CHL"),
    ("Bolivian rebels deny links to Lima, but they receive backing from the Peruvian army.", "SUPPORT", "PER", "BOL"),
    ("Bolivian militias, which hoped that help would come from the west, are under assault from Peru.", "ASSAULT",
     "PER", "BOL"),
    ("The Chilean minister is under investigation by Peruvian prosecutors.", "ACCUSE", "PER", "CHL"),
])
def test_the_subject_of_a_receiving_verb_is_the_recipient(code, text, event_type, actor, recipient):
    events = _by_type(code(text), event_type)
    assert {(e.actor.code, e.recipient.code if e.recipient else None) for e in events} == {(actor, recipient)}


def test_aid_received_from_nobody_named_codes_no_event(code):
    assert not _by_type(code("Chile received aid."), "AID")


def test_an_act_done_under_a_treaty_keeps_its_actor(code):
    # 'under' reverses roles only for hostile acts; the treaty itself, named as a document with no party of its
    # own, codes nothing
    events = code("Chile said it will pay 10,000 euros to Peru under a treaty.")
    assert not any(e.actor is not None and e.actor.code == "PER" for e in events)
    assert not _by_type(events, "AGREE")


# --- the opposition opposes its own government ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The opposition leader Juan Perez accused the Peruvian prime minister of fraud.",
    "Opposition politicians accused the Peruvian president of lying.",
])
def test_the_opposition_takes_the_country_of_the_government_it_accuses(code, text):
    assert _actor_codes(code(text), "ACCUSE") == {"PER"}


def test_the_opposition_condemning_a_state_act_abroad_gets_no_country(code):
    assert not _actor_codes(code("Opposition leaders condemned Peru's invasion of Bolivia."), "ACCUSE") - {None}


def test_the_subject_of_a_passive_suffered_the_nominal_act_of_its_agent(code):
    events = _by_type(code("Bolivian soldiers were wounded by Peruvian shelling on Monday."), "ASSAULT")
    assert {(e.actor.code, e.recipient.code if e.recipient else None) for e in events} == {("PER", "BOL")}


# --- a relative pronoun after coordinated names agrees with its verb --------------------------------------------

@pytest.mark.parametrize("text, event_type, expected", [
    ("Peru has reassured allies such as Chile and Bolivia, which backs the plan.", "SUPPORT", {"BOL"}),
    ("Peru praised Chile and Bolivia, which have supported the treaty.", "SUPPORT", {"CHL", "BOL"}),
    ("Relations between Lima and Santiago, which has attacked Bolivian rebels, are poor.", "ASSAULT", {"CHL"}),
])
def test_a_relative_pronoun_after_coordinated_names_agrees_with_its_verb(code, text, event_type, expected):
    events = [e for e in _by_type(code(text), event_type) if e.actor.text.lower() == "which"]
    assert {e.actor.code for e in events} == expected


# --- "his counterpart" is the other party of the pair -------------------------------------------------------

def test_his_counterpart_is_the_other_party_of_the_pair_before(code):
    events = _by_type(code("Peruvian President Pedro Castillo met Gabriel Boric of Chile on Monday. Castillo later "
                           "thanked his counterpart for the visit."), "SUPPORT")
    assert {(e.actor.code, e.recipient.code if e.recipient else None) for e in events} == {("PER", "CHL")}


def test_a_counterpart_with_nobody_before_stays_unknown(code):
    events = _by_type(code("The Peruvian president praised his counterpart."), "SUPPORT")
    assert all(e.recipient is None or e.recipient.code is None for e in events)


# --- "the interior minister" is the one given that title earlier ------------------------------------------------

def test_a_bare_title_is_the_one_given_that_title_earlier(code):
    events = _by_type(code("Peru's interior minister, Juan Perez, met Chilean police chiefs on Monday." + FILLER
                           + " The interior minister condemned Bolivia."), "ACCUSE")
    assert {e.actor.code for e in events} == {"PER"} and "same title named earlier" in events[0].actor.why


@pytest.mark.parametrize("text", [
    "The interior minister condemned Bolivia.",  # nobody had the title before
    "Chilean officials met Peruvian officials on Monday." + FILLER + " The officials condemned Bolivia.",  # generic
])
def test_a_bare_title_with_no_one_named_before_stays_unknown(code, text):
    assert not _actor_codes(code(text), "ACCUSE") - {None}


# --- a nominal act's own "by" agent, named but no party, leaves it without actor ---------------------------------

def test_the_subject_of_the_verb_is_not_the_actor_of_an_attack_by_someone_else(code):
    events = _by_type(code("Chile responded on Monday to an attack by a swarm of drones on a Chilean airbase."),
                      "ASSAULT")
    assert not {e.actor.code for e in events if e.actor is not None} & {"CHL"}


@pytest.mark.parametrize("text, event_type, expected", [
    ("Chile suffered an attack by Peruvian troops.", "ASSAULT", ("PER", "CHL")),
    ("Chile faced criticism from Peru over the treaty.", "ACCUSE", ("PER", "CHL")),
])
def test_the_subject_of_suffered_or_faced_undergoes_the_act(code, text, event_type, expected):
    events = _by_type(code(text), event_type)
    assert {(e.actor.code, e.recipient.code if e.recipient else None) for e in events} == {expected}


# --- with no setting, home-bound locals act where the document's towns are ----------------------------------

TOWNS = "Rebel groups shelled the city of Mosul and the town of Kirkuk on Monday. "


def test_with_no_setting_locals_take_the_country_of_the_document_s_towns(code):
    events = code(TOWNS + "Residents condemned the attacks.")
    assert _actor_codes(events, "ACCUSE") == {"IRQ"}
    assert _actor_codes(events, "ASSAULT") == {"IRQ"}
    assert all("towns and regions" in e.actor.why for e in _by_type(events, "ACCUSE"))


def test_with_no_setting_officials_take_the_one_country_of_the_towns(code):
    # the towns set no story country for officials; but they are the one country the document names
    # (`geo.one_named_country`), so the officials are most likely its own
    events = code(TOWNS + "Officials condemned the attacks.")
    assert _actor_codes(events, "ACCUSE") == {"IRQ"}
    assert all("the one country the document names" in e.actor.why for e in _by_type(events, "ACCUSE"))


def test_with_no_setting_officials_take_no_country_from_towns_of_two_countries(code):
    events = code("Rebel groups shelled the city of Mosul and the town of Aleppo on Monday. "
                  "Officials condemned the attacks.")
    assert not _actor_codes(events, "ACCUSE") - {None}


def test_unnamed_gunmen_take_no_country_from_the_scene(code):
    # the coding guide: unnamed bombers, gunmen or hackers are no actor
    events = code("LIMA, March 3 (Reuters) - Unidentified gunmen attacked a police station near the border.")
    assert "PER" not in {e.actor.code for e in events if e.actor and e.actor.sector in ("UAF", "CRM")}
