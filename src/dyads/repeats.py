"""One event per action: of the events of one sentence with one type and one pair of parties, the most salient
stands for the others, unless they are acts of their own.

"Venezuela expelled the ambassador and cut ties with Buenos Aires", "the government imposed a curfew and
restricted internet access": two verbs of one sentence, each with its own object, coordinated or in clauses of
their own, report two acts (the PLOVER coder writes one event per action), though their type and parties are the
same. Two uses of one verb ("registered a case ... and registered a case"), violent verbs (the stages of one
attack), a verb that only elaborates another ("shelled the town, *killing* five", "*captured and killed* 200": no
object of its own) and a noun restating a verb ("struck the airport, the first *attack* on the city") are the
same act told again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from dyads import evidence
from dyads.pairing import party_code
from dyads.records import Event, Party

# Dependencies by which a clause of its own joins another: coordinated ("expelled X *and cut* ties"), reported
# ("*and said* it was withdrawing its envoy").
OWN_CLAUSE_DEPS = ("conj", "ccomp", "parataxis")
# Dependencies of a verb's own object.
OBJECT_DEPS = ("dobj",)
# Types whose verbs joined in one sentence tell the stages of one incident ("attacked the house and beat him",
# "killed dozens and wounded hundreds"): one event, as the PLOVER coder codes one attack per incident.
INCIDENT_TYPES = ("ASSAULT",)


def one_per_action(events: Iterable[Event],
                   token_of: Callable[[Event], Token | None]) -> tuple[list[Event], dict[int, str]]:
    """The events to keep: per (sentence, type, actor, recipient; for the stages of one incident the parties' codes
    whatever their sectors) the most salient one (the first of equals), and
    any other whose trigger is a verb with an object of its own, in a clause of its own (`own_act`); with, by the
    id of each such other event, what its `why` should add."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        key = (event.sentence_index, event.event_type, *(_incident_party(p) if event.event_type in INCIDENT_TYPES
                                                         else party_code(p) for p in (event.actor, event.recipient)))
        groups.setdefault(key, []).append(event)
    out: list[Event] = []
    apart: dict[int, str] = {}
    for group in groups.values():
        ranked = sorted(group, key=lambda e: -evidence.salience(e))
        kept = ranked[:1]
        for event in ranked[1:] if ranked[0].event_type not in INCIDENT_TYPES else ():
            token = token_of(event)
            if token is not None and all(own_act(token, other) for o in kept if (other := token_of(o)) is not None) \
                    and all(token_of(o) is not None for o in kept):
                kept.append(event)
                apart[id(event)] = f"; an act of its own beside '{kept[0].trigger.text}' (same type and parties; " \
                                   f"own object, own clause)"
        out += kept
    return out, apart


def _incident_party(party: Party | None) -> tuple:
    """A side of one incident: its country or organisation code alone, whatever its sector ("an Israeli drone
    *strike* on a car *killed* a Hezbollah member": the car's people and the member are one side, LBN, of one
    attack); a party with no code is its own side."""
    if party is None or not party.code:
        return party_code(party) + ((party.start,) if party is not None else ())
    return (party.code,)


def own_act(a: Token, b: Token) -> bool:
    """True when two verb triggers report two acts: each has its own object and neither only elaborates the other
    (the path between them, if one governs the other, passes a coordination or a reported clause)."""
    if a.i == b.i or a.pos_ != "VERB" or b.pos_ != "VERB" or a.lemma_ == b.lemma_:
        return False
    if not (_object(a) and _object(b)):
        return False
    for low, high in ((a, b), (b, a)):
        if high in low.ancestors:
            deps, node = [], low
            while node.i != high.i:
                deps.append(node.dep_)
                node = node.head
            return any(d in OWN_CLAUSE_DEPS for d in deps)
    return True


def _object(verb: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS for c in verb.children)


def one_per_code_pair(events: Iterable[Event]) -> tuple[list[Event], dict[int, str], dict[int, str]]:
    """One event per trigger, type, status, actor and recipient code: "the president rejected a deal between the
    rebels and the government", "police detained a journalist and 53 protesters": one actor's action on parties
    that share their country code and differ only in sector is one event (the gold writes one line per
    actor-recipient pair of codes); so is a mutual act between two parties of one country coded both ways ("troops
    clashed with militants": X->X either way). Coordinated actors keep their own events ("Kabila and his defence
    minister accepted"). The most salient stands for the others. Returns the events kept; by the id of each kept
    event that stands for others, what its `why` should add; and by the id of each event folded into another, why
    it was dropped. Parties with no country code are never merged."""
    events = list(events)
    noted: dict[int, str] = {}
    folded: dict[int, str] = {}
    for key in (_one_actor, _either_way):
        groups: dict[object, list[Event]] = {}
        for event in events:
            groups.setdefault(key(event) or id(event), []).append(event)
        out: list[Event] = []
        for group in groups.values():
            ranked = sorted(group, key=lambda e: -evidence.salience(e))
            out.append(ranked[0])
            if len(ranked) > 1:
                others = ", ".join(f"'{_names(e)}'" for e in ranked[1:])
                noted[id(ranked[0])] = noted.get(id(ranked[0]), "") \
                    + f"; one event for its pair of codes (also {others})"
                for e in ranked[1:]:
                    folded[id(e)] = f"one event for its pair of codes: '{_names(e)}' is told by '{_names(ranked[0])}'"
        kept = {id(e) for e in out}
        events = [e for e in events if id(e) in kept]
    return events, {k: v for k, v in noted.items() if k not in folded}, folded


def _one_actor(event: Event) -> tuple:
    return (event.sentence_index, event.trigger.start, event.event_type, event.status, _span_of(event.actor),
            _code_of(event.recipient))


def _either_way(event: Event) -> tuple | None:
    """The key of a mutual act between two parties of one country, the same whichever of them is the actor."""
    if event.actor is None or event.recipient is None or not event.actor.code \
            or event.actor.code != event.recipient.code:
        return None
    return (event.sentence_index, event.trigger.start, event.event_type, event.status,
            frozenset((_span_of(event.actor), _span_of(event.recipient))))


def _span_of(party: Party | None) -> object:
    return "-" if party is None else (party.start, party.end, party.code)


def _code_of(party: Party | None) -> object:
    if party is None:
        return "-"
    return party.code if party.code else ("?", party.sector, party.start)


def _names(event: Event) -> str:
    return f"{event.actor.text if event.actor else '-'} -> {event.recipient.text if event.recipient else '-'}"
