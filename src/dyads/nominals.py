"""Nouns that name a specific action, and those that only describe, generalise or predict one.

A noun such as "attack", "talks" or "protests" codes an event only when the sentence reports that action: it is
not a kind ("the threat *of attacks*"), a
predicate ("this is *an attack* on democracy", "one of the worst *attacks*", "seen *as* a showpiece") or a
detail of another noun's description ("lacking a target for *its protests*") with no party, time or place of
its own. Status of nominals (modifiers such as "planned", "possible"; "the assault *that would follow*") is
decided in `dyads.status`. The words are data (`data/lexicon/nominals.toml`), loaded once by `words()`.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from dyads.senses import answering_word, word_classes

COPULA_COMPLEMENTS = ("attr", "acomp", "oprd")
# Modifiers of a nominal that name its own party ("*Peru's* refusal", "*Turkish* strikes").
OWN_PARTY_MODIFIERS = ("poss", "compound", "amod", "nmod")


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of `data/lexicon/nominals.toml`."""

    generic_heads: frozenset[str]
    predicative_prepositions: frozenset[str]
    party_prepositions: frozenset[str]
    anchor_labels: frozenset[str]
    grounds_nouns: frozenset[str]
    document_nouns: frozenset[str]
    bystander_governors: frozenset[str]
    document_makers: frozenset[str]
    agent_phrases: frozenset[str]
    enabling_heads: frozenset[str]
    partner_governors: frozenset[str]


@functools.cache
def words() -> Words:
    """Load `data/lexicon/nominals.toml`."""
    text = resources.files("dyads.data").joinpath("lexicon", "nominals.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return Words(**{name: frozenset(w.lower() if name != "anchor_labels" else w for w in values)
                    for name, values in data.items()})


def not_specific(noun: Token, triggers: set[int]) -> str:
    """Why a nominal trigger names no specific action ("" when it does); `triggers` are the token indices of
    the sentence's triggers."""
    w = words()
    head = noun.head
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in w.generic_heads and head.lower_ == "of" \
            and head.head.i not in triggers:
        return f"'{head.head.text} of ...' names a kind or a danger, not an occurrence"
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.i not in triggers:
        # "a *pretext for* war"; the parser may hang the for-phrase on the verb: "setting [the *scene*] [for a clash]"
        enabling = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")]
        if any(t.lemma_.lower() in w.enabling_heads for t in enabling):
            return f"'{head.head.text} ... for' names an act made possible, not an occurrence"
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.lower_ in w.grounds_nouns \
            and noun.head.head.pos_ == "VERB":
        return f"'on {noun.text}' gives the grounds of '{noun.head.head.text}', it reports no act of its own"
    if _predicative(noun) and (_one_of(noun) or not names_own_parties(noun)):
        # "one reason was *Peru's refusal* to ...", "the sixth *meeting between X and Y*": a named party's act
        return "a nominal in a predicate or comparison describes, it reports no action"
    if _embedded(noun, triggers) and not _anchored(noun):
        return f"a detail of the description of '{noun.head.head.text}' with no party, time or place of its own"
    return ""


def unnamed_actor(noun: Token, actor_tiers: list, governor: Token | None) -> str:
    """Why a nominal codes nothing because no party to it is named ("" when one is): its own phrase names none
    (no possessor, modifier or by-phrase) and the subject of the verb it hangs on does not carry it out ("*fled*
    the fighting", "*limited* the aid"; see `bystander_governors`). An agreement named as a document takes no
    party from any governing verb ("the UN *drafted* a treaty", "*announced* the agreement"): making one is coded
    by the verb's own entry ("signed a treaty"). `actor_tiers` are the candidate's actor tiers: own modifiers,
    by-phrase, governing verb's subject."""
    w = words()
    if len(actor_tiers) < 3 or any(actor_tiers[:2]) or not actor_tiers[2]:
        return ""
    if noun.lemma_.lower() in w.document_nouns:
        if governor is not None and governor.lemma_.lower() in w.document_makers:
            return ""
        return f"'{noun.text}' names an agreement as a document: no party to it is named in its phrase"
    if any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in noun.children):
        return ""  # "a blockade *imposed by* forces loyal to X": its own phrase names the party after all
    if any(c.dep_ == "prep" and c.lower_ in w.agent_phrases and any(o.dep_ == "pobj" for o in c.children)
           for c in noun.children):
        return ""  # "faced criticism *from* Peru": the doer is named in the nominal's own phrase
    if governor is not None and governor.lemma_.lower() in w.partner_governors and _partner_named(noun):
        return ""  # "*had* a video call *with* X": the subject is the other party to the reciprocal act
    if governor is not None and governor.lemma_.lower() in w.bystander_governors \
            and not _agent_named(governor, noun):
        return f"no party to '{noun.text}' is named in its phrase, and the subject of '{governor.text}' does not " \
               f"carry it out"
    return ""


