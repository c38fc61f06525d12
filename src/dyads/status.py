"""Status of a candidate event (whether a planned action is announced by its actor is `dyads.intent`).

A trigger's status is `negated`, `planned`, `hypothetical` or `occurred`, decided by the nearest cue on the
way up from the trigger through its governors: a negator, a condition, a future or modal auxiliary, a denying,
cancelling or planning governor. A reported clause keeps its own status ("said it *would* attack" is planned).
An action told in the present progressive is planned when a time to come is named with it ("is convening talks
*next week*") or when it arranges a meeting ("are *sponsoring* the talks": the talks and the sponsoring alike).
An announced intent (a promise or a threat, which did occur) exists only where the actor announces its own
plan: "X said / announced it would ...". The words are data (`data/lexicon/status.toml`), loaded once by
`words()`; the clause shapes that make an action hypothetical (conditions, purposes, feared futures) are in
`dyads.clauses`.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from dyads import anaphors, clauses, nlp

# Dependencies through which the status of a governor carries down to its complement.
CARRYING_DEPS = ("xcomp", "ccomp", "pobj", "prep", "pcomp", "conj", "acomp", "dobj", "acl")
MAX_STEPS = 6
# A subject of the be-to construction that names a party: a name, a group of people, a personal pronoun.
BE_TO_PARTY_ENTS = ("PERSON", "ORG", "GPE", "NORP")
BE_TO_PRONOUNS = ("he", "she", "they", "we")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of `data/lexicon/status.toml`."""

    plan_verbs: frozenset[str]
    unrealised_plan_verbs: frozenset[str]
    past_perfect_auxiliaries: frozenset[str]
    desire_verbs: frozenset[str]
    terms_nouns: frozenset[str]
    plan_auxiliaries: frozenset[str]
    stance_auxiliaries: frozenset[str]
    stance_verbs: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hedging_adverbs: frozenset[str]
    scheduling_verbs: frozenset[str]
    timetable_words: frozenset[str]
    ending_verbs: frozenset[str]
    hypothetical_marks: frozenset[str]
    condition_marks: frozenset[str]
    realising_governors: frozenset[str]
    movement_governors: frozenset[str]
    decision_nouns: frozenset[str]
    purpose_nouns: frozenset[str]
    purpose_participles: frozenset[str]
    effort_nouns: frozenset[str]
    evidence_nouns: frozenset[str]
    disposition_words: frozenset[str]
    ranking_modifiers: frozenset[str]
    hypothetical_governors: frozenset[str]
    permitting_governors: frozenset[str]
    predicting_verbs: frozenset[str]
    predictive_adjectives: frozenset[str]
    possibility_nouns: frozenset[str]
    evaluative_adjectives: frozenset[str]
    planned_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    say_verbs: frozenset[str]
    negating_governors: frozenset[str]
    cancelling_governors: frozenset[str]
    stopping_governors: frozenset[str]
    presupposing_governors: frozenset[str]
    resisting_governors: frozenset[str]
    causing_governors: frozenset[str]
    deliberating_governors: frozenset[str]
    done_phrasals: frozenset[str]
    upcoming_frames: frozenset[str]
    stance_intent_nouns: frozenset[str]
    upcoming_prepositions: frozenset[str]
    upcoming_occasion_nouns: frozenset[str]
    adjunct_prepositions: frozenset[str]
    negating_prepositions: frozenset[str]
    negation_words: frozenset[str]
    negating_determiners: frozenset[str]
    negation_exceptions: frozenset[str]
    negated_comparatives: frozenset[str]
    future_time_words: frozenset[str]
    future_time_modifiers: frozenset[str]
    time_units: frozenset[str]
    arranging_verbs: frozenset[str]
    intent_types: dict[str, str]
    intent_cameo: dict[str, str]
    refusal_cameo: dict[str, str]
    intent_cues: frozenset[str]
    announcing_verbs: frozenset[str]
    own_pronouns: frozenset[str]
    ultimatum_marks: frozenset[str]
    threat_modals: frozenset[str]
    announced_types: frozenset[str]
    retaliation_verbs: frozenset[str]
    unaddressed_refusals: frozenset[str]
    announced_only: frozenset[str]
    refusal_condition_marks: frozenset[str]


