"""Event extraction from a dependency parse.

For each sentence, tokens whose lemma is in the trigger lexicon become candidate events. Their
actor and recipient phrases come from the trigger's syntactic arguments: subject or passive
agent, objects and prepositional objects, then (when those name nobody) parties inside the
trigger's complements ("threatened to impose curbs *on German goods*", "rejected *a US* offer")
and finally any party mentioned in the trigger's clause. Recipients are therefore kept in tiers,
best first; the pipeline uses the first tier that resolves to a coded party.

A trigger governed by another trigger through complement relations ("threatened to *attack*",
"signed a *treaty*", "accused X of *attacking*") is absorbed by its governor, so one action codes
once. Status (negated/planned/hypothetical) comes from `dyads.status`. Spans stay spaCy objects here; the
pipeline turns them into records.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dyads import nominals, senses, status
from dyads.lexicon import NOT_AN_EVENT, Entry, Lexicon, context_words

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "in", "over",
                   "from", "between", "among")
NOUN_RECIPIENT_PREPS = ("to", "with", "against", "on", "in", "toward", "towards", "into", "upon", "from", "over",
                        "at", "for", "of")
SKIP_CHILD_DEPS = ("conj", "cc", "relcl", "acl", "appos", "punct", "advcl")
PHRASE_PREPS = ("of", "in")
# Relations through which a trigger is an argument/complement of another trigger (absorbed by it).
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "acl", "oprd", "agent")
RELATIVE_PRONOUNS = ("that", "which", "who", "whom")
PRONOUNS = ("it", "they", "he", "she", "we", "its", "their", "his", "her", "our")
# Requests and accusations aim at the subject of their clausal complement ("demanded that X withdraw").
CLAUSE_TARGET_TYPES = ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE")
# Mutual by definition: "X cooperated *with* Y" is also Y cooperating with X (PLOVER COOPERATE).
MUTUAL_TYPES = ("COOPERATE",)
# Event types where "X and Y <trigger>" with no recipient means X->Y and Y->X.
RECIPROCAL_TYPES = ("AGREE", "CONSULT", "COOPERATE", "ASSAULT", "RETREAT", "SUPPORT")
# A noun modifying another noun ("*aid* workers") or a participle modifier ("*alleged* crimes") is no event.
NOT_EVENT_DEPS = ("compound", "nmod", "npadvmod")
# "deployed *troops* to X": the object is the actor's own means, the recipient is in a prepositional phrase.
INSTRUMENT_OBJECT_TYPES = ("MOBILIZE",)
# "extradited *two suspects* to X": the persons handed over are the means, the receiving state is the recipient.
INSTRUMENT_OBJECT_CAMEO = ("063",)
HEADLINE_SUBJECT_DEPS = ("dep", "compound", "npadvmod", "nmod", "appos")
# When no recipient is named, these actions are aimed at the actor's own state (PLOVER coding practice).
DOMESTIC_TYPES = ("PROTEST", "CONCEDE", "COERCE", "REJECT")
# Exercises: joint ones are COOPERATE, one country's own MOBILIZE (PLOVER manual).
EXERCISE_WORDS = ("exercise", "drill", "maneuver", "manoeuvre", "game")
JOINT_WORDS = ("joint", "combined", "bilateral", "trilateral", "multinational")
# Actions of authorities: a passive one with no agent was done by the authorities where it happened.
AUTHORITY_TYPES = ("COERCE", "ACCUSE", "SANCTION")
# Passives that state the subject's own stance: "X is opposed / committed to Y".
# Participles that tie a party to its backer ("rebels backed by X"): the backer is not the party.
BACKING_LEMMAS = ("back", "support", "arm", "fund", "finance", "sponsor", "aid", "assist", "help", "supply", "equip",
                  "train", "advise", "cover")
# Prepositions that give the means of a passive action ("killed *in* airstrikes by X").
MEANS_PREPS = ("in", "during", "by")
STATIVE_PASSIVES = ("oppose", "commit", "dedicate", "devote")
# Verbs whose subject undergoes the nominal after "under": "came *under* attack", "remained under fire".
UNDERGOING_VERBS = ("come", "fall", "remain", "stay", "be")
# Generic nouns whose compound modifier names the event ("a *mediation* mission", "*aid* deliveries").
EVENT_HEAD_NOUNS = ("mission", "effort", "operation", "campaign", "initiative", "delivery", "shipment", "convoy")
MEDIATE_CAMEO = "045"
# Dependencies of a phrasal verb's particle ("pull *out*", "call *for*", "work *together*").
PARTICLE_DEPS = ("prt", "prep", "advmod")
# "X-led coalition": the participles whose hyphenated modifier names who acts.
LEADING_LEMMAS = ("lead", "head", "command")
CLAUSE_DEPS = ("advcl", "relcl", "acl", "xcomp", "ccomp", "pcomp", "csubj", "parataxis")


@dataclass(slots=True)
class Candidate:
    """A trigger with its argument phrases, before actor/date/place resolution.

    `actors` and `recipients` hold tiers of phrases, best first. `dropped` says why the candidate codes no
    event (absorbed by another trigger, ...); empty for candidates that code. `rank` is the
    trigger's syntactic prominence (1 for the main clause, smaller when embedded).
    """

    sentence: Span
    sentence_index: int
    trigger: Token
    entry: Entry
    actors: list[list[Span]] = field(default_factory=list)
    recipients: list[list[Span]] = field(default_factory=list)
    status: str = "occurred"
    attribution: Span | None = None
    rule: str = ""
    dropped: str = ""
    rank: float = 1.0
    cue: Token | None = None
    intent: bool = False
    contexts: tuple[str, ...] = ()
    conditional: bool = False
    partners: tuple[tuple[int, int], ...] = ()
    named_actor: bool = False
    venue: Span | None = None  # where a passive authority action with no agent happened ("arrested in Iran")
    actor_how: str = ""  # which argument rule gave the actor phrases ("subject", "passive agent", ...)


def phrase(token: Token) -> Span:
    """The noun phrase headed by `token`, without coordinated, relative or appositive parts."""
    keep = {token.i}
    stack = [token]
    # "rebels *in Chad*" locates an unnamed group; "his Chinese counterpart in Manila" is named already.
    named = any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in token.children)
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in SKIP_CHILD_DEPS:
                continue
            if child.dep_ == "prep" and (child.lower_ not in PHRASE_PREPS or t.pos_ in ("VERB", "AUX")):
                continue
            if child.dep_ == "prep" and child.lower_ == "in" and (t.i != token.i or named or token.pos_ == "PROPN"):
                continue
            keep.add(child.i)
            stack.append(child)
    lo, hi = min(keep), max(keep) + 1
    return token.doc[lo:hi]


def conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated siblings ("Xi and Putin").

    An apposition introduced by "and" is a misparsed conjunct ("X of India and Japanese leader Y").
    """
    if token.dep_ == "conj":
        return [token]
    misparsed = [c for c in token.children if c.dep_ == "appos"
                 and any(t.dep_ == "cc" and t.lower_ == "and" for t in token.doc[token.i:c.left_edge.i])]
    return [token, *token.conjuncts, *misparsed]


