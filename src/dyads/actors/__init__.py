"""Actor resolution: a party's words -> code, country, sector, canonical name and why.

Built-in tables live in `data/actors/` (countries with names, adjectives, people nouns and
capitals; organizations, media outlets and state bodies; dated leaders; sector words) and are
indexed once, together with any user actor lists (`actor_lists`), by `index()` (`tables`).

A phrase is matched word by word, longest alias first (`names`), and made a party by `rules`. What it *names*
(a person, a body, a state, a capital, a city, a nationality) gives the code and country; role words ("foreign
ministry", "troops") and modifiers ("former", "opposition", "rebel") give the sector, and generic roles
("spokesman", "officials") take it from the role or adjective before them ("police spokesman": COP).
`DocumentResolver` (`coreference`) adds what only the document knows: people introduced earlier
("President Javier Milei of Argentina" -> later "Milei"; `memory`), pronouns in actor slots (`pronouns`),
"the two presidents", capitals that are places rather than parties, and the country of a phrase
that names none (`countries`), phrases standing for a state ("the regime", "his country"; `states`), and
collective nouns named again ("the coalition", unnamed "militants"; `collectives`). Parse-tree helpers are in
`syntax`, word lists in `vocab`.
"""
from __future__ import annotations

from dyads.actors.coreference import AUTHOR_WHY, DocumentResolver
from dyads.actors.countries import AGENTLESS_WHY
from dyads.actors.memory import Group, Mention
from dyads.actors.names import Hit, match
from dyads.actors.regions import region_tokens
from dyads.actors.rules import Resolution, resolve_span, resolve_text, resolve_words, words_of_span
from dyads.actors.syntax import join_split_names
from dyads.actors.tables import (
    Index, Word, _read, builtin_pairs, cities, code_name, country_name, country_names, index, institution_words, normalize,
    noun_classes,
)

__all__ = [
    "AGENTLESS_WHY", "AUTHOR_WHY", "DocumentResolver", "Group", "Hit", "Index", "Mention", "Resolution", "Word", "builtin_pairs",
    "cities", "code_name", "country_name", "country_names", "index", "join_split_names", "match", "normalize",
    "resolve_span", "resolve_text",
    "resolve_words", "words_of_span", "noun_classes", "institution_words", "region_tokens",
]
