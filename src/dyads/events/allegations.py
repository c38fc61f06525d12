"""Breaches of a rule told by another party: "X said Y violated the law / breached the deal" is X accusing Y, and so
is "X's statement (ruling, finding) that Y violated ...". So is a hostile act another party calls wrongful in its
manner: "X said the diplomat had been *illegally* detained by Y" is X accusing Y (the coding guide: a claim of a
party's wrongdoing reported by a verb of saying), not Y's detention told as fact.

CAMEO 128 (defy norms, law) codes a party's own defiance: "Y violated the treaty" as fact is Y's act. Told in the
clause of another party's verb of saying ("X says Y violated ...", "X said Y had breached ..."), it is what X alleges:
the event the sentence reports is X's accusation (CAMEO 112, ACCUSE X -> Y), not a defiance of Y's own state (the
domestic default of a REJECT with no recipient: Y -> Y). A breach told as not done ("said Y did not violate") or
not yet done accuses no one, and stays as it was.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads import status
from dyads.senses import in_class, word_classes
from dyads.events.candidate import Candidate
from dyads.events.parties import actor_party_spans
from dyads.events.syntax import SUBJECT_DEPS, children_with

# CAMEO codes of breaking a rule (128: defy norms, law) and of accusing (112).
BREACH_CAMEOS = ("128",)
ACCUSE_CAMEO = "112"
# Word class of the agreements to stop fighting whose breach is a use of force (ceasefire, truce).
TRUCE_CLASS = "truce_terms"
# Word class of nouns of a statement or finding whose that-clause tells what its issuer holds ("a ruling that ...").
FINDING_CLASS = "finding"
# Word class of adverbs that call an act itself a wrong ("illegally detained"), and the types of the hostile acts that,
# so called in another party's words, are its accusation of their doer.
WRONGFUL_CLASS = "wrongful_manner"
WRONGED_TYPES = ("COERCE", "ASSAULT", "SANCTION")
# Where the clause that tells the breach sits under the verb of saying.
SAID_DEPS = ("ccomp", "parataxis")
# Subject pronouns that, in the clause of a verb of saying, most often stand for the speaker itself.
OWN_PRONOUNS = frozenset(("it", "he", "she", "they", "we", "i"))
OWN_POSSESSIVES = frozenset(("its", "his", "her", "their", "our", "my"))
# Word classes of a state's forces and bodies, which a possessive pronoun makes the speaker's own.
OWN_FORCE_CLASSES = ("armed", "state_actor")


def speaker(trigger: Token) -> Token | None:
    """The subject of the verb of saying whose clause holds the trigger ("*Kenya* said Y violated ..."), if any."""
    node = trigger
    say = status.words().say_verbs
    while node.head.i != node.i:
        if node.dep_ in SAID_DEPS and node.head.lemma_.lower() in say and node.head.pos_ in ("VERB", "AUX"):
            subjects = children_with(node.head, SUBJECT_DEPS)
            return subjects[0] if subjects else None
        if node.dep_ in ("acl", "ccomp", "relcl") and node.head.pos_ == "NOUN" and in_class(node.head, FINDING_CLASS) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            # "the WTO delivered a ruling that Y violates ...": the ruling's issuer (a content clause, its "that" a
            # conjunction the parser may hang as a relative clause's)
            return issuer(node.head)
        if node.dep_ not in ("conj", "xcomp"):
            return None  # past a noun, a relative or an adverbial clause the breach is no longer what was said
        node = node.head
    return None


def issuer(noun: Token) -> Token | None:
    """Who issued a statement or finding: its possessor ("*Kenya's* statement that ..."), else the subject of the verb
    it is the object of ("*the court* issued a ruling that ...")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj":
        subjects = children_with(noun.head, SUBJECT_DEPS)
        return subjects[0] if subjects else None
    return None


def alleged(cand: Candidate) -> Candidate:
    """The candidate of a breach told by another party, or of a hostile act it calls wrongful ("said the diplomat had
    been *illegally* detained by Belgium"), turned into that party's accusation of the doer; other candidates
    unchanged."""
    entry = cand.entry
    if cand.status != "occurred" or not any(cand.actors):
        return cand
    if entry.cameo in BREACH_CAMEOS:
        return _accusation(cand)
    if entry.event_type in WRONGED_TYPES and (manner := wrongful_manner(cand.trigger)) is not None:
        return _accusation(cand, f"'{manner.text}' {cand.trigger.text}: a wrong alleged by another party")
    return cand


def wrongful_manner(trigger: Token) -> Token | None:
    """An adverb that calls the act itself a wrong ("*illegally* detained", "*unlawfully* seized"; word class
    `wrongful_manner`), modifying the trigger."""
    return next((c for c in trigger.children if c.dep_ == "advmod" and in_class(c, WRONGFUL_CLASS)), None)


def told_breach(cand: Candidate) -> Candidate | None:
    """"Russia said Ukraine violated the ceasefire": the breach of a truce is a use of force (ASSAULT, coding guide,
    session 6) and, told by another party, that party's accusation of the breaker too (ACCUSE speaker -> breaker):
    a second candidate of the same trigger, the breach itself kept. None for any other candidate."""
    entry = cand.entry
    if entry.event_type != "ASSAULT" or entry.object not in word_classes()[TRUCE_CLASS] \
            or cand.status != "occurred" or not any(cand.actors):
        return None
    accusation = _accusation(replace(cand, actors=list(cand.actors), recipients=list(cand.recipients)))
    return accusation if accusation.entry.event_type == "ACCUSE" else None


def _owned(breaker: Token) -> bool:
    """Forces or state bodies a possessive pronoun owns ("*its* troops", "*their* border guards"): in the clause of a
    verb of saying, most often the speaker's own side (not "*its* neighbour Palau", another party)."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in breaker.children) \
        and any(in_class(breaker, cls) for cls in OWN_FORCE_CLASSES)


def _accusation(cand: Candidate, note: str = "") -> Candidate:
    """The candidate turned into its speaker's accusation of its actors, when another party's verb of saying tells
    it; unchanged otherwise. `note` says what is alleged (a breach by default)."""
    entry = cand.entry
    said_by = speaker(cand.trigger)
    if said_by is None or said_by.lower_ in ("who", "which", "that"):
        return cand
    spans, notes = actor_party_spans([said_by])
    if not spans:
        return cand
    breakers = next(tier for tier in cand.actors if tier)
    own = {t.i for t in said_by.subtree}
    if any(s.lower_ in OWN_PRONOUNS for s in children_with(cand.trigger, SUBJECT_DEPS)) \
            or any(t.i in own for b in breakers for t in b) or any(_owned(b.root) for b in breakers):
        # "Iran said it had breached the limit", "Kyrgyzstan says *its* troops violated the ceasefire": most often
        # the speaker's own breach, admitted
        return cand
    cand.entry = replace(entry, event_type="ACCUSE", mode="", cameo=ACCUSE_CAMEO,
                         note=note or f"a breach alleged by another party ({entry.note})")
    cand.actors = [spans]
    cand.recipients = [list(breakers)]
    cand.attribution = None  # the saying is the event itself
    cand.actor_how = "speaker of an alleged breach"
    cand.rule += f"; breach told by '{said_by.text}' ('{said_by.head.text}'): its accusation of the breaker" + \
        ("; " + "; ".join(notes) if notes else "")
    return cand
