"""Actor resolution: states, metonyms, sectors, organizations, dated leaders and in-document coreference.

Every case asserts the code and the sector. Phrases and sentences are our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from dyads import actors, nlp
from dyads.actors.rules import resolve_span
from dyads.settings import Settings

DAY = dt.date(2024, 5, 17)


@pytest.fixture(scope="module")
def parse(settings):
    return nlp.load(settings.spacy_model)


def resolved(text: str, when: dt.date | None = DAY) -> tuple:
    party = actors.resolve_text(text, when=when)
    return (party.code, party.sector) if party else (None, None)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("China", "CHN", "GOV"),
    ("the US", "USA", "GOV"),
    ("U.S.", "USA", "GOV"),
    ("the United States of America", "USA", "GOV"),
    ("Britain", "GBR", "GOV"),
    ("Burma", "MMR", "GOV"),
    ("Zaire", "COD", "GOV"),
    ("the Soviet Union", "RUS", "GOV"),
    ("Türkiye", "TUR", "GOV"),
    ("Côte d'Ivoire", "CIV", "GOV"),
    ("Eswatini", "SWZ", "GOV"),
    ("Tuvalu", "TUV", "GOV"),
    ("Kiribati", "KIR", "GOV"),
])
def test_state_names_and_historical_names_code_the_state_government(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Washington", "USA", "GOV"),
    ("Moscow", "RUS", "GOV"),
    ("the Kremlin", "RUS", "GOV"),
    ("the White House", "USA", "GOV"),
    ("Downing Street", "GBR", "GOV"),
    ("the Elysee", "FRA", "GOV"),
    ("Tehran", "IRN", "GOV"),
    ("Kyiv", "UKR", "GOV"),
    ("the Pentagon", "USA", "MIL"),
    ("Capitol Hill", "USA", "LEG"),
])
def test_capitals_and_seats_of_government_acting_are_that_state(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("the Chinese foreign ministry", "CHN", "GOV"),
    ("China's Foreign Ministry", "CHN", "GOV"),
    ("Ivorian troops", "CIV", "MIL"),
    ("Russian security forces", "RUS", "MIL"),
    ("Kenyan riot police", "KEN", "COP"),
    ("the Brazilian supreme court", "BRA", "JUD"),
    ("Polish lawmakers", "POL", "LEG"),
    ("Colombian rebels", "COL", "REB"),
    ("Venezuelan opposition parties", "VEN", "OPP"),
    ("Filipino protesters", "PHL", "CVL"),
    ("Chilean students", "CHL", "EDU"),
    ("Nigerian state media", "NGA", "MED"),
    ("Egyptian clerics", "EGY", "REL"),
    ("Argentine unions", "ARG", "LAB"),
    ("Sudanese refugees", "SDN", "REF"),
    ("Mexican drug cartels", "MEX", "CRM"),
    ("Peruvian farmers", "PER", "AGR"),
    ("Iranian intelligence officials", "IRN", "SPY"),
    ("Indian doctors", "IND", "HLH"),
    ("Vietnamese companies", "VNM", "BUS"),
    ("Russia's defence sector", "RUS", "MIL"),
    ("Ukrainians", "UKR", "CVL"),
    ("the president of Armenia", "ARM", "GOV"),
])
def test_role_words_and_demonyms_give_country_and_sector(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("a former Brazilian minister", "BRA", "ELI"),
    ("the Turkish opposition leader", "TUR", "OPP"),
    ("a Malian rebel commander", "MLI", "REB"),
    ("exiled Belarusian officials", "BLR", "ELI"),
])
def test_modifiers_override_the_head_role(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Harbin Institute of Technology", "CHN", "EDU"),
    ("Lagos University", "NGA", "EDU"),
    ("Harbin", "CHN", "CVL"),
    ("Mumbai", "IND", "CVL"),
])
def test_non_capital_cities_code_their_country_never_the_national_government(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("the Kurdistan Workers’ party", "TUR", "REB"),  # house style: the name's last word in lower case
    ("the Free Syrian army", "SYR", "REB"),
    ("the Labour party", "GBR", "PTY"),
    ("the Syrian army", "SYR", "MIL"),  # no such name: the demonym and the role word, as before
])
def test_a_name_whose_last_word_is_written_in_lower_case_is_still_the_name(text, code, sector):
    assert resolved(text) == (code, sector)


def test_an_institution_named_after_a_city_keeps_its_own_name(parse):
    text = "The minister made a stop at the Harbin Institute of Technology on Friday."
    (party,) = in_document(parse, text, "Harbin Institute of Technology", role="recipient")
    assert (party.code, party.sector, party.name) == ("CHN", "EDU", "Harbin Institute of Technology")


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("NATO", "IGONAT", "MIL"),
    ("the UN Security Council", "IGOUNO", "GOV"),
    ("the African Union", "IGOAFR", "IGO"),
    ("the IAEA", "IGOUNOIAE", "IGO"),
    ("the International Criminal Court", "IGOICC", "JUD"),
    ("Amnesty International", "NGOAMN", "NGO"),
    ("Hamas militants", "PSE", "REB"),
    ("the Taliban", "AFG", "REB"),
    ("Houthi rebels", "YEM", "REB"),
    ("the Chinese Communist Party", "CHN", "GOV"),
    ("Xinhua", "CHN", "MED"),
])
def test_organizations_carry_their_code_and_sector(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("the European court of human rights", "IGOCOE", "JUD"),
    ("the international criminal court", "IGOICC", "JUD"),
    ("the UN security council", "IGOUNO", "GOV"),
    ("the african union", "IGOAFR", "IGO"),
])
def test_international_bodies_are_found_in_lower_case_house_style(text, code, sector):
    assert resolved(text) == (code, sector)


def test_lower_case_names_of_national_bodies_stay_unresolved():
    assert resolved("the national assembly")[0] is None


@pytest.mark.parametrize(("text", "when", "code", "sector", "name"), [
    ("Putin", "2024-05-17", "RUS", "GOV", "Vladimir Putin"),
    ("Xi", "2024-05-17", "CHN", "GOV", "Xi Jinping"),
    ("Zelenskyy", "2024-05-17", "UKR", "GOV", "Volodymyr Zelenskyy"),
    ("Bush", "1991-03-01", "USA", "GOV", "George H. W. Bush"),
    ("Bush", "2005-03-01", "USA", "GOV", "George W. Bush"),
    ("Trump", "2019-06-01", "USA", "GOV", "Donald Trump"),
    ("Trump", "2023-06-01", "USA", "ELI", "Donald Trump"),
    ("Wang Yi", "2015-06-01", "CHN", "GOV", "Wang Yi"),
    ("Lavrov", "2020-06-01", "RUS", "GOV", "Sergei Lavrov"),
    ("Medvedev", "2010-06-01", "RUS", "GOV", "Dmitry Medvedev"),
    ("Merkel", "2023-06-01", "DEU", "ELI", "Angela Merkel"),
    ("former President Obama", "2015-06-01", "USA", "ELI", "Barack Obama"),
    ("Guterres", "2024-05-17", "IGOUNO", "IGO", "Antonio Guterres"),
])
def test_dated_leaders_follow_the_document_date(text, when, code, sector, name):
    party = actors.resolve_text(text, when=dt.date.fromisoformat(when))
    assert (party.code, party.sector, party.name) == (code, sector, name)


def test_a_leader_named_with_his_title_after_leaving_office_keeps_the_title_sector():
    assert resolved("President Obama", dt.date(2020, 1, 1)) == ("USA", "GOV")


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Afganistan", "AFG", "GOV"),
    ("Venezeula", "VEN", "GOV"),
])
def test_near_spellings_of_long_state_names_are_read_as_typos(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize("text", ["us", "the talks", "Tuesday", "a new era"])
def test_words_that_name_no_party_stay_unresolved(text):
    party = actors.resolve_text(text, when=DAY)
    assert party is None or party.code is None


def test_resolution_explains_itself():
    party = actors.resolve_text("the Chinese foreign ministry", when=DAY)
    assert "Chinese" in party.why and "foreign ministry" in party.why
    assert party.name == "China"


def test_every_un_member_has_a_row_with_names_adjectives_and_capitals():
    rows = actors._read("countries.csv")
    assert len(rows) >= 193
    assert all(row["names"] for row in rows)
    assert sum(1 for row in rows if row["adjectives"]) >= 190
    assert sum(1 for row in rows if row["capitals"]) >= 190


def test_leader_rows_are_well_formed():
    for row in actors._read("leaders.csv"):
        start = dt.date.fromisoformat(row["start"]) if row["start"] else None
        end = dt.date.fromisoformat(row["end"]) if row["end"] else None
        assert start or end, row["name"]
        assert start is None or end is None or start < end, row["name"]
        assert row["sector"] in ("GOV", "MIL", "REB", "OPP", "IGO", "HLH", "BUS", "REL", "JUD"), row["name"]


def in_document(parse, text: str, target: str, *, nth: int = 0, when: dt.date = DAY, role: str = "actor"):
    """Resolve the nth occurrence of `target` in `text` after the resolver has read the document."""
    doc = parse(text)
    at = -1
    for _ in range(nth + 1):
        at = text.index(target, at + 1)
    span = doc.char_span(at, at + len(target), alignment_mode="expand")
    return actors.DocumentResolver(when=when).resolve_all([span], role=role)


def codes(parties) -> list[tuple]:
    return [(p.code, p.sector) for p in parties]


@pytest.mark.parametrize(("text", "target", "nth", "expected"), [
    ("Foreign Minister Amadou Sidibe of Mali met his counterpart on Monday. Sidibe later accused Niger of "
     "harbouring militants.", "Sidibe", 1, [("MLI", "GOV")]),
    ("President Xi Jinping of China and Vladimir Putin of Russia met in Beijing. The two presidents signed a "
     "treaty.", "The two presidents", 0, [("CHN", "GOV"), ("RUS", "GOV")]),
    ("Kenya and Uganda signed a trade pact on Monday. Both countries agreed to cut tariffs.", "Both countries", 0,
     [("KEN", "GOV"), ("UGA", "GOV")]),
    ("The Malian government expelled the French ambassador. It accused Paris of interference.", "It", 0,
     [("MLI", "GOV")]),
    ("Ghana said on Friday that its troops had left the border area.", "its troops", 0, [("GHA", "MIL")]),
    ("Ukrainian President Volodymyr Zelenskyy met the Polish prime minister. He thanked Warsaw for its support.",
     "He", 0, [("UKR", "GOV")]),
    ("Tens of thousands of students across Kenya protested against the tax bill.", "Tens of thousands of students",
     0, [("KEN", "EDU")]),
    ("Putin arrived in Jakarta on Monday, and he visited the country's parliament.", "the country", 0,
     [("IDN", "GOV")]),
])
def test_coreference_within_a_document(parse, text, target, nth, expected):
    assert codes(in_document(parse, text, target, nth=nth)) == expected


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Tens of thousands of Chilean students", "CHL", "EDU"),
    ("Members of the Kenyan parliament", "KEN", "LEG"),
    ("Thousands of Iraqi Kurds", "IRQ", "CVL"),
])
def test_quantity_phrases_resolve_to_what_they_count(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize("text", ["an international television program", "the resignation of the two ministers"])
def test_a_role_word_that_does_not_head_the_phrase_makes_no_party(text):
    assert actors.resolve_text(text, when=DAY) is None


def test_a_relative_pronoun_is_its_antecedent(parse):
    text = "The Peruvian foreign minister, who accused Chile of spying, resigned on Monday."
    (party,) = in_document(parse, text, "who")
    assert (party.code, party.sector) == ("PER", "GOV")


@pytest.mark.parametrize(("text", "code", "sector"), [("Raqqa", "SYR", "CVL"), ("Donetsk", "UKR", "CVL")])
def test_cities_are_known_by_their_common_english_spellings(text, code, sector):
    assert resolved(text) == (code, sector)


def test_an_ethnic_group_is_coded_where_it_lives(parse):
    text = "Hundreds of ethnic Hungarians in Romania protested on Sunday."
    (party,) = in_document(parse, text, "Hundreds of ethnic Hungarians")
    assert (party.code, party.sector) == ("ROU", "CVL")


def test_domestic_actors_take_the_one_country_their_sentence_happens_in(parse):
    text = "Police fired tear gas on Sunday as crowds gathered in Nairobi."
    (party,) = in_document(parse, text, "Police")
    assert (party.code, party.sector) == ("KEN", "COP")


def test_organizations_without_a_country_are_not_placed_by_the_sentence(parse):
    text = "The charity, which is based in Brazil, criticized Venezuela."
    (party,) = in_document(parse, text, "The charity")
    assert (party.code, party.sector) == ("NGO", "NGO")  # CAMEO's class code, not Brazil


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("an international human rights group", "NGO", "NGO"),
    ("Members of the Association of Sahel Lawyers", "NGO", "NGO"),
    ("a Kenyan human rights group", "KEN", "NGO"),
    ("Amnesty International", "NGOAMN", "NGO"),
])
def test_transnational_bodies_without_a_country_take_their_class_code(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("the rally in Nairobi", "KEN", "CVL"),
    ("the fighting in Iraq", "IRQ", "CVL"),
    ("targets near Hebron", "PSE", "CVL"),
    ("American troops in Iraq", "USA", "MIL"),
    ("Nairobi", "KEN", "GOV"),
])
def test_a_place_after_in_locates_the_phrase_instead_of_acting(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("52 members of the banned Movement for the Self-Determination of Casamance", "SEN", "OPP"),
    ("300 members of the Zambian ruling party", "ZMB", "PTY"),
    ("a protest movement in Belarus", "BLR", "OPP"),
])
def test_counted_members_speak_for_their_body_and_movements_are_opposition(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("The Home Office", "GBR", "GOV"),
    ("RAF airstrikes", "GBR", "MIL"),
    ("the Rada", "UKR", "LEG"),
    ("Members of the Sejm", "POL", "LEG"),
    ("the Tatmadaw", "MMR", "MIL"),
    ("Pakistan's Home Office", "PAK", "GOV"),  # a state named before a body's generic name owns it
    ("the shadow home secretary", None, "OPP"),
])
def test_national_bodies_name_their_state(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("the Saudi-led coalition", "SAU", "MIL"),
    ("the US-led coalition", "USA", "MIL"),
    ("coalition forces", None, "MIL"),
    ("the ruling coalition", None, "PTY"),
])
def test_a_led_coalition_is_military_a_ruling_one_political(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Labour Secretary", None, "GOV"),
    ("Serbian Labour Minister Dragan Milovanovic", "SRB", "GOV"),
    ("the Labour Party", "GBR", "PTY"),
])
def test_a_portfolio_word_before_an_office_is_no_party(text, code, sector):
    assert resolved(text) == (code, sector)


def test_each_coordinated_nationality_is_read_with_the_noun_they_modify(parse):
    text = "Indian and Pakistani troops traded fire in Kashmir."
    assert codes(in_document(parse, text, "Indian")) == [("IND", "MIL")]
    assert codes(in_document(parse, text, "Pakistani")) == [("PAK", "MIL")]


def test_a_portfolio_word_alone_in_a_slot_is_no_party(parse):
    text = "Nurses went on strike over a pay offer made by Labour Secretary Anna Novak."
    assert in_document(parse, text, "Labour", role="recipient")[0].code is None


def test_the_object_of_a_locative_preposition_is_a_place_whatever_its_entity_label(parse):
    text = ("Turkish police prevented the demonstration staged by students at Cumhuriyet University near AKP "
            "offices in Sivas on 15 October to protest the decision of sending troops to Iraq.")
    assert parse(text)[15].ent_type_ == "PERSON"  # the recognizer's mistake this test is about
    (party,) = in_document(parse, text, "students", role="recipient")
    assert (party.code, party.sector) == ("TUR", "EDU")


def test_a_role_phrase_takes_the_name_of_the_leader_named_before(parse):
    text = "Prime Minister Kamala Persad met President Ruto. The Kenyan leader praised the deal."
    (party,) = in_document(parse, text, "The Kenyan leader")
    assert (party.code, party.sector, party.name) == ("KEN", "GOV", "William Ruto")


def test_a_capital_that_is_only_where_talks_happen_is_not_a_party(parse):
    (party,) = in_document(parse, "Ministers held talks in Nairobi on Tuesday.", "Nairobi", role="recipient")
    assert (party.code, party.sector) == (None, None)
    assert "place" in party.why


def test_a_capital_hosting_an_arrival_stays_a_party(parse):
    (party,) = in_document(parse, "Putin landed in Beijing for a state visit.", "Beijing", role="recipient")
    assert (party.code, party.sector) == ("CHN", "GOV")


def test_a_capital_accused_is_that_government(parse):
    (party,) = in_document(parse, "The US has accused Beijing of helping Moscow.", "Beijing", role="recipient")
    assert (party.code, party.sector) == ("CHN", "GOV")


def test_a_cited_news_outlet_is_attribution_not_an_actor(parse):
    (party,) = in_document(parse, "Russia's foreign minister accused the United States, CNN reported.", "CNN")
    assert (party.code, party.sector) == (None, None)
    assert "attribution" in party.why


def test_events_never_have_a_news_outlet_as_a_party(code):
    events = code("CNN accused the government of lying. According to the BBC, Russia condemned Ukraine.")
    parties = [p for e in events for p in (e.actor, e.recipient) if p is not None]
    assert all(p.sector != "MED" for p in parties)
    assert any(e.event_type == "ACCUSE" or e.actor and e.actor.code == "RUS" for e in events)


def test_pipeline_parties_carry_name_and_why(code):
    events = code("President Javier Milei of Argentina met Lula in Brasilia. Milei praised Brazil.")
    parties = [p for e in events for p in (e.actor, e.recipient) if p is not None and p.code]
    assert parties
    assert all(p.name and p.why for p in parties)
    assert ("ARG", "GOV", "Javier Milei") in {(p.code, p.sector, p.name) for p in parties}


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Kurds", "IRQ", "CVL"),
    ("Syrian Kurds", "SYR", "CVL"),
    ("Uyghurs", "CHN", "CVL"),
    ("Rohingya refugees", "MMR", "REF"),
    ("Tamil separatists", "LKA", "REB"),
    ("Igbo students", "NGA", "EDU"),
    ("Hutu militias", "BDI", "REB"),
    ("Baloch separatists", "PAK", "REB"),
    ("Bosnian Serbs", "BIH", "CVL"),
    ("Coptic Christians", "EGY", "CVL"),
    ("Jewish settlers", "ISR", "CVL"),
    ("Alevi villagers", "TUR", "CVL"),
    ("Kurdish leaders", "IRQ", "ELI"),
])
def test_ethnic_and_religious_groups_code_the_country_they_live_in(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("Darfur rebels", "SDN", "REB"),
    ("Tigray", "ETH", "GOV"),
    ("Xinjiang authorities", "CHN", "GOV"),
    ("Crimea", "UKR", "GOV"),
    ("Transnistria", "MDA", "GOV"),
    ("Texas", "USA", "GOV"),
    ("the Kashmir valley", "IND", "GOV"),
    ("Donbas", "UKR", "CVL"),
    ("Catalonia's regional government", "ESP", "GOV"),
    ("Somaliland", "SOM", "GOV"),
])
def test_sub_national_regions_code_their_state(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("American troops in Iraq", "USA", "MIL"),
    ("Russian soldiers in Crimea", "RUS", "MIL"),
    ("Kenyan police in Somalia", "KEN", "COP"),
])
def test_a_place_after_in_does_not_change_whose_forces_they_are(text, code, sector):
    assert resolved(text) == (code, sector)


def test_a_religious_group_alone_names_no_country():
    party = actors.resolve_text("Shiite militias", when=DAY)
    assert (party.code, party.sector) == (None, "REB")


@pytest.mark.parametrize(("text", "when", "code", "sector", "name"), [
    ("Foreign Minister Amr Moussa", dt.date(1995, 6, 1), "EGY", "GOV", "Amr Moussa"),
    ("Moussa", dt.date(2005, 6, 1), "IGOARL", "IGO", "Amr Moussa"),
    ("Lloyd Axworthy", dt.date(1998, 3, 1), "CAN", "GOV", "Lloyd Axworthy"),
    ("Hubert Vedrine", dt.date(1999, 3, 1), "FRA", "GOV", "Hubert Vedrine"),
    ("Alexander Downer", dt.date(2003, 3, 1), "AUS", "GOV", "Alexander Downer"),
    ("Kamal Kharrazi", dt.date(2001, 3, 1), "IRN", "GOV", "Kamal Kharrazi"),
    ("Foday Sankoh", dt.date(1999, 3, 1), "SLE", "REB", "Foday Sankoh"),
    ("President Buyoya", dt.date(1998, 3, 1), "BDI", "GOV", "Pierre Buyoya"),
    ("Hun Sen", dt.date(2010, 3, 1), "KHM", "GOV", "Hun Sen"),
    ("Edi Rama", dt.date(2020, 3, 1), "ALB", "GOV", "Edi Rama"),
    ("Samia Suluhu Hassan", dt.date(2023, 3, 1), "TZA", "GOV", "Samia Suluhu Hassan"),
    ("Javier Solana", dt.date(1997, 3, 1), "IGONAT", "IGO", "Javier Solana"),
    # a title picks the person's row it names, whatever the date
    ("NATO Secretary General Javier Solana", dt.date(1994, 3, 1), "IGONAT", "GOV", "Javier Solana"),
    ("Foreign Minister Amr Moussa", dt.date(2005, 6, 1), "EGY", "GOV", "Amr Moussa"),
    # the Arabic article is spelled al, el, Al or El, or left out
    ("Abdel Fattah al-Sisi", dt.date(2020, 3, 1), "EGY", "GOV", "Abdel Fattah el-Sisi"),
    ("Abdel Fattah Sisi", dt.date(2020, 3, 1), "EGY", "GOV", "Abdel Fattah el-Sisi"),
])
def test_foreign_ministers_and_small_states_leaders_are_dated(text, when, code, sector, name):
    party = actors.resolve_text(text, when=when)
    assert (party.code, party.sector, party.name) == (code, sector, name)


@pytest.mark.parametrize(("text", "when", "code", "sector", "name"), [
    # in office on the date: the state's government
    ("Kamina Johnson Smith", "2020-03-01", "JAM", "GOV", "Kamina Johnson Smith"),
    ("Fred Mitchell", "2014-03-01", "BHS", "GOV", "Fred Mitchell"),
    ("Robert Dussey", "2020-03-01", "TGO", "GOV", "Robert Dussey"),
    ("Tleuberdi", "2021-03-01", "KAZ", "GOV", "Mukhtar Tleuberdi"),
    ("Bisera Turkovic", "2021-03-01", "BIH", "GOV", "Bisera Turkovic"),
    ("Abdulla Shahid", "2020-03-01", "MDV", "GOV", "Abdulla Shahid"),
    ("Luca Beccari", "2022-03-01", "SMR", "GOV", "Luca Beccari"),
    ("Kalani Kaneko", "2024-06-01", "MHL", "GOV", "Kalani Kaneko"),
    ("Sonexay", "2023-06-01", "LAO", "GOV", "Sonexay Siphandone"),
    ("Prime Minister Robinah Nabbanja", "2022-03-01", "UGA", "GOV", "Robinah Nabbanja"),
    ("Governor-General Mary Simon", "2023-03-01", "CAN", "GOV", "Mary Simon"),
    ("King Frederik", "2024-06-01", "DNK", "GOV", "Frederik X"),
    # 1980-2010: heads of state and government, and foreign ministers, of the era of the news we code
    ("Bendjedid", "1988-10-10", "DZA", "GOV", "Chadli Bendjedid"),
    ("Salim al-Hoss", "1999-03-01", "LBN", "GOV", "Selim al-Hoss"),
    ("Prime Minister Mesut Yilmaz", "1998-03-01", "TUR", "GOV", "Mesut Yilmaz"),
    ("Momir Bulatović", "1994-03-01", "MNE", "GOV", "Momir Bulatovic"),
    ("Ríos Montt", "1982-09-01", "GTM", "GOV", "Efrain Rios Montt"),
    ("Pasteur Bizimungu", "1996-06-01", "RWA", "GOV", "Pasteur Bizimungu"),
    ("Chatichai", "1990-01-01", "THA", "GOV", "Chatichai Choonhavan"),
    ("Andropov", "1983-06-01", "RUS", "GOV", "Yuri Andropov"),
    ("Uffe Ellemann-Jensen", "1991-01-01", "DNK", "GOV", "Uffe Ellemann-Jensen"),
    # out of office on the date (before, between or after the terms): an elite, not the government
    ("Kamina Johnson Smith", "2012-03-01", "JAM", "ELI", "Kamina Johnson Smith"),
    ("Fred Mitchell", "2019-06-01", "BHS", "ELI", "Fred Mitchell"),
    ("Abdulla Shahid", "2024-06-01", "MDV", "ELI", "Abdulla Shahid"),
    ("Turković", "2010-03-01", "BIH", "ELI", "Bisera Turkovic"),
    ("Ouyahia", "2015-06-01", "DZA", "ELI", "Ahmed Ouyahia"),
    ("Hamdok", "2023-01-01", "SDN", "ELI", "Abdalla Hamdok"),
    ("Bizimungu", "2002-01-01", "RWA", "ELI", "Pasteur Bizimungu"),
    ("Sassou Nguesso", "1995-01-01", "COG", "ELI", "Denis Sassou Nguesso"),
    ("Mesut Yilmaz", "1993-03-01", "TUR", "ELI", "Mesut Yilmaz"),
    ("Ratsiraka", "1995-01-01", "MDG", "ELI", "Didier Ratsiraka"),
    ("Kadirgamar", "2003-01-01", "LKA", "ELI", "Lakshman Kadirgamar"),
])
def test_foreign_ministers_heads_and_governors_general_of_every_region_follow_their_terms(
        text, when, code, sector, name):
    party = actors.resolve_text(text, when=dt.date.fromisoformat(when))
    assert (party.code, party.sector, party.name) == (code, sector, name)


# Offices whose holder on 2025-03-01 the table does not know (rather than guess); may only shrink.
FOREIGN_MINISTER_GAPS = frozenset("COM DJI DMA GAB GNB MDG FSM MNG NRU VCT STP SSD SDN TON VUT".split())
NOT_UN_MEMBERS = frozenset("HKG MAC PRI GRL".split())


def test_every_un_member_has_a_dated_head_of_state_and_almost_all_a_foreign_minister():
    when = dt.date(2025, 3, 1)
    members = {row["iso3"] for row in actors._read("countries.csv")} - NOT_UN_MEMBERS

    def holders(roles: set[str]) -> set[str]:
        return {row["country"] for row in actors._read("leaders.csv") if row["role"] in roles
                and (not row["start"] or dt.date.fromisoformat(row["start"]) <= when)
                and (not row["end"] or when < dt.date.fromisoformat(row["end"]))}

    # San Marino's two captains regent change every six months and are not listed
    assert members - holders({"head of state", "governor-general"}) == {"SMR"}
    assert members - holders({"foreign minister"}) <= FOREIGN_MINISTER_GAPS

@pytest.mark.parametrize(("text", "target", "nth", "expected"), [
    # a group listed in several countries takes the one the document is about
    ("Syria's army moved north on Monday. Kurds said they would resist.", "Kurds", 0, [("SYR", "CVL")]),
    ("Pakistan's election commission met on Friday. Punjab will vote in May.", "Punjab", 0, [("PAK", "GOV")]),
    # a religious group with no state takes the country where it acts
    ("Shiite militias attacked a checkpoint in Basra on Monday.", "Shiite militias", 0, [("IRQ", "REB")]),
    # a titled person not in our tables takes the one country of the sentence, outside the other parties
    ("Judge Tomas Kerubo condemned the violence in Kenya.", "Judge Tomas Kerubo", 0, [("KEN", "JUD")]),
    ("Judge Tomas Kerubo indicted three Kenyan officials.", "Judge Tomas Kerubo", 0, [("KEN", "JUD")]),
    ("Archbishop Tomas Kerubo urged sanctions against Kenya.", "Archbishop Tomas Kerubo", 0, []),
    ("President Omar Tandu said on Monday that Mali would hold elections.", "President Omar Tandu", 0,
     [("MLI", "GOV")]),
    ("Foreign Minister Ana Oliveira met Chinese officials in Beijing.", "Foreign Minister Ana Oliveira", 0, []),
    # and keeps it when named again
    ("Judge Tomas Kerubo condemned the violence in Kenya. Kerubo called for calm.", "Kerubo", 1,
     [("KEN", "JUD")]),
    # a headline name is resolved by the body that introduces it later
    ("Tandu warns rebels\n\nPresident Joseph Tandu of Chad said on Monday that the army would advance.", "Tandu", 0,
     [("TCD", "GOV")]),
    # civilians, rebels, students take a country only from where they are, never from the other states
    # their sentence names (issue 13: civilians killed in a Syrian town were coded as the story's British);
    # Islamists placed nowhere are of the transnational militant groups' class
    ("Islamist militants staged a hunger strike to demand the resignation of the Tunisian prime minister.",
     "Islamist militants", 0, [("IMG", "REB")]),
    ("Islamist militants staged a hunger strike in Tunis.", "Islamist militants", 0, [("TUN", "REB")]),
    ("Protesters burned American flags on Friday.", "Protesters", 0, []),
    ("Rebels attacked Ugandan troops near the border.", "Rebels", 0, []),
    # "we", "our", "I" in a quote are the speaker; "you" is whom it was said to
    ('"We will not withdraw our troops," Foreign Minister Ivan Petrov of Bulgaria said.', "We", 0,
     [("BGR", "GOV")]),
    ('"We will not withdraw our troops," Foreign Minister Ivan Petrov of Bulgaria said.', "our troops", 0,
     [("BGR", "MIL")]),
    ('President William Ruto spoke in Nairobi on Monday. "We will protect our borders," he said. '
     '"I have sent the army north."', "I", 0, [("KEN", "GOV")]),
    ('"You must stop the shelling," the Chinese envoy told Canada\'s foreign minister.', "You", 0,
     [("CAN", "GOV")]),
    # an apposition names the phrase it follows
    ("The rebel movement, the Khmer Rouge, accused Thailand of shelling.", "The rebel movement", 0,
     [("KHM", "REB")]),
    # a people stays a people for "their" even when the entity recognizer calls it a person
    ("Bosnian Croats said on Friday that their militia would disarm.", "their militia", 0, [("BIH", "REB")]),
    # "the group" is the organization named before; "the two sides" the two parties of one meeting
    ("Hamas fired rockets at Israel on Monday. The group said it would continue.", "The group", 0,
     [("PSE", "REB")]),
    ("Ethiopia's prime minister met Eritrea's president on Tuesday. The two sides agreed to reopen the border.",
     "The two sides", 0, [("ETH", "GOV"), ("ERI", "GOV")]),
])
def test_context_resolves_groups_titles_quotes_and_pairs(parse, text, target, nth, expected):
    assert [c for c in codes(in_document(parse, text, target, nth=nth)) if c[0]] == expected


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("UNITA rebels", "AGO", "REB"),
    ("the Khmer Rouge", "KHM", "REB"),
    ("Interahamwe militiamen", "RWA", "REB"),
    ("Mahdi Army fighters", "IRQ", "REB"),
    ("the OPCW", "IGOCWC", "IGO"),
    ("Renamo", "MOZ", "OPP"),
    # house styles that lower-case acronyms
    ("Nato", "IGONAT", "MIL"),
    ("Opec", "IGOOPC", "BUS"),
])
def test_armed_groups_parties_and_bodies_of_the_1990s_and_since(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "code", "sector"), [
    # "leaders/officials/representatives of X" speak for X
    ("Leaders of the Kenyan opposition coalition", "KEN", "OPP"),
    ("officials of the Chilean navy", "CHL", "MIL"),
    # a role word heading an international body gives the sector, as it does for a state
    ("Arab League envoy", "IGOARL", "GOV"),
    ("the African Union's peacekeepers", "IGOAFR", "MIL"),
    ("Egyptian fundamentalists", "EGY", "REL"),
])
def test_parts_and_roles_of_bodies_give_the_sector(text, code, sector):
    assert resolved(text) == (code, sector)


@pytest.mark.parametrize(("text", "target", "expected"), [
    ("Turkish warships shelled the coast on Monday.", "Turkish", [("TUR", "MIL")]),
    ("Police detained two Nigerian students in Accra.", "Nigerian", [("NGA", "EDU")]),
    ("Indian and Pakistani troops exchanged fire.", "Indian", [("IND", "MIL")]),
])
def test_a_nationality_alone_in_a_slot_takes_the_noun_it_modifies(parse, text, target, expected):
    assert codes(in_document(parse, text, target)) == expected


@pytest.mark.parametrize(("label", "expected"), [("PERSON", ("GRC", "GOV")), ("", ("GRC", "GOV")), ("O", (None, None))])
def test_misspelled_surnames_match_leaders_only_where_a_person_is_named(label, expected):
    res = actors.resolve_words("Mitsotakiss", [actors.Word("Mitsotakiss", label)], 0, 11, when=DAY)
    assert ((res.party.code, res.party.sector) if res else (None, None)) == expected


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("De Mistura", dt.date(2018, 5, 1), ("IGOUNO", "IGO")),
    ("Hans Grundberg", dt.date(2023, 3, 1), ("IGOUNO", "IGO")),
    ("Kofi Annan", dt.date(2012, 5, 1), ("IGOUNO", "IGO")),
])
def test_un_envoys_speak_for_the_un(text, when, expected):
    assert resolved(text, when) == expected


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("Assad", dt.date(1996, 6, 1), ("SYR", "GOV", "Hafez al-Assad")),
    ("Assad", dt.date(2012, 6, 1), ("SYR", "GOV", "Bashar al-Assad")),
    ("Hariri", dt.date(2010, 6, 1), ("LBN", "GOV", "Saad Hariri")),
    ("Hariri", dt.date(1996, 6, 1), ("LBN", "GOV", "Rafik Hariri")),
    ("Clinton", dt.date(2010, 6, 1), ("USA", "GOV", "Hillary Clinton")),
    ("Aliyev", dt.date(1996, 6, 1), ("AZE", "GOV", "Heydar Aliyev")),
])
def test_a_shared_surname_names_whoever_of_the_family_held_office_on_the_date(text, when, expected):
    party = actors.resolve_text(text, when=when)
    assert (party.code, party.sector, party.name) == expected



@pytest.mark.parametrize("text, code", [("the U.S.-led coalition", "USA"), ("U.K.-led forces", "GBR")])
def test_an_abbreviated_state_joined_to_its_hyphened_word_is_named(text, code):
    doc = nlp.load(Settings().spacy_model)(text)
    assert resolve_span(doc[:]).code == code


@pytest.mark.parametrize("text", ["Latin American governments", "South American ministers", "Central American leaders"])
def test_a_continents_american_is_not_the_united_states(text):
    doc = nlp.load(Settings().spacy_model)(text)
    party = resolve_span(doc[:])
    assert party is None or party.code != "USA"


def test_plain_american_is_still_the_united_states():
    doc = nlp.load(Settings().spacy_model)("American officials")
    assert resolve_span(doc[:]).code == "USA"


@pytest.mark.parametrize("text, want", [
    ("LIMA (Reuters) - Peru closed its border on Monday.\n\nThe army said it had deployed troops to the south.", "PER"),
    ("QUITO (AP) - Ecuador declared an emergency.\n\nThe air force said it had bombed a rebel camp.", "ECU"),
])
def test_the_national_force_named_alone_is_the_settings(code, text, want):
    assert want in {e.actor.code for e in code(text) if e.actor and e.actor.sector == "MIL"}


def test_unnamed_troops_are_guessed_of_the_setting(code):
    # troops may act abroad, but with no other country in their sentence they are most often the setting's
    found = code("LIMA (Reuters) - Peru closed its border.\n\nTroops attacked a village near the river.")
    assert {e.actor.code for e in found if e.actor and e.actor.sector == "MIL"} == {"PER"}


@pytest.mark.parametrize("text", [
    "Iran-backed militias attacked the Saudi embassy.",
    "U.S.-backed rebels attacked Syrian troops.",
    "Russian-backed separatists shelled Ukrainian positions.",
])
def test_a_backer_named_before_a_hyphen_is_not_the_party(code, text):
    assert not [e for e in code(text) if e.actor and e.actor.code in ("IRN", "USA", "RUS")]


def test_a_leader_named_before_a_hyphen_is_the_party(code):
    assert any(e.actor and e.actor.code == "USA" for e in code("The US-led coalition bombed the port of Hodeidah."))


def test_a_pronoun_for_a_people_of_several_countries_takes_the_documents_country(code):
    events = code("Turkish jets bombed villages near Afrin in northern Syria on Monday. "
                  "The Kurds won French support after they fought the jihadists.")
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert support and all(e.recipient is not None and e.recipient.code == "SYR" for e in support)
