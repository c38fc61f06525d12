"""Parse-tree helpers for actor resolution: noun phrases, places, speakers and clause arguments."""
from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from dyads import nlp
from dyads.parse_view import view
from dyads.actors.vocab import (
    ARGUMENT_DEPS, ARRIVAL_LEMMAS, EMPTY_SUBJECTS, LOCATIVE_PREPS, PERSON_LABELS, QUANTITY_WORDS, SAID_DEPS,
    SPEECH_LEMMAS, _NP_DEPS,
)


def counted_head(span: Span) -> Token:
    """The noun a phrase is about: its root, or what a quantity word at its root counts ("*a number of*
    countries", "*several of* the governments" -> countries, governments), when that of-phrase is in the span."""
    root = span.root
    if root.lower_ not in QUANTITY_WORDS:
        return root
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj" and span.start <= c.i < span.end), None)
            if obj is not None:
                return obj
    return root


def _counterpart(subject: Token) -> Token | None:
    """The object of the subject's verb, or the object of its "with" ("met Putin", "talked with Putin"), or of
    its object's "with" ("postponed its meeting *with Russia*", "signed a deal *with Chile*")."""
    verb = subject.head
    for child in verb.children:
        if child.dep_ == "dobj":
            if child.pos_ == "NOUN":
                prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                partner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                return partner or child
            return child
        if child.dep_ == "prep" and child.lower_ == "with":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _speech_verb(token: Token) -> Token | None:
    """The verb of saying whose complement holds `token` ("'We will win,' he said" -> said)."""
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.lemma_.lower() in SPEECH_LEMMAS and node.dep_ in SAID_DEPS and _speaker_of(head) is not None:
            return head
        node = head
    return None


