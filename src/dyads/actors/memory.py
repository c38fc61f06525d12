"""What one document names: its people, states, bodies and coordinated parties, read once."""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dyads import nlp
from dyads.records import Party
from dyads.actors.vocab import LOCATIVE_PREPS, NAME_LABELS, NOT_PERSON_KINDS, PERSON_LABELS
from dyads.actors.tables import Index, Word
from dyads.actors.names import _proper
from dyads.actors.rules import Resolution, _titled_person, resolve_words, words_of_span
from dyads.actors.syntax import _counterpart, _noun_phrase, _proper_runs, _whole_entity
from dyads.actors.countries import CountryContext


@dataclass(slots=True)
class Mention:
    """A resolved mention in the document, for pronouns and "the two presidents"."""

    start: int
    sentence: int
    subject: bool
    res: Resolution
    place: bool = False  # the object of "in", "at", "near": where something happens, a weaker antecedent


@dataclass(slots=True)
class Group:
    """Coordinated parties ("Xi and Putin") that "the two presidents" or "they" can refer to."""

    start: int
    sentence: int
    members: tuple[Resolution, ...]
    coordinated: bool = True  # False for the subject and object of one verb (only "the two sides" means them)

    def holds(self, size: int) -> bool:
        """True when the group holds `size` distinct parties: "both" for "Xi and Putin", "the three" for "Russia,
        Iran and Turkey" (not "Trump, Erdogan and Turkey", two of one country)."""
        return len(self.members) == size == len({(r.party.code, r.party.name) for r in self.members})


