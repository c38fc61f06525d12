"""What a warning tells, read off its said clauses (the sense tests `reported_conduct` and `penalty_pending` of "warn"
and "caution"): another party's conduct told as a fact ("warned that the regime *was using* prisoners as a
currency": a criticism, ACCUSE), or a penalty announced with no agent ("warned that any unauthorised gathering *would
be broken up*": the authorities' own, a threat when a state's party says it). The clauses and the speakers are the
caller's (`conditions._said_clauses`, `conditions._speakers`).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import lexicon, own_side
from dyads.senses.table import in_class, word_classes

# Entity types of a subject that names a party by itself ("*Russia* is ...", "*Hamas* has ..."): not a thing of a
# country ("the Kenyan economy").
CONDUCT_ENTS = ("GPE", "ORG", "NORP", "PERSON")
# Word class of the verbs of a state or of what befalls a party ("be", "face", "suffer"): no conduct.
STATE_CLASS = "not_an_act"
# Subject pronouns that stand for the speaker or its side, and auxiliaries of a possible or future act.
OWN_PRONOUNS = ("it", "they", "we", "i", "he", "she", "you")
POSSIBLE_AUX = ("will", "would", "'ll", "shall", "wo", "could", "may", "might", "can")


def conduct_clauses(clauses: list[Token], speakers: list[Token], cls: str) -> list[Token]:
    """Said clauses that tell, as a fact, what a party other than the speaker is doing or has done: no modal, no
    negation, no verb of a state or of what befalls a party (word class `not_an_act`: "lives were at stake", "Somalia
    was facing famine"), a verb that is no trigger of its own (an act with its own words, "warned that Russia had
    deployed troops", is coded by them), and a subject that names a party by itself (a proper name, or a word of
    class `cls`: the regime, the army) not of the speaker's side."""
    out = []
    for c in clauses:
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or in_class(c, STATE_CLASS) or lexicon.act_verb(c.lemma_.lower()) \
                or any(a.tag_ == "MD" or a.dep_ == "neg" for a in c.children):
            continue
        subjects = [x for x in c.children if x.dep_ == "nsubj"]
        if any((x.pos_ == "PROPN" or x.ent_type_ in CONDUCT_ENTS or in_class(x, cls)) and x.lower_ not in OWN_PRONOUNS
               and not own_side.of_speaker(x, speakers) for x in subjects):
            out.append(c)
    return out


def penalty_clauses(clauses: list[Token], cls: str) -> list[Token]:
    """"warned that any unauthorised gathering *would be broken up*", "warned that anyone who ... *would be arrested*":
    said clauses that announce a penalty of class `cls` (a verb, or a phrasal verb "break up") in the passive, with
    a future or possible auxiliary and no agent named (the authorities are who would impose it), whose subject is
    no first-person or speaker pronoun ("we could be arrested" fears a penalty, it threatens none)."""
    words = word_classes()[cls]
    out = []
    for c in clauses:
        phrasal = [f"{c.lemma_.lower()} {p.lower_}" for p in c.children if p.dep_ == "prt"]
        if not (in_class(c, cls) or any(p in words for p in phrasal)):
            continue
        if not any(a.dep_ == "auxpass" for a in c.children) or any(a.dep_ == "agent" for a in c.children) \
                or not any(a.dep_ == "aux" and a.lower_ in POSSIBLE_AUX for a in c.children):
            continue
        if any(s.dep_ == "nsubjpass" and s.lower_ in OWN_PRONOUNS for s in c.children):
            continue
        out.append(c)
    return out
