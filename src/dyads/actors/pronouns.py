"""Pronouns in party slots: "he", "it", "they" -> the most salient compatible party before them; "we", "I", "you"
in quoted speech -> its speaker or addressee; "who", "which" -> the noun a relative clause is about (a base of
`DocumentResolver`, whose memory, `_resolve_one` and `_as` they use)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyads import nlp
from dyads.parse_view import view
from dyads.actors.rules import Resolution, _compatible, _personal
from dyads.actors.person_roles import contested, one_person
from dyads.actors.syntax import (
    _addressee_of, _inside_quote, _noun_of, _speaker_of, _speech_verb, clause_subjects, copula_subject,
)
from dyads.actors.tables import Word, country_name, noun_classes
from dyads.senses import word_classes
from dyads.actors.vocab import (
    ANAPHOR_COUNTS, ANTECEDENT_DEPS, GROUP_KINDS, ORDINAL_ANAPHORS, PERSON_FOCUS_REACH, PERSON_GENDERS, PLURAL_SPEAKER,
    PLURAL_TAGS, PRONOUN_REACH, PRONOUNS, SPEAKER_PRONOUNS,
    SPEECH_LEMMAS,
)

if TYPE_CHECKING:
    from dyads.actors.memory import Mention


class PronounReferences:
    """Resolution of personal and relative pronouns against the document's mentions."""

    __slots__ = ()

    def _quoted(self, span: Span, pronoun: str) -> list[Resolution]:
        """"we"/"I" in what someone said -> that speaker ("you" -> whom it was said to)."""
        want = SPEAKER_PRONOUNS[pronoun]
        verb = _speech_verb(span.root) or self._nearby_speech_verb(span)
        target = None if verb is None else _speaker_of(verb) if want == "speaker" else _addressee_of(verb)
        if target is None or span.start <= target.i < span.end or _personal([Word(target.text)]) in SPEAKER_PRONOUNS:
            return []
        phrase = _noun_of(target)
        found, _ = self._resolve_one(phrase, "actor")
        out = []
        for r in (r for r in found if r.party.code):
            res = self._as(span, r, f"'{span.text}' -> the {want} '{phrase.text}' of '{verb.text}': {r.party.why}")
            if pronoun in PLURAL_SPEAKER and r.kind in ("leader", "person") and r.party.country:
                res = replace(res, kind="country", party=replace(res.party, name=country_name(r.party.country)))
            out.append(res)
        return out

    def _nearby_speech_verb(self, span: Span) -> Token | None:
        """The verb of saying of the quote `span` sits in, when it is in another sentence of the quote."""
        if not _inside_quote(self.text, span.start_char):
            return None
        sentences = self.sents
        n = self._sentence(span)
        for k in (n - 1, n - 2, n + 1):
            if 0 <= k < len(sentences):
                verb = next((t for t in sentences[k] if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"
                             and _speaker_of(t) is not None), None)
                if verb is not None:
                    return verb
        return None

    def _antecedents(self, span: Span, pronoun: str, *, want: str | None = None) -> list[tuple[Resolution, str]]:
        """What a pronoun refers to: the latest group for "they", else the most salient compatible party."""
        want = want or PRONOUNS[pronoun]
        sentence = self._sentence(span)
        bound = clause_subjects(span.root)
        if want == "plural":
            group = self._latest_group(span.start_char, coordinated=True)
            if group is not None and sentence - group.sentence <= PRONOUN_REACH \
                    and not self._party_noun_between(group.start, span, plural=True, bound=bound):
                return [(r, f"pronoun '{span.text}' -> the coordinated parties before it") for r in group.members]
        bound_codes = {m.res.party.code for m in self.mentions
                       if any(m.res.party.start <= i < m.res.party.end for i in bound)} - {None}
        candidates = [m for m in self.mentions if m.start < span.start_char and 0 <= sentence - m.sentence
                      <= PRONOUN_REACH and (_compatible(m.res, want) or _sector_phrase(m.res, want)
                                            or want == "person" and one_person(m.res))
                      and self._number_agrees(m, want)
                      and m.res.party.code not in bound_codes]
        if want == "person" and (quote := _reported_quote(self.text, span)) is not None:
            # '"We urge *the Ugandan government* to ...," she said': who is named in a quote is not its speaker
            candidates = [m for m in candidates if not quote[0] < m.start < quote[1]]
        if want == "body" and pronoun == "it" and candidates:
            candidates = self._not_conjuncts(candidates)
        if not candidates:
            focus = self._person_in_focus(span, pronoun, bound) if want == "person" else None
            return [focus] if focus is not None else []
        # a place where something happens ("its policy *in Syria*") is the weakest antecedent in its sentence
        best = max(candidates, key=_salience)
        if contested(best, candidates, self.mentions, span.start_char):
            return []  # "the Kenyan president met Somalia's envoy. He ...": either of them
        if self._party_noun_between(best.start, span, plural=want == "plural", bound=bound, person=want == "person",
                                    body=want == "org"):
            return []  # "his lawyer said he ...": someone nearer, whom the tables cannot name, is meant
        if pronoun == "it" and span.root.lower_ == "it" and self._act_noun_between(best.start, span):
            return []  # "X welcomed *the ceasefire* and urged both sides to respect it": the act, not a party
        return [(best.res, f"pronoun '{span.text}' -> '{best.res.party.text}' ({best.res.party.code}), "
                           f"the most salient {want} before it")]

    def _not_conjuncts(self, candidates: list[Mention]) -> list[Mention]:
        """"Russia and China voted against it, and India and Pakistan abstained. *It* calls on ...": a coordinated
        phrase is plural, so "it" stands for none of its conjuncts. When the most salient candidate is one, the
        others remain only if one of them is as recent (its sentence or later); a party named only before the
        conjuncts is no likelier meant than they are, and the pronoun stays unresolved. (Only "it": a possessive
        "its" is often bound by its own clause, which the candidates leave out, and is read as before.)"""
        best = max(candidates, key=_salience)
        if not self._conjunct(best):
            return candidates
        rest = [m for m in candidates if not self._conjunct(m)]
        return rest if rest and max(m.sentence for m in rest) >= best.sentence else []

    def _conjunct(self, mention: Mention) -> bool:
        """True when the mention's phrase is coordinated with another in the text ("*Russia* and China")."""
        phrase = nlp.char_span(self.doc, mention.res.party.start, mention.res.party.end)
        return phrase is not None and bool(phrase.root.conjuncts)

    def _person_in_focus(self, span: Span, pronoun: str, bound: set[int]) -> tuple[Resolution, str] | None:
        """"X said ... He added ... *He* accused Y": beyond the sentence before it, "he" or "she" is still the
        person the story last named when every sentence since refers to that person again with a pronoun of the
        same gender and names no other person (PERSON_FOCUS_REACH sentences at most)."""
        gender = next((g for g in PERSON_GENDERS if pronoun in g), None)
        sentence = self._sentence(span)
        people = [m for m in self.mentions if m.start < span.start_char and m.res.kind in ("leader", "person")
                  and m.res.party.code and 0 <= sentence - m.sentence <= PERSON_FOCUS_REACH]
        if (quote := _reported_quote(self.text, span)) is not None:
            people = [m for m in people if not quote[0] < m.start < quote[1]]  # no speaker is named in the quote
        if gender is None or not people:
            return None
        best = max(people, key=lambda m: m.start)
        if any(not any(t.lower_ in gender for t in self.sents[k]) for k in range(best.sentence + 1, sentence)):
            return None  # a sentence since that does not refer to the person: the focus may have moved
        others = [e for e in self.ents if e.label_ == "PERSON" and best.res.party.end <= e.start_char < span.start_char
                  and not any(self.people.get(t.text) is not None and self.people[t.text].party.code
                              == best.res.party.code for t in e)]
        if others or self._party_noun_between(best.start, span, plural=False, bound=bound, person=True):
            return None
        return best.res, (f"pronoun '{span.text}' -> '{best.res.party.text}' ({best.res.party.code}), the person "
                          f"every sentence since refers to")

    def _number_agrees(self, mention: Mention, want: str) -> bool:
        """"they" wants a plural phrase or a people ("the Kurds", "rebels"); "it" wants no phrase headed by a plural
        common noun ("territory *it* seized" is not "tens of thousands of fighters"'); "he" and "she" take any. A
        people's word that only modifies a singular noun ("a *Kurdish* resident") is one person, not "they"."""
        if want not in ("body", "plural"):
            return True
        at = nlp.char_span_root(self.doc, mention.res.party.start, mention.res.party.end)
        root = self.doc[at] if at is not None else None  # the head of the mention's phrase
        if want == "body":
            return root is None or not (root.pos_ == "NOUN" and root.tag_ in PLURAL_TAGS)
        if mention.res.kind in ("people", *GROUP_KINDS):
            return root is None or not (root.tag_ == "NN" and root.pos_ == "NOUN")
        return root is not None and root.tag_ in PLURAL_TAGS

    def _party_noun_between(self, start: int, span: Span, *, plural: bool, bound: set[int] = frozenset(),
                            person: bool = False, body: bool = False) -> bool:
        """True when a noun that can name a party ("soldier", "jihadis") stands between `start` and `span`
        with the pronoun's number: it is the nearer antecedent, and it names no country. The subject of the
        object pronoun's own clause is none ("X left after *the government* accused *it*"); for "he" or "she"
        (`person`) nor is a body ("*the ministry* said he ...", word class `collective_body`); for a definite
        organization noun (`body`: "the group", "the bloc") only a body is ("Hamas's *leader* said the group ...":
        a person is no organization)."""
        bodies = word_classes()["collective_body"] if person or body else frozenset()
        doc = span.doc
        first = nlp.char_span(doc, start, start + 1)
        lo = first.end if first is not None else span.start
        for token in doc[lo:span.start]:
            # a lower-case word tagged PROPN ("jihadis") is a common noun the tagger did not know
            unknown = token.pos_ == "PROPN" and token.text.islower()
            if not (token.pos_ == "NOUN" or unknown) or not _subject_like(token) or token.lower_ not in self.idx.roles \
                    or token.idx in bound:
                continue
            if (token.lemma_.lower() in bodies or token.lower_ in bodies) != body:
                continue
            many = token.tag_ in PLURAL_TAGS or unknown and token.lower_.endswith("s")
            if many == plural and not self._mentioned(token):
                return True
        return False

    def _act_noun_between(self, start: int, span: Span) -> bool:
        """True when, in the pronoun's sentence after `start`, a direct object names an act or a situation ("the
        ceasefire", "the deal", "the war": `nouns.csv` classes action and situation) that no mention covers: "it"
        as an object after one ("welcomed *the ceasefire* and urged both sides to respect *it*") refers to that act
        far more often than to a party named before it."""
        if span.root.dep_ not in ("dobj", "pobj"):
            return False
        if any(t.dep_ == "relcl" for t in span.root.ancestors):
            return False  # "signed a deal with Uganda, which supplies *it* with weapons": a relative clause's object
        doc = span.doc
        sentence = nlp.sentence(span)
        first = nlp.char_span(doc, start, start + 1)
        lo = max(sentence.start, first.end if first is not None else sentence.start)
        classes = noun_classes()
        return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ == "dobj"
                   and classes.get(t.lemma_.lower()) in ("action", "situation") and not self._mentioned(t)
                   for t in doc[lo:span.start])

    def _mentioned(self, token: Token) -> bool:
        """True when `token` lies inside a resolved mention."""
        return any(m.res.party.start <= token.idx < m.res.party.end for m in self.mentions)


