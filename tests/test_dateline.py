"""Wire datelines before the lede: found by `dateline.find`, split off by the spaCy stage, offsets unchanged."""
from __future__ import annotations

import pytest

from conftest import triples
from dyads import dateline


@pytest.mark.parametrize(("text", "place", "agency", "lede"), [
    ("OSLO (Reuters) - Norwegian police arrested two men.", "OSLO", "Reuters", "Norwegian"),
    ("PORT LOUIS, Mauritius, June 9 (AP) -- The court freed a journalist.", "PORT LOUIS", "AP", "The court"),
    ("(Reuters) -- Chile and Peru signed a fishing accord.", None, "Reuters", "Chile"),
    ("Reuters - Chilean troops shelled a border post.", None, "Reuters", "Chilean"),
    ("AFP — Protesters blocked a highway in Lima.", "AFP", None, "Protesters"),
    ("Monday, March 3, 2014 (Wire Desk) -- A court in Quito jailed a mayor.", None, "Wire Desk", "A court"),
    ("TARTU (Baltic) (AFP) - Estonia expelled a diplomat.", "TARTU", "AFP", "Estonia"),
    ("Caracas (AFP) - Venezuelan police detained a mayor.", "Caracas", "AFP", "Venezuelan"),
    ("San Salvador, El Salvador (Reuters) -- Police freed a journalist.", "San Salvador", "Reuters", "Police"),
    ("Abuja, Nigeria -- Nigerian troops freed two hostages.", "Abuja", None, "Nigerian"),
    ("Belgrade, Nov. 7 - Serbia recalled its ambassador.", "Belgrade", None, "Serbia"),
])
def test_dateline_found_with_place_agency_and_lede(text, place, agency, lede):
    found = dateline.find(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert text[found.lede:].startswith(lede)


@pytest.mark.parametrize("text", [
    "Chilean troops shelled a border post - officials said - on Monday.",
    "Hamas - the group that runs the strip - said it would talk.",
    "The minister (a former general) - who resigned - was arrested.",
    "OSLO police said - and this matters - nothing.",
    "However, Russia - which denies it - attacked the town.",
    "Boris Johnson, Prime Minister -- said nothing.",
])
def test_no_dateline_in_ordinary_openings(text):
    assert dateline.find(text) is None


@pytest.mark.parametrize("text, lede", [
    (" " * 300_000 + "OSLO (Reuters) - Norwegian police arrested two men.", "Norwegian"),
    ("\n" * 300_000 + "Reuters - Chilean troops shelled a border post.", "Chilean"),
    (" " * 300_000 + "Chilean troops shelled a border post - officials said.", None),
    ("OSLO" + " " * 300_000 + "police said nothing.", None),
    ("Chile condemned Peru (officials said)" + " " * 300_000 + "- Peru answered.", None),
])
def test_long_whitespace_runs_are_no_trap_for_the_patterns(text, lede):
    # a piece of a long text may be whitespace for 100,000 characters: the patterns once backtracked over
    # every way to split it, and never ended
    found = dateline.find(text)
    assert (text[found.lede:].split()[0] if found else None) == lede


@pytest.mark.parametrize("opening", [
    "Reuters - ", "KHAN YUNIS (Reuters) - ", "RAMALLAH, West Bank (AP) — ", "NABLUS, May 2 (AFP) -- ", "(AP) -- ",
])
def test_lede_after_dateline_codes_its_subject(code, opening):
    text = opening + "Israeli troops killed four armed Palestinians on Tuesday, the army said."
    events = code(text)
    assert triples(events) == {("ASSAULT", "ISR", "PSE")}
    # offsets are those of the original text, dateline included
    assert events[0].trigger.start == text.index("killed")
    assert events[0].actor.start == text.index("Israeli")


def test_dateline_is_its_own_sentence_and_keeps_the_text(code):
    from dyads import nlp
    from dyads.settings import load_settings

    text = "OSLO (Reuters) - Norwegian police arrested two Swedish smugglers on Monday."
    doc = nlp.load(load_settings().spacy_model)(text)
    assert [s.text for s in doc.sents] == ["OSLO (Reuters) -", text[len("OSLO (Reuters) - "):]]
    assert doc.text == text


def test_a_capitalised_city_before_an_agency_credit_sets_the_story(code):
    # "Lima, Peru (Reuters) -": the dateline's city is the setting, where unnamed police act
    events = code("Lima, Peru (Reuters) - Police arrested 20 opposition activists on Monday.")
    assert ("COERCE", "PER", "PER") in triples(events)
