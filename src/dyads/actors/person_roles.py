"""Office-holders named only by their title and country as antecedents of "he" and "she".

"The Kenyan president spoke to reporters. *He* condemned Somalia": a singular title of one office-holder
("president", "foreign minister", "envoy": word class `one_person_role`) with the country that names it is one
person, so a person pronoun may refer back to it as it would to a named leader. A title that names a body
("the ministry", "the army") or several people ("officials") is no antecedent of "he" or "she". When the sentence
of the chosen antecedent names another person of another party, the reference is a guess between two people and
is given up (precision first: a pronoun resolved to the wrong party is worse than a miss).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dyads.actors.rules import Resolution, _compatible
from dyads.senses import word_classes

if TYPE_CHECKING:
    from dyads.actors.memory import Mention

PERSON_ROLE_CLASS = "one_person_role"


def one_person(res: Resolution) -> bool:
    """True when `res` names one office-holder by a title of a country's ("the Kenyan president"): a coded party
    whose role is a singular title of one person."""
    if res.role is None or res.party.code is None or res.kind in ("leader", "person"):
        return False
    title = res.role.text.lower()
    words = word_classes()[PERSON_ROLE_CLASS]
    return title in words or title.split()[-1] in words


def person_like(res: Resolution) -> bool:
    """A named person or leader, or one office-holder named by title and country: what "he" or "she" may mean."""
    return _compatible(res, "person") or one_person(res)


def contested(best: Mention, candidates: list[Mention], mentions: list[Mention], before: int) -> bool:
    """True when `best` is an office-holder named by title and another person could be meant: a person-like
    candidate of its sentence of another party ("the Kenyan president met Somalia's foreign minister. *He* said
    ..."), or any person named after it and before the pronoun at `before`, even one the pronoun's own clause
    rules out ("X wrote to Y urging *him*": Y, whom the pronoun cannot skip to reach an earlier title)."""
    if not one_person(best.res):
        return False
    if any(best.res.party.end <= m.start < before and person_like(m.res) for m in mentions):
        return True
    return any(m is not best and m.sentence == best.sentence and m.res.party.code != best.res.party.code
               and person_like(m.res) for m in candidates)
