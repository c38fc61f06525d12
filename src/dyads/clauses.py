"""Clause shapes that make a trigger's status hypothetical (or keep it occurred), used by `dyads.status`: questions,
conditions ("if", "in case"), counterfactuals ("would have"), feared or predicted futures, infinitives of purpose
and action nouns that are the subject of a modal verb. Each function takes the word lists of `status.words()`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyads import nlp

if TYPE_CHECKING:
    from dyads.status import Words

# Subordinators and prepositions of time: a clause or phrase of them placed under a future or possible action is
# itself only to come ("could not be finalised *until* the UK had withdrawn", "would take effect *after* the
# ratification").
TIME_MARKS = ("until", "till", "once", "after", "before", "when", "whenever")
TIME_PREPOSITIONS = ("after", "before", "until", "till", "following", "upon")


def question(trigger: Token) -> bool:
    """True for a trigger in a question, also one closed by a quotation mark or bracket ('"Will X attack Y?"').
    """
    doc = trigger.doc
    asked = doc.user_data.get("dyads.clauses.questions")
    if asked is None:  # the tokens of every question of the document, found once
        asked = doc.user_data["dyads.clauses.questions"] = frozenset(
            i for s in nlp.sentences(doc) if nlp.span_text(s).rstrip().rstrip("\"'”’)]").endswith("?")
            for i in range(s.start, s.end))
    return trigger.i in asked


def conditioned(verb: Token, w: Words) -> bool:
    """True for a future or modal verb with a condition of its own ("would shoot down missiles *if* a strike
    threatened", "will retaliate *unless* ..."): a consequence of a condition, not a plan."""
    marks = w.condition_marks
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)


def counterfactual(verb: Token, modal: Token, w: Words) -> bool:
    """"*would have* repelled", "would *'ve*": what would have happened, which did not."""
    return modal.lower_ in w.stance_auxiliaries and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > modal.i for c in verb.children)


PREFERENCE_ADVERBS = ("rather", "sooner")
SERIAL_HEADS = ("go", "come")


