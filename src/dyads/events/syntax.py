"""Parse helpers every argument rule shares: noun phrases, coordination, subjects and passive agents,
prepositional objects, pronoun resolution.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads import nlp
from dyads.parse_view import view
from dyads.actors.syntax import copula_subject
from dyads.actors.vocab import ALLEGIANCE_WORDS, SPEECH_LEMMAS
from dyads.events.asides import aside_subject
from dyads.senses import in_class, word_classes

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
# Verbs of staying in a state: a past participle right after one is the state ("lay wounded", "remain missing")
STATE_VERBS = frozenset(("lie", "lay", "remain", "stay", "sit", "be", "left", "leave", "seem", "appear", "look"))
# Verbs whose subject, not object, is coded as doing what their "to" clause says: "promised Chile to withdraw",
# "used the coup to justify", and orders ("ordered troops to shoot": the one who ordered it answers for it).
SUBJECT_CONTROL_LEMMAS = frozenset(("promise", "pledge", "vow", "threaten", "use", "take", "spend", "order",
                                    "command", "instruct", "direct"))
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "in", "over",
                   "from", "between", "among")
NOUN_RECIPIENT_PREPS = ("to", "with", "against", "on", "in", "toward", "towards", "into", "upon", "from", "over",
                        "at", "for", "of")
SKIP_CHILD_DEPS = ("conj", "cc", "relcl", "acl", "appos", "punct", "advcl")
PHRASE_PREPS = ("of", "in")
PRONOUNS = ("it", "they", "he", "she", "we", "its", "their", "his", "her", "our")
# Punctuation setting off a list in apposition ("the three powers, A, B and C,", "the three powers – A, B and C –").
LIST_OPENERS = (",", "\u2013", "\u2014", "-", "--")
PERSON_PRONOUNS = ("he", "she", "his", "her")
# Prepositions that give the means of a passive action ("killed *in* airstrikes by X").
MEANS_PREPS = ("in", "during", "by")
# Prepositions of time, which place one act before, after or during another: heading a gerund clause ("*after*
# taking the town, X ...": the clause is its own act of the main clause's subject, never a complement of the main
# verb) or a nominal ("arrested dozens *after* protests": the protests are not the arrest's).
TIME_PREPS = ("after", "before", "since", "upon", "following", "until", "amid", "amidst", "during")
# Prepositions of manner or addition heading a gerund clause whose doer is the main clause's subject ("upped the
# pressure *by holding* X responsible", "did little *apart from urging* Y"); "of", "for", "from" and "against" clauses
# are done by the main verb's object ("accused X *of attacking*", "prevented X *from leaving*").
MANNER_PREPS = ("by", "besides", "despite", "through")
# Conjunctions that join a speaker's second act to what it said ("said ... *and* warned", "*but* warned").
JOINING_CONJUNCTIONS = ("and", "but")
COMPOUND_PREPS = (("apart", "from"), ("aside", "from"), ("instead", "of"))


def phrase(token: Token) -> Span:
    """The noun phrase headed by `token`, without coordinated, relative or appositive parts."""
    memo = nlp.memo(token.doc, "phrase")
    bounds = memo.get(token.i)
    if bounds is None:
        bounds = memo[token.i] = _phrase_bounds(token)
    return Span(token.doc, *bounds)


def _phrase_bounds(token: Token) -> tuple[int, int]:
    doc, parse = token.doc, view(token.doc)
    dep, lower, pos, text, children = parse.dep, parse.lower, parse.pos, parse.text, parse.children
    root = token.i
    keep = {root}
    stack = [root]
    # "rebels *in Chad*" locates an unnamed group; "his Chinese counterpart in Manila" is named already.
    named = any(dep[c] in ("amod", "compound", "poss") and text[c][:1].isupper() for c in children[root])
    # "the ministers *of Ghana and Togo* in Accra": an of-phrase naming them already says whose they are
    named = named or any(dep[o] == "pobj" and pos[o] == "PROPN" for c in children[root]
                         if dep[c] == "prep" and lower[c] == "of" for o in children[c])
    while stack:
        t = stack.pop()
        for child in children[t]:
            if dep[child] in SKIP_CHILD_DEPS:
                continue
            if dep[child] == "prep" and (lower[child] not in PHRASE_PREPS or pos[t] in ("VERB", "AUX")) \
                    and not (text[child][:1].isupper() and not doc[child].is_sent_start and pos[t] != "VERB") \
                    and not _allegiance(doc[child], doc[t]):
                continue  # a capitalised preposition is a word of a name ("Reporters *Without* Borders")
            if dep[child] == "prep" and lower[child] == "in" and (t != root or named or pos[root] == "PROPN"):
                continue
            if dep[child] == "prep" and lower[child] == "of" and _charge_phrase(doc[t], doc[child], t == root):
                continue  # "accused *the bloc* of failing to defend X": the charge is no part of whom it is aimed at
            keep.add(child)
            stack.append(child)
    return min(keep), max(keep) + 1


def _charge_phrase(root: Token, prep: Token, top: bool) -> bool:
    """True for an of-phrase that says what a verb's object is accused or warned of, robbed or cleared of, not whose
    it is: a gerund clause on any noun of the phrase ("accused the bloc *of failing* to ...", "the head of the mission
    *of lying*"), or, on the phrase's head (`top`), a common noun after a verb of the class `of_complement_verb`
    ("charged the men *of espionage*", "warned Moscow *of consequences*"). The phrase then ends before it, so a party
    named inside the charge ("of failing to defend *Armenia*") is not taken for the object itself."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if any(o.tag_ == "VBG" and o.text.islower() for o in objects):  # (not "the Ministry *of Planning*")
        return True
    if not top:
        return False
    # a common noun with no capitalised word before it ("of *espionage*", not "the head *of Italian* mission")
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" \
        and in_class(root.head, "of_complement_verb") \
        and any(o.pos_ == "NOUN" and o.dep_ == "pobj" and not o.text[:1].isupper()
                and not any(c.text[:1].isupper() for c in o.children if c.i < o.i) for o in objects)