def _speaker_of(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON") else None


def _addressee_of(verb: Token) -> Token | None:
    """Whom something was said to: "told the envoy", "said to the envoy"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _inside_quote(text: str, at: int) -> bool:
    """True when an odd number of quotation marks precede character `at` of `text` in its paragraph."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    straight = paragraph.count('"')
    return straight % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def _other_arguments(span: Span) -> set[int]:
    """Start characters of the words of the other arguments of `span`'s clause ("met Chinese officials").

    Places nested inside an argument ("condemned the violence in Kenya") are not arguments.
    """
    node = span.root
    while node.dep_ in ("pobj", "prep", "compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    verb = node.head if node.head.i != node.i else node
    out: set[int] = set()
    stack = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS and not
             (c.left_edge.i <= span.root.i <= c.right_edge.i)]
    top = set(t.i for t in stack)
    while stack:
        token = stack.pop()
        if token.i not in top and token.dep_ == "prep" and token.lower_ in LOCATIVE_PREPS:
            continue
        out.add(token.idx)
        stack.extend(token.children)
    return out


def _quoted_others(span: Span) -> set[int]:
    """Start characters of the words a speaker's own words aim at ("'We have cut all contact *with Kigali*,' the
    minister said"): in what `span` says in the first person, the parties other than "we"/"I" are others."""
    node = span.root
    while node.dep_ in ("compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "nsubj":
        return set()
    out: set[int] = set()
    for clause in node.head.children:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ in ("ccomp", "parataxis") and subjects and all(s.lower_ in ("we", "i") for s in subjects):
            own = {t.i for s in subjects for t in s.subtree}
            out |= {t.idx for t in clause.subtree if t.i not in own}
    return out


def _whole_entity(span: Span, ents: Sequence[Span]) -> Span:
    """A span that is only part of a named entity ("United" of "the United Nations") becomes the entity.

    A phrase of its own that opens with a determiner inside a longer entity ("the YPG" of a mis-recognized
    "Isis for the YPG") stays as it is: it is not part of a name, unless the whole entity is a name the actor
    tables know ("the Children" of "Save the Children").
    """
    for ent in ents:
        if ent.start <= span.start and span.end <= ent.end and (ent.start, ent.end) != (span.start, span.end):
            if span.start > ent.start and span[0].dep_ == "det" and not _known_name(ent.text):
                return span
            if _hyphen_half(span, ent):
                return span  # "Putin" of "the Trump-Putin meeting": two names, two parties
            return ent
    return span


def _hyphen_half(span: Span, ent: Span) -> bool:
    """True for one word of two known names joined by a hyphen inside an entity ("Trump-Putin"), not of one name
    ("Guinea-Bissau")."""
    if len(span) != 1:
        return False
    doc, i = span.doc, span.start
    if i - 2 >= ent.start and doc[i - 1].tag_ == "HYPH":
        left, right = doc[i - 2].text, span.text
    elif i + 2 < ent.end and doc[i + 1].tag_ == "HYPH":
        left, right = span.text, doc[i + 2].text
    else:
        return False
    return hyphen_names(left, right)


def hyphen_names(left: str, right: str) -> bool:
    """True when two words joined by a hyphen are two known names, not one ("Guinea-Bissau")."""
    return _known_name(left) and _known_name(right) and not _known_name(f"{left}-{right}")


def _proper_runs(doc: Doc) -> list[Span]:
    """Runs of proper nouns the entity recognizer missed ("President Ruto" with no entity)."""
    array = doc.to_array([POS, ENT_TYPE])  # one array read instead of two string attributes per token
    # proper nouns outside entities, framed by False so that every run has a start and an end
    flags = numpy.zeros(len(doc) + 2, dtype=numpy.int8)
    flags[1:-1] = (array[:, 0] == PROPN) & (array[:, 1] == 0) if len(doc) else ()
    edges = numpy.flatnonzero(numpy.diff(flags)).tolist()  # starts and ends of the runs, alternately
    return [Span(doc, start, end) for start, end in zip(edges[::2], edges[1::2])]


AIMED_PREPS = frozenset(("at", "on", "against", "into", "toward", "towards"))


def _places_of(span: Span, *, verb: bool = True) -> list[Span]:
    """Place names modifying the span's head, then objects of locative prepositions attached to the span's words
    or (with `verb`) to the verb it belongs to. Remembered per document (asked again and again for one
    sentence while its parties are resolved)."""
    doc = span.doc
    memo = nlp.table(doc, "dyads.actors.places_of")
    key = (span.start, span.end, verb)
    if key not in memo:
        memo[key] = tuple((p.start, p.end) for p in _find_places(span, verb=verb))
    return [Span(doc, start, end) for start, end in memo[key]]  # bounds of real spans: no slice to normalize


def _find_places(span: Span, *, verb: bool) -> list[Span]:
    doc, lo, hi, root = span.doc, span.start, span.end, span.root.i
    parse = view(doc)
    dep, lower, text, ent_type, children = parse.dep, parse.lower, parse.text, parse.ent_type, parse.children
    root_head = parse.head[root]
    outside = not lo <= root_head < hi
    heads = [*range(lo, hi), root_head] if verb and outside else range(lo, hi)
    # "*Aleppo* residents", "*Gaza* protesters": a place name modifying the phrase's head locates it
    out = [doc[doc[c].left_edge.i:c + 1] for c in children[root]
           if dep[c] in ("compound", "nmod", "amod") and text[c][:1].isupper() and ent_type[c] not in ("NORP", "PERSON")
           and c < root]
    for head in heads:
        if head == root_head and outside and dep[head] == "relcl" and any(dep[c] == "advmod" and lower[c] == "where"
                                                                          for c in children[head]):
            out.append(_noun_of(doc[parse.head[head]]))  # "in Syria, *where* Kurdish forces pushed into Raqqa": in Syria
        # "fired rockets at southern Israel": "at" after a verb's object is its target, not where the actor is
        # (also over a whole sentence, and after the object itself: "fired rockets *at* the town")
        preps = [c for c in children[head] if dep[c] == "prep" and lower[c] in LOCATIVE_PREPS]
        if not preps:
            continue  # most words have no locative phrase: whether the verb is aimed need not be asked
        aimed = (not lo <= head < hi or dep[root] == "ROOT") and (
            dep[head] == "dobj" or any(dep[c] == "dobj" for c in children[head]))
        for prep in preps:
            if not (aimed and lower[prep] == "at"):
                out += [_noun_of(doc[c]) for c in children[prep] if dep[c] == "pobj"]
    return out


def _aimed_places(span: Span) -> list[Span]:
    """What the verb of `span` is aimed at with a preposition ("fired rockets *at southern Israel*", "launched
    strikes *on* the town"): places that are targets, not where the actor is."""
    verb = span.root.head
    if verb in span or verb.pos_ not in ("VERB", "AUX"):
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [_noun_of(o) for h in heads for p in h.children
            if p.dep_ == "prep" and p.lower_ in AIMED_PREPS for o in p.children if o.dep_ == "pobj"]


# Dependencies that start a clause of their own: a place in one says where that clause happens, not another's.
CLAUSE_DEPS = ("ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "pcomp")


def clause_head(token: Token) -> Token:
    """The head of the clause `token` belongs to: the first of it and its heads that starts a clause (`CLAUSE_DEPS`,
    or a verb coordinated with another: "..., and the ministry *accused* India")."""
    for _ in range(len(token.doc)):
        if token.dep_ in CLAUSE_DEPS or token.head.i == token.i \
                or token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return token
        token = token.head
    return token


def _noun_of(token: Token) -> Span:
    """The noun phrase of `token` without relative clauses, appositions, coordination or punctuation."""
    parse = view(token.doc)
    dep, children = parse.dep, parse.children
    keep, stack = {token.i}, [token.i]
    while stack:
        for child in children[stack.pop()]:
            if dep[child] not in ("relcl", "acl", "appos", "punct", "conj", "cc", "advcl"):
                keep.add(child)
                stack.append(child)
    return token.doc[min(keep):max(keep) + 1]


def _is_place(span: Span, *, capital: bool) -> bool:
    """True for "talks in Beijing"; a capital that hosts an arrival ("landed in Beijing") stays a party."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
        return False
    return not capital or root.head.head.lemma_.lower() not in ARRIVAL_LEMMAS


def _noun_phrase(ent: Span) -> Span:
    """The entity with its titles and "of <country>" ("Ukrainian President Volodymyr Zelenskyy")."""
    root = ent.root
    heads = [root]
    # "...'s envoy in Geneva, Ana Ruiz": a person in apposition to a place is not that place's
    place_head = ent.label_ in PERSON_LABELS and root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC", "FAC")
    if root.dep_ in ("appos", "compound") and root.head.i != root.i and not place_head:
        heads.append(root.head)
    elif place_head and root.head.dep_ == "pobj" and root.head.head.dep_ == "prep" \
            and root.head.head.head.pos_ == "NOUN" and root.head.head.head.i < root.head.i:
        # "X's ambassador to the United States, Ana Ruiz": the name is in apposition to the envoy, parsed onto
        # the place the envoy is sent to
        heads.append(root.head.head.head)
    keep = set(range(ent.start, ent.end))
    parse = view(ent.doc)
    dep, lower, ent_type = parse.dep, parse.lower, parse.ent_type
    for head in heads:
        keep.add(head.i)
        for child in parse.children[head.i]:
            if dep[child] in _NP_DEPS:
                keep.update(parse.descendants(child))
            elif dep[child] == "prep" and lower[child] == "of":
                keep.update(parse.descendants(child))
            elif dep[child] == "appos" and (ent_type[child] or ent.label_ in PERSON_LABELS):
                keep.update(parse.descendants(child))
    lo, hi = min(keep), max(keep) + 1
    return Span(ent.doc, lo, hi)  # not `doc[lo:hi]`, which normalizes the slice first


_MODIFIER_DEPS = frozenset(("poss", "compound", "amod", "nmod", "npadvmod"))


def host_noun(span: Span) -> Token:
    """The noun a party phrase stands on: its root, or the noun its modifier belongs to ("the UK's" of "the
    UK's military response" -> response; "Syrian" of "Russian and Syrian airstrikes" -> airstrikes; "A drone
    shot down by X", misparsed as a clause -> drone)."""
    node = span.root
    if node.pos_ == "VERB":  # "A drone shot down by X exploded": a reduced relative parsed as a clause
        node = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < node.i), node)
    while node.dep_ == "conj" and node.head.i < node.i and node.head.dep_ in _MODIFIER_DEPS:
        node = node.head  # "Russian and *Syrian*": the first conjunct holds the modifier relation
    while node.dep_ in _MODIFIER_DEPS and node.head.i != node.i and not (span.start <= node.head.i < span.end) \
            and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    return node


def author_spans(span: Span, host: Token, agent_nouns: frozenset[str]) -> list[Span]:
    """Phrases that may name who did the act `host` heads: its by-phrase ("the killings *by X*"), its modifiers or
    possessor ("*the Turkish* invasion of Y"), and the "of" phrase of an act whose "of" phrase is its agent ("the
    withdrawal *of X's troops*"). The undergoer in another "of" phrase ("the invasion of *Y*") and the place in an
    "in" phrase ("attacks *in Y*") never name its author."""
    doc = span.doc
    # a by-phrase names the author outright; words before the noun often name only its means ("the *helicopter*
    # raid by X", "an *air* strike by X"), so it is tried first
    parts = [_noun_of(o) for p in host.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
             for o in p.children if o.dep_ == "pobj"]
    parts += [doc[span.start:host.i]] if host.i > span.start else []
    if host.lemma_.lower() in agent_nouns:
        parts += [_noun_of(o) for p in host.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    return parts


# Object pronouns, which never stand for the subject of their own clause.
OBJECT_PRONOUNS = ("it", "them", "him", "her")
OBJECT_PRONOUN_DEPS = ("dobj", "pobj", "dative")


def clause_subjects(pronoun: Token) -> set[int]:
    """Character offsets of the subject of the clause whose object a pronoun is ("Egypt cut ties with Doha,
    accusing *it*": Egypt): an object pronoun never stands for its own clause's subject ("itself" would). The
    subject of a relative clause whose relative pronoun is its object never stands for what the clause is about
    ("the militia, *which it* armed": not the militia)."""
    if pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom", "who") for c in pronoun.head.children):
        noun = pronoun.head.head
        return {t.idx for t in noun.subtree if t.i < pronoun.head.left_edge.i}
    if pronoun.dep_ not in OBJECT_PRONOUN_DEPS or pronoun.lower_ not in OBJECT_PRONOUNS:
        return set()
    node = pronoun.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {t.idx for c in subjects for t in c.subtree}
        if node.dep_ not in ("advcl", "xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    return set()


def _known_name(text: str) -> bool:
    """The actor tables name this text (articles aside, as names are looked up)."""
    from dyads.actors.tables import _key, index  # tables load lazily: syntax helpers are imported early

    return bool(index().entries(_key(text)))


def join_split_names(spans: Sequence[Span]) -> list[Span]:
    """"Saint Kitts and Nevis", "the government of Trinidad and Tobago": a name with "and" in it that the parser
    split into two coordinated phrases is one party; the two phrases are joined when the name the tables know ends
    the first and runs into the second ("Saint Kitts" + "and" + "Nevis")."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and span.start == last.end + 1 and span.doc[last.end].lower_ in ("and", "&") \
                and _named_across(last, span):
            out[-1] = span.doc[last.start:span.end]
            continue
        out.append(span)
    return out


def _named_across(first: Span, second: Span) -> bool:
    """True when proper words ending `first`, "and", and proper words opening `second` form a name the tables know."""
    doc = first.doc
    starts, i = [], first.end - 1
    while i >= first.start and (doc[i].pos_ == "PROPN" or doc[i].is_title):
        starts.append(i)
        i -= 1
    for start in starts:
        for stop in range(second.start + 1, min(second.end, second.start + 3) + 1):
            if _known_name(doc[start:stop].text):
                return True
    return False


# Copulas whose predicate noun describes their subject ("Russia *became* the first country to recognise X").
COPULA_LEMMAS = ("be", "become", "remain")


def copula_subject(noun: Token) -> Token | None:
    """"*Norway* is one of the few governments that provide aid", "*Japan* is the only country to trade with X",
    "*Russia* became the first country to recognise X": the noun a relative clause describes stands in the predicate
    of a copula (`COPULA_LEMMAS`), so the clause says what the copula's subject does (None when the noun is no such
    predicate, or the subject is an empty "it"/"this")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "one":
        node = node.head.head  # "one *of* the few governments"
    if node.dep_ != "attr" or node.head.lemma_ not in COPULA_LEMMAS:
        return None
    subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in EMPTY_SUBJECTS:
        return None
    return subject
