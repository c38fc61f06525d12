"""Main verbs the parser cut off from their subject, and the sides of mutual acts named away from their noun, found
again (invented sentences):

- a main verb hung on the subject noun past an aside set off by commas ("The union, which X founded, *called on* Y"),
  or on an apposition to a noun of the subject's own phrase ("A spokesman for X's office, *Y*, *accused* Z"):
  `events.asides.aside_subject`;
- a verb of speech joined to a passive said clause that the tagger read as a participle ("said the islands had not
  been consulted *and called on* Japan ..."): `events.syntax.speaker_of_joined_act`;
- a past-tense verb joined to the gerund of a complement ("accused X of wasting funds *and called for* ..."):
  `events.syntax.finite_of_gerund_conjunct`;
- the "between" phrase of a passive light verb with no agent, or of its act noun ("talks were held in Doha *between X
  and Y*"): `events.sides`.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from conftest import triples
from dyads.events.asides import aside_subject
from dyads.events.syntax import finite_of_gerund_conjunct, shares_passive, speaker_of_joined_act


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A doc with the given (word, head, dep, pos, tag) rows: the misparses these rules repair, fixed by hand."""
    words, heads, deps, pos, tags = (list(x) for x in zip(*rows))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_main_verb_hung_on_the_root_noun_past_a_relative_clause_has_it_as_subject(code):
    text = "The Kenyan foreign minister, who arrived in Kampala on Sunday, called on Uganda to reopen the border."
    events = [e for e in code(text) if e.event_type == "REQUEST"]
    assert ("REQUEST", "KEN", "UGA") in triples(events), triples(events)


def test_a_main_verb_hung_on_the_root_noun_past_an_apposition_has_it_as_subject(code):
    events = [e for e in code("The Kenyan foreign minister, Amina Otieno, called on Uganda to reopen the border.")
              if e.event_type == "REQUEST"]
    assert ("REQUEST", "KEN", "UGA") in triples(events), triples(events)


def test_the_aside_of_the_subject_is_not_whom_the_main_verb_aims_at(code):
    text = "The Peruvian farmers' union, which Carlos Mendes founded, called on Congress to reject the mining law."
    events = [e for e in code(text) if e.event_type == "REQUEST"]
    assert events and all(e.actor and e.actor.code == "PER" for e in events), triples(events)
    assert not any(e.recipient and "Mendes" in e.recipient.text for e in events), triples(events)


def test_an_apposition_to_the_object_of_the_subjects_preposition_is_an_aside():
    # "A spokesman for the office , Li Wen , accused Manila ." with "accused" hung on the apposition "Wen"
    doc = _parsed([("A", 1, "det", "DET", "DT"), ("spokesman", 1, "ROOT", "NOUN", "NN"),
                   ("for", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), ("office", 2, "pobj", "NOUN", "NN"),
                   (",", 4, "punct", "PUNCT", ","), ("Li", 7, "compound", "PROPN", "NNP"),
                   ("Wen", 4, "appos", "PROPN", "NNP"), (",", 7, "punct", "PUNCT", ","),
                   ("accused", 7, "acl", "VERB", "VBD"), ("Manila", 9, "dobj", "PROPN", "NNP"),
                   (".", 1, "punct", "PUNCT", ".")])
    found = aside_subject(doc[9])
    assert found is not None and found.i == 1


