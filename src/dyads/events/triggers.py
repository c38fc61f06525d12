"""Candidate triggers from the lexicon: which entry a token triggers, with object, particle, hyphen and
sense restrictions, and the modal-of-obligation trigger of reported clauses.
"""
from __future__ import annotations

from dataclasses import replace

import numpy

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, TAG
from spacy.tokens import Doc, Token

from dyads import nlp, senses, status
from dyads.events.syntax import prep_objects
from dyads.lexicon import NOT_AN_EVENT, Entry, Lexicon

# A noun modifying another noun ("*aid* workers") or a participle modifier ("*alleged* crimes") is no event.
NOT_EVENT_DEPS = ("compound", "nmod", "npadvmod")
# The lexicon part of speech of a token's part of speech (`match`); a proper noun is looked up as a noun.
ENTRY_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
# Generic nouns whose compound modifier names the event ("a *mediation* mission", "*aid* deliveries").
EVENT_HEAD_NOUNS = ("mission", "effort", "operation", "campaign", "initiative", "delivery", "shipment", "convoy",
                    "attempt")
# Nouns of degree whose compound modifier is the object meant ("raised its *alert* level", "alert status").
DEGREE_NOUNS = ("level", "status")
# Measures of time that may follow a phrasal verb's object ("removed from office *hours after* ...").
TIME_MEASURES = ("minute", "hour", "day", "week", "month", "year")
# Verbs of permission: whom they let act is their object ("let inspectors return", "allowed monitors to stay").
PERMIT_LEMMAS = ("let", "allow", "permit")
# Dependencies of a phrasal verb's particle ("pull *out*", "call *for*", "work *together*").
PARTICLE_DEPS = ("prt", "prep", "advmod")
# Words that set one of two conjuncts aside ("victory *instead of* a settlement", "*rather than* talks", "*not* talks").
SETTING_ASIDE = ("instead", "rather", "not")
# A sum the parser tags as money ("*$10 million*", "*10,000 euros*"), or a number with a currency sign ("*£3*
# million"), is the object "$" of a light-verb entry ("provide,VERB,$": "provided $10 million" gives economic aid).
MONEY_ENT, MONEY_WORD = "MONEY", "$"


def is_object(token: Token, entry: Entry) -> bool:
    """True when `token` is the object word of a light-verb entry (by lemma or form), or a measure of it
    ("provided tons *of aid*", "sent thousands *of troops*")."""
    return bool(entry.object) and entry.object in object_forms(token)


def object_forms(token: Token) -> frozenset[str]:
    """Every word an entry's object may be for `token` to be that object (`is_object`): the lemma, form and
    hyphened forms of the token and of its conjuncts, a degree noun's modifier, and what it is a measure of.
    Found once per token, not once per entry (a light verb has many entries)."""
    # "imposed tariffs and *sanctions*", "launched artillery, mortar and rocket *fire*"; not an alternative set
    # aside ("sought victory *instead of* a settlement", "rather than talks")
    words = [token, *(c for c in token.conjuncts if (c.dep_ == "conj" or token.dep_ == "conj")
                      and not _set_aside(token, c))]
    forms = {form for w in words for form in (*hyphen_forms(w), w.lemma_.lower(), w.lower_)}
    if any(w.ent_type_ == MONEY_ENT or any(c.is_currency for c in w.children) for w in words):
        forms.add(MONEY_WORD)
    if token.lemma_.lower() in DEGREE_NOUNS:
        forms.update(form for c in token.children if c.dep_ in ("compound", "amod")
                     for form in (c.lemma_.lower(), c.lower_))
    if senses.in_class(token, "occasion_head"):
        # "attended the *signing* ceremony", "the *inauguration* ceremony": the occasion is what it celebrates
        forms.update(form for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                     for form in (c.lemma_.lower(), c.lower_))
    forms.update(form for o in prep_objects(token, ("of",)) for form in (o.lemma_.lower(), o.lower_))
    if token.pos_ == "PROPN":
        # "received *Emir* Sheikh Tamim", "recalled *Ambassador* Juan Perez": a capitalized title before a name says
        # what the named object is, as the title alone would ("received the emir"); a common noun before a place
        # name does not ("took over the capital Bangui" takes the city, not "the capital")
        forms.update(form for t in token.doc[token.left_edge.i:token.i] if t.dep_ == "compound" and t.text[:1].isupper()
                     for form in (t.lemma_.lower(), t.lower_))
    return frozenset(forms)


