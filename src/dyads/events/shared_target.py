"""The target a second coordinated verb shares with the first.

"Pakistan accused *India* of violating the ceasefire and warned of retaliation", "X condemned *Y* and demanded an
apology", "the minister accused *the US* of bad faith and delivered an ultimatum": in a coordination of verb phrases
with one subject, a second act of hostile speech (a threat, a demand, an accusation) that names no party of its own
is addressed to the party the first, itself a hostile act, is aimed at (the coordinated phrases share their subject
and, left unsaid, their addressee; PLOVER codes the threat and the demand towards the accused). A second verb with a
subject of its own reports another act ("X accused Y, and Z warned ..."), and a first verb of another kind names no
party the second is aimed at ("welcomed the Indian premier and warned of terrorism"; "Kenya met Uganda and signed a
deal": the deal names no partner, tests/test_coordinated_verbs.py).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import lexicon
from dyads.events.syntax import children_with
from dyads.senses import in_class

# Hostile speech acts whose unstated addressee is the party the hostile verb they are coordinated with is aimed at.
SHARING_TYPES = frozenset(("THREATEN", "REQUEST", "ACCUSE"))
# Hostile acts whose object is the party a coordinated hostile speech act goes on to address.
HOSTILE_TYPES = frozenset(("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SANCTION", "COERCE", "ASSAULT", "PROTEST"))
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")


def _all_of(verb: Token, types: frozenset[str]) -> bool:
    """True when every lexicon entry of the verb is of these types (an ambiguous verb is not taken): its plain
    entries ("meet" is a meeting, "meet demands" a concession), else those with an object ("summon" an envoy)."""
    entries = [e for e in lexicon.load().candidates(verb.lemma_.lower(), "VERB")
               if not e.particle and e.event_type != "NONE"]
    entries = [e for e in entries if not e.object] or entries
    return bool(entries) and all(e.event_type in types for e in entries)


def conjoined_target(verb: Token, event_type: str) -> list[Token]:
    """The object of the hostile verb a hostile speech act is coordinated after, sharing its subject, or nothing."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return []
    first = verb.head
    if first.pos_ != "VERB" or first.i > verb.i or children_with(verb, SUBJECT_DEPS):
        return []
    if event_type not in SHARING_TYPES or not _all_of(first, HOSTILE_TYPES):
        return []
    return [o for o in children_with(first, ("dobj",)) if o.pos_ in ("PROPN", "NOUN")]


# The prepositions by which a verb of sending or writing names whom it addresses ("wrote *to* X", "sent an offer *to*
# X").
ADDRESS_PREPS = ("to",)
ADDRESSED_SPEECH_TYPES = frozenset(("REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "SUPPORT", "CONCEDE"))


def addressee_of_message(verb: Token, event_type: str) -> list[Token]:
    """Whom a participle of speech says its act to, when it hangs on a verb of writing or sending ("wrote to *X*,
    requesting assistance", "sent an offer to *X* asking that ...") or on the message itself ("a letter to *X*
    urging ..."): the participle shares that verb's subject and what it says is in the message sent to X."""
    if event_type not in ADDRESSED_SPEECH_TYPES or verb.tag_ != "VBG" or children_with(verb, SUBJECT_DEPS):
        return []
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ == "VERB" and in_class(head, "addressing_verb"):
        holders = [head, *(o for o in children_with(head, ("dobj",)) if in_class(o, "message"))]
    elif verb.dep_ == "acl" and head.pos_ == "NOUN" and in_class(head, "message"):
        holders = [head, *([head.head] if head.dep_ == "dobj" and in_class(head.head, "addressing_verb") else [])]
    else:
        return []
    return [o for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in ADDRESS_PREPS
            for o in p.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN", "PRON")]
