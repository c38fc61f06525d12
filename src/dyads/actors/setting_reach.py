"""How far a long story's setting reaches: an unnamed party far from where the setting was last named is not its.

A short story happens where it is set: "police said", "the government promised", "protesters marched" are of the
country of its dateline or lead (`CountryContext._in_setting`). A long article (an analysis, a feature, a profile)
moves on: its background paragraphs retell other wars and other countries ("At the time, the world stood back as
the army closed in", "the prime minister's clampdown in 1956"), its quoted people speak of other states, and twenty
paragraphs after the lead "the army", "campaigners" or "the president" are as often another country's as the
setting's. So in a document of at least `LONG_STORY_SENTENCES` sentences, an unnamed party takes the setting's country
only when that country (itself, its towns, regions, people or bodies) is named in its own sentence or in the
`SETTING_REACH` sentences before it; the lead's own sentences are always within reach. Left without a country, the
party is coded as it is named, or the event is dropped for want of a state (`pipeline`), rather than given the
wrong one.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyads.actors.memory import Mention

LONG_STORY_SENTENCES = 25  # a document of this many sentences or more is a long article
SETTING_REACH = 2  # sentences before the party's own in which the setting country must be named


def out_of_reach(country: str, here: int, n_sentences: int, mentions: Iterable["Mention"]) -> bool:
    """True when a party in sentence `here` of a long document is too far from the last naming of `country` (the
    story's setting) to take it: none of `mentions` of that country lies in sentences `here - SETTING_REACH` to
    `here`. Short documents and the lead's sentences are always within reach."""
    if n_sentences < LONG_STORY_SENTENCES or here <= SETTING_REACH:
        return False
    return not any(m.res.party.country == country and here - SETTING_REACH <= m.sentence <= here for m in mentions)
