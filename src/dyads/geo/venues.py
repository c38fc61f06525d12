"""Venues of gatherings: a place where parties meet, negotiate, agree or sign is where they came to, not where they
are from ("signed an agreement *in Pretoria*", "agreed *in Havana*", "talks between the two ministers *in Luanda*").

Such a place sets no story there (a lead's "in" place is otherwise the story's setting) and locates none of the
gathering's parties, unless the gathering's own words name the place's country as one of them ("Russia and
Turkey agreed in Moscow", "Iraqi and Kurdish leaders met in Baghdad").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads import dates
from dyads.geo.gazetteer import words
from dyads.geo.resolution import _actor_entries

# Kinds of actor-table entries by which words name a country ("Ethiopia's", "Cuban", "Russians", "Moscow said").
COUNTRY_KINDS = ("country", "adjective", "people", "capital")
# Modifiers of a gathering noun that make it an occasion for the press ("a *press* conference").
PRESS_WORDS = ("press", "news")
# How many heads up from the preposition a gathering word may be ("the board *of* the agency *in* Vienna").
GATHERING_REACH = 6


def gathering_of(prep: Token) -> Token | None:
    """The word of a gathering whose venue a locative preposition ("in", "at") gives: the preposition's head or the
    highest word above it in its clause ("signed ... in X", "talks between the ministers in X", "members of the board in
    X")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return None
    gathering = words().gathering_words
    top = dates._clause_head(prep.head)
    node, found = prep.head, None
    for _ in range(GATHERING_REACH):
        if (node.lemma_.lower() in gathering or node.lower_ in gathering) and not _press(node) and _several(node):
            found = node  # the highest one: "signed ... at a ceremony in X" is the signing's venue
        if node.i == top.i or node.head.i == node.i:
            break
        node = node.head
    return found


def _several(word: Token) -> bool:
    """A gathering verb gathers several parties: coordinated or plural subjects, or a partner ("X and Y agreed in Z",
    "the two sides met in Z", "X signed a deal with Y in Z"); one party that "agreed to postpone its march in Z" gathers
    nobody there. Gathering nouns ("talks", "the board") always do."""
    if word.pos_ not in ("VERB", "AUX"):
        return True
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.conjuncts or c.tag_ in ("NNS", "NNPS") for c in subjects) \
        or any(c.dep_ == "prep" and c.lower_ == "with" for c in word.children)


def _press(word: Token) -> bool:
    """"a press conference", "a news conference": where a party speaks to reporters, not where parties meet."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS_WORDS for c in word.children)


def gathering_venue(place: Span, country: str | None, prep: Token | None = None, *, since: int | None = None) -> bool:
    """True when `place` (in `country`; its locative preposition `prep`, else the head of its root) is the venue of
    a gathering whose own words name no party of `country`. With `since` (a token index), a country named in the
    sentences from there to the place's own sentence counts as named too ("Rebels blockaded a highway in northern
    Sierra Leone. At a meeting in Freetown, their commanders refused ...": a meeting at home)."""
    if country is None:
        return False
    prep = prep if prep is not None else place.root.head
    word = gathering_of(prep) if prep.i != place.root.i else None
    if word is None:
        return False
    doc = place.doc
    spans = [doc[word.left_edge.i:word.right_edge.i + 1]]
    if since is not None and since < place.sent.start:
        spans.append(doc[since:place.sent.start])
    return not any(_names(span, country, range(place.start, place.end)) for span in spans)


def _names(span: Span, country: str, skip: range) -> bool:
    """True when `span` names `country` (by name, nationality, people or capital) outside the tokens `skip`."""
    for ent in span.ents:
        if ent.start in skip or ent.label_ not in ("GPE", "NORP", "LOC", "ORG"):
            continue
        if any((e.country or e.code) == country for e in _actor_entries(ent.text) if e.kind in COUNTRY_KINDS):
            return True
    for token in span:
        if token.i in skip or not token.text[:1].isupper():
            continue
        if any((e.country or e.code) == country for e in _actor_entries(token.text) if e.kind in COUNTRY_KINDS):
            return True
    return False
