"""Expulsions from a state told in the passive with no agent ("a diplomat was expelled from the capital", "he was
deported from the country"): only the authorities of the state someone is sent out of can expel or deport them, so
the act is that state's, like an arrest told in the passive (coding guide, session 19), and the state left is where
it happened. Expelled from a party, a school or a town is no state's act."""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads.events.syntax import phrase, prep_objects
from dyads.actors.tables import index
from dyads.senses import in_class

# Verbs of sending someone out of a state (word class): "expelled", "deported", "banished", "exiled".
EXPULSION_CLASS = "expulsion_verb"
# Nouns that stand for the state itself as a territory ("from the country", "from the kingdom").
STATE_TERRITORY_CLASS = "state_territory"
# Kinds of actor-table names that stand for a state: its own name or its capital's.
STATE_NAME_KINDS = ("country", "capital")


def expelled_from(token: Token) -> Span | None:
    """The phrase naming the state a passive expulsion sends someone out of ("from Tehran", "from the country"), or
    None when the verb is no expulsion or the place left is not a state (a party, a town, a school)."""
    if not in_class(token, EXPULSION_CLASS):
        return None
    for place in prep_objects(token, ("from",)):
        if in_class(place, STATE_TERRITORY_CLASS) and not any(c.dep_ == "poss" for c in place.children) \
                or names_state(place):
            return phrase(place)
    return None


def names_state(token: Token) -> bool:
    """True for the name of a state or of its capital ("Peru", "Tehran"), per the actor tables."""
    if token.ent_type_ != "GPE":
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    name = (ent.text if ent is not None else token.text).removeprefix("the ")
    return any(e.kind in STATE_NAME_KINDS for e in index().entries(name))
