"""Where a meeting is held is not whom the parties meet.

"The ministers will meet *in Sochi*", "talks opened *in Switzerland*", "held talks *at* the Kremlin in *Moscow*": a
place named by a locative preposition on a meeting (its verb, its noun, or the verb whose subject or object the
meeting noun is) says where the parties met, as "the *Moscow* talks" does (coding guide: a place is a party only
when it stands for its government or people; PLOVER CONSULT codes the parties that meet, not the venue). A party
whose phrase is not itself the place ("met *the opposition in Vienna*") stays.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import actors, events
from dyads.records import Party
from dyads.roles import party_root

# Events whose "in"/"at" place is their venue (the parties meet or settle there).
VENUE_TYPES = frozenset(("CONSULT",))
LOCATIVE_PREPS = frozenset(("in", "at", "inside"))
# How a party's `why` starts when the phrase names a place (a state, a capital, a city or a region by its name).
PLACE_WHYS = ("country '", "capital '", "city '", "region '")
# Links from a place name up to its preposition: "in *Sochi*", "in the resort *of* Sochi", "in Sochi*,* Russia".
PLACE_CHAIN_DEPS = frozenset(("pobj", "appos", "compound", "conj"))
# How a meeting noun hangs on the verb whose place phrase it shares ("*talks* opened in X", "*held talks* in X").
NOUN_OF_VERB_DEPS = frozenset(("nsubj", "nsubjpass", "dobj"))
MAX_STEPS = 6
PLURAL_TAGS = ("NNS", "NNPS")


def _meeting_heads(trigger: Token, pos: str) -> set[int]:
    """The tokens whose locative phrases place the meeting: the trigger, and for a meeting noun the verb it is the
    subject or object of."""
    heads = {trigger.i}
    if pos == "NOUN" and trigger.dep_ in NOUN_OF_VERB_DEPS:
        heads.add(trigger.head.i)
    return heads


def held_at(party: Party, cand: events.Candidate, acts: list[Party]) -> bool:
    """True when a recipient names the place where a meeting is held, not a party to it: the phrase of a locative
    preposition on the meeting is the place's own name ("in Sochi") or a place noun ("in the Russian resort of
    Sochi", "at the Turkish capital"), and the place is the actor's own country (a host meets its guests at home)
    or several parties meet there ("the ministers will meet in X": they meet one another). One party meeting abroad
    ("the Chilean minister met in Bolivia") may well meet its hosts: the place stays."""
    if cand.entry.event_type not in VENUE_TYPES or not acts:
        return False
    if not ({a.country for a in acts} & {party.country} - {None} or _several(acts, cand)):
        return False
    root = party_root(party, cand.sentence.doc)
    token, steps = root, 0
    while token is not None and token.dep_ in PLACE_CHAIN_DEPS | {"prep"} and steps < MAX_STEPS:
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ in LOCATIVE_PREPS:
            named = token.i == root.i and (party.why or "").startswith(PLACE_WHYS)
            return prep.head.i in _meeting_heads(cand.trigger, cand.entry.pos) and (named or _place_noun(token))
        if token.dep_ == "prep" and token.lower_ != "of":
            return False  # only "the resort *of* Sochi" leads on to the preposition of its place noun
        token, steps = prep, steps + 1
    return False


def _several(acts: list[Party], cand: events.Candidate) -> bool:
    """True when the actor phrase names several parties (coordinated, or a plural noun: "the three powers")."""
    if len(acts) > 1:
        return True
    root = party_root(acts[0], cand.sentence.doc)
    return root is not None and (root.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in root.children))


def _place_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and actors.noun_classes().get(token.lower_) == "place"
