"""Who acts and who suffers: victims of a verb of suffering, collective actors named again, role words before a
nominal trigger (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Three farmers died in a Turkish bombing raid near Afrin.", "TUR", "SYR"),
    ("Eleven villagers were killed in an Iraqi airstrike on their home in Mosul on Monday.", "IRQ", "IRQ"),
    ("Two soldiers were wounded during a Taliban attack in Kandahar.", "AFG", "AFG"),
])
def test_the_subject_of_a_verb_of_suffering_is_the_victim_of_the_act_it_names(code, text, actor, recipient):
    assault = [(a, r) for t, a, r in triples(code(text)) if t == "ASSAULT"]
    assert (actor, recipient) in assault


def test_a_strike_that_killed_people_is_still_absorbed_when_its_verb_names_the_killer(code):
    events = code("Iraqi troops killed two farmers in a raid near Mosul on Tuesday.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert [e.trigger.text for e in assault] == ["killed"]


def test_the_coalition_named_again_is_the_coalition_named_before_not_its_enemy(code):
    events = code("The Saudi-led coalition attacked Houthi rebels in Hodeidah on Monday. "
                  "The coalition also bombed a port near Aden on Tuesday.")
    bombed = [e for e in events if e.trigger.text == "bombed"]
    assert bombed and bombed[0].actor.code == "SAU"
    assert "the coalition named before" in bombed[0].actor.why


def test_a_collective_noun_takes_no_antecedent_of_another_number(code):
    events = code("Two rebel groups from Darfur met in Doha on Monday. The group condemned Sudan on Tuesday.")
    condemned = [e for e in events if e.trigger.text == "condemned"]
    assert not condemned or "named before" not in (condemned[0].actor.why or "")


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The Saudi-led coalition attacked Houthi rebels in Hodeidah on Monday. "
     "Four fishermen died in a coalition bombing raid near Hodeidah on Tuesday.", "raid", "SAU"),
    ("The Syrian government rejected the plan. A regime offensive began in Idlib in December.", "offensive", "SYR"),
])
def test_a_lower_case_body_compounded_with_an_act_noun_is_its_actor(code, text, trigger, actor):
    found = [e for e in code(text) if e.trigger.text == trigger]
    assert found and found[0].actor.code == actor


def test_a_time_phrase_is_never_a_recipient(code):
    events = code("Activists reported two more bombings by the Saudi-led coalition in late July.")
    assert all(e.recipient is None or "July" not in e.recipient.text for e in events)


@pytest.mark.parametrize("text", [
    "The town fell to Islamic State in 2015. Militants later attacked a church in the town.",
    "Islamic State seized the town in June. The Islamist fighters vowed to kill its defenders.",
])
def test_unnamed_militants_after_a_transnational_group_are_that_group(code, text):
    events = [e for e in code(text) if e.actor is not None and e.actor.text.lower().endswith(("militants", "fighters"))]
    assert events and all(e.actor.code.startswith("IMG") for e in events)


@pytest.mark.parametrize("text", [
    "The town fell to Islamic State in 2015. Kurdish militants later attacked a church in the town.",
    "Islamic State seized the town in June. Hezbollah attacked the town in July. Militants shelled a church there.",
])
def test_militants_with_a_name_of_their_own_or_after_another_armed_group_are_not_the_group(code, text):
    events = [e for e in code(text) if e.actor is not None and e.actor.text.lower().endswith("militants")]
    assert not any(e.actor.code and e.actor.code.startswith("IMG") for e in events)


def test_a_participle_of_arrest_modifying_its_undergoer_codes_the_authorities_of_the_place(code):
    events = code("A Chilean student arrested in Peru last week was released on bail on Monday.")
    coerce = [(a, r) for t, a, r in triples(events) if t == "COERCE"]
    assert ("PER", "CHL") in coerce


def test_a_participle_describing_a_party_codes_no_act(code):
    events = code("Rebels backed by Turkey attacked the town.")
    assert not [e for e in events if e.event_type == "SUPPORT" and e.trigger.text == "backed"]


def test_the_backer_named_in_the_actor_phrase_is_not_the_target_of_its_act(code):
    events = code("Rebels backed by Turkey attacked the town.")
    assert not [e for e in events if e.event_type == "ASSAULT" and e.recipient is not None
                and e.recipient.code == "TUR"]


def test_unnamed_victims_are_of_the_country_where_the_documents_towns_lie(code):
    events = code("Fighting spread from Aleppo to Homs on Monday. Shelling also hit Hama and Idlib. "
                  "The US-led coalition bombed a market on Tuesday, killing civilians.")
    bombed = [e for e in events if e.trigger.text == "bombed"]
    assert bombed and bombed[0].actor.code == "USA" and bombed[0].recipient.code == "SYR"
    assert "victims where the document's towns" in bombed[0].recipient.why


def test_unnamed_victims_take_no_country_from_towns_of_several_countries(code):
    events = code("Fighting spread from Aleppo to Mosul on Monday. Shelling also hit Homs and Basra. "
                  "The US-led coalition bombed a market on Tuesday.")
    bombed = [e for e in events if e.trigger.text == "bombed"]
    assert not bombed or bombed[0].recipient is None or "victims where" not in (bombed[0].recipient.why or "")


def test_regime_forces_with_no_government_named_are_of_the_country_of_the_documents_towns(code):
    events = code("Fighting spread from Aleppo to Homs on Monday. Regime forces shelled Hama and Idlib on Tuesday.")
    shelled = [e for e in events if e.trigger.text == "shelled"]
    assert shelled and shelled[0].actor.code == "SYR"


def test_regime_forces_take_no_country_when_the_towns_are_in_several(code):
    events = code("Fighting spread from Aleppo to Mosul on Monday. Regime forces shelled Homs and Basra on Tuesday.")
    assert not [e for e in events if e.trigger.text == "shelled" and e.actor is not None and e.actor.code]
