"""Which candidates code: every trigger of every sentence becomes a Candidate, and those that code no event
get their drop reason (no-event entry, not a party, an actor of people in general, a disposition no party stated,
light-verb object, denial, absorbed by a governing trigger, unspecific nominal, habitual description).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyads import clauses, nlp, nominals, political, senses, status
from dyads.events.candidate import Candidate, build_candidate, modal_candidate, unargued_candidate
from dyads.events.credited import credited_party
from dyads.events.framing import reporter_tokens
from dyads.events import allegations, orders, promises
from dyads.events.noun_args import befalls_subject, governing, own_doers, participle_targets
from dyads.events.own_acts import attended_purpose, participle_of_doer
from dyads.events.generic import generic_actor
from dyads.events.habitual import experiential_description, habitual_description, standing_description
from dyads.events.quoted import third_party_quoted
from dyads.events.stated import unstated_disposition
from dyads.events.verdicts import free_relative_verdict, said_verdict
from dyads.events.syntax import TIME_PREPS, by_agent, prep_objects, speaker_of_joined_act
from dyads.events.triggers import is_object, match, modal_entry, names_event_of_head, possible, possible_modals
from dyads.lexicon import NOT_AN_EVENT, Entry, Lexicon

# Relations through which a trigger is an argument/complement of another trigger (absorbed by it).
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "acl", "oprd", "agent")
# Condemning an act reports it too when its doer and target are named in its own phrase (praise often greets a
# plan or a visit yet to come).
STANCE_TYPES = ("ACCUSE",)
# Stances toward a decision or announcement named with its doer, which reports the decided act as well (drops
# `_decided_by_named`): praise or backing, criticism, objection.
DECISION_STANCE_TYPES = ("SUPPORT", "ACCUSE", "REJECT")
TARGET_PREPS = ("of", "on", "against", "into", "to")
# Prepositions that make a meeting with a named partner the occasion of another act ("*in* a call to Y, X urged").
OCCASION_PREPS = ("in", "at", "during")
# Prepositions that give an act named with its own doer as the grounds or span of another ("investigated *over* an
# attack by X").
GROUNDS_PREPS = ("over",)
# Stances a participle with its own doer takes toward the act or claim it modifies ("a charge *refuted by* X").
REACTION_TYPES = ("ACCUSE", "REJECT")
# The CAMEO code of mediation (mediate, broker): a hosting or convening participle stays part of the meeting.
MEDIATE = "045"
# "denied *reports by the BBC* that ...": a denial of what a source named in a by-phrase says rejects that source
# (the reported act stays coded as well, negated).


def _light_object(token: Token, triggers: dict[int, Entry]) -> bool:
    """True for the object noun of a light-verb entry ("held *talks*")."""
    own = triggers.get(token.i)
    if token.dep_ == "conj" and token.head.pos_ == "NOUN":
        # "held talks and *consultations*": a conjunct of the same type is part of the light verb's object
        head = triggers.get(token.head.head.i)
        return head is not None and own is not None and own.event_type == head.event_type \
            and is_object(token.head, head)
    head = triggers.get(token.head.i)
    return head is not None and is_object(token, head)


def _reporting_verb(token: Token, triggers: dict[int, Entry]) -> Token | None:
    """The verb trigger of the same type whose subject this nominal trigger is ("an *attack* by X targeted Y",
    "the *raid* killed five"): the verb tells the noun's event, with its target; one event, coded once, by the
    verb (whose actor comes through the noun's by-phrase)."""
    own, verb = triggers.get(token.i), triggers.get(token.head.i)
    # only a noun whose doer is in a by-phrase: "the Turkish attack on Afrin killed 20" keeps its noun's event
    by_phrase = any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in token.children)
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or own is None or verb is None or not by_phrase:
        return None
    return token.head if token.head.pos_ == "VERB" and verb.event_type == own.event_type != NOT_AN_EVENT else None