def _set_aside(first: Token, other: Token) -> bool:
    """True when two conjuncts are alternatives, one set aside ("victory *instead of* a settlement", "war *rather
    than* talks", "sanctions, *not* talks")."""
    lo, hi = sorted((first.i, other.i))
    return any(t.lower_ in SETTING_ASIDE and t.dep_ in ("advmod", "cc", "preconj", "neg")
               for t in first.doc[lo + 1:hi])


def possible(doc: Doc, lexicon: Lexicon) -> set[int]:
    """The indices of the tokens `match` may find an entry for: a pass over the document's attribute arrays that
    skips, without building a Token, every token whose lemma and form are no lexicon word and that is neither the
    second part of a hyphened word nor a past form (`match` returns None for all of those)."""
    strings, hits = doc.vocab.strings, lexicon.word_cache
    if len(doc) == 0:
        return set()
    rows = doc.to_array([LEMMA, LOWER, ORTH, TAG])
    lemma, lower, orth, tag = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3]

    def known(values: numpy.ndarray) -> numpy.ndarray:
        """Per token: whether its string (a hash), lower-cased, is a lexicon lemma (looked up once per string)."""
        unique, inverse = numpy.unique(values, return_inverse=True)
        flags = []
        for value in unique.tolist():
            hit = hits.get(value)
            if hit is None:
                hit = hits[value] = strings[value].lower() in lexicon.lemmas
            flags.append(hit)
        return numpy.asarray(flags, dtype=bool)[inverse]

    past = numpy.isin(tag, [strings["VBD"], strings["VBN"]])
    after_hyphen = numpy.zeros(len(doc), dtype=bool)
    after_hyphen[2:] = orth[1:-1] == strings["-"]
    found = past | after_hyphen | known(lemma) | ((lower != lemma) & known(lower))
    return set(numpy.flatnonzero(found).tolist())


