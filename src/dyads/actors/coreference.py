"""Document-level resolution: group references, appositions, context countries; pronouns and quoted speakers
(`pronouns`); descriptions resolved from context (`nominal`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyads import nlp
from dyads.records import Party
from dyads.actors.vocab import (
    ACRONYM_LINKS, ACRONYM_MAX, ACRONYM_MIN, CROWD_WORDS, DEFINITE_STATE_NOUNS, ETHNIC_WORDS, GROUP_KINDS,
    PLACE_KINDS, PRONOUNS, PERSON_LABELS, RELATIVE_PRONOUNS, SKIP_WORDS, SOCIETY_SECTORS, SPEAKER_PRONOUNS,
    TARGET_SETTING_SECTORS, TIME_LABELS,
)
from dyads.actors.tables import Word, country_name, index, noun_classes, seats
from dyads.actors.rules import (
    Hit, Resolution, _personal, _portfolio, _titled_person, _transnational, resolve_words, words_of_span,
)
from dyads.actors.syntax import _is_place, _noun_of, _places_of, author_spans, host_noun
from dyads.actors.countries import away_from_home, where_they_are
from dyads.actors.memory import DocumentMemory, Group
from dyads.actors.collectives import NamedAgain
from dyads.actors.party_scene import names_state, scene_country
from dyads.actors.described_again import DescribedAgain
from dyads.actors.speaker_state import of_speaker, of_state_named_before
from dyads.actors.states import StateReferences
from dyads.actors.pronouns import PronounReferences, _antecedents_of, _ordinal_antecedents
from dyads.actors.nominal import NominalReferences, _counted_reference
from dyads.actors.tables import agent_nouns


# Entity labels of names that may stand for a party.
NAME_LABELS = ("GPE", "NORP", "ORG")
# How the `why` of the author of an act under a stance begins ("condemned *Russia's* attack").
AUTHOR_WHY = "the author of the act"


@dataclass(slots=True)
class DocumentResolver(DocumentMemory, NamedAgain, DescribedAgain, StateReferences, PronounReferences,
                       NominalReferences):
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
            out += [r.party for r in found] or [Party(nlp.span_text(span), span.start_char, span.end_char, why=reason)]
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
        if (here := where_they_are(span)) is not None:
            span = here  # "refugees in Turkey": Turkey is where they are, not their country
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
        span = self.whole_entity(span)
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
        res = resolve_words(nlp.span_text(span), words, span.start_char, span.end_char, when=self.when, idx=self.idx)
        if res is not None and res.kind == "leader" and not res.in_office:
            # "Castro accused ..." after "Honduran President Xiomara Castro": the person the document introduced,
            # not the tables' namesake who held office on other dates
            person = self._known_person(words)
            if person is not None and person.party.country not in (None, res.party.country):
                return [self._as(span, person, f"same person as '{person.party.text}' earlier in the document, not "
                                               f"the tables' {res.party.name} (not in office on the date)")], ""
        if res is None and _crowd(span):  # "Tens of thousands rallied": people, as "people" would be
            res = resolve_words(nlp.span_text(span), [Word("people")], span.start_char, span.end_char, when=self.when,
                                idx=self.idx)
        if res is None and span.root.dep_ == "compound" and head.i == span.end and head.pos_ == "PROPN":
            return self._resolve_one(span.doc[span.start:head.i + 1], role)  # "Islamic" of "Islamic State"
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:  # "Indian and *Pakistani* troops"
            first = first.head
        if first.i != span.root.i and first.dep_ in ("amod", "compound", "nmod"):
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
            named = self._apposition(span, role) or self._for_whom(span, role) or self._counterpart(span, words) \
                or self._acronym(span, lowered)
            if named:  # "The militant group, Hamas,": the apposition names it
                return named, ""
            found = self._contextual(span, words, lowered, res)
            if res is not None and away_from_home(span):
                # "600 migrants", "asylum seekers": where they are, the story's setting or the state acting on them
                # says nothing of their country, so none of the guesses below applies
                return [_transnational(r) for r in found], "unresolved"
            if _counted_reference(span, words) and not any(r.party.code for r in found):
                # "the two governments signed a deal in X", "Washington invited both sides": a counted group names
                # several parties, never the one state where it is or where the story is set
                return found, f"no pair in view for '{span.text}'"
            titled = res is not None and _titled_person(words, res)
            if res is not None and res.role is not None and not titled and not any(r.party.code for r in found):
                found = self._located(span, res) or found
            if res is not None and not any(r.party.code for r in found):
                found = self._islamists(span, res) or found
            if res is not None and (titled or res.kind in GROUP_KINDS or res.party.sector in SOCIETY_SECTORS) \
                    and not any(r.party.code for r in found):
                found = self._in_context(span, res) or found
            if role == "actor" and res is not None and res.role is not None and not any(r.party.code for r in found):
                # "Honduran President X announced *the military* was ...": the speaker's own state's organ
                found = of_speaker(span, res, self.mentions, self.setting) or found
            if role == "actor" and res is not None and res.role is not None and not any(r.party.code for r in found):
                found = self._in_setting(res, span) or found
            if role == "actor" and res is not None and res.role is not None and not any(r.party.code for r in found):
                # "Cambodia's president ..., while *the military* demanded": the one state in view
                found = of_state_named_before(span, res, self.mentions, self._sentence(span)) or found
            if role == "recipient" and res is not None and res.role is not None \
                    and not any(r.party.code for r in found):
                found = self._victims_home(span, res) or found
            if role in ("recipient", "target") and res is not None and res.role is not None \
                    and not any(r.party.code for r in found):
                # "X urged *the junta* to ...", "accused *the rebels* of ...": a home-bound party or a government
                # that an act aims at, with no country of its own, is of the story's setting as an actor would be
                if res.party.sector in TARGET_SETTING_SECTORS:
                    found = self._in_setting(res, span) or found
            self._remember_state_subject(span, words, found)
            return [_transnational(r) for r in found], "unresolved"
        if res.kind == "media" and role == "actor":
            return [], f"news outlet '{span.text}': attribution, not a party"
        if res.kind == "city" and res.role is None and (person := self._surname_of(res.party.name or "")) is not None:
            # "Alvarado visited Kermadec" after "Jorge Alvarado ...": a person's surname that is also a town's name
            return [], f"'{span.text}' is the surname of '{person}' named in the document, not the town"
        if res.kind in PLACE_KINDS and res.role is None and _is_place(span, capital=res.kind == "capital"):
            return [], f"'{span.text}' is the object of '{span.root.head.text}': a place, not a party"
        if res.kind in ("people", "adjective") and ETHNIC_WORDS & set(lowered) and not away_from_home(span):
            res = (self._located(span, res) or [res])[0]  # "ethnic Albanians in Serbia": where they live
        elif res.kind == "religious" and not away_from_home(span) and _places_of(span, verb=False):
            # "Sikh organisations *in Canada*": a faith is no nationality; where the phrase itself puts its people is
            res = (self._located(span, res) or [res])[0]
        if len(res.options) > 1:
            res = self._choose_country(span, res)
        if res.kind == "party":
            res = self._party_at_home(span, res)
        if res.kind == "capital":
            res = self._seat_of_body(res)
        res = self._named_person(span, res)
        self._remember(span, res)
        return [res], ""

    def _remember_state_subject(self, span: Span, words: list[Word], found: list[Resolution]) -> None:
        """"*The government* promised to invite observers from the EU and the UN. *It* also agreed ...": a definite
        state noun ("the government", "the authorities") that is a clause's subject and stands for one state is
        remembered as a mention of that state, so that a pronoun after it may refer back to it (a subject is the
        likeliest antecedent of the next sentence's subject pronoun) rather than to a body named after it."""
        if span.root.dep_ not in ("nsubj", "nsubjpass") or len(words) != 2 or words[0].text.lower() != "the" \
                or span.root.lower_ not in DEFINITE_STATE_NOUNS:
            return
        codes = {r.party.code for r in found}
        if len(found) != 1 or None in codes or found[0].kind in ("people", *GROUP_KINDS) \
                or any(m.start == span.start_char for m in self.mentions):
            return
        self._remember(span, found[0])

    def _surname_of(self, word: str) -> str | None:
        """The full name of a person the document names (an entity the recognizer calls a person, of two words or
        more) whose last word is `word`, else None: news names a person in full, then by the surname alone, and a
        surname that is also a town's name ("Burgos", "Alvarado", "Campbell") is then the person, not the town."""
        if not word or " " in word:
            return None
        for ent in self.ents:
            if ent.label_ in PERSON_LABELS and len(ent) > 1 and ent[-1].text == word:
                return ent.text
        return None

    def _party_at_home(self, span: Span, res: Resolution) -> Resolution:
        """"The National Front called for protests" in a story set in Iran, "Jordan banned the Muslim Brotherhood":
        a party's name that the tables give one state's party is, in a story set in another state that never names
        the table's state (its name, people, places, bodies or leaders), that other state's party of the name."""
        country, code = self.setting, res.party.code
        scene = scene_country(span, self.mentions) if code is not None else None
        if scene is not None and scene != code and res.entry is not None and res.entry.code == code \
                and not names_state(span, code, self.mentions, (span.start_char, span.end_char)):
            why = f"{res.party.why}; a party in a sentence set in {scene} by its opening phrase -> {scene}"
            party = replace(res.party, name=f"{res.party.name} ({country_name(scene)})", code=scene, country=scene,
                            why=why)
            return replace(res, party=party)
        if country is None or code is None or country == code or res.entry is None or res.entry.code != code:
            return res
        # a mention the tables give that state counts; one placed there only from context (a titled person beside
        # the party's own name) does not
        if any(m.res.entry is not None and m.res.entry.code == code and m.res.entry != res.entry
               for m in self.mentions):
            return res
        why = f"{res.party.why}; a party in a story set in {country} ({self.setting_why or 'its setting'}) that " \
              f"never names {code} -> {country}"
        party = replace(res.party, name=f"{res.party.name} ({country_name(country)})", code=country, country=country,
                        why=why)
        return replace(res, party=party)

    def _seat_of_body(self, res: Resolution) -> Resolution:
        """"Brussels would provide funding", "refused budget support from Brussels": a capital acting as a party that
        is the seat of an international body (`seats.csv`) stands for that body when the document names the body
        itself (news names the EU by "Brussels" far more often than Belgium's government)."""
        body = seats().get(res.entry.name if res.entry is not None else "") or seats().get(res.party.text)
        if body is None:
            return res
        entry = next((e for e in self.idx.entries(body) if e.kind == "igo"), None)
        if entry is None or not any(m.res.entry is not None and m.res.entry.code == entry.code for m in self.mentions):
            return res
        why = f"{res.party.why}; the seat of the {body}, which the document names -> {entry.code}"
        party = replace(res.party, name=entry.name, code=entry.code, country=entry.country, why=why)
        return replace(res, party=party, kind="igo", entry=entry, options=())

    def _acronym(self, span: Span, lowered: list[str]) -> list[Resolution]:
        """"the RSF" after "the Rapid Support Forces": an acronym the tables do not know stands for the body named
        before it in the document whose capitalized words it abbreviates (news names a body in full, then by its
        initials)."""
        letters = next((t.text for t in span if t.lower_ in lowered), "") if len(lowered) == 1 else ""
        if not (ACRONYM_MIN <= len(letters) <= ACRONYM_MAX and letters.isalpha() and letters.isupper()):
            return []
        for mention in sorted(self.mentions, key=lambda m: -m.start):
            if mention.start >= span.start_char or mention.res.kind in ("leader", "person") \
                    or not mention.res.party.code or not _abbreviates(letters, mention.res.party.text):
                continue
            res = mention.res
            return [self._as(span, res, f"acronym '{letters}' of '{res.party.text}' named before: {res.party.why}")]
        return []

    def _as(self, span: Span, source: Resolution, why: str, *, sector: str | None = None) -> Resolution:
        p = source.party
        party = Party(nlp.span_text(span), span.start_char, span.end_char, p.name, p.code, p.country, sector or p.sector,
                      why)
        return source.with_party(party)



def _abbreviates(letters: str, name: str) -> bool:
    """True when `letters` are the initials of a run of capitalized words of `name` (small linking words such as
    "of" and "for" may stand between them: "Syrian Democratic Forces" -> SDF, "Forces for Change" -> FC)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    for start in range(len(words)):
        initials = ""
        for word in words[start:]:
            if word[:1].isupper():
                initials += word[0]
            elif word.lower() not in ACRONYM_LINKS:
                break
            if initials == letters:
                return True
            if not letters.startswith(initials):
                break
    return False


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
