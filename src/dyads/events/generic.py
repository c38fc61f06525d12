"""Actors that name nobody in particular: a bare or quantified plural of people in general ("countries agreed",
"many countries have signed", "some critics complain", "world leaders will meet"). Such a phrase names no party an
analyst could code, whatever country the story is about; "the two countries", "Turkish leaders" and "Kurdish
fighters" do name one. The nouns are the word class `generic_people` of `data/senses/word_classes.csv`.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.actors.tables import index
from dyads.senses import in_class

# Quantifiers that leave a plural generic ("*many* countries", "*some* fighters"); any other determiner,
# a number or a possessor makes it specific ("the countries", "two countries", "its allies").
QUANTIFIERS = ("many", "some", "most", "several", "other", "few", "numerous", "various", "all", "more", "any", "no", "every")
# Determiners that make a singular noun of a party mean any party at all ("*no* country", "*any* government").
FREE_CHOICE = ("no", "any", "every")
# Modifiers that name whose people they are ("Turkish leaders", "YPG fighters", "EU countries").
NAMING_ENTS = ("NORP", "GPE", "ORG", "LOC", "FAC", "PERSON")


RELATIVE_PRONOUNS = ("who", "which", "that")
ANYONE = ("anyone", "anybody", "whoever", "everyone", "everybody", "someone", "somebody")


def generic_actor(tiers: list[list[Span]]) -> str:
    """Why the first actor tier names no party ("" when it does): every phrase of it is a generic plural, or a
    relative pronoun standing for one ("richer nations, *which* have resettled few refugees")."""
    first = next((tier for tier in tiers if tier), [])
    if first and all(_generic(_antecedent(span.root)) for span in first):
        return f"actor '{first[0].text}' speaks of people in general, it names no party"
    return ""


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun subject stands for ("nations, *which* have ..." -> "nations"); else the token."""
    clause = token.head
    if token.lower_ in RELATIVE_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl":
        return clause.head
    return token


def _generic(noun: Token) -> bool:
    if noun.lower_ in ANYONE or (noun.lower_ == "those" and any(c.dep_ == "relcl" for c in noun.children)):
        return True  # "*those* who kill", "*anyone* who attacks": whoever does it, no party named
    if noun.tag_ == "NN" and in_class(noun, "generic_party"):
        return any(c.dep_ == "det" and c.lower_ in FREE_CHOICE for c in noun.children) and _unnamed(noun)
    if noun.tag_ != "NNS" or not in_class(noun, "generic_people"):
        return False
    return _unnamed(noun)


def _unnamed(noun: Token) -> bool:
    for child in noun.children:
        if child.dep_ in ("det", "predet") and child.lower_ not in QUANTIFIERS:
            return False
        if child.dep_ in ("nummod", "poss", "appos", "prep"):
            return False  # "two countries", "its allies", "leaders of Chile"
        if child.dep_ in ("amod", "compound", "nmod") and _naming(child):
            return False
    return True


def _naming(modifier: Token) -> bool:
    """A modifier that says whose people they are: a name, or a word of a sector ("*opposition* parties",
    "*rebel* leaders")."""
    return modifier.pos_ == "PROPN" or modifier.ent_type_ in NAMING_ENTS or _sector_word(modifier.lower_) \
        or any(_naming(c) for c in modifier.children if c.dep_ in ("compound", "amod", "conj"))


def _sector_word(word: str) -> bool:
    """A word of a sector other than government ("opposition", "rebel"; "government leaders" stay generic)."""
    return any(sector != "GOV" for sector in index().sector_word(word)[0].values())
