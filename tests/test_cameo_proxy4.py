"""Wire-copy verbs, phrasal verbs and light-verb idioms found missing through the fourth CAMEO proxy batch
(gold/cameo_proxy/sentences4.txt). Every sentence here is invented for the test; none is a sentence of the
proxy set, and each uses another inflection, party or construction than the gold lines."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # 18x/19x/20x force, in wire idioms
    ("Kenyan police bludgeoned Somali refugees in Nairobi.", ("ASSAULT", "KEN", "SOM")),
    ("Ethiopian troops butchered Eritrean prisoners.", ("ASSAULT", "ETH", "ERI")),
    ("Turkish warplanes hammered Iraqi army positions.", ("ASSAULT", "TUR", "IRQ")),
    ("Moroccan gendarmes roughed up Algerian smugglers.", ("ASSAULT", "MAR", "DZA")),
    ("Congolese soldiers mowed down Rwandan refugees.", ("ASSAULT", "COD", "RWA")),
    ("Chadian gunners lobbed rockets at Libyan positions.", ("ASSAULT", "TCD", "LBY")),
    ("Serbian tanks rained shells on Croatian villages.", ("ASSAULT", "SRB", "HRV")),
    ("The Russian army laid waste to Chechen villages.", ("ASSAULT", "RUS", "RUS")),
    ("Syrian troops routed Turkish soldiers near the border.", ("ASSAULT", "SYR", "TUR")),
    # 17x coercion
    ("Greek police nabbed an Albanian arms dealer.", ("COERCE", "GRC", "ALB")),
    ("Libya kicked out thousands of Egyptian workers.", ("COERCE", "LBY", "EGY")),
    # 09x investigation
    ("Brazilian senators grilled the Argentine ambassador about the bribes.", ("ACCUSE", "BRA", "ARG")),
    ("Belgian magistrates delved into the dealings of a Congolese minister.", ("ACCUSE", "BEL", "COD")),
    # 11x disapproval and blame
    ("The Israeli foreign minister took a swipe at Egypt over the arms smuggling.", ("ACCUSE", "ISR", "EGY")),
    ("Jordan took issue with Syria's account of the border clash.", ("ACCUSE", "JOR", "SYR")),
    ("Ghana pointed the finger at Togo for the border incident.", ("ACCUSE", "GHA", "TGO")),
    # 12x rejection
    ("The Hungarian government brushed aside Romania's complaints.", ("REJECT", "HUN", "ROU")),
    ("China wielded its veto against a British resolution on Burma.", ("REJECT", "CHN", "GBR")),
    # 02x appeals
    ("Nepal prodded India to reopen the border crossings.", ("REQUEST", "NPL", "IND")),
    ("Jamaica enlisted the help of Canada to fight drug gangs.", ("REQUEST", "JAM", "CAN")),
    # 04x consultations
    ("The Polish president huddled with German officials in Berlin.", ("CONSULT", "POL", "DEU")),
    ("Pakistani and Indian diplomats haggled over the wording of the declaration.", ("CONSULT", "PAK", "IND")),
    # 05x diplomatic cooperation
    ("Malawi threw its weight behind Zambia's candidate for the post.", ("SUPPORT", "MWI", "ZMB")),
    ("The Japanese prime minister expressed remorse to China for the wartime atrocities.", ("SUPPORT", "JPN", "CHN")),
    # 03x intentions
    ("Seoul signalled its readiness to resume aid to Pyongyang.", ("AGREE", "KOR", "PRK")),
    # 06x cooperation
    ("Turkish police tipped off Greek authorities about the smuggling ring.", ("COOPERATE", "TUR", "GRC")),
    ("Italy swapped intelligence with Albania on people smuggling.", ("COOPERATE", "ITA", "ALB")),
    # 07x aid
    ("Norway channelled funds to Palestinian hospitals.", ("AID", "NOR", "PSE")),
    ("Spain rushed aid to Honduras after the hurricane.", ("AID", "ESP", "HND")),
    ("Qatar doled out cash to Sudanese refugees.", ("AID", "QAT", "SDN")),
    # 08x yielding
    ("The Thai government buckled under pressure from farmers.", ("CONCEDE", "THA", "THA")),
    ("The Chadian rebels beat a retreat from the capital.", ("RETREAT", "TCD", None)),
    # 14x protest
    ("Zimbabwean nurses downed tools over unpaid wages.", ("PROTEST", "ZWE", None)),
    ("Kenyan teachers poured into the streets of Nairobi.", ("PROTEST", "KEN", None)),
    # 15x force posture
    ("Cyprus scrambled warplanes after Turkish jets crossed into its airspace.", ("MOBILIZE", "CYP", None)),
    ("Moscow rushed reinforcements to its border with Georgia.", ("MOBILIZE", "RUS", None)),
    # 16x reduced relations
    ("Sudan pulled its ambassador out of Uganda.", ("SANCTION", "SDN", "UGA")),
    ("The Nigerian delegation walked out of the talks with Cameroon.", ("SANCTION", "NGA", "CMR")),
    # 13x threats
    ("The Chinese army rattled its sabres at Vietnam.", ("THREATEN", "CHN", "VNM")),
    ("Washington hinted at sanctions against Khartoum.", ("THREATEN", "USA", "SDN")),
    ("Hamas vowed to rain rockets on Israeli towns.", ("THREATEN", "PSE", "ISR")),
    # synonyms of the same families
    ("Ugandan rebels waylaid a Sudanese army convoy.", ("ASSAULT", "UGA", "SDN")),
    ("Egyptian police manhandled British journalists in Cairo.", ("ASSAULT", "EGY", "GBR")),
    ("The Peruvian interior ministry shuttered an opposition newspaper.", ("COERCE", "PER", "PER")),
    ("The Venezuelan president tore into the United States over the coup.", ("ACCUSE", "VEN", "USA")),
    ("The Kremlin shrugged off Estonia's complaints.", ("REJECT", "RUS", "EST")),
    ("Colombia scuppered Ecuador's plan for a border commission.", ("REJECT", "COL", "ECU")),
    ("The IMF cajoled Pakistan into raising taxes.", ("REQUEST", "IGOIMF", "PAK")),
    ("Germany bailed out the Greek banks.", ("AID", "DEU", "GRC")),
    ("Libya shipped rockets to Sudanese rebels.", ("AID", "LBY", "SDN")),
    ("Thai protesters heckled the Burmese foreign minister.", ("PROTEST", "THA", "MMR")),
])
def test_wire_idioms(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    if expected[2] is None:
        assert any(t[:2] == expected[:2] for t in got), got
    else:
        assert expected in got, got


@pytest.mark.parametrize("text", [
    # plain routing of goods or money is no attack
    "Iran routed the fuel shipments through Iraq.",
    # hinting at anything but a penalty is no threat
    "Egypt hinted at a compromise with Sudan.",
    # a crisis that hammers a country is no attack
    "The debt crisis hammered Argentina.",
])
def test_wire_idioms_that_are_no_event_of_their_sense(code, text):
    types = {e.event_type for e in code(text, date="2000-01-01")}
    assert not types & {"ASSAULT", "THREATEN"}, types


@pytest.mark.parametrize("text, expected", [
    # a country's legislators, media and businesses address their own government's unnamed offices
    ("Ugandan legislators grilled the finance minister over the budget.", ("ACCUSE", "UGA", "UGA")),
    ("A Zambian newspaper denounced the electoral commission.", ("ACCUSE", "ZMB", "ZMB")),
    ("The Ghanaian chamber of commerce praised the trade ministry.", ("SUPPORT", "GHA", "GHA")),
])
def test_domestic_bodies_address_their_own_government(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_a_foreign_post_is_not_taken_for_the_home_government(code):
    # the embassy or envoy an outlet criticizes faces abroad: no country is given to it
    got = triples(code("A Zambian newspaper denounced the embassy.", date="2000-01-01"))
    assert ("ACCUSE", "ZMB", "ZMB") not in got


@pytest.mark.parametrize("text, expected", [
    # 139 ultimatum: a deadline given to comply
    ("NATO gave Belgrade a deadline to withdraw its forces.", ("THREATEN", "IGONAT", "SRB")),
    # 015 acknowledging responsibility for a harm
    ("The Ugandan army took responsibility for the bombing of the market.", ("CONCEDE", "UGA", None)),
])
def test_ultimatum_and_responsibility(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    assert any(t[:2] == expected[:2] and (expected[2] is None or t[2] == expected[2]) for t in got), got


@pytest.mark.parametrize("text", [
    # taking charge of a duty admits no harm; a deadline for a plain act threatens no one
    "Kenyan police took responsibility for security at the stadium.",
    "The UN gave the parties a deadline to discuss the plan.",
])
def test_duties_and_plain_deadlines_are_no_concession_or_threat(code, text):
    types = {e.event_type for e in code(text, date="2000-01-01")}
    assert not types & {"CONCEDE", "THREATEN"}, types


@pytest.mark.parametrize("text, expected", [
    # more verbs of disapproval and of clearing someone
    ("The Serbian president ridiculed the Montenegrin leadership.", ("ACCUSE", "SRB", "MNE")),
    ("A Jordanian court exonerated an Iraqi businessman.", ("CONCEDE", "JOR", "IRQ")),
])
def test_more_disapproval_and_clearing(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    assert any(t[:2] == expected[:2] and (expected[2] is None or t[2] == expected[2]) for t in got), got


def test_the_fourth_proxy_tune_set_stays_above_its_floor(settings):
    # gold/cameo_proxy/tune4.jsonl (invented, CAMEO-style, vocabulary new to the proxy; session 8): top-1 0.412,
    # actor 0.547, recipient 0.468, sector 0.870 before this session's fixes; 0.711 / 0.768 / 0.705 / 0.882 after.
    # Never tune on test4.jsonl.
    from pathlib import Path

    from dyads import evaluate

    report = evaluate.evaluate(Path(__file__).parent.parent / "gold" / "cameo_proxy" / "tune4.jsonl",
                               settings=settings)
    assert report.n == 187 and not report.skipped
    assert report.top1.value >= 0.69
    assert report.actor_recall.value >= 0.75 and report.recipient_recall.value >= 0.69
    assert report.sector.value >= 0.87


def test_nominalization_of_a_new_verb(code):
    # derivations.csv: a new verb's event noun carries its type ("heckling" of "heckle")
    got = triples(code("The heckling of the Turkish prime minister by Greek students embarrassed Athens.",
                       date="2000-01-01"))
    assert ("PROTEST", "GRC", "TUR") in got, got


@pytest.mark.parametrize("text, expected", [
    # light verbs and phrasal verbs of the fourth batch's type misses (helper T1)
    ("Greece rushed to the defence of Cyprus in the row over drilling.", ("SUPPORT", "GRC", "CYP")),
    ("France came to the defense of Mali at the summit.", ("SUPPORT", "FRA", "MLI")),
    ("Burmese police subjected Karen prisoners to beatings.", ("ASSAULT", "MMR", "MMR")),
    ("Syrian guards subjected Lebanese prisoners to torture.", ("ASSAULT", "SYR", "LBN")),
    ("The Thai premier saw eye to eye with his Cambodian counterpart on the border.", ("AGREE", "THA", "KHM")),
    ("Egypt put on hold its talks with Ethiopia over the dam.", ("SANCTION", "EGY", "ETH")),
    ("Sudan ordered out British diplomats.", ("SANCTION", "SDN", "GBR")),
    ("A Turkish court handed out life sentences to Kurdish militants.", ("ACCUSE", "TUR", "TUR")),
])
def test_wire_idioms_t1(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_call_on_without_a_clause_is_a_visit_and_with_one_an_appeal(code):
    visit = {e.event_type for e in code("Egypt's foreign minister called on King Abdullah in Amman.", date="2000-01-01")}
    assert "REQUEST" not in visit
    appeal = triples(code("The UN called on Israel to end the blockade of Gaza.", date="2000-01-01"))
    assert ("REQUEST", "IGOUNO", "ISR") in appeal


def test_order_out_of_people_is_an_expulsion_not_an_order(code):
    types = {e.event_type for e in code("Libya ordered out hundreds of Chadian traders.", date="2000-01-01")}
    assert types <= {"COERCE"} and "COERCE" in types, types


@pytest.mark.parametrize("text, expected", [
    ("Mali turned to Russia for military help.", ("REQUEST", "MLI", "RUS")),
    ("Displaced families in Darfur looked to the African Union for protection.", ("REQUEST", "SDN", "IGOAFR")),
    ("Peruvian prosecutors started an investigation into the former Bolivian consul.", ("ACCUSE", "PER", "BOL")),
    ("Chilean judges reopened the case against a former Argentine general.", ("ACCUSE", "CHL", "ARG")),
])
def test_appeals_and_investigations_t1(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "Bolivian farmers turned to violence after the harvest failed.",
    "Peru looks to the future with confidence.",
])
def test_turn_and_look_to_without_a_for_phrase_are_no_appeal(code, text):
    assert "REQUEST" not in {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text, expected", [
    ("The Eritrean government ordered out foreign aid workers from the border zone.", ("SANCTION", "ERI", "NGO")),
    ("Armenia brought up tanks to the Azerbaijani border.", ("MOBILIZE", "ARM", "AZE")),
    ("The Greek army brought up reinforcements to the Turkish frontier.", ("MOBILIZE", "GRC", "TUR")),
])
def test_expelled_aid_workers_and_forces_brought_up_t1(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_bringing_up_an_issue_mobilizes_nothing(code):
    text = "The Kenyan minister brought up the issue of refugees with Somalia."
    assert "MOBILIZE" not in {e.event_type for e in code(text, date="2000-01-01")}


@pytest.mark.parametrize("text, expected", [
    ("Angry Nepali protesters torched Indian-registered buses in Kathmandu.", ("PROTEST", "NPL", "IND")),
    ("Kashmiri youths pelted Indian police with stones in Srinagar.", ("PROTEST", "IND", "IND")),
    ("Chilean students set fire to buses outside the Argentine embassy.", ("PROTEST", "CHL", "ARG")),
    # armed bodies burning or stoning stay coercion and assault
    ("Serbian police pelted Albanian villagers with stones.", ("ASSAULT", "SRB", "ALB")),
    ("Sudanese troops set fire to Dinka villages.", ("COERCE", "SDN", "SSD")),
])
def test_street_crowds_burning_and_stoning_protest_violently_t1(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))
