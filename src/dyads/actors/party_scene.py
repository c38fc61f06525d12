"""The state a sentence is set in by its opening frame: "*In Finland*, the opposition Social Democrats called ...".

A sentence that opens with a locative phrase naming a country, set off by a comma, places everything it tells in that
country (a scene-setting adverbial, as a dateline does for a whole story). A party's name that the tables give one
state's party ("Social Democrats", "the Conservatives", "the Democratic party") is, in a sentence set so in another
state, that other state's party of the name (`coreference._party_at_home`), unless the sentence also names the
table's state.
"""
from __future__ import annotations

from spacy.tokens import Span

from dyads.actors.memory import Mention

FRAME_PREPS = ("in",)
SCENE_KINDS = ("country",)
# The longest opening frame read as a scene ("In the Republic of Korea,"): words between the preposition and comma.
MAX_FRAME = 6


def scene_country(span: Span, mentions: list[Mention]) -> str | None:
    """The country the sentence of `span` opens with ("In Canada, ..."): the one country mention between the opening
    preposition and the first comma (at most `MAX_FRAME` words, the party itself after it; read off the words, not
    the parse, which often hangs such a frame wrongly); else None."""
    sent = span.sent
    if sent[0].lower_ not in FRAME_PREPS:
        return None
    comma = next((t.i for t in sent[1:MAX_FRAME + 2] if t.text == ","), None)
    if comma is None or span.start <= comma:
        return None
    lo, hi = sent[0].idx, sent.doc[comma].idx
    found = [m for m in mentions if lo <= m.start < hi]
    codes = {m.res.party.code for m in found}
    if len(codes) != 1 or any(m.res.kind not in SCENE_KINDS for m in found):
        return None
    return codes.pop()


def names_state(span: Span, code: str, mentions: list[Mention], own: tuple[int, int]) -> bool:
    """True when the sentence of `span` names the state `code` in a mention other than the party itself."""
    lo, hi = span.sent.start_char, span.sent.end_char
    return any(lo <= m.start < hi and not own[0] <= m.start < own[1] and m.res.party.code == code for m in mentions)