def _allegiance(prep: Token, head: Token) -> bool:
    """"forces *loyal to* the president", "militias *allied to* X": whose the group is (the allegiance words that
    `actors` resolves it by) is part of its phrase, as an of-phrase is."""
    return prep.lower_ == "to" and head.dep_ == "amod" and head.lower_ in ALLEGIANCE_WORDS and head.head.pos_ == "NOUN"


def conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated siblings ("Xi and Putin").

    An apposition introduced by "and" is a misparsed conjunct ("X of India and Japanese leader Y"), and so is an
    apposition that starts a coordination ("A, B, C and D").
    """
    memo = nlp.memo(token.doc, "conjuncts")
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = tuple(t.i for t in _conjuncts(token))
    doc = token.doc
    return [doc[i] for i in found]


def _conjuncts(token: Token) -> list[Token]:
    if token.dep_ == "conj":
        return [token]
    misparsed = [c for c in token.children if c.dep_ == "appos"
                 and any(t.dep_ == "cc" and t.lower_ == "and" for t in token.doc[token.i:c.left_edge.i])]
    # "A, the B, the C and the D signed": the parser makes B an apposition of A and coordinates C and D with it; so
    # for a list set off by dashes, which names the members of a plural description ("the three powers – A, B and
    # C – met": A, B and C met)
    listed = [c for c in token.children if c.dep_ == "appos" and c not in misparsed and c.left_edge.i > 0
              and token.doc[c.left_edge.i - 1].text in LIST_OPENERS and any(g.dep_ == "conj" for g in c.children)
              and any(g.dep_ == "cc" for g in c.subtree) and not _describes_person(token, c)]
    # "condemned the attack and *Germany* said ...": a name joined to the object that is the next clause's subject
    joined = [c for c in token.conjuncts if stranded_clause_subject(c) is None]
    return [token, *joined, *misparsed, *(m for c in listed for m in (c, *c.conjuncts))]


FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP")


def stranded_clause_subject(noun: Token) -> Token | None:
    """The verb whose subject `noun` is when the parser joined it to a noun before it: "France condemned the attack
    and *Germany* said ..." parses "Germany" as a conjunct of "attack" and leaves the coordinated "said" with no
    subject. A name (or noun) conjunct of a noun that stands right before a finite verb coordinated into the sentence
    without a subject of its own (auxiliaries and adverbs between) is that verb's subject; None otherwise."""
    if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.pos_ not in ("NOUN", "PROPN") \
            or noun.head.i > noun.i:
        return None
    doc = noun.doc
    after = noun.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ in ("aux", "neg", "advmod") and doc[after].head.i > after:
        after += 1
    if after >= len(doc):
        return None
    verb = doc[after]
    first = doc[noun.right_edge.i + 1]
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or (verb.tag_ not in FINITE_VERB_TAGS and first.tag_ != "MD") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return verb


def stranded_subject_of(verb: Token) -> Token | None:
    """The subject the parser joined to the object before `verb` ("and *Germany* said"), see
    `stranded_clause_subject`."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    first = min([verb, *(c for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod"))], key=lambda t: t.i)
    if first.i == 0:
        return None
    noun = verb.doc[first.i - 1]
    while noun.dep_ not in ("conj",) and noun.head.i > noun.i and noun.head.i < first.i:
        noun = noun.head  # the head of a multi-word name ("South Korea")
    found = stranded_clause_subject(noun)
    return noun if found is not None and found.i == verb.i else None


def _describes_person(token: Token, appos: Token) -> bool:
    """"X, *the leader of the party and a Sikh*,": coordinated descriptions of a person named just before, one of
    them indefinite ("a Sikh", "a former general"), say what the person is; they list no other parties."""
    return token.ent_type_ == "PERSON" and any(
        c.i != appos.i and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in appos.conjuncts)


def children_with(token: Token, deps: tuple[str, ...]) -> list[Token]:
    doc, parse = token.doc, view(token.doc)
    dep = parse.dep
    return [doc[c] for c in parse.children[token.i] if dep[c] in deps]


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions `preps` (and subjects of their clausal objects), not the noun of a
    complex preposition ("*in the face of* X", "*on the orders of* X": word class
    `prepositional_noun`), whose of-phrase names no party the token is aimed at."""
    out = []
    doc, parse = token.doc, view(token.doc)
    dep, lower, children = parse.dep, parse.lower, parse.children
    for prep in children[token.i]:
        if dep[prep] in ("prep", "agent", "dative") and lower[prep] in preps:
            out.extend(doc[c] for c in children[prep] if dep[c] == "pobj" and not _complex_preposition(parse, prep, c))
            for pcomp in (c for c in children[prep] if dep[c] == "pcomp"):
                out.extend(doc[c] for c in children[pcomp] if dep[c] in SUBJECT_DEPS)
    return out


