"""Verdicts told by a verb of saying: "X said the sanctions *were illegal*", "the US plan was *a blatant attack*,
Syria said", "a protest the authorities said *was unacceptable*". A party that says another's act or another party
is a thing of a damning name criticises it as much as one that calls it so (CAMEO 111, PLOVER ACCUSE), with no
verb of criticism in the sentence.

Only a clause that asserts the verdict counts: a copula or a verb of amounting (`verdict_copulas`), not negated and
with no modal ("would be unacceptable" warns, it judges nothing done), whose subject is a noun (a pronoun names no
judged act or party), and whose predicate's head or its own modifiers carry the damning word (not a word deeper in
its phrase: "was a victim *of aggression*" judges the aggressor, not the subject).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.senses.table import in_class

# Word class of the verbs that link a subject to what it is judged to be ("was", "amounted to", "constituted").
COPULA_CLASS = "verdict_copulas"
# Word class of the words that blame a subject for a harm ("responsible", "guilty", "behind"), the prepositions that
# name the harm, and the word class of harms one is blamed for.
CULPABILITY_CLASS = "culpability"
BLAME_PREPS = ("for", "of", "in")
HARM_CLASS = "blamed_harm"
# Conjunctions of contrast that make a verdict a weighing ("legal but disrespectful").
CONTRAST_CONJUNCTIONS = ("but", "yet")
# Word class of names that deny a claim's truth ("baseless", "false"): said of anything, a denial, not a criticism.
FALSITY_CLASS = "falsity"
# Word class of nouns of a claim or a charge ("the allegations were baseless": a denial).
CLAIM_CLASS = "claim_nouns"
# Dependencies under a verb of saying of the clause it reports, and of a verb of saying put after that clause.
SAID_DEPS = ("ccomp",)
AFTER_DEPS = ("ccomp", "parataxis")
# Dependencies of a copula's predicate, of a verb of amounting's ("constituted *a violation*"), and the preposition
# of "amounted *to*".
PREDICATE_DEPS = ("acomp", "attr", "dobj")
AMOUNT_PREPS = ("to",)
# Modifiers of a predicate that are part of its name ("a *politically motivated* provocation", "*totally* illegal").
NAME_DEPS = ("amod", "advmod", "compound", "npadvmod")


def verdicts(verb: Token) -> list[tuple[Token, Token]]:
    """(subject, predicate) of each verdict a verb of saying reports: its clause ("said *the move was a provocation*"),
    the clause it is put after ("*the plan was an attack*, Syria said"), or, in a relative clause with no subject
    of its own, the noun it describes ("a protest the authorities said was unacceptable")."""
    clauses = [c for c in verb.children if c.dep_ in SAID_DEPS]
    if verb.dep_ in AFTER_DEPS and verb.head.i < verb.i:
        clauses.append(verb.head)
    out: list[tuple[Token, Token]] = []
    for clause in clauses:
        if not in_class(clause, COPULA_CLASS) or any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects and clause.head.i == verb.i and verb.dep_ == "relcl":
            subjects = [verb.head]  # "a protest the authorities said was unacceptable"
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or in_class(subjects[0], CLAIM_CLASS):
            # "said the allegations were baseless": a claim given a damning name is denied (REJECT), not criticised
            continue
        predicates = [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
        predicates += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in AMOUNT_PREPS
                       for o in p.children if o.dep_ == "pobj"]
        # "said Y was *behind* the attack": a preposition of culpability is the predicate itself
        predicates += [p for p in clause.children if p.dep_ == "prep" and in_class(p, CULPABILITY_CLASS)]
        out += [(subjects[0], p) for p in predicates]
    return out


def verdict_words(predicate: Token) -> list[Token]:
    """The words of a verdict's name: its predicate, that word's own modifiers and conjuncts ("unfair and
    *unjustified*")."""
    heads = [predicate, *predicate.conjuncts]
    return heads + [m for h in heads for m in h.children if m.dep_ in NAME_DEPS]


def damning(word: Token, cls: str) -> bool:
    """A word of class `cls` that does not only deny a claim's truth ("the threat is *unfounded*" denies, REJECT)."""
    return in_class(word, cls) and not in_class(word, FALSITY_CLASS)


def verdict_said(verb: Token, cls: str) -> bool:
    """True when a verb of saying reports a verdict whose name has a word of class `cls` (not a denial's); a word of
    culpability only with the harm it is blamed for ("responsible *for the attack*", "behind *the bombing*")."""
    return any(damning(w, cls) and (cls != CULPABILITY_CLASS or blamed_harm(w))
               for _, p in verdicts(verb) if not _conceding(p) for w in verdict_words(p))


def _conceding(predicate: Token) -> bool:
    """"was legal *but* disrespectful": a verdict that grants its subject something before it faults it weighs the
    act, it condemns no one (a predicate coordinated by a conjunction of contrast)."""
    return any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS for c in predicate.children)


def blamed_harm(word: Token) -> Token | None:
    """The harm a word of culpability blames its subject for: the object of its preposition ("responsible *for* the
    attack", "guilty *of* the killings") or its own object ("behind the bombing"), when of class `blamed_harm`
    ("responsible for security" blames no one)."""
    preps = [word] if word.pos_ == "ADP" else [c for c in word.children if c.dep_ == "prep" and c.lower_ in BLAME_PREPS]
    return next((o for p in preps for o in p.children if o.dep_ == "pobj" and in_class(o, HARM_CLASS)), None)