def _children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
            for pcomp in (c for c in prep.children if c.dep_ == "pcomp"):
                out.extend(_children(pcomp, SUBJECT_DEPS))
    return out


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _shares_passive(verb)


def _shares_passive(verb: Token) -> bool:
    """"X was shot and *killed*": a participle coordinated with a passive, with no object or auxiliary of its own
    ("X is known for Y and *has returned*"), is passive too."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not _children(verb, (*OBJECT_DEPS, "aux")) and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children)


def _subject(verb: Token) -> tuple[list[Token], str]:
    """Subject tokens of a verb, following conj, xcomp, relcl and acl chains upwards."""
    seen = verb
    for _ in range(6):
        if _is_passive(seen):
            agent, how = _passive_agents(seen)
            if agent or _shares_passive(seen):  # the shared subject is the victim, never the actor
                return agent, how
            raised = _children(seen, ("nsubjpass",))
            if seen is not verb and raised:
                # raising: "X was supposed / is expected to visit" -> X visits
                return raised, "subject of raising verb"
            if seen.dep_ == "acl":
                return [], ""
        else:
            subj = _children(seen, SUBJECT_DEPS)
            if subj:
                return subj, "subject"
        if seen.dep_ == "relcl":
            return [seen.head], "relative clause head"
        if seen.dep_ in ("conj", "xcomp", "advcl", "acomp") and seen.head.i != seen.i:
            if seen.dep_ == "conj" and _children(seen.head, ("nsubjpass",)) and not _is_passive(seen):
                seen = seen.head
                continue
            seen = seen.head
            continue
        break
    return [], ""


def _passive_agents(verb: Token) -> tuple[list[Token], str]:
    """Who did a passive action: its by-phrase, else whoever carried out its means ("were killed in an
    attack *by X*", "in airstrikes carried out *by X*")."""
    agents = _prep_objects(verb, ("by",))
    if agents:
        return agents, "passive agent"
    means = [m for m in _prep_objects(verb, MEANS_PREPS) if m.pos_ == "NOUN"]
    agents = [a for m in means for a in _prep_objects(m, ("by",)) + _event_agents(m) if a.dep_ != "poss"]
    return (agents, "agent of the means of the passive") if agents else ([], "")


def _resolve_pronoun(token: Token) -> tuple[Token, str]:
    """"Hungary said it will ..." -> Hungary: a pronoun subject of a reported clause is its reporter."""
    if token.lower_ not in PRONOUNS:
        return token, ""
    if token.dep_ == "poss" and (verb := _governing_verb(token.head)) is not None:
        subj = [s for s in _children(verb, SUBJECT_DEPS) if s.lower_ not in PRONOUNS]
        if subj:
            # "X said *their* forces completed *their* withdrawal": follow the subject's own possessor
            owner = next((c for c in subj[0].children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
            found, note = _resolve_pronoun(owner) if owner is not None else (subj[0], "")
            if note:
                return found, f"possessive '{token.text}' -> '{subj[0].text}' of '{verb.text}'; {note}"
            return subj[0], f"possessive '{token.text}' -> subject of '{verb.text}'"
    node = token.head
    if token.dep_ == "poss" and node.dep_ in SUBJECT_DEPS:
        node = node.head  # "*their* forces had completed ...": climb from the clause's verb
    while node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.i != node.i:
        node = node.head
        subj = [s for s in _children(node, SUBJECT_DEPS) if s.lower_ not in PRONOUNS]
        if subj:
            return subj[0], f"pronoun '{token.text}' -> subject of '{node.text}'"
    return token, ""


def _nominal_parties(root: Token, *, exclude: set[int]) -> list[Token]:
    """Heads of noun phrases and name-like modifiers inside `root`'s subtree, in text order."""
    out = []
    for t in root.subtree:
        if t.i in exclude or t.i == root.i:
            continue
        if t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "dative", "attr", "appos", "conj", "oprd") \
                and t.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(t)
        elif t.dep_ in ("poss", "compound", "amod", "nmod") and (t.pos_ == "PROPN" or t.text[:1].isupper()):
            out.append(t)
    return out


def _stranded_subject(verb: Token) -> list[Token]:
    """"With the signing of a memorandum, *the government and the rebels* have agreed": a subject the parser
    attached to the fronted phrase, recognized as the noun phrase right before the verb and its auxiliaries."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return []
    first = min([verb, *(c for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod"))], key=lambda t: t.i)
    if first.i <= verb.sent.start:
        return []
    node = verb.doc[first.i - 1]
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ not in ("conj", "pobj", "appos"):
        return []
    while node.dep_ == "conj" and node.head.i < node.i and node.head.pos_ in ("NOUN", "PROPN") \
            and not any(t.text in (",", ";", ":") for t in verb.doc[node.head.i + 1:node.i]):
        node = node.head
    if node.dep_ != "conj":
        return []
    group, stack = [], [node]  # the stranded phrase and the parties coordinated after it, not its host
    while stack:
        group.append(stack.pop())
        stack += [c for c in group[-1].children if c.dep_ == "conj"]
    return sorted(group, key=lambda t: t.i)


def _argument_span(token: Token) -> Span:
    """A party phrase; name-like modifiers ("a *US* offer", "*North Korea's* attack") stand alone."""
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


def _verb_args(verb: Token, entry: Entry) -> tuple[list[Token], list[list[Token]], str]:
    actors, how = _subject(verb)
    if not actors and not _is_passive(verb):
        # headlines: "Kenya, Ethiopia sign deal" often parse without a subject
        actors = [c for c in verb.lefts if c.pos_ in ("PROPN", "NOUN") and c.dep_ in HEADLINE_SUBJECT_DEPS]
        how = "noun before the verb (headline)" if actors else ""
    if not actors and not _is_passive(verb):
        actors = _stranded_subject(verb)
        how = "noun phrase just before the verb (parsed into a fronted phrase)" if actors else how
    direct: list[Token] = []
    if _is_passive(verb) and verb.lemma_.lower() in STATIVE_PASSIVES and not _prep_objects(verb, ("by",)):
        # "X is opposed to Y": a state of X, not something done to X
        actors, how = _children(verb, ("nsubjpass",)), "subject of stative passive"
    elif _is_passive(verb):
        direct = _children(verb.head if _shares_passive(verb) else verb, ("nsubjpass",))
        actors, how = _passive_agents(verb)
    if entry.event_type not in INSTRUMENT_OBJECT_TYPES and entry.cameo not in INSTRUMENT_OBJECT_CAMEO:
        direct += [o for o in _children(verb, OBJECT_DEPS) if not is_object(o, entry)]
    if verb.dep_ == "relcl" and any(t.lower_ in RELATIVE_PRONOUNS and t.dep_ in ("dobj", "nsubjpass")
                                    for t in verb.children):
        antecedent = verb.head
        direct = [antecedent, *([antecedent.head] if antecedent.dep_ == "appos" else []), *direct]
    if entry.event_type in CLAUSE_TARGET_TYPES:
        for comp in _children(verb, ("ccomp",)):
            direct += _children(comp, ("nsubj", "nsubjpass"))
    preps = _prep_objects(verb, RECIPIENT_PREPS)
    for obj in _children(verb, ("dobj", "nsubjpass")):
        if is_object(obj, entry):
            # "investigated abuses by X in Y": with its doers named, the act's "in"/"at" phrase is only a place
            agents = _event_agents(obj)
            preps += agents + [o for o in _prep_objects(obj, NOUN_RECIPIENT_PREPS)
                               if not agents or o.head.lower_ not in ("in", "at")]
    # "withdrew *its* troops from X": an object the actor owns is its means; X is the recipient
    own = [o for o in direct if _own_means(o)]
    direct = [o for o in direct if o not in own]
    exclude = {t.i for a in actors for t in a.subtree} | {t.i for t in direct + preps + own}
    nested: list[Token] = list(own)
    for comp in _children(verb, ("xcomp", "ccomp", "dobj", "prep", "advcl", "oprd")):
        if comp.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            continue
        head = [comp] if comp.dep_ == "dobj" and comp.i not in exclude else []
        nested += head + _nominal_parties(comp, exclude=exclude)
    return actors, [direct, preps, nested], how


def _event_agents(noun: Token) -> list[Token]:
    """Who holds the event a light verb acts on: "banned *the opposition's* rally", "prevented the
    demonstration staged *by students*"."""
    agents = _children(noun, ("poss",)) + _prep_objects(noun, ("by",))  # "abuses *by soldiers*"
    for participle in _children(noun, ("acl",)):
        if participle.tag_ == "VBN":
            agents += _prep_objects(participle, ("by",))
    return [a for a in agents if a.lower_ not in PRONOUNS]


def _own_means(token: Token) -> bool:
    """True for an object owned by the actor ("*its* troops", "*their* ambassador")."""
    return token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in token.children)


def _inner_parties(actors: list[Token]) -> list[Token]:
    """Parties named inside an unresolved actor phrase: its apposition ("the rebel group, *X*, ...") or its
    modifiers ("workers affiliated with *X*", "students at *X*")."""
    out = []
    for actor in actors:
        own = {t.i for t in phrase(actor)}
        for child in actor.children:
            if child.dep_ == "appos":
                out.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in BACKING_LEMMAS:
                continue  # "militias backed by *Turkey*": the backer does not do what the militias do
            elif child.dep_ in ("prep", "acl") and child.i not in own:
                out += [t for t in child.subtree if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN")
                        and not any(a.dep_ in ("relcl", "advcl") for a in t.ancestors if a.i in
                                    {x.i for x in child.subtree})]
    return out


def _noun_args(noun: Token, entry: Entry) -> tuple[list[list[Token]], list[list[Token]], str]:
    """Actor tiers (own modifiers, between/by-phrase, governing verb's subject) and recipients of a nominal."""
    tiers: list[list[Token]] = []
    modifiers = [t for t in noun.children if t.i < noun.i and t.dep_ in ("poss", "compound", "amod", "nmod")
                 and any(w.pos_ in ("PROPN", "PRON") or w.text[:1].isupper() for w in t.subtree)]
    tiers.append(modifiers)
    between = _prep_objects(noun, ("between", "among"))
    if between and entry.cameo == MEDIATE_CAMEO:
        # "X's mediation between A and B": A and B are the recipients, the mediator acts
        verb = _governing_verb(noun)
        subject = _subject(verb)[0] if verb is not None else []
        return [modifiers, _prep_objects(noun, ("by",)), subject], [between], "mediator (modifier, by-phrase, subject)"
    if between and not modifiers:
        return [between], [[]], "between"
    tiers.append(_prep_objects(noun, ("by",)))
    recipients = _prep_objects(noun, NOUN_RECIPIENT_PREPS)
    # "the withdrawal of troops *from X*": the moved or affected party's phrase names the recipient
    recipients += [r for obj in _prep_objects(noun, ("of",)) for r in _prep_objects(obj, NOUN_RECIPIENT_PREPS)
                   if r.i not in {t.i for t in recipients}]
    recipients = [r for r in recipients if not _own_means(r)]
    verb = _governing_verb(noun)
    how = "possessor/modifier, by-phrase"
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
            and verb.lemma_.lower() in UNDERGOING_VERBS and not _is_passive(verb) and _children(verb, ("nsubj",)):
        # "X came *under* attack (from Y)": X undergoes it; the attacker is the named source or unknown
        sources = _prep_objects(noun, ("from", "by")) + _prep_objects(verb, ("from", "by"))
        undergoer = _subject(verb)[0]
        return [modifiers, sources], [undergoer], how + f", from-phrase; subject of '{verb.text} under' undergoes it"
    if verb is not None:
        subject, _ = _subject(verb)
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
        recipients += [t for t in _prep_objects(verb, RECIPIENT_PREPS) if t.i not in exclude]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent" and _is_passive(noun.head.head):
        # "civilians were uprooted *by airstrikes*": those the passive befell are the act's recipients
        recipients += _children(noun.head.head, ("nsubjpass",))
    return tiers, [recipients], how


def _passive_undergoer(noun: Token, verb: Token) -> list[Token]:
    """The subject of an agentless passive that governs a nominal through "in" or "under"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under") or not _is_passive(verb):
        return []
    if _prep_objects(verb, ("by",)):
        return []
    return _children(verb, ("nsubjpass",))


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("staged a *strike*", "arrived for a *visit*")."""
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _adj_args(adj: Token) -> tuple[list[Token], list[list[Token]], str]:
    actors, _ = _subject(adj.head) if adj.dep_ in ("acomp", "amod") else ([], "")
    direct: list[Token] = []
    nested: list[Token] = []
    for xcomp in _children(adj, ("xcomp", "prep")):
        direct += _prep_objects(xcomp, ("with", "to", "against")) + _children(xcomp, ("dobj", "pobj"))
        nested += _nominal_parties(xcomp, exclude={t.i for t in direct})
    return actors, [direct, nested], "subject of copula"


def _attribution(sentence: Span, trigger: Token) -> Span | None:
    """"According to X" or "X said" that frames the trigger's clause."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                return sentence.doc[token.i:phrase(objs[0]).end]
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in status.words().say_verbs:
            subj = _children(node.head, SUBJECT_DEPS)
            if subj:
                return phrase(subj[0])
        node = node.head
    root = trigger.sent.root
    if root.lemma_ in status.words().say_verbs and trigger.i != root.i \
            and any(c.dep_ == "ccomp" for c in root.children) is False:
        subj = _children(root, SUBJECT_DEPS)
        if subj and trigger.i < root.i:
            return phrase(subj[0])
    return None


def _reporter_tokens(sentence: Span, triggers: dict[int, Entry]) -> set[int]:
    """Tokens of reporters ("a UN official said", "according to X"): never parties of the event."""
    out: set[int] = set()
    for token in sentence:
        if token.lemma_ in status.words().say_verbs and token.pos_ == "VERB" and token.i not in triggers:
            if any(c.dep_ in ("ccomp", "parataxis") for c in token.children) or token.dep_ == "parataxis":
                for subj in _children(token, SUBJECT_DEPS):
                    out |= {t.i for t in subj.subtree}
        if token.lower_ == "according":
            out |= {t.i for t in token.subtree}
    return out


def is_object(token: Token, entry: Entry) -> bool:
    """True when `token` is the object word of a light-verb entry (by lemma or form), or a measure of it
    ("provided tons *of aid*", "sent thousands *of troops*")."""
    if not entry.object:
        return False
    # "imposed tariffs and *sanctions*", "launched artillery, mortar and rocket *fire*"
    words = [token, *(c for c in token.conjuncts if c.dep_ == "conj" or token.dep_ == "conj")]
    if any(entry.object in (*hyphen_forms(w), w.lemma_.lower(), w.lower_) for w in words):
        return True
    return any(entry.object in (o.lemma_.lower(), o.lower_) for o in _prep_objects(token, ("of",)))


def match(token: Token, lexicon: Lexicon) -> Entry | None:
    """The lexicon entry a token triggers, respecting object and particle restrictions."""
    pos = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(token.pos_)
    if pos is None or (pos == "VERB" and token.dep_ == "amod"):
        return None
    if token.dep_ in NOT_EVENT_DEPS and not _names_event_of_head(token):
        return None
    if token.text[:1].isupper() and token.i != token.sent.start and not token.is_upper:
        return None
    lemma = token.lemma_.lower()
    entries = next((found for form in hyphen_forms(token) if (found := lexicon.candidates(form, pos))), []) \
        or lexicon.candidates(lemma, pos) or lexicon.candidates(token.lower_, pos)
    # entries whose object (if any) is the verb's object; a phrasal one of them, when its particle is there,
    # shadows the bare verb
    entries = [e for e in entries
               if not e.object or any(c.dep_ in ("dobj", "nsubjpass") and is_object(c, e) for c in token.children)]
    found: list[tuple[int, int, Entry]] = []
    for n, entry in enumerate(entries):
        gap = _particle_gap(token, entry.particle) if entry.particle else 0
        if gap is None:
            continue
        if not entry.particle and not entry.object and any(
                e.particle and _particle_gap(token, e.particle) is not None for e in entries):
            continue
        found.append((gap, n, entry))
    # "called *for* sanctions ... *in* the wake of": the particle nearest the verb makes the phrasal verb
    best = min(found, key=lambda f: (not f[2].object, not f[2].particle, f[0], f[1]), default=None)
    return _object_sense(token, senses.choose(token, best[2]), lexicon) if best else None


def _object_sense(token: Token, entry: Entry, lexicon: Lexicon) -> Entry:
    """A light verb carries its object's sense: "launched a *cyber* attack", "staged *drone* strikes" code as
    the object noun alone would ("cyber attack" COERCE, "drone strikes" ASSAULT), when the noun's plain entry
    or its sense has the light verb's type (the light verb only carries the noun's event)."""
    if not entry.object:
        return entry
    for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and is_object(c, entry)):
        for noun in (e for e in lexicon.candidates(obj.lemma_.lower(), "NOUN") if not e.object and not e.particle):
            sense = senses.choose(obj, noun)
            if sense is noun or entry.event_type not in (noun.event_type, sense.event_type) \
                    or sense.event_type == NOT_AN_EVENT:
                continue
            return replace(entry, event_type=sense.event_type, mode=sense.mode, cameo=sense.cameo,
                           note=sense.note, source=f"{entry.source}; object {sense.source}")
    return entry


def hyphen_forms(token: Token) -> tuple[str, ...]:
    """The hyphenated word a noun or verb ends ("cease-fire", "sit-in", "build-up", "test-fired": the parser splits
    them at the hyphen), written with and without the hyphen; () when the token ends no such word."""
    doc, i = token.doc, token.i
    if token.pos_ not in ("NOUN", "PROPN", "VERB") or i < 2 or doc[i - 1].text != "-" \
            or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not doc[i - 2].is_alpha:
        return ()
    first = doc[i - 2].lower_
    return (f"{first}-{token.lemma_.lower()}", f"{first}{token.lemma_.lower()}")


def _particle_gap(token: Token, particle: str) -> int | None:
    """How many of the verb's particle-like children come before `particle` (None when it has none)."""
    children = [c for c in token.children if c.dep_ in PARTICLE_DEPS]
    children.sort(key=lambda c: (c.dep_ != "prt", abs(c.i - token.i)))
    return next((k for k, c in enumerate(children) if c.lower_ == particle), None)