def serial(verb: Token) -> bool:
    """"would rather *go fight*", "will *come help*": a bare verb right after "go" or "come", which the parser may
    hang as an adverbial clause, shares that verb's tense and modal."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.i == verb.head.i + 1 \
        and verb.head.lemma_.lower() in SERIAL_HEADS


def preference(verb: Token, modal: Token, w: Words) -> bool:
    """"would *rather* fight", "would *sooner* leave": a preference, which announces no plan."""
    return modal.lower_ in w.stance_auxiliaries and any(
        c.dep_ == "advmod" and c.lower_ in PREFERENCE_ADVERBS and c.i > modal.i for c in verb.children)


def two_word_mark(child: Token, verb: Token, w: Words) -> bool:
    """"*in case* Isis raided the house": a two-word subordinator of a condition before its verb, which the parser
    may hang on the verb as a preposition and its object."""
    return child.dep_ in ("prep", "mark") and child.i < verb.i and child.i + 1 < len(child.doc) \
        and f"{child.lower_} {child.nbor(1).lower_}" in w.hypothetical_marks


def speculated(verb: Token, w: Words, max_steps: int) -> Token | None:
    """The governor of fear or speculation above a future clause ("it *worries* the US will continue that
    alliance", "analysts *predict* Turkey will attack"), or the negator of a verb of saying that does not announce it
    ("has *not* confirmed that X will attend"): a feared, predicted or unannounced future is no plan."""
    governors = w.hypothetical_governors
    node = verb
    for _ in range(max_steps):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return None
        finite = node.dep_ == "ccomp"
        node = node.head
        if node.lemma_.lower() in governors and node.pos_ in ("VERB", "NOUN"):
            return node
        if finite and (found := _predicted(node, w)) is not None:
            return found
        if finite and node.lemma_.lower() in w.say_verbs:
            # "has *not* confirmed that its delegation will attend": a future no one has announced
            return next((c for c in node.children if c.dep_ == "neg"), None)
    return None


def _predicted(governor: Token, w: Words) -> Token | None:
    """The word over a finite future clause that makes it a prediction: a verb of belief or hope ("they *hope* that
    X will ..."), an adjective of likelihood ("it is *likely* X will ...") or a noun of possibility as the subject
    of "be" ("one *option* is that X would ...")."""
    if governor.pos_ == "VERB" and governor.lemma_.lower() in w.predicting_verbs:
        return governor
    if governor.lemma_.lower() != "be":
        return None
    return next((c for c in governor.children
                 if c.dep_ == "acomp" and c.lower_ in w.predictive_adjectives
                 or c.dep_ == "nsubj" and c.lemma_.lower() in w.possibility_nouns), None)


def purpose(clause: Token, w: Words, *, own: bool = False) -> Token | None:
    """The "to" of an infinitive of purpose ("fired in the air *to warn* us", "created an enclave *to terrorise*
    locals"): what the action was meant to achieve is not reported as done. An infinitive its governor plans,
    threatens or cancels ("threatened on Sunday to kill") takes its status from that governor instead, and one
    that gathering or working carries out ("gathered *to protest*", "met *to discuss*") did occur, and so does the
    trigger verb a movement is made for ("entered the region *to support* the rebels"; `own`: the clause is the
    trigger's own)."""
    governor = clause.head
    lemma = governor.lemma_.lower()
    if own and lemma in w.movement_governors and governor.pos_ == "VERB" and _asserted(governor, w):
        return None
    if lemma in w.plan_verbs or lemma in w.hypothetical_governors or lemma in w.negating_governors \
            or lemma in w.cancelling_governors or lemma in w.realising_governors or governor.pos_ != "VERB":
        return None
    # "made the decision *to accept*", "the decision that was made *to withdraw*": the content of a decision
    nouns = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
    if governor.dep_ == "relcl":
        nouns.append(governor.head)
    if any(n.lemma_.lower() in w.decision_nouns for n in nouns):
        return None
    # "became *the first* foreign secretary to visit": a ranked noun the infinitive tells a fact about
    ranked = [c for c in governor.children if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass", "oprd")]
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    before = to.nbor(-1) if to is not None and to.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.ent_type_ not in ("DATE", "TIME") \
            and before.dep_ not in ("npadvmod", "tmod"):
        ranked.append(before)  # "made history *as the first nation* to ban X" (not "*last week* to obtain X")
    if any(m.lower_ in w.ranking_modifiers for n in ranked for m in n.children if m.dep_ == "amod"):
        return None
    # "the offensive *led* the army *to plead* for help": a cause that brings its object to act is no purpose
    if lemma in w.causing_governors and any(c.dep_ == "dobj" for c in governor.children):
        return None
    return to


def _asserted(verb: Token, w: Words) -> bool:
    """True for a verb the sentence asserts or plans: finite, with an auxiliary of its own, or the infinitive of a plan
    ("arrived", "have been deployed", "will go", "are preparing *to enter*"); not one that is asked for ("demanded that
    the minister *go*", "urged Peru *to send* troops")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return True  # "a convoy of forces *entering* the region to support the rebels": a movement under way
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.plan_verbs


def subject_of_modal(noun: Token, w: Words) -> tuple[str, Token] | None:
    """"a US *pullout* from Syria *would* leave the region open", "an *attack* *could* start a war": a nominal that
    is the subject of a verb of possibility or of a prediction is itself only possible."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in w.scheduling_verbs:
        # "the withdrawal *will begin* next month", "would be completed by May": the event is scheduled
        future = next((c for c in noun.head.children if c.dep_ == "aux" and c.lower_ in w.plan_auxiliaries), None)
        if future is not None:
            return "planned", future
    if noun.dep_ not in ("nsubj", "csubj") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    for aux in (c for c in noun.head.children if c.dep_ == "aux"):
        if aux.lower_ in w.hypothetical_auxiliaries or aux.lower_ in w.stance_auxiliaries:
            return "hypothetical", aux
    return None


def imperative(verb: Token) -> bool:
    """True for the verb of a command or exhortation opening its sentence ('"*Let* them fight Isis."', "*Stop* the
    shelling!"), also quoted before its speaker: a bare verb form with no subject of its own, before which only
    punctuation stands."""
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis") or verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return all(t.is_punct for t in nlp.sentence(verb) if t.i < verb.i)


def own_clause(node: Token, w: Words) -> bool:
    """True for a verb joined to another that is a clause of its own, with its own subject, auxiliary or past tense
    ("has not commented but *has condemned* the attack", "it must stop, Macron *said* in a call", "considered the
    sum too high and *asked* for ..."): the tense, negator, modal and governor of the first verb are not its own."""
    if node.dep_ != "conj" or node.pos_ not in ("VERB", "AUX"):
        return False
    # "threatened to kill X and *to kill* Y": the "to" of an infinitive is no auxiliary of its own
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
           for c in node.children):
        return True
    # "would mean more aid ... *are* under assault": a present-tense form never shares a modal or an auxiliary;
    # but a plural present is spelt as the bare verb, which the tagger often takes it for after a modal ("said the
    # army *would* secure the border, *continue* to shell ..."): such a form shares its first verb's modal
    if node.tag_ == "VBZ" or node.tag_ == "VBP" and not _bare_after_modal(node, w):
        return True
    # a past form after a perfect or passive auxiliary may be a participle sharing it ("has not attacked or shelled")
    shared = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be") for c in node.head.children)
    return node.tag_ == "VBD" and not shared


def paratactic(clause: Token) -> bool:
    """True for a finite clause with its own subject that the parser hung as the complement of a later verb across a
    semicolon ("X *has accused* Y of Z; Y rejects the charge"): two clauses set side by side, neither governing the
    other, so the later verb neither absorbs nor negates the first."""
    head = clause.head
    if clause.dep_ != "ccomp" or not clause.i < head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    end = max(t.i for t in clause.subtree)
    return any(t.text == ";" and t.head.i == head.i for t in clause.doc[end + 1:head.i])


def _bare_after_modal(node: Token, w: Words) -> bool:
    """True for a verb tagged as a plural present whose form is its base form ("continue", not "are") joined to a
    verb with a modal of its own ("would secure ..., continue to ..."): the bare verb of the same modal (the
    future and hypothetical auxiliaries of status.toml)."""
    return node.lower_ == node.lemma_.lower() and any(
        c.dep_ == "aux" and c.tag_ == "MD" and (c.lower_ in w.plan_auxiliaries or c.lower_ in w.hypothetical_auxiliaries)
        for c in node.head.children)


def presupposed(noun: Token, w: Words) -> bool:
    """True for an action noun owned by its author that a verb of pursuing or giving up takes as its object ("if
    Erdogan pursues *his threat*", "unless they abandon *their attack*", "has not ended *its offensive*"): the event
    is under way, so no condition, modal or negator above the verb makes it unreal."""
    if noun.pos_ == "NOUN" and answered(noun):
        return True
    if noun.pos_ != "NOUN" or not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.presupposing_governors
                                   or resisted(noun, w)):
        return False
    # owned by its author ("*his* threat", "*Peru's* blockade", "*Turkish* attack"): with a bare "the" the author is
    # unknown, and the one who ends it ("petitioned the UN to end the expulsion") is no author
    return any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in noun.children)


# Determiners of an act already known to the reader ("respond to *the* strike"), not of any act to come ("any").
DEFINITE_DETERMINERS = ("the", "this", "that", "these", "those")


def answered(noun: Token) -> bool:
    """"Iran will respond to *the Israeli strike*", "vowed to avenge *Monday's raid*": a known act that a party
    answers (senses.answering_word) has happened, whatever the status of the answer; "would retaliate for *any*
    attack" names no act that happened (its author named, a definite determiner or a time possessor tell one)."""
    from dyads.senses import answering_word  # the senses package reaches this module through the actor tables

    if answering_word(noun) is None:
        return False
    return any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.text[:1].isupper()
               or c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
               or c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" for o in c.children)
               for c in noun.children)


def resisted(noun: Token, w: Words) -> bool:
    """"to help the army *repel* Peru's attack", "to *defend* the city *from* Peruvian attack": an act that is
    resisted is under way."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in w.resisting_governors
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("from", "against") and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in w.resisting_governors


def elided_sibling(clause: Token) -> Token | None:
    """The earlier reported clause whose auxiliary a bare verb shares ("saying the US *would* counterbalance Iran,
    *continue* to battle Isis"): a bare verb with no subject nor auxiliary of its own, which the parser hung as a
    second complement of the verb of saying, is the same clause continued."""
    if clause.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in clause.children):
        return None
    earlier = [c for c in clause.head.children if c.dep_ in ("ccomp", "conj") and c.i < clause.i and c.pos_ == "VERB"
               and any(a.dep_ in ("aux", "auxpass") for a in c.children)]
    return earlier[-1] if earlier else None


def for_subject(child: Token, verb: Token) -> bool:
    """"a pretext *for* Kenya to launch strikes", "the time has come *for* Chile to withdraw": an infinitive with a
    subject of its own brought in by "for" names an action wanted, allowed or awaited, not one reported (an act
    named by a noun in it, "for Turkey to renege on *its agreement*", did occur: `status` asks this of verbs)."""
    return child.dep_ == "mark" and child.lower_ == "for" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def obliged(governor: Token, trigger: Token) -> bool:
    """"Kenya *has to* pressure Uganda", "the levers the US *has to* pressure Moscow": an action the present tense of
    "have to" calls for is not reported as done ("had to withdraw" in the past did happen)."""
    if governor.lemma_.lower() != "have" or governor.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "xcomp" and c.left_edge.i <= trigger.i <= c.right_edge.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in governor.children)


def terms_of(clause: Token, w: Words) -> Token | None:
    """The noun of a deal or plan whose terms a relative clause in the simple present tells ("the outlines of a deal,
    in which Turkey *backs* X", "a deal between states, where the Americans *agree* with ...", "the agreement, which
    *demands* Z"): the terms are no act done. A past or perfect clause ("under which X *released* prisoners") reports
    one."""
    if clause.dep_ != "relcl" or clause.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    noun = clause.head
    # "a deal between *states*, where ...": the noun the parser hung a clause of "where" or "in which" on may be inside
    # the deal's phrase; a relative pronoun subject ("a deal with Chile, *which* supplies ...") stands for its own noun
    steps = 1 if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children) else 3
    for _ in range(steps):
        if noun.lemma_.lower() in w.terms_nouns:
            return noun
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head
    return None


def future_time(node: Token, w: Words) -> Token | None:
    """The modal of the verb a time clause or phrase hangs on when that verb is future or only possible ("the deal
    *would* go into effect after the ratification", "a deal *could* not be finalised until the UK had withdrawn",
    "X *will* respond once Y attacks"): the time it names is to come, and what happens then is not reported."""
    timed = node.dep_ == "prep" and node.lower_ in TIME_PREPOSITIONS or node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in node.children)
    if not timed or node.head.pos_ not in ("VERB", "AUX"):
        return None
    if node.dep_ == "advcl" and node.tag_ == "VBD":
        return None  # "will arrive in Geneva *after X brokered* a deal": told in the simple past, it did happen
    modals = w.plan_auxiliaries | w.hypothetical_auxiliaries
    return next((c for c in node.head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in modals), None)


def modal_participle(clause: Token, w: Words) -> Token | None:
    """The verb of possibility a participle or bare clause with no subject, marker or auxiliary of its own is hung on
    ("*could lead* to X, *reaching* a deal with Y"): the clause shares its status. A participle of a verb with no
    modal ("attacked the town, *killing* five") is left alone, and so is one of a future, which often tells what
    announcing it does ("said it *would not attend* the talks, *blaming* X": the blame is laid now)."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VB") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in clause.children):
        return None
    head = clause.head
    return head if any(c.dep_ == "aux" and c.lower_ in w.hypothetical_auxiliaries for c in head.children) else None


def aim(node: Token, w: Words) -> Token | None:
    """The word that makes what a governor governs an aim, not an act done: a noun of aim as the subject of "be"
    ("the *aim* of the drill is to boost cooperation", "its *goal* is to resist X"), or a participle of purpose
    ("a resolution *intended* to allow aid", "a programme *designed* to test drones", "talks *aimed* at ending the
    war"; an actor's own "aimed to capture" is its plan, left to the plan verbs)."""
    if node.lemma_ == "be":
        return next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.lemma_.lower() in w.purpose_nouns), None)
    if node.lemma_.lower() not in w.purpose_participles:
        return None
    if node.tag_ == "VBN" and (node.dep_ == "acl" or any(c.dep_ == "auxpass" for c in node.children)):
        return node
    # "is limited in scope and *intended* to allow aid": a conjunct with no subject shares the first one's passive
    shared = node.dep_ == "conj" and node.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    return node if shared and any(c.dep_ == "auxpass" for c in node.head.children) else None


