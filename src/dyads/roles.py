"""Argument checks on a candidate's parties: constructions whose subject undergoes the act ("received aid from Y",
"came under attack from Y", "were wounded by Y's shelling") and places that are where an act happens, not whom
it is aimed at (troops deployed "to the city")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads import actors, events
from dyads.records import Party

# Types whose places are where the act happens, never whom it is aimed at: troops deployed "to the city",
# protesters marching "from the town" or rallying "in the capital's square".
PLACE_IS_WHERE_TYPES = ("MOBILIZE", "PROTEST")
# Verbs whose subject undergoes the event named by their object ("received aid from", "won backing from",
# "suffered an attack by", "faced criticism from").
RECEIVING_LEMMAS = frozenset(("receive", "get", "obtain", "win", "enjoy", "gain", "suffer", "face", "endure"))
# Hostile acts whose patient is "under" them ("under attack from", "under investigation by", "under sanctions").
UNDERGONE_TYPES = ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION")


def party_root(party: Party, doc: Doc) -> Token | None:
    """The syntactic head of a party's phrase."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span.root if span is not None else None


def names_place(party: Party, cand: events.Candidate) -> bool:
    """True when a recipient's phrase is a place: it names a city or region acting as its people, or a place
    noun heads it or the phrase it sits in ("the port in northern X", "the northern X city of Y")."""
    if (party.why or "").startswith(("city '", "region '")):
        return True
    token = party_root(party, cand.sentence.doc)
    while token is not None and token.i != cand.trigger.i and token.pos_ in ("NOUN", "PROPN", "ADJ", "ADP"):
        if token.pos_ == "NOUN" and actors.noun_classes().get(token.lower_) == "place":
            return True
        token = token.head if token.head.i != token.i else None
    return False


def undergoing_verb(cand: events.Candidate) -> Token | None:
    """The verb whose subject undergoes the nominal event: "X received aid from Y", "X came under attack from
    Y", "X is under investigation by Y" (None for other triggers)."""
    trigger = cand.trigger
    if cand.entry.pos != "NOUN":
        return None
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in RECEIVING_LEMMAS:
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and cand.entry.event_type in UNDERGONE_TYPES:
        return trigger.head.head  # "under attack", "under siege", but "paid under a treaty" is no patient's
    return None


def subjects_of(verb: Token, resolver: actors.DocumentResolver) -> list[Party]:
    """The coded parties of a verb's subject."""
    return [p for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
            for p in resolver.resolve_all([events.phrase(s)], role="recipient") if p.code]


def outside(cand: events.Candidate, acts: list[Party]) -> bool:
    """True when the actors found stand outside the trigger's phrase: the subject of its verb (or what a pronoun
    subject stands for), not its own possessor, modifier or "from" phrase ("received *Peruvian* aid")."""
    inside = range(cand.trigger.left_edge.i, cand.trigger.right_edge.i + 1)
    roots = [party_root(a, cand.sentence.doc) for a in acts]
    return all(r is not None and r.i not in inside for r in roots)


def agent_of_noun(tier: list, cand: events.Candidate) -> bool:
    """True when the phrases of an actor tier are the "by" agent of the nominal trigger ("an attack *by drones*"):
    then the subject of the verb that governs the noun ("Russia responded to an attack by ...") is not its actor."""
    return cand.entry.pos == "NOUN" and bool(tier) and all(
        span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and span.root.head.head.i == cand.trigger.i
        for span in tier)


def of_conjoined_predicate(party: Party, trigger: Token) -> bool:
    """True when a party's phrase is an adjunct of another verb conjoined after the trigger ("resigned and fled
    *to India*", "pledged to curb arrivals and signed a deal *with Tunisia*"): that verb's argument, not the
    trigger's. The object of the second verb is shared when the trigger has none of its own ("condemned and rejected
*the decision*")."""
    token = party_root(party, trigger.doc)
    path = []
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        path.append(token)
        token = token.head
    if token is None or token.i == trigger.i or token.dep_ != "conj" or token.head.i != trigger.i:
        return False
    own_object = any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in trigger.children)
    return own_object or not (path and path[-1].dep_ == "dobj")
