"""Recipients and sectors found through the third batch of proxy gold (gold/cameo_proxy/tune3.jsonl, issue 14).

Every sentence here is invented for the test; none is a sentence of the proxy set."""
from __future__ import annotations

import pytest

from tests.conftest import triples


def parties(events) -> set[tuple]:
    """(event_type, actor code, actor sector, recipient code, recipient sector) of each event."""
    return {(e.event_type, e.actor.code if e.actor else None, e.actor.sector if e.actor else None,
             e.recipient.code if e.recipient else None, e.recipient.sector if e.recipient else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    # a people's own government, named by an office in a phrase
    ("Chilean copper miners demanded talks with the mining ministry.", ("REQUEST", "CHL", "CHL")),
    ("Polish nurses protested against the health minister.", ("PROTEST", "POL", "POL")),
    ("Greek farmers called for the resignation of the agriculture minister.", ("REQUEST", "GRC", "GRC")),
    # a government's own opposition, even when it promises ("abroad" types), and rebels it meets at home
    ("The Ugandan president promised opposition leaders a free vote.", ("AGREE", "UGA", "UGA")),
    ("The Angolan president hosted rebel commanders at his residence.", ("CONSULT", "AGO", "AGO")),
])
def test_an_unnamed_counterpart_at_home_takes_the_actors_country(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, foreign", [
    # a post that faces abroad is no home office; aid and promises to rebels may go abroad
    ("Kenyan students marched on the embassy to protest the visit.", "embassy"),
    ("The Libyan government pledged weapons to rebel fighters.", "rebel"),
])
def test_posts_abroad_and_aid_to_rebels_take_no_home_country(code, text, foreign):
    events = code(text, date="2000-01-01")
    assert not any(e.recipient is not None and foreign in e.recipient.text and e.recipient.code == e.actor.code
                   for e in events)


@pytest.mark.parametrize("text, code_, sector", [
    # a name with an article inside is found as its table entry, not as a city ("Save", Benin) and a role
    ("The Ethiopian government expelled Save the Children.", "NGOSTC", "NGO"),
])
def test_a_name_with_an_article_inside_is_found(code, text, code_, sector):
    events = code(text, date="2000-01-01")
    assert any(e.recipient is not None and e.recipient.code == code_ and e.recipient.sector == sector for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Italian truck drivers blocked roads to protest fuel prices.", ("PROTEST", "ITA", "LAB")),
    ("Spanish air traffic controllers staged a strike.", ("PROTEST", "ESP", "LAB")),
    ("Peru's biggest labour federation criticised the finance minister.", ("ACCUSE", "PER", "LAB")),
    ("Yemeni tribesmen kidnapped two Dutch engineers.", ("ASSAULT", "YEM", "CVL")),
    ("A Japanese religious sect denounced the government.", ("ACCUSE", "JPN", "REL")),
    ("Iraqi government planes bombed Kurdish villages.", ("ASSAULT", "IRQ", "MIL")),
    ("Russian steelmakers asked the European Commission to lift duties.", ("REQUEST", "RUS", "BUS")),
])
def test_sector_words_of_workers_tribes_sects_planes_and_mills(code, text, expected):
    assert any(p[:3] == expected for p in parties(code(text, date="2000-01-01")))


@pytest.mark.parametrize("text, kind", [
    ("Bank employees in Kenya went on strike against the central bank.", "PROTEST"),
    ("Dockers in Le Havre came out on strike against the port authority.", "PROTEST"),
    ("Israeli jets launched strikes against Hezbollah positions.", "ASSAULT"),
])
def test_going_on_strike_against_someone_is_a_labour_protest(code, text, kind):
    types = {e.event_type for e in code(text, date="2000-01-01")}
    assert kind in types and (kind == "ASSAULT" or "ASSAULT" not in types)


