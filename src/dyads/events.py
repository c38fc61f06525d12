"""Event extraction from a dependency parse.

For each sentence, tokens whose lemma is in the trigger lexicon become candidate events;
their actor and recipient phrases come from the trigger's syntactic arguments (subject,
passive agent, object, prepositional objects), with inheritance along control (xcomp),
coordination (conj) and nominal attachment. Status (negated/planned/hypothetical) comes
from auxiliaries, negation and governing verbs. Spans stay spaCy objects here; the
pipeline turns them into records.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dyads.lexicon import Entry, Lexicon

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "dative", "attr")
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "from", "for", "in")
NOUN_ACTOR_PREPS = ("by", "of", "from")
SKIP_CHILD_DEPS = ("conj", "cc", "relcl", "acl", "appos", "punct", "advcl", "prep_skip")
PLAN_VERBS = ("plan", "expect", "intend", "schedule", "anticipate", "suppose", "aim", "prepare", "set", "hope", "due")
PLAN_AUX = ("will", "shall", "'ll", "wo")
HYPO_AUX = ("could", "may", "might", "should")
COND_AUX = ("would",)
SAY_VERBS = ("say", "state", "tell", "report", "announce", "add", "claim", "note", "write")
NEG_LEMMAS = ("not", "n't", "never", "no")
# Event types where "X and Y <trigger>" with no recipient means X->Y and Y->X.
RECIPROCAL_TYPES = ("AGREE", "CONSULT", "COOPERATE", "ASSAULT", "RETREAT")


@dataclass(slots=True)
class Candidate:
    """A trigger with its argument phrases, before actor/date/place resolution."""

    sentence: Span
    sentence_index: int
    trigger: Token
    entry: Entry
    actors: list[Span] = field(default_factory=list)
    recipients: list[Span] = field(default_factory=list)
    status: str = "occurred"
    attribution: Span | None = None
    rule: str = ""


def phrase(token: Token) -> Span:
    """The noun phrase headed by `token`, without coordinated, relative or appositive parts."""
    keep = {token.i}
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in SKIP_CHILD_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in ("of",):
                continue
            keep.add(child.i)
            stack.append(child)
    lo, hi = min(keep), max(keep) + 1
    return token.doc[lo:hi]


def conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated siblings ("Xi and Putin")."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _subject(verb: Token) -> tuple[list[Token], str]:
    """Subject tokens of a verb, following conj, xcomp, relcl and acl chains upwards."""
    seen = verb
    for _ in range(6):
        subj = _children(seen, SUBJECT_DEPS)
        if subj:
            return subj, "subject"
        agent = _prep_objects(seen, ("by",))
        if agent and any(c.dep_ == "auxpass" for c in seen.children):
            return agent, "passive agent"
        if seen.dep_ == "relcl":
            return [seen.head], "relative clause head"
        if seen.dep_ in ("conj", "xcomp", "advcl", "acomp", "ccomp_skip") and seen.head.i != seen.i:
            seen = seen.head
            continue
        break
    return [], ""


def _verb_args(verb: Token, entry: Entry) -> tuple[list[Token], list[Token], str]:
    actors, how = _subject(verb)
    passive = any(c.dep_ in ("auxpass",) for c in verb.children)
    recipients: list[Token] = []
    if passive:
        recipients = _children(verb, ("nsubjpass",))
        agents = _prep_objects(verb, ("by",))
        actors, how = (agents, "passive agent") if agents else ([], "")
    objects = [o for o in _children(verb, OBJECT_DEPS) if o.lemma_ != entry.object]
    recipients += objects
    if not recipients:
        for xcomp in _children(verb, ("xcomp",)):
            recipients += _prep_objects(xcomp, ("with", "to", "against"))
    recipients += _prep_objects(verb, RECIPIENT_PREPS)
    if entry.object:
        for obj in _children(verb, ("dobj",)):
            if obj.lemma_ == entry.object:
                recipients += _prep_objects(obj, ("on", "against", "with", "to", "between"))
    return actors, recipients, how


def _noun_args(noun: Token) -> tuple[list[Token], list[Token], str]:
    actors = [c for c in noun.children if c.dep_ == "poss"]
    actors += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ")]
    how = "possessor/modifier" if actors else ""
    between = _prep_objects(noun, ("between", "among"))
    if between and not actors:
        return between, [], "between"
    if not actors:
        actors = _prep_objects(noun, ("by",))
        how = "by-phrase" if actors else ""
    recipients = _prep_objects(noun, ("to", "with", "against", "on", "in", "toward", "towards", "into", "upon"))
    head = noun.head
    if not actors and noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        subj, _ = _subject(verb)
        actors, how = subj, "subject of governing verb"
        recipients = recipients or _prep_objects(verb, ("in", "to"))
    return actors, recipients, how


def _status(trigger: Token) -> tuple[str, str]:
    """negated / planned / hypothetical / occurred, with the word that decided it."""
    node = trigger
    for _ in range(5):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
                return "negated", child.text
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return "hypothetical", child.text
            if child.dep_ == "aux" and child.lower_ in PLAN_AUX:
                return "planned", child.text
            if child.dep_ == "aux" and child.lower_ in COND_AUX:
                return "planned", child.text
            if child.dep_ == "aux" and child.lower_ in HYPO_AUX:
                return "hypothetical", child.text
        if node is not trigger and node.lemma_ in PLAN_VERBS:
            return "planned", node.text
        if node.dep_ in ("xcomp", "ccomp", "pobj", "prep", "pcomp", "conj", "acomp") and node.head.i != node.i:
            if node.dep_ == "conj" and node.head.lemma_ in SAY_VERBS:
                break
            node = node.head
            continue
        break
    return "occurred", ""


def _attribution(sentence: Span, trigger: Token) -> Span | None:
    """"According to X" or "X said" that frames the trigger's clause."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return sentence.doc[token.i:phrase(objs[0]).end]
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in SAY_VERBS:
            subj = _children(node.head, SUBJECT_DEPS)
            if subj:
                return phrase(subj[0])
        node = node.head
    return None


