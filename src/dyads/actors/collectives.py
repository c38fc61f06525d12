"""Collective nouns named again: "the coalition", "coalition airstrikes", "the militia" after "the US-led
coalition" or "the Mahdi militia" take the party the earlier phrase with the same head noun named; unnamed
"militants" or "jihadists" after Islamic State take that group."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dyads.actors.rules import Resolution, resolve_words, words_of_span
from dyads.actors.syntax import _noun_of
from dyads.actors.vocab import (
    DEFINITE_ORG_NOUNS, DEFINITE_ROLE_NOUNS, ISLAMIST_WORDS, MILITANT_REACH, MILITANT_WORDS, NAMED_BODY_KINDS,
    SKIP_WORDS,
)

# The code prefix of transnational militant groups (Islamic State, al-Qaeda).
MILITANT_CODE = "IMG"


class NamedAgain:
    """Same-noun antecedents over the document a `DocumentResolver` reads (a base of it)."""

    __slots__ = ()

    def _named_again(self, span: Span) -> list[Resolution]:
        """The party of the nearest earlier phrase headed by the collective noun `span` stands on, when that
        phrase names one by its own words ("the *US-led* coalition"): a bare "coalition" or "group" says which
        by repeating the noun (in the same number: "the group" is not one of "the rebel groups"), while the
        most salient organization before it may be its enemy."""
        noun = span.root.lemma_.lower()
        # a capital in the phrase names whose it is ("Turkish-supported groups"), but not the first word of a
        # sentence ("The militia", "Militia leaders")
        if noun not in DEFINITE_ORG_NOUNS | DEFINITE_ROLE_NOUNS or any(
                t.text[:1].isupper() for t in span if not (t.i == span.start and (t.is_sent_start or t.is_stop))):
            return []
        # an office holder's title is capitalised before the name ("Foreign *Minister* Abdoulaye Diop")
        titled = noun in DEFINITE_ROLE_NOUNS
        for token in reversed(span.doc[:span.start]):
            if token.lemma_.lower() != noun and not (titled and token.lower_ == noun):
                continue
            plural = token.tag_.endswith("S") == span.root.tag_.endswith("S")
            if not (token.pos_ == "NOUN" and token.tag_ == span.root.tag_
                    or titled and token.tag_.startswith("NN") and plural):
                continue
            earlier = _noun_of(token)
            if earlier.end > span.start or len(earlier) < 2:
                continue
            res = resolve_words(earlier.text, words_of_span(earlier), earlier.start_char, earlier.end_char,
                                when=self.when, idx=self.idx)
            if res is None or res.entry is None or not res.party.code:
                continue
            if len(res.options) > 1:  # "the Kurdish militia" in a story set in Syria: the country it is in
                res = self._choose_country(earlier, res)
            why = f"'{span.text}' -> '{earlier.text}', the {noun} named before: {res.party.why}"
            party = replace(res.party, text=span.text, start=span.start_char, end=span.end_char, why=why)
            return [replace(res, party=party)]
        return []

    def _named_body(self, span: Span, res: Resolution | None) -> list[Resolution]:
        """"the Commission", "the Council's spokesman": a capitalised noun after "the" calls a body by a word of
        its name, the latest body named before with that word in its name ("the European Commission"); for its
        possessor ("the Commission's spokesman"), the phrase's own role keeps its sector."""
        root = span.root
        owner = next((c for c in root.children if c.dep_ == "poss" and span.start <= c.i < root.i), None)
        token, sector = (root, None) if owner is None else (owner, res.party.sector if res is not None else None)
        if owner is not None and (res is None or res.role is None):
            return []
        body = self._body_named_before(token)
        if body is None:
            return []
        why = f"'{token.text}' -> '{body.party.text}', the body named before with that word in its name: " \
              f"{body.party.why}"
        if sector is not None:
            why += f"; role '{res.role.text}' -> {sector}"
        party = replace(body.party, text=span.text, start=span.start_char, end=span.end_char, why=why,
                        sector=sector or body.party.sector)
        return [replace(body, party=party)]

    def _body_named_before(self, token: Token) -> Resolution | None:
        """The latest body (`NAMED_BODY_KINDS`) named before `token` whose name holds the word `token` is, when
        `token` is a capitalised noun right after "the" ("the *Commission*"): a body called by a word of its name."""
        if not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN") or token.i == 0 \
                or token.doc[token.i - 1].lower_ != "the":
            return None
        named = [m for m in self.mentions if m.start < token.idx and m.res.party.code and m.res.kind in NAMED_BODY_KINDS
                 and token.text in m.res.party.text.split()[1:]]
        return max(named, key=lambda m: m.start).res if named else None

    def _militants(self, span: Span, res: Resolution) -> list[Resolution]:
        """"militants", "the Islamist fighters", "jihadists" that name no group or country: the transnational
        militant group (IMG) named in their sentence or the `MILITANT_REACH` before, when it is the latest armed
        group named ("Isis took the town ... when militants conquered Palmyra")."""
        if res.party.sector != "REB" or not any(t.lower_ in MILITANT_WORDS for t in span):
            return []
        if any(t.text[:1].isupper() and t.lower_ not in MILITANT_WORDS | SKIP_WORDS for t in span):
            return []  # "Kurdish militants", "Taliban fighters": their own words say whose
        sentence = self._sentence(span)
        armed = [m for m in self.mentions if m.start < span.start_char and m.res.party.code
                 and m.res.party.sector == "REB" and 0 <= sentence - m.sentence <= MILITANT_REACH]
        if not armed:
            return []
        best = max(armed, key=lambda m: m.start)
        if not best.res.party.code.startswith(MILITANT_CODE):
            return []
        why = f"'{span.text}' -> '{best.res.party.text}', the militant group named before: {best.res.party.why}"
        party = replace(best.res.party, text=span.text, start=span.start_char, end=span.end_char, why=why)
        return [replace(best.res, party=party)]

    def _islamists(self, span: Span, res: Resolution) -> list[Resolution]:
        """"the Islamist fighters", "jihadists" that no group named before, no country and no place name: an armed
        group that its own words call Islamist is of the transnational militant groups' class (IMG), not of the
        country the story is set in."""
        if res.party.sector != "REB" or not any(t.lower_ in ISLAMIST_WORDS for t in span):
            return []
        why = f"'{span.text}': Islamist by its own words, no group or country named -> {MILITANT_CODE}"
        party = replace(res.party, text=span.text, start=span.start_char, end=span.end_char, name=None,
                        code=MILITANT_CODE, country=None, sector=res.party.sector, why=why)
        return [replace(res, party=party, kind="group")]