@functools.cache
def words() -> Words:
    """Load and validate `data/lexicon/status.toml`."""
    text = resources.files("dyads.data").joinpath("lexicon", "status.toml").read_text("utf-8")
    data = tomllib.loads(text)
    intent = {name: frozenset(w.lower() for w in values) for name, values in data.pop("intent").items()}
    types, cameo, refusals = data.pop("intent_types"), data.pop("intent_cameo"), data.pop("refusal_cameo")
    if missing := set(types.values()) - set(cameo):
        raise ValueError(f"status.toml: no intent_cameo for {sorted(missing)}")
    lists = {name: frozenset(w.lower() for w in values) for name, values in data.items()}
    return Words(**lists, intent_types=dict(types), intent_cameo=dict(cameo), refusal_cameo=dict(refusals),
                 intent_cues=intent["cues"], announcing_verbs=intent["announcing_verbs"],
                 own_pronouns=intent["own_pronouns"], ultimatum_marks=intent["ultimatum_marks"],
                 threat_modals=intent["threat_modals"], announced_types=frozenset(t.upper() for t in intent["announced_types"]),
                 retaliation_verbs=intent["retaliation_verbs"],
                 unaddressed_refusals=frozenset(w.upper() for w in intent["unaddressed_refusals"]),
                 announced_only=intent["announced_only"],
                 refusal_condition_marks=intent["refusal_condition_marks"])


def status_of(trigger: Token) -> tuple[str, Token | None]:
    """negated / planned / hypothetical / occurred, with the word that decided it."""
    w = words()
    if clauses.question(trigger):
        return "hypothetical", nlp.sentence(trigger)[-1]
    if (no := _negating_determiner(trigger)) is not None:
        return "negated", no
    if trigger.pos_ in ("NOUN", "PROPN") and (found := _nominal_status(trigger)) is not None:
        return found
    if clauses.presupposed(trigger, w):
        return "occurred", None
    if (arranged := _arranged_now(trigger, w)) is not None:
        return "planned", arranged
    if (arranged := _be_to(trigger, w)) is not None:
        return "planned", arranged
    node, sibling, conjunct = trigger, False, False
    for _ in range(MAX_STEPS):
        # a negator outranks the auxiliary beside it: "will *not* join" is negated, not planned
        if not sibling and (neg := _negator(node)) is not None:
            return "negated", neg
        if not sibling and (hedge := _hedge(node)) is not None:
            return "hypothetical", hedge  # "had *probably* been carried out by X", "will *likely* attack": a guess
        if not sibling and node is not trigger and _deliberated(node, trigger, w):
            return "hypothetical", node  # "*would consider* new sanctions": weighed, neither planned nor done
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in w.hypothetical_marks or clauses.two_word_mark(child, node, w) \
                    or trigger.pos_ == "VERB" and clauses.for_subject(child, node):
                return "hypothetical", child
            if sibling:
                continue  # the tense, modal and governor of a clause joined to the trigger's are not its own
            if child.dep_ in ("aux", "auxpass") and child.lower_ in w.plan_auxiliaries:
                if clauses.conditioned(node, w) or clauses.counterfactual(node, child, w) \
                        or clauses.preference(node, child, w):
                    return "hypothetical", child  # also a stance: "would welcome troops *if* X attacked"
                if stance(node, child):
                    continue
                feared = clauses.speculated(node, w, MAX_STEPS)
                return ("hypothetical", feared) if feared is not None else ("planned", child)
            if child.dep_ == "aux" and child.lower_ in w.hypothetical_auxiliaries:
                return "hypothetical", child
        if not sibling and node is not trigger and (found := _governed(node, trigger, w)) is not None \
                and not (conjunct and _denial(node, w)):
            return found
        if not sibling and clauses.imperative(node):
            return "hypothetical", node
        if node.dep_ == "prep" and node.lower_ in w.negating_prepositions:
            return "negated", node
        if (shared := clauses.modal_participle(node, w)) is not None:
            found = status_of(shared)
            if found[0] != "occurred":
                return found
        if (modal := clauses.future_time(node, w)) is not None:
            # "will sign the accord *after talks* with Y": a meeting set for a planned act's time is planned too
            scheduled = node.dep_ == "prep" and modal.lower_ in w.plan_auxiliaries and modal.lower_ not in w.stance_auxiliaries
            return ("planned" if scheduled else "hypothetical"), modal
        if node.dep_ == "prep" and (node.lower_ in w.adjunct_prepositions
                                    or node.head.lower_ in w.adjunct_prepositions):
            break
        # "threatened on Sunday *to kill*": an infinitive the parser hung as an adverbial clause still carries
        infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (unconfirmed := clauses.unconfirmed(node, w)) is not None:
            return "hypothetical", unconfirmed  # "there is *no* confirmation that X received a request"
        if (aimed := clauses.effort_purpose(node, trigger, w)) is not None:
            return "hypothetical", aimed  # "talks *to resolve* the conflict"
        if infinitive and (purpose := clauses.purpose(node, w, own=node is trigger)) is not None:
            return "hypothetical", purpose
        if clauses.paratactic(node):
            break  # "X has accused Y; Y *denies* it": the later clause neither negates nor plans the first
        if node.dep_ == "conj" and (sayer := _speaker_act(node)) is not None:
            # "said she *would* not step down and *accused* Y": the speaker's second act, joined to the saying
            node, sibling, conjunct = sayer, True, True
            continue
        if (node.dep_ in CARRYING_DEPS or infinitive or clauses.serial(node)) and node.head.i != node.i:
            if node.dep_ in ("conj", "ccomp") and node.head.lemma_ in w.say_verbs:
                shared = clauses.elided_sibling(node)
                if shared is not None:
                    return status_of(shared)
                # "allowing Ankara *to claim* it had ousted them", "has *not* confirmed that its delegation will
                # attend": what is only possibly said, or not said, is not reported
                if (neg := _negator(node.head)) is not None:
                    return "hypothetical", neg
                said = status_of(node.head) if node.head.tag_ == "VB" else ("occurred", None)
                return said if said[0] == "hypothetical" else ("occurred", None)
            if _own_past_clause(node, w):
                break
            sibling = clauses.own_clause(node, w)
            conjunct = node.dep_ == "conj"
            node = node.head
            continue
        if (terms := clauses.terms_of(node, w)) is not None:
            return "hypothetical", terms
        break
    return "occurred", None