def _names_event_of_head(token: Token) -> bool:
    """"a *mediation* mission", "*aid* deliveries": a noun naming the kind of a generic event noun."""
    return token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.lemma_.lower() in EVENT_HEAD_NOUNS


def _modal_entry(token: Token, lexicon: Lexicon) -> Entry | None:
    """"X said Y *must* do Z": a modal of obligation in a reported clause is X's request to Y."""
    if token.dep_ != "aux" or token.head.dep_ != "ccomp" \
            or token.head.head.lemma_ not in status.words().say_verbs:
        return None
    found = lexicon.candidates(token.lower_, "MODAL")
    return found[0] if found else None


def _light_object(token: Token, triggers: dict[int, Entry]) -> bool:
    """True for the object noun of a light-verb entry ("held *talks*")."""
    head = triggers.get(token.head.i)
    return head is not None and is_object(token, head)


def _governor(token: Token, triggers: dict[int, Entry]) -> Token | None:
    """The trigger this one is a complement or argument of, if any ("threatened to *attack*")."""
    node = token.head if _names_event_of_head(token) else token  # "suspended *aid* deliveries"
    if node.i != token.i and node.i in triggers:
        return node
    while node.dep_ in COMPLEMENT_DEPS and node.head.i != node.i:
        node = node.head
        if node.i in triggers:
            return node
    return None


