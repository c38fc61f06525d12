"""Where an act happens is not whom it is aimed at, when its target is named too.

"The UK is waging war against Islamic State *in Iraq and Syria*", "US forces opened fire on Russian troops
*in Afghanistan*": a state, capital, city or region named only as the object of a locative preposition ("in",
"inside", "within", "throughout") says where the act took place. When a phrase of the same recipient tier names a
target close to the trigger (its object, or a preposition's object on it or on its object), that party is the
recipient and the place is not (coding guide: a place is a party only when it stands for its
government or people; the target named beats the scene). With no such target the place stays (an attack "in X"
bears on X's people: `place_recipient`). A scene is not set aside to look for a target in a later tier: that lost a
PLOVER dev recipient (aggregate), so a fronted "In X, ..." still gives X when X's tier comes first.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import events
from dyads.records import Party
from dyads.roles import party_root

# Prepositions whose object is the scene of an act ("at" is not among them: "fired at X", "angry at X" aim at X).
SCENE_PREPS = frozenset(("in", "inside", "within", "throughout"))
# How a party's `why` starts when the phrase names a place by its name (a state, a capital, a city, a region).
PLACE_WHYS = ("country '", "capital '", "city '", "region '")
# Links from a place name up to its preposition: "in *Syria*", "in Iraq and *Syria*", "in northern *Syria*".
CHAIN_DEPS = frozenset(("conj", "appos", "compound"))


def _attached(party: Party, cand: events.Candidate) -> Token | None:
    """The word by which a party's phrase hangs in the clause: its root, up through coordinations, appositions
    and compounds ("in Iraq and *Syria*" -> "Iraq")."""
    token = party_root(party, cand.sentence.doc)
    steps = 0
    while token is not None and token.dep_ in CHAIN_DEPS and token.head.i != token.i and steps < 4:
        token, steps = token.head, steps + 1
    return token


def is_scene(party: Party, cand: events.Candidate) -> bool:
    """True when `party` names a place by its name and its phrase is the object of a scene preposition."""
    if not (party.why or "").startswith(PLACE_WHYS):
        return False
    token = _attached(party, cand)
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in SCENE_PREPS


def is_target(party: Party, cand: events.Candidate) -> bool:
    """True when `party` is named by no place name and is a close argument of the trigger: its object, or the
    object of a preposition on the trigger or on the trigger's object ("opened fire *on* X", "war *against* X").
    Only such a party displaces a scene; a party named farther off ("tensions between *the two countries* amid a
    campaign inside X") or a town ("a summit in the town *of Y*") does not."""
    if (party.why or "").startswith(PLACE_WHYS):
        return False
    token = _attached(party, cand)
    if token is None:
        return False
    trigger = cand.trigger
    if token.dep_ == "dobj":
        return token.head.i == trigger.i
    if token.dep_ != "pobj" or token.head.lower_ in SCENE_PREPS:
        return False
    host = token.head.head
    return host.i == trigger.i or (host.dep_ == "dobj" and host.head.i == trigger.i)


def targets_first(parties: list[Party], cand: events.Candidate) -> list[Party]:
    """`parties` without the scenes among them when a target is named beside them."""
    if not any(is_target(p, cand) for p in parties):
        return parties
    return [p for p in parties if not is_scene(p, cand)]

