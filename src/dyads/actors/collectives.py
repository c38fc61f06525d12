"""Collective nouns named again: "the coalition", "coalition airstrikes", "the militia" after "the US-led
coalition" or "the Mahdi militia" take the party the earlier phrase with the same head noun named."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dyads.actors.rules import Resolution, resolve_words, words_of_span
from dyads.actors.syntax import _noun_of
from dyads.actors.vocab import DEFINITE_ORG_NOUNS


class NamedAgain:
    """Same-noun antecedents over the document a `DocumentResolver` reads (a base of it)."""

    __slots__ = ()

    def _named_again(self, span: Span) -> list[Resolution]:
        """The party of the nearest earlier phrase headed by the collective noun `span` stands on, when that
        phrase names one by its own words ("the *US-led* coalition"): a bare "coalition" or "group" says which
        by repeating the noun (in the same number: "the group" is not one of "the rebel groups"), while the
        most salient organization before it may be its enemy."""
        noun = span.root.lemma_.lower()
        if noun not in DEFINITE_ORG_NOUNS or any(t.text[:1].isupper() for t in span if t.i != span[0].i):
            return []
        for token in reversed(span.doc[:span.start]):
            if token.pos_ != "NOUN" or token.lemma_.lower() != noun or token.tag_ != span.root.tag_:
                continue
            earlier = _noun_of(token)
            if earlier.end > span.start or len(earlier) < 2:
                continue
            res = resolve_words(earlier.text, words_of_span(earlier), earlier.start_char, earlier.end_char,
                                when=self.when, idx=self.idx)
            if res is None or res.entry is None or not res.party.code:
                continue
            why = f"'{span.text}' -> '{earlier.text}', the {noun} named before: {res.party.why}"
            party = replace(res.party, text=span.text, start=span.start_char, end=span.end_char, why=why)
            return [replace(res, party=party)]
        return []