def _governor(token: Token, triggers: dict[int, Entry]) -> Token | None:
    """The trigger this one is a complement or argument of, if any ("threatened to *attack*"). A trigger whose
    sense is no event does not absorb a nominal that names its own parties ("released accounts of a *phone
    call* between X and Y": publishing is no event, the call is); one with no parties of its own stays absorbed
    ("spoke to reporters about the *attack*": the speaker is no attacker)."""
    if free_relative_verdict(token):
        return None  # "stormed the palace *in what X called a coup*": X's naming is an act of its own
    if credited_party(token) is not None:
        return None  # "thanked Qatar *for hosting* the talks": the act credited to Qatar is its own
    if _mediates(token, triggers[token.i]):
        return None  # "talks in Doha *mediated by Qatar*": the mediation is the agent's own act (CAMEO 045)
    own = token.pos_ == "NOUN" and (nominals.names_own_parties(token) or bool(own_doers(token, triggers[token.i])))
    # "condemned *Turkey's invasion of Syria*": the object names both its doer and its target; not "backed *by US
    # strikes*", nor "praised the Turkish incursion", which only recalls an act
    stance_object = own and token.dep_ == "dobj" and bool(
        prep_objects(token, TARGET_PREPS) or participle_targets(token, triggers[token.i]))
    if own and clauses.resisted(token, status.words()):
        return None  # "repelled *Peru's attack*": the act resisted is the other side's, an event of its own
    if own and token.pos_ == "NOUN" and clauses.answered(token):
        return None  # "will retaliate for *the Israeli strike*": the act answered is the other side's, done before
    node = token.head if names_event_of_head(token) else token  # "suspended *aid* deliveries"
    if node.i != token.i and _governs(node, triggers, own, stance_object):
        return node
    # "agreed *after days of talks with Y*": an act placed in time by another is an act of its own when it names a
    # party, or is a meeting with a named partner that its governor's subject took part in
    meeting = token.pos_ == "NOUN" and triggers[token.i].event_type == "CONSULT" and _partnered(token)
    separate = token.pos_ == "NOUN" and (own or meeting)
    while node.dep_ in COMPLEMENT_DEPS and node.head.i != node.i:
        if clauses.paratactic(node):
            return None  # "X has accused Y; Y *rejects* the charge": a clause of its own beside the later one
        if node.dep_ == "ccomp" and speaker_of_joined_act(node) is not None:
            return None  # "X said the move was a provocation and *warned* that ...": the speaker's second act
        if participle_of_doer(node, triggers):
            return None  # "dispersed supporters *protesting* the vote": what the supporters do, their own act
        if _decided_by_named(node) and _stance_toward(node.head, triggers):
            return None  # "welcomed *X's* decision to lift the ban": X's own act, reported beside the stance
        # "visited clinics *targeted by X*": past the noun it modifies, a participle's act is X's, not the visitor's
        own_doer = node.dep_ == "acl" and node.tag_ == "VBN" and by_agent(node)
        node = node.head
        if node.dep_ == "prep" and node.lower_ in TIME_PREPS and (token.pos_ == "VERB" or separate):
            # "beaten *before* being taken into custody", "agreed *after* talks with Y": an act of its own, at
            # another time
            return None
        if node.dep_ == "prep" and (node.lower_ in OCCASION_PREPS and meeting or node.lower_ in GROUNDS_PREPS and own):
            # "*in* a phone call to Y, X urged Y ...": the call is the occasion of the appeal, a meeting of its own;
            # "investigated *over* an attack by X", "fled *over* a month of airstrikes by X": the act named with its
            # own doer is reported too
            return None
        if own_doer and _reacts_to(triggers.get(token.i), triggers.get(node.i)):
            return None  # "a charge *refuted by X*": X's rejection of the charge is an act of its own
        if attended_purpose(token, triggers[token.i], node, triggers.get(node.i)):
            return None  # "arrived *for the rallies*", "sat down *for talks*": the subject goes to take part
        if _governs(node, triggers, own, stance_object):
            return node
        if own_doer:
            return None
    return None


