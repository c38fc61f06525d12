"""Breadth of the trigger lexicon, CAMEO family by family (session 11, E4): words and constructions the CAMEO and
PLOVER definitions describe that the lexicon lacked. Each entry codes in an invented sentence where it names the
act, and stays out where the word is used in another sense (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


# --- CAMEO 02-09: appeals, commitments, meetings, support, aid, concessions, inquiries --------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The Sudanese president called upon Egypt to reopen the border.", "called", ("REQUEST", "SDN", "EGY")),
    ("The bishops enjoined the Zambian government to respect the constitution.", "enjoined", ("REQUEST", "ZMB", "ZMB")),
    ("The Bangladeshi prime minister felicitated her Indian counterpart on his election victory.", "felicitated",
     ("SUPPORT", "BGD", "IND")),
    ("The Cuban president eulogised Venezuela's late leader.", "eulogised", ("SUPPORT", "CUB", "VEN")),
    ("The Pope commiserated with Haiti after the earthquake.", "commiserated", ("SUPPORT", "VAT", "HTI")),
    ("Saudi Arabia earmarked 500 million dollars for Sudan.", "earmarked", ("AID", "SAU", "SDN")),
    ("The Tunisian government unbanned the Islamist party.", "unbanned", ("CONCEDE", "TUN", "TUN")),
    ("Moscow backed off from its threat to cut gas supplies to Ukraine.", "backed", ("CONCEDE", "RUS", "UKR")),
    ("The Canadian prime minister chatted with the Mexican president at the summit.", "chatted",
     ("CONSULT", "CAN", "MEX")),
    ("The Turkish parliament inquired into the army's conduct in the southeast.", "inquired", ("ACCUSE", "TUR", "TUR")),
    ("The Philippine president granted clemency to the American marine.", "clemency", ("CONCEDE", "PHL", "USA")),
])
def test_appeal_to_inquiry_words_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    # earmarking with no beneficiary gives nothing
    ("The Kenyan treasury earmarked the money last year.", "earmarked"),
])
def test_appeal_to_inquiry_words_stay_out_of_other_senses(code, text, trigger):
    assert not _types(code(text), trigger)


# --- CAMEO 11-14: disapproval, rejection, threats, dissent ----------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("China denigrated the Japanese government over the textbook.", "denigrated", ("ACCUSE", "CHN", "JPN")),
    ("The Iranian president demonised Israel in his speech.", "demonised", ("ACCUSE", "IRN", "ISR")),
    ("Venezuela railed at Colombia over the border closure.", "railed", ("ACCUSE", "VEN", "COL")),
    ("The Serbian premier remonstrated with the Croatian envoy over the border.", "remonstrated",
     ("ACCUSE", "SRB", "HRV")),
    ("The Zimbabwean president scapegoated Britain for the economic collapse.", "scapegoated",
     ("ACCUSE", "ZWE", "GBR")),
    ("Germany expressed disappointment with Greece.", "expressed", ("ACCUSE", "DEU", "GRC")),
    ("Iran renounced the nuclear deal with the European Union.", "renounced", ("REJECT", "IRN", "IGOEEC")),
    ("North Korea abrogated the armistice agreement with South Korea.", "abrogated", ("REJECT", "PRK", "KOR")),
    ("The Kremlin rubbished the British allegations.", "rubbished", ("REJECT", "RUS", "GBR")),
    ("The Palestinian leadership scoffed at the American peace plan.", "scoffed", ("REJECT", "PSE", "USA")),
    ("India baulked at the Chinese demands.", "baulked", ("REJECT", "IND", "CHN")),
    ("Ankara reneged on its promise to Washington.", "reneged", ("REJECT", "TUR", "USA")),
    ("Brazil raised objections to the French proposal.", "raised", ("REJECT", "BRA", "FRA")),
    ("India cautioned Pakistan against any attack on Kashmir.", "cautioned", ("THREATEN", "IND", "PAK")),
    ("Tuareg rebels rebelled against the Malian government.", "rebelled", ("PROTEST", "MLI", "MLI")),
])
def test_disapproval_to_dissent_words_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_renouncing_violence_de_escalates_and_rejects_no_one(code):
    events = [e for e in code("The Basque separatists renounced violence against Spain.") if e.trigger.text == "renounced"]
    assert {e.event_type for e in events} == {"RETREAT"}


@pytest.mark.parametrize(("text", "trigger"), [
    # a caution about a danger is no threat by the speaker (as warn)
    ("The Kenyan central bank cautioned that inflation could rise.", "cautioned"),
    ("The Indian minister cautioned against reading too much into the figures.", "cautioned"),
])
def test_cautions_that_threaten_no_one_stay_uncoded(code, text, trigger):
    assert not _types(code(text), trigger)


# --- CAMEO 15-20: force posture, sanctions, coercion, assault, fighting ----------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Turkey downed a Russian warplane near the Syrian border.", "downed", ("ASSAULT", "TUR", "RUS")),
    ("China militarised the disputed islands in the South China Sea.", "militarised", ("MOBILIZE", "CHN", None)),
    ("The Ugandan electoral commission deregistered the opposition party.", "deregistered", ("COERCE", "UGA", "UGA")),
    ("The Thai government disenfranchised the opposition party.", "disenfranchised", ("COERCE", "THA", "THA")),
    ("Hostilities between Armenia and Azerbaijan resumed on Sunday.", "Hostilities", ("ASSAULT", "ARM", "AZE")),
    ("The beating of protesters by Egyptian police drew condemnation.", "beating", ("ASSAULT", "EGY", "EGY")),
])
def test_force_to_fighting_words_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_downing_tools_is_a_strike_not_a_shoot_down(code):
    assert _types(code("Dock workers downed tools in Mombasa."), "downed") == {"PROTEST"}


def test_hostility_as_an_attitude_is_no_fighting(code):
    assert not _types(code("Iran expressed hostility toward Saudi Arabia."), "hostility")


def test_crowds_that_scuffle_with_police_riot(code):
    assert _types(code("Protesters scuffled with police outside the Kenyan parliament."), "scuffled") == {"PROTEST"}


def test_a_past_form_the_lemmatizer_leaves_with_an_e_still_finds_its_verb(code):
    # the parser's fallback makes "defunded" "defunde"; the verb of the entry is "defund"
    events = [e for e in code("The US Congress defunded the Kenyan agency.") if e.trigger.text == "defunded"]
    assert {(e.event_type, e.actor.code) for e in events} == {("SANCTION", "USA")}


def test_a_visit_undertaken_is_still_a_visit(code):
    # "undertake" has no entry: as a no-event sense it swallowed the visits, talks and mediation it governs
    found = triples(code("The Kenyan president undertook a three-day state visit to Uganda."))
    assert ("CONSULT", "KEN", "UGA") in found


def test_engaging_in_hostilities_with_no_named_foe_is_no_attack(code):
    assert not _types(code("The Kenyan fighters lost their protections by engaging in hostilities."), "hostilities")


# --- more of CAMEO 08, 11, 14-18 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Iran hanged two Kurdish activists on Thursday.", "hanged", ("ASSAULT", "IRN", "IRN")),
    ("Islamic State militants mutilated captured Iraqi soldiers.", "mutilated", ("ASSAULT", "IMGREB", "IRQ")),
    ("Hamas rocketed Israeli towns near Gaza.", "rocketed", ("ASSAULT", "PSE", "ISR")),
    ("The Thai court debarred the former prime minister from politics.", "debarred", ("COERCE", "THA", "THA")),
    ("The Colombian government paroled the rebel leader.", "paroled", ("RETREAT", "COL", "COL")),
    ("Germany compensated Namibia for the colonial-era killings.", "compensated", ("RETREAT", "DEU", "NAM")),
    ("China gifted vaccines to Cambodia.", "gifted", ("AID", "CHN", "KHM")),
    ("The US president sniped at the German chancellor.", "sniped", ("ACCUSE", "USA", "DEU")),
    ("The United States levied tariffs on Chinese steel.", "levied", ("SANCTION", "USA", "CHN")),
])
def test_more_family_words_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Pakistani soldiers hung a banner on the border gate.", "hung"),  # only "hanged" is an execution
    ("Oil prices rocketed after the Saudi announcement.", "rocketed"),
    ("Higher taxes will compensate for the lost revenue.", "compensate"),
])
def test_more_family_words_stay_out_of_other_senses(code, text, trigger):
    assert not _types(code(text), trigger)


# --- SUPPORT as expanding diplomatic ties (PLOVER), and more disapproval and rejection words ---------------------

def test_coordinated_parties_that_strengthen_ties_act_on_each_other(code):
    found = triples(code("China and Russia strengthened ties during a state visit."))
    assert {("SUPPORT", "CHN", "RUS"), ("SUPPORT", "RUS", "CHN")} <= found


def test_restored_relations_between_coordinated_parties_are_mutual(code):
    found = triples(code("Turkey and Israel restored diplomatic relations in 2016."))
    # restoring diplomatic relations is symmetric COOPERATE (coding guide, session 13)
    assert {("COOPERATE", "TUR", "ISR"), ("COOPERATE", "ISR", "TUR")} <= found


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Turkey mended ties with Israel after years of tension.", "mended", ("SUPPORT", "TUR", "ISR")),
    ("The Ghanaian opposition defamed the Nigerian president.", "defamed", ("ACCUSE", "GHA", "NGA")),
    ("The Malian government distanced itself from the Russian mercenaries.", "distanced", ("REJECT", "MLI", "RUS")),
    ("The Colombian president countermanded the army's order.", "countermanded", ("REJECT", "COL", "COL")),
])
def test_ties_disapproval_and_rejection_words_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_a_practice_named_in_a_list_of_accusations_is_no_assault(code):
    # no derived noun for "mutilate": "female genital mutilation" names a practice
    events = code("The UN accused the Malian rebels of forced marriages and genital mutilation.")
    assert not _types(events, "mutilation")


# --- resignation and withdrawal by "quit"; consultation and praise light verbs -----------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The Peruvian prime minister quit.", "quit", ("RETREAT", "PER", None)),
    ("Britain quit the European Union.", "quit", ("SANCTION", "GBR", "IGOEEC")),
    ("Israeli troops quit southern Lebanon in 2000.", "quit", ("RETREAT", "ISR", "LBN")),
    ("The Chinese foreign minister exchanged views with his Russian counterpart on Syria.", "exchanged",
     ("CONSULT", "CHN", "RUS")),
    ("Indonesia voiced appreciation for the Japanese aid.", "voiced", ("SUPPORT", "IDN", "JPN")),
])
def test_quitting_and_exchanging_views_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_quitting_talks_halts_negotiations(code):
    events = [e for e in code("Iran quit the nuclear talks in Vienna.") if e.trigger.text == "quit"]
    assert {(e.event_type, e.cameo) for e in events} == {("SANCTION", "164")}


# --- ceasefire pauses, offensives that sweep across a region, imposed zones ---------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Russia ordered a five-hour humanitarian pause in the Syrian enclave.", "pause", ("RETREAT", "RUS", "SYR")),
    ("Islamic State militants swept across northern Iraq in 2014.", "swept", ("ASSAULT", "IMGREB", "IRQ")),
    ("The NATO alliance imposed a no-fly zone over Libya.", "imposed", ("COERCE", "IGONAT", "LBY")),
])
def test_pauses_sweeps_and_zones_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Iranian negotiators called for a pause in the talks.", "pause"),
    ("Protests swept across Iran after the death of the young woman.", "swept"),
])
def test_pauses_in_talks_and_sweeping_protests_are_no_ceasefire_or_offensive(code, text, trigger):
    assert not _types(code(text), trigger)


# --- weapons tests show force; revoked autonomy is an administrative sanction -------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("India conducted a nuclear test in the Rajasthan desert.", "conducted", ("MOBILIZE", "IND", None)),
    ("North Korea carried out a ballistic missile test over Japan.", "carried", ("MOBILIZE", "PRK", "JPN")),
    ("India revoked the special status of Kashmir.", "revoked", ("COERCE", "IND", "IND")),
])
def test_weapons_tests_and_revoked_status_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


def test_medical_tests_show_no_force(code):
    assert not _types(code("The Kenyan health ministry conducted tests on the samples."), "conducted")


# --- no entry for come out (it swallowed strikes); no noun for capture (its possessor is the captured) ---------

def test_coming_out_on_strike_stays_a_strike(code):
    # no entry for "come out": as a no-event sense it swallowed the strike it governs
    assert "PROTEST" in {e.event_type for e in code("Dockers in Le Havre came out on strike against the port authority.")}


def test_a_possessed_capture_is_no_attack_by_the_possessor(code):
    # no noun entry for "capture": "their capture" names the captured, not the captors
    events = code("A week after their capture in eastern Syria, the two Kenyan fighters were questioned.")
    assert not _types(events, "capture")


def test_quitting_on_a_party_is_no_resignation(code):
    assert not _types(code("The Gulf backers quit on the Syrian opposition for different reasons."), "quit")


# --- idioms of rebuke, pressure and reconciliation ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The German chancellor took Hungary to task over its asylum law.", "took", ("ACCUSE", "DEU", "HUN")),
    ("Washington put pressure on Israel to halt settlement building.", "put", ("REQUEST", "USA", "ISR")),
    ("The EU exerted pressure on Belgrade.", "exerted", ("REQUEST", "IGOEEC", "SRB")),
    ("Ethiopia extended an olive branch to the Eritrean government.", "extended", ("AGREE", "ETH", "ERI")),
    ("India and China buried the hatchet after the border clash.", "buried", ("AGREE", "IND", "CHN")),
])
def test_rebuke_pressure_and_reconciliation_idioms_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Spanish government took steps to reduce unemployment.", "took"),
    ("Turkey buried the victims of the earthquake.", "buried"),
])
def test_the_idioms_words_in_plain_uses_stay_uncoded(code, text, trigger):
    assert not _types(code(text), trigger)


# --- terrorist designations, boycotts by staying away, doors opened to monitors -----------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Britain designated Hamas as a terrorist group.", "designated", ("SANCTION", "GBR", "PSE")),
    ("The Zimbabwean opposition stayed away from talks convened by the president.", "stayed", ("PROTEST", "ZWE", "ZWE")),
    ("The main opposition party stayed away from the parliamentary elections in Mali.", "stayed",
     ("PROTEST", "MLI", "MLI")),
    ("Jakarta opened the door to UN peacekeepers in East Timor.", "opened", ("RETREAT", "IDN", "IGOUNOMIL")),
    ("Iran opened the door to talks with Saudi Arabia.", "opened", ("AGREE", "IRN", "SAU")),
    ("Boko Haram set ablaze a village in Borno.", "set", ("COERCE", "NGA", "NGA")),
])
def test_designations_boycotts_and_open_doors_code(code, text, trigger, expected):
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert expected in triples(events)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan president designated his deputy as acting leader.", "designated"),
    ("Residents stayed away from the flooded river.", "stayed"),
])
def test_plain_designations_and_staying_away_stay_uncoded(code, text, trigger):
    assert not _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Egypt put the Al Jazeera journalists on trial.", "put", ("ACCUSE", "EGY", "QAT")),
    ("Rwanda brought the French priest to trial.", "brought", ("ACCUSE", "RWA", "FRA")),
])
def test_bringing_to_trial_is_an_accusation_in_court(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])


def test_forces_put_on_alert_still_mobilize(code):
    assert _types(code("The Chinese army put its forces on alert."), "put") == {"MOBILIZE"}


def test_hosting_refugees_is_asylum_and_hosting_a_leader_a_visit(code):
    assert _types(code("Lebanon hosts more than a million Syrian refugees."), "hosts") == {"AID"}
    assert _types(code("Jordan hosted the Syrian president in Amman."), "hosted") == {"CONSULT"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Sudanese military council transferred power to a civilian government.", "transferred"),
    ("The Malian junta ceded power to a civilian president.", "ceded"),
])
def test_handing_over_power_gives_up_office(code, text, trigger):
    assert _types(code(text), trigger) == {"RETREAT"}


def test_a_rapprochement_between_parties_supports_each_other(code):
    found = triples(code("The rapprochement between Saudi Arabia and Iran worried Israel."))
    assert {("SUPPORT", "SAU", "IRN"), ("SUPPORT", "IRN", "SAU")} <= found


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The Ethiopian government cut off the internet in Tigray.", "cut", {"COERCE"}),
    ("North Korea staged a massive military parade.", "staged", {"MOBILIZE"}),
    ("Students staged a parade through the Kenyan capital.", "staged", set()),
])
def test_internet_cuts_censor_and_military_parades_show_force(code, text, trigger, expected):
    assert _types(code(text), trigger) == expected


# --- predicate adjectives of stance (as supportive, outraged) ---------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Germany was critical of the Polish reforms.", "critical", ("ACCUSE", "DEU", "POL")),
    ("Iran was open to talks with the United States.", "open", ("AGREE", "IRN", "USA")),
    ("The Irish government was sympathetic to the Palestinian cause.", "sympathetic", ("SUPPORT", "IRL", "PSE")),
])
def test_stance_adjectives_code(code, text, trigger, expected):
    assert expected in triples([e for e in code(text) if e.trigger.text == trigger])


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan hospital said the patient was in critical condition.", "critical"),
    ("It is critical that Nigeria holds free elections.", "critical"),
    # no entry for angry or furious: anger at an act absorbed the act and found no party (tune errors)
    ("Turkey is angry at the aid the US gives to the Kurdish militia.", "angry"),
    ("The Kenyan border was open again on Monday.", "open"),
])
def test_stance_adjectives_in_other_senses_stay_uncoded(code, text, trigger):
    assert not _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Russia opened a humanitarian corridor out of Mariupol.", "opened", {"RETREAT"}),
    ("The Syrian army established an evacuation corridor for civilians in Aleppo.", "established", {"RETREAT"}),
    ("China and Pakistan established an economic corridor.", "established", set()),
])
def test_humanitarian_corridors_allow_access(code, text, trigger, expected):
    assert _types(code(text), trigger) == expected


def test_recurring_rapprochements_are_no_single_act(code):
    assert not _types(code("Iraq and Iran went through periodic rapprochements in the 1990s."), "rapprochements")


def test_pooling_resources_is_cooperation_and_fighting_an_epidemic_no_attack(code):
    events = code("Brazil and Argentina pooled resources to fight the epidemic.")
    assert ("COOPERATE", "BRA", "ARG") in triples(events)
    assert not _types(events, "fight")


@pytest.mark.parametrize("text", [
    "The Greek army battled wildfires near Athens.",
    "The Nigerian police fought crime in Lagos.",
])
def test_fighting_ills_attacks_no_party(code, text):
    assert not {e.event_type for e in code(text)} & {"ASSAULT"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union set Sudan's generals a deadline to hand over power.", {"THREATEN"}),
    ("The EU set the Serbian government a deadline to withdraw its troops.", {"THREATEN"}),
    ("The United Nations set a deadline for the talks.", set()),
])
def test_a_deadline_set_to_comply_is_an_ultimatum(code, text, expected):
    assert _types(code(text), "set") == expected


def test_a_past_form_the_lemmatizer_knows_keeps_its_own_verb(code):
    # "bared" is "bare" (a word the lemmatizer knows), not the lexicon's "bar"
    assert not _types(code("The Kenyan army bared its teeth at the Somali militants."), "bared")