def _rank(token: Token) -> float:
    """Prominence of a trigger: 1 in the main clause, less when embedded or a background nominal
    ("rioting *during a summit*", "*after* talks")."""
    rank = 1.0 / (1 + _depth(token))
    adjunct = status.words().adjunct_prepositions
    if token.dep_ == "pobj" and (token.head.lower_ in adjunct or token.head.head.lower_ in adjunct):
        rank *= 0.5
    return rank


def _depth(token: Token) -> float:
    """How many clause boundaries lie between a token and the sentence root.

    A clause reported by a non-event verb ("X said *Y attacked Z*") counts as the main clause;
    a coordinated clause counts a quarter, so the first of "X refused ... and urged ..." leads.
    """
    depth, node = 0.0, token
    while node.head.i != node.i:
        reported = node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in status.words().say_verbs
        if node.dep_ in CLAUSE_DEPS and not reported:
            depth += 1
        elif node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            depth += 0.25
        node = node.head
    return depth


def analyse(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Every candidate of every sentence, including those that code nothing (`dropped` set)."""
    out: list[Candidate] = []
    denying = status.words().negating_governors
    for s_index, sentence in enumerate(doc.sents):
        triggers = {t.i: e for t in sentence if (e := match(t, lexicon)) is not None}
        modals = {t.head.head.i: (e, t) for t in sentence if (e := _modal_entry(t, lexicon)) is not None}
        reporters = _reporter_tokens(sentence, triggers)
        governors = {**triggers, **{i: entry for i, (entry, _) in modals.items()}}
        negated_by_denial: set[int] = set()
        for i, entry in triggers.items():
            gov = _governor(doc[i], governors)
            if gov is not None and gov.lemma_.lower() in denying and doc[i].pos_ == "VERB":
                negated_by_denial.add(gov.i)
        for i, entry in triggers.items():
            token = doc[i]
            cand = _candidate(sentence, s_index, token, entry, reporters)
            cand.actors, not_party = senses.parties_only(cand.actors)
            gov = _governor(token, governors)
            if entry.event_type == NOT_AN_EVENT:
                cand.dropped = f"lexicon entry {entry.describe()} marks this use as no event"
            elif not_party:
                cand.dropped = not_party
            elif _light_object(token, triggers):
                cand.dropped = f"object of light-verb entry '{token.head.text} {token.text}'"
            elif i in negated_by_denial:
                cand.dropped = "denial of an embedded action: the action codes as negated"
            elif gov is not None and not (gov.lemma_.lower() in denying and token.pos_ == "VERB"):
                cand.dropped = f"absorbed by governing trigger '{gov.text}' ({governors[gov.i].event_type})"
            elif cand.entry.pos == "NOUN":
                cand.dropped = nominals.not_specific(token, set(triggers))
            out.append(cand)
        for say_i, (entry, modal) in modals.items():
            if say_i in triggers:
                continue
            cand = _modal_candidate(sentence, s_index, doc[say_i], modal, entry, reporters)
            out.append(cand)
    return out


def proposed(sentence: Span, s_index: int, token: Token, entry: Entry) -> Candidate:
    """A candidate for a predicate no lexicon entry knows, typed by the event-type classifier (`dyads.typeclf`):
    its parties come from the predicate's arguments like a lexicon trigger's."""
    cand = _candidate(sentence, s_index, token, entry, _reporter_tokens(sentence, {}))
    cand.actors, cand.dropped = senses.parties_only(cand.actors)
    cand.rule = f"event-type classifier ({entry.source}); {cand.rule}"
    return cand


def extract(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Candidate events of every sentence of a parsed document (those that code)."""
    return [c for c in analyse(doc, lexicon) if not c.dropped]


def _split_modifier_conjuncts(token: Token) -> list[Token]:
    """"the Turkish and Greek sides" -> Turkish, Greek: coordinated modifiers name separate parties."""
    for mod in token.children:
        if mod.dep_ in ("amod", "compound") and any(c.dep_ == "conj" for c in mod.children):
            return [mod, *mod.conjuncts]
    # "scores *of* Sierra Leonean and Liberian refugees"
    for obj in _prep_objects(token, ("of",)):
        if split := _split_modifier_conjuncts(obj):
            return split
    return []


def _of_conjuncts(token: Token) -> list[Token]:
    """"leaders of X and Y": the coordinated members of an of-phrase, each a party of its own."""
    own = phrase(token)
    objs = [t for t in own if t.dep_ == "pobj" and t.head.lower_ == "of"]
    return [c for obj in objs for c in obj.conjuncts if c.dep_ == "conj" and c.i >= own.end]


def _party_spans(token: Token) -> list[Span]:
    """One span per party a phrase names: "Sierra Leonean and Liberian refugees" names two, and so does
    "scores of Kenyans and Ugandans"."""
    split = _split_modifier_conjuncts(token)
    if split:
        return [token.doc[m.i:m.i + 1] for m in split]
    for obj in _prep_objects(token, ("of",)):
        if token.pos_ == "NOUN" and any(c.dep_ == "conj" for c in obj.children):
            return [phrase(c) for c in conjuncts(obj)]
    return [_argument_span(token)]


def _actor_spans(tokens: list[Token]) -> tuple[list[Span], list[str]]:
    spans, notes = [], []
    for token in (c for a in tokens for c in conjuncts(a)):
        token, note = _resolve_pronoun(token)
        if note:
            notes.append(note)
        split = _split_modifier_conjuncts(token)
        spans += [token.doc[m.i:m.i + 1] for m in split] if split else [_argument_span(token)]
        spans += [phrase(c) for c in _of_conjuncts(token)]
    return spans, notes


def _clause_fallback(token: Token, exclude: set[int]) -> list[Token]:
    """Parties mentioned anywhere in the trigger's clause (last resort for recipients)."""
    head = token
    while head.dep_ not in ("ROOT", "advcl", "relcl", "ccomp", "conj", "parataxis") and head.head.i != head.i:
        head = head.head
    return [t for t in _nominal_parties(head, exclude=exclude) if t.i != token.i]


def _candidate(sentence: Span, s_index: int, token: Token, entry: Entry, reporters: set[int]) -> Candidate:
    entry = _own_exercise(token, entry)
    if entry.pos == "NOUN":
        actor_tiers, tiers, how = _noun_args(token.head if _names_event_of_head(token) else token, entry)
    else:
        actors, tiers, how = _adj_args(token) if entry.pos == "ADJ" else _verb_args(token, entry)
        actor_tiers = [actors, _inner_parties(actors)]
    actor_spans, notes = [], []
    for tier in actor_tiers:
        spans, tier_notes = _actor_spans([a for a in tier if a.i not in reporters])
        actor_spans.append(spans)
        notes += tier_notes
    taken = {t.i for tier in actor_spans for s in tier for t in s} | reporters
    tiers = [[r for r in tier if r.i not in taken] for tier in tiers]
    tiers.append(_clause_fallback(token, taken | {t.i for tier in tiers for t in tier}))
    recipient_tiers = [[span for r in tier for t in conjuncts(r) for span in _party_spans(t)] for tier in tiers]
    state, cue = status.status_of(token)
    announcer, conditional = status.intent_of(token, entry.event_type, state, cue)
    rule = f"{entry.pos.lower()}-trigger; actor by {how or 'none'}"
    if notes:
        rule += "; " + "; ".join(notes)
    if cue is not None:
        rule += f"; status {state} by '{cue.text}'"
    if announcer is not None:
        rule += f"; plan announced by its actor ('{announcer.text}')"
    return Candidate(
        sentence=sentence, sentence_index=s_index, trigger=token, entry=entry,
        actors=actor_spans, recipients=recipient_tiers, status=state,
        attribution=_attribution(sentence, token), rule=rule, rank=_rank(token), cue=cue,
        intent=announcer is not None, conditional=conditional, contexts=_contexts(token),
        partners=_partners(token, entry), named_actor=_named(actor_spans), venue=_venue(token, entry),
        actor_how=_how_label(how),
    )


def _how_label(how: str) -> str:
    """The rule part of an actor rule's description, without the words it quotes."""
    return how.split(" '")[0].rstrip(", ") or "none"


def _own_exercise(token: Token, entry: Entry) -> Entry:
    """PLOVER: joint military exercises are COOPERATE, a single country's own exercises are MOBILIZE."""
    if entry.event_type != "COOPERATE" or entry.object not in EXERCISE_WORDS or token.pos_ != "VERB":
        return entry
    objects = [o for o in _children(token, ("dobj", "nsubjpass")) if is_object(o, entry)]
    joint = any(c.lower_ in JOINT_WORDS for o in objects for c in o.children) \
        or any(_prep_objects(h, ("with",)) for h in (token, *objects))
    subjects = [c for s in _subject(token)[0] for c in conjuncts(s)]
    # "French and Egyptian warships": coordinated modifiers name several parties too
    subjects += [c for s in subjects for m in s.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                 for c in m.conjuncts]
    if joint or len(subjects) > 1:
        return entry
    return replace(entry, event_type="MOBILIZE", mode="troops", cameo="150",
                   note=f"{entry.note}; one country's own exercise (PLOVER MOBILIZE)")


def _venue(token: Token, entry: Entry) -> Span | None:
    """Where a passive action of the authorities with no agent happened: "was arrested *in Iran*",
    "was put under investigation *in Italy*" (its authorities are the actor)."""
    if entry.event_type not in AUTHORITY_TYPES:
        return None
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    if verb is None or not _is_passive(verb) or _prep_objects(verb, ("by",)):
        return None
    places = _prep_objects(verb, ("in",)) + (_prep_objects(token, ("in",)) if token is not verb else [])
    return phrase(places[0]) if places else None


def _named(actor_tiers: list[list[Span]]) -> bool:
    """True when the first actor phrase is a proper name ("Judge Ana Ruiz"), known to the tables or not."""
    first = next((tier for tier in actor_tiers if tier), [])
    return bool(first) and first[0].root.pos_ == "PROPN" and first[0].root.lower_ not in PRONOUNS


def _partners(token: Token, entry: Entry) -> tuple[tuple[int, int], ...]:
    """Character ranges of the with-phrases of a mutual action ("shared intelligence *with Y*")."""
    if entry.event_type not in MUTUAL_TYPES:
        return ()
    heads = [token, *(o for o in _children(token, ("dobj",)) if is_object(o, entry))]
    spans = [phrase(t) for h in heads for p in _prep_objects(h, ("with",)) for t in conjuncts(p)]
    return tuple((s.start_char, s.end_char) for s in spans)


def _contexts(token: Token) -> tuple[str, ...]:
    """PLOVER contexts signalled by words of the trigger's clause, in order of first mention."""
    head = token
    while head.dep_ not in ("ROOT", "advcl", "relcl", "ccomp", "parataxis") and head.head.i != head.i:
        head = head.head
    words = context_words()
    found = (words.get(t.lemma_.lower()) or words.get(t.lower_) for t in head.subtree)
    return tuple(dict.fromkeys(c for c in found if c))


def _modal_candidate(sentence: Span, s_index: int, say: Token, modal: Token, entry: Entry,
                     reporters: set[int]) -> Candidate:
    clause = modal.head
    actors, how = _subject(say)
    actor_spans, notes = _actor_spans(actors)
    targets = _children(clause, ("nsubj", "nsubjpass"))
    recipients = [[_argument_span(t) for r in targets for t in conjuncts(r)]]
    state, cue = status.status_of(say)
    rule = f"modal '{modal.text}' in a reported clause; actor by {how or 'none'}"
    if cue is not None:
        rule += f"; status {state} by '{cue.text}'"
    return Candidate(sentence=sentence, sentence_index=s_index, trigger=say, entry=entry, actors=[actor_spans],
                     recipients=recipients, status=state, attribution=None, rule=rule,
                     rank=1.0 / (1 + _depth(say)), cue=cue, actor_how="modal: " + _how_label(how))