def _decided_by_named(clause: Token) -> bool:
    """True for the to-clause or that-clause of a noun of decision or announcement (word class `decided_act`) that
    names its doer: a possessive for a to-clause ("backed *the government's* decision to agree to the demands"), a
    possessive or a by-phrase for a that-clause with its own subject ("applauded the announcement *by X* that it is
    making concessions"). The decided or announced act is the doer's own and is reported as well as the stance
    toward it; a decision with no doer named ("welcomed the decision to ...") stays part of the act that governs it."""
    noun = clause.head
    if clause.dep_ != "acl" or clause.pos_ not in ("VERB", "AUX") or noun.pos_ != "NOUN" \
            or not senses.in_class(noun, "decided_act"):
        return False
    owner = any(c.dep_ == "poss" for c in noun.children)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return owner  # the to-clause is done by the decision's owner (`syntax.plan_noun`)
    finite = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)
    by = any(p.dep_ in ("prep", "agent") and p.lower_ == "by" and any(o.dep_ == "pobj" for o in p.children)
             for p in noun.children)
    return finite and (owner or by)  # the that-clause names its own doer, who announced it


def _stance_toward(noun: Token, triggers: dict[int, Entry]) -> bool:
    """True when the noun is the object of a trigger that takes a stance toward it (`DECISION_STANCE_TYPES`:
    praise or backing, criticism, objection): "welcomed the decision", "objected to the announcement"."""
    node = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or node.i not in triggers:
        return False
    return triggers[node.i].event_type in DECISION_STANCE_TYPES


def _partnered(noun: Token) -> bool:
    """A meeting noun that names a partner ("talks *with* Y", "a call *to* Y") or a mediator ("talks *mediated by*
    Y"): held by whoever the clause is about with someone else named, an act of its own."""
    mediating = senses.word_classes()["mediating_participle"]
    return bool(prep_objects(noun, ("with", "to"))) or any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in mediating and by_agent(c) for c in noun.children)


def _mediates(token: Token, entry: Entry) -> bool:
    """A mediating participle with its own by-agent that modifies the meeting or agreement it brought about ("talks
    *brokered by X*", "a truce *mediated by Y*"), or a hosting one that modifies a meeting ("talks *hosted by* X"):
    the agent mediates between the parties (CAMEO 045) or convenes them, an act of its own that the meeting does not
    absorb (coding guide: a host or mediator of talks is one CONSULT line per host toward the sides). Only a single
    mediator: several agents ("brokered by X, Y and Z") would
    each be taken for the others' counterpart, and may be the parties themselves ("a deal brokered by X and Y")."""
    if not (token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN" and entry.event_type == "CONSULT"
            and (entry.cameo.startswith(MEDIATE) or senses.in_class(token.head, "meeting_event"))
            and token.lemma_.lower() in senses.word_classes()["mediating_participle"]):
        return False  # a host of a meeting ("talks *hosted by* X", "a summit hosted by Y") convenes it, as a mediator
    agents = [o for a in token.children if a.dep_ == "agent" and a.lower_ == "by" for o in a.children if o.dep_ == "pobj"]
    return len(agents) == 1 and (not agents[0].conjuncts or senses.in_class(token.head, "meeting_event"))


def _reacts_to(entry: Entry | None, noun: Entry | None) -> bool:
    """True when a stance (rejecting, condemning) is taken toward an act or claim of another type."""
    return entry is not None and noun is not None and entry.event_type in REACTION_TYPES \
        and noun.event_type not in (entry.event_type, NOT_AN_EVENT)


def _governs(node: Token, triggers: dict[int, Entry], own_parties: bool, stance_object: bool) -> bool:
    """A stance taken toward an act whose doer is named ("condemned *Turkey's* invasion", "criticised the support
    *the US* provides") does not absorb it: both the stance and the act are reported."""
    entry = triggers.get(node.i)
    if entry is None or (own_parties and entry.event_type == NOT_AN_EVENT):
        return False
    return not (stance_object and entry.event_type in STANCE_TYPES)


