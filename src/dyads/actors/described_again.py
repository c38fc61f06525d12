"""Descriptions that name a party again by a plain noun: "the court", "the mission", "the observers" after a body
named in full ("the International Court of Justice", "observers from the Southern African Development Community",
"a Dutch appeals court"), and "the man", "the detainees", "the same three men" after people whose nationality was
said ("a Japanese employee", "two other French citizens", "two former Haitian senators").

News names a body or a group of people once with its own words, then refers back with a bare noun that names no
country. Such a phrase is the party named before, not a party of the place where the sentence happens or where the
story is set (which the fallbacks of `countries.CountryContext` would give it). The nouns are listed in
`data/actors/described_again.csv`: bodies ("body") and plain person nouns ("people"). A person noun takes only a
nationality the document gave people before it, in its sentence or the `PEOPLE_REACH` sentences before, of the same
number ("the man": one person; "the men": several), and none when the people named there are of several countries.
"""
from __future__ import annotations

import csv
import functools
import io
from importlib import resources

from spacy.tokens import Span, Token

from dyads import nlp
from dyads.actors.rules import Resolution, resolve_words, words_of_span
from dyads.actors.syntax import _noun_of
from dyads.actors.vocab import ARMED_SECTORS, NAMED_BODY_KINDS, STATE_ORGAN_SECTORS, TRANSNATIONAL_SECTORS

DATA_FILE = "described_again.csv"
# How far back (in sentences) a plain person noun looks for the people it names again.
PEOPLE_REACH = 4
# Kinds of resolution that give people their nationality by their own words ("French citizens", "Haiti's citizens",
# "Kurds").
NATIONALITY_KINDS = frozenset(("adjective", "country", "people"))
# People named with a nationality are civilians, officials out of office, workers...: not a state's organs, forces,
# armed groups or international bodies, whom a plain person noun ("the man", "the detainees") does not name again.
NOT_PEOPLE_SECTORS = STATE_ORGAN_SECTORS | ARMED_SECTORS | TRANSNATIONAL_SECTORS
# Determiners of a definite description that refers back, and the words that may stand between it and its noun
# ("the *same* three men"); numbers may too.
DEFINITE_DETERMINERS = frozenset(("the", "these", "those"))
LINKING_WORDS = frozenset(("same",))


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("dyads.data").joinpath("actors", DATA_FILE).read_text("utf-8")
    found: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        found.setdefault(row["kind"].strip(), set()).add(row["value"].strip().lower())
    return {k: frozenset(v) for k, v in found.items()}


def body_nouns() -> frozenset[str]:
    return _table().get("body", frozenset())


def people_nouns() -> frozenset[str]:
    return _table().get("people", frozenset())


def _definite(span: Span) -> bool:
    """True for "the court", "the detainees", "the same three men": a definite determiner, then only linking
    words or numbers before the head noun, and after it nothing but what it is accused of ("accused the observers
    *of overstepping their mandate*", "the detainees *of espionage*")."""
    root = span.root
    if span[0].lower_ not in DEFINITE_DETERMINERS or root.pos_ != "NOUN" or root.i <= span.start:
        return False
    if not all(t.like_num or t.lower_ in LINKING_WORDS for t in span[1:root.i - span.start]):
        return False
    charged = {t.i for p in root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == root.i + 1
               for t in p.subtree}
    return all(t.i in charged for t in span[root.i - span.start + 1:])


def _own_words(token: Token) -> Span:
    """The words of the noun phrase of `token` that say whose it is: those before it and a "from" phrase on it
    ("observers *from the Southern African Development Community*"), not its other phrases ("a mission *on the
    Armenian side of the border*" is not Armenia's)."""
    phrase = _noun_of(token)
    end = token.i + 1
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == end:
            end = prep.right_edge.i + 1
    return token.doc[phrase.start:end]


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


class DescribedAgain:
    """Plain nouns naming again a body or people named before (a base of `DocumentResolver`, whose mentions,
    sentences and `_as` it uses)."""

    __slots__ = ()

    def _body_again(self, span: Span) -> list[Resolution]:
        """"the court" (`body_nouns`): the latest body named before whose name has that word ("the International
        Court of Justice"), or the latest phrase before headed by the same noun that names a party by its own words
        ("a Dutch appeals court", "observers from the Southern African Development Community")."""
        root = span.root
        noun = root.lemma_.lower()
        if noun not in body_nouns() or not _definite(span) or root.text[:1].isupper():
            return []
        words = {noun, root.lower_}
        best: tuple[int, Resolution, str] | None = None
        for m in self.mentions:
            party = m.res.party
            if m.start >= span.start_char or not party.code or m.res.kind not in NAMED_BODY_KINDS:
                continue
            named = {w.lower().strip(".,") for w in party.text.split()}
            if words & named and (best is None or m.start > best[0]):
                best = (m.start, m.res, party.text)
        for token in reversed(span.doc[:span.start]):
            if best is not None and token.idx < best[0]:
                break
            if token.lemma_.lower() != noun or token.pos_ != "NOUN" or _plural(token) != _plural(root):
                continue
            earlier = _own_words(token)
            if earlier.end > span.start or len(earlier) < 2:
                continue
            res = resolve_words(earlier.text, words_of_span(earlier), earlier.start_char, earlier.end_char,
                                when=self.when, idx=self.idx)
            if res is not None and res.party.code:
                best = (earlier.start_char, res, earlier.text)
                break
        if best is None:
            return []
        _, res, text = best
        why = f"'{span.text}' -> '{text}', the {noun} named before: {res.party.why}"
        return [self._as(span, res, why)]

    def _people_again(self, span: Span, res: Resolution | None) -> list[Resolution]:
        """"the man", "the detainees", "the same three men" (`people_nouns`) with no country of their own: the
        nationality of the latest people named with one before, in the same number, when the people named in reach
        are all of that one country."""
        root = span.root
        if res is None or res.role is None or res.party.code or root.lemma_.lower() not in people_nouns() \
                or not _definite(span):
            return []
        here = self._sentence(span)
        found: list[tuple[int, Resolution]] = []
        for m in self.mentions:
            party = m.res.party
            if m.start >= span.start_char or not 0 <= here - m.sentence <= PEOPLE_REACH or not party.country \
                    or m.res.kind not in NATIONALITY_KINDS or m.res.role is None or party.sector in NOT_PEOPLE_SECTORS:
                continue
            phrase = nlp.char_span(span.doc, party.start, party.end)
            if phrase is None or _plural(phrase.root) != _plural(root):
                continue
            found.append((m.start, m.res))
        if not found or len({r.party.country for _, r in found}) > 1:
            return []
        _, best = max(found, key=lambda f: f[0])
        why = f"'{span.text}' -> '{best.party.text}', the people named before: {best.party.why}"
        return [self._as(span, best, why, sector=res.party.sector)]
