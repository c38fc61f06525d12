"""The target a second coordinated verb shares with the first.

"Pakistan accused *India* of violating the ceasefire and warned of retaliation", "X condemned *Y* and demanded an
apology", "the minister accused *the US* of bad faith and delivered an ultimatum": in a coordination of verb phrases
with one subject, a second act of hostile speech (a threat, a demand, an accusation) that names no party of its own
is addressed to the party the first, itself a hostile act, is aimed at (the coordinated phrases share their subject
and, left unsaid, their addressee; PLOVER codes the threat and the demand towards the accused). A second verb with a
subject of its own reports another act ("X accused Y, and Z warned ..."), and a first verb of another kind (praise,
a visit, a meeting) names no party the second is aimed at ("welcomed the Indian premier and warned of terrorism").
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import lexicon
from dyads.events.syntax import children_with

# Hostile speech acts whose unstated addressee is the party the verb they are coordinated with is aimed at.
SHARING_TYPES = frozenset(("THREATEN", "REQUEST", "ACCUSE"))
# Hostile acts whose object is the party a coordinated hostile speech act goes on to address.
HOSTILE_TYPES = frozenset(("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SANCTION", "COERCE", "ASSAULT", "PROTEST"))
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")


def _hostile(verb: Token) -> bool:
    """True when every lexicon entry of the verb is a hostile act (an ambiguous verb is not taken)."""
    entries = [e for e in lexicon.load().candidates(verb.lemma_.lower(), "VERB") if not e.particle]
    return bool(entries) and all(e.event_type in HOSTILE_TYPES for e in entries)


def conjoined_target(verb: Token, event_type: str) -> list[Token]:
    """The object of the hostile verb a hostile speech act is coordinated after, sharing its subject, or nothing."""
    if event_type not in SHARING_TYPES or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return []
    first = verb.head
    if first.pos_ != "VERB" or first.i > verb.i or children_with(verb, SUBJECT_DEPS) or not _hostile(first):
        return []
    return [o for o in children_with(first, ("dobj",)) if o.pos_ in ("PROPN", "NOUN")]
