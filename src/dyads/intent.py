"""Announced intent: whether a planned (or refused) action is announced by its own actor in its own words, which
makes the announcement an event of its own (a promise, a threat, a concession or a refusal). The words are those
of `data/lexicon/status.toml`, loaded by `status.words()`.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import clauses, own_side, status


def announced(trigger: Token, cue: Token | None, *, cues: frozenset[str] | None = None) -> Token | None:
    """The verb by which a plan is announced by its own actor in its own words, if any: the planned clause is
    reported by a verb of announcing ("X said / announced it would ...", '"We will ...," X said') and its subject stands
    for the announcer (a pronoun, or a noun owned by one: "its troops"). A bare modal in narrative ("X will
    visit Y"), a passive ("fighters will be released") or another party's plan is no announcement."""
    w = status.words()
    cues = w.intent_cues if cues is None else cues
    if cue is None or cue.lower_ not in cues and cue.lemma_.lower() not in cues:
        return None
    if cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.lemma_.lower() in w.announcing_verbs:
        # "X announced a *plan* to invade Y": the plan X announces is its own
        return cue.head if status.status_of(cue.head)[0] == "occurred" else None
    carrier = cue.head if cue.dep_ in ("aux", "auxpass") else cue
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in carrier.children):
        return None
    subjects = [c for c in carrier.children if c.dep_ in status.SUBJECTS]
    clause = carrier
    while not subjects and clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # "it would withdraw and *free* the prisoners": the subject of the first verb
        subjects = [c for c in clause.children if c.dep_ in status.SUBJECTS]
    say = _announcer(clause)
    if say is None or not subjects:
        return None
    # "X said *it* would ...", or the speaker's own state or forces ("the Iranian minister said *Tehran* would ...")
    speakers = [c for c in say.children if c.dep_ == "nsubj"] or (
        [c for c in say.head.children if c.dep_ == "nsubj"] if say.dep_ == "conj" else [])
    if not all(_own(s) or own_side.of_speaker(s, speakers) for s in subjects):
        return None
    return say if status.status_of(say)[0] == "occurred" else None


def _own(subject: Token) -> bool:
    """"*it* would", "*our* forces will": a subject that stands for the one who announces."""
    own = status.words().own_pronouns
    return subject.lower_ in own or any(c.dep_ == "poss" and c.lower_ in own for c in subject.children)


def _announcer(clause: Token) -> Token | None:
    """The verb of announcing that reports `clause`: its governor ("said it would") or a parenthetical
    ('"We will ...," X said')."""
    verbs = status.words().announcing_verbs
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in verbs:
        return clause.head
    return next((c for c in clause.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in verbs
                 and any(s.dep_ == "nsubj" for s in c.children)), None)


def refusal_key(event_type: str, cameo: str = "") -> str | None:
    """The key of `refusal_cameo` for a refused act: its CAMEO code ("057", signing) or else its event type; None
    when refusing the act is no REJECT."""
    table = status.words().refusal_cameo
    return cameo if cameo in table else event_type if event_type in table else None


def intent_of(trigger: Token, event_type: str, state: str, cue: Token | None,
              cameo: str = "") -> tuple[Token | None, bool]:
    """(verb announcing the intent, ultimatum) of a candidate: the verb by which its actor announced its planned
    action as a promise or threat (None when it did not), and whether a condition makes it an ultimatum
    ("will withdraw unless ...")."""
    w = status.words()
    if state == "negated" and refusal_key(event_type, cameo) is not None:
        # the refused act itself must be negated ("would not attend", not "would not *be able* to attend": no
        # refusal), with no condition ("unless ...", "until Chile withdrew": a conditional refusal is no REJECT)
        refused = cue is not None and cue.head.i == trigger.i and not clauses.conditioned(cue.head, w) \
            and not _held_until(cue.head) and next(
                (c for c in cue.head.children if c.dep_ == "aux" and c.lower_ in w.plan_auxiliaries), None)
        if not refused:
            return None, False
        return (announced(trigger, refused) or stated_refusal(trigger, refused)), False
    # a stance under a condition ("would welcome troops if X attacked") is no ultimatum
    conditional_plan = state == "hypothetical" and cue is not None and cue.lower_ in w.plan_auxiliaries \
        and clauses.conditioned(cue.head, w) and not status.stance(cue.head, cue)
    if threat_modal(event_type, state, cue):
        # "X said it could cut ties with Y": a hostile act its actor warns it may take is a threat
        return announced(trigger, cue, cues=w.threat_modals), True
    if state != "planned" and not conditional_plan or event_type not in w.intent_types:
        return None, False
    say = announced(trigger, cue)
    conditional = say is not None and (conditional_plan or retaliation(trigger) or any(
        c.dep_ == "mark" and c.lower_ in w.ultimatum_marks
        for clause in trigger.children if clause.dep_ == "advcl" for c in clause.children))
    if not conditional and event_type not in w.announced_types:
        # "said it would host talks", "said it would close its embassy in Y", "said they would disarm": the planned
        # act is the event, not its announcement (a promise of cooperation is; a threat needs a warning)
        return None, False
    return say, conditional


def _held_until(verb: Token) -> bool:
    """"would not attend the talks *until Chile withdrew*": a refusal held until another party acts is conditional
    (a clause marked by `refusal_condition_marks`; "until next year" only dates the refusal)."""
    marks = status.words().refusal_condition_marks
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)


def stated_refusal(trigger: Token, aux: Token) -> Token | None:
    """The verb of a refusal the narrative states of its own subject ("Bolivia *would not attend* the talks", "Iran
    will not meet the envoy"): the refused clause is the sentence's main clause (or one conjoined to it), active,
    with a subject of its own and no question. A refusal reported as someone's speech ("analysts said Bolivia would
    not attend") is announced only by its own actor (`announced`); the coding guide (session 19) codes the stated
    refusal as a REJECT."""
    verb = aux.head
    if verb.dep_ not in ("ROOT", "conj") or verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
        return None
    if clauses.question(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in status.SUBJECTS]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in status.SUBJECTS]
    return verb if subjects else None


def retaliation(trigger: Token) -> bool:
    """True for an act that answers another party's ("retaliate", "hit back": `retaliation_verbs`): announced by
    its own actor it is a warning, an ultimatum whose condition goes without saying."""
    verbs = status.words().retaliation_verbs
    lemma = trigger.lemma_.lower()
    return lemma in verbs or any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in verbs
                                 for c in trigger.children)


def threat_modal(event_type: str, state: str, cue: Token | None) -> bool:
    """True for a hostile act (one whose announcement is a threat) made only possible by a modal of possibility
    ("could", "may", "might": `threat_modals`)."""
    w = status.words()
    return state == "hypothetical" and cue is not None and cue.lower_ in w.threat_modals \
        and cue.dep_ in ("aux", "auxpass") and w.intent_types.get(event_type) == "THREATEN"


def intent_type(event_type: str, *, conditional: bool, refused: bool = False, cameo: str = "") -> tuple[str, str]:
    """The type and CAMEO code of the announcement of a planned `event_type`: AGREE (promise), CONCEDE (announced
    retreat) or THREATEN (threat, or any plan made conditional: an ultimatum); REJECT for an announced refusal
    (`refused`: "said it would not attend the talks"; of the refused act's CAMEO code `cameo` when it has a row)."""
    w = status.words()
    if refused:
        return "REJECT", w.refusal_cameo[refusal_key(event_type, cameo)]
    kind = "THREATEN" if conditional else w.intent_types[event_type]
    return kind, w.intent_cameo[kind]
