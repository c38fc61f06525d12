"""Acts a governing trigger does not absorb because they are someone's own act told beside it, not a complement
that describes it: a crowd's present participle describing the people its noun names ("dispersed supporters
*protesting* against the results": the supporters protest).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.lexicon import NOT_AN_EVENT, Entry
from dyads.senses import in_class

CROWD_ACT = "crowd_act_participle"


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