def test_a_participle_hung_on_an_apposition_without_the_closing_comma_is_no_main_verb():
    # "A spokesman for the office , Li Wen accused of fraud ." : no comma closes the aside before the participle
    doc = _parsed([("A", 1, "det", "DET", "DT"), ("spokesman", 1, "ROOT", "NOUN", "NN"),
                   ("for", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), ("office", 2, "pobj", "NOUN", "NN"),
                   (",", 4, "punct", "PUNCT", ","), ("Li", 7, "compound", "PROPN", "NNP"),
                   ("Wen", 4, "appos", "PROPN", "NNP"), ("accused", 7, "acl", "VERB", "VBN"),
                   ("of", 8, "prep", "ADP", "IN"), ("fraud", 9, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")])
    assert aside_subject(doc[8]) is None


def test_a_call_joined_to_a_passive_said_clause_is_the_speakers(code):
    text = "Fiji's prime minister said the islands had not been properly consulted and called on Japan to halt the tests."
    events = [e for e in code(text) if e.event_type == "REQUEST"]
    assert ("REQUEST", "FJI", "JPN") in triples(events), triples(events)


def test_a_participle_with_an_object_joined_to_a_passive_said_clause_is_the_speakers(code):
    text = "Kenya's foreign minister said the villagers had been detained and accused Uganda of kidnapping them."
    events = [e for e in code(text) if e.event_type == "ACCUSE"]
    assert ("ACCUSE", "KEN", "UGA") in triples(events), triples(events)


def test_a_participle_joined_to_a_passive_with_no_addressee_stays_passive():
    # "The minister said two activists were detained and called on to sign ." : "called on" with no one addressed
    doc = _parsed([("The", 1, "det", "DET", "DT"), ("minister", 2, "nsubj", "NOUN", "NN"),
                   ("said", 2, "ROOT", "VERB", "VBD"), ("two", 4, "nummod", "NUM", "CD"),
                   ("activists", 6, "nsubjpass", "NOUN", "NNS"), ("were", 6, "auxpass", "AUX", "VBD"),
                   ("detained", 2, "ccomp", "VERB", "VBN"), ("and", 6, "cc", "CCONJ", "CC"),
                   ("called", 6, "conj", "VERB", "VBN"), ("on", 8, "prt", "ADP", "RP"),
                   ("to", 11, "aux", "PART", "TO"), ("sign", 8, "xcomp", "VERB", "VB"),
                   (".", 2, "punct", "PUNCT", ".")])
    assert speaker_of_joined_act(doc[8]) is None
    assert shares_passive(doc[8])


def test_a_past_tense_verb_joined_to_a_gerund_complement_shares_the_main_subject(code):
    text = "The Ghanaian opposition leader accused the president of wasting public funds and called for an inquiry."
    events = [e for e in code(text) if e.event_type == "REQUEST"]
    assert events and all(e.actor and e.actor.code == "GHA" for e in events), triples(events)


def test_a_gerund_joined_to_a_gerund_stays_in_the_complement():
    # "X accused Y of wasting funds and hiding them ." : a second gerund is a second charge, not X's act
    doc = _parsed([("X", 1, "nsubj", "PROPN", "NNP"), ("accused", 1, "ROOT", "VERB", "VBD"),
                   ("Y", 1, "dobj", "PROPN", "NNP"), ("of", 1, "prep", "ADP", "IN"),
                   ("wasting", 3, "pcomp", "VERB", "VBG"), ("funds", 4, "dobj", "NOUN", "NNS"),
                   ("and", 4, "cc", "CCONJ", "CC"), ("hiding", 4, "conj", "VERB", "VBG"),
                   ("them", 7, "dobj", "PRON", "PRP"), (".", 1, "punct", "PUNCT", ".")])
    assert finite_of_gerund_conjunct(doc[7]) is None
    # the same with a past tense is the main subject's second act
    doc = _parsed([("X", 1, "nsubj", "PROPN", "NNP"), ("accused", 1, "ROOT", "VERB", "VBD"),
                   ("Y", 1, "dobj", "PROPN", "NNP"), ("of", 1, "prep", "ADP", "IN"),
                   ("wasting", 3, "pcomp", "VERB", "VBG"), ("funds", 4, "dobj", "NOUN", "NNS"),
                   ("and", 4, "cc", "CCONJ", "CC"), ("demanded", 4, "conj", "VERB", "VBD"),
                   ("talks", 7, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")])
    found = finite_of_gerund_conjunct(doc[7])
    assert found is not None and found.i == 1


# --- the sides of a mutual act named away from its noun (events.sides) ---------------------------------------------

def test_talks_held_between_two_sides_in_the_passive_are_theirs(code):
    events = [e for e in code("Talks were held in Doha between the Afghan government and Pakistan.")
              if e.event_type == "CONSULT"]
    assert {(e.actor.code, e.recipient.code) for e in events if e.actor and e.recipient} & {("AFG", "PAK"),
                                                                                          ("PAK", "AFG")}, \
        triples(events)


def test_an_agreement_between_two_sides_signed_in_the_passive_is_theirs(code):
    events = [e for e in code("A ceasefire agreement between Armenia and Azerbaijan was signed on Monday.")
              if e.event_type in ("SUPPORT", "AGREE")]
    assert {(e.actor.code, e.recipient.code) for e in events if e.actor and e.recipient} & {("ARM", "AZE"),
                                                                                          ("AZE", "ARM")}, \
        triples(events)


def test_talks_cancelled_in_the_passive_are_not_cancelled_by_their_sides(code):
    events = [e for e in code("Peace talks between Armenia and Azerbaijan were cancelled on Monday.")
              if e.event_type == "REJECT"]
    assert not any(e.actor and e.actor.code in ("ARM", "AZE") for e in events), triples(events)

def test_a_between_phrase_of_time_names_no_sides(code):
    events = [e for e in code("Talks were held in Nairobi between May and June.") if e.event_type == "CONSULT"]
    assert not any(e.actor and e.actor.code for e in events), triples(events)