def effort_purpose(node: Token, trigger: Token, w: Words) -> Token | None:
    """The "to" of an infinitive telling what an effort is for ("talks *to resolve* the conflict", "efforts *to
    free* the hostages", "a bid *to seize* the town"): the aim is not reported as reached. An ongoing act named as
    the object of ending or stopping ("efforts to end *the siege*") did occur."""
    if node.dep_ != "acl" or node.head.lemma_.lower() not in w.effort_nouns:
        return None
    if node is not trigger and (trigger.pos_ != "VERB" and node.lemma_.lower() in
                                w.presupposing_governors | w.stopping_governors):
        return None
    return next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def told_fact(trigger: Token, governor: Token) -> bool:
    """True when a past participle with its own agent lies between a trigger and a governor above it ("is to
    maintain a culture *wiped out by* X"): a reduced relative clause tells a fact, whatever governs its noun."""
    node = trigger
    while node.i != governor.i and node.head.i != node.i:
        if node.dep_ == "acl" and node.tag_ == "VBN" and any(c.dep_ == "agent" for c in node.children):
            return True
        node = node.head
    return False


def unconfirmed(clause: Token, w: Words) -> Token | None:
    """The "no" of a noun of evidence whose that-clause this is ("there is *no* confirmation that X has received a
    request", "no evidence that Y attacked"): what no one confirms is not reported as done."""
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.evidence_nouns:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in w.negating_determiners), None)


HAPPENING_VERBS = ("happen", "occur", "materialise", "materialize", "take", "go", "come", "proceed")


# Determiners of an act not yet known to the reader ("if *a* strike hit", "if *any* attack happened").
INDEFINITE_DETERMINERS = ("a", "an", "any", "another")


def conditional_subject(noun: Token, w: Words) -> Token | None:
    """The "if" or "unless" of a condition whose passive subject, or whose subject of happening, a nominal is ("*if*
    an agreement is reached", "if there had been talks and *the agreement* had been made", "unless an attack
    happens"), or any subject brought in by an indefinite determiner ("if *a* US strike threatened its troops"): the
    act is only supposed. Not a known act subject of other verbs ("if the talks fail": the talks are held)."""
    verb = noun.head
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children)
    if not (noun.dep_ == "nsubjpass" or noun.dep_ == "nsubj" and (verb.lemma_.lower() in HAPPENING_VERBS
                                                                   or indefinite)):
        return None
    for _ in range(3):
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in w.condition_marks), None)
        if mark is not None:
            return mark
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
