"""Who protests when no protester is named: the people of the place where the protest happened, found beyond the
protest noun's own phrase, or else of the country where the story is set.

The coding guide makes unnamed crowds and rioters the civilians of their country ("protesters in Tehran" are IRN),
as `actors` already does for the word "protesters" with no country (it acts where the story is set). A protest
noun with no protester at all ("the protests began on May 3", "rioting broke out") is the same crowd left
unsaid. Only gatherings of people count (`CROWD_MODES`, `UPRISING_LEMMAS`): a strike or a boycott with no one
named may be anyone's.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads import actors, events
from dyads.actors.tables import country_name
from dyads.events.noun_args import in_time_phrase
from dyads.events.syntax import prep_objects
from dyads.records import Party

# Lexicon modes of PROTEST nouns that name a crowd gathering ("demonstration", "rally"; "riot", "unrest").
CROWD_MODES = ("demo", "riot")
# PROTEST nouns of no mode that name a popular rising ("a popular revolt forced the leader out").
UPRISING_LEMMAS = frozenset(("uprising", "revolt", "insurrection"))
# Prepositions that place a protest ("protests *in* Tehran", "demonstrations *across* Colombia").
PLACE_PREPS = ("in", "across", "throughout", "at")
# Determiners of a phrase naming again something the story told before.
DEFINITE_DETERMINERS = frozenset(("the", "this", "that", "these", "those"))
# Dependency labels of a verb's object: a verb with one does something to it, it does not say where.
OBJECT_DEPS = ("dobj", "attr", "oprd")


def crowd_noun(cand: events.Candidate) -> bool:
    """True for a PROTEST noun naming a crowd gathering or a popular rising, not one that only dates another act
    ("arrested *during* protests")."""
    entry = cand.entry
    if entry.event_type != "PROTEST" or entry.pos != "NOUN" or in_time_phrase(cand.trigger):
        return False
    return entry.mode in CROWD_MODES or (not entry.mode and cand.trigger.lemma_.lower() in UPRISING_LEMMAS)


def places_beyond(trigger: Token) -> list[Token]:
    """Where a protest noun happened, said outside its own phrase: by a participle describing it ("a protest
    *held at* X"), by the intransitive verb it is the subject of ("protests *erupted in* X"), or by the place a
    where-clause it is in describes ("X, *where* protests have raged")."""
    out: list[Token] = []
    for child in trigger.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            out += prep_objects(child, PLACE_PREPS)
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return out
    out += prep_objects(verb, PLACE_PREPS)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
        out.append(verb.head)
    return out


def crowd_beyond(cand: events.Candidate, resolver: actors.DocumentResolver) -> Party | None:
    """The people of the place `places_beyond` finds for a crowd protest noun with no protester phrase."""
    if not crowd_noun(cand) or _protester_named(cand):
        return None
    for place in places_beyond(cand.trigger):
        found = resolver.authorities(events.phrase(place), action=cand.trigger.text)
        if found is not None:  # the party stands on the place, which is then no recipient
            return replace(_civilians(found.code, cand.trigger, f"the protest happened at '{place.text}'"),
                           text=found.text, start=found.start, end=found.end)
    return None


def crowd_of_setting(cand: events.Candidate, resolver: actors.DocumentResolver) -> Party | None:
    """The people of the story's setting, for a new crowd protest reported with no protester phrase and no place
    ("protests broke out on May 3"), as for "protesters" named with no country."""
    if not crowd_noun(cand) or _protester_named(cand) or resolver.setting is None or not _reported_anew(cand.trigger):
        return None
    return _civilians(resolver.setting, cand.trigger,
                      f"no place named: where the story is set ({resolver.setting_why or 'its setting'})")


def _reported_anew(noun: Token) -> bool:
    """True for an indefinite protest noun that does something or by which something is done ("*a popular revolt*
    forced him out", "highlighted *by street protests*"): a new protest reported. A definite one ("*the* protests
    have become divisive") names again one the story told before, and an object ("organised protests", "the
    beginning of protests") is no report that one happened."""
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return False
    return noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.dep_ == "agent")


def _protester_named(cand: events.Candidate) -> bool:
    """True when an actor phrase names who protested, whether or not it resolved ("Friends of X staged a
    protest"); a common word modifying the protest noun says what kind it is ("*street* protests"), a name or
    a people's adjective says whose ("*Arab* revolts")."""
    return any(not (span.root.head.i == cand.trigger.i and span.root.dep_ in ("compound", "amod")
                    and span.root.pos_ in ("NOUN", "ADJ") and len(span) == 1 and not span.root.ent_type_
                    and (span.root.is_sent_start or not span.root.text[:1].isupper()))
               for tier in cand.actors for span in tier)


def _civilians(country: str, trigger: Token, how: str) -> Party:
    return Party(trigger.text, trigger.idx, trigger.idx + len(trigger.text), country_name(country), country,
                 country, "CVL", f"no protester named: the people of {country}; {how}")
