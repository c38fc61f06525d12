"""Document-level resolution: group references, appositions, context countries; pronouns and quoted speakers
(`pronouns`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyads.records import Party
from dyads.actors.vocab import (
    ALLEGIANCE_WORDS, ARMED_SECTORS, SERVING_LEMMAS, STATE_ORGAN_SECTORS, COUNTERPART_NOUNS, CROWD_WORDS, DEFINITE_ORG_NOUNS, DEFINITE_STATE_NOUNS, ETHNIC_WORDS, GROUP_KINDS, GROUP_WORDS, PERSON_ROLES,
    PLACE_KINDS, PRONOUN_REACH, PRONOUNS, REGIME_NOUNS, RELATIVE_PRONOUNS, SKIP_WORDS, SOCIETY_SECTORS,
    SPEAKER_PRONOUNS, TARGET_SETTING_SECTORS, TIME_LABELS,
)
from dyads.actors.tables import Word, country_name, index, noun_classes
from dyads.actors.rules import (
    Hit, Resolution, _definite_state, _heads, _personal, _portfolio, _strip_quantity, _titled_person, _transnational,
    resolve_words, words_of_span,
)
from dyads.actors.syntax import _is_place, _noun_of, _places_of, _whole_entity, author_spans, host_noun
from dyads.actors.memory import DocumentMemory, Group
from dyads.actors.collectives import NamedAgain
from dyads.actors.states import StateReferences
from dyads.actors.pronouns import PronounReferences, _antecedents_of, _ordinal_antecedents
from dyads.actors.tables import agent_nouns


# Entity labels of names that may stand for a party.
NAME_LABELS = ("GPE", "NORP", "ORG")
# How the `why` of the author of an act under a stance begins ("condemned *Russia's* attack").
AUTHOR_WHY = "the author of the act"


@dataclass(slots=True)
class DocumentResolver(DocumentMemory, NamedAgain, StateReferences, PronounReferences):
    """Resolves the parties of one document, using what the document said earlier.

    On first use it reads the document's named entities once: people with their titles and
    countries ("Ukrainian President Volodymyr Zelenskyy"), states and bodies (for pronouns), and
    coordinated parties ("Xi and Putin", for "the two presidents").
    """

    def __post_init__(self) -> None:
        self.idx = self.idx or index()

    def resolve(self, span: Span, *, role: str = "actor") -> Party | None:
        """The first party named by `span` in an actor or recipient slot (None when it names none)."""
        parties = [p for p in self.resolve_all([span], role=role) if p.code or p.sector]
        return parties[0] if parties else None

    def resolve_all(self, spans: Sequence[Span], *, role: str = "actor") -> list[Party]:
        """Parties of the coordinated phrases of one slot, in order.

        A group reference ("both countries") expands to its members; a phrase that names no party
        (or a news outlet as actor, or a capital that is only a place) gives a Party without code
        and sector whose `why` says so.
        """
        if not spans:
            return []
        self._read_document(spans[0].doc)
        out: list[Party] = []
        coded: list[Resolution] = []
        for span in spans:
            found, reason = self._party_of(span, role)
            coded += [r for r in found if r.party.code]
            self.guessed.update({(r.party.start, r.party.end, r.party.code): r.guessed for r in found
                                 if r.guessed and r.party.code})
            out += [r.party for r in found] or [Party(span.text, span.start_char, span.end_char, why=reason)]
        if len(spans) > 1 and len({r.party.code for r in coded}) > 1:  # not one group reference expanded
            self.groups.append(Group(spans[0].start_char, self._sentence(spans[0]), tuple(coded)))
        return out

    def _party_of(self, span: Span, role: str) -> tuple[list[Resolution], str]:
        """`_resolve_one`, after checking that the noun the phrase stands on can be a party in `role`.

        A war or a crisis is never a party; an action, a policy or a statement is never a recipient ("pledged
        open-ended US military commitment"), though the one who did it is the target of a stance toward it
        (role `target`: "condemned Russia's attack", "praised Japan's decision"; its `why` starts with
        `AUTHOR_WHY`, so the caller can drop an actor's own act); a weapon is a party only when the phrase names
        whose it is ("a Russian jet"), never by a country guessed from context ("59 cruise missiles").
        """
        host = host_noun(span)
        kind = noun_classes().get(host.lower_) or noun_classes().get(host.lemma_.lower())
        if host.ent_type_ in TIME_LABELS and not _named_beside(span, host):
            # "bombings in *late July*": a time, whatever its words could name
            return [], f"'{span.text}' is a time, not a party"
        if kind == "action" and role == "recipient":
            inner = _of_party(host, span)
            if inner is not None:  # "accepted the deployment of UN forces": the party it is the deployment of
                # a possessor stands on the action noun itself ("Chile's demand"): resolve its own words
                found, reason = self._resolve_one(inner, role) if inner.root.dep_ == "poss" \
                    else self._party_of(inner, role)
                return [self._as(inner, r, f"'{inner.text}' of '{host.text}': {r.party.why}") for r in found], reason
        if kind == "situation" and _named_beside(span, host) and span.root.dep_ == "poss":
            return self._resolve_one(span, role)  # "mediated in *Peru's* civil war": whose war it is
        if kind == "situation" or (kind == "action" and role == "recipient"):
            return [], f"'{host.text}' names {'a situation' if kind == 'situation' else 'an action'}, not a party"
        if kind == "relation" and span.start <= host.i < span.end:
            # "Assad's allies, Russia and Iran": the apposition names them; the possessor is someone else
            named = self._apposition(span, role)
            if named:
                return named, ""
            owner = next((c for c in host.children if c.dep_ == "poss" and span.start <= c.i), None)
            if owner is not None:
                if owner.right_edge.i + 1 >= span.end:
                    return [], f"'{span.text}' are another party than '{owner.text}'"
                span = span.doc[owner.right_edge.i + 1:span.end]
        if kind == "weapon" and host.pos_ == "NOUN" and span.start <= host.i < span.end - 1:
            span = span.doc[span.start:host.i + 1]  # its owner is named before it, not by "in Iraq" after it
        if kind == "action" and role == "target" and span.start <= host.i < span.end:
            return self._author(span, host)
        found, reason = self._resolve_one(span, role)
        if kind == "place" and role != "actor" and not any(r.party.code for r in found):
            found = self._place_people(span, host) or found
        if kind == "action" and role == "target":
            found = [self._as(span, r, f"{AUTHOR_WHY} '{host.text}': {r.party.why}") for r in found]
        if kind == "weapon" and host.pos_ == "NOUN":
            own = [r for r in found if r.party.code and r.kind != "located"]
            if len(own) < len(found):
                return own, f"'{host.text}' is a weapon and the phrase does not name whose"
        return found, reason

    def _author(self, span: Span, host: Token) -> tuple[list[Resolution], str]:
        """Who did the act a stance is aimed at (`author_spans`): "criticised *the Turkish* invasion of Y"."""
        for part in author_spans(span, host, agent_nouns()):
            found, _ = self._resolve_one(part, "target")
            found = [self._as(span, r, f"{AUTHOR_WHY} '{host.text}': {r.party.why}") for r in found if r.party.code]
            if found:
                return found, ""
        return [], f"the author of '{host.text}' is not named"

    def _resolve_one(self, span: Span, role: str) -> tuple[list[Resolution], str]:
        span = _whole_entity(span, self.ents)
        words = words_of_span(span)
        lowered = [w.text.lower() for w in words if w.text.lower() not in SKIP_WORDS]
        if len(lowered) == 1 and lowered[0] in RELATIVE_PRONOUNS and span.root.head.dep_ == "relcl":
            out, reason = [], "unresolved"
            for antecedent in _antecedents_of(span.root.head):
                found, reason = self._party_of(antecedent, role)
                doc, start = antecedent.doc, antecedent.start
                named = doc[start - 2] if start > 1 and doc[start - 1].text in (":", ",", "–", "—") else None
                if not any(r.party.code for r in found) and antecedent.root.dep_ == "appos" and named is not None \
                        and antecedent.root.pos_ == "NOUN" and named.pos_ == "PROPN":
                    # "X: a group that ...", "X, a militia that ...": the name the description is in apposition to
                    name, (own, why) = _noun_of(named), self._party_of(_noun_of(named), role)
                    if any(r.party.code for r in own):
                        antecedent, found, reason = name, own, why
                out += [self._as(span, r, f"relative pronoun '{span.text}' -> '{antecedent.text}': {r.party.why}")
                        for r in found]
            return out, reason
        ordinal = _ordinal_antecedents(span)
        if ordinal is not None:  # "the latter" -> the last of the parties coordinated before
            out = []
            for antecedent in ordinal:
                found, _ = self._party_of(antecedent, role)
                out += [self._as(span, r, f"'{span.text}' -> '{antecedent.text}': {r.party.why}") for r in found]
            return out, f"no coordinated parties before '{span.text}'"
        if len(lowered) == 1 and lowered[0] in PRONOUNS:
            return [self._as(span, r, why) for r, why in self._antecedents(span, lowered[0])], "pronoun unresolved"
        pronoun = _personal(words)
        if len(lowered) == 1 and pronoun in SPEAKER_PRONOUNS:
            return self._quoted(span, pronoun), f"no {SPEAKER_PRONOUNS[pronoun]} found for '{span.text}'"
        head = span.root.head
        if len(words) == 1 and span.end == head.i and span.root.dep_ == "compound" \
                and _portfolio(Hit(0, 1, span.text, "name"), [*words, Word(head.text)]):
            return [], f"'{span.text}' is the portfolio of '{span.text} {head.text}', not a party"
        loyal = self._loyal_to(span, role)  # before the whole phrase, which names the patron's sector too
        if loyal:
            return loyal, ""
        res = resolve_words(span.text, words, span.start_char, span.end_char, when=self.when, idx=self.idx)
        if res is None and _crowd(span):  # "Tens of thousands rallied": people, as "people" would be
            res = resolve_words(span.text, [Word("people")], span.start_char, span.end_char, when=self.when,
                                idx=self.idx)
        if res is None and span.root.dep_ == "compound" and head.i == span.end and head.pos_ == "PROPN":
            return self._resolve_one(span.doc[span.start:head.i + 1], role)  # "Islamic" of "Islamic State"
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:  # "Indian and *Pakistani* troops"
            first = first.head
        if first is not span.root and first.dep_ in ("amod", "compound", "nmod"):
            head = first.head
        if res is not None and res.role is None and first.dep_ in ("amod", "compound", "nmod") \
                and head.pos_ == "NOUN" and head.i >= span.end and head.i - span.end <= 2:
            # "French" of "French warships": the noun it modifies says which part of France acts
            whole = span.doc[span.start:head.i + 1]
            found, reason = self._resolve_one(whole, role)
            if any(r.party.code == res.party.code for r in found):
                return [self._as(span, r, f"{r.party.why} (with the noun it modifies, '{whole.text}')")
                        for r in found], reason
        if res is None or res.party.code is None:
            named = self._apposition(span, role) or self._for_whom(span, role) or self._counterpart(span, words)
            if named:  # "The militant group, Hamas,": the apposition names it
                return named, ""
            found = self._contextual(span, words, lowered, res)
            titled = res is not None and _titled_person(words, res)
            if res is not None and res.role is not None and not titled and not any(r.party.code for r in found):
                found = self._located(span, res) or found
            if res is not None and not any(r.party.code for r in found):
                found = self._islamists(span, res) or found
            if res is not None and (titled or res.kind in GROUP_KINDS or res.party.sector in SOCIETY_SECTORS) \
                    and not any(r.party.code for r in found):
                found = self._in_context(span, res) or found
            if role == "actor" and res is not None and res.role is not None and not any(r.party.code for r in found):
                found = self._in_setting(res, span) or found
            if role == "recipient" and res is not None and res.role is not None \
                    and not any(r.party.code for r in found):
                found = self._victims_home(span, res) or found
            if role in ("recipient", "target") and res is not None and res.role is not None \
                    and not any(r.party.code for r in found):
                # "X urged *the junta* to ...", "accused *the rebels* of ...": a home-bound party or a government
                # that an act aims at, with no country of its own, is of the story's setting as an actor would be
                if res.party.sector in TARGET_SETTING_SECTORS:
                    found = self._in_setting(res, span) or found
            return [_transnational(r) for r in found], "unresolved"
        if res.kind == "media" and role == "actor":
            return [], f"news outlet '{span.text}': attribution, not a party"
        if res.kind in PLACE_KINDS and res.role is None and _is_place(span, capital=res.kind == "capital"):
            return [], f"'{span.text}' is the object of '{span.root.head.text}': a place, not a party"
        if res.kind in ("people", "adjective") and ETHNIC_WORDS & set(lowered):
            res = (self._located(span, res) or [res])[0]  # "ethnic Albanians in Serbia": where they live
        if len(res.options) > 1:
            res = self._choose_country(span, res)
        res = self._named_person(span, res)
        self._remember(span, res)
        return [res], ""

    def _place_people(self, span: Span, host: Token) -> list[Resolution]:
        """"attacked a village near Algiers": a town or village located by a named city, region or state
        stands for its people there (CVL)."""
        for place in _places_of(span):
            where = self._where(place)
            if where is None or place.root.lower_ in noun_classes():
                continue  # "near the Syrian border" says where the border is, not the village
            country = where[1]
            party = Party(span.text, span.start_char, span.end_char, country_name(country), country, country, "CVL",
                          f"place '{host.text}' located at '{place.text}' -> {country}: its people -> CVL")
            return [Resolution(party, "located")]
        return []

    def _apposition(self, span: Span, role: str) -> list[Resolution]:
        """The party an apposition of `span` names ("the group, Hamas," -> Hamas)."""
        appos = next((c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end), None)
        if appos is None:
            return []
        phrase = _noun_of(appos)
        found, _ = self._resolve_one(phrase, role)
        owner = self._title_owner(span)
        return [self._as(span, r, f"apposition '{phrase.text}': {r.party.why}") if owner is None
                or r.kind not in ("leader", "person") or r.party.code == owner.party.code
                else self._as(span, owner, f"apposition '{phrase.text}' ({r.party.code} in the tables), the title's "
                                           f"own state: {owner.party.why}", sector=r.party.sector)
                for r in found if r.party.code]

    def _title_owner(self, span: Span) -> Resolution | None:
        """The state that owns a title before a person's apposition ("*Mozambique's* president, X", "the *Mozambican*
        president, X"): the text's explicit owner beats a table naming X another state's leader."""
        owner = next((c for c in span.root.children if c.dep_ in ("poss", "amod", "compound") and c.i < span.root.i
                      and c.pos_ in ("PROPN", "ADJ")), None)
        if owner is None:
            return None
        words = span.doc[owner.left_edge.i:owner.i + 1]
        res = resolve_words(words.text, words_of_span(words), words.start_char, words.end_char, when=self.when,
                            idx=self.idx)
        return res if res is not None and res.kind in ("country", "adjective") and res.party.code else None

    def _for_whom(self, span: Span, role: str) -> list[Resolution]:
        """"A spokesman *for the US military*": a generic role cut off from the "for" phrase after it (the
        phrase of a subject ends before "for") speaks for the party that phrase names."""
        root = span.root
        if "generic" not in self.idx.sector_word(root.lower_)[0]:
            return []
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "for" and c.i >= span.end), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return []
        whole = span.doc[span.start:_noun_of(obj).end]
        found, _ = self._resolve_one(whole, role)
        return [self._as(span, r, f"'{span.text}' for '{_noun_of(obj).text}': {r.party.why}")
                for r in found if r.party.code]

    def _loyal_to(self, span: Span, role: str) -> list[Resolution]:
        """"Soldiers *loyal to* the Syrian government", "militias *allied to* the army", "forces *fighting on behalf
        of* the regime": an armed body with no country of its own, named by its allegiance, is of its patron's
        country (with its own sector)."""
        root = span.root
        patrons = []
        for c in root.children:
            if c.i > root.i and c.dep_ == "amod" and c.lower_ in ALLEGIANCE_WORDS:
                patrons += _objects_of(c, ("to", "with"))
            elif c.i > root.i and c.dep_ == "acl" and c.lemma_.lower() in SERVING_LEMMAS:
                patrons += _objects_of(c, ("for",))
                patrons += [o for b in _objects_of(c, ("on",)) if b.lower_ == "behalf" for o in _objects_of(b, ("of",))]
        if not patrons:
            return []
        own = resolve_words(root.text, [Word(root.text)], span.start_char, span.end_char, when=self.when, idx=self.idx)
        if own is None or own.party.code or own.party.sector not in ARMED_SECTORS:
            return []
        for patron in patrons:
            found, _ = self._resolve_one(_noun_of(patron), role)
            found = [self._as(span, r, f"'{root.text}' serving '{_noun_of(patron).text}': {r.party.why}",
                              sector=own.party.sector) for r in found if r.party.code]
            if found:
                return found
        return []

    def _counterpart(self, span: Span, words: list[Word]) -> list[Resolution]:
        """"his counterpart" (no country of its own): the other party of the latest pair with the clause's subject
        ("X met Y ... X thanked his counterpart" -> Y), else the nearest earlier leader of another country."""
        if span.root.lemma_.lower() not in COUNTERPART_NOUNS or any(w.text[:1].isupper() for w in words[1:]):
            return []
        verb = span.root
        while verb.dep_ not in ("ROOT", "relcl", "conj", "ccomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or span.start <= subject.i < span.end:
            return []
        own, _ = self._resolve_one(_noun_of(subject), "actor")
        mine = {r.party.country for r in own if r.party.country}
        if len(mine) != 1:
            return []
        sentence = self._sentence(span)
        for group in sorted(self.groups, key=lambda g: -g.start):
            others = [r for r in group.members if r.party.country and r.party.country not in mine]
            if group.start < span.start_char and sentence - group.sentence <= PRONOUN_REACH \
                    and len(others) == 1 and len(group.members) == 2:
                return [self._as(span, others[0], f"'{span.text}' -> '{others[0].party.text}', the other party of "
                                                  f"the pair before it: {others[0].party.why}")]
        leaders = [m for m in self.mentions if m.start < span.start_char and 0 <= sentence - m.sentence
                   <= PRONOUN_REACH and m.res.kind in ("leader", "person") and m.res.party.country
                   and m.res.party.country not in mine]
        if len({m.res.party.country for m in leaders}) != 1:
            return []
        best = max(leaders, key=lambda m: m.start)
        return [self._as(span, best.res, f"'{span.text}' -> '{best.res.party.text}', the one leader of another "
                                         f"country before it: {best.res.party.why}")]

    def _contextual(self, span: Span, words: list[Word], lowered: list[str],
                    res: Resolution | None) -> list[Resolution]:
        """Phrases without a country of their own: known people, group references, possessive pronouns."""
        sector = res.party.sector if res is not None and res.role is not None else None
        person = self._known_person(_not_possessors(span, words))
        if person is not None:
            return [self._as(span, person, f"same person as '{person.party.text}' earlier in the document",
                             sector=sector)]
        bare = res is None and [w.text.lower() for w in words] in (["both"], ["the", "two"])  # "Both agreed"
        if GROUP_WORDS.keys() & set(lowered) and (bare or res is not None and res.role is not None and _heads(
                res.role, _strip_quantity([w for w in words if w.text.lower() not in SKIP_WORDS]))):
            group = self._latest_group(span.start_char)
            if group is not None and group.holds(next(GROUP_WORDS[w] for w in lowered if w in GROUP_WORDS)):
                names = " and ".join(r.party.name or r.party.text for r in group.members)
                return [self._as(span, r, f"'{span.text}' = {names} (named together earlier)", sector=r.party.sector)
                        for r in group.members]
        if len(lowered) == 2 and lowered[0] in PRONOUNS and lowered[1] in DEFINITE_STATE_NOUNS:
            return self._own_state(span, lowered[0])  # "said his country was ready"
        again = (self._named_again(span) if len(lowered) == 1 else []) or self._named_body(span, res)
        if again:  # "the coalition" after "the US-led coalition"
            return again
        if len(lowered) == 1 and lowered[0] in DEFINITE_ORG_NOUNS and words[0].text.lower() == "the":
            return [self._as(span, r, why.replace("pronoun", "definite"))
                    for r, why in self._antecedents(span, "it", want="org")]
        if res is None or res.role is None:
            return [res] if res is not None else []
        owner = next((t for t in span if t.dep_ == "poss" and t.lower_ in DEFINITE_ORG_NOUNS and t.i > 0
                      and t.doc[t.i - 1].lower_ == "the"), None)
        if owner is not None and len(lowered) > 1 and lowered[0] == owner.lower_:
            # "the organization's foreign ministers": the role of the most salient organization before
            return [self._as(span, r, why.replace("pronoun", "definite") + f"; role '{res.role.text}' -> {sector}",
                             sector=sector) for r, why in self._antecedents(span, "it", want="org")] or [res]
        pronoun = _personal(words)
        if pronoun in SPEAKER_PRONOUNS:  # "our troops": the speaker's
            return [self._as(span, r, r.party.why + f"; role '{res.role.text}' -> {sector}", sector=sector)
                    for r in self._quoted(span, pronoun)] or [res]
        if lowered and lowered[0] in PRONOUNS:
            partner = self._conjoined_person(span)
            if partner is not None:  # "President Kabila and his defence minister": Kabila's
                return [self._as(span, partner, f"'{span.text}' -> '{partner.party.text}', the person it is "
                                                f"coordinated with: {partner.party.why}; role '{res.role.text}' -> "
                                                f"{sector}", sector=sector)]
            # "its army", "its government": the organs of a state, whose owner is no city
            want = "owner" if lowered[0] == "its" and sector in STATE_ORGAN_SECTORS else None
            return [self._as(span, r, why + f"; role '{res.role.text}' -> {sector}", sector=sector)
                    for r, why in self._antecedents(span, lowered[0], want=want)] or [res]
        if _definite_state(words, lowered):
            return [self._as(span, r, why, sector=sector) for r, why in self._definite_antecedent(span)
                    or self._same_regime(span, lowered[0])] or [res]
        if words[0].text.lower() == "the" and " ".join(lowered) == res.role.text.lower() and not res.party.code:
            same = self._same_role(span, res)  # "the foreign secretary" after "the foreign secretary, Boris Johnson"
            if same:
                return same
        militants = self._militants(span, res)
        if militants:  # "militants" after "Isis"
            return militants
        if lowered[0] in REGIME_NOUNS and len(lowered) == 1 and span.root.dep_ == "compound":
            # "a regime offensive", "government shelling": the state whose government the document named last
            return [self._as(span, r, why, sector=sector) for r, why in self._same_regime(span, lowered[0])] or [res]
        ruler = next((w for w in lowered[:-1] if w in REGIME_NOUNS), None) if len(lowered) > 1 else None
        if ruler is not None and lowered[-1] not in REGIME_NOUNS:  # "regime forces", "government troops"
            return [self._as(span, r, why, sector=sector) for r, why in self._same_regime(span, ruler)] or [res]
        return [res]

    def _conjoined_person(self, span: Span) -> Resolution | None:
        """The named person a "his ..." phrase is coordinated with ("Kabila and *his* minister"), if any."""
        root = span.root
        if root.dep_ != "conj" or span[0].lower_ not in ("his", "her"):
            return None
        host = root.head
        return next((m.res for m in self.mentions if m.res.party.start <= host.idx < m.res.party.end
                     and m.res.kind in ("leader", "person") and m.res.party.code), None)

    def _as(self, span: Span, source: Resolution, why: str, *, sector: str | None = None) -> Resolution:
        p = source.party
        party = Party(span.text, span.start_char, span.end_char, p.name, p.code, p.country, sector or p.sector, why)
        return replace(source, party=party)

    def _named_person(self, span: Span, res: Resolution) -> Resolution:
        """"the Chinese leader" after "President Xi Jinping of China" also gets the name Xi Jinping."""
        if res.kind not in ("adjective", "country") or res.role is None or res.role.text.lower() not in PERSON_ROLES:
            return res
        for m in reversed(self.mentions):
            if m.start < span.start_char and m.res.kind in ("leader", "person") \
                    and m.res.party.code == res.party.code and m.res.party.sector == res.party.sector:
                name = m.res.party.name
                return replace(res, party=replace(res.party, name=name, why=res.party.why + f"; named earlier: {name}"))
        return res


def _not_possessors(span: Span, words: list[Word]) -> list[Word]:
    """The words of `span` without its possessor when its head is a common noun: "Smith's deputy" is not Smith."""
    if span.root.pos_ != "NOUN":
        return words
    owners = {t.text.replace("’", "'") for c in span.root.children
              if c.dep_ == "poss" and span.start <= c.i < span.end for t in c.subtree}
    return [w for w in words if w.text not in owners] if owners else words


def _objects_of(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of `preps`."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _crowd(span: Span) -> bool:
    """True for a bare number of people with no noun ("Thousands", "tens of thousands", "some 2,000")."""
    words = [t for t in span if t.lower_ not in ("of", "some", "about", "around", "nearly", "over", "more", "than")]
    return bool(words) and all(t.lower_ in CROWD_WORDS or t.like_num for t in words) \
        and any(t.lower_ in CROWD_WORDS for t in words) and span.root.dep_ in ("nsubj", "nsubjpass")


def _of_party(host: Token, span: Span) -> Span | None:
    """The noun phrase of the "of" complement of an action noun inside `span` ("the deployment *of UN forces*"),
    else its possessor ("*Chile's* demand")."""
    owner = next((c for c in host.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                  and span.start <= c.i < span.end), None)
    for prep in host.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and span.start <= prep.i < span.end:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return _noun_of(obj)
    return _noun_of(owner) if owner is not None else None


def _named_beside(span: Span, host: Token) -> bool:
    """True when a phrase is a name standing beside the noun it modifies, outside it: "*Peru's* civil war", "with
    *Bolivia* days after" (the parser's compound): the name's own words, not the noun's, say what it is."""
    return not (span.start <= host.i < span.end) and span.root.ent_type_ in NAME_LABELS
