"""A denial told in a relative clause answers the claim's author: "Belgium has pushed for sanctions on Rwanda over its
support for the rebels, *which Kigali denies*"; "Islamabad accuses the Taliban of sheltering militants, *which Kabul
denies*".

A verb in a relative clause whose relative pronoun is its object acts on the antecedent ("the plan, which Russia
rejected": the plan and, through it, its author). A verb of denial (senses class `denying_verb`) has no party for its
object: it denies a claim, and the antecedent spaCy gives it is only the nearest noun of that claim ("support for *the
rebels*", "war crimes *in Gaza*"), whose parties are what the claim is about. PLOVER codes a denial (CAMEO 1 2 x,
REJECT) towards whoever made the claim or charge: the subject of the main clause that tells it ("*Belgium* has pushed
for ...", "*Islamabad* accuses ..."). When that subject names no party ("the warrant accuses ..."), the antecedent
gives none either: the other rules (and a domestic denial's own state) decide.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.senses import in_class

RELATIVE_PRONOUNS = ("that", "which")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def denies_antecedent(verb: Token) -> bool:
    """True for a verb of denial in a relative clause whose relative pronoun is its object ("..., which X denies")."""
    return verb.dep_ == "relcl" and in_class(verb, "denying_verb") and any(
        t.lower_ in RELATIVE_PRONOUNS and t.dep_ == "dobj" for t in verb.children)


def relative_object(token: Token, verb: Token) -> bool:
    """True for the relative pronoun that is the verb's object ("which" in "which X denies")."""
    return token.head.i == verb.i and token.dep_ == "dobj" and token.lower_ in RELATIVE_PRONOUNS


def claim_author(verb: Token) -> list[Token]:
    """The subject of the main clause that tells the claim a relative denial answers (none when it has none)."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    if root.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
