"""Nominal descriptions in party slots resolved from the document: an apposition ("the group, Hamas,"), a role
"for" or "loyal to" a party, "his counterpart", a village located by a named place, and the context of a phrase
with no country of its own (a person named earlier, "both countries", "its army", "the regime") (a base of
`DocumentResolver`, whose memory, `_resolve_one` and `_as` they use)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dyads import story_pair
from dyads.parse_view import view
from dyads.records import Party
from dyads.actors.vocab import (
    ALLEGIANCE_WORDS, ARMED_SECTORS, COUNTERPART_NOUNS, DEFINITE_ORG_NOUNS, DEFINITE_STATE_NOUNS, GROUP_DETERMINERS,
    GROUP_KINDS, GROUP_REACH, GROUP_WORDS, NEW_PARTY_WORDS, PAIR_REACH, PAIR_STATE_NOUNS, PERSON_ROLES, PRONOUN_REACH,
    PRONOUNS,
    REGIME_NOUNS, SERVING_LEMMAS, SKIP_WORDS, SPEAKER_PRONOUNS, STATE_ORGAN_SECTORS,
)
from dyads.actors.tables import Word, country_name, noun_classes
from dyads.actors.rules import (
    Resolution, _definite_state, _heads, _personal, _strip_quantity, resolve_words, words_of_span,
)
from dyads.actors.syntax import _noun_of, _places_of, clause_head
from dyads.actors.pronouns import _antecedents_of
from dyads.actors.states import _subject_countries
from dyads.actors.continents import all_within, named_continents


class NominalReferences:
    """Resolution of descriptions and roles against the document's mentions and the phrase's surroundings."""

    __slots__ = ()

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
        # the parse view's children, not `Token.children` (which walks the root's whole subtree to find them)
        parse, root = view(span.doc), span.root.i
        at = next((c for c in parse.children[root] if c >= span.end and parse.dep[c] == "appos"), None)
        if at is None:
            return []
        appos = span.doc[at]
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
        parse = view(span.doc)
        for c in (span.doc[k] for k in parse.children[root.i] if k > root.i and parse.dep[k] in ("amod", "acl")):
            if c.dep_ == "amod" and c.lower_ in ALLEGIANCE_WORDS:
                patrons += _objects_of(c, ("to", "with"))
            elif c.dep_ == "acl" and c.lemma_.lower() in SERVING_LEMMAS:
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
        named = self._counterpart_named(span)
        if named:  # "his counterparts from Kazakhstan and Kyrgyzstan": the states named, not a pair before
            return named
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

    def _related_pair(self, span: Span, spelled: list[str]) -> list[Resolution]:
        """"the neighbours", "the rivals", "the allies" (`story_pair.relation_nouns`): the two states named together
        last, when they were named in its sentence or the `PAIR_REACH` sentences before it (else the story has no
        pair in view, and the phrase may mean others: none)."""
        if len(spelled) != 2 or spelled[0] != "the" or spelled[1] not in story_pair.relation_nouns():
            return []
        group = self._group_of(span.start_char, 2)
        if group is None or not 0 <= self._sentence(span) - group.sentence <= PAIR_REACH \
                or not all(r.party.code and r.kind not in ("people", *GROUP_KINDS) for r in group.members):
            return []
        names = " and ".join(r.party.name or r.party.text for r in group.members)
        return [self._as(span, r, f"'{span.text}' = {names}, the pair named together just before",
                         sector=r.party.sector) for r in group.members]

    def _state_named_near(self, span: Span, country: str) -> bool:
        """True when a state's own name, adjective, capital or one of its people in office names `country` in the
        sentence of `span` or the `PAIR_REACH` sentences before it (a town's name may be another country's)."""
        here = self._sentence(span)
        return any(m.start < span.start_char and 0 <= here - m.sentence <= PAIR_REACH and m.res.party.country == country
                   and m.res.kind in STATE_NAME_KINDS for m in self.mentions)

    def _last_people(self, span: Span, size: int) -> list[Mention]:
        """The `size` persons in office (leaders or titled persons) of distinct states named last before `span`, in
        its sentence or the `PAIR_REACH` sentences before it (fewer found: none), other than the subject acting on
        `span`."""
        here = self._sentence(span)
        acting = _subject_countries(span, self.mentions)  # "Erdogan praised the two leaders": not Erdogan
        found: list[Mention] = []
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start >= span.start_char or not 0 <= here - m.sentence <= PAIR_REACH or m.res.party.country in acting:
                continue
            if m.res.kind not in ("leader", "person") or not m.res.party.country or m.res.party.sector not in ("GOV", "ELI") \
                    or any(f.res.party.country == m.res.party.country for f in found):
                continue
            found.append(m)
            if len(found) == size:
                return sorted(found, key=lambda m: m.start)
        return []

    def _counterpart_named(self, span: Span) -> list[Resolution]:
        """The states a "from" or "of" phrase on a counterpart names ("his counterpart *from Brazil*", "their
        counterparts *of Chile and Peru*"): each one, whatever pair the document named before."""
        objects = _objects_of(span.root, ("from", "of"))
        out = []
        for obj in [o for first in objects for o in (first, *first.conjuncts)]:
            phrase = _noun_of(obj)
            found, _ = self._resolve_one(phrase, "actor")
            out += [self._as(span, r, f"'{span.text}' from '{phrase.text}': {r.party.why}", sector=r.party.sector)
                    for r in found if r.party.code and r.kind in ("country", "adjective", "capital")]
        return out

    def _contextual(self, span: Span, words: list[Word], lowered: list[str],
                    res: Resolution | None) -> list[Resolution]:
        """Phrases without a country of their own: known people, group references, possessive pronouns."""
        sector = res.party.sector if res is not None and res.role is not None else None
        person = self._known_person(_not_possessors(span, words))
        if person is not None:
            return [self._as(span, person, f"same person as '{person.party.text}' earlier in the document",
                             sector=sector)]
        owner = self._owner_person(span, words) if sector is not None else None
        if owner is not None:  # "Smith's commanding officer" after "a British soldier, John Smith": British
            return [self._as(span, owner, f"'{span.text}': of '{owner.party.text}' named earlier ({owner.party.why}); "
                                          f"role '{res.role.text}' -> {sector}", sector=sector)]
        pair = self._related_pair(span, [w.text.lower() for w in words])
        if pair:  # "Kenya and Uganda held talks ... *the neighbours* agreed"
            return pair
        bare = res is None and [w.text.lower() for w in words] in (["both"], ["the", "two"])  # "Both agreed"
        if GROUP_WORDS.keys() & set(lowered) and _refers_back(words) and (bare or _heads_count(res, words)) \
                and not story_pair.ranked(span):
            size = next(GROUP_WORDS[w] for w in lowered if w in GROUP_WORDS)
            allowed = named_continents(lowered)
            # "the three European governments": the last three states of Europe named together, not the last three
            fits = None if allowed is None else (lambda g: all_within((r.party.country for r in g.members), allowed))
            group = self._group_of(span.start_char, size, fits)
            people = self._last_people(span, size) if span.root.lemma_.lower() in LEADER_NOUNS else []
            if people and (group is None or not group.coordinated or group.sentence < min(m.sentence for m in people)):
                # "Yoon ... Kishida, who said Tokyo had protested to Pyongyang ... The two leaders met": the persons
                # in office last named, of two states, unless two parties were named together ("X and Y") since the
                # first of them; the subject and object of one verb ("Tokyo protested to Pyongyang") are the two
                # sides of that act, not the two leaders
                names = " and ".join(m.res.party.name or m.res.party.text for m in people)
                return [self._as(span, m.res, f"'{span.text}' = {names} (the {size} leaders named last)",
                                 sector=m.res.party.sector) for m in people]
            if group is not None and _subject_countries(span, self.mentions) & {r.party.country for r in group.members}:
                group = None  # "Norway and Cuba urged both sides": whom the pair acts on is not the pair itself
            near = self._two_states(span, sector) if group is not None and res is not None and size == 2 \
                and span.root.lemma_.lower() in PAIR_STATE_NOUNS \
                and self._sentence(span) - group.sentence > GROUP_REACH else []
            if near and {r.party.country for r in near} != {r.party.country for r in group.members} \
                    and all(self._state_named_near(span, r.party.country) for r in near):
                # "France and Canada" named together paragraphs before, then "Kenya ... Haiti ... the two
                # governments signed": the two states of its own sentence or just before, not a pair long past
                return near
            if group is not None:
                names = " and ".join(r.party.name or r.party.text for r in group.members)
                return [self._as(span, r, f"'{span.text}' = {names} (named together earlier)", sector=r.party.sector)
                        for r in group.members]
            pair = self._two_states(span, sector) if res is not None and size == 2 \
                and span.root.lemma_.lower() in PAIR_STATE_NOUNS else []
            if pair:
                return pair
        if len(lowered) == 2 and lowered[0] in PRONOUNS and lowered[1] in DEFINITE_STATE_NOUNS:
            return self._own_state(span, lowered[0])  # "said his country was ready"
        owned = self._whose(span, res, sector)
        if owned:  # "Iran, whose militiamen are fighting": Iran's
            return owned
        again = (self._named_again(span) if len(lowered) == 1 else []) or self._body_again(span) \
            or self._named_body(span, res) or self._people_again(span, res)
        if again:  # "the coalition" after "the US-led coalition", "the court" after "the International Court of
            return again  # Justice", "the detainees" after "two French citizens"
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
        state = next((t for t in span if t.dep_ == "poss" and t.lower_ in OWNER_STATE_NOUNS and t.i > 0
                      and t.doc[t.i - 1].lower_ == "the"), None)
        found = self._definite_antecedent(span) if state is not None and len(lowered) > 1 \
            and lowered[0] == state.lower_ else []
        if found and all(self.setting in (None, r.party.country) for r, _ in found):
            # "the country's banks", "the nation's police": the role of the state "the country" stands for (unless
            # the story is set in another: there the country is as often the setting's)
            return [self._as(span, r, why + f"; role '{res.role.text}' -> {sector}", sector=sector) for r, why in found]
        pronoun = _personal(words)
        if pronoun in SPEAKER_PRONOUNS:  # "our troops": the speaker's
            return [self._as(span, r, r.party.why + f"; role '{res.role.text}' -> {sector}", sector=sector)
                    for r in self._quoted(span, pronoun)] or [res]
        if len(lowered) > 2 and lowered[0] in REFLEXIVE_OWNERS and lowered[1] == "own":
            owner = self._clause_subject(span)
            if owner:  # "the government responded with a crackdown on *its own* soldiers": the subject's
                return [self._as(span, r, f"'{span.text}' -> '{owner_text}', the subject of its clause: "
                                          f"{r.party.why}; role '{res.role.text}' -> {sector}", sector=sector)
                        for r, owner_text in owner]
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

    def _clause_subject(self, span: Span) -> list[tuple[Resolution, str]]:
        """The coded parties of the subject of the clause `span` is in ("X cracked down on *its own* soldiers"): the
        owner an "own" possessive points back to (a reflexive refers to its clause's subject, not to the party last
        named)."""
        head = clause_head(span.root)
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end]
        if not subjects or subjects[0].lower_ in PRONOUNS:
            return []
        phrase = _noun_of(subjects[0])
        found, _ = self._resolve_one(phrase, "actor")
        return [(r, phrase.text) for r in found if r.party.code]

    def _whose(self, span: Span, res: Resolution | None, sector: str | None) -> list[Resolution]:
        """"Iran, *whose* Revolutionary Guards and militiamen are fighting": a role possessed by the relative
        "whose" (or coordinated with a role it possesses) belongs to the party its relative clause describes, as
        it would after "Iran's"."""
        if res is None or res.role is None or res.party.code:
            return []
        clause = _whose_clause(span)
        if clause is None:
            return []
        out = []
        for antecedent in _antecedents_of(clause):
            found, _ = self._party_of(antecedent, "actor")
            out += [self._as(span, r, f"'whose' -> '{antecedent.text}': {r.party.why}; role '{res.role.text}' -> "
                                      f"{sector}", sector=sector) for r in found if r.party.code]
        return out

    def _owner_person(self, span: Span, words: list[Word]) -> Resolution | None:
        """The person named earlier in the document whose name possesses the role `span` stands on ("*Smith's*
        deputy", "*Tonroe's* commanding officer"), when the document gave that person a country: a person's
        aides, officers and family are of that person's country, as a state's are of the state's."""
        if span.root.pos_ != "NOUN":
            return None
        owners = {t.text.replace("’", "'") for c in span.root.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and span.start <= c.i < span.end for t in c.subtree}
        person = self._known_person([w for w in words if w.text in owners]) if owners else None
        return person if person is not None and person.party.country else None

    def _conjoined_person(self, span: Span) -> Resolution | None:
        """The named person a "his ..." phrase is coordinated with ("Kabila and *his* minister"), if any."""
        root = span.root
        if root.dep_ != "conj" or span[0].lower_ not in ("his", "her"):
            return None
        host = root.head
        return next((m.res for m in self.mentions if m.res.party.start <= host.idx < m.res.party.end
                     and m.res.kind in ("leader", "person") and m.res.party.code), None)

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



