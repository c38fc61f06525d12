"""Coding fixes found through the CAMEO proxy tune sets in session 19 (helper s19d): warnings of the speaker's own
forces' act or of a penalty the warned will undergo, by-phrases the parser hangs on a passive's complement, and
public bodies whose name ends in a word of a class of unions or companies. Every sentence is invented for the test;
none is a sentence of the proxy sets."""
from __future__ import annotations

import pytest

from tests.conftest import triples


@pytest.mark.parametrize("text, expected", [
    # the speaker's own forces, owned by a possessive pronoun, will act: a threat
    ("Chile warned Peru that its forces would respond to any incursion.", ("THREATEN", "CHL", "PER")),
    ("The Chilean defence minister warned Peru that his troops would answer any attack.", ("THREATEN", "CHL", "PER")),
    # the warned party will undergo a penalty or force (passive, no agent)
    ("Kenyan police warned Somali traders that a curfew would be imposed.", ("THREATEN", "KEN", "SOM")),
    ("The Kenyan army warned Somali traders that anyone who marched would be crushed.", ("THREATEN", "KEN", "SOM")),
])
def test_warnings_that_threaten(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "The Chilean minister warned that its economy would shrink.",   # what is merely of the country
    "Chile warned Peru that the storm would hit its coast.",        # a third party's act
])
def test_warnings_of_no_own_act_stay_uncoded(code, text):
    assert not any(t[0] == "THREATEN" for t in triples(code(text, date="2000-01-01")))