def complex_preposition(prep: Token, noun: Token) -> bool:
    """True for the noun of a complex preposition ("in the *face* of", "on the *orders* of")."""
    return _complex_preposition(view(noun.doc), prep.i, noun.i)


def _complex_preposition(parse, prep: int, noun: int) -> bool:
    """`complex_preposition` of tokens given by index in the document's `parse`."""
    dep, lower = parse.dep, parse.lower
    return f"{lower[prep]} {parse.lemma[noun].lower()}" in word_classes()["prepositional_noun"] \
        and any(dep[c] == "prep" and lower[c] == "of" for c in parse.children[noun])


def is_passive(verb: Token) -> bool:
    """True for a passive verb (remembered per token for the document: rules ask it of one verb again and again)."""
    memo = nlp.memo(verb.doc, "is_passive")
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = _is_passive(verb)
    return found


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or shares_passive(verb) \
        or agentive_participle(verb)


# Prepositions of an absolute participle clause ("*with* 43 people killed", "*without* a shot fired").
ABSOLUTE_PREPS = ("with", "without")


def absolute_participle(verb: Token) -> bool:
    """"*with* at least 43 people *killed*", "*With* Islamic State *crushed*, ...": a bare past participle whose
    subject follows "with" is passive; that subject underwent the act (its doer, if any, is the by-agent)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return verb.dep_ == "pcomp" and verb.head.lower_ in ABSOLUTE_PREPS \
        or any(c.dep_ in ("mark", "prep") and c.lower_ in ABSOLUTE_PREPS and c.i < verb.i for c in verb.children)


def agentive_participle(verb: Token) -> bool:
    """"forces, both of them trained and *equipped by the US*,": a past participle with a by-agent and no
    auxiliary is passive even when the parser gives it (or the participle it is coordinated with) a subject.
    Participles modifying a noun ("troops *backed by* militias") are reduced passives, with rules of their own."""
    head = nlp.first_conjunct(verb)
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
        and not children_with(verb, ("aux",)) and head.dep_ != "acl"


def bare_participle_clause(verb: Token) -> bool:
    """An adverbial clause of a bare past participle, with no auxiliary, subject or by-agent ("*Stung* by the
    defeat, X ...", or a reduced relative the parser hung on a verb: "aid for communities *exiled* from Y"): it
    tells what befell its controller, so the subject it would climb to is not its doer."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "expl") for c in verb.children)


def is_reduced_passive(verb: Token) -> bool:
    """"a soldier *arrested* in Turkey", "hospitals *bombed* by jets": a past participle that modifies a noun
    with no auxiliary or subject of its own is a passive whose undergoer is that noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not children_with(verb, ("aux", "auxpass", "nsubj", "nsubjpass")) and misparsed_main_verb(verb) is None


def conjoined_reduced_passive(verb: Token) -> Token | None:
    """"the talks, held in Z *and mediated by* X", "villages shelled and *burned by* militias": a participle with no
    auxiliary or subject of its own conjoined to a reduced passive modifies the same noun; returns that first
    participle (None otherwise)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or children_with(verb, ("aux", "auxpass", "nsubj", "nsubjpass")):
        return None
    return verb.head if is_reduced_passive(verb.head) else None


# Prepositions after which a past-tense verb misparsed as a participle still acts on a partner or target
# ("negotiators *negotiated with* rebels"), where a reduced passive would name a place or time ("killed *in* X")
# and a participle of state its relation ("militias *allied to* X", "groups *linked to* Y").
ACTIVE_PARTNER_PREPS = ("with", "against")


def misparsed_main_verb(verb: Token) -> Token | None:
    """"Mexican negotiators *negotiated* with rebels.": in a full sentence whose root the parser made the subject
    noun (or the subject of a bare "to" infinitive), a past-tense verb right after that noun's phrase (or aside:
    `asides`) is the main verb, not a participle; returns that noun. A full stop is needed (headlines such as "Five
    soldiers killed in ambush" stay passives), an object, partner phrase or past tense, no by-agent or comma."""
    head = verb.head
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    root = head.head
    bare_infinitive = head.dep_ == "nsubj" and root.dep_ == "ROOT" and root.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
    if head.dep_ != "ROOT" and not bare_infinitive:
        return aside_subject(verb)  # "X, *who won the vote*, called for calm": hung on the aside
    sent = nlp.sentence(verb)
    if sent[-1].text != "." or children_with(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "agent")):
        return None
    own = {t.i for t in head.subtree} - {t.i for t in verb.subtree}
    if any(i not in own or verb.doc[i].is_punct for i in range(head.i + 1, verb.i)):
        return aside_subject(verb)  # "The party, *which X founded*, called on Y ...": hung on the root past an aside
    active = verb.tag_ == "VBD" or children_with(verb, ("dobj",)) or any(
        c.dep_ == "prep" and c.lower_ in ACTIVE_PARTNER_PREPS for c in verb.children) or (
        # "bloggers *called on* X *to* resign": a party addressed and what it is asked to do
        children_with(verb, ("prep",)) and children_with(verb, ("xcomp",)))
    return head if active else None