def _reported_quote(text: str, span: Span) -> tuple[int, int] | None:
    """The character bounds of the quotation `span` is the speaker of: '"...," *she* said', '"...", *he* added',
    a pronoun outside quotes, subject of a verb of saying, right after a closing quotation mark (None otherwise)."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEECH_LEMMAS or _inside_quote(text, span.start_char):
        return None
    before = text[:span.start_char].rstrip(" ,")
    if not before or before[-1] not in '"”':
        return None
    close = len(before) - 1
    if before[-1] == "”":
        start = before.rfind("“", 0, close)
    else:
        start = before.rfind('"', 0, close)
    if start < 0 or "\n" in text[start:close]:
        return None
    return start, close


def _ordinal_antecedents(span: Span) -> list[Span] | None:
    """"the latter", "the former", "the latter two": the last (first) noun phrases of the nearest coordination of
    nouns before `span`, in its sentence or the one before (None when `span` is no such phrase)."""
    words = view(span.doc).lower[span.start:span.end]  # the span's lower-cased words, without building its tokens
    if len(words) < 2 or words[0] != "the" or words[1] not in ORDINAL_ANAPHORS \
            or any(w not in ANAPHOR_COUNTS for w in words[2:]):
        return None
    count = ANAPHOR_COUNTS.get(words[2], 1) if len(words) > 2 else 1
    doc = span.doc
    sentence = nlp.sentence(span)
    lo = nlp.sentence_start(doc[sentence.start - 1]) if sentence.start > 0 else sentence.start
    for token in reversed(doc[lo:span.start]):
        if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN") or token.head.i >= token.i:
            continue
        first = token
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        members = sorted([first, *first.conjuncts], key=lambda t: t.i)
        if len(members) <= count:
            return []
        chosen = members[-count:] if words[1] == "latter" else members[:count]
        return [_noun_of(t) for t in chosen]
    return []


def _sector_phrase(res: Resolution, want: str) -> bool:
    """"*Syrian rebel factions* said they ...": a people's adjective with a sector modifier on a noun that is no role
    word names a party as a role would ("Syrian rebels"), so "they" may stand for it (its number is checked apart)."""
    return want == "plural" and res.kind == "adjective" and res.role is None and res.party.sector is not None


def _subject_like(token: Token) -> bool:
    """A subject, or the "of" noun of one ("a small group *of jihadis* drove up"): a pronoun's nearer antecedent."""
    if token.dep_ in ANTECEDENT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ANTECEDENT_DEPS


