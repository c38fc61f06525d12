"""Arguments of nominal triggers: actor tiers from the noun's own modifiers, its by- or between-phrase
and the subject of its governing verb; recipients from its prepositional phrases.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.syntax import (
    NOUN_RECIPIENT_PREPS, RECIPIENT_PREPS, children_with, governing_verb, is_passive, own_means, prep_objects,
    subject_tokens,
)
from dyads.lexicon import Entry
from dyads.senses import word_classes

# Verbs whose subject undergoes the nominal after "under": "came *under* attack", "remained under fire".
UNDERGOING_VERBS = ("come", "fall", "remain", "stay", "be")
# Prepositions through which a verb of suffering names what befell its subject ("died *in* an airstrike").
SUFFERED_PREPS = ("in", "during", "from", "after", "amid", "by")
MEDIATE_CAMEO = "045"
# Prepositions through which a nominal only dates or explains its governing verb's act ("fled to X *after* the
# invasion"): that verb's other phrases are not the nominal's.
ADJUNCT_PREPS = ("after", "before", "since", "following", "during", "amid", "despite", "until", "because")


def noun_arguments(noun: Token, entry: Entry) -> tuple[list[list[Token]], list[list[Token]], str]:
    """Actor tiers (own modifiers, between/by-phrase, governing verb's subject) and recipients of a nominal."""
    tiers: list[list[Token]] = []
    modifiers = [t for t in noun.children if t.i < noun.i and t.dep_ in ("poss", "compound", "amod", "nmod")
                 and any(w.pos_ in ("PROPN", "PRON") or w.text[:1].isupper() for w in t.subtree)]
    modifiers = modifiers or _acting_bodies(noun)
    tiers.append(modifiers)
    between = prep_objects(noun, ("between", "among"))
    if between and entry.cameo == MEDIATE_CAMEO:
        # "X's mediation between A and B": A and B are the recipients, the mediator acts
        verb = governing_verb(noun)
        subject = subject_tokens(verb)[0] if verb is not None else []
        return [modifiers, prep_objects(noun, ("by",)), subject], [between], "mediator (modifier, by-phrase, subject)"
    if between and not modifiers:
        return [between], [[]], "between"
    tiers.append(prep_objects(noun, ("by",)))
    recipients = prep_objects(noun, NOUN_RECIPIENT_PREPS)
    # "the withdrawal of troops *from X*": the moved or affected party's phrase names the recipient
    recipients += [r for obj in prep_objects(noun, ("of",)) for r in prep_objects(obj, NOUN_RECIPIENT_PREPS)
                   if r.i not in {t.i for t in recipients}]
    recipients = [r for r in recipients if not own_means(r)]
    verb = governing_verb(noun)
    how = "possessor/modifier, by-phrase"
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
            and verb.lemma_.lower() in UNDERGOING_VERBS and not is_passive(verb) and children_with(verb, ("nsubj",)):
        # "X came *under* attack (from Y)": X undergoes it; the attacker is the named source or unknown
        sources = prep_objects(noun, ("from", "by")) + prep_objects(verb, ("from", "by"))
        undergoer = subject_tokens(verb)[0]
        return [modifiers, sources], [undergoer], how + f", from-phrase; subject of '{verb.text} under' undergoes it"
    if verb is not None and _suffered(noun, verb):
        # "civilians died in an airstrike", "were killed in a raid": the subject is the victim, not the actor
        victims = subject_tokens(verb)[0]
        recipients = victims + [r for r in recipients if r not in victims]
        return [*tiers, []], [recipients], how + f"; subject of '{verb.text}' suffers it"
    if verb is not None:
        subject, _ = subject_tokens(verb)
        undergoer = _passive_undergoer(noun, verb)
        if undergoer and noun.head.lower_ == "under":
            # "X was put *under* investigation": X undergoes it
            return [*tiers, []], [undergoer], how + f", subject of passive '{verb.text}' undergoes it"
        if undergoer:
            # "X was engaged *in* fighting": X acts
            subject = undergoer
        tiers.append(subject)
        how += f", subject of governing verb '{verb.text}'"
        exclude = {t.i for a in subject for t in a.subtree} | {noun.i}
        if not recipients and not (noun.dep_ == "pobj" and noun.head.lower_ in ADJUNCT_PREPS):
            # "launched an attack *on X*" (the phrase parsed onto the verb); not when the noun names its own
            # target, nor from a verb the noun only dates ("fled *to X* after the invasion")
            recipients += [t for t in prep_objects(verb, RECIPIENT_PREPS) if t.i not in exclude]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent" and is_passive(noun.head.head):
        # "civilians were uprooted *by airstrikes*": those the passive befell are the act's recipients
        recipients += children_with(noun.head.head, ("nsubjpass",))
    return tiers, [recipients], how


def _acting_bodies(noun: Token) -> list[Token]:
    """"a *coalition* bombing raid", "the *regime* offensive", "a *police* raid": a lower-case noun of a body that
    acts (senses class `acting_body`) compounded with the act noun names who did it."""
    bodies = word_classes()["acting_body"]
    found = []
    for mod in (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i):
        found += [t for t in (mod, *mod.children) if t.dep_ == "compound" and t.pos_ == "NOUN"
                  and t.lemma_.lower() in bodies]
    return found[:1]


def befalls_subject(noun: Token, verb: Token) -> bool:
    """True for a nominal that names what befell the subject of an agentless verb of suffering ("civilians
    died in an airstrike", "were killed in a raid"): the nominal, not the verb, says who acted."""
    return _suffered(noun, verb) and not children_with(verb, ("agent", "dobj"))


def _suffered(noun: Token, verb: Token) -> bool:
    """True when `verb` is a verb of suffering (senses class `suffered`) whose subject the nominal befell."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SUFFERED_PREPS or noun.head.head.i != verb.i:
        return False
    return verb.lemma_.lower() in word_classes()["suffered"]


def _passive_undergoer(noun: Token, verb: Token) -> list[Token]:
    """The subject of an agentless passive that governs a nominal through "in" or "under"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under") or not is_passive(verb):
        return []
    if prep_objects(verb, ("by",)):
        return []
    return children_with(verb, ("nsubjpass",))
