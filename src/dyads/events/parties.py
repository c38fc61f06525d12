"""Argument tokens to party phrases: one span per party a phrase names (coordinated modifiers and
of-phrases split, "X-led" leaders, pronouns resolved), and the clause-wide last-resort recipients.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyads.events.syntax import (
    allied_phrases, children_with, conjuncts, misparsed_main_verb, nominal_parties, object_controller, phrase,
    prep_objects, resolve_pronoun, temporal_clause,
)
from dyads.events.verb_args import CONDITION_MARKS, locates_act
from dyads import nlp, status
from dyads.actors.syntax import hyphen_names
from dyads.senses import in_class

# Subordinate clauses whose parties are what someone says or supposes, not whom the trigger's act aims at.
ASIDE_DEPS = ("advcl", "ccomp", "parataxis")
# Subjects that make a subordinate clause another act than the trigger's ("threatened X *as Y troops met Z*").
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# "X-led coalition": the participles whose hyphenated modifier names who acts.
LEADING_LEMMAS = ("lead", "head", "command")
# Pronouns that may stand for several coordinated parties.
PLURAL_PRONOUNS = ("they", "them", "their", "we", "our", "us")
# Dependencies of the two halves of a hyphenated pair of names modifying a noun ("the Trump-Putin meeting").
HYPHEN_DEPS = ("compound", "amod", "npadvmod", "nmod")


def argument_span(token: Token) -> Span:
    """A party phrase; name-like modifiers ("a *US* offer", "*North Korea's* attack") stand alone."""
    memo = nlp.memo(token.doc, "argument_span")
    bounds = memo.get(token.i)
    if bounds is None:
        span = _argument_span(token)
        bounds = memo[token.i] = (span.start, span.end)
    return Span(token.doc, *bounds)


def _argument_span(token: Token) -> Span:
    if token.dep_ == "amod" and token.lemma_.lower() in LEADING_LEMMAS:
        # "*US*-led airstrikes", "the *Saudi*-led coalition": whoever leads them acts
        leader = next((c for c in token.children if c.i < token.i and c.dep_ in ("npadvmod", "compound", "nmod")),
                      None)
        if leader is not None:
            return phrase(leader)
    if token.dep_ in ("poss", "compound", "amod", "nmod"):
        words = [t for t in token.subtree if t.dep_ in ("poss", "compound", "amod", "nmod", "case", "npadvmod")
                 and t.i <= token.i + 1]
        return token.doc[min(t.i for t in words):max(t.i for t in words) + 1]
    return phrase(token)


def _split_modifier_conjuncts(token: Token) -> list[Token]:
    """"the Turkish and Greek sides" -> Turkish, Greek: coordinated modifiers name separate parties."""
    for mod in token.children:
        if mod.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in mod.children):
            return [mod, *mod.conjuncts]
    # "scores *of* Sierra Leonean and Liberian refugees"
    for obj in prep_objects(token, ("of",)):
        if split := _split_modifier_conjuncts(obj):
            return split
    return []


def hyphen_pair(token: Token) -> list[Token]:
    """"the *Trump-Putin* meeting", "*India-Pakistan* clashes", "a *US-Russian* deal": two names joined by a hyphen
    in a noun's modifier are two parties, as "the Turkish and Greek sides" are (not "*Iran-backed*", "*US-led*":
    a participle is no name)."""
    if token.dep_ not in HYPHEN_DEPS or not _name_word(token) or token.i < 2 \
            or token.doc[token.i - 1].tag_ != "HYPH":
        return []
    first = token.doc[token.i - 2]
    if first.head.i != token.i or first.dep_ not in HYPHEN_DEPS or not _name_word(first):
        return []
    return [first, token] if hyphen_names(first.text, token.text) else []


def _name_word(token: Token) -> bool:
    """A capitalised proper noun or adjective ("Putin", "Russian"), not a participle or a common noun."""
    return token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper() and token.tag_ not in ("VBN", "VBD")


def _of_conjuncts(token: Token) -> list[Token]:
    """"leaders of X and Y": the coordinated members of an of-phrase, each a party of its own."""
    own = phrase(token)
    objs = [t for t in own if t.dep_ == "pobj" and t.head.lower_ == "of"]
    return [c for obj in objs for c in obj.conjuncts if c.dep_ == "conj" and c.i >= own.end]


def party_spans(token: Token) -> list[Span]:
    """One span per party a phrase names: "Sierra Leonean and Liberian refugees" names two, and so does
    "scores of Kenyans and Ugandans"."""
    memo = nlp.memo(token.doc, "party_spans")
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = tuple((s.start, s.end) for s in _party_spans(token))
    return [Span(token.doc, start, end) for start, end in found]


def _party_spans(token: Token) -> list[Span]:
    split = _split_modifier_conjuncts(token)
    if split:
        return [token.doc[m.i:m.i + 1] for m in split]
    for obj in prep_objects(token, ("of",)):
        if token.pos_ == "NOUN" and any(c.dep_ == "conj" for c in obj.children):
            return [phrase(c) for c in conjuncts(obj)]
    return [argument_span(token)]


def actor_party_spans(tokens: list[Token]) -> tuple[list[Span], list[str]]:
    spans, notes = [], []
    for pronoun in (c for a in tokens for c in conjuncts(a)):
        token, note = resolve_pronoun(pronoun)
        if note:
            notes.append(note)
        # "Chile and Peru said *they* had agreed": a plural pronoun stands for every coordinated reporter
        for token in [token, *token.conjuncts] if note and pronoun.lower_ in PLURAL_PRONOUNS else [token]:
            split = _split_modifier_conjuncts(token) or hyphen_pair(token)
            spans += [token.doc[m.i:m.i + 1] for m in split] if split else [argument_span(token)]
            spans += [phrase(c) for c in _of_conjuncts(token)]
    return spans, notes


# Clauses that bound the clause-wide search for a recipient (last resort): finite subordinate and coordinated
# clauses, and a noun's infinitive clause ("his intention *to withdraw*", "a plan *to attack*": see
# `_noun_infinitive`).
CLAUSE_BOUNDARY_DEPS = ("ROOT", "advcl", "relcl", "ccomp", "conj", "parataxis")


def _noun_infinitive(token: Token) -> bool:
    """True for an infinitive clause modifying a noun ("signalled his intention *to withdraw from X*"): its own
    predication, whose target is inside it; the parties of the clause around it are that clause's arguments (who
    was called before he signalled it is not whom he withdraws from). A participle modifying a noun ("a decision
    *hailed by X*") still looks around: the noun's author is often what the stance is aimed at."""
    return token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def clause_fallback(token: Token, exclude: set[int]) -> list[Token]:
    """Parties mentioned anywhere in the trigger's clause (last resort for recipients)."""
    head = token
    while head.dep_ not in CLAUSE_BOUNDARY_DEPS and head.head.i != head.i and not temporal_clause(head) \
            and not _noun_infinitive(head) and misparsed_main_verb(head) is None:
        # a main verb the parser hung on its subject noun ("The party, which X founded, *called on* Y") heads its
        # own clause: the subject's phrase and its asides are not whom it aims at
        head = head.head
    memo = nlp.memo(token.doc, "clause_fallback")
    clause = memo.get(head.i)
    if clause is None:
        clause = memo[head.i] = _clause_of(head)
    aside = clause.asides_for(token.i) | clause.allied | clause.agents_for(token.i) | _helpers(token, head) \
        | clause.fronted_for(token.i)
    doc = token.doc
    return [t for t in (doc[i] for i in clause.parties if i not in exclude) if t.i != token.i and t.i not in aside
            and not locates_act(t, token)]


@dataclass(frozen=True, slots=True)
class _Clause:
    """What `clause_fallback` reads in the subtree of one clause head, whichever of its triggers asks (numbers only:
    token indices, kept per document). Each `*_for` gives what the matching rule gives for a trigger at `i`."""

    asides: tuple[tuple[int, int, frozenset[int]], ...]  # (left, right, tokens) of asides and other acts
    agents: tuple[tuple[int, int, int, frozenset[int], frozenset[int]], ...]  # (i, left, right, ancestors, tokens)
    fronted: tuple[tuple[int, frozenset[int]], ...]  # (right, tokens) of fronted participle clauses
    allied: frozenset[int]
    parties: tuple[int, ...]  # `nominal_parties` of the head, nothing excluded

    def asides_for(self, i: int) -> set[int]:
        """Tokens of clauses under the head, apart from the trigger's own, that report or suppose something ("opposed
        the plan, *saying it could lead to the partitioning of Y*"): Y is what was said, not whom it was opposed to."""
        return {x for left, right, tokens in self.asides if not left <= i <= right for x in tokens}

    def agents_for(self, i: int) -> set[int]:
        """Tokens of the by-agents of other passive verbs in the clause ("*marginalised by X and Y*, the EU's offer of
        cash ..."): who did that verb's act, not whom the trigger aims at, also when the parser hangs the fronted
        participle on the trigger itself. The agent of a participle after the trigger in its own phrase ("a blockade
        *imposed by X*") stays."""
        return {x for t, left, right, above, tokens in self.agents
                if (i not in above or t < i) and not left <= i <= right for x in tokens}

    def fronted_for(self, i: int) -> set[int]:
        """Tokens of a past-participle clause set before the trigger ("*Increasingly marginalised in the war by X*, Y's
        offer ...", "*Backed by X*, Y's offensive ..."): what its subject underwent; its parties are not whom the
        trigger's act aims at."""
        return {x for right, tokens in self.fronted if right < i for x in tokens}


def _clause_of(head: Token) -> _Clause:
    """One walk of the head's subtree for the clauses, agents and participles `_Clause` sets aside (the parts
    that do not depend on the trigger), with its allied phrases and nominal parties."""
    hypothetical = status.words().hypothetical_auxiliaries
    asides, agents, fronted = [], [], []
    for t in head.subtree:
        if t.dep_ not in _CLAUSE_PART_DEPS:
            continue  # most words are none of the parts below (each needs one of these dependencies)
        if _coordinated_act(t) or (t.dep_ in ASIDE_DEPS and t.pos_ in ("VERB", "AUX") and (
                in_class(t, "comment") or any(c.dep_ == "aux" and c.lower_ in hypothetical for c in t.children)
                or _own_subject(t))):
            asides.append((t.left_edge.i, t.right_edge.i, frozenset(x.i for x in t.subtree)))
        if (kept := _condition_subjects(t)) is not None:
            # "would attack X if *a Peruvian strike* threatened Chilean soldiers": a condition names whose act is
            # answered (its subject), not whom the trigger aims at (what that act befalls)
            asides.append((t.left_edge.i, t.right_edge.i, frozenset(x.i for x in t.subtree) - kept))
        if t.dep_ == "agent":
            agents.append((t.i, t.left_edge.i, t.right_edge.i, frozenset(a.i for a in t.ancestors),
                           frozenset(x.i for x in t.subtree)))
        if t.dep_ == "advcl" and t.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in t.children):
            fronted.append((t.right_edge.i, frozenset(x.i for x in t.subtree)))
    return _Clause(tuple(asides), tuple(agents), tuple(fronted), frozenset(allied_phrases(head)),
                   tuple(t.i for t in nominal_parties(head, exclude=set())))