def _plain_report(token: Token, entry: Entry) -> bool:
    """A verb of telling someone whose sense rules found no speech act ("told reporters that ...") is a plain
    report: no trigger, so it neither absorbs the acts it reports nor hides its speaker
    from the reporters."""
    return entry.event_type == NOT_AN_EVENT and "; sense " in entry.source \
        and token.lemma_.lower() in status.words().say_verbs and any(c.dep_ in ("dobj", "dative") for c in token.children)


def _unused_sense(token: Token, entry: Entry) -> bool:
    """A verb that is an event only in the senses its rules name ("found X *guilty*", "declared X *persona non
    grata*", "intervened *in Syria*") and in none of them here is no trigger: it neither codes nor absorbs what it
    governs ("declared *its support* for X", "found that X had *killed* Y")."""
    return entry.event_type == NOT_AN_EVENT and "; sense " not in entry.source and senses.in_class(token, SENSE_ONLY)


SENSE_ONLY = "sense_only"


def analyse(doc: Doc, lexicon: Lexicon, *, argue_dropped: bool = True) -> list[Candidate]:
    """Every candidate of every sentence, including those that code nothing (`dropped` set).

    With `argue_dropped` False, a trigger that codes nothing whatever its arguments (its lexicon entry marks its use
    as no event, it tells a long history, another trigger reports or absorbs it) is not argued: its candidate holds
    its entry and why it is dropped only (`unargued_candidate`; coding reads nothing else of it)."""
    out: list[Candidate] = []
    denying = status.words().negating_governors
    maybe = possible(doc, lexicon)  # the tokens `match` can find an entry for
    auxiliaries = possible_modals(doc)  # the tokens `modal_entry` can find an entry for
    for s_index, sentence in enumerate(nlp.sentences(doc)):
        # "agreed to lift the curfew" is a concession; "agreed *to withdraw*": the promised retreat codes CONCEDE
        triggers = promises.retype(doc, {t.i: e for i in range(sentence.start, sentence.end) if i in maybe
                                         and (e := match(t := doc[i], lexicon)) is not None
                                         and not _plain_report(t, e) and not _unused_sense(t, e)})
        yielded = promises.promised(doc, triggers)
        triggers.update(yielded)
        modals = {t.head.head.i: (e, t) for i in range(sentence.start, sentence.end) if i in auxiliaries
                  and (e := modal_entry(t := doc[i], lexicon)) is not None}
        if not triggers and not modals:
            continue  # no candidate in the sentence: its reporters are not needed
        reporters: set[int] | None = None  # read when a candidate of the sentence is first argued
        # an act coded only as its actor's announcement ("would respond forcefully") absorbs none of the acts it
        # governs: "responded to the attack *by shelling* the town" reports the shelling
        only_announced = status.words().announced_only
        governors = {**{i: e for i, e in triggers.items() if doc[i].lemma_.lower() not in only_announced},
                     **{i: entry for i, (entry, _) in modals.items()}}
        for i, entry in triggers.items():
            token = doc[i]
            gov = _governor(token, governors if i in governors else {**governors, i: entry})
            # why the trigger codes nothing, whatever its arguments: told by the parse and the sentence's triggers
            history = nominals.long_history(token)
            covered = _reported(token, triggers) or _light(token, triggers) \
                or _absorbed(token, gov, governors, yielded=i in yielded, denying=denying)
            if not argue_dropped and (settled := _no_event(entry) if entry.event_type == NOT_AN_EVENT
                                      else history or covered):
                out.append(unargued_candidate(sentence, s_index, token, entry, settled))
                continue
            reporters = reporter_tokens(sentence, triggers) if reporters is None else reporters
            cand = orders.demanded(allegations.alleged(build_candidate(sentence, s_index, token, entry, reporters)))
            cand = said_verdict(cand)
            cand.actors, not_party = political.parties_only(cand.actors)
            if entry.event_type == NOT_AN_EVENT:
                cand.dropped = _no_event(entry)
            elif token.lemma_.lower() in only_announced and not cand.intent:
                cand.dropped = f"'{token.text}' is coded only as its own actor's announcement (a threat)"
            elif not_party:
                cand.dropped = not_party
            elif generic := generic_actor(cand.actors):
                cand.dropped = generic
            elif claimed := third_party_quoted(token, cand.actors, cand.attribution):
                if cand.attribution is not None:
                    cand.quoted = claimed  # read once the speaker is resolved: its own side still codes
                else:
                    cand.dropped = claimed
            elif history:
                cand.dropped = history
            elif cand.status == "occurred" and (habit := habitual_description(token, cand.entry.event_type)
                                                or experiential_description(token) or standing_description(token)):
                cand.dropped = habit
            elif unstated := unstated_disposition(token, cand.entry.event_type, cand.attribution is not None):
                cand.dropped = unstated
            elif covered:
                cand.dropped = covered
            elif cand.entry.pos == "NOUN":
                noun = token.head if names_event_of_head(token) else token
                cand.dropped = nominals.not_specific(token, set(triggers)) \
                    or nominals.unnamed_actor(noun, cand.actors, governing(noun))
            out.append(cand)
            if not cand.dropped and (accused := allegations.told_breach(cand)) is not None:
                accused.actors, accused.dropped = political.parties_only(accused.actors)
                out.append(accused)  # "X said Y violated the truce": X's accusation beside Y's breach
        for say_i, (entry, modal) in modals.items():
            if say_i in triggers:
                continue
            reporters = reporter_tokens(sentence, triggers) if reporters is None else reporters
            cand = modal_candidate(sentence, s_index, doc[say_i], modal, entry, reporters)
            out.append(cand)
    return out


