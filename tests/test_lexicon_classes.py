"""Word classes the lexicon covered only in part (session 12, E3): verbs of naming that convict, outlaw or expel
("found X guilty", "declared X persona non grata"), armed intervention, examining a wrongdoing, the ways of
bringing legal action, building up a military presence, refusing to eat. Each
codes where it names the act and stays out where the word has another sense (all sentences invented)."""
from __future__ import annotations

import pytest

from conftest import triples


def _on(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # verbs of naming: the name a court or a government gives a party
    ("A Nairobi court found the former Kenyan minister guilty of fraud.", "found", ("SANCTION", "KEN", "KEN")),
    ("The Chilean banker was found guilty by a Santiago court of tax evasion.", "found", ("SANCTION", "CHL", "CHL")),
    ("A Dutch court found Shell liable for the oil spills in Nigeria.", "found", ("SANCTION", "NLD", "GBR")),
    ("Germany declared two Russian diplomats persona non grata.", "declared", ("SANCTION", "DEU", "RUS")),
    # a terrorism listing is SANCTION (coding guide: terrorism listings), as putting a party on a terror list
    ("The Egyptian government declared the Muslim Brotherhood a terrorist organisation.", "declared",
     ("SANCTION", "EGY", "EGY")),
    # armed intervention: in a country or its war, or militarily
    ("Russia intervened militarily in Syria in 2015.", "intervened", ("ASSAULT", "RUS", "SYR")),
    ("Turkey decided to directly intervene in the Libyan civil war.", "intervene", ("ASSAULT", "TUR", None)),
    # examining a wrongdoing or a party's conduct is an inquiry
    ("A UN commission examined the killings of Hutu refugees in Congo.", "examined", ("ACCUSE", "IGOUNO", "BDI")),
    ("The Turkish parliament examined the army's conduct in the southeast.", "examined", ("ACCUSE", "TUR", "TUR")),
    # legal action: register, lodge, initiate
    ("The Kenyan police registered a case against the opposition leader.", "registered", ("ACCUSE", "KEN", "KEN")),
    ("Indian police lodged an FIR against the Pakistani cricketer.", "lodged", ("ACCUSE", "IND", "PAK")),
    ("The Indian government initiated proceedings against the British company.", "initiated",
     ("ACCUSE", "IND", "GBR")),
    # building up a military presence
    ("The US has built up its presence in northern Syria.", "built", ("MOBILIZE", "USA", "SYR")),
    ("Russia beefed up its military presence in the Arctic.", "beefed", ("MOBILIZE", "RUS", None)),
])
def test_class_members_code(code, text, trigger, expected):
    assert expected in triples(_on(code(text), trigger))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Investigators found the wreckage of the Ethiopian airliner in the sea.", "found"),
    ("Kenya declared the election result valid.", "declared"),
    ("The Zambian central bank intervened to support the kwacha.", "intervened"),
    ("Doctors examined the wounded Somali soldiers.", "examined"),
    ("The Chinese company built up its presence in Kenya.", "built"),
    ("The Japanese carmaker increased its presence in Europe.", "increased"),
])
def test_other_senses_code_nothing(code, text, trigger):
    assert not _on(code(text), trigger)


def test_refusing_to_eat_is_a_hunger_strike(code):
    events = _on(code("Kurdish inmates in Turkish prisons refused to eat."), "refused")
    assert {(e.event_type, e.mode) for e in events} == {("PROTEST", "hunger")}