def state_participle(verb: Token) -> bool:
    """"hundreds *lie injured*", "dozens remained wounded": a bare past participle completing a verb of being
    in a state tells what its subject underwent; the subject did not do it. So does a bare participle clause set
    before its main clause ("*When asked* about X, officials said", "*Arrested* in May, he was freed")."""
    bare = not children_with(verb, (*OBJECT_DEPS, "aux", "auxpass", "nsubj", "nsubjpass", "agent"))
    if bare and verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i:
        return True  # "*(When) asked* about the plan, officials said ...": the officials were asked, they asked no one
    return verb.tag_ == "VBN" and verb.dep_ in ("acomp", "advcl", "oprd", "xcomp") and verb.head.i != verb.i \
        and verb.head.lemma_.lower() in STATE_VERBS and verb.i == verb.head.i + 1 and bare


def shares_passive(verb: Token) -> bool:
    """"X was shot and *killed*": a participle coordinated with a passive, with no object or auxiliary of its own
    ("X is known for Y and *has returned*"), is passive too."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not children_with(verb, (*OBJECT_DEPS, "aux")) and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children) and speaker_of_joined_act(verb) is None


def subject_tokens(verb: Token) -> tuple[list[Token], str]:
    """Subject tokens of a verb, following conj, xcomp, relcl and acl chains upwards."""
    seen, via, chain = verb, "", True  # chain: every step so far went up an xcomp or a conj
    if state_participle(verb):
        return [], ""
    for _ in range(6):
        if absolute_participle(seen):
            # "with 43 people killed", "with the town captured by X": the subject underwent it; X did it
            return prep_objects(seen, ("by",)), "passive agent"
        if is_passive(seen) and via in ("xcomp", "advcl") and agentive_participle(seen):
            # "*fired by* X, while trying to assist Y": whoever tries underwent the participle; X did not try
            return children_with(seen, ("nsubj",)), "subject"
        if is_passive(seen):
            agent, how = passive_agents(seen)
            if agent or shares_passive(seen):  # the shared subject is the victim, never the actor
                return agent, how
            raised = children_with(seen, ("nsubjpass",))
            if seen is not verb and raised:
                # raising: "X was supposed / is expected to visit" -> X visits
                return raised, "subject of raising verb"
            if seen.dep_ == "acl":
                return [], ""
        else:
            controller = object_controller(seen, via) if via in ("xcomp", "advcl") and chain else []
            if controller:  # "Russia enabled *the regime* to retake Aleppo": the regime retakes it
                return controller, "object of the verb it depends on"
            subj = children_with(seen, SUBJECT_DEPS)
            if subj:
                return subj, "subject"
            if (stranded := stranded_subject_of(seen)) is not None:
                return [stranded], "subject of its own clause (parsed as a conjunct of the object before it)"
        if (noun := misparsed_main_verb(seen)) is not None:
            return [noun], "noun before a main verb parsed as its modifier"
        if seen.dep_ == "relcl":
            if (subject := copula_subject(seen.head)) is not None:
                return [subject], "subject of the copula whose predicate the clause describes"
            return [seen.head], "relative clause head"
        if (plan := plan_noun(seen)) is not None:
            # "*Kabila's* decision to lift the curfew", "X announced a plan to invade Y", "X began the process of
            # withdrawing": whose plan it is does it
            owners = children_with(plan, ("poss",))
            if owners:
                return owners, "owner of the plan"
            verb = plan_holder(plan)
            if verb is not None and not children_with(verb, ("neg",)) \
                    and not any(c.dep_ == "det" and c.lower_ == "no" for c in plan.children):
                seen, via, chain = verb, "acl", False  # not "denied plans to invade", "has no plans to"
                continue
        if temporal_clause(seen) or manner_clause(seen) or joined_act(seen):
            main = seen.head.head
            if is_passive(main):  # "after taking the town, X was praised": X took it
                return children_with(main, ("nsubjpass",)), "subject of the main clause"
            seen, via = main, "pcomp"
            continue
        if bare_participle_clause(seen):
            return [], ""  # "Backed by X, Y ...", "communities *exiled* from Z" hung on a verb: Y underwent it
        if seen.dep_ == "ccomp" and (sayer := speaker_of_joined_act(seen)) is not None:
            seen, via = sayer, "conj"  # "X said the move was a provocation and *warned* that ...": X warned
            continue
        if seen.dep_ in ("conj", "xcomp", "advcl", "acomp") and seen.head.i != seen.i:
            if (sayer := speaker_of_joined_act(seen)) is not None:
                seen, via = sayer, "conj"  # "X said the deal was a step and *urged* Y to ...": X urged
                continue
            if seen.dep_ == "conj" and children_with(seen.head, ("nsubjpass",)) and not is_passive(seen):
                seen, via = seen.head, "conj"
                continue
            if (finite := finite_of_gerund_conjunct(seen)) is not None:
                seen, via = finite, "conj"  # "X accused Y of wasting funds *and called* for ...": X called
                continue
            # an infinitive the parser hung as an adverbial clause of a causing verb keeps the chain ("*led* the
            # army *to plead*"): `object_controller` asks the verb's class
            chain = chain and (seen.dep_ in ("xcomp", "conj") or seen.dep_ == "advcl" and seen.tag_ == "VB")
            seen, via = seen.head, seen.dep_
            continue
        break
    return [], ""


def finite_of_gerund_conjunct(verb: Token) -> Token | None:
    """"X accused Y of wasting funds *and called* for an inquiry": a past-tense verb (VBD) that the parser joined to
    a gerund in a prepositional complement is coordinated with the finite verb governing that complement (a second
    act of the gerund's would take the gerund's form: "of wasting funds and *calling* for ..."); returns that
    finite verb, None otherwise. Not for a verb with a subject or auxiliary of its own."""
    gerund = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" \
            or children_with(verb, ("nsubj", "nsubjpass", "aux", "auxpass")):
        return None
    node = gerund.head  # its preposition, on the verb or on the verb's object ("accused *the office of* waging")
    if node.dep_ != "prep":
        return None
    while node.dep_ in ("prep", "dobj") and node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
    finite = node.head
    if finite.pos_ not in ("VERB", "AUX") or finite.tag_ not in FINITE_VERB_TAGS or finite.i > verb.i:
        return None
    return finite


def speaker_of_joined_act(verb: Token) -> Token | None:
    """The verb of saying whose said clause the parser hung a second act of the speaker in: "X said (that) the deal
    was a step forward *and urged* Y to implement it", "said the report ignored the threat *and accused* Z of ...".
    The act is a past-tense verb of speech (word class `speech_act_conjunct`) with no subject, auxiliary or modal of
    its own, joined (conj) to a verb inside the complement clause of a verb of saying (status `say_verbs`) that
    comes before it; the said clause's subject did not perform it. Not when the verb it is joined to is an active
    perfect, whose auxiliary the act may share ("said rebels had attacked the village and demanded ransom"): a
    passive one ("had been detained and demanded their release") or a modal cannot. None otherwise."""
    if verb.dep_ == "ccomp":
        return _second_said_clause(verb)
    if verb.dep_ != "conj" or not (verb.tag_ == "VBD" or _active_participle(verb)) \
            or not in_class(verb, "speech_act_conjunct") or children_with(verb, ("nsubj", "nsubjpass", "aux", "auxpass")):
        return None
    joined = verb.head
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in joined.children) \
            and not children_with(joined, ("auxpass",)):
        return None  # "said rebels *had attacked* the village and demanded ransom": it may share the perfect
    from dyads import status  # status reads clauses, which read these helpers
    saying = status.words().say_verbs
    node = joined
    for _ in range(6):
        if node.dep_ == "ccomp":
            sayer = node.head
            if sayer.pos_ == "VERB" and sayer.lemma_.lower() in saying and sayer.i < node.i < verb.i \
                    and children_with(node, ("nsubj", "nsubjpass")) and children_with(sayer, ("nsubj",)):
                return sayer
            return None
        if node.head.i == node.i or node.dep_ not in ("conj", "relcl", "xcomp", "advcl", "acl", "pcomp", "prep", "attr",
                                                       "pobj", "dobj", "ccomp"):
            return None
        node = node.head
    return None


# Verbs of speech with the preposition by which they name whom they address or what they ask for ("called *on* X",
# "called *for* calm", "appealed *to* X"): with its object there, the participle is active, never a passive.
ADDRESSING_PREPS = {"call": ("on", "for"), "appeal": ("to", "for")}


def _active_participle(verb: Token) -> bool:
    """True for a past form the tagger read as a participle (VBN) that is plainly active: it has a direct object
    ("said X had been detained and *accused Russia* of ..."), or names whom it addresses or what it asks for
    ("... had not been consulted and *called on Tokyo* to ...")."""
    if verb.tag_ != "VBN":
        return False
    preps = ADDRESSING_PREPS.get(verb.lemma_.lower(), ())
    return bool(children_with(verb, ("dobj",))) or any(
        p.dep_ == "prep" and p.lower_ in preps and children_with(p, ("pobj",)) for p in verb.children)


def _second_said_clause(verb: Token) -> Token | None:
    """The verb of saying of "X said the resolution was a provocation *and warned* that ...", when the parser hung the
    speaker's second act as a second complement clause of the verb of saying: a past-tense verb of speech with no
    subject, auxiliary or marker of its own (a said clause has its own subject), after a said clause with a subject
    and right after a coordinating conjunction ("and", "but"). None otherwise."""
    if verb.tag_ != "VBD" or not in_class(verb, "speech_act_conjunct") \
            or children_with(verb, ("nsubj", "nsubjpass", "aux", "auxpass", "mark")):
        return None
    from dyads import status  # status reads clauses, which read these helpers
    sayer = verb.head
    if sayer.pos_ != "VERB" or sayer.lemma_.lower() not in status.words().say_verbs or sayer.i > verb.i \
            or not children_with(sayer, ("nsubj",)):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i and children_with(c, ("nsubj", "nsubjpass")) for c in sayer.children):
        return None
    before = verb.i - 1
    while before > sayer.i and verb.doc[before].pos_ == "ADV":  # "and *also* warned"
        before -= 1
    word = verb.doc[before]
    return sayer if word.dep_ == "cc" and word.lower_ in JOINING_CONJUNCTIONS else None


def plan_clause(verb: Token) -> bool:
    """True for the to-clause of a noun of plan or decision (word class `plan_nouns`): "a plan *to invade* Y"."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and in_class(verb.head, "plan_nouns") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not children_with(verb, SUBJECT_DEPS)


