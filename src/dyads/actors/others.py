"""A state named as another than the one in view: "Russia threatened *another country*", "troops from *other
nations*", "fled to *the neighbouring country*".

"Another", "other", "foreign", "neighbouring" before a noun of whole states (`vocab.DEFINITE_STATE_NOUNS`,
`vocab.SELF_STATE_LEMMAS`) contrast the state with the one the sentence or story is about: such a phrase is never
given the actor's own country (`home_parties.at_home`) nor the story's setting (`countries._in_setting`). With no
name of its own it stays unresolved, for the other rules (or the story) to find whom it means.
"""
from __future__ import annotations

from dyads.actors.vocab import DEFINITE_STATE_NOUNS, OTHER_STATE_MODIFIERS, SELF_STATE_LEMMAS

STATE_NOUNS = DEFINITE_STATE_NOUNS | SELF_STATE_LEMMAS
PUNCTUATION = "'’\".,;:"


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def other_state(text: str) -> bool:
    """True for a phrase whose head is a noun of whole states set apart by "another", "other", "foreign" or
    "neighbouring" ("another country", "other neighbouring nations"; not "the Foreign Office", "other protesters")."""
    words = [w.strip(PUNCTUATION).lower() for w in text.split()]
    words = words[:words.index("of")] if "of" in words else words
    if len(words) < 2 or _singular(words[-1]) not in STATE_NOUNS:
        return False
    return any(w in OTHER_STATE_MODIFIERS for w in words[:-1])
