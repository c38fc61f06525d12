"""Events aimed at nobody: what is left with no recipient once every rule that looks for one has run (the clause,
anaphors, lost ground, the story's likely counterpart) and whose act is by nature aimed at a party codes nothing.

- A stance told by an adjective (willing, ready, opposed, grateful): "said it was ready to sign an agreement", "is
  prepared to move quickly" offers nothing to anyone (the coding guide takes stated willingness as an offer to a
  party, optional at best); one whose act names a partner, coded or not ("ready to resume talks with the
  government"), is kept.
- Support given to nobody (`TARGETED_TYPES`): a verb of support ("lauded record progress", "hailed the
  operation") with no party found that is supported is no dyad (the guide names PROTEST, MOBILIZE and some RETREAT
  as the types that normally need no recipient; condolences to victims of no country named are optional SUPPORT at
  most). Backing a plan, treaty or proposal backs its authors, named or not, and an object with an owner ("praised
  *his* courage") names whom the act is aimed at: both are kept. Other types keep their events with no recipient: a
  refusal to meet or sign, a closure of one's own frontier, a concession or an attack with no target named are coded
  so (coding guide, CAMEO proxy gold).
- The press as audience (`press_audience`): "officials who spoke to Reuters", "told ABC News that agents should
  have been there", "telling reporters that ...": what a party tells journalists is addressed to the public, no
  meeting with the press nor request to it (word class `press_speech`; arrests, bans and attacks on journalists are
  coded as ever).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from dyads import senses
from dyads.records import Event, Party

# Types whose act is given to a party: with none found, no event; only as told by a verb ("praised the reforms", not
# a noun in passing: "after the ratification"). Aid is coded with no recipient named (a rescue, an evacuation).
TARGETED_TYPES = ("SUPPORT",)
TARGETED_POS = ("VERB",)
# Prepositions by which an offered act names its partner ("ready to resume talks *with* the government").
PARTNER_PREPS = ("with", "between")
# Types that a statement told to journalists is wrongly taken for, the journalists' sector, and the verbs of telling.
PRESS_AUDIENCE_TYPES = ("CONSULT", "REQUEST")
PRESS_SECTOR = "MED"
PRESS_SPEECH = "press_speech"
# Dependencies of a trigger's object, whose owner ("praised *his* courage") is a party the act is aimed at.
OBJECT_DEPS = ("dobj",)
# Types whose backing of a plan, treaty or proposal is aimed at its authors even when none is named, and their class.
TEXT_BACKING_TYPES = ("SUPPORT",)
ENDORSED_TEXT = "endorsed_text"
# Type of drafting or sponsoring a text a body votes on (word class `voted_text`): an appeal to that body or its target.
SPONSORING_TYPES = ("REQUEST",)
VOTED_TEXT = "voted_text"
# Entry parts of speech whose stance needs a party whatever the type (an adjective: "willing", "opposed").
STANCE_POS = ("ADJ",)


def aimed_at_nobody(event: Event, trigger: Token | None = None) -> bool:
    """True for an event with no recipient whose act needs one (a stance adjective, or a type aimed at a party),
    unless its object names an owner the act is aimed at that no rule could code ("praised *his* courage")."""
    if event.recipient is not None or (trigger is not None and _owned_object(trigger)):
        return False
    if event.event_type in TEXT_BACKING_TYPES and trigger is not None and _backs_a_text(trigger):
        return False
    if event.event_type in SPONSORING_TYPES and trigger is not None and _sponsors_a_text(trigger):
        return True  # "the resolution was drafted by X" with no body nor target found: appeals to no party named
    if event.evidence is not None and event.evidence.entry_pos in STANCE_POS:
        return trigger is None or not _partner_named(trigger)
    return event.event_type in TARGETED_TYPES and event.evidence is not None \
        and event.evidence.trigger_pos in TARGETED_POS


def unaddressed(events: Iterable[Event], token_of: Callable[[Event], Token | None] = lambda e: None) -> dict[int, str]:
    """By the id of each event aimed at nobody, why it codes nothing (`token_of` gives an event's trigger token)."""
    return {id(e): f"aimed at nobody: {_what(e)} with no party found that it is offered, given or addressed to"
            for e in events if aimed_at_nobody(e, token_of(e))}


def _backs_a_text(trigger: Token) -> bool:
    """True when the trigger's object (or passive subject) is a plan, treaty or proposal (word class `endorsed_text`):
    "which backs the plan", "supported the treaty" back its authors, named or not."""
    return any(c.dep_ in (*OBJECT_DEPS, "nsubjpass") and senses.in_class(c, ENDORSED_TEXT) for c in trigger.children)


def _sponsors_a_text(trigger: Token) -> bool:
    """True when the trigger drafts or sponsors a resolution (word class `voted_text`): "a resolution *drafted* by
    X", "X *sponsored* the resolution"."""
    return (trigger.dep_ == "acl" and senses.in_class(trigger.head, VOTED_TEXT)) or any(
        c.dep_ in (*OBJECT_DEPS, "nsubjpass") and senses.in_class(c, VOTED_TEXT) for c in trigger.children)


def _partner_named(adjective: Token) -> bool:
    """True when the act a stance adjective offers names its partner, coded or not ("ready to resume talks *with the
    government*"): the offer is made to someone."""
    return any(t.dep_ == "prep" and t.lower_ in PARTNER_PREPS and any(o.dep_ == "pobj" for o in t.children)
               for c in adjective.children if c.dep_ == "xcomp" for t in c.subtree)


def _owned_object(trigger: Token) -> bool:
    """True when the trigger's direct object has an owner ("praised *his* courage", "lauded *the envoy's* work")."""
    return any(c.dep_ in OBJECT_DEPS and any(d.dep_ == "poss" for d in c.children) for c in trigger.children)


def _what(event: Event) -> str:
    stance = event.evidence is not None and event.evidence.entry_pos in STANCE_POS
    return "a stance" if stance else event.event_type.lower()


def press_audience(event_type: str, trigger: Token, recipient: Party | None) -> bool:
    """True for a meeting or request read off a verb of telling whose recipient is the news media ("spoke to
    Reuters", "told reporters that ..."): the press is the statement's audience, no party of the event."""
    return event_type in PRESS_AUDIENCE_TYPES and recipient is not None and recipient.sector == PRESS_SECTOR \
        and trigger.pos_ in ("VERB", "AUX") and senses.in_class(trigger, PRESS_SPEECH)
