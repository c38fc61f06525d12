"""The sides of talks a mediator or host convenes, named outside its participle ("Ethiopia and the rebels signed a
truce after talks *mediated by* the AU", "the two ministers met for talks *hosted by* Angola"): the mediator acts on
the parties that hold the talks, named by the meeting noun's own between- or with-phrase, or else by the subject of
the clause the talks belong to (the parties that sign after them, meet for them or hold them). Nothing when the
clause's subject only comments on the talks ("X welcomed talks mediated by Y")."""
from __future__ import annotations

from spacy.tokens import Token

from dyads.senses import in_class

# Prepositions of the meeting noun that name its sides ("talks *between* A and B mediated by C").
SIDE_PREPS = ("between", "with", "among")
# Prepositions by which a clause's subject takes part in the talks ("signed *after* talks", "met *for* talks").
TAKING_PART_PREPS = ("after", "during", "at", "in", "following", "for", "through", "via")
# Verbs whose subject holds the talks named by their object ("held talks mediated by X").
HOLDING_LEMMAS = ("hold", "attend", "join", "resume", "begin", "start", "open", "conclude", "end")


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [w for t in tokens for w in (t, *t.conjuncts)]


def meeting_noun(verb: Token) -> Token | None:
    """The meeting a mediating or hosting participle with a by-agent convenes ("talks *mediated by* X", "the talks
    were *hosted by* X"), or None."""
    if verb.tag_ != "VBN" or not in_class(verb, "mediating_participle") \
            or not any(c.dep_ == "agent" and any(o.dep_ == "pobj" for o in c.children) for c in verb.children):
        return None
    site = participle_site(verb)
    if site.dep_ == "acl" and in_class(site.head, "meeting_event"):
        return site.head
    return next((c for c in site.children if c.dep_ == "nsubjpass" and in_class(c, "meeting_event")), None)


def participle_site(verb: Token) -> Token:
    """The participle whose relation to the meeting noun a conjoined participle shares: "the talks were mediated by
    X *and hosted by* Y", "the talks, held in Z *and mediated by* X" (a conjunct with no passive subject of its own
    is said of the same talks as the participle it is conjoined to)."""
    site = verb
    for _ in range(3):
        if site.dep_ != "conj" or site.head.tag_ != "VBN" or any(c.dep_ == "nsubjpass" for c in site.children):
            break
        site = site.head
    return site


def convened_sides(verb: Token) -> list[Token]:
    """The parties holding the talks the participle's by-agent convenes; empty when none is named."""
    noun = meeting_noun(verb)
    if noun is None:
        return []
    named = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in SIDE_PREPS
             for o in p.children if o.dep_ == "pobj"]
    if named:
        return _with_conjuncts(named)
    if participle_site(verb).dep_ != "acl":
        return []  # "the talks were hosted by X": its subject is the talks themselves
    clause = _taking_part_clause(noun)
    if clause is None:
        return []
    # "A and B signed a deal, *committing* to a truce after talks ...": a participle or a conjunct with no subject
    # of its own shares its head's
    for _ in range(3):
        if subjects := [c for c in clause.children if c.dep_ == "nsubj"]:
            return _with_conjuncts(subjects)
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head.pos_ not in ("VERB", "AUX"):
            return []
        clause = clause.head
    return []


def _taking_part_clause(noun: Token) -> Token | None:
    """The verb whose subject takes part in the talks: the verb the meeting noun's phrase hangs on through a
    preposition of taking part ("signed *after* talks", "committed to a truce *after ten days of* talks", "met
    *for* talks"), or a verb of holding whose object it is ("held talks"); None otherwise ("welcomed talks")."""
    if noun.dep_ == "dobj":
        return noun.head if noun.head.lemma_.lower() in HOLDING_LEMMAS else None
    node, taking_part = noun, False
    for _ in range(4):  # up through "of"-phrases and phrases on nouns: "a truce after ten days of talks"
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        prep = node.head
        taking_part = taking_part or prep.lower_ in TAKING_PART_PREPS
        node = prep.head
        if node.pos_ in ("VERB", "AUX"):
            return node if taking_part else None
        if node.pos_ not in ("NOUN", "PROPN"):
            return None
    return None
