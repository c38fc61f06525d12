"""The broker named on a deal is no side of its signing.

"Ghana and Togo signed a *UN*-brokered ceasefire", "the two sides accepted an *Egyptian*-mediated truce": the name
hyphenated onto a participle of brokering or mediating (senses class `mediating_participle`) before the object of
the verb says who arranged the deal, not who the signatories sign it with. When several coordinated parties sign or
accept it (a mutual act: agreeing, supporting, cooperating), they do so with one another (coding guide: "Russia and Turkey agreed" is one symmetric event), and the
broker's own act is its mediation (CAMEO 045), coded from its own clause when one reports it.
"""
from __future__ import annotations

from dyads import actors, events
from dyads.events.convened_sides import meeting_noun
from dyads.records import Party
from dyads.roles import party_root
from dyads.senses import in_class

MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod", "punct")


def brokered(party: Party, cand: events.Candidate) -> bool:
    """True when the party is the name before a brokering participle on the trigger's object: its own words, or
    the author read from the object's modifiers ("a *UN*-brokered ceasefire" resolved to its author)."""
    if cand.entry.pos != "VERB" or cand.entry.event_type not in events.RECIPROCAL_TYPES:
        return False  # "rejected the UN-brokered plan" is aimed at whoever stands behind it
    root = party_root(party, cand.sentence.doc)
    if root is None:
        return False
    author = (party.why or "").startswith(actors.AUTHOR_WHY)
    for obj in (c for c in cand.trigger.children if c.dep_ == "dobj"):
        for noun in (obj, *(c for c in obj.children if c.dep_ == "compound")):
            for part in noun.children:
                if not (part.dep_ == "amod" and part.tag_ == "VBN" and part.i < noun.i
                        and in_class(part, "mediating_participle")):
                    continue
                if noun.left_edge.i <= root.i < part.i and root.dep_ in MODIFIER_DEPS:
                    return True  # the broker's name itself
                if author and root.i in (obj.i, noun.i) and not any(c.dep_ == "prep" and c.lower_ == "by"
                                                                    for c in noun.children):
                    return True  # the object resolved to its author, the broker named before the participle
    return False


def convened_meeting(cand: events.Candidate) -> bool:
    """True when the trigger is a participle of mediating or hosting (senses class `mediating_participle`) whose
    by-agent convenes a meeting of others: "ten days of talks *mediated by* the AU", "the talks were *hosted by*
    Egypt". The mediator is no side of the talks and acts on the sides, who need not be named in its sentence: as for
    "UN-sponsored talks", they are the country the story is about (`pipeline._sides_of_setting`)."""
    return cand.entry.pos == "VERB" and cand.entry.event_type == "CONSULT" \
        and meeting_noun(cand.trigger) is not None
