"""The pair of parties a story has set up, and the words that refer to it.

Stories name two parties together ("Kenya and Uganda held talks") and then refer to them as a pair: "*the
neighbours* agreed", "*the rivals* signed", or make them act on one another: "Kenya and Uganda accused *each
other*". The words are data (`data/pair_references.csv`): reciprocal pronouns, whose coordinated subjects act on one
another whatever the type of the act (an accusation, a threat, an expulsion), and plural relation nouns that, as
"the X" or "the two X", stand for the pair named together just before.
"""
from __future__ import annotations

import csv
import functools
import io
from importlib import resources

from spacy.tokens import Span, Token

# Dependents of a trigger that hold what it acts on: its object, its dative, the objects of its prepositions.
OBJECT_DEPS = frozenset(("dobj", "dative", "iobj", "pobj", "nsubjpass"))


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("dyads.data").joinpath("pair_references.csv").read_text("utf-8")
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["phrase"].strip():
            out.setdefault(row["kind"].strip(), set()).add(row["phrase"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def reciprocal_pronouns() -> frozenset[str]:
    """"each other", "one another"."""
    return _table().get("reciprocal", frozenset())


def relation_nouns() -> frozenset[str]:
    """Plural nouns of a relation between two states ("the neighbours", "the rivals")."""
    return _table().get("relation", frozenset())


def _reciprocal(token: Token) -> bool:
    """True when `token` heads a reciprocal pronoun, whichever of its two words the parser made the head ("each
    *other*", "*one* another")."""
    doc, words = token.doc, reciprocal_pronouns()
    return (token.i > 0 and f"{doc[token.i - 1].lower_} {token.lower_}" in words) \
        or (token.i + 1 < len(doc) and f"{token.lower_} {doc[token.i + 1].lower_}" in words)


def _arguments(trigger: Token) -> list[Token]:
    """The trigger's objects: direct ones, those of its prepositions and those of its object's prepositions
    ("accused *each other*", "fired *at* one another", "expelled each other's *diplomats*", "traded accusations
    *against* each other")."""
    out = []
    for child in trigger.children:
        if child.dep_ in OBJECT_DEPS:
            out.append(child)
            out += [o for p in child.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        elif child.dep_ == "prep":
            out += [o for o in child.children if o.dep_ == "pobj"]
    return out


def acts_on_each_other(trigger: Token) -> bool:
    """True when a trigger's own object is a reciprocal pronoun, or is owned by one: "X and Y *accused* each other",
    "*traded* accusations with one another", "*expelled* each other's diplomats". Its coordinated subjects (or the
    pair a group phrase stands for) are one another's recipients."""
    for arg in _arguments(trigger):
        if _reciprocal(arg):
            return True
        if any(c.dep_ == "poss" and _reciprocal(c) for c in arg.children):
            return True
    return False


# Tags of a superlative ("the two *largest* economies", "the two *most* populous states") and of an ordinal number
# ("the *first* two countries"): such a counted phrase describes the parties that rank so, whoever the story named.
SUPERLATIVE_TAGS = frozenset(("JJS", "RBS"))


def ranked(span: Span) -> bool:
    """True when a counted phrase ranks its parties ("the two largest Muslim-majority countries", "the first two
    states to sign"): it describes them anew rather than referring back to a pair the story named."""
    return any(t.tag_ in SUPERLATIVE_TAGS or t.ent_type_ == "ORDINAL" or t.lower_ in ("first", "last")
               for t in span)