def _no_event(entry: Entry) -> str:
    return f"lexicon entry {entry.describe()} marks this use as no event"


def _reported(token: Token, triggers: dict[int, Entry]) -> str:
    """Why a trigger that is the subject of a verb reporting the same event codes nothing ("" when it is not)."""
    verb = _reporting_verb(token, triggers)
    return "" if verb is None else f"subject of '{verb.text}', which reports the same {triggers[token.i].event_type} event"


def _light(token: Token, triggers: dict[int, Entry]) -> str:
    """Why the object of a light-verb entry codes nothing ("" when it is none)."""
    return f"object of light-verb entry '{token.head.text} {token.text}'" if _light_object(token, triggers) else ""


def _absorbed(token: Token, gov: Token | None, governors: dict[int, Entry], *, yielded: bool,
              denying: frozenset[str] | set[str]) -> str:
    """Why a trigger its governing trigger absorbs codes nothing ("" when none does): not a promised act, nor one
    a denying verb governs ("denied *attacking*"), nor one that befalls the governor's subject ("killed in an
    airstrike": the strike acts)."""
    if gov is None or yielded or (gov.lemma_.lower() in denying and token.pos_ == "VERB") \
            or befalls_subject(token, gov):
        return ""
    return f"absorbed by governing trigger '{gov.text}' ({governors[gov.i].event_type})"


def proposed(sentence: Span, s_index: int, token: Token, entry: Entry) -> Candidate:
    """A candidate for a predicate no lexicon entry knows, typed by the event-type classifier (`dyads.typeclf`):
    its parties come from the predicate's arguments like a lexicon trigger's."""
    cand = build_candidate(sentence, s_index, token, entry, reporter_tokens(sentence, {}))
    cand.actors, cand.dropped = political.parties_only(cand.actors)
    cand.rule = f"event-type classifier ({entry.source}); {cand.rule}"
    return cand


def extract(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Candidate events of every sentence of a parsed document (those that code)."""
    return [c for c in analyse(doc, lexicon) if not c.dropped]

