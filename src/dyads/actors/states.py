"""References to a state through its government or its titles: "the regime", "regime forces", "the interior
minister", "his country", "the government" resolved to the state the document named (a base of
`DocumentResolver`, whose `_as` and memory they use)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dyads import nlp
from dyads.records import Party
from dyads.actors.rules import Resolution, _compatible
from dyads.actors.tables import country_name, office_titles
from dyads.actors.title_kin import earlier_titles
from dyads.actors.vocab import GROUP_KINDS, OFFICE_REACH, PAIR_REACH, PRONOUN_REACH, PRONOUNS, REGIME_NOUNS

# Where a person's surname stands as a party of its clause ("*Pena* hosted", "met *Pena*", "*Pena*'s visit").
PARTY_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "agent"))

if TYPE_CHECKING:
    from dyads.actors.memory import Mention


class StateReferences:
    """Resolution of phrases that stand for a state named elsewhere in the document."""

    __slots__ = ()

    def _same_role(self, span: Span, res: Resolution) -> list[Resolution]:
        """"the interior minister" with no country: the holder of that one-person office named before
        (`_office_holder`), else the latest earlier mention with that very title and a country ("Peru's interior
        minister, Juan Perez")."""
        title = res.role.text.lower()
        holder = self._office_holder(span, title)
        if holder:
            return holder
        if "generic" in self.idx.sector_word(title)[0]:
            return []  # "the officials", "the spokesman": whose, the title alone does not say
        kin = earlier_titles(title)  # "the envoy" after "Ambassador X" (`title_kin`)
        named = [m for m in self.mentions if m.start < span.start_char and m.res.party.country
                 and m.res.role is not None and m.res.role.text.lower() in kin]
        if not named:
            return []
        best = max(named, key=lambda m: m.start)
        same = "the same title" if best.res.role.text.lower() == title else f"a {title} (title_kin)"
        return [self._as(span, best.res, f"'{span.text}' -> '{best.res.party.text}', {same} named earlier: "
                                         f"{best.res.party.why}", sector=res.party.sector)]

    def _office_holder(self, span: Span, title: str) -> list[Resolution]:
        """"the president", "the prime minister" with no country: the holder of that one-person office the
        document named before ("Donald Trump", a head of state in the leader tables; "President Ana Silva"),
        when all such holders named before are of one country, else the latest one when it is named at most
        `OFFICE_REACH` sentences before."""
        office = office_titles().get(title)
        if office is None:
            return []
        sentence = self._sentence(span)
        held = [m for m in self.mentions if m.start < span.start_char and m.res.party.country and m.res.in_office
                and m.res.kind in ("leader", "person") and not (span.start_char <= m.start < span.end_char)
                and ((m.res.entry is not None and m.res.entry.role == office)
                     or (m.res.role is not None and m.res.role.text.lower() == title))]
        if not held:
            return []
        best = max(held, key=lambda m: m.start)
        if len({m.res.party.country for m in held}) > 1 and sentence - best.sentence > OFFICE_REACH:
            return []  # holders of several countries, none of them just before: whose office, the text does not say
        return [self._as(span, best.res, f"'{span.text}' -> '{best.res.party.text}', the {title} ({office}) "
                                         f"named before: {best.res.party.why}", sector=best.res.party.sector)]

    def _same_regime(self, span: Span, noun: str) -> list[tuple[Resolution, str]]:
        """"the regime", "regime forces" with no state in reach: the state whose government or regime the
        document named last ("the Assad regime", "the Syrian government"), when it named one."""
        if noun not in REGIME_NOUNS:
            return []
        named = [m for m in self.mentions if m.start < span.start_char and m.res.party.country
                 and not (span.start_char <= m.start < span.end_char) and self._rules(m)]
        if not named:
            # a regime's forces act at home: with no government named, the country of the document's towns
            country = self._places_country()
            if country is None:
                return []
            party = Party(span.text, span.start_char, span.end_char, country_name(country), country, country, "GOV")
            return [(Resolution(party, "located"), f"'{span.text}' -> {country}, no government named: the country "
                                                   f"where the document's towns and regions are")]
        best = max(named, key=lambda m: m.start)
        country = best.res.party.country
        source = replace(best.res, party=replace(best.res.party, code=country, name=country_name(country)))
        return [(source, f"'{span.text}' -> {country}, the government named last ('{best.res.party.text}')")]

    def _own_state(self, span: Span, pronoun: str) -> list[Resolution]:
        """"his country", "its government", "their nation": the state of the leader, official or state the
        possessive refers to (for "his"/"her" a person or a titled official, "Poland's defence minister")."""
        want = PRONOUNS[pronoun]
        sentence = self._sentence(span)
        near = [m for m in self.mentions if m.start < span.start_char and 0 <= sentence - m.sentence <= PRONOUN_REACH
                and m.res.party.country and m.res.kind not in ("people", *GROUP_KINDS)
                and (want != "person" or m.res.kind in ("leader", "person") or m.res.role is not None)]
        if not near:
            return []
        best = max(near, key=lambda m: (m.sentence, m.subject, m.start))
        country = best.res.party.country
        source = replace(best.res, party=replace(best.res.party, code=country, name=country_name(country)))
        return [self._as(span, source, f"'{span.text}' -> {country}, the state of '{best.res.party.text}' "
                                       f"(the most salient before it)", sector="GOV")]

    def _two_states(self, span: Span, sector: str | None) -> list[Resolution]:
        """"the two countries", "both sides" with no pair named together before: the two states named in its
        sentence ("X hosted Y's minister, and the two governments signed"), else in it and the sentences before it
        (`PAIR_REACH` at most: "Israeli troops ... the Austrian army ... the two countries"), when exactly two are
        (a place where something happens names none)."""
        sentence = self._sentence(span)
        near = sorted((m for m in self.mentions if 0 <= sentence - m.sentence <= PAIR_REACH and m.res.party.country
                       and not m.place and m.res.kind not in ("people", *GROUP_KINDS)
                       and not (span.start_char <= m.start < span.end_char)), key=lambda m: m.start)
        # "*Pena* hosted Taiwan's foreign minister, and the two governments signed": a person the story named before,
        # by their surname alone, names their state in the phrase's own sentence too
        named_again = [(t.idx, self.people[t.text].party.country) for t in nlp.sentence(span)
                       if t.text[:1].isupper() and t.dep_ in PARTY_DEPS and t.text in self.people
                       and self.people[t.text].party.country and not span.start <= t.i < span.end]
        for reach in range(PAIR_REACH + 1):
            countries = list(dict.fromkeys(c for _, c in sorted(
                [(m.start, m.res.party.country) for m in near if sentence - m.sentence <= reach] + named_again)))
            if len(countries) > 2:
                return []
            if len(countries) == 2 and _subject_countries(span, self.mentions) & set(countries):
                return []  # "Washington invited both sides": whom a state acts on is not itself
            if len(countries) == 2:
                why = f"'{span.text}' -> {' and '.join(countries)}, the two states named in its sentence or just before"
                return [Resolution(Party(span.text, span.start_char, span.end_char, country_name(c), c, c, sector, why),
                                   "country") for c in countries]
        return []

    def _definite_antecedent(self, span: Span) -> list[tuple[Resolution, str]]:
        """"the government", "the country": the state of its own or the previous sentence, when the states,
        bodies and leaders named there are all of one country (else a guess: none)."""
        sentence = self._sentence(span)
        near = [m for m in self.mentions if m.start < span.start_char and 0 <= sentence - m.sentence <= PRONOUN_REACH
                and m.res.party.country and m.res.kind not in ("people", *GROUP_KINDS)
                and (m.res.kind in ("leader", "person") or _compatible(m.res, "body"))]
        if len({m.res.party.country for m in near}) != 1:
            return []
        best = max(near, key=lambda m: m.start)
        country = best.res.party.country
        source = replace(best.res, party=replace(best.res.party, code=country, name=country_name(country)))
        return [(source, f"definite '{span.text}' -> {country}, the one country named in its sentence or the "
                         f"one before ('{best.res.party.text}')")]

    def _rules(self, mention: Mention) -> bool:
        """True for a mention of a state's government or regime: "the Syrian government", "Assad's regime"."""
        res = mention.res
        if res.role is not None:
            return res.role.text.lower() in REGIME_NOUNS and res.party.sector == "GOV"
        if res.kind not in ("leader", "person", "country"):
            return False
        at = nlp.char_span_root(self.doc, res.party.start, res.party.end)
        root = self.doc[at] if at is not None else None
        return root is not None and root.dep_ in ("poss", "compound") and root.head.lower_ in REGIME_NOUNS


def _subject_countries(span: Span, mentions: list[Mention]) -> set[str]:
    """The countries of the subject of the verb a phrase is the object of ("*Washington* invited both sides",
    "*Kenya* sent envoys to both countries"): none for a phrase that is no object."""
    root = span.root
    verb = root.head if root.dep_ in ("dobj", "dative") else root.head.head if root.dep_ == "pobj" else None
    if verb is None:
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    ranges = [(min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in subjects]
    return {m.res.party.country for m in mentions if any(a <= m.start < b for a, b in ranges) and m.res.party.country}