def _progressive(verb: Token) -> bool:
    """True for a verb in the present progressive ("is convening", "are sponsoring"), also where the parser hung the
    participle on "be" right before it ("are co-sponsoring": acomp or advcl)."""
    if verb.tag_ != "VBG":
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return True
    be = verb.head
    if be.lemma_ != "be" or be.tag_ not in ("VBZ", "VBP") or not be.i < verb.i:
        return False
    # "are co-sponsoring": the prefix split off, the participle hung on "be" (acomp, advcl)
    return all(t.pos_ in ("ADV", "PUNCT") or t.lower_ in ("co", "-") for t in verb.doc[be.i + 1:verb.i])


def _time_to_come(verb: Token, w: Words) -> Token | None:
    """The word naming a time to come among a verb's modifiers ("*next* week", "*tomorrow*"), if any."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "advmod", "tmod") and child.lower_ in w.future_time_words:
            return child
        if child.dep_ == "npadvmod" and child.lower_ in w.time_units:
            found = next((m for m in child.children if m.dep_ == "amod" and m.lower_ in w.future_time_modifiers), None)
            if found is not None:
                return found
    return None


def _arranged_now(trigger: Token, w: Words) -> Token | None:
    """The word that makes an action told in the present planned: the present progressive with a time to come ("he
    *is convening* talks *next week*", "is visiting Kabul *tomorrow*"), or a meeting being arranged ("Russia *is
    sponsoring* the Sochi talks", the talks and the convening alike). None where the verb is negated."""
    if trigger.pos_ == "VERB":
        verb = trigger
    elif trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        verb = trigger.head
    else:
        return None
    if verb.pos_ != "VERB" or not _progressive(verb) or _negator(verb) is not None \
            or verb.head.lemma_ == "be" and _negator(verb.head) is not None:
        return None
    if (when := _time_to_come(verb, w)) is not None:
        return when
    lemma = verb.lemma_.lower()
    if lemma in w.arranging_verbs or verb.lower_.removesuffix("ing") in w.arranging_verbs:
        return verb
    return None


def _be_to(trigger: Token, w: Words) -> Token | None:
    """The present "be" of the be-to construction, which tells an arrangement to come: "the president *is to* travel
    to Monaco next month", "the two leaders *are to* meet on Friday". Only with a party for its subject (not an aim:
    "the goal is to boost trade", left to `clauses.aim`) and not negated ("is not to travel" forbids)."""
    be = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("xcomp", "ccomp") or be.lemma_ != "be" \
            or be.tag_ not in ("VBZ", "VBP") or be.i > trigger.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
            or _negator(be) is not None or _negator(trigger) is not None or clauses.aim(be, w) is not None:
        return None
    subjects = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
    party = any(t.pos_ == "PROPN" or t.ent_type_ in BE_TO_PARTY_ENTS or t.lower_ in BE_TO_PRONOUNS
                for s in subjects for t in _phrase_core(s))
    return be if party else None


def _phrase_core(head: Token) -> list[Token]:
    """A noun phrase without its prepositional phrases and clauses: "the only way *for Peru*" names no party."""
    core, stack = [], [head]
    while stack:
        token = stack.pop()
        core.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("prep", "acl", "relcl", "advcl"))
    return core