def _antecedents_of(clause: Token) -> list[Span]:
    """What a relative clause is about: its head noun, or with coordinated heads ("Chile and Bolivia, which ...")
    the nearest one when its verb is singular ("which backs") and all of them otherwise ("which have", "which had")."""
    head = clause.head
    if (subject := copula_subject(head)) is not None:
        return [_noun_of(subject)]  # "X is one of the few states *that* ...": X
    heads = [t for t in (head, *head.conjuncts) if t.i < clause.i]
    tags = {t.tag_ for t in (clause, *clause.children) if t.dep_ in ("aux", "auxpass") or t is clause}
    if head.tag_ in PLURAL_TAGS and "VBZ" in tags:
        # "allies such as Chile and Bolivia, which backs": the verb agrees with the nearest singular name
        near = next((t for t in reversed(clause.doc[head.i + 1:clause.left_edge.i]) if t.tag_ in ("NN", "NNP")), None)
        if near is not None:
            return [_noun_of(near)]
    if len(heads) > 1:
        if "VBZ" in tags:
            return [_noun_of(max(heads, key=lambda t: t.i))]
        if "VBP" in tags or not any(t.ent_type_ == "PERSON" for t in heads):
            # "which have", and for states or bodies a verb that shows no number ("Qatar and Saudi Arabia, which
            # *had backed* X"): all of them ("A, B and C, who shot himself": people, the one it hangs on)
            return [_noun_of(t) for t in sorted(heads, key=lambda t: t.i)]
    return [_noun_of(head)]


def _salience(mention: Mention) -> tuple:
    """How salient an antecedent is: the latest sentence first, then a subject, then no mere place ("its policy *in
    Syria*" is the weakest antecedent in its sentence), then the nearest."""
    return mention.sentence, mention.subject, not mention.place, mention.start
