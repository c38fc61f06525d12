"""Promised concessions: a commitment to yield is a concession (PLOVER CONCEDE).

PLOVER codes "declarations (but not implementations)" of retreats and concessions as CONCEDE, and says that a
future concession does not reduce to AGREE: "X *agreed to lift* the curfew", "X *promised to withdraw* its
troops", "X *pledged to release* the prisoners", "X *promised concessions*". The commitment verb is an AGREE
entry of word class `commitment`; the act of yielding is a trigger coding CONCEDE or RETREAT that is its to-clause
or, for verbs of promising, its object.
- Committing to a verbal concession (a CONCEDE act: lifting a curfew, easing restrictions, concessions) is that
  concession: the commitment codes CONCEDE (`retype`) and absorbs the act as before.
- Committing to a material retreat (releasing, withdrawing, allowing access, stopping the fighting) is in CAMEO an
  intent to yield (035x), which CAMEO2PLOVER maps to AGREE: the commitment stays AGREE, and the promised retreat
  (`promised`), instead of being absorbed by it, codes CONCEDE with the commitment's actor. Not a ceasefire after a
  verb of agreeing (word class `agreeing`: "X *agreed to stop fighting*", "agreed to cease hostilities"): that is
  an agreed ceasefire, coded as the agreement as "agreed to a ceasefire" is (the coding guide writes it
  `["AGREE", "RETREAT"]` at "agreed to ..."), so the halt is absorbed by it and no second event repeats it.
Two sides that agree with each other ("X and Y agreed to pull back their forces", "both sides agreed to ...",
"X agreed with Y to ...") make an agreement only: neither applies.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads import senses
from dyads.lexicon import Entry

YIELDING_TYPES = ("CONCEDE", "RETREAT")
# Nouns of commitment a light verb makes ("made a *commitment* to ease restrictions", "gave a *pledge* to withdraw").
COMMITMENT_NOUNS = ("commitment", "pledge", "promise", "undertaking")
CAMEO_INTENT_TO_YIELD = "035"
NOTE = "a commitment to yield is a concession (PLOVER CONCEDE: promised retreats and concessions)"


def _committing_verb(token: Token, event_type: str) -> Token | None:
    """The verb whose to-clause or object this yielding trigger is ("agreed *to lift*", "agreed to halt and
    *withdraw*", "promised *concessions*", "agreed to *concessions*"), if any. A retreat named by a noun after
    "to" ("agreed to a ceasefire") is agreed, not promised: only a verbal concession is."""
    node = token
    if node.dep_ == "conj" and node.head.dep_ in ("xcomp", "dobj"):
        node = node.head  # "agreed to stop fighting and *pull back*"
    if node.dep_ == "xcomp" and node.pos_ == "VERB":
        return node.head
    if node.dep_ == "acl" and node.pos_ == "VERB" and node.head.lemma_.lower() in COMMITMENT_NOUNS \
            and node.head.dep_ == "dobj":
        return node.head.head  # "made a commitment *to ease* restrictions": the light verb commits
    if node.dep_ == "dobj" and node.pos_ == "NOUN" and senses.in_class(node.head, "promising"):
        return node.head
    if event_type == "CONCEDE" and node.dep_ == "pobj" and node.pos_ == "NOUN" and node.head.lower_ == "to" \
            and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
        return node.head.head  # "agreed *to concessions*"
    return None


def _mutual(verb: Token) -> bool:
    """True when the commitment is made between parties: coordinated subjects, a subject naming both sides
    (word class `joint_parties`), or a with-phrase ("agreed *with Y* to ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "conj" and not subjects:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if any(s.conjuncts or senses.in_class(s, "joint_parties") for s in subjects):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "with" for p in verb.children)


def _commitments(doc: Doc, triggers: dict[int, Entry]) -> list[tuple[int, Entry, Token]]:
    """(index, entry, commitment verb) of every yielding trigger a party commits itself to on its own."""
    out = []
    for i, entry in triggers.items():
        if entry.event_type not in YIELDING_TYPES:
            continue
        verb = _committing_verb(doc[i], entry.event_type)
        if verb is None or verb.i not in triggers:
            continue
        own = triggers[verb.i]
        committed = own.object in COMMITMENT_NOUNS or not own.object and senses.in_class(verb, "commitment")
        if own.event_type != "AGREE" or not committed or _mutual(verb):
            continue  # a light-verb entry ("offered a ceasefire") has its own type
        out.append((i, entry, verb))
    return out


def retype(doc: Doc, triggers: dict[int, Entry]) -> dict[int, Entry]:
    """Triggers with every commitment to a verbal concession recoded CONCEDE ("agreed to lift the curfew")."""
    out = dict(triggers)
    for i, entry, verb in _commitments(doc, triggers):
        if entry.event_type == "CONCEDE":
            own = triggers[verb.i]
            out[verb.i] = replace(own, event_type="CONCEDE", mode="", cameo=CAMEO_INTENT_TO_YIELD,
                                  note=f"{own.note}; {NOTE}",
                                  source=f"{own.source}; committed to '{doc[i].text}': {NOTE}")
    return out


def promised(doc: Doc, triggers: dict[int, Entry]) -> dict[int, Entry]:
    """Retreats a party commits itself to (token index -> their CONCEDE entry): they code on their own rather
    than being absorbed by the commitment ("promised to *withdraw*")."""
    return {i: replace(entry, event_type="CONCEDE", mode="", cameo=CAMEO_INTENT_TO_YIELD,
                       note=f"{entry.note}; {NOTE}", source=f"{entry.source}; promised by '{verb.text}': {NOTE}")
            for i, entry, verb in _commitments(doc, triggers)
            if entry.event_type == "RETREAT" and not (entry.mode == "ceasefire" and senses.in_class(verb, "agreeing"))}
