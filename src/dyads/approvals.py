"""Approving an act is that act: a party that approves, endorses or authorises an act of its own ("the parliament
approved the deployment of 200 soldiers", "the government approved the transfer of aid to X", "the EU endorsed
sanctions against Y") does the act it approves, and PLOVER codes the act, not a SUPPORT of anyone (the coding guide:
approving an aid transfer or an arms sale is AID, a council approving a deployment codes the deployment).

The act is a trigger that coded nothing of its own because the approval governs it (an absorbed noun: "deployment",
"aid", "sanctions"), named by the approval's object or by that object's "of" phrase or modifier ("the transfer *of
aid*", "an *aid* package"). An act with an author of its own ("endorsed *Russia's* sanctions", "approved a deployment
*by NATO*") is another party's: supporting it stays a SUPPORT of that party. An agreement approved is left as
coded (ratifying one is a SUPPORT, CAMEO 057), and so is a law (`dyads.enactments`). The approving verbs are the word
class `approving` (`data/senses/word_classes.csv`); an approved act done later (a deployment, a withdrawal, an
attack) is planned.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from spacy.tokens import Token

from dyads import enactments, senses
from dyads.lexicon import Entry
from dyads.records import Event

APPROVING = "approving"
# The types an approval is coded as by the lexicon (approve, endorse: CAMEO 050).
APPROVAL_TYPES = ("SUPPORT",)
# Acts whose approval is the act itself (not agreements: approving one is ratifying it, a SUPPORT).
APPROVED_TYPES = ("AID", "MOBILIZE", "SANCTION", "COERCE", "COOPERATE", "RETREAT", "CONCEDE", "ASSAULT")
# Approved acts that are done after their approval: planned.
LATER_TYPES = ("MOBILIZE", "RETREAT", "ASSAULT")
# Named entities that, modifying the act's noun, name its author ("*US* sanctions", "*Russian* deployment").
AUTHOR_ENTS = ("GPE", "NORP", "ORG", "PERSON")


def approved_act(token: Token | None, absorbed: Mapping[int, Entry]) -> tuple[Token, Entry] | None:
    """The act an approving verb approves: an absorbed act noun that is its object, or that object's "of" phrase
    or noun modifier ("the transfer of aid", "an aid package"), with no author of its own (None otherwise)."""
    if token is None or token.pos_ != "VERB" or not senses.in_class(token, APPROVING):
        return None
    for obj in senses.verb_objects(token):
        for noun in (obj, *_named_in(obj)):
            entry = absorbed.get(noun.i)
            if entry is not None and entry.event_type in APPROVED_TYPES:
                return (noun, entry) if not _authored(obj) and not _authored(noun) else None
    return None


# How deep a chain of "of" phrases an approved act may be named in ("the transfer of 500 tonnes of *aid*").
OF_DEPTH = 3


def _named_in(obj: Token, depth: int = OF_DEPTH) -> list[Token]:
    """The nouns an object names its content by: its "of" phrases ("the transfer *of 500 tonnes of aid*"), nearest
    first, and its noun modifiers ("an *aid* package")."""
    out = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if depth:
        for p in (p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"):
            out += [p, *_named_in(p, depth - 1)]
    return out


def _authored(noun: Token) -> bool:
    """True when an act's noun names an author of its own: a possessor, a named modifier or a by-phrase."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in AUTHOR_ENTS:
            return True
        if child.dep_ == "prep" and child.lower_ == "by":
            return True
    return False


def retype(found: Iterable[Event], token_of: Callable[[Event], Token | None],
           absorbed: Mapping[int, Entry]) -> tuple[list[Event], dict[int, Event]]:
    """The events with each approval of an act of the approver's own retyped as that act, and by the id of each
    retyped event its new version."""
    kept, retyped = [], {}
    for event in found:
        act = approved_act(token_of(event), absorbed) if event.event_type in APPROVAL_TYPES else None
        if act is None:
            kept.append(event)
            continue
        word, entry = act
        status = "planned" if entry.event_type in LATER_TYPES and event.status == "occurred" else event.status
        retyped[id(event)] = enactments.as_act(
            event, entry, status=status,
            why=f"{event.why}; approval of an act: '{word.text}' ({entry.event_type}) is approved by its own doer, "
                f"so the approval is that act{' (done later: planned)' if status != event.status else ''}")
        kept.append(retyped[id(event)])
    return kept, retyped