def _partner_named(noun: Token) -> bool:
    """True when a nominal names the partner of a reciprocal act in its own with-phrase ("a call *with* X")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
               for c in noun.children)


def _agent_named(verb: Token, noun: Token) -> bool:
    """True when a verb names the doer of what its subject undergoes ("suffered persecution *at the hands of* X"),
    in a phrase other than the one holding the nominal ("protect civilians *from attacks*")."""
    phrases = words().agent_phrases
    for prep in (c for c in verb.children if c.dep_ == "prep" and noun not in c.subtree):
        words_after = " ".join(t.lower_ for t in prep.doc[prep.i:prep.i + 4])
        if prep.lower_ in phrases or any(words_after.startswith(p) for p in phrases if " " in p):
            return True
    return False


def names_own_parties(noun: Token) -> bool:
    """A nominal whose own phrase names its actor: a named modifier ("Turkish *strikes*"), a by- or
    between-phrase."""
    return any((c.dep_ in OWN_PARTY_MODIFIERS and any(w.pos_ == "PROPN" or w.text[:1].isupper() for w in c.subtree))
               or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between", "among")) for c in noun.children)


def _one_of(noun: Token) -> bool:
    """"(it could be) *one of* the worst Syrian attacks": a kind ranked, named parties or not."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "PRON") \
        and noun.head.head.dep_ in COPULA_COMPLEMENTS


def _predicative(noun: Token) -> bool:
    """"this is *an attack* on X", "one of the worst *attacks*", "seen as *a showpiece*", "such as *support*"."""
    w = words()
    node = noun
    if _one_of(node):
        return True  # "one of the worst attacks"
    if node.dep_ in COPULA_COMPLEMENTS and node.head.lemma_ == "be" \
            and not (any(c.dep_ == "expl" for c in node.head.children) and _between_parties(node)):
        return True  # "there was *a phone call* between X and Y" reports one
    if node.dep_ == "pobj" and (node.head.lower_ in w.predicative_prepositions
                                or node.head.head.lower_ in w.predicative_prepositions):
        return not _subject_of_as_clause(node)
    return False


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _subject_of_as_clause(noun: Token) -> bool:
    """True when 'as' is a conjunction the parser took for a preposition and the nominal is its clause's subject:
    "fled *as an assault on X continued*", "*as talks* resumed" (a finite verb follows the noun's phrase)."""
    if noun.head.lower_ != "as" or noun.head.dep_ != "prep":
        return False
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].tag_ in FINITE_TAGS \
        and noun.doc[after].pos_ in ("VERB", "AUX") and noun.doc[after].head != noun


def _between_parties(noun: Token) -> bool:
    """True when a nominal names its parties in a between-, among- or by-phrase."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("between", "among", "by")
               and any(o.dep_ == "pobj" for o in c.children) for c in noun.children)


def _embedded(noun: Token, triggers: set[int]) -> bool:
    """True for a nominal in a prepositional phrase that describes another, non-event noun ("a target *for its
    protests*")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    if answering_word(noun) is not None:
        return False  # "fired missiles *in response to* the Israeli strike": the act answered, no detail of an answer
    host = noun.head.head
    if noun.head.lower_ == "of" and host.lemma_.lower() in word_classes()["span_noun"]:
        return False  # "days *of talks*", "a wave *of arrests*" measure out the events, they describe nothing
    return host.pos_ in ("NOUN", "PROPN") and host.i not in triggers


def _anchored(noun: Token) -> bool:
    """True when a nominal names its parties ("clashes *between* X and Y", "attack *on* X"), a time or a place
    of its own."""
    w = words()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in w.party_prepositions and any(
                c.dep_ == "pobj" for c in child.children):
            return True
    return any(t.ent_type_ in w.anchor_labels for t in noun.subtree if t.i != noun.i)


# Prepositions of a span of time ("has waged an insurgency *for* decades", "*over* three decades").
SPAN_PREPOSITIONS = ("for", "over", "across", "throughout")


def long_history(trigger: Token) -> str:
    """Why an act told as a history of decades or generations reports no event ("" when it does not): "has waged
    an insurgency against X *for decades*", "a *decades-long* insurgency", "have fought each other *for
    generations*". The words are the class `long_duration` minus its vaguer members ("long-running",
    "protracted": a protracted negotiation may be one that just ended)."""
    decades = word_classes()["long_duration"] & DECADES
    nodes = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    for node in nodes:
        for child in node.children:
            if child.dep_ == "amod" and child.lower_ in decades:
                return f"'{child.text} {node.text}' tells a history of decades, not a reported act"
            if child.dep_ == "prep" and child.lower_ in SPAN_PREPOSITIONS and any(
                    o.dep_ == "pobj" and o.lower_ in decades for o in child.children):
                return f"'{child.doc[child.i:child.right_edge.i + 1].text}' tells a history of decades, not a " \
                       f"reported act"
    return ""


# Plurals only: "for *a decade*" is a span one government's policy may fill ("has helped prop up X for a decade").
DECADES = frozenset(("decades", "decade-long", "decades-long", "centuries", "generations"))