def _governed(node: Token, trigger: Token, w: Words) -> tuple[str, Token] | None:
    """The status a governor of the trigger gives it: denied, cancelled or stopped (negated), planned, wished, feared
    or considered (hypothetical), judged in general (hypothetical)."""
    if (aimed := clauses.aim(node, w)) is not None and not clauses.told_fact(trigger, node):
        return "hypothetical", aimed  # "the aim is to boost cooperation", "a resolution intended to allow aid"
    if (node.pos_ in ("VERB", "ADJ") and node.lemma_.lower() in w.negating_governors
            and not denied_claim(node, trigger)) or _cancels(node) or _stops(node, trigger):
        return "negated", node
    if trigger.pos_ == "VERB" and node.lower_ in w.disposition_words and node.dep_ in ("acomp", "amod", "xcomp", "advcl") \
            and trigger.dep_ == "xcomp":
        return "hypothetical", node  # "remain *driven* to carry out attacks", "is determined to retake the city"
    if node.lemma_.lower() in w.desire_verbs and node.pos_ == "VERB":
        return "hypothetical", node  # "wants to reassure its allies": a wish, neither scheduled nor announced
    done = _done_phrasal(node, w)
    if done and trigger.pos_ == "VERB":
        return "hypothetical", node  # "set up a committee *to investigate*": what it was set up for, not done
    # a plan verb plans what it governs, unless that was carried out, is the plan's occasion ("aims, *in a warning
    # to* Y, to ...": the warning was given) or the verb tells an act done ("*set up* a blockade")
    # ("expressed its *intention* to reject Y": an intended stance is taken now, as "would reject" is)
    stance = node.pos_ == "NOUN" and node.lemma_.lower() in w.stance_intent_nouns \
        and trigger.lemma_.lower() in w.stance_verbs
    if node.lemma_.lower() in w.plan_verbs and node.pos_ in ("VERB", "ADJ", "NOUN") and not stance \
            and not done and not _carried_out(node, trigger) and not _occasion(node, trigger):
        return ("hypothetical" if _unrealised(node) else "planned"), node
    if trigger.pos_ == "VERB" and node.pos_ == "VERB" and node.lemma_.lower() in w.permitting_governors:
        return "hypothetical", node  # "allowing X *to claim* it had ousted them": permitted, not reported
    if node.lemma_.lower() in w.hypothetical_governors and node.pos_ == "VERB" and not _weighed(node, trigger, w) \
            and not _occasion(node, trigger) or trigger.pos_ == "VERB" and clauses.obliged(node, trigger):
        return "hypothetical", node
    if trigger.pos_ == "VERB" and (judged := _evaluated(node)) is not None:
        return "hypothetical", judged
    return None