def match(token: Token, lexicon: Lexicon) -> Entry | None:
    """The lexicon entry a token triggers, respecting object and particle restrictions."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.lemmas and token.lower_ not in lexicon.lemmas \
            and not (token.i >= 2 and token.doc[token.i - 1].text == "-") \
            and (lemma := _ed_stem(token, lexicon)) is None:
        return None  # no entry is written for the word (most words of a text): nothing more to check
    pos = "VERB" if mistagged_participle(token) else ENTRY_POS.get(token.pos_)
    if pos is None or (pos == "VERB" and token.dep_ == "amod"):
        return None
    if token.dep_ in NOT_EVENT_DEPS and not names_event_of_head(token):
        return None
    if token.text[:1].isupper() and token.i != nlp.sentence_start(token) and not token.is_upper:
        return None
    entries = next((found for form in hyphen_forms(token) if (found := lexicon.candidates(form, pos))), []) \
        or lexicon.candidates(lemma, pos) or lexicon.candidates(token.lower_, pos)
    # entries whose object (if any) is the verb's object; a phrasal one of them, when its particle is there,
    # shadows the bare verb
    if any(e.object for e in entries):
        # the words that can be an entry's object, found once per token (a light verb has many entries)
        objects = senses.verb_objects(token)
        others = [*permitted(token), *gerund_objects(token)]
        object_words = frozenset().union(*(object_forms(c) for c in (*objects, *others)))
        fronted = _fronted_object(token, objects)
        particles = _particle_objects(token)
        entries = [e for e in entries if not e.object or e.object in object_words or e.object == fronted
                   or _particle_object(e, particles)]
    # each particle's gap is found once per token, not once per pair of entries
    order = _particle_order(token) if any(e.particle for e in entries) else []
    gaps = {e.particle: next((k for k, word in enumerate(order) if word == e.particle), None)
            for e in entries if e.particle}
    phrasal = any(gap is not None for gap in gaps.values())  # a phrasal entry's particle is there
    found: list[tuple[int, int, Entry]] = []
    for n, entry in enumerate(entries):
        gap = gaps[entry.particle] if entry.particle else 0
        if gap is None:
            continue
        if not entry.particle and not entry.object and phrasal:
            continue
        found.append((gap, n, entry))
    # "called *for* sanctions ... *in* the wake of": the particle nearest the verb makes the phrasal verb
    best = min(found, key=lambda f: (not f[2].object, not f[2].particle, f[0], f[1]), default=None)
    return _object_sense(token, senses.choose(token, best[2]), lexicon) if best else None


def _ed_stem(token: Token, lexicon: Lexicon) -> str | None:
    """The verb of a past form the lemmatizer's fallback only stripped of its "d" ("defunded" -> "defunde",
    "deregistered" -> "deregistere"), when the form without "-ed" is a word the lexicon has an entry for and the
    lemma is no word the lemmatizer knows ("bared" -> "bare" is right: no "bar")."""
    text = token.lower_
    if token.tag_ in ("VBD", "VBN") and text.endswith("ed") and token.lemma_.lower() == text[:-1] \
            and text[:-2] in lexicon.lemmas and not nlp.known_lemma(text[:-1]):
        return text[:-2]
    return None


def mistagged_participle(token: Token) -> bool:
    """"the town was *overrun* by X": a passive participle the tagger took for a noun (it has a passive
    auxiliary of its own and no determiner)."""
    return token.pos_ == "NOUN" and token.tag_ in ("NN", "VBN") \
        and any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "det" for c in token.children)


def _particle_objects(token: Token) -> dict[str, list[Token]]:
    """The objects of a verb's prepositions and particles, by the preposition's word (found once per token, not
    once per entry: a light verb has many entries)."""
    out: dict[str, list[Token]] = {}
    for p in token.children:
        if p.dep_ in ("prep", "prt"):
            out.setdefault(p.lower_, []).extend(o for o in p.children if o.dep_ == "pobj")
    return out


def _particle_object(entry: Entry, particles: dict[str, list[Token]]) -> bool:
    """"called *in the army*", "handed *in their weapons*", "put X *under arrest*": the parser makes a phrasal
    verb's particle a preposition (or a particle with an object of its own) and the entry's object that
    preposition's object (`particles`: `_particle_objects` of the verb)."""
    return bool(entry.particle) and any(is_object(o, entry) or _glued_to_time(o, entry)
                                        for o in particles.get(entry.particle, ()))


def _glued_to_time(noun: Token, entry: Entry) -> bool:
    """"removed X from *office hours* after ...": the parser makes the particle's object a modifier of the measure
    of time that follows it (hours, days, weeks after or before something)."""
    return noun.lemma_.lower() in TIME_MEASURES and any(c.dep_ == "compound" and is_object(c, entry) for c in noun.children)


def _fronted_object(token: Token, objects: list[Token]) -> str | None:
    """"took *hostage* aid workers", "held *hostage* two engineers": a light verb's object word put before the
    verb's real object, which the parser makes a compound modifier at that object's left edge (None when there is
    none; found once per token, not once per entry)."""
    if token.i + 1 >= len(token.doc):
        return None
    word = token.doc[token.i + 1]
    return word.lower_ if word.dep_ == "compound" and any(o.left_edge.i == word.i for o in objects) else None


def gerund_objects(token: Token) -> list[Token]:
    """A bare gerund the parser hangs on a verb as its clause, which names what is stopped or ended ("stopped
    *fighting*", "agreed to cease *firing*"): the object of a light-verb entry like a noun object."""
    return [c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
            and not any(a.dep_ in ("aux", "nsubj", "mark") for a in c.children)]


def permitted(token: Token) -> list[Token]:
    """Whom a verb of permission lets act, parsed as the subject of its clause ("let *inspectors* return"), and
    what it lets them do, the object of that clause ("allowed students to hold *a rally*")."""
    if token.lemma_.lower() not in PERMIT_LEMMAS:
        return []
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp") and any(s.dep_ == "nsubj" for s in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "dobj")]


