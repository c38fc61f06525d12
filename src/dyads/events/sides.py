"""The sides of a mutual act told by a passive light verb with no agent: "talks *between X and Y* were held in
Doha", "talks were held in Doha *between X and Y*", "an agreement *between X and Y* was signed". The light verb
absorbs its act noun, so the sides named in the noun's "between" phrase (or the verb's) are the verb's actors. Only
for acts the sides do together (SIDE_TYPES): who cancels or suspends talks between X and Y is not told.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.syntax import children_with, is_passive, prep_objects
from dyads.events.triggers import is_object
from dyads.lexicon import Entry

# Prepositions that name the sides of a mutual act.
SIDE_PREPS = ("between", "among")
# Acts the sides named in a "between" phrase do together (holding talks, reaching or signing a deal).
SIDE_TYPES = ("CONSULT", "AGREE", "SUPPORT", "COOPERATE")
# Entity labels of what a "between" phrase names when it gives a span of time or an amount ("between May and June",
# "between 20 and 30 people"), not sides.
NOT_SIDES = ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL")


def _sides(token: Token) -> list[Token]:
    return [s for s in prep_objects(token, SIDE_PREPS) if s.ent_type_ not in NOT_SIDES and not s.like_num
            and s.pos_ in ("NOUN", "PROPN")]


def light_passive_sides(verb: Token, entry: Entry) -> list[Token]:
    """The sides of the act noun a passive light verb with no agent tells ("*talks between X and Y* were held", "talks
    were held in Doha *between X and Y*", "*an agreement between X and Y* was signed"): the noun's own "between"
    phrase, else the verb's."""
    if entry.event_type not in SIDE_TYPES or not is_passive(verb) or prep_objects(verb, ("by",)):
        return []
    for noun in children_with(verb, ("nsubjpass",)):
        if is_object(noun, entry):
            return _sides(noun) or _sides(verb)
    return []
