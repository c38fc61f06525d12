"""Blame laid "on" a party: "the authorities blamed the death *on* unknown gunmen", "an attack police blamed *on* the
group". In "blame X on Y" X is the harm and Y the party accused (PLOVER ACCUSE: accusing a party of wrongdoing), the
reverse of "blame Y for X": the object (or the noun a relative clause describes) is no recipient, the object of "on"
is, and when that is an act named with its doer ("on an attack *by gunmen*") its doer is.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.syntax import children_with, event_agents, prep_objects
from dyads.senses import in_class

# Word class of the verbs that lay blame on a party with "on" (blame, pin).
BLAMING_CLASS = "blaming_on"
ON_PREPS = ("on", "upon")


def blamed_parties(verb: Token, direct: list[Token]) -> list[Token] | None:
    """The direct recipients of a verb of blaming with an "on" phrase: the party (or the doers of the act) blamed,
    in place of the harm blamed on it; None when the verb lays no blame "on" anyone."""
    if not in_class(verb, BLAMING_CLASS):
        return None
    accused = prep_objects(verb, ON_PREPS)
    if not accused:
        return None
    harms = {t.i for t in children_with(verb, ("dobj", "nsubjpass"))}
    if verb.dep_ == "relcl":
        harms.add(verb.head.i)  # "an arson attack *which police blamed on* the group": the attack is the harm
    doers = [a for o in accused for a in event_agents(o)]
    return (doers or accused) + [d for d in direct if d.i not in harms and d not in accused]