def test_a_verb_of_naming_with_no_name_reports_the_act_of_its_clause(code):
    # "found (that) X had killed": no verdict, so the finding neither codes nor hides the act it reports
    events = code("The UN inquiry found that Sudanese soldiers had killed civilians in Darfur.")
    assert ("ASSAULT", "SDN", "SDN") in triples(_on(events, "killed"))
    assert not _on(events, "found")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a verb of naming used otherwise is no trigger: it neither codes nor absorbs the act it governs
    ("Kenya declared its support for the Somali government.", "support", ("SUPPORT", "KEN", "SOM")),
    ("The Sudanese rebels declared their readiness to resume talks with Khartoum.", "resume",
     ("CONSULT", "SDN", "SDN")),
])
def test_an_unused_sense_absorbs_nothing(code, text, trigger, expected):
    events = code(text)
    assert expected in triples(_on(events, trigger))
    assert not _on(events, "declared")


# --- holding a party: in custody, responsible or liable; refusing to rule out a hostile option -------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Iranian authorities have held two French citizens since May.", "held", ("COERCE", "IRN", "FRA")),
    ("Washington held Moscow responsible for the attack.", "held", ("ACCUSE", "USA", "RUS")),
    ("The US held Iran accountable for the attacks on shipping.", "held", ("ACCUSE", "USA", "IRN")),
    ("China has refused to rule out the use of force to take Taiwan.", "refused", ("THREATEN", "CHN", "TWN")),
    ("The Thai army chief refused to rule out a coup.", "refused", ("THREATEN", "THA", None)),
])
def test_holding_and_keeping_options_open_code(code, text, trigger, expected):
    assert expected in triples(_on(code(text), trigger))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Nigeria held elections in February.", "held"),
    ("The rebels still hold the town.", "hold"),
    ("Kenya held a referendum on the constitution.", "held"),
    ("Iran refused to rule out talks with Washington.", "refused"),
    ("The Kenyan president declined to rule out an early election.", "declined"),
])
def test_other_holdings_and_open_options_code_nothing(code, text, trigger):
    assert not _on(code(text), trigger)


def test_holding_talks_is_still_a_meeting(code):
    events = _on(code("The Kenyan president held talks with the Somali leader."), "held")
    assert ("CONSULT", "KEN", "SOM") in triples(events)


# --- a denial is a rejection of the charge; the act denied codes as negated -------------------------------------

@pytest.mark.parametrize(("text", "trigger", "denied"), [
    ("The Sri Lankan army denied shelling Tamil civilians.", "denied", "shelling"),
    ("Belarus denied that its aircraft had attacked Lithuanian border guards.", "denied", "attacked"),
])
def test_a_denial_codes_the_rejection_and_the_negated_act(code, text, trigger, denied):
    events = code(text)
    assert {e.event_type for e in _on(events, trigger)} == {"REJECT"}
    assert {e.status for e in _on(events, denied)} == {"negated"}


# --- taking in refugees or migrants is humanitarian aid (asylum), whatever the verb of receiving ----------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Turkey was forced to accept large numbers of Syrian refugees.", "accept", ("AID", "TUR", "SYR")),
    ("Jordan received thousands of Syrian refugees.", "received", ("AID", "JOR", "SYR")),
    ("Italy took in 500 Libyan migrants.", "took", ("AID", "ITA", "LBY")),
])
def test_taking_in_refugees_is_aid(code, text, trigger, expected):
    assert expected in triples(_on(code(text), trigger))


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Uganda welcomed 800,000 refugees from South Sudan.", "welcomed", "AID"),
    ("Kenya welcomed the UN decision.", "welcomed", "SUPPORT"),
    ("Germany accepted the French proposal.", "accepted", "AGREE"),
])
def test_welcoming_and_accepting_keep_their_other_senses(code, text, trigger, expected):
    assert {e.event_type for e in _on(code(text), trigger)} == {expected}


def test_a_letter_of_intent_is_a_commitment_not_an_agreement(code):
    events = code("The Russian steelmaker Severstal inked a letter of intent with a Ukrainian mining group.")
    assert {e.event_type for e in _on(events, "inked")} == {"AGREE"}
    signed = code("Kenya and Ethiopia signed a trade agreement.")
    assert {e.event_type for e in _on(signed, "signed")} == {"SUPPORT"}
