"""Single-sentence coding fixes found through the third and fourth CAMEO proxy tune sets (session 9, helper C4):
a main verb the parser hangs on its subject noun as a modifier, lemmas the lemmatizer's fallback mangles, a
particle whose object is the entry's object, "an assassination attempt" and the verbs whose subject survives it,
and light-verb and phrasal idioms. Every sentence is invented for the test; none is a sentence of the proxy sets."""
from __future__ import annotations

import pytest

from dyads import nlp
from dyads.events.syntax import misparsed_main_verb
from tests.conftest import triples


def _check(got: set[tuple], expected: tuple) -> None:
    """`expected` is (type, actor, recipient); a None actor or recipient means "any"."""
    if expected[1] is None:
        assert any(t[0] == expected[0] and t[2] == expected[2] for t in got), got
    elif expected[2] is None:
        assert any(t[:2] == expected[:2] for t in got), got
    else:
        assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    # the parser makes the subject noun the root and the main verb a participle modifying it
    ("Colombian government envoys negotiated with Venezuelan rebels in Caracas.", ("CONSULT", "COL", "VEN")),
    ("Thai customs officers teamed with Lao border guards to stop the smuggling.", ("COOPERATE", "THA", "LAO")),
])
def test_main_verb_parsed_as_a_modifier_of_its_subject(code, text, expected):
    _check(triples(code(text, date="2000-01-01")), expected)


@pytest.mark.parametrize("text", [
    "Five Kenyan soldiers killed in Somali ambush",   # a headline: no full stop, a reduced passive
    "Two Chinese diplomats expelled by Russia.",      # a by-agent: a passive
    "Refugees, stranded at the border, waited for days.",
    "Beyond the bridge, Kurdish fighters allied to the Iraqi army guard checkpoints.",  # a participle of state
])
def test_reduced_passives_stay_passives(settings, text):
    doc = nlp.load(settings.spacy_model)(text)
    assert all(misparsed_main_verb(t) is None for t in doc), [(t.text, t.dep_) for t in doc]


def test_a_headline_participle_keeps_its_noun_as_the_undergoer(code):
    got = triples(code("Two Chinese diplomats expelled by Russia.", date="2000-01-01"))
    assert ("SANCTION", "RUS", "CHN") in got, got


@pytest.mark.parametrize("word, lemma", [("readmitted", "readmit"), ("outgunned", "outgun"),
                                         ("regretted", "regret"), ("kidnapped", "kidnap")])
def test_past_tense_with_a_doubled_consonant_lemmatizes_to_the_verb(settings, word, lemma):
    doc = nlp.load(settings.spacy_model)(f"Officials {word} the group.")
    assert doc[1].lemma_ == lemma


@pytest.mark.parametrize("text, expected", [
    ("Damascus readmitted Arab League monitors.", ("RETREAT", "SYR", "IGOARL")),
    # the particle takes the object the entry names ("handed in [their rifles]")
    ("Kurdish fighters in Iraq handed in their weapons to Iraqi police.", ("RETREAT", None, "IRQ")),
])
def test_lemma_and_particle_object(code, text, expected):
    _check(triples(code(text, date="2000-01-01")), expected)


@pytest.mark.parametrize("text, expected", [
    ("The mayor of Kabul survived an assassination attempt by Taliban gunmen.", ("ASSAULT", "AFG", "AFG")),
    ("Sri Lankan troops foiled an assassination attempt on the Indian envoy.", ("ASSAULT", None, "IND")),
])
def test_an_assassination_attempt(code, text, expected):
    _check(triples(code(text, date="2000-01-01")), expected)


@pytest.mark.parametrize("text, expected", [
    ("Oxfam handed out tents to Afghan refugees in Peshawar.", ("AID", "NGO", "AFG")),
    ("Tamil rebels set free two Sri Lankan soldiers.", ("RETREAT", "LKA", "LKA")),
    ("The Kremlin ordered a review of the navy's conduct.", ("ACCUSE", "RUS", None)),
    ("Chilean judges reopened the files on retired army officers.", ("ACCUSE", "CHL", "CHL")),
    ("Bolivian miners whipped up opposition to the government's water sale.", ("ACCUSE", "BOL", "BOL")),
    ("A delegation of Kenyan trade officials journeyed to Kampala for talks.", ("CONSULT", "KEN", "UGA")),
])
def test_light_verb_and_phrasal_idioms(code, text, expected):
    got = {(t[0], t[1][:3] if t[1] and t[1].startswith("NGO") else t[1], t[2]) for t in
           triples(code(text, date="2000-01-01"))}
    _check(got, expected)


@pytest.mark.parametrize("text", [
    "Aid workers handed out leaflets to passers-by.",
    "The prisoners were set to be freed next week.",
])
def test_idioms_keep_to_their_objects(code, text):
    types = {e.event_type for e in code(text, date="2000-01-01")}
    assert "AID" not in types and "RETREAT" not in types, types


@pytest.mark.parametrize("text, expected", [
    # a name the tagger does not know, taken for an adverb, opens the sentence as its subject
    ("Nauru extended diplomatic recognition to Kosovo.", ("SUPPORT", "NRU", "XKX")),
    # acting or serving as mediator, go-between or intermediary is mediation (CAMEO 045)
    ("Algeria served as intermediary between Ethiopia and Eritrea.", ("CONSULT", "DZA", "ERI")),
    ("Oman acted as go-between for Iran and Britain.", ("CONSULT", "OMN", "GBR")),
    # forces surrounding a town besiege it (CAMEO 191)
    ("Russian troops surrounded Georgian villages.", ("COERCE", "RUS", "GEO")),
])
def test_mediators_sieges_and_unknown_names(code, text, expected):
    _check(triples(code(text, date="2000-01-01")), expected)


def test_an_opening_adverb_is_no_subject(code):
    assert not code("Meanwhile extended talks were held.", date="2000-01-01")


@pytest.mark.parametrize("text, cameo", [
    ("Georgia accused Russian officers of spying.", "1125"),
    ("Armenia accused Azerbaijan of war crimes.", "1124"),
    ("Kenyan prosecutors accused the former minister of embezzlement.", "1121"),
    ("Amnesty accused Tunisian police of torture.", "1122"),
    ("Cuba accused the United States of aggression.", "1123"),
    ("Belgrade denied responsibility for the massacre.", "016"),
    ("Zambian students demonstrated for the president's resignation.", "1411"),
    ("Tibetan exiles rallied for independence in Delhi.", "1413"),
])
def test_cameo_codes_that_had_no_entry(code, text, cameo):
    assert cameo in {e.cameo for e in code(text, date="2000-01-01")}, [(e.event_type, e.cameo) for e in code(text)]


@pytest.mark.parametrize("text, expected", [
    # hyphenated nominals of phrasal verbs (the parser splits them at the hyphen)
    ("Syria's call-up of reservists worried Jordan.", ("MOBILIZE", "SYR")),
    ("Georgian police carried out a round-up of Chechen refugees.", ("COERCE", "GEO")),
    ("The IMF announced a bail-out of Argentina.", ("AID", "IGOIMF")),
])
def test_hyphenated_nominals(code, text, expected):
    got = triples(code(text, date="2000-01-01"))
    assert any(t[:2] == expected for t in got), got
