"""Law-making is no support of a party: a legislature or government approving, ratifying or passing its own legal
instrument ("lawmakers approved the bill", "the assembly approved the new constitution", "the council approved a
decree") endorses nobody; what the instrument does is coded by its own words.

The approval stays an event until the recipients of reactions are resolved, because a later reaction may refer back
to it ("Russia condemned *the vote*": aimed at the legislature that voted, `dyads.anaphors`); it is dropped only
then. The verbs are the word class `enacting` and the instruments the word class `legal_instrument`
(`data/senses/word_classes.csv`); an agreement or treaty ratified with another party stays a SUPPORT.

An instrument whose own words name an act that coded nothing of its own ("approved a bill *lifting* the curfew": the
participle is absorbed by the approval) makes the approval that act: it is coded as the act's type (the coding
guide: a legislature voting to lift a curfew is a CONCEDE). An instrument whose own words name the party the
approval is aimed at ("a bill on fishing rights *for Chile*") acts on that party: the approval stays as coded.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from spacy.tokens import Token

from dyads import cameo, senses
from dyads.lexicon import NOT_AN_EVENT, Entry
from dyads.records import Event

# The types an approval is coded as by the lexicon (approve, ratify: CAMEO 050/057).
APPROVAL_TYPES = ("SUPPORT",)
# Who makes a country's own laws: its legislature and its government.
LAWMAKER_SECTORS = ("LEG", "GOV")
VERBS, INSTRUMENTS = "enacting", "legal_instrument"
# Relative pronouns: the subject of a relative clause that stands for the instrument itself ("a law *that* bans").
RELATIVE_WORDS = ("that", "which", "who")


def instrument(event: Event, token: Token | None) -> Token | None:
    """The legal instrument a lawmaker's approval passes (None when the event is no such approval)."""
    if token is None or event.event_type not in APPROVAL_TYPES or token.pos_ != "VERB" \
            or not senses.in_class(token, VERBS) or event.actor is None or event.actor.sector not in LAWMAKER_SECTORS:
        return None
    return next((o for o in senses.verb_objects(token) if senses.in_class(o, INSTRUMENTS)), None)


def enacted(law: Token, absorbed: Mapping[int, Entry]) -> tuple[Token, Entry] | None:
    """The act an instrument's own words name ("a bill *lifting* the curfew"), of the triggers that coded nothing
    of their own (`absorbed`: their entries by token index)."""
    return next(((t, absorbed[t.i]) for t in law.subtree if t.i in absorbed
                 and absorbed[t.i].event_type != NOT_AN_EVENT and _own_words(t, law)), None)


def _own_words(token: Token, law: Token) -> bool:
    """True when a word of the instrument's phrase is part of what it says, not of a clause about it with a
    speaker of its own ("a bill *that critics call* a foreign-agent law")."""
    node = token
    while node.i != law.i:
        if node.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS
                                        for c in node.children):
            return False
        node = node.head
    return True


def _aimed(event: Event, law: Token) -> bool:
    """True when the approval's recipient is a party the instrument's own words name."""
    party = event.recipient
    return party is not None and party.code is not None and any(
        t.idx <= party.start < t.idx + len(t.text) and _own_words(t, law) for t in law.subtree)


def drop(found: Iterable[Event], token_of: Callable[[Event], Token | None],
         absorbed: Mapping[int, Entry] | None = None) -> tuple[list[Event], dict[int, str], dict[int, Event]]:
    """The events that are no law-making (an approval of an instrument that names an act retyped as that act),
    by the id of each dropped event why it was dropped, and by the id of each retyped event its new version.
    `absorbed`: the entries of the triggers that coded nothing of their own, by token index."""
    kept, dropped, retyped = [], {}, {}
    for event in found:
        token = token_of(event)
        law = instrument(event, token)
        if law is None:
            kept.append(event)
            continue
        act = enacted(law, absorbed or {})
        if act is None and _aimed(event, law):
            kept.append(event)  # "approved a law granting *the opposition* seats": it acts on the party it names
            continue
        if act is None:
            dropped[id(event)] = f"law-making: '{event.actor.text}' {token.text} its own legal instrument " \
                                 f"'{law.text}', which supports no party (what it does is coded by its own words)"
            continue
        word, entry = act
        retyped[id(event)] = as_act(
            event, entry, why=f"{event.why}; law-making: '{law.text}' does what '{word.text}' says "
                              f"({entry.event_type}), so its approval is that act")
        kept.append(retyped[id(event)])
    return kept, dropped, retyped


def as_act(event: Event, entry: Entry, **changes) -> Event:
    """`event` coded as the act of lexicon entry `entry` (its type, mode, CAMEO code, Goldstein score and quad
    class), with `changes` (its `why`, a status): an approval that is the act it approves (here and
    `dyads.approvals`)."""
    code = cameo.lookup(entry.cameo)
    return replace(event, event_type=entry.event_type, mode=entry.mode or None, cameo=entry.cameo,
                   goldstein=code.goldstein, quad_class=code.quad_class, **changes)