@pytest.mark.parametrize("text, expected", [
    ("Two Kenyan diplomats were declared persona non grata by Uganda.", ("SANCTION", "UGA", "KEN")),
    ("A Danish reporter was accused of spying by the Iranian intelligence ministry.", ("ACCUSE", "IRN", "DNK")),
    ("A Danish activist was found guilty of smuggling by a court in Tehran.", ("SANCTION", "IRN", "DNK")),
])
def test_a_by_phrase_on_the_complement_of_a_passive_names_its_doer(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_a_bare_noun_of_means_is_no_doer(code):
    assert not triples(code("A Danish activist was charged with smuggling by boat.", date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("The European Union halted humanitarian aid to Eritrea.", ("SANCTION", "IGOEEC", "ERI")),
    ("The World Bank suspended loans to Eritrea.", ("SANCTION", "IGOWBK", "ERI")),
])
def test_a_public_body_named_like_a_union_or_a_bank_sanctions(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_a_company_suspending_its_own_flights_still_sanctions_no_one(code):
    assert not any(t[0] == "SANCTION" for t in triples(code("The airline suspended its flights to Eritrea.",
                                                            date="2000-01-01")))


def test_a_public_body_is_still_a_state_actor(code):
    assert ("SANCTION", "IGOARL", "ISR") in triples(code("The Arab League boycotted Israeli firms.", date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    # stopping aid, loans or payments (CAMEO 162): pause, and the aid nouns of every stopping verb
    ("Norway paused its aid to Eritrea.", ("SANCTION", "NOR", "ERI")),
    ("Norway stopped payments to Eritrea.", ("SANCTION", "NOR", "ERI")),
    ("Norway withheld disbursements to Eritrea.", ("SANCTION", "NOR", "ERI")),
    # asking forgiveness is an apology (CAMEO 055)
    ("The Belgian king asked forgiveness from Congo.", ("SUPPORT", "BEL", "COD")),
    ("The Belgian king begged Congo for forgiveness.", ("SUPPORT", "BEL", "COD")),
    ("The Belgian king asked for forgiveness from Congo.", ("SUPPORT", "BEL", "COD")),
    # flying relief supplies (CAMEO 073), taking in exiles and asylum seekers (CAMEO 075)
    ("Norway flew relief supplies to Eritrea.", ("AID", "NOR", "ERI")),
    ("Norway took in Eritrean dissidents.", ("AID", "NOR", None)),
])
def test_lexicon_entries_of_ordinary_cameo_wording(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    if expected[2] is None:
        assert any(t[:2] == expected[:2] for t in got), got
    else:
        assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Chad and Niger sealed a border deal.", {("SUPPORT", "TCD", "NER"), ("SUPPORT", "NER", "TCD")}),
    ("Chad and Niger put pen to a peace declaration.", {("SUPPORT", "TCD", "NER"), ("SUPPORT", "NER", "TCD")}),
    # a partner named: the signatories act on it
    ("Chad and Niger put pen to a deal with Mali.", {("SUPPORT", "TCD", "MLI"), ("SUPPORT", "NER", "MLI")}),
])
def test_coordinated_signatories_of_a_concluded_agreement_act_on_each_other(code, text, expected):
    assert expected <= triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("Sudanese militias unleashed a campaign of terror against villagers in Darfur.", ("ASSAULT", "SDN", "SDN")),
    ("The Chadian regime carried out a campaign of mass killings against its opponents.", ("ASSAULT", "TCD", None)),
])
def test_a_campaign_of_mass_violence_is_an_attack(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    assert any(t[:2] == expected[:2] and (expected[2] is None or t[2] == expected[2]) for t in got), got


def test_a_campaign_of_vaccination_is_no_attack(code):
    assert not any(t[0] == "ASSAULT" for t in triples(code("Chad carried out a campaign of vaccination.",
                                                           date="2000-01-01")))


@pytest.mark.parametrize("text, expected", [
    ("Ugandan authorities transferred the former rebel commander to the International Criminal Court.",
     ("COOPERATE", "UGA", "IGOICC")),
    # the by-phrase the parser hangs on the to-object names the doer
    ("The suspects were handed over to the tribunal by Kenyan police.", ("COOPERATE", "KEN", None)),
])
def test_transferring_or_handing_a_person_to_a_court_is_judicial_cooperation(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    assert any(t[:2] == expected[:2] and (expected[2] is None or t[2] == expected[2]) for t in got), got


@pytest.mark.parametrize("text", ["Kenya transferred five million dollars to Somalia.",
                                  "Kenya transferred the weapons to Somali police."])
def test_other_transfers_are_no_judicial_cooperation(code, text):
    assert not any(t[0] == "COOPERATE" for t in triples(code(text, date="2000-01-01")))


@pytest.mark.parametrize("text, expected", [
    ("The Latvian foreign ministry called in the Belarusian ambassador over the border incident.",
     ("ACCUSE", "LVA", "BLR")),
])
def test_envoys_called_in(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_calling_in_listeners_is_no_summons(code):
    assert not triples(code("The Latvian radio show called in listeners.", date="2000-01-01"))


@pytest.mark.parametrize("text, expected", [
    ("A court in Ankara ordered the release of a German journalist.", ("RETREAT", "TUR", "DEU")),
    ("Hamas's release of three Israeli hostages was welcomed in Cairo.", ("RETREAT", "PSE", "ISR")),
])
def test_the_release_of_persons_by_a_party(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


@pytest.mark.parametrize("text", [
    "The Kenyan ministry ordered the release of the report.",            # publication
    "In a press release, the Kenyan ministry said the talks were long.",  # a statement
    "After their release from a Kenyan jail, the activists flew to Uganda.",  # the possessor was released
    "Kenya secured the release of the hostages.",                       # who secures it does not release
])
def test_releases_that_return_no_one(code, text):
    assert not any(t[0] == "RETREAT" for t in triples(code(text, date="2000-01-01")))


def _parties(events):
    return {(p.text, p.code, p.sector) for e in events for p in (e.actor, e.recipient) if p is not None}


def test_a_leader_named_with_the_title_of_his_office_keeps_its_sector(code):
    # the leader table dates King Salman's reign from 2015; a story dated before it that calls him king is of his reign
    got = _parties(code("Saudi Arabia's King Salman praised Egypt.", date="2000-01-01"))
    assert ("Saudi Arabia's King Salman", "SAU", "GOV") in got, got


def test_a_name_inside_a_titled_name_is_the_same_party(code):
    events = code("Striking Kenyan doctors insisted on a meeting with President Uhuru Kenyatta.", date="2000-01-01")
    recipients = {(e.recipient.text, e.recipient.sector) for e in events if e.recipient is not None}
    assert recipients == {("President Uhuru Kenyatta", "GOV")}, recipients


@pytest.mark.parametrize("text, expected", [
    ("The World Bank approved a loan for Eritrea.", ("AID", "IGOWBK", "ERI")),
    ("The European Union released the second tranche of its assistance to Eritrea.", ("AID", "IGOEEC", "ERI")),
])
def test_aid_released_or_approved_for_a_party(code, text, expected):
    assert expected in triples(code(text, date="2000-01-01"))


def test_released_prisoners_stay_a_release(code):
    assert ("RETREAT", "ERI", "ETH") in triples(code("Eritrea released hundreds of Ethiopian prisoners.",
                                                      date="2000-01-01"))


def test_a_phrasal_verb_of_a_stative_verb_is_an_act_warned_of(code):
    got = triples(code("Russia's envoy warned Latvia that Russian troops could take over the border posts.",
                       date="2000-01-01"))
    assert ("THREATEN", "RUS", "LVA") in got, got
    assert not triples(code("Russia warned that it could take years to rebuild the bridge.", date="2000-01-01"))
