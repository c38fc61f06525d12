"""Recipients a clause names only indirectly. The object of a relative clause is the noun it describes ("three
Chinese companies *it accused* of supplying parts to Russia": the companies, not Russia), and a party in the
phrase of another verb joined to the trigger is not its recipient ("resigned and fled *to India*"). Requests for an act whose agent is its "of" phrase ("called for the
*withdrawal of US troops*"): the request is aimed at that agent (nouns in `data/agent_of_nouns.csv`).

Reactions to an earlier event: "Iraq condemned *the strike*", "Argentina denied *the charge*",
"a claim the group denies". The stance is aimed at the author of the act or statement the noun refers back to,
which an earlier sentence (or clause) reports; the clause itself names no recipient.

The nouns and the types of event each may refer to are data (`data/event_anaphors.csv`). A reaction takes as
recipient the actor of the latest earlier event of one of those types, in its sentence or the three before, by a
party of another country; when there is none, the event is left as it was.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
from dataclasses import replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dyads import actors, confidence, events, nlp, roles, status
from dyads.actors.tables import agent_nouns
from dyads.records import Event, Party
from dyads.senses import judgement_words

# Stances toward a party whose object may be an earlier act or claim ("condemned the strike").
REACTION_TYPES = frozenset(("ACCUSE", "REJECT", "SUPPORT"))
# A recipient the clause did not name: none, the actor's own state by default, or a party of another phrase.
UNNAMED_WHY = ("no recipient named",)
LOOSE_TIER = "recipient from elsewhere in the clause"
COMPLEMENT_TIER = "recipient from the trigger's complements"
REFERRING_DETS = frozenset(("the", "this", "that", "these", "those"))
# Possessive pronouns that name the author of an earlier act ("dismissed *its* call", "rejected *their* demand").
REFERRING_POSSESSIVES = frozenset(("its", "their", "his", "her"))
SENTENCES_BACK = 3
# Dependencies of a verdict's name on its copula ("the move was *illegal*", "was *a provocation*").
VERDICT_DEPS = ("acomp", "attr")
# Verbs of denial: with no party as their object they answer an earlier accusation.
DENIAL_LEMMAS = frozenset(("deny", "refute", "dismiss"))
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG"))


@functools.cache
def nouns() -> dict[str, frozenset[str]]:
    """Event-anaphor nouns (`data/event_anaphors.csv`): noun -> the event types it may refer back to."""
    text = resources.files("dyads.data").joinpath("event_anaphors.csv").read_text("utf-8")
    return {row["noun"].strip().lower(): frozenset(row["antecedent_types"].split())
            for row in csv.DictReader(io.StringIO(text)) if row["noun"].strip()}


def anaphor_of(trigger: Token) -> Token | None:
    """The noun by which a reaction's trigger refers to an earlier event: its definite object ("condemned the
    strike") or the noun its relative clause or its participle with a by-agent describes ("a charge the army
    denies", "a charge refuted by X"), else None."""
    known = nouns()
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in known \
                and any(d.dep_ == "det" and d.lower_ in REFERRING_DETS
                        or d.dep_ == "poss" and d.lower_ in REFERRING_POSSESSIVES for d in child.children):
            return child
        if child.dep_ == "dobj" and child.lower_ in known and child.i < trigger.i and _set_off(child):
            return child  # "X says Y, *a charge* Z denies": the parser took the apposition for the object
    if trigger.head.lower_ in known and (trigger.dep_ == "relcl" or trigger.dep_ == "acl" and trigger.tag_ == "VBN"
                                         and any(c.dep_ == "agent" for c in trigger.children)):
        return trigger.head  # "a charge the army denies", "a charge *refuted by* Russia"
    # "said *the sanctions* were illegal": a verdict's name (or a modifier of it) refers by the copula's subject
    verdict = trigger if trigger.dep_ in VERDICT_DEPS else trigger.head if trigger.head.dep_ in VERDICT_DEPS else None
    if verdict is not None:
        subject = next((c for c in verdict.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in known and any(
                d.dep_ == "det" and d.lower_ in REFERRING_DETS for d in subject.children):
            return subject
    return None


def _open_recipient(event: Event) -> bool:
    if event.recipient is None:
        return True
    return (event.recipient.why or "").startswith(UNNAMED_WHY) or LOOSE_TIER in event.why


def _indirect(event: Event) -> bool:
    """True when the event's recipient is none, a default, or taken from beyond the trigger's direct object."""
    return _open_recipient(event) or COMPLEMENT_TIER in event.why


def _antecedent(event: Event, kinds: frozenset[str], found: list[Event]) -> Event | None:
    """The latest earlier event of one of `kinds` by a party of another country than the event's actor, or of
    its own country when one of the two is no organ of the state ("Tunisian police arrested X ... the opposition
    party called the arrest an escalation", "rebels freed hostages ... the president welcomed the gesture")."""
    mine = {event.actor.code, event.actor.country} - {None}
    best = None
    for other in found:
        if other.trigger.start >= event.trigger.start or other.sentence_index < event.sentence_index - SENTENCES_BACK:
            continue
        if other.event_type not in kinds or other.status != "occurred" or other.actor is None \
                or other.actor.code is None:
            continue
        if {other.actor.code, other.actor.country} & mine and not _other_side_at_home(event.actor, other.actor):
            continue
        if best is None or other.trigger.start > best.trigger.start:
            best = other
    return best


def _other_side_at_home(mine: Party, other: Party) -> bool:
    """True when two parties of one country are on different sides: one of them no organ of the state (an
    opposition party, rebels or civilians facing the police or the government)."""
    return bool(mine.sector and other.sector) and mine.sector != other.sector \
        and not (mine.sector in STATE_SECTORS and other.sector in STATE_SECTORS)


def _own_side_denied(event: Event) -> bool:
    """A rejection whose recipient is open or of the actor's own country ("denied any link to the rebels")."""
    if event.event_type != "REJECT" or event.actor is None or not event.actor.code:
        return False
    return _indirect(event) or event.recipient is not None and event.recipient.country is not None \
        and event.recipient.country == event.actor.country


def _denied_accuser(event: Event, found: list[Event]) -> Event:
    """"X accused Y of backing the rebels ... Y denied any link to them": a denial with no party as its object
    answers the latest earlier accusation aimed at the denier's country by another country."""
    mine = event.actor.country or event.actor.code
    best = None
    for other in found:
        if other.trigger.start >= event.trigger.start or other.sentence_index < event.sentence_index - SENTENCES_BACK \
                or other.event_type != "ACCUSE" or other.status != "occurred" or other.actor is None \
                or other.recipient is None or other.actor.code is None:
            continue
        if (other.recipient.country or other.recipient.code) != mine or (other.actor.country or other.actor.code) == mine:
            continue
        if best is None or other.trigger.start > best.trigger.start:
            best = other
    if best is None:
        return event
    why = f"denies what '{best.actor.text}' accused it of ('{best.trigger.text}'): the accuser; {best.actor.why}"
    return with_recipient(event, replace(best.actor, why=why), why, found="inferred")


def _possessed(noun: Token) -> bool:
    return any(d.dep_ == "poss" and d.lower_ in REFERRING_POSSESSIVES for d in noun.children)


def _set_off(noun: Token) -> bool:
    """True for an indefinite noun phrase set off by a comma ("..., *a claim* the group denies")."""
    first = noun.left_edge
    return first.i > 0 and noun.doc[first.i - 1].text == "," and first.lower_ in ("a", "an")


def _claimant(noun: Token) -> Span | None:
    """Who made the claim an appositive noun sums up: "*Chile* says Peru hides the rebels, *a charge* Lima denies"
    (the subject of the speech verb whose reported clause the noun stands beside), else None."""
    if noun.dep_ != "appos" and not _set_off(noun):
        return None
    node, say_verbs = noun.head, status.words().say_verbs
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and node.lemma_ in say_verbs:
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            return events.phrase(subjects[0]) if subjects else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def requested_agent(trigger: Token) -> Span | None:
    """The agent of the act a request asks for: "called for *the withdrawal of US troops*", "demanded the
    resignation of the minister" (the "of" phrase of an agent noun that is the request's object), else None."""
    for child in trigger.children:
        nouns_ = [child] if child.dep_ == "dobj" else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "for" else []
        for noun in nouns_:
            if noun.lemma_.lower() not in agent_nouns():
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return events.phrase(obj)
    return None


def with_recipient(event: Event, recipient: Party, why: str, *, found: str) -> Event:
    """The event with a recipient a rule read off the sentence or its neighbours (`found` says how): its evidence
    counts it as a direct argument (tier 0), unlike `story_recipients.with_inferred_recipient`'s guesses."""
    known = event.evidence
    if known is not None:
        # the recipient comes from the trigger's own object, a direct argument (tier 0)
        known = replace(known, recipient_tier=0, recipient_found=found, recipient_sector=recipient.sector or "",
                        recipient_pronoun=False, same_country=False)
    return replace(event, recipient=recipient, why=f"{event.why}; recipient: {why}", evidence=known,
                   confidence=confidence.score(known) if known is not None else event.confidence,
                   event_id=hashlib.sha1(f"{event.event_id}|{recipient.code}|{recipient.start}".encode())
                   .hexdigest()[:16])


def relative_object(trigger: Token) -> Span | None:
    """The noun a relative clause's verb takes as its object ("the companies it accused", "a ship the navy
    seized"): the clause has its own subject and no object of its own (None otherwise)."""
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB" or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return None
    deps = {c.dep_ for c in trigger.children}
    if "nsubj" not in deps or deps & {"dobj", "nsubjpass", "ccomp", "xcomp"}:
        return None
    if any(c.dep_ == "relcl" for c in trigger.head.children if c.i < trigger.i):
        return None
    return events.phrase(trigger.head)


def _recipient_from(event: Event, span: Span | None, resolver: actors.DocumentResolver, why: str) -> Event:
    """The event with the party `span` names as its recipient, when it names one other than the actor."""
    party = resolver.resolve(span, role="recipient") if span is not None else None
    if party is None or party.code is None or party.code == event.actor.code:
        return event
    return with_recipient(event, party, f"{why}: {party.why}", found="named")


def _relative(event: Event, trigger: Token, resolver: actors.DocumentResolver) -> Event:
    return _recipient_from(event, relative_object(trigger), resolver,
                           f"object of the relative clause '{trigger.text}'")


def _requested(event: Event, trigger: Token, resolver: actors.DocumentResolver) -> Event:
    span = requested_agent(trigger)
    why = f"agent of the '{span.root.head.head.text}' asked for" if span is not None else ""
    return _recipient_from(event, span, resolver, why)


def _without_other_predicates(event: Event, doc: Doc) -> Event:
    """An event without a recipient taken from a verb conjoined after its trigger (see roles)."""
    if event.recipient is None or LOOSE_TIER not in event.why:
        return event
    span = nlp.char_span(doc, event.trigger.start, event.trigger.end)
    if span is None or not roles.of_conjoined_predicate(event.recipient, span.root):
        return event
    known = event.evidence
    if known is not None:
        known = replace(known, recipient_tier=-1, recipient_found="none", recipient_sector="",
                        recipient_pronoun=False, same_country=False)
    return replace(event, recipient=None, evidence=known,
                   why=f"{event.why}; recipient: '{event.recipient.text}' belongs to another verb joined to "
                       f"'{event.trigger.text}', no recipient of its own",
                   confidence=confidence.score(known) if known is not None else event.confidence,
                   event_id=hashlib.sha1(f"{event.event_id}|no recipient".encode()).hexdigest()[:16])


def resolve(found: list[Event], doc: Doc, resolver: actors.DocumentResolver) -> list[Event]:
    """The events with indirectly named recipients filled in (see the module doc)."""
    out = []
    for event in found:
        event = _without_other_predicates(event, doc)
        open_ = event.actor is not None and event.actor.code and _indirect(event)
        span = nlp.char_span(doc, event.trigger.start, event.trigger.end) if open_ else None
        if span is not None and (named := _relative(event, span.root, resolver)) is not event:
            event = named
        elif span is not None and event.event_type == "REQUEST" and event.recipient is None:
            event = _requested(event, span.root, resolver)
        elif span is not None and event.event_type in REACTION_TYPES and _open_recipient(event):
            noun = anaphor_of(span.root)
            if noun is not None and event.event_type == "SUPPORT" and _possessed(noun):
                noun = None  # "defended *its* decision", "stood by *its* plan": most often the actor's own
            before = _antecedent(event, nouns()[noun.lower_], found) if noun is not None else None
            if before is not None:
                why = f"'{noun.text}' refers to {before.event_type} '{before.trigger.text}' by " \
                      f"'{before.actor.text}': its author; {before.actor.why}"
                event = with_recipient(event, replace(before.actor, why=why), why, found="inferred")
            elif noun is not None and "ACCUSE" in nouns()[noun.lower_]:
                claimant = _claimant(noun)
                event = _recipient_from(event, claimant, resolver,
                                        f"'{noun.text}' sums up what '{claimant.text}' said" if claimant else "")
            elif noun is None and span.root.lemma_.lower() in DENIAL_LEMMAS:
                event = _denied_accuser(event, found)
        elif span is not None and event.event_type in REACTION_TYPES and COMPLEMENT_TIER in event.why \
                and judgement_words(span.root) and (noun := anaphor_of(span.root)) is not None \
                and (before := _antecedent(event, nouns()[noun.lower_], found)) is not None:
            # "called the strike *a crime against the Kurdish people*": a party in the name given to an earlier
            # act is its victim; the act's author is the one criticised
            why = f"'{noun.text}' refers to {before.event_type} '{before.trigger.text}' by " \
                  f"'{before.actor.text}': its author, not a party of the name it is given; {before.actor.why}"
            event = with_recipient(event, replace(before.actor, why=why), why, found="inferred")
        elif _own_side_denied(event) and (span := doc.char_span(event.trigger.start, event.trigger.end,
                                                                  alignment_mode="expand")) is not None \
                and span.root.lemma_.lower() in DENIAL_LEMMAS and anaphor_of(span.root) is None:
            event = _denied_accuser(event, found)  # "denied any link *to the rebels*": not whom it answers
        out.append(event)
    return out