def _object_sense(token: Token, entry: Entry, lexicon: Lexicon) -> Entry:
    """A light verb carries its object's sense: "launched a *cyber* attack", "staged *drone* strikes" code as
    the object noun alone would ("cyber attack" COERCE, "drone strikes" ASSAULT), when the noun's plain entry
    or its sense has the light verb's type (the light verb only carries the noun's event)."""
    if not entry.object:
        return entry
    for obj in (c for c in senses.verb_objects(token) if is_object(c, entry)):
        for noun in (e for e in lexicon.candidates(obj.lemma_.lower(), "NOUN") if not e.object and not e.particle):
            sense = senses.choose(obj, noun)
            if sense is noun or entry.event_type not in (noun.event_type, sense.event_type) \
                    or sense.event_type == NOT_AN_EVENT:
                continue
            return replace(entry, event_type=sense.event_type, mode=sense.mode, cameo=sense.cameo,
                           note=sense.note, source=f"{entry.source}; object {sense.source}")
    return entry


def hyphen_forms(token: Token) -> tuple[str, ...]:
    """The hyphenated word a noun or verb ends ("cease-fire", "sit-in", "build-up", "test-fired": the parser splits
    them at the hyphen), written with and without the hyphen; () when the token ends no such word."""
    doc, i = token.doc, token.i
    if token.pos_ not in ("NOUN", "PROPN", "VERB") or i < 2 or doc[i - 1].text != "-" \
            or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not doc[i - 2].is_alpha:
        return ()
    first = doc[i - 2].lower_
    return (f"{first}-{token.lemma_.lower()}", f"{first}{token.lemma_.lower()}")


def _particle_order(token: Token) -> list[str]:
    """The words of the verb's particle-like children, nearest first: how many come before an entry's particle is
    its gap (`match`; found once per token, not once per entry)."""
    children = [c for c in token.children if c.dep_ in PARTICLE_DEPS]
    # "stood *firm* against X", "held *firm*": an adjective of the verb's stance written as a particle entry
    children += [c for c in token.children
                 if c.pos_ == "ADJ" and (c.dep_ == "acomp" or c.dep_ == "advcl" and c.i == token.i + 1)]
    children += _for_complementizer(token)
    # "sent the envoy *packing*", "sent *packing* the envoy": a bare participle of an idiom parsed as the verb's
    # complement or object
    children += [c for c in token.children if c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "advcl")
                 and not any(g.dep_ in ("nsubj", "aux", "mark", "dobj") for g in c.children)]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "amod" and after.head.dep_ == "dobj" and after.head.head == token:
        children.append(after)  # "set *free* two soldiers": the particle parsed as a modifier of the object
    children.sort(key=lambda c: (c.dep_ != "prt", abs(c.i - token.i)))
    return [c.lower_ for c in children]


def _for_complementizer(token: Token) -> list[Token]:
    """"called *for* Iran to leave the treaty", "pressed *for* the troops to withdraw": the parser makes the "for" of
    a for-to clause right after the verb the clause's complementizer (mark), not the verb's preposition; it is
    still the verb's particle (the clause's subject is whom the act is aimed at)."""
    return [m for c in token.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > token.i
            for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def names_event_of_head(token: Token) -> bool:
    """"a *mediation* mission", "*aid* deliveries": a noun naming the kind of a generic event noun."""
    return token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.lemma_.lower() in EVENT_HEAD_NOUNS


def possible_modals(doc: Doc) -> set[int]:
    """The indices of the tokens `modal_entry` may find an entry for (auxiliaries), read off the document's
    dependency array without building a Token for every other word."""
    if len(doc) == 0:
        return set()
    deps = doc.to_array(DEP)
    return set(numpy.flatnonzero(deps == doc.vocab.strings["aux"]).tolist())


def modal_entry(token: Token, lexicon: Lexicon) -> Entry | None:
    """"X said Y *must* do Z": a modal of obligation in a reported clause is X's request to Y."""
    if token.dep_ != "aux" or token.head.dep_ != "ccomp" \
            or token.head.head.lemma_ not in status.words().say_verbs:
        return None
    found = lexicon.candidates(token.lower_, "MODAL")
    return found[0] if found else None