@dataclass(slots=True)
class DocumentMemory(CountryContext):
    """The resolved mentions of one document, read on first use: people with their titles and countries
    ("Ukrainian President Volodymyr Zelenskyy"), states and bodies (for pronouns), and coordinated parties
    ("Xi and Putin", for "the two presidents")."""


    when: dt.date | None = None
    idx: Index | None = None
    people: dict[str, Resolution] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    doc: Doc | None = None
    sentence_of: dict[int, int] = field(default_factory=dict)
    ents: tuple[Span, ...] = ()
    ent_starts: tuple[int, ...] = ()  # the first token of each of `ents`
    text: str = ""  # Doc.text and Doc.sents are rebuilt on every access: read them once per document
    sents: tuple[Span, ...] = ()
    # The country of the story's setting (its dateline, or the place its lead is "in"), when the caller knows it.
    setting: str | None = None
    setting_why: str = ""
    # the setting is where the story happens (its dateline or lead), not only the country it names most
    setting_scene: bool = False
    # the one country the document names, if it names exactly one (`geo.one_named_country`): where unnamed locals
    # are when the story has no setting
    document_country: str | None = None
    document_country_at: tuple[int, ...] = ()  # start characters of its mentions (places and demonyms)
    # token index -> country of the words of the document's toponyms the gazetteer resolved to a first-level
    # region (`actors.regions`): places the actor tables do not list
    regions: dict[int, str] = field(default_factory=dict)
    # (start, end, code) of the parties whose country is only a guess from the story's setting -> how
    # (`Resolution.guessed`)
    guessed: dict[tuple[int, int, str], str] = field(default_factory=dict)
    # (start, end) of a phrase -> the index in `ents` of the named entity it is part of (`whole_entity`), None
    # when the phrase stands as it is
    wholes: dict[tuple[int, int], int | None] = field(default_factory=dict)

    def _latest_group(self, before: int, *, coordinated: bool = False) -> Group | None:
        earlier = [g for g in self.groups if g.start < before and (g.coordinated or not coordinated)]
        return max(earlier, key=lambda g: g.start) if earlier else None

    def _group_of(self, before: int, size: int, fits: Callable[[Group], bool] | None = None) -> Group | None:
        """The latest group before `before` that holds `size` distinct parties: "the two presidents" are the last
        two named together, though three were named together since ("Tanzania, Rwanda and Burundi"); with `fits`,
        the latest such group it accepts ("the three European governments": three states of Europe)."""
        held = [g for g in self.groups if g.start < before and g.holds(size) and (fits is None or fits(g))]
        return max(held, key=lambda g: g.start) if held else None

    def _known_person(self, words: list[Word]) -> Resolution | None:
        """The person named earlier whom a phrase's last personal name refers to ("Castro", "President Xi", "the
        parents of Jack Letts"). Only that name counts: a phrase naming someone with another surname is someone
        else, whatever given name they share ("Minister Paul Atanga Nji" is not "President Paul Biya"); titles
        ("Minister") and a people's adjectives ("a *Christian* man") are no personal names; places and bodies after
        the name are skipped ("President X of Somalia")."""
        for w in reversed(words):
            if not _proper(w.text) or w.label == "NORP" or w.text.lower() in self.idx.roles:
                continue
            if w.text in self.people:
                return self.people[w.text]
            if w.label in PERSON_LABELS:
                return None  # another person's name
        return None

    def _remember(self, span: Span, res: Resolution) -> None:
        subject = span.root.dep_ in ("nsubj", "nsubjpass")
        self.mentions.append(Mention(span.start_char, self._sentence(span), subject, res, _located_at(span.root)))

    def setting_guess(self, party: Party | None) -> str:
        """"scene" or "named" when `party`'s country is only a guess from the story's setting ("the government"
        in a story set in X; "named": X is only the country the story names most), else "": a weaker party than
        one its words or the text around it name."""
        return "" if party is None else self.guessed.get((party.start, party.end, party.code), "")

    def named_back(self, party: Party | None, sentence: Span) -> int:
        """How many sentences before `sentence` the document last named `party`'s code in a phrase before the
        party's own words (0: earlier in the same sentence; -1: no party or code, or never before): how far back a
        pronoun's, a definite description's or the setting's party was last named."""
        if party is None or not party.code:
            return -1
        here = self._sentence(sentence)
        last = max((m.sentence for m in self.mentions
                     if m.start < party.start and m.res.party.code == party.code and m.sentence <= here), default=None)
        return -1 if last is None else here - last

    def whole_entity(self, span: Span) -> Span:
        """`actors.syntax._whole_entity` of a phrase over the document's entities, remembered per phrase (each is
        resolved many times)."""
        key = (span.start, span.end)
        if key not in self.wholes and span.start < span.end:
            # a document's entities never overlap: only the last one to start at or before the phrase can hold it
            k = bisect.bisect_right(self.ent_starts, span.start) - 1
            whole = _whole_entity(span, self.ents[k:k + 1] if k >= 0 else ())
            self.wholes[key] = None if whole is span else k
        elif key not in self.wholes:
            whole = _whole_entity(span, self.ents)
            self.wholes[key] = None if whole is span else next(k for k, e in enumerate(self.ents) if e is whole)
        k = self.wholes[key]
        return span if k is None else self.ents[k]

    def _sentence(self, span: Span) -> int:
        return self.sentence_of.get(nlp.sentence_start(span), 0)

    def _read_document(self, doc: Doc) -> None:
        if self.doc is doc:
            return
        self.doc = doc
        self.people.clear()
        self.mentions.clear()
        self.groups.clear()
        self.guessed.clear()
        self.wholes.clear()
        self.sents = tuple(nlp.sentences(doc))
        self.sentence_of = {sent.start: n for n, sent in enumerate(self.sents)}
        self.ents = tuple(nlp.entities(doc))  # Doc.ents builds new Span objects on every access: read it once
        self.ent_starts = tuple(e.start for e in self.ents)
        self.text = nlp.text_of(doc)
        by_entity: dict[int, Mention] = {}
        titled: list[tuple[Span, Span, Resolution]] = []
        for ent in [*(e for e in self.ents if e.label_ in NAME_LABELS), *_proper_runs(doc)]:
            mention = self._read_entity(ent, titled)
            if mention is not None:
                by_entity[ent.root.i] = mention
        self.mentions.sort(key=lambda m: m.start)
        for ent, context, res in titled:  # second pass: the whole document's countries are known now
            # "Prime Minister Ana Silva" in a story set in X is X's, as the resolver guesses for the whole phrase: her
            # surname alone later ("Silva blamed ...") is the same person of the same country
            found = self._in_context(context, res) or self._in_setting(res, context)
            if found:
                by_entity[ent.root.i] = self._add_person(ent, context, replace(found[0], kind="person"))
        self.mentions.sort(key=lambda m: m.start)
        # a people listed in several countries ("the Kurds") takes the document's country here too, so that a
        # pronoun referring back to it ("they") gets the same country as the name itself
        placed = {id(m): self._placed(m) for m in self.mentions}
        self.mentions[:] = [placed[id(m)] for m in self.mentions]
        by_entity = {i: placed.get(id(m), m) for i, m in by_entity.items()}
        self._read_groups(doc, by_entity)
        self._read_pairs(doc, by_entity)

    def _placed(self, mention: Mention) -> Mention:
        """The mention with the country the document places it in, when its name is listed in several."""
        if len(mention.res.options) <= 1 or self.doc is None:
            return mention
        phrase = nlp.char_span(self.doc, mention.res.party.start, mention.res.party.end)
        return mention if phrase is None else replace(mention, res=self._choose_country(phrase, mention.res))

    def _read_entity(self, ent: Span, titled: list[tuple[Span, Span, Resolution]]) -> Mention | None:
        context = _noun_phrase(ent)
        if ent.label_ in ("NORP", "GPE") and ent.root.dep_ in ("amod", "compound", "poss") and ent.root.head.pos_ == "NOUN":
            context = _noun_phrase(ent.root.head.doc[ent.root.head.i:ent.root.head.i + 1])
        words = words_of_span(context)
        res = resolve_words(nlp.span_text(context), words, ent.start_char, ent.end_char, when=self.when, idx=self.idx)
        if res is not None and res.party.code is None and ent.label_ in PERSON_LABELS and _titled_person(words, res):
            titled.append((ent, context, res))
        if res is None or res.party.code is None or res.kind == "media":
            return None
        return self._add_person(ent, context, res)

    def _add_person(self, ent: Span, context: Span, res: Resolution) -> Mention:
        """Remember a resolved entity (and, for a person, each of its names) as a mention."""
        person = ent.label_ in PERSON_LABELS
        if person and res.kind in NOT_PERSON_KINDS:  # "Bosnian Serbs" tagged PERSON: the tables know better
            own = resolve_words(ent.text, words_of_span(ent), ent.start_char, ent.end_char, when=self.when,
                                idx=self.idx)
            person = own is None or own.kind not in NOT_PERSON_KINDS
        if person or res.kind == "leader":
            if res.kind not in ("leader", "user", "petrarch"):
                res = replace(res, kind="person", party=replace(res.party, name=ent.text,
                                                                why=res.party.why + f"; person '{ent.text}'"))
            for w in words_of_span(ent):
                if _proper(w.text) and len(w.text) > 1:
                    self.people.setdefault(w.text, res)
        subject = ent.root.dep_ in ("nsubj", "nsubjpass") or context.root.dep_ in ("nsubj", "nsubjpass")
        start = min(ent.start_char, context.start_char)
        mention = Mention(start, self._sentence(ent), subject,
                          res.with_party(res.party.named_by(nlp.span_text(context), context.start_char, context.end_char)),
                          _located_at(ent.root) or _located_at(context.root))
        self.mentions.append(mention)
        return mention

    def _read_groups(self, doc: Doc, by_entity: dict[int, Mention]) -> None:
        for i, mention in by_entity.items():
            token = doc[i]
            if token.dep_ == "conj":
                continue
            members = [mention] + [by_entity[c.i] for c in token.conjuncts if c.i in by_entity]
            parties = tuple(m.res for m in members)
            if len({p.party.code for p in parties}) > 1:
                self.groups.append(Group(mention.start, mention.sentence, parties))
        self.groups.sort(key=lambda g: g.start)

    def _read_pairs(self, doc: Doc, by_entity: dict[int, Mention]) -> None:
        """"Xi met Putin ... the two sides": the subject and the object of one verb also form a group."""
        by_head = {}
        for mention in by_entity.values():
            root = nlp.char_span_root(doc, mention.res.party.start, mention.res.party.end)
            if root is not None:
                by_head.setdefault(root, mention)
        for i, mention in by_head.items():
            token = doc[i]
            other = _counterpart(token) if token.dep_ == "nsubj" and not token.conjuncts else None
            if other is not None and other.i in by_head and by_head[other.i].res.party.code != mention.res.party.code:
                self.groups.append(Group(mention.start, mention.sentence, (mention.res, by_head[other.i].res),
                                         coordinated=False))
        self.groups.sort(key=lambda g: g.start)


def _located_at(token: Token) -> bool:
    """True for the object of a locative preposition ("fighting *in Syria*", "talks *at Geneva*")."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS
