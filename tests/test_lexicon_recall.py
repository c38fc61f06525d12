"""Lexicon rows and senses added for events the coder used to miss on real news (invented sentences only)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events) -> set[str]:
    return {e.event_type for e in events}


@pytest.mark.parametrize("text, expected", [
    # surround / cordon off: a blockade of a place or of people
    ("Venezuelan police surrounded the parliament building in Caracas on Tuesday.", ("COERCE", "VEN")),
    # overthrow / topple / depose: removing a government by force
    ("Myanmar's army overthrew the elected government of Aung San Suu Kyi in 2021.", ("ASSAULT", "MMR")),
    # the exit of troops: a withdrawal
    ("The Kenyan president ordered a rapid exit of British troops from the country.", ("RETREAT", "GBR")),
    # armed forces leaving a place withdraw; entering one deploys them
    ("Ethiopian troops will leave Somalia by the end of the year.", ("RETREAT", "ETH")),
    ("Russian troops entered the Georgian town of Gori on Monday.", ("MOBILIZE", "RUS")),
    # prop up / shore up a government: material help
    ("Iran has helped prop up the Syrian government for a decade.", ("AID", "IRN")),
    ("Russia helped shore up the Syrian government.", ("AID", "RUS")),
    # contribute / invest money: economic aid
    ("Japan will contribute five million dollars to Nepal for earthquake relief.", ("AID", "JPN")),
    ("Qatar will invest three billion dollars in Pakistan.", ("AID", "QAT")),
    # humanitarian supplies given
    ("The Indonesian government gave food and water to the stranded Rohingya refugees.", ("AID", "IDN")),
    # receiving a visiting head of state
    ("Chinese President Xi Jinping received the Emir of Kuwait in Beijing on Friday.", ("CONSULT", "CHN")),
    # countering a claim with a that-clause rebuts it
    ("The Kenyan foreign minister countered that his government had broken no agreement with Uganda.",
     ("REJECT", "KEN")),
    # an operation against militants is an attack
    ("Malian soldiers carried out an operation against jihadists near Gao.", ("ASSAULT", "MLI")),
    # closing a party's headquarters by order
    ("Thai police closed the opposition party's headquarters in Bangkok.", ("COERCE", "THA")),
    # held in custody: a detention
    ("The two suspects are now in Kenyan custody.", ("COERCE", "KEN")),
    # strong disapproval said as an adjective
    ("The Turkish government is deeply outraged at Sweden.", ("ACCUSE", "TUR")),
    # vowing to wage war is a threat
    ("Separatist rebels in Mali have vowed to wage war against the army.", ("THREATEN", "MLI")),
    # capturing people detains them; capturing a town is an attack
    ("He was captured by Kurdish forces in May.", ("COERCE", None)),
    ("Kurdish fighters captured the Syrian town of Manbij.", ("ASSAULT", None)),
    # suspending parliament or broadcasts by order
    ("The Tunisian president suspended parliament in July.", ("COERCE", "TUN")),
    ("Burkina Faso's junta has suspended broadcasts by French radio stations.", ("COERCE", "BFA")),
])
def test_missed_constructions_now_code(code, text, expected):
    event_type, actor = expected
    events = code(text)
    assert event_type in _types(events), triples(events)
    if actor:
        assert any(e.event_type == event_type and e.actor and e.actor.code == actor for e in events), triples(events)


@pytest.mark.parametrize("text, unwanted", [
    ("Tall mountains surround the Afghan capital.", "COERCE"),
    ("The Venezuelan officials who surround the president denied the report.", "COERCE"),
    ("Ethiopian soldiers left dozens of villagers dead after the raid.", "RETREAT"),
    ("The Kenyan minister will leave office in May.", "RETREAT"),
    ("The Chinese government entered talks with Vietnam last week.", "MOBILIZE"),
    ("The Nigerian businessman took over the company last year.", "ASSAULT"),
    ("The Iraqi prime minister won a political battle over the budget.", "ASSAULT"),
    ("Volunteers shored up the river banks in Hungary.", "AID"),
    ("The Turkish government launched a lobbying campaign against the Swedish decision.", "ASSAULT"),
    ("Kurdish fighters captured the Syrian town of Manbij.", "COERCE"),
])
def test_other_senses_stay_uncoded(code, text, unwanted):
    assert unwanted not in _types(code(text))


@pytest.mark.parametrize("text, expected", [
    # advising, arming or equipping another party's forces: military aid
    ("American troops have been advising Kurdish rebels in northern Syria.", ("AID", "USA")),
    ("Russia has been arming separatist fighters in eastern Ukraine.", ("AID", "RUS")),
    # calling out a party's conduct is criticism; calling out the army deploys it
    ("The Kenyan president called out the Ugandan attack on the border post.", ("ACCUSE", "KEN")),
    ("The Bolivian president called out the army to restore order.", ("MOBILIZE", "BOL")),
    # calling a general strike
    ("Nigeria's main union called a general strike for Monday.", ("PROTEST", "NGA")),
    # armed forces advancing towards a place
    ("Turkish troops are preparing to advance towards the Syrian town of Manbij.", ("ASSAULT", "TUR")),
    # a military intervention
    ("Russia's military intervention in Syria began in 2015.", ("ASSAULT", "RUS")),
    # turning guns on someone
    ("Ethiopian troops turned their guns on Eritrean positions.", ("ASSAULT", "ETH")),
    # 'as' a conjunction: the nominal is the subject of its clause, no comparison
    ("Hundreds fled as a Turkish military assault on the Syrian city of Afrin continued for a fifth day.",
     ("ASSAULT", "TUR")),
])
def test_more_missed_constructions(code, text, expected):
    event_type, actor = expected
    events = code(text)
    assert any(e.event_type == event_type and e.actor and e.actor.code == actor for e in events), triples(events)


@pytest.mark.parametrize("text, unwanted", [
    ("The Senegalese government praised the intervention of the Gambian president in the dispute.", "ASSAULT"),
    ("The Russian minister called the threat of a strike extremely dangerous.", "PROTEST"),
    ("Kenya sees the Ugandan move as an attack on its sovereignty.", "ASSAULT"),
])
def test_more_other_senses_stay_uncoded(code, text, unwanted):
    assert unwanted not in _types(code(text))


@pytest.mark.parametrize("text, expected", [
    # calling or describing something by a damning name criticises it; by an approving name praises it
    ("Morocco's foreign ministry called the Algerian decision completely unjustified.", ("ACCUSE", "MAR")),
    ("The Nigerian government called the Ghanaian report \"very alarming.\"", ("ACCUSE", "NGA")),
    ("The French foreign minister described the Malian junta as \"illegitimate\".", ("ACCUSE", "FRA")),
    ("Kenya called the Ugandan raid a dangerous escalation.", ("ACCUSE", "KEN")),
    ("Blinken called the release of the Iranian prisoners a constructive step.", ("SUPPORT", "USA")),
    ("Iran's president called the talks with Oman \"a good idea.\"", ("SUPPORT", "IRN")),
])
def test_judging_names(code, text, expected):
    event_type, actor = expected
    events = code(text)
    assert any(e.event_type == event_type and e.actor and e.actor.code == actor for e in events), triples(events)


@pytest.mark.parametrize("text", [
    "The Kenyan minister called the meeting for Monday.",
    "The Nigerian minister described the Cameroonian plan in detail.",
    "Germany's chancellor called Macron a close friend.",
    "A Russian senator called it the most dangerous moment in relations with Japan.",
])
def test_neutral_names_code_no_stance(code, text):
    assert not {"ACCUSE", "SUPPORT"} & _types(code(text))


def test_calling_on_and_calling_elections_keep_their_senses(code):
    assert "REQUEST" in _types(code("Kenya called on Uganda to withdraw its troops."))
    assert "CONCEDE" in _types(code("The Kenyan president called a snap election for May."))


def test_ordering_an_envoy_to_leave_expels_him(code):
    events = code("Mali's military junta ordered the French ambassador to leave the country.")
    assert any(e.event_type == "SANCTION" and e.actor and e.actor.code == "MLI" for e in events), triples(events)
    assert "SANCTION" not in _types(code("The Kenyan president ordered the Kenyan ambassador to attend the summit."))
    assert "SANCTION" in _types(code("Burkina Faso ordered the French envoy out of the country."))


def test_envoys_and_peacekeepers_leaving_a_country_withdraw(code):
    events = code("Ugandan peacekeepers left Somalia last month.")
    assert any(e.event_type == "RETREAT" and e.actor and e.actor.code == "UGA" for e in events), triples(events)
    events = code("Six members of the Canadian diplomatic staff have left the country by aircraft.")
    assert any(e.event_type == "RETREAT" and e.actor and e.actor.code == "CAN" for e in events), triples(events)


@pytest.mark.parametrize("text, expected", [
    # a state leaving a bloc or a treaty reduces its ties
    ("Britain left the European Union in 2020.", ("SANCTION", "GBR")),
    # removing a president from office, dissolving a government
    ("Peru's Congress voted to remove President Pedro Castillo from office.", ("COERCE", "PER")),
    ("Myanmar's military dissolved the government in 2021.", ("COERCE", "MMR")),
    # letting trucks through: humanitarian access
    ("Israel allowed trucks to cross into Gaza on Sunday.", ("RETREAT", "ISR")),
    # tear gas or pepper spray used on people
    ("Kenyan riot police responded with tear gas.", ("COERCE", "KEN")),
    ("Chilean police cleared the square with pepper spray.", ("COERCE", "CHL")),
])
def test_blocs_offices_access_and_riot_agents(code, text, expected):
    event_type, actor = expected
    events = code(text)
    assert any(e.event_type == event_type and e.actor and e.actor.code == actor for e in events), triples(events)


def test_gas_supplies_are_no_repression(code):
    assert "COERCE" not in _types(code("Russia halted gas deliveries to Poland."))


def test_departing_forces_withdraw(code):
    events = code("The last American troops departed Afghanistan in August.")
    assert any(e.event_type == "RETREAT" and e.actor and e.actor.code == "USA" for e in events), triples(events)
    assert "RETREAT" not in _types(code("The Kenyan minister departed for Addis Ababa on Monday."))


def test_gunbattle_is_an_armed_clash(code):
    assert "ASSAULT" in _types(code("A gunbattle between Mexican soldiers and cartel gunmen killed six."))