def test_the_third_proxy_tune_set_stays_above_its_floor(settings):
    # gold/cameo_proxy/tune3.jsonl (invented, CAMEO-style; session 7): top-1 0.813, actor 0.859, recipient 0.728,
    # sector 0.873 before this session's fixes; 0.863 / 0.880 / 0.810 / 0.904 after. Never tune on test3.jsonl.
    from pathlib import Path

    from dyads import evaluate

    report = evaluate.evaluate(Path(__file__).parent.parent / "gold" / "cameo_proxy" / "tune3.jsonl",
                               settings=settings)
    assert report.n == 182 and not report.skipped
    assert report.top1.value >= 0.84
    assert report.actor_recall.value >= 0.86 and report.recipient_recall.value >= 0.79
    assert report.sector.value >= 0.89


@pytest.mark.parametrize("text, kind", [
    # 163: a boycott a league of states or a government imposes is a sanction; one called by students a protest
    ("The Organization of the Islamic Conference imposed a boycott on Danish firms.", "SANCTION"),
    ("Egyptian students called for a boycott of American goods.", "REQUEST"),
    # 2041: releasing gas on people is a chemical attack, not a release of captives
    ("Iraqi troops released poison gas on Kurdish villagers.", "ASSAULT"),
    # 191: sealing off a town restricts movement
    ("Indian police sealed off the old city of Srinagar.", "COERCE"),
    # 1712: burning down homes destroys property
    ("Indonesian soldiers burned down houses belonging to Acehnese villagers.", "ASSAULT"),
    # 083: accepting a demand accedes to it
    ("The Thai prime minister accepted the demand of farmers for debt relief.", "CONCEDE"),
    # 013: an optimistic comment
    ("The Egyptian foreign minister expressed optimism about Israel's peace proposal.", "SUPPORT"),
])
def test_boycotts_gas_sealing_off_burning_down_accepting_demands_and_optimism(code, text, kind):
    assert kind in {e.event_type for e in code(text, date="2000-01-01")}


def test_a_popular_boycott_is_no_sanction(code):
    assert "SANCTION" not in {e.event_type for e in code("Egyptian students called for a boycott of American goods.",
                                                          date="2000-01-01")}


@pytest.mark.parametrize("text, expected", [
    # the owner of what is acted on, named by a common noun: "the government's plan"
    ("Peruvian nurses denounced the government's plan to close hospitals.", ("ACCUSE", "PER", "PER")),
    # relatives of people are people
    ("The Turkish justice minister met with relatives of jailed students.", ("CONSULT", "TUR", "TUR")),
])
def test_newspapers_owners_and_relatives_as_recipients(code, text, expected):
    if expected is not None:
        assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, phrase, abroad", [
    ("The Nigerian government expelled foreign journalists.", "foreign journalists", True),
    ("Sudan deported overseas workers.", "overseas workers", True),
    ("The Israeli prosecutor questioned the foreign minister.", "the foreign minister", False),
])
def test_a_party_named_foreign_is_not_the_actors_own(code, text, phrase, abroad):
    from dyads import roles
    from dyads.records import Party

    assert roles.placed_abroad(Party(phrase, 0, 1)) == abroad
    if abroad:
        events = code(text, date="2000-01-01")
        assert not any(e.recipient is not None and e.actor is not None and e.recipient.code == e.actor.code
                       for e in events)


@pytest.mark.parametrize("text, expected", [
    # 0862/0861: letting inspectors, monitors or peacekeepers in, however the permission is parsed
    ("Libya let nuclear inspectors return to its research sites.", ("RETREAT", "LBY")),
    ("Angola allowed UN peacekeepers into the north.", ("RETREAT", "AGO")),
    ("Belarus permitted election monitors to enter polling stations.", ("RETREAT", "BLR")),
    # 152: an alert level or status named by its modifier
    ("The Greek navy raised its alert level after Turkish jets crossed the border.", ("MOBILIZE", "GRC")),
    ("The Indian army increased its alert status along the Pakistani border.", ("MOBILIZE", "IND")),
])
def test_letting_observers_in_and_raising_alert_levels(code, text, expected):
    assert expected in {(e.event_type, e.actor.code if e.actor else None) for e in code(text, date="2000-01-01")}


def test_other_levels_and_permissions_are_no_events(code):
    assert not code("The bank raised its lending level after the reform.", date="2000-01-01")
    assert "RETREAT" not in {e.event_type for e in code("The Kenyan court let the lawyers speak.", date="2000-01-01")}
