"""The act a verb of crediting presupposes (dyads.events.credited): "thanked Qatar *for hosting* the talks" says that
Qatar hosted them, an event of its own by the party credited (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import triples

STORY = "Sudan's army and the Rapid Support Forces signed a truce on Monday. "


def test_the_host_thanked_for_hosting_the_talks_consults_the_sides(code):
    events = code(STORY + "The army thanked Saudi Arabia for hosting the talks.")
    assert ("CONSULT", "SAU", "SDN") in triples(events)
    assert ("SUPPORT", "SDN", "SAU") in triples(events)  # the thanks stay an event of their own


def test_the_one_who_thanks_the_host_is_among_the_sides_it_hosted(code):
    events = code("Ethiopia's delegation thanked Kenya for hosting the talks.")
    assert ("CONSULT", "KEN", "ETH") in triples(events)


def test_a_conjoined_verb_of_thanks_shares_its_heads_subject(code):
    events = code("Ethiopia's delegation said it would honour the deal and thanked Kenya for hosting the talks.")
    assert ("CONSULT", "KEN", "ETH") in triples(events)


def test_an_act_other_than_convening_is_not_credited(parse):
    from dyads.events.credited import credited_party

    doc = parse("Kenya praised Uganda for standing with the Somali people.")
    standing = next(t for t in doc if t.lower_ == "standing")
    assert credited_party(standing) is None


def test_thanks_for_a_noun_credit_no_gerund(parse):
    from dyads.events.credited import credited_party

    doc = parse("The minister thanked Japan for its support.")
    assert all(credited_party(t) is None for t in doc)


def test_a_verb_of_blame_credits_no_act(parse):
    from dyads.events.credited import credited_party

    doc = parse("The minister blamed Japan for hosting the talks.")
    hosting = next(t for t in doc if t.lower_ == "hosting")
    assert credited_party(hosting) is None


@pytest.fixture(scope="module")
def parse(settings):
    from dyads import nlp

    return nlp.load(settings.spacy_model)


def test_hosting_refugees_is_no_meeting_credited(parse):
    from dyads.events.credited import credited_party

    doc = parse("Sudan thanked Egypt for hosting a million refugees.")
    hosting = next(t for t in doc if t.lower_ == "hosting")
    assert credited_party(hosting) is None