def plan_noun(verb: Token) -> Token | None:
    """The noun of plan or decision whose to-clause (`plan_clause`) or "of" gerund ("the process *of withdrawing*
    troops") `verb` is, if any."""
    if plan_clause(verb):
        return verb.head
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
            and in_class(prep.head, "plan_nouns") and not children_with(verb, SUBJECT_DEPS):
        return prep.head
    return None


def plan_holder(plan: Token) -> Token | None:
    """The verb by which a party makes, discloses or carries on its plan (its subject's plan): "announced / began
    *a plan*" (word class `plan_disclosing`), or "went / pressed ahead *with plans*"."""
    verb = plan.head
    if plan.dep_ == "dobj" and verb.pos_ == "VERB" and in_class(verb, "plan_disclosing"):
        return verb
    if plan.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB" \
            and any(c.dep_ == "advmod" and c.lower_ in ("ahead", "forward") for c in verb.head.children):
        return verb.head
    return None


def temporal_clause(verb: Token) -> bool:
    """True for a gerund clause of time hanging on a verb: "*after taking* the town, X sought ..."."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in TIME_PREPS \
        and prep.head.pos_ in ("VERB", "AUX") and not children_with(verb, SUBJECT_DEPS)


def manner_clause(verb: Token) -> bool:
    """True for a gerund clause of manner hanging on a verb: "upped the pressure *by holding* X responsible"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") \
            or children_with(verb, SUBJECT_DEPS):
        return False
    if prep.head.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in prep.head.children):
        return False  # "will have to pay a price *by vacating* X": a means of a possible act, not a reported one
    before = verb.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return prep.lower_ in MANNER_PREPS or (before, prep.lower_) in COMPOUND_PREPS


