"""Borders named as where something happens: "an offensive near *the Iranian border*", "across *the Iraqi border*".

A border or frontier (`boundary` nouns in data/actors/nouns.csv) lies between two states: the state its adjective
or name gives is only one of them, and a phrase headed by it names no party, only where the act or its object is
(the coding guide: a recipient is a party, never a place as a place). After a locative preposition ("near", "at",
"across", `vocab.LOCATIVE_PREPS`) it locates; as the object of a verb ("shelled the Syrian border") it still stands
for the land there and is left to the other rules.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.actors.tables import noun_classes
from dyads.actors.vocab import LOCATIVE_PREPS

BOUNDARY = "boundary"


def locates_only(span: Span, host: Token) -> bool:
    """True when the phrase is headed by a boundary noun in a locative phrase ("near the Gambian border")."""
    kind = noun_classes().get(host.lower_) or noun_classes().get(host.lemma_.lower())
    if kind != BOUNDARY:
        return False
    node = host
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head  # "near the Syrian and Iraqi borders"
    return node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPS
