"""Habitual descriptions: a relative clause in the simple present that says what a party does as a rule ("the
volunteer group *that rescues* people from the rubble", "a sect *that offers* conversion therapy", "the Taliban,
*who oppose* its reading of Islam") describes the party that does it; it reports no specific act (coding guide,
"What is an event" 3: a generic or habitual description is no event). A clause that places the act in time
("which meets *on Monday*"), or marks it as going on now ("which *still* holds them", "who *now* demands"), stays
an event, and so does a progressive or perfect ("which *is bombing*", "which *has signed*": an auxiliary), and a
clause whose subject is not its noun ("a charge *the army denies*": the army's answer to it). A clause set off by a
comma that reports a named party's ongoing relationship ("Washington, *which works* with the YPG", "the coalition,
*which arms* the SDF"), or that a predicate noun gives its subject ("Cuba is a country *that supports* the rebels"),
is an event too: the coding guide codes current support, aid and cooperation told in a verb clause. Only an act
told as done is judged here: one whose status is already planned, hypothetical or negated ("an agreement, which
demands X": the terms of a deal) keeps that status."""
from __future__ import annotations

from spacy.tokens import Token

# Simple present tags: third person singular and other persons.
PRESENT_TAGS = ("VBZ", "VBP")
# Adverbs that make a present act one going on now, not a habit ("which *still* detains them").
NOW_WORDS = ("now", "currently", "still", "today", "tonight", "presently", "already", "again")
TIME_ENTS = ("DATE", "TIME")
RELATIVE_TAGS = ("WDT", "WP")
# Types of an ongoing relationship between parties, reported by a non-restrictive clause as a current fact.
RELATIONSHIP_TYPES = ("SUPPORT", "AID", "COOPERATE")
# Punctuation that opens a non-restrictive relative clause ("Washington*,* which works ...").
ASIDE_MARKS = (",", "(", "–", "—", "-")


def habitual_description(token: Token, event_type: str) -> str:
    """Why a trigger verb of `event_type` is a habitual description of the noun its relative clause modifies ("" when
    it is not)."""
    if token.pos_ != "VERB" or token.dep_ != "relcl" or token.tag_ not in PRESENT_TAGS \
            or token.head.pos_ not in ("NOUN", "PROPN"):
        return ""
    start = token.left_edge.i
    # "Washington, which arms the SDF": an aside; "Cuba is a country that supports the rebels": a predicate noun
    if event_type in RELATIONSHIP_TYPES and (start > 0 and token.doc[start - 1].text in ASIDE_MARKS
                                             or token.head.dep_ == "attr"):
        return ""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children):
        return ""
    # only a clause about its noun's doer ("the group *that* rescues people")
    if not any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in token.children):
        return ""
    clause = list(token.subtree)
    if any(t.lower_ in NOW_WORDS and t.dep_ in ("advmod", "npadvmod") for t in clause) \
            or any(t.ent_type_ in TIME_ENTS for t in clause):
        return ""
    return f"'{token.text}' in the simple present describes '{token.head.text}' (what it does as a rule), " \
           "no specific act"


# Auxiliaries of the perfect ("who *has* attended", "that *had* provided").
PERFECT_AUX = ("have", "has", "had", "'ve", "'d")
# Determiners that leave a head noun indefinite ("*a* cardiologist who ...", "*some* informants whom ..."); any
# other determiner, a possessor or a name makes it a specific referent whose acts are reported.
INDEFINITE_DETS = ("a", "an", "some", "any", "many", "other", "several")
NAMING_ENTS = ("NORP", "GPE", "ORG", "PERSON", "LOC", "FAC")
SUBJECT_TAGS = ("WP", "WDT", "PRP")


def experiential_description(token: Token) -> str:
    """Why a trigger verb is an experiential perfect describing an indefinite noun ("" when it is not): a
    restrictive relative clause in the perfect on an indefinite head ("a cardiologist *who has attended* previous
    talks", "men *who had allied* themselves to the group", "informants *whom they have met*") sorts its referent
    into a kind by what it has done at some unstated time; it asserts no specific act (coding guide, "What is an
    event" 3). A clause set off by a comma, a passive, a definite, possessed or named head ("the countries that
    have signed", "Kurdish fighters who have ..."), a named subject ("a charge *the UAE* has denied") or a time
    ("that had met *on Monday*") keeps the act."""
    if token.pos_ != "VERB" or token.dep_ != "relcl" or token.head.pos_ != "NOUN":
        return ""
    start = token.left_edge.i
    if start > 0 and token.doc[start - 1].text in ASIDE_MARKS:
        return ""
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" for a in auxes) or not any(a.lower_ in PERFECT_AUX for a in auxes):
        return ""
    for child in token.head.children:
        named = child.dep_ in ("compound", "amod", "nmod") and (child.pos_ == "PROPN" or child.ent_type_ in NAMING_ENTS)
        if child.dep_ in ("det", "predet") and child.lower_ not in INDEFINITE_DETS or child.dep_ == "poss" or named:
            return ""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(s.tag_ not in SUBJECT_TAGS for s in subjects):
        return ""
    if any(t.ent_type_ in TIME_ENTS for t in token.subtree):
        return ""
    return f"'{token.text}' in a restrictive perfect clause describes an indefinite '{token.head.text}' by what it " \
           "has done, no specific act"


# Adverbs that make a verb tell a standing stance or a habit over an open stretch of time ("has *long* opposed",
# "had *always* stood by", "*often* insists"), not an act on an occasion; "repeatedly" and "again" count acts.
STANDING_ADVERBS = ("always", "long", "often", "usually", "routinely", "typically", "generally", "traditionally",
                    "habitually", "customarily", "frequently")


def standing_description(token: Token) -> str:
    """Why a trigger verb tells a standing stance or habit, no specific act ("" when it does not): "Chile has
    *long* opposed the treaty", "Peru had *always* stood by Bolivia" (coding guide, "What is an event" 3)."""
    if token.pos_ != "VERB":
        return ""
    # a bare adverb: "fought *as long as* it could" measures one act
    adverb = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS
                   and not any(True for _ in c.children)), None)
    if adverb is None:
        return ""
    return f"'{adverb.text} {token.text}' tells a standing stance or habit over an open stretch of time, no " \
           "specific act"