# Sides of a conflict or talks: two states, or two factions of one ("urged both sides to stop fighting").
SIDE_NOUNS = frozenset(("side",))
# Possessives that "own" turns into a reflexive ("*its own* soldiers"): they refer to their clause's subject.
REFLEXIVE_OWNERS = frozenset(("its", "their", "his", "her"))
# Heads of "the two leaders", "both presidents": persons in office, each of a state.
LEADER_NOUNS = frozenset("leader president premier minister chancellor king queen emir monarch ruler head".split())
# Nouns for a whole state that, as "the X's", own the role after them ("the country's banks").
OWNER_STATE_NOUNS = frozenset(("country", "nation"))
# Kinds of name that name a state itself for a counted group's near pair: its name, adjective or capital, or a
# leader or titled person of it (not a town, which may be another country's of the same name).
STATE_NAME_KINDS = frozenset(("country", "adjective", "capital", "leader", "person"))


def _heads_count(res: Resolution | None, words: list[Word]) -> bool:
    """True when a role word heads the counted phrase ("the two *presidents*", "both *countries*")."""
    return res is not None and res.role is not None \
        and _heads(res.role, _strip_quantity([w for w in words if w.text.lower() not in SKIP_WORDS]))


def _counted_reference(span: Span, words: list[Word]) -> bool:
    """True for a counted phrase of states that refers back ("the two governments", "both countries"): it names
    several states, whichever they are; not "the two soldiers", people of some state, nor "both sides", often two
    factions of the one state the story is set in."""
    return bool(GROUP_WORDS.keys() & {w.text.lower() for w in words}) and _refers_back(words) \
        and span.root.lemma_.lower() in PAIR_STATE_NOUNS - SIDE_NOUNS