def _match(token: Token, lexicon: Lexicon) -> Entry | None:
    pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(token.pos_)
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    for entry in lexicon.candidates(lemma, pos) or lexicon.candidates(token.lower_, pos):
        if entry.object and not any(c.dep_ == "dobj" and c.lemma_.lower() == entry.object for c in token.children):
            continue
        if entry.particle and not any(c.dep_ in ("prt", "prep") and c.lower_ == entry.particle for c in token.children):
            continue
        if pos == "VERB" and not entry.particle and any(
                e.particle and any(c.lower_ == e.particle and c.dep_ in ("prt", "prep") for c in token.children)
                for e in lexicon.candidates(lemma, pos)):
            continue
        return entry
    return None


def _covered_by_light_verb(token: Token, lexicon: Lexicon) -> bool:
    """True for the object noun of a light-verb entry ("held *talks*")."""
    head = token.head
    return token.dep_ == "dobj" and token.lemma_.lower() in lexicon.object_lemmas and _match(head, lexicon) is not None


def _embedded_under_trigger(token: Token, lexicon: Lexicon) -> bool:
    """True when a governing trigger decides the event ("threatened to *attack*")."""
    node = token
    while node.dep_ in ("xcomp",) and node.head.i != node.i:
        node = node.head
        if _match(node, lexicon) is not None:
            return True
    return False


def extract(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Candidate events of every sentence of a parsed document."""
    out: list[Candidate] = []
    for s_index, sentence in enumerate(doc.sents):
        for token in sentence:
            entry = _match(token, lexicon)
            if entry is None or _covered_by_light_verb(token, lexicon) or _embedded_under_trigger(token, lexicon):
                continue
            out.append(_candidate(sentence, s_index, token, entry))
    return out


def _candidate(sentence: Span, s_index: int, token: Token, entry: Entry) -> Candidate:
    if entry.pos == "NOUN":
        actors, recipients, how = _noun_args(token)
    elif entry.pos == "ADJ":
        actors, _ = _subject(token.head) if token.dep_ == "acomp" else ([], "")
        how = "subject of copula"
        recipients = []
        for xcomp in _children(token, ("xcomp",)):
            recipients += _prep_objects(xcomp, ("with", "to")) + _children(xcomp, ("dobj",))
    else:
        actors, recipients, how = _verb_args(token, entry)
    actor_tokens = [c for a in actors for c in conjuncts(a)]
    recipient_tokens = [c for r in recipients for c in conjuncts(r)]
    status, cue = _status(token)
    rule = f"{entry.pos.lower()}-trigger; actor by {how or 'none'}"
    if cue:
        rule += f"; status {status} by '{cue}'"
    return Candidate(
        sentence=sentence, sentence_index=s_index, trigger=token, entry=entry,
        actors=[phrase(t) for t in actor_tokens], recipients=[phrase(t) for t in recipient_tokens],
        status=status, attribution=_attribution(sentence, token), rule=rule,
    )