def _deliberated(governor: Token, trigger: Token, w: Words) -> bool:
    """True for a verb of deliberation governing the trigger ("would *consider* new sanctions", "is *weighing*
    sanctions"), whatever its own tense or modal: what is weighed is hypothetical (unless a proposal by a named
    author, see `_weighed`)."""
    return governor.pos_ == "VERB" and governor.lemma_.lower() in w.deliberating_governors \
        and not _weighed(governor, trigger, w) and not _occasion(governor, trigger)


def _done_phrasal(verb: Token, w: Words) -> bool:
    """True for a plan verb with a particle that makes it an act done ("*set up* checkpoints", `done_phrasals`)."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in w.done_phrasals for c in verb.children)


def upcoming_frame(prep: Token) -> Token | None:
    """The word that with `prep` makes a frame of something still to come (`upcoming_frames`): "*ahead* of", "on the
    *eve* of", "in the *run-up* to" (a hyphenated noun the parser split into parts, "run - up", read whole)."""
    head = prep.head
    if prep.dep_ != "prep" or head.i >= prep.i:
        return None
    start = head.i
    while start > 0 and prep.doc[start - 1].head.i == head.i and prep.doc[start - 1].dep_ in ("compound", "punct") \
            and (prep.doc[start - 1].text == "-" or not prep.doc[start - 1].whitespace_
                 or prep.doc[start].text == "-"):
        start -= 1
    frame = "".join(t.text_with_ws for t in prep.doc[start:head.i + 1]).strip().lower()
    return head if f"{frame} {prep.lower_}" in words().upcoming_frames else None


def _upcoming(noun: Token, w: Words) -> Token | None:
    """The frame that puts a meeting still to come: "*ahead of* a meeting with Y", "on the *eve of* a summit", "said
    ... *before* talks with Y" (a statement, or an act told in the present or future, timed before the meeting)."""
    occasions = w.upcoming_occasion_nouns
    if noun.dep_ != "pobj" or (noun.lemma_.lower() not in occasions and noun.lower_ not in occasions):
        return None
    prep = noun.head
    if prep.dep_ != "prep":
        return None
    if (frame := upcoming_frame(prep)) is not None:
        return frame
    if prep.lower_ in w.upcoming_prepositions and prep.head.pos_ in ("VERB", "AUX"):
        verb = prep.head
        if verb.lemma_.lower() in w.say_verbs or verb.tag_ in ("VBZ", "VBP") \
                or any(c.dep_ == "aux" and c.lower_ in w.plan_auxiliaries for c in verb.children):
            return prep
    return None