def joined_act(verb: Token) -> bool:
    """True for the gerund of "X joined Y *in condemning* Z" (word class `joining_in`): whoever joins takes part
    in the act, so the joining verb's subject does it."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ == "in" \
        and prep.head.pos_ == "VERB" and in_class(prep.head, "joining_in") and not children_with(verb, SUBJECT_DEPS)


def object_controller(verb: Token, dep: str = "xcomp") -> list[Token]:
    """The object of a verb whose "to" clause it performs ("enabled / helped / forced *X* to retake"); none for
    "promised X to ..." where the subject does it. A verb that brings its object to act ("*led* the army to plead",
    status list `causing_governors`) does so also when the parser hangs the clause as adverbial (`dep` "advcl")."""
    if verb.lemma_.lower() in SUBJECT_CONTROL_LEMMAS:
        return []
    if dep == "advcl":
        from dyads import status  # status words load once
        if verb.lemma_.lower() not in status.words().causing_governors:
            return []
    xcomp = next((c for c in verb.children if c.dep_ == dep), None)
    if xcomp is None or not any(a.dep_ == "aux" and a.text.lower() == "to" for a in xcomp.children):
        return []
    # only a party can do it: "gave Kenya time to prepare", "used the coup to justify" keep their subject
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i and party_like(c)]


def party_like(token: Token) -> bool:
    """A name, a pronoun, or a noun of the actor tables' role words ("the regime", "the army")."""
    from dyads.actors.tables import index  # the actor tables load only when a control verb is met

    return token.pos_ in ("PROPN", "PRON") or bool(token.ent_type_) or token.lower_ in index().roles


