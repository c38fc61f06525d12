"""Single-sentence coding fixes found through the CAMEO proxy tune sets (session 10, helper D3). Every sentence here
is invented for the test; none is a sentence of the proxy sets or any corpus."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # CAMEO 012/013: pessimistic and optimistic comments about a party or its plan
    ("Portugal's economy minister was pessimistic about Spain's budget plan.", ("ACCUSE", "PRT", "ESP")),
    ("The Austrian chancellor remained sceptical of Hungary's proposal.", ("ACCUSE", "AUT", "HUN")),
    ("Egypt's trade minister was upbeat about Sudan's new investment law.", ("SUPPORT", "EGY", "SDN")),
    ("The Malaysian prime minister sounded bullish about Thailand's reforms.", ("SUPPORT", "MYS", "THA")),
    ("The Peruvian finance minister voiced optimism about Colombia's tax reform.", ("SUPPORT", "PER", "COL")),
    ("The Latvian president expressed misgivings about Russia's troop plans.", ("ACCUSE", "LVA", "RUS")),
    # the adjective of a tone noun is the verb's subject's comment
    ("The Swedish foreign minister sounded a gloomy note about Norway's oil policy.", ("ACCUSE", "SWE", "NOR")),
    ("Kenya's finance minister struck an optimistic tone on Tanzania's rail project.", ("SUPPORT", "KEN", "TZA")),
])
def test_pessimistic_and_optimistic_comments(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "The Danish finance minister was optimistic that growth would pick up.",
    "Brazil's president expressed confidence that the economy would recover.",
    "Analysts painted a gloomy picture of the housing market.",
])
def test_a_mood_about_no_party_is_no_event(code, text):
    types = {e.event_type for e in code(text, date="2000-01-01")}
    assert not types & {"ACCUSE", "SUPPORT"}


@pytest.mark.parametrize("text, expected", [
    # mass expulsion of a people (CAMEO 201/203), also through a quantity of a quantity
    ("Serbian troops forced out tens of thousands of Albanian villagers.", ("ASSAULT", "SRB", None)),
    ("Iraqi militias forced out hundreds of Christian villagers from Mosul.", ("ASSAULT", "IRQ", None)),
    ("Rebel fighters purged the valley of Tutsi villagers.", None),
    ("Janjaweed militias uprooted whole villages of Fur farmers.", None),
    # physical abuse (CAMEO 182)
    ("Prisoners were abused by Egyptian prison guards.", ("ASSAULT", "EGY", None)),
    # moving units, warships and warplanes (CAMEO 154)
    ("Russia moved two battalions to its border with Georgia.", ("MOBILIZE", "RUS", "GEO")),
    ("China sent warships to the waters off Vietnam.", ("MOBILIZE", "CHN", None)),
    # investigations set up or documented (CAMEO 09)
    ("The Kenyan parliament set up an inquiry into bribes paid by Chinese firms.", ("ACCUSE", "KEN", "CHN")),
    ("Amnesty International documented killings of protesters by Iranian security forces.", ("ACCUSE", "NGOAMN", "IRN")),
    # blocking a motion or bill (CAMEO 12)
    ("The Polish senate blocked a bill backed by the German government.", ("REJECT", "POL", "DEU")),
    # accord and intent (CAMEO 03)
    ("Greece found common ground with Turkey on migrants.", ("AGREE", "GRC", "TUR")),
    ("Ankara wants to mend fences with Athens.", ("AGREE", "TUR", "GRC")),
    # protection by peacekeepers (CAMEO 074)
    ("Irish peacekeepers stood guard over Lebanese villagers.", ("AID", "IRL", "LBN")),
    # aerial bombing (CAMEO 195)
    ("Russian jets dropped bombs on Chechen villages.", ("ASSAULT", "RUS", "RUS")),
])
def test_lexicon_breadth(code, text, expected):
    events = code(text, date="2000-01-01")
    if expected is None:
        assert "ASSAULT" in {e.event_type for e in events}
        return
    event_type, actor, recipient = expected
    assert any(e.event_type == event_type and (e.actor.code if e.actor else None) == actor
               and (recipient is None or (e.recipient.code if e.recipient else None) == recipient)
               for e in events), triples(events)


@pytest.mark.parametrize("text", [
    "The Zambian minister abused his power.",
    "The judge said the lawyers had abused the process.",
])
def test_abusing_power_is_no_assault(code, text):
    assert "ASSAULT" not in {e.event_type for e in code(text, date="2000-01-01")}


def test_the_main_clause_outranks_an_event_it_is_ahead_of(code):
    events = code("The Kenyan government deployed riot police ahead of a march by opposition supporters.",
                  date="2000-01-01")
    assert events and events[0].event_type == "MOBILIZE"


@pytest.mark.parametrize("text, expected", [
    ("Paris insisted that Algerian militants free the French hostages.", ("REQUEST", "FRA", "DZA")),
    ("Ankara insisted that Syrian rebels withdraw from the border towns.", ("REQUEST", "TUR", "SYR")),
])
def test_insisting_on_a_subjunctive_clause_is_a_demand(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_insisting_that_something_is_so_is_no_demand(code):
    types = {e.event_type for e in code("The Italian minister insisted that Italian troops were not involved.",
                                        date="2000-01-01")}
    assert "REQUEST" not in types


@pytest.mark.parametrize("text, expected", [
    # rallying support on behalf of a party (CAMEO 053)
    ("Swedish writers campaigned on behalf of jailed Belarusian journalists.", ("SUPPORT", "SWE", "BLR")),
    ("Irish bishops lobbied on behalf of Nigerian asylum seekers.", ("SUPPORT", "IRL", "NGA")),
    # admitting a wrong of one's own (CAMEO 015)
    ("The Belgian government admitted mistakes in its handling of the Congolese crisis.", ("CONCEDE", "BEL", None)),
])
def test_support_on_behalf_and_admitted_wrongs(code, text, expected):
    events = code(text, date="2000-01-01")
    event_type, actor, recipient = expected
    assert any(e.event_type == event_type and (e.actor.code if e.actor else None) == actor
               and (recipient is None or (e.recipient.code if e.recipient else None) == recipient)
               for e in events), triples(events)


@pytest.mark.parametrize("text", [
    "\u201cWe see no danger here,\u201d the Ukrainian minister told journalists.",
    "\u201cWe want peace,\u201d the Sudanese president told reporters.",
])
def test_a_quote_in_the_present_is_no_subjunctive_demand(code, text):
    assert "REQUEST" not in {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text, expected", [
    ("Ugandan soldiers beat villagers in the north.", ("ASSAULT", "UGA", "UGA")),
    ("Colombian rebels kidnapped three teachers.", ("ASSAULT", "COL", "COL")),
])
def test_armed_parties_use_force_on_their_own_people_unless_a_country_is_named(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_force_on_foreign_people_keeps_their_country(code):
    got = triples(code("Israeli soldiers beat Palestinian villagers.", date="2000-01-01"))
    assert ("ASSAULT", "ISR", "PSE") in got


@pytest.mark.parametrize("text, expected", [
    ("The Turkish foreign ministry denied reports by Reuters that troops had crossed into Iraq.",
     ("REJECT", "TUR", "GBR")),
    ("Damascus denied claims by Israeli officials that it had armed Hezbollah.", ("REJECT", "SYR", "ISR")),
])
def test_denying_a_named_sources_report_rejects_the_source(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_denying_an_own_act_still_codes_the_act_negated(code):
    events = code("The Nepalese army denied shelling Maoist villages.", date="2000-01-01")
    assert "ASSAULT" in {e.event_type for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Italian warships escorted Libyan tankers out of the port.", ("AID", "ITA", "LBY")),
    ("Ghanaian peacekeepers protected Ivorian refugees near the border.", ("AID", "GHA", "CIV")),
    ("China loaned Zambia three billion dollars.", ("AID", "CHN", "ZMB")),
])
def test_protection_escorts_and_loans(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_protecting_jobs_or_workers_is_no_military_protection(code):
    types = {e.event_type for e in code("The Greek government promised to protect workers.", date="2000-01-01")}
    assert "AID" not in types


def test_forcing_families_out_of_their_homes_stays_an_eviction(code):
    types = {e.event_type for e in code("Israeli police forced Bedouin families out of their homes.", date="2000-01-01")}
    assert "COERCE" in types and "ASSAULT" not in types