def _occasion(governor: Token, trigger: Token) -> bool:
    """True for a nominal that is the occasion of the governor's act ("*in a phone call* to Y, X urged Y to ..."):
    the call took place, whatever the urging asks for."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "at", "during") \
        and trigger.head.head.i == governor.i


def _weighed(governor: Token, trigger: Token, w: Words) -> bool:
    """True for a nominal object of deliberation whose author is named ("is considering *a request by* Peru",
    "weighs *Chile's* offer"): the proposal weighed was made."""
    return governor.lemma_.lower() in w.deliberating_governors and trigger.pos_ == "NOUN" \
        and trigger.dep_ == "dobj" and trigger.head.i == governor.i \
        and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" for o in c.children)
                for c in trigger.children)


def _carried_out(plan: Token, trigger: Token) -> bool:
    """True for a plan verb joined to a past verb of doing that shares its object ("have *planned and directed*
    attacks on X", "planned and carried out the raid"): the object was done, not only planned."""
    w = words()

    def doing(verb: Token) -> bool:
        return verb.dep_ == "conj" and verb.head.i == plan.i and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") \
            and verb.lemma_.lower() not in w.plan_verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    if trigger.dep_ != "dobj":
        return False
    if doing(trigger.head):
        return True  # the object hangs on the second verb: "planned and [directed attacks]"
    return trigger.head.i == plan.i and any(doing(c) and not any(o.dep_ == "dobj" for o in c.children)
                                            for c in plan.children)


def _speaker_act(verb: Token) -> Token | None:
    """The verb of saying whose speaker performs `verb`, a speech act the parser joined inside the said clause
    (`events.syntax.speaker_of_joined_act`)."""
    from dyads.events.syntax import speaker_of_joined_act  # the events package reads statuses: import on use
    return speaker_of_joined_act(verb)


def _denial(verb: Token, w: Words) -> bool:
    """True for a verb of denial ("denied the charges", `negating_governors`): it negates what it governs, never a
    verb joined to it ("has *denied* any wrongdoing and *accused* the press of ...", "denied that it had fired and
    *blamed* Y": a second act, the counter-claim, told beside the denial; the conjunct shares its tense only)."""
    return verb.pos_ in ("VERB", "ADJ") and verb.lemma_.lower() in w.negating_governors


def denied_claim(governor: Token, trigger: Token) -> bool:
    """True for a denial appended to a reported accusation ("X accused Y of Z, *an allegation* Y denies"), which
    the parser may hang above the accusation: the accusation was made, only its truth is denied."""
    claims = {noun for noun, kinds in anaphors.nouns().items() if kinds == {"ACCUSE"}}
    between = trigger.doc[trigger.i + 1:governor.i]
    return governor.i > trigger.i and any(
        t.lower_ in claims and t.i >= 2 and t.nbor(-1).dep_ == "det" and t.nbor(-2).text == "," for t in between)


def _own_past_clause(node: Token, w: Words) -> bool:
    """True for a past-tense verb joined to a plan or to its infinitive ("has sought to expand ... and *signed* a
    deal", "has pledged to curb arrivals and last month *signed* a deal"): a finite clause of its own, which the
    plan does not govern."""
    return node.dep_ == "conj" and node.tag_ == "VBD" and (
        node.head.lemma_.lower() in w.plan_verbs or node.head.tag_ == "VB")


def _unrealised(plan: Token) -> bool:
    """True for a plan told in the past perfect ("Russia *had planned* to hold talks", "had hoped to visit"): a
    plan overtaken by events, which did not happen as planned."""
    w = words()
    return plan.lemma_.lower() in w.unrealised_plan_verbs and any(
        c.dep_ == "aux" and c.lower_ in w.past_perfect_auxiliaries for c in plan.children)


def stance(verb: Token, aux: Token) -> bool:
    """"said it *would* welcome / oppose X": a stance taken now, told with a modal of politeness, not a plan."""
    w = words()
    return aux.lower_ in w.stance_auxiliaries and verb.lemma_.lower() in w.stance_verbs


def _stops(node: Token, trigger: Token) -> bool:
    """True for a governor that stops the verbal action it governs ("stopped *arming* the rebels", "ceased *firing*");
    an event named by a noun ("to stop Turkey's *incursion*") is under way, it did occur."""
    return trigger.pos_ == "VERB" and node.pos_ == "VERB" and node.lemma_.lower() in words().stopping_governors


def _evaluated(node: Token) -> Token | None:
    """The adjective judging an action in general ("it is *easier* to bomb a country than ...", "the area most
    *likely* to be invaded", "it is *important* to protect civilians"): such an action is no reported event."""
    adjectives = words().evaluative_adjectives
    if node.pos_ == "ADJ" and node.lemma_.lower() in adjectives:
        return node
    return next((c for c in node.children if c.dep_ == "acomp" and c.pos_ == "ADJ"
                 and (c.lemma_.lower() in adjectives or c.lower_ in adjectives)), None)


def _negator(node: Token) -> Token | None:
    """The word negating a verb ("did *not* attack", "*never* recognized", "*no* longer supplies"), if any; "not only"
    is none."""
    w = words()
    for child in node.children:
        if child.dep_ == "advmod" and child.lower_ in w.negated_comparatives and node.pos_ in ("VERB", "AUX"):
            # "would *no longer* supply arms": the act stops
            no = next((g for g in child.children if g.lower_ == "no" and g.i == child.i - 1), None)
            if no is not None:
                return no
        negating = child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in w.negation_words
                                           and node.pos_ in ("VERB", "AUX"))
        if not negating:
            continue
        after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if after is not None and after.lower_ in w.negation_exceptions:
            continue
        return child
    return None