def passive_agents(verb: Token) -> tuple[list[Token], str]:
    """Who did a passive action: its by-phrase, else whoever carried out its means ("were killed in an
    attack *by X*", "in airstrikes carried out *by X*")."""
    agents = prep_objects(verb, ("by",))
    if agents:
        return agents, "passive agent"
    if agents := hands_of(verb):
        return agents, "'at the hands of' phrase"
    # "carried out *with impunity by X*", "shot *without warning by X*": the by-phrase hangs on the manner noun
    manner = [m for m in prep_objects(verb, ("with", "without")) if m.pos_ == "NOUN" and m.i + 1 < len(m.doc)
              and m.doc[m.i + 1].lower_ == "by"]
    if agents := [a for m in manner for a in prep_objects(m, ("by",))]:
        return agents, "passive agent"
    if agents := _agents_after_complement(verb):
        return agents, "passive agent"
    if agents := _agents_on_complement(verb):
        return agents, "passive agent (by-phrase hung on the complement)"
    means = [m for m in prep_objects(verb, MEANS_PREPS) if m.pos_ == "NOUN"]
    agents = [a for m in means for a in prep_objects(m, ("by",)) + event_agents(m) if a.dep_ != "poss"]
    return (agents, "agent of the means of the passive") if agents else ([], "")


def _agents_after_complement(verb: Token) -> list[Token]:
    """"was described *as a terror army by X*", "was called *“alarming” by X*": the by-phrase the parser hung on the
    passive's as-complement (its head or that head's modifier) names who did it."""
    heads = [h for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for h in (p, *(c for c in p.children if c.dep_ in ("pobj", "amod", "acomp")))]
    found = [a for h in heads for a in prep_objects(h, ("by",)) if a.i > verb.i]
    return found or _agents_after_gerund(verb)


def _agents_after_gerund(verb: Token) -> list[Token]:
    """"was accused *of dumping sugar by X*": a by-phrase naming someone (a proper name), after the object of an
    active gerund in the passive's complement, is the passive's agent the parser hung on the gerund (the gerund's
    own by-phrase names a means: "by boat", "by force"; a passive gerund's is its own: "of being armed by X")."""
    gerunds = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in GERUND_COMPLEMENT_PREPS
               for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
               and not any(c.dep_ in ("auxpass", "nsubjpass") for c in g.children)
               and any(c.dep_ == "dobj" for c in g.children)]
    return [a for g in gerunds for a in prep_objects(g, ("by",))
            if a.pos_ == "PROPN" and any(c.dep_ == "dobj" and c.i < a.i for c in g.children)]


