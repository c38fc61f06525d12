"""CAMEO-style senses and argument checks found through the proxy gold (gold/cameo_proxy, issue 14).

Every sentence here is invented for the test; none is a sentence of the proxy set."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # 071 provide economic aid: lending money, approving a loan
    ("The Asian Development Bank lent Vietnam 200 million dollars.", ("AID", "IGOADB", "VNM")),
    ("The World Bank approved a loan to Kenya.", ("AID", "IGOWBK", "KEN")),
    # 073 humanitarian aid handed out
    ("Aid agencies distributed food to refugees in Chad.", ("AID", "TCD", "TCD")),
    # 055 apologize, as a light verb
    ("The Swedish minister offered an apology to Norway.", ("SUPPORT", "SWE", "NOR")),
    # 150 raised alert, however worded
    ("The Greek army heightened its alert along the border with Turkey.", ("MOBILIZE", "GRC", "TUR")),
    # 061 economic cooperation: a joint venture
    ("A German firm formed a joint venture with a Polish bank.", ("COOPERATE", "DEU", "POL")),
    # 09x investigate: look into, send investigators
    ("Canadian police are looking into allegations against the Haitian senator.", ("ACCUSE", "CAN", "HTI")),
    ("The Council of Europe sent investigators to Chechnya.", ("ACCUSE", "IGOCOE", "RUS")),
    # 19x/20x use of weapons against a party
    # (a state's unnamed rebels are its own: tests/test_cameo_proxy3.py)
    ("Sudan used chemical weapons against rebels.", ("ASSAULT", "SDN", "SDN")),
])
def test_cameo_senses(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_a_weapon_named_by_a_proper_noun_is_fired_not_dismissed(code):
    # "fire" + an office holder is a dismissal; a missile's name before it is no person
    assert {e.event_type for e in code("Pyongyang fired Scud missiles at a South Korean island.")} == {"ASSAULT"}
    assert not code("The president fired Defense Minister Ana Ruiz.")


@pytest.mark.parametrize("text, expected", [
    ("The Chilean foreign minister said his country was ready to hold talks with Peru.", ("AGREE", "CHL", "PER")),
    ("Brazil's president said his government would send aid to Bolivia.", ("AID", "BRA", "BOL")),
    ("Iran said its government would not negotiate with Iraq.", (None, "IRN", "IRQ")),
])
def test_a_possessive_state_noun_is_the_state_of_its_antecedent(code, text, expected):
    kind, actor, recipient = expected
    assert any((kind is None or e.event_type == kind) and e.actor and e.actor.code == actor
               and e.recipient and e.recipient.code == recipient for e in code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, threat", [
    ("Turkey warned Syria of retaliation.", True),
    ("The Chilean army warned Bolivia of a military response.", True),
    ("Doctors warned of the risk of an epidemic.", False),
    ("The US warned Americans of attacks on embassies.", False),
])
def test_warning_someone_of_reprisals_is_a_threat_of_a_danger_is_not(code, text, threat):
    assert any(e.event_type == "THREATEN" for e in code(text, date="2000-01-01")) == threat


@pytest.mark.parametrize("text, kind", [
    ("Mexican police handed over two drug traffickers to the United States.", "COOPERATE"),
    ("The suspects were handed over to Interpol by Greek police.", "COOPERATE"),
    ("The Greek government put the navy on alert.", "MOBILIZE"),
    ("The Kenyan president placed the army on standby.", "MOBILIZE"),
    ("The French minister put the blame on Italy.", "ACCUSE"),
])
def test_handing_over_suspects_and_putting_forces_on_alert(code, text, kind):
    assert kind in {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text", [
    "The president put pressure on Japan.",
    "The minister put the plan on hold.",
])
def test_putting_things_on_things_is_no_mobilization(code, text):
    assert "MOBILIZE" not in {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text, recipient", [
    ("Rebels attacked a village near Algiers.", ("DZA", "CVL")),
    ("Troops stormed a village in Chechnya.", ("RUS", "CVL")),
])
def test_a_town_or_village_named_by_its_place_is_its_people(code, text, recipient):
    assert any(e.recipient and (e.recipient.code, e.recipient.sector) == recipient
               for e in code(text, date="2000-01-01"))


def test_a_village_near_a_border_takes_no_country_from_the_border(code):
    assert not any(e.recipient and e.recipient.sector == "CVL"
                   for e in code("Militants shelled a village near the Syrian border.", date="2000-01-01"))


def test_an_embassy_does_not_locate_the_people_outside_it_in_its_country(code):
    events = code("Demonstrators rioted outside the US embassy in Cairo.", date="2000-01-01")
    assert any(e.actor and e.actor.code == "EGY" for e in events)
    assert not any(e.actor and e.actor.code == "USA" for e in events)


@pytest.mark.parametrize("text, kind", [
    ("Ghana expelled hundreds of Nigerian traders.", "COERCE"),
    ("Chad expelled two French journalists.", "COERCE"),
    ("Sudan expelled UN aid workers.", "SANCTION"),
    ("Libya expelled the British ambassador.", "SANCTION"),
])
def test_expelling_people_is_deportation_expelling_envoys_or_aid_bodies_a_sanction(code, text, kind):
    assert {e.event_type for e in code(text, date="2000-01-01")} == {kind}


def test_the_pope_is_the_vatican(code):
    assert ("CONSULT", "VAT", "CUB") in triples(code("The pontiff met the Cuban president.", date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("The German chancellor talked by phone with the Polish prime minister.", {("CONSULT", "DEU", "POL")}),
    ("The Iraqi envoy spoke with the Saudi king.", {("CONSULT", "IRQ", "SAU")}),
    ("The French president spoke by the fountain.", set()),
])
def test_speaking_by_telephone_is_a_remote_meeting(code, text, expected):
    assert triples(code(text, date="2000-01-01")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rioters clashed with police in Lagos.", ("PROTEST", "NGA", "NGA")),
    ("Rebels clashed with government troops in Chad.", ("ASSAULT", "TCD", "TCD")),
    ("Bolivia agreed to Chile's demand for talks.", ("CONCEDE", "BOL", "CHL")),
    ("Iran agreed to hold talks with Iraq.", ("AGREE", "IRN", "IRQ")),
    ("Serb forces expelled ethnic Albanians from the province.", ("ASSAULT", "SRB", "ALB")),
    ("Japan rejected China's request for aid.", ("REJECT", "JPN", "CHN")),
])
def test_riots_concessions_cleansing_and_the_author_of_a_demand(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, kind", [
    ("Iran boycotted American goods.", "SANCTION"),
    ("Opposition parties boycotted the parliament.", "PROTEST"),
    ("Students boycotted classes in Nairobi.", "PROTEST"),
])
def test_a_state_boycott_is_a_sanction_a_popular_one_a_protest(code, text, kind):
    assert kind in {e.event_type for e in code(text, date="2000-01-01")}


def test_demolishing_homes_is_an_assault_on_property(code):
    # PLOVER manual: demolition of housing settlements is ASSAULT 'destroy'; CAMEO 1712
    events = code("Turkish soldiers demolished the houses of Kurdish villagers.", date="2000-01-01")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "destroy")]


def test_the_doers_of_an_investigated_act_are_its_target_not_where_it_happened(code):
    events = code("Amnesty investigated abuses by Nigerian troops in Chad.", date="2000-01-01")
    assert {(e.event_type, e.recipient and e.recipient.code) for e in events} == {("ACCUSE", "NGA")}


@pytest.mark.parametrize("text, expected", [
    ("Mexico extradited two drug traffickers to the United States.", ("COOPERATE", "MEX", "USA")),
    ("Mexican police handed over two drug traffickers to the United States.", ("COOPERATE", "MEX", "USA")),
    ("Mexico extradited a Spanish banker.", ("COOPERATE", "MEX", "ESP")),
])
def test_an_extradition_is_aimed_at_the_receiving_state(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_the_proxy_tune_set_stays_above_its_floor(settings):
    # gold/cameo_proxy/tune.jsonl (invented, CAMEO-style): 0.800 top-1 before the session-6 fixes, 0.880 after;
    # the floor leaves room for honest trade-offs. Never tune on test.jsonl.
    from pathlib import Path

    from dyads import evaluate

    report = evaluate.evaluate(Path(__file__).parent.parent / "gold" / "cameo_proxy" / "tune.jsonl", settings=settings)
    assert report.n == 225 and not report.skipped
    assert report.top1.value >= 0.86
    assert report.actor_recall.value >= 0.85 and report.recipient_recall.value >= 0.84


@pytest.mark.parametrize("text, kind", [
    ("French fishermen blockaded ports to protest fuel prices.", "PROTEST"),
    ("Israel blockaded the port of Gaza.", "COERCE"),
    ("The Indian navy blockaded the port of Karachi.", "COERCE"),
])
def test_strikers_blockading_ports_protest_states_blockading_them_coerce(code, text, kind):
    assert kind in {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text, expected", [
    ("The Venezuelan president spoke out in defence of Cuba at the summit.", {("SUPPORT", "VEN", "CUB")}),
    ("The Pope spoke out against the Chilean government.", {("ACCUSE", "VAT", "CHL")}),
    ("The Indian minister spoke out about pollution.", set()),
])
def test_speaking_out_for_or_against_someone(code, text, expected):
    assert triples(code(text, date="2000-01-01")) == expected


@pytest.mark.parametrize("text, threat", [
    ("The Turkish army warned Greece against an invasion of the island.", True),
    ("Russia warned Georgia against any attack on South Ossetia.", True),
    ("The embassy warned tourists against travel to the region.", False),
])
def test_warning_a_party_against_a_hostile_act_is_a_threat(code, text, threat):
    assert any(e.event_type == "THREATEN" for e in code(text, date="2000-01-01")) == threat
