"""Acts a governing trigger does not absorb because they are someone's own act told beside it, not a complement
that describes it: a crowd's present participle describing the people its noun names ("dispersed supporters
*protesting* against the results": the supporters protest), and a meeting or a protest that a no-event verb's subject
goes to ("arrived *for the rallies*", "sat down *for talks*": they rally, they talk).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.lexicon import NOT_AN_EVENT, Entry
from dyads.senses import in_class

CROWD_ACT = "crowd_act_participle"
# The preposition of purpose of a verb of going or settling ("arrived *for* the rallies", "left *for* a trip").
PURPOSE_PREP = "for"
# Verbs of going somewhere or settling down to something (word class).
GOING = "going_verb"
# Types of an act one goes to take part in: a meeting or visit, a demonstration.
ATTENDED_TYPES = ("CONSULT", "PROTEST")


def crowd_participle(node: Token) -> bool:
    """True for a present participle of a crowd's act (word class `crowd_act_participle`: protesting,
    demonstrating, marching, rallying) modifying a noun ("demonstrators *protesting* against the law"): the noun
    names who does it, there and then."""
    return node.dep_ == "acl" and node.tag_ == "VBG" and node.pos_ == "VERB" \
        and node.head.pos_ in ("NOUN", "PROPN") and in_class(node, CROWD_ACT)


def participle_of_doer(node: Token, triggers: dict[int, Entry]) -> bool:
    """True for a crowd's present participle (`crowd_participle`) describing what the people its noun names are
    doing ("dispersed thousands of supporters *protesting* against the vote"): the noun is the participle's subject,
    so the protest is theirs, an event of its own (guide: protesters' country); neither the noun nor the trigger
    governing the noun (the dispersal, the clash) absorbs it. Not under a noun that names an event of its own. Other
    participles ("rebels *fighting* X") describe their noun and stay as they were."""
    if not crowd_participle(node):
        return False
    head = triggers.get(node.head.i)
    return head is None or head.event_type == NOT_AN_EVENT


def attended_purpose(token: Token, entry: Entry, governor: Token, governing: Entry | None) -> bool:
    """True for a meeting or protest noun (`ATTENDED_TYPES`) in the purpose phrase of a verb of going or settling
    down (word class `going_verb`) that is no event here ("demonstrators were arriving *for the rallies*", "the
    sides sat down *for talks*", "left Managua *for a trip* to Mexico"): the verb's subject goes to take part, so the meeting or protest is its own act, which the verb
    neither describes nor absorbs (unlike "spoke *about* the talks", whose speaker takes no part in them)."""
    if governing is None or governing.event_type != NOT_AN_EVENT or entry.event_type not in ATTENDED_TYPES:
        return False
    prep = token.head
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and prep.lower_ == PURPOSE_PREP and prep.dep_ == "prep" \
        and prep.head.i == governor.i and governor.pos_ == "VERB" and in_class(governor, GOING)