def _agents_on_complement(verb: Token) -> list[Token]:
    """"was found *guilty of smuggling by a court*", "were declared *persona non grata by Germany*", "was accused *of
    spying by Poland*", "was handed over *to the tribunal by Kenyan police*": a by-phrase the parser hung on a passive's
    complement (its predicative noun or adjective, or the object of its of/with/for/to phrase) names who did it, when
    it names a party: a proper name, or a noun with a determiner or modifier ("by a court in Minsk"), not a bare noun
    of means ("by force", "by boat")."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    heads = predicates + [d for p in predicates for d in p.children if d.dep_ == "dobj"]
    heads += [o for h in (verb, *predicates) for p in h.children
              if p.dep_ == "prep" and p.lower_ in ("of", "with", "for", "to")
              for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return [a for h in heads for a in prep_objects(h, ("by",)) if a.i > verb.i and a.ent_type_ not in ("DATE", "TIME")
            and (a.pos_ == "PROPN" or a.pos_ == "NOUN" and any(c.dep_ in ("det", "poss", "amod", "compound")
                                                               for c in a.children))]


# Prepositions of a passive's complement that may hold an active gerund ("accused *of* dumping", "charged *with*
# smuggling", "praised *for* releasing").
GERUND_COMPLEMENT_PREPS = ("of", "with", "for")


def by_agent(token: Token) -> bool:
    """True when a verb names its doer in a by-phrase the parser marked as agent ("targeted *by X*")."""
    return any(c.dep_ == "agent" and c.lower_ == "by" for c in token.children)


def hands_of(token: Token) -> list[Token]:
    """Who did it, named "*at the hands of* X" (or "by the hands of X")."""
    hands = [h for h in prep_objects(token, ("at", "by")) if h.lower_ == "hands"]
    return [x for h in hands for x in prep_objects(h, ("of",))]


def resolve_pronoun(token: Token) -> tuple[Token, str]:
    """"Hungary said it will ..." -> Hungary: a pronoun subject of a reported clause is its reporter."""
    if token.lower_ not in PRONOUNS:
        return token, ""
    if token.dep_ == "poss" and (verb := governing_verb(token.head)) is not None:
        subj = [s for s in children_with(verb, SUBJECT_DEPS) if s.lower_ not in PRONOUNS]
        if subj and _agrees(token, subj[0]):
            # "X said *their* forces completed *their* withdrawal": follow the subject's own possessor
            owner = next((c for c in subj[0].children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
            found, note = resolve_pronoun(owner) if owner is not None else (subj[0], "")
            if note:
                return found, f"possessive '{token.text}' -> '{subj[0].text}' of '{verb.text}'; {note}"
            return subj[0], f"possessive '{token.text}' -> subject of '{verb.text}'"
    node = token.head
    if token.dep_ == "poss" and node.dep_ in SUBJECT_DEPS:
        node = node.head  # "*their* forces had completed ...": climb from the clause's verb
    while node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.i > token.i and not _reports(node.head):
            break  # "It accused X, *a charge Y denied*": only a reporter ("..., Y said") names a fronted clause's doer
        node = node.head
        subj = [s for s in children_with(node, SUBJECT_DEPS) if s.lower_ not in PRONOUNS]
        if not subj and (stranded := stranded_subject_of(node)) is not None:
            subj = [stranded]  # "... and *Germany* said it would": the subject parsed into the clause before
        if subj and not _agrees(token, subj[0]):
            break  # "the ministry said *he* ...": someone else, whom the resolver looks for
        if subj:
            return subj[0], f"pronoun '{token.text}' -> subject of '{node.text}'"
    return token, ""


def _reports(verb: Token) -> bool:
    """True when `verb` is a verb of saying, whose subject is the one who reports its clause ("..., X said")."""
    from dyads import status  # status reads clauses, which read these helpers
    return verb.lemma_ in SPEECH_LEMMAS or verb.lemma_ in status.words().say_verbs


def _agrees(pronoun: Token, subject: Token) -> bool:
    """False when a reporting verb's subject cannot be what the pronoun stands for: "he" or "she" is no body or
    state ("*the ministry* said he", word class `collective_body`), "it" no person ("*Smith* said it")."""
    if pronoun.lower_ in PERSON_PRONOUNS:
        return subject.ent_type_ not in ("GPE", "ORG", "NORP") and not in_class(subject, "collective_body")
    if pronoun.lower_ in ("it", "its"):
        return subject.ent_type_ != "PERSON"
    return True


def nominal_parties(root: Token, *, exclude: set[int]) -> list[Token]:
    """Heads of noun phrases and name-like modifiers inside `root`'s subtree, in text order, but those in `exclude`
    (the heads are found once per root and document)."""
    memo = nlp.memo(root.doc, "nominal_parties")
    found = memo.get(root.i)
    if found is None:
        found = memo[root.i] = tuple(t.i for t in _nominal_parties(root))
    doc = root.doc
    return [doc[i] for i in found if i not in exclude]


def _nominal_parties(root: Token) -> list[Token]:
    out = []
    doc, parse = root.doc, view(root.doc)
    dep, pos, text, head = parse.dep, parse.pos, parse.text, parse.head
    subtree = parse.subtree(root.i)
    # "in the face of X's advance", "on the orders of X": the phrase of a complex preposition names no party
    aside = {x for t in subtree if dep[t] == "pobj" and _complex_preposition(parse, head[t], t)
             for x in parse.descendants(t)}
    # "condemned the attack and *Germany* said": the next clause's subject, parsed into the object, is no party in it
    stranded = {s for t in subtree if dep[t] == "conj" and stranded_clause_subject(doc[t]) is not None
                for s in parse.descendants(t)}
    for t in subtree:
        if t == root.i or t in aside or t in stranded:
            continue
        d = dep[t]
        if d in ("dobj", "pobj", "nsubj", "nsubjpass", "dative", "attr", "appos", "conj", "oprd") \
                and pos[t] in ("PROPN", "NOUN", "PRON"):
            out.append(doc[t])
        elif d in ("poss", "compound", "amod", "nmod") and (pos[t] == "PROPN" or text[t][:1].isupper()):
            out.append(doc[t])
        elif d == "poss" and pos[t] == "NOUN":
            out.append(doc[t])  # a party named by a common noun owns what is acted on: "condemned the government's plan"
    return out


def event_agents(noun: Token) -> list[Token]:
    """Who holds the event a light verb acts on: "banned *the opposition's* rally", "prevented the
    demonstration staged *by students*"."""
    agents = children_with(noun, ("poss",)) + prep_objects(noun, ("by",))  # "abuses *by soldiers*"
    for participle in children_with(noun, ("acl",)):
        if participle.tag_ == "VBN":
            agents += prep_objects(participle, ("by",))
    return [a for a in agents if a.lower_ not in PRONOUNS]


def own_means(token: Token) -> bool:
    """True for an object owned by the actor ("*its* troops", "*their* ambassador")."""
    return token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in token.children)


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("staged a *strike*", "arrived for a *visit*")."""
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def allied_phrases(root: Token) -> set[int]:
    """Tokens of "*with the backing of X*" phrases under `root`: X helps the actor, it is never the act's target
    (read once per root and document: every trigger of a clause asks)."""
    memo = nlp.memo(root.doc, "allied_phrases")
    if root.i not in memo:
        memo[root.i] = frozenset(_allied_phrases(root))
    return set(memo[root.i])


def _allied_phrases(root: Token) -> set[int]:
    doc, parse = root.doc, view(root.doc)
    dep, lower, head = parse.dep, parse.lower, parse.head
    helps = [t for t in parse.subtree(root.i) if dep[t] == "pobj" and (
        lower[head[t]] == "with" and in_class(doc[t], "backing_help")
        # "talks *under UN auspices*", "*under the aegis of* X": who convenes is no side of the act
        or lower[head[t]] == "under" and in_class(doc[t], "convening_aegis"))]
    return {x for h in helps for x in parse.descendants(h)}
