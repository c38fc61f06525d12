"""Argument predicates of a trigger read off the parse: what a verb acts on, who does what it names, the noun a
relative clause describes, what a verb of naming calls its object."""
from __future__ import annotations

from spacy.tokens import Token

RELATIVE_TAGS = ("WDT", "WP")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions by which an answer names what it answers ("respond *to*", "retaliate *for*", "revenge *against*").
ANSWER_PREPS = ("to", "for", "against")


def answering_word(noun: Token) -> Token | None:
    """The word (senses class `answering`) by which a party answers the act a nominal names: "responded *to* Israel's
    strike", "will retaliate for the raid", "avenged the killing", "in response to the attack" (a conjunct answered
    as its first one is: "responded to the strikes and *raids*"); None when the nominal answers nothing."""
    from dyads.senses.table import word_classes

    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    answering = word_classes()["answering"]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        head = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ANSWER_PREPS and noun.head.head.pos_ in ("VERB", "NOUN"):
        head = noun.head.head
    else:
        return None
    return head if head.lemma_.lower() in answering or head.lower_ in answering else None


def relative_object(token: Token) -> list[Token]:
    """The noun a relative clause describes when it is the clause verb's object: "parts *that* Turkey had seized"
    (an object relative pronoun), "the territory it seized" (no pronoun; a subject of its own, no object and no
    stranded preposition: "the town it withdrew *from*" is no object of "withdrew")."""
    noun = token.head
    if token.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    children = list(token.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in children):
        return [noun]
    if any(c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp", "xcomp") for c in children):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj"]
    stranded = any(c.dep_ in ("prep", "prt") and not any(o.dep_ in ("pobj", "pcomp") for o in c.children)
                   for c in children)
    if subjects and all(s.tag_ not in RELATIVE_TAGS for s in subjects) and not stranded \
            and not any(c.tag_ in ("WRB",) or c.lower_ in ("where", "when", "why") for c in children):
        return [noun]
    return []


def verb_objects(token: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, or the noun a reduced participle with a by-agent
    modifies ("hostages *held by X*", "a video *released by X*", "fighters *being held by X*")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "agent" for c in token.children) \
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") or c.dep_ == "auxpass" and c.lower_ != "being"
                        for c in token.children):
        objects.append(token.head)
    return objects


