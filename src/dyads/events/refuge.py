"""Refuge a state grants (CAMEO 075 grant asylum, PLOVER AID): told in the passive with no agent ("two activists
were granted asylum in Germany"), the state where it was granted granted it (`candidate._venue`); the refuge and the
place are not whom it was given to.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.syntax import children_with, is_passive, is_reduced_passive, prep_objects
from dyads.lexicon import Entry
from dyads.senses import word_classes

# What only a state grants to those who come to it (light-verb objects: "granted *asylum*"): in the passive with no
# agent, the state where it was granted ("in Germany") granted it.
REFUGE_GRANT_CLASS = "refuge_grant"


def granted_refuge(token: Token, entry: Entry) -> bool:
    """True for a passive grant with no by-agent of what only a state gives those who come to it (light-verb object
    of word class `refuge_grant`: asylum, refuge; CAMEO 075): "two activists were granted asylum". Who
    granted it is the state where it was granted, when a place says so (`candidate._venue`); never the story's setting or the
    patients' own state (refugees leave their own)."""
    if not entry.object or entry.object.lower() not in word_classes()[REFUGE_GRANT_CLASS] or token.pos_ != "VERB":
        return False
    return (is_passive(token) or is_reduced_passive(token)) and not prep_objects(token, ("by",))


def refuge_given(token: Token, entry: Entry) -> set[int]:
    """Tokens of the refuge a passive grant gives and of where it is given ("were granted *asylum in Germany*"):
    neither is whom it is given to."""
    if not granted_refuge(token, entry):
        return set()
    given = [o for o in children_with(token, ("dobj",)) if o.lemma_.lower() == entry.object.lower()]
    return {t.i for o in given for t in o.subtree} | {t.i for p in prep_objects(token, ("in",)) for t in p.subtree}