def _refers_back(words: list[Word]) -> bool:
    """True for a definite group phrase ("the two presidents", "both sides", "these three"), not for new parties
    ("two men", "three other diplomats")."""
    lowered = [w.text.lower() for w in words]
    return bool(lowered) and lowered[0] in GROUP_DETERMINERS and not NEW_PARTY_WORDS & set(lowered)


def _not_possessors(span: Span, words: list[Word]) -> list[Word]:
    """The words of `span` without its possessor when its head is a common noun: "Smith's deputy" is not Smith."""
    root = span.root
    if root.pos_ != "NOUN":
        return words
    parse = view(span.doc)
    text = parse.text
    owners = {text[t].replace("’", "'") for c in parse.children[root.i]
              if parse.dep[c] == "poss" and span.start <= c < span.end for t in parse.descendants(c)}
    return [w for w in words if w.text not in owners] if owners else words


def _objects_of(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of `preps`."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _whose_clause(span: Span) -> Token | None:
    """The relative clause whose "whose" possesses the head of `span` ("X, *whose* forces ...") or, for a second
    conjunct with no determiner of its own, the first conjunct ("X, whose guards and *militiamen* ...")."""
    root = span.root
    owners = [root]
    if root.dep_ == "conj" and not any(c.dep_ in ("poss", "det") for c in root.children):
        owners.append(root.head)
    whose = next((c for o in owners for c in o.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return None
    verb = whose.head
    for _ in range(4):  # up from the possessed noun to the verb of its relative clause
        if verb.dep_ == "relcl":
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