def _agents(token: Token) -> list[Token]:
    """Who does what a trigger names: a verb's subject; a noun's possessor, compound, by-phrase or the
    subject of the verb it is an argument of ("workers went *on strike*")."""
    if token.pos_ == "VERB":
        node = token.head if token.dep_ in ("conj", "xcomp") and not _subjects(token) else token
        subjects = _subjects(node)
        if not subjects and token.dep_ == "xcomp" and node is not token:
            # "workers are expected to *strike*", "troops were ordered to *attack*": the passive's subject does it
            subjects = [c for s in node.children if s.dep_ == "nsubjpass" for c in (s, *s.conjuncts)]
        if not subjects and token.dep_ == "xcomp" and node.dep_ == "acomp":
            subjects = _subjects(node.head)  # "workers were *prepared* to strike": the copula's subject
        # "workers *who* struck": a relative pronoun stands for the noun its clause describes
        subjects = [_antecedent(s) for s in subjects]
        if not subjects and token.dep_ == "acl" and token.tag_ in ("VBD", "VBG"):
            # "officials *travelling* to Kampala", and a finite verb the parser hung on its subject as a clause
            # ("a delegation ... *journeyed* to Kampala"): the noun described does it (not so a passive participle,
            # "weapons *flown* to Kampala", whose noun undergoes it)
            subjects = [token.head]
        # a passive's doer is its by-agent: "were *pushed out by the army*"
        doers = [o for p in token.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        return subjects + [c for d in doers for c in (d, *d.conjuncts)]
    out = [c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i]
    out += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if token.dep_ == "nsubjpass":  # "the evacuation was carried out *by volunteers*": the passive's by-agent
        out += [o for p in token.head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    verb = token.head
    if token.dep_ == "pobj":
        verb = token.head.head
    if token.dep_ in ("dobj", "attr", "pobj") and verb.pos_ in ("VERB", "AUX"):
        out += _subjects(verb)
    return out


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("workers *who* struck"), else the subject itself."""
    clause = subject.head
    if subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return subject


def _subjects(verb: Token) -> list[Token]:
    return [c for s in verb.children if s.dep_ == "nsubj" for c in (s, *s.conjuncts)]



JUDGEMENT_DEPS = ("oprd", "ccomp", "xcomp", "acomp")


def judgement_words(verb: Token) -> list[Token]:
    """The words of what a verb of naming calls its object: an object predicate ("called X *a crime*"), an
    as-phrase ("described X *as reckless*"), or words the parser hung on the object's right ("called the decision
    *completely unjustified*"). Empty when the verb has no object (active or passive)."""
    if (name := _relative_name(verb)) is not None:
        return list(name.subtree)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return _small_clause_words(verb) + [w for p in _merged_predicates(verb) for w in p.subtree
                                            if w.i >= p.i] + [w for p in _named_predicates(verb) for w in p.subtree
                                                              if w.i > p.i]
    # "held Iran *accountable* for X": the parser may hang the predicate adjective on the verb as a clause
    out = [w for c in verb.children if c.dep_ in JUDGEMENT_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
           or (c.dep_ == "advcl" and c.pos_ == "ADJ") for w in c.subtree]
    out += [w for o in objects if o.dep_ == "dobj" for w in o.subtree if w.i > o.i]
    out += [w for p in second_objects(verb) for w in p.subtree]
    return out


def second_objects(verb: Token) -> list[Token]:
    """"designated *him* a *terrorist*", "named Hamas a terrorist group": the parser makes two objects of an object
    and its object predicate; the later ones are the name given. Only after a name or a pronoun, or an indefinite
    name after a noun; a relative pronoun ("which X designated a ...") leaves the clause to its antecedent."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(dobjs) < 2 or dobjs[0].tag_ in RELATIVE_TAGS or dobjs[0].pos_ not in ("PRON", "PROPN", "NOUN"):
        return []
    # after a common noun, only an indefinite name ("designated the preacher *a* terrorist"): "took hostage *two*
    # soldiers" is a light verb's noun and its object
    return [o for o in dobjs[1:] if o.pos_ == "NOUN" and (dobjs[0].pos_ != "NOUN" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children))]


def judged_objects(verb: Token) -> list[Token]:
    """What a verb of naming calls something: its object ("called *the allegations* baseless"), its passive
    subject ("*the claims* were called false") or the subject of a verbless clause the parser made of object and
    predicate, with their conjuncts."""
    if _relative_name(verb) is not None:
        return [verb.head, *verb.head.conjuncts]  # "a move *Zagreb called a provocation*": the noun it describes
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out += _named_predicates(verb)
    out += [a for c in verb.children if c.dep_ == "ccomp" and c.tag_ not in FINITE_TAGS
            and not any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children)
            for a in c.children if a.dep_ == "nsubj"]
    out += [m for p in _merged_predicates(verb) for m in _merged_object(p)]
    return [w for o in out for w in (o, *o.conjuncts)]


# Dependencies of a noun the parser hung on an object predicate it merged with the object ("called [the *decision*
# indefensible]").
MERGED_OBJECT_DEPS = ("compound", "amod", "nmod")


def _merged_object(predicate: Token) -> list[Token]:
    """The object noun inside a predicate the parser merged with it: the noun modifier right after an article or
    possessor that opens the phrase ("the *ruling* illegitimate", "Israel's *blockade* illegal")."""
    nouns = [c for c in predicate.children if c.dep_ in MERGED_OBJECT_DEPS and c.i < predicate.i
             and c.tag_ in ("NN", "NNS", "NNP", "NNPS", "VBG")]
    return nouns[-1:] if nouns and any(c.dep_ in ("det", "poss") and c.i < nouns[-1].i
                                       for c in predicate.children) else []


def _merged_predicates(verb: Token) -> list[Token]:
    """"called the decision indefensible", parsed as one phrase [the decision indefensible] with the predicate its
    head (often mistagged a noun): an object predicate of a verb with no object whose phrase opens with an
    article or a possessor and a noun."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "oprd" and _merged_object(c)]


def _relative_name(verb: Token) -> Token | None:
    """"a step *Moscow called a provocation*", "a move the opposition called *an attempt to ...*": in a relative
    clause with no relative pronoun the noun it describes is what is named, and the verb's nominal object (or
    object predicate) is the name the parser hung on it. None when the verb is no such relative clause, or its
    object is a relative pronoun ("a move *which* X described as ...") or a passive subject names what is named."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "nsubjpass" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    names = predicates if not objects else objects if not predicates else []
    if len(names) != 1 or names[0].pos_ not in ("NOUN", "ADJ") or names[0].tag_ in RELATIVE_TAGS:
        return None
    return names[0]


def _named_predicates(verb: Token) -> list[Token]:
    """"called [the Slovenian *move*] a provocation", parsed with the object as an object predicate and the name as
    its object: an object predicate noun opened by an article or a possessor, with a nominal object after it (the
    name), of a verb with no object of its own."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"
            and any(d.dep_ in ("det", "poss") for d in c.subtree if d.i < c.i)
            and any(o.dep_ == "dobj" and o.i > c.i and o.pos_ == "NOUN" for o in c.children)]


def _small_clause_words(verb: Token) -> list[Token]:
    """"found [the minister *guilty*]", "declared [two diplomats *persona non grata*]": the parser often reads an
    object and its predicate as a verbless clause with the object as its subject; its predicate's words (not the
    subject's) are what the verb calls the object. A clause with an auxiliary or "that" is a finite clause."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.tag_ in FINITE_TAGS \
                or any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children) \
                or not any(a.dep_ == "nsubj" for a in c.children):
            continue
        subject = {w.i for a in c.children if a.dep_ == "nsubj" for w in a.subtree}
        out += [w for w in c.subtree if w.i not in subject]
    return out


# Tags of a finite verb: its clause asserts something ("found the army *killed* them"), it names no predicate.
FINITE_TAGS = ("VBD", "VBZ")