# Dependencies of the parts `_clause_of` looks for: coordinated acts (conj), asides (ASIDE_DEPS), conditions and
# fronted participle clauses (advcl), by-agents (agent).
_CLAUSE_PART_DEPS = frozenset(("conj", "agent", *ASIDE_DEPS))


def _helpers(token: Token, head: Token) -> set[int]:
    """Subjects of the verbs whose object does what the trigger says ("*Iran* helped the army to recapture
    Palmyra"): who helped is not whom the army recaptured it from."""
    out: set[int] = set()
    node = token
    while node is not head and node.head.i != node.i:
        if node.dep_ == "xcomp" and object_controller(node.head):
            out |= {t.i for s in children_with(node.head, ("nsubj",)) for t in s.subtree}
        node = node.head
    return out


def _coordinated_act(clause: Token) -> bool:
    """True for a clause coordinated with the trigger's, with a subject of its own, that reports another act ("X won
    *Y*'s support, *but Z has long protested at it*"): its doer is not whom the trigger's act aims at. A coordinated
    report ("X agreed to lift curbs, *and Y said it would drop its complaint*") answers the act: Y is its
    counterpart and stays."""
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and not in_class(clause, "comment") \
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in ("it", "there") for c in clause.children)


def _condition_subjects(clause: Token) -> frozenset[int] | None:
    """The tokens of the subjects of a condition with a subject and an object of its own ("if *Syria* attacked Turkish
    troops", "if *a Peruvian strike* threatened Chilean soldiers"), or None for any other clause: the rest of the
    condition (what the supposed act befalls, the subject's own target phrase) is no party the trigger aims at."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("it", "there")]
    if not subjects or not any(c.dep_ == "dobj" for c in clause.children):
        return None
    # the subject's own words, not its phrases ("a US strike *on Syria*": the target of the supposed act)
    phrases = {x.i for s in subjects for p in s.children if p.dep_ == "prep" for x in p.subtree}
    return frozenset(x.i for s in subjects for x in s.subtree if x.i not in phrases)


def _own_subject(clause: Token) -> bool:
    """True for an adverbial clause with a subject of its own ("*as Y troops met Z*", "*when X was arrested*"):
    another act, whose parties are not whom the trigger aims at."""
    if clause.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return False  # "threatened war *unless the premier resigned*": a threat's condition names its target
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in ("it", "there") for c in clause.children)