def _hedge(node: Token) -> Token | None:
    """The adverb of speculation of a verb ("*probably*", "*perhaps*"), if any."""
    if node.pos_ not in ("VERB", "AUX"):
        return None
    adverbs = words().hedging_adverbs
    return next((c for c in node.children if c.dep_ == "advmod" and c.lower_ in adverbs), None)


def _negating_determiner(trigger: Token) -> Token | None:
    """"gave *no* promises", "sent *no* troops": a negating determiner of a nominal trigger or of the object
    of a verb trigger."""
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [
        c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    dets = words().negating_determiners
    return next((c for n in nouns for c in n.children if c.dep_ == "det" and c.lower_ in dets), None)


def _nominal_status(noun: Token) -> tuple[str, Token] | None:
    """Status a nominal trigger takes from its own modifiers: "the *planned* visit", "a *possible* attack", "the
    assault *that would follow*" (a relative clause of the future or of possibility whose subject it is)."""
    w = words()
    if (found := clauses.subject_of_modal(noun, w)) is not None:
        return found
    if (due := _timetabled(noun, w)) is not None:
        return "planned", due
    if (frame := _upcoming(noun, w)) is not None:
        return "planned", frame
    if (condition := clauses.conditional_subject(noun, w)) is not None:
        return "hypothetical", condition  # "*if* an agreement is reached", "if an attack happens"
    for child in noun.children:
        word = child.lower_
        if child.dep_ in ("amod", "compound", "nmod") and word in w.hypothetical_modifiers:
            return "hypothetical", child
        if child.dep_ in ("amod", "compound", "nmod") and word in w.planned_modifiers:
            return "planned", child
        if child.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("that", "which")
                                         for s in child.children):
            for aux in (c for c in child.children if c.dep_ in ("aux", "auxpass")):
                if aux.lower_ in ("will", "shall", "'ll"):
                    return "planned", aux
                if aux.lower_ in w.plan_auxiliaries or aux.lower_ in w.hypothetical_auxiliaries:
                    return "hypothetical", aux  # "would" of a prediction, "could", "might"
    return None


def _timetabled(noun: Token, w: Words) -> Token | None:
    """The timetable word of a clause whose subject the nominal is (or the run of it: "a round *of talks*"): "talks
    are *due* to resume on Tuesday", "the summit is *scheduled* for May" (`timetable_words`)."""
    from dyads.senses.table import word_classes  # the senses tables import the lexicon, which reads this module
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" \
            and node.head.head.lemma_.lower() in word_classes()["span_noun"]:
        node = node.head.head
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = node.head
    words_ = [head] + [c for c in head.children if c.dep_ in ("acomp", "xcomp")]
    return next((t for t in words_ if (t.lemma_.lower() in w.timetable_words or t.lower_ in w.timetable_words)
                 and _sets_a_time(t, node)), None)


def _sets_a_time(word: Token, subject: Token) -> bool:
    """True when a timetable word sets when its subject happens: an infinitive ("due *to resume*") or a date ("due
    *on Monday*", "scheduled *for May*"); not a cause ("an attack due *to the drought*") nor the end of what goes on
    ("operations are due *to end*")."""
    if infinitives := [c for c in word.children if c.dep_ == "xcomp"]:
        return not any(c.lemma_.lower() in words().ending_verbs for c in infinitives)
    if any(c.dep_ == "prep" and c.lower_ in ("to", "because") for c in word.children):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") for c in word.children if c.i != subject.i for t in c.subtree)


def _cancels(node: Token) -> bool:
    """True for a governor that cancels, puts off or fails what it governs ("called off", "failed to",
    "stopped short of": the phrase's second word may be the governor)."""
    w = words()
    lemma = node.lemma_.lower()
    if lemma in w.cancelling_governors:
        return True
    if node.dep_ in ("prt", "advmod") and f"{node.head.lemma_.lower()} {node.lower_}" in w.cancelling_governors:
        return True
    return any(f"{lemma} {c.lower_}" in w.cancelling_governors for c in node.children
               if c.dep_ in ("prt", "advmod", "acomp", "prep"))
