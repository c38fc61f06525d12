"""The Candidate record and how one is built from a trigger: arguments, party spans, status, attribution,
rank, contexts, partners and the type adjustments that need the parse (own exercises).
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from dyads import intent, nlp, status
from dyads.events.expulsion import expelled_from, names_state
from dyads.events.framing import attribution_of, clause_depth, own_reporter, trigger_rank
from dyads.events.noun_args import MEDIATE_CAMEO, noun_arguments, sponsors
from dyads.events.parties import actor_party_spans, argument_span, clause_fallback, party_spans
from dyads.events.predicates import object_predicates
from dyads.events.tiers import Tiers
from dyads.events.syntax import (
    PRONOUNS, SUBJECT_DEPS, children_with, conjuncts, governing_verb, is_passive, is_reduced_passive, phrase, prep_objects, speaker_of_joined_act,
    party_like, subject_tokens,
)
from dyads.events.refuge import granted_refuge, refuge_given
from dyads.events.triggers import is_object, names_event_of_head
from dyads.events.verb_args import (
    adj_arguments, forum_tokens, inner_parties, offence_phrase, speakers_own_side, topic_tokens, verb_arguments,
)
from dyads.actors.vocab import DEFINITE_STATE_NOUNS
from dyads.lexicon import Entry, act_noun, context_words
from dyads.parse_view import view
from dyads.senses import in_class, word_classes

# Mutual by definition: "X cooperated *with* Y" is also Y cooperating with X (PLOVER COOPERATE).
MUTUAL_TYPES = ("COOPERATE",)
# Event types where "X and Y <trigger>" with no recipient means X->Y and Y->X.
RECIPROCAL_TYPES = ("AGREE", "CONSULT", "COOPERATE", "ASSAULT", "RETREAT", "SUPPORT")
# When no recipient is named, these actions are aimed at the actor's own state (PLOVER coding practice).
DOMESTIC_TYPES = ("PROTEST", "CONCEDE", "COERCE", "REJECT")
# Acts a speaker does by what it says ("X said, *accusing* Y", "X said ... but *warned* Y").
SPOKEN_TYPES = ("ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE")
# Exercises: joint ones are COOPERATE, one country's own MOBILIZE (PLOVER manual).
EXERCISE_WORDS = ("exercise", "drill", "maneuver", "manoeuvre", "game", "patrol")
JOINT_WORDS = ("joint", "combined", "bilateral", "trilateral", "multinational")
# Actions of authorities: a passive one with no agent was done by the authorities where it happened.
AUTHORITY_TYPES = ("COERCE", "ACCUSE", "SANCTION")
# Acts only a state's authorities do (word class `state_act`; coding guide): in the passive with no agent ("was
# arrested", "have been charged"), the authorities where it happened or where the story is set did them ("closed",
# "forced", "seized" may be anyone's). So are holding someone *in custody* or *without charge*, stripping someone
# *of citizenship*, and censorship (lexicon mode `censor`: "the newspaper's website was blocked").
STATE_ACT_CLASS = "state_act"
# Complements that make a coercion a state's act whatever its verb, as (prepositions, word class of their object):
# "held *in custody*", "taken *into custody*", "placed *under arrest*", "held *without charge*", "stripped *of
# citizenship*", "deprived *of their passports*".
STATE_ACT_COMPLEMENTS = ((("in", "into", "under", "without", "on"), "custody_word"), (("of",), "citizenship_word"))
# The lexicon mode of censorship (closing, suspending or blocking a medium): a state's act (CAMEO 1721).
CENSOR_MODE = "censor"
# Media and the means of reaching them: closing, suspending or blocking one is censorship, whatever the verb.
MEDIUM_CLASS = "censored_medium"
# Acts of cooperation whose "against" phrase names the common foe ("allied *against* X", "cooperating with Y *against*
# X", "help Y *against* X"): the foe is not whom the act is done with or for (PLOVER: the recipient is the partner).
COMMON_FOE_TYPES = ("AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID")
FOE_PREPS = ("against",)
# Prepositions that place a speech in or after a meeting ("said *after* talks with Y", "said *in* a call to Y").
MEETING_TIME_PREPS = ("after", "following", "during", "at", "in", "before")
# and those that place it on a journey (lexicon mode `visit`): "said *on* a visit to Y", "X, *on* a trip to Y, said"
VISIT_MODE = "visit"
VISIT_TIME_PREPS = ("on",)
# Participles of speaking that place a speech after a meeting ("*speaking* after talks with Y, X said").
SPEAKING_PARTICIPLES = ("speak", "talk", "address", "write")


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
    recipients: Sequence[list[Span]] = field(default_factory=list)  # a `Tiers` once built: each tier read on use
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
    agentless: bool = False  # a passive authority action with no agent ("was arrested"), wherever it happened
    actor_how: str = ""  # which argument rule gave the actor phrases ("subject", "passive agent", ...)
    convened: bool = False  # a meeting noun whose sponsor is its actor ("UN-sponsored talks"): the sides may go unnamed
    # a third party's act told inside a direct quotation with its speaker named: why it codes nothing unless the speaker
    # speaks for the actor (`dyads.own_voice`: "'The Government of Kenya urges ...,' the Kenyan minister said")
    quoted: str = ""


def typed_entry(token: Token, entry: Entry) -> tuple[Entry, bool]:
    """The trigger's entry as its parse types it (own exercises), and whether it is a meeting its sponsor convenes
    ("UN-sponsored talks", "talks brokered by X": the sponsor mediates between the sides, CAMEO 045)."""
    entry = _own_exercise(token, entry)
    convened = entry.pos == "NOUN" and bool(sponsors(token, entry))
    return (replace(entry, cameo=MEDIATE_CAMEO) if convened else entry), convened


def unargued_candidate(sentence: Span, s_index: int, token: Token, entry: Entry, dropped: str) -> Candidate:
    """A candidate known to code nothing before its arguments are read (`dropped` says why): its entry only, no
    argument tiers, status, attribution or rule (what only a trace of the coder's verdicts would show)."""
    entry, convened = typed_entry(token, entry)
    return Candidate(sentence=sentence, sentence_index=s_index, trigger=token, entry=entry, dropped=dropped,
                     convened=convened)


def build_candidate(sentence: Span, s_index: int, token: Token, entry: Entry, reporters: set[int]) -> Candidate:
    entry, convened = typed_entry(token, entry)
    reporters = reporters - own_reporter(token, reporters)
    if entry.pos == "NOUN":
        actor_tiers, tiers, how = noun_arguments(token.head if names_event_of_head(token) else token, entry)
        if len(actor_tiers) > 2 and actor_tiers[2] and "subject of governing verb" in how:
            # "*Delegates from Chile and Peru* began talks": the states the governing verb's subject comes from
            # come next when the subject itself names no country
            actor_tiers = [*actor_tiers[:3], _people_from(actor_tiers[2]), *actor_tiers[3:]]
        reporters = reporters - _speaker_in_meeting(token, entry)
        if speakers := _speaking_after_meeting(token, entry):
            reporters = reporters - {t.i for s in speakers for t in s.subtree}
            if not any(actor_tiers):
                actor_tiers, how = [speakers], "speaker after the meeting"
        elif not any(actor_tiers) and (speakers := _speaker_of_meeting(token, entry)):
            reporters = reporters - {t.i for s in speakers for t in s.subtree}
            actor_tiers, how = [speakers], "speaker of a meeting with a partner"
        elif not any(actor_tiers) and (visitors := _visitor_beside(token, entry)):
            reporters = reporters - {t.i for s in visitors for t in s.subtree}
            actor_tiers, how = [visitors], "party the visit's phrase hangs on"
    else:
        reporters = reporters - _speaker_acting(token, entry)
        actors, tiers, how = adj_arguments(token) if entry.pos == "ADJ" else verb_arguments(token, entry)
        if speakers := _participle_of_report(token, entry):
            # "Egypt said talks with Ethiopia had ended, *accusing* Addis Ababa": the speaker accuses, not the talks
            reporters = reporters - {t.i for s in speakers for t in s.subtree}
            actors, how = speakers, "speaker of the reported clause its participle hangs on"
        actor_tiers = [actors, inner_parties(actors)]
    actor_spans, notes = [], []
    for tier in actor_tiers:
        spans, tier_notes = actor_party_spans([a for a in tier if a.i not in reporters])
        actor_spans.append(spans)
        notes += tier_notes
    taken = {t.i for tier in actor_spans for s in tier for t in s} | reporters
    tiers = [[r for r in tier if r.i not in taken] for tier in tiers]
    # the actor phrase's own modifiers describe the actor ("rebels *backed by Turkey*"), never its target
    described = {t.i for tier in actor_tiers for a in tier if token not in a.subtree for t in a.subtree}
    # an accusation's offence ("charged *with being a member of X*") names no target of the accusation
    offence = {t.i for c in token.children if offence_phrase(c, entry) for t in c.subtree}
    offence |= topic_tokens(token, entry)  # what a meeting is about is not whom it is with
    if entry.pos == "VERB":
        offence |= object_predicates(token)  # "called the deal *a violation of Y's sovereignty*": a description
        # "pledged that *his government* would abide ...": the speaker's own side, no last-resort recipient either
        offence |= {t.i for s in speakers_own_side(token, entry, actor_tiers[0]) for t in s.subtree}
    # a cooperative act's common foe ("allied *against X*") and a filing's forum ("filed a case *at the court*")
    not_aimed = common_foes(token, entry) | (forum_tokens(token) if entry.pos == "VERB" else set())
    not_aimed |= refuge_given(token, entry)  # "were granted *asylum in Germany*": what is given, and where
    tiers = [[r for r in tier if r.i not in not_aimed] for tier in tiers]
    # each tier's phrases are read when pairing first tries it (`Tiers`): most candidates take an early one
    makers = [functools.partial(_recipient_spans, tier) for tier in tiers]
    if not convened:  # the sides of a sponsored meeting are named in its own phrase or left to the story
        makers.append(functools.partial(_fallback_spans, token, taken | described | offence | not_aimed
                                        | {t.i for tier in tiers for t in tier}))
    recipient_tiers = Tiers(makers)
    state, cue = status.status_of(token)
    announcer, conditional = intent.intent_of(token, entry.event_type, state, cue, entry.cameo)
    rule = f"{entry.pos.lower()}-trigger; actor by {how or 'none'}"
    if notes:
        rule += "; " + "; ".join(notes)
    if cue is not None:
        rule += f"; status {state} by '{cue.text}'"
    if announcer is not None and announcer.i == (cue.head.i if cue is not None else -1) and state == "negated":
        rule += f"; refusal stated of its actor ('{announcer.text}')"
    elif announcer is not None:
        rule += f"; plan announced by its actor ('{announcer.text}')"
    return Candidate(
        sentence=sentence, sentence_index=s_index, trigger=token, entry=entry,
        actors=actor_spans, recipients=recipient_tiers, status=state,
        attribution=attribution_of(sentence, token), rule=rule, rank=trigger_rank(token), cue=cue,
        intent=announcer is not None, conditional=conditional, contexts=_contexts(token),
        partners=_partners(token, entry), named_actor=_named(actor_spans), venue=_venue(token, entry),
        agentless=_agentless(token, entry) and state_only_act(token, entry),
        actor_how=_how_label(how), convened=convened,
    )


def _recipient_spans(tier: list[Token]) -> list[Span]:
    """The party phrases of one recipient tier's tokens and of the tokens coordinated with them."""
    return [span for r in tier for t in conjuncts(r) for span in party_spans(t)]


def _fallback_spans(token: Token, exclude: set[int]) -> list[Span]:
    """The party phrases of the clause-wide fallback tier (`clause_fallback`), tokens in `exclude` left out."""
    return _recipient_spans(clause_fallback(token, exclude))


def common_foes(token: Token, entry: Entry) -> set[int]:
    """Tokens of the "against" phrases of a cooperative trigger (COMMON_FOE_TYPES): "forces who had allied *against
    X*", "cooperation with Y *against X*". X is whom the partners stand together against, never the recipient."""
    if entry.event_type not in COMMON_FOE_TYPES:
        return set()
    heads = [token, *([token.head] if names_event_of_head(token) else [])]
    # "the support of the coalition *against X* for Y": the foe phrase hung on the supporter's of-phrase
    heads += [o for h in heads if h.pos_ == "NOUN" for o in prep_objects(h, ("of",))]
    return {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in FOE_PREPS for t in c.subtree}


def _speaker_in_meeting(noun: Token, entry: Entry) -> set[int]:
    """"X said, *following a trip to China*", "X told reporters *after talks with Y*": whoever speaks during or
    after a meeting with a named partner, in an adjunct of the speech verb, took part in it; the speaker is no
    mere reporter (mediators speaking "after a meeting" may only have hosted it). So does a speaker *on* a visit,
    trip or tour to a named place (lexicon mode `visit`): "X said *on a visit to Y*", and "X, *on a visit to Y*,
    said" (the phrase set off beside the speaker, who makes the journey); not with a by-phrase naming another
    visitor ("commented on a visit to Y by Z")."""
    if entry.event_type != "CONSULT" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" \
            or prep_objects(noun, ("between", "among")) or not prep_objects(noun, ("with", "to")):
        return set()
    on_visit = entry.mode == VISIT_MODE and noun.head.lower_ in VISIT_TIME_PREPS and not prep_objects(noun, ("by",))
    if noun.head.lower_ not in MEETING_TIME_PREPS and not on_visit:
        return set()
    verb, say_verbs = noun.head.head, status.words().say_verbs
    if on_visit and verb.dep_ == "nsubj" and verb.head.pos_ == "VERB" and verb.head.lemma_ in say_verbs:
        return {t.i for t in verb.subtree}  # "X, on a visit to Y, said": the prepositional phrase hangs on X
    if verb.pos_ != "VERB" or verb.lemma_ not in say_verbs:
        return set()
    return {t.i for subj in children_with(verb, ("nsubj",)) for t in subj.subtree}


def _people_from(subjects: list[Token]) -> list[Token]:
    """The places a subject of people comes from ("*delegates from* Chile and Peru", "troops from X, Y and Z"): the
    from-phrase of a noun of the actor tables' role words, which says whose people they are. Nothing for other
    nouns ("anger *from* the regime", "tensions *between* X and Y") or other phrases ("protesters *at* the embassy")."""
    from dyads.actors.tables import index  # the actor tables load only when a nominal's subject is read

    return [o for s in subjects if s.pos_ in ("NOUN", "PROPN") and (party_like(s) or s.lemma_.lower() in index().roles)
            for o in prep_objects(s, ("from",))]


def _visitor_beside(noun: Token, entry: Entry) -> list[Token]:
    """"The German chancellor, *on a visit to Kenya*, said ...", "X, *on a tour of* Y, signed ...": a visit, trip or
    tour (lexicon mode `visit`) to a named place in a phrase hung on the clause's subject is that party's own
    journey (the phrase describes where the subject is). Not with a by-phrase naming another visitor."""
    if entry.event_type != "CONSULT" or entry.mode != VISIT_MODE or noun.dep_ != "pobj" \
            or noun.head.dep_ != "prep" or noun.head.lower_ not in VISIT_TIME_PREPS + MEETING_TIME_PREPS \
            or prep_objects(noun, ("by",)) or not prep_objects(noun, ("to", "of")):
        return []
    party = noun.head.head
    if party.pos_ not in ("NOUN", "PROPN") or party.dep_ not in ("nsubj", "nsubjpass") or party.head.pos_ != "VERB":
        return []
    return [party]


def _speaker_of_meeting(noun: Token, entry: Entry) -> list[Token]:
    """"X said *talks with Y* would resume", "X said ... *ahead of a meeting with Y*": a meeting noun with a partner in
    its with-phrase and no party of its own, that is the subject of the clause a speech verb reports or stands in
    a frame of the speech verb that puts it still to come ("ahead of", "on the eve of", "in the run-up to":
    `status.upcoming_frames`), is the speaker's meeting with that partner (who else would meet "with Y" is not
    said). Not a visit "to" a place, nor talks "between" others."""
    if entry.event_type != "CONSULT" or noun.pos_ != "NOUN" or not prep_objects(noun, ("with",)) \
            or prep_objects(noun, ("between", "among", "by")):
        return []
    say_verbs = status.words().say_verbs
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ in ("ccomp", "parataxis"):
        verb = noun.head.head
    elif noun.dep_ == "pobj" and (frame := status.upcoming_frame(noun.head)) is not None:
        # "said *ahead of* talks with Y" (the frame word on the verb), "said *on the eve of* / *in the run-up to*
        # talks with Y" (the frame noun in a phrase of the verb)
        verb = frame.head.head if frame.dep_ == "pobj" else frame.head
    else:
        return []
    if verb.pos_ != "VERB" or verb.lemma_ not in say_verbs or any(c.dep_ == "neg" for c in verb.children):
        return []
    return children_with(verb, ("nsubj",))


def _speaking_after_meeting(noun: Token, entry: Entry) -> list[Token]:
    """"*Speaking after talks with Y*, X said", "X, *speaking after a meeting with Y*, said": a speech participle
    placed after a meeting with a named partner has the speech verb's subject as its own, who took part in it."""
    if entry.event_type != "CONSULT" or noun.dep_ != "pobj" or not prep_objects(noun, ("with", "to")):
        return []
    head = noun.head
    if head.lower_ == "of" and head.head.lemma_.lower() in word_classes()["span_noun"] and head.head.dep_ == "pobj":
        head = head.head.head  # "after two days *of* talks"
    if head.dep_ != "prep" or head.lower_ not in MEETING_TIME_PREPS:
        return []
    participle = head.head
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in SPEAKING_PARTICIPLES:
        return []
    say_verbs = status.words().say_verbs
    if participle.dep_ == "advcl" and participle.head.lemma_ in say_verbs:
        return children_with(participle.head, ("nsubj",))
    if participle.dep_ == "acl" and participle.head.dep_ == "nsubj" and participle.head.head.lemma_ in say_verbs:
        return [participle.head]
    return []


def _participle_of_report(verb: Token, entry: Entry) -> list[Token]:
    """"Egypt said *talks with Ethiopia had ended without agreement*, *accusing* Addis Ababa of ...": a participle of
    an act done by speaking (SPOKEN_TYPES), with no subject or conjunction of its own, that the parser hung on a
    reported clause whose subject is an act or a meeting (a noun of the trigger lexicon), not a party, tells what the
    speaker did while saying it: its actor is the speech verb's subject. A reported clause with a party as its
    subject ("X said *Y had withdrawn*, accusing Z") is left as it is."""
    if entry.event_type not in SPOKEN_TYPES or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or children_with(verb, SUBJECT_DEPS) or any(c.dep_ == "mark" for c in verb.children):
        return []
    clause = verb.head
    said = clause.head
    if clause.dep_ != "ccomp" or said.pos_ != "VERB" or said.lemma_ not in status.words().say_verbs \
            or any(c.dep_ == "neg" for c in said.children):
        return []
    subjects = children_with(clause, ("nsubj", "nsubjpass"))
    # the tagger may take "talks" for a verb: any word the lexicon has as an act noun that is no name or pronoun
    if not subjects or not all(s.pos_ not in ("PROPN", "PRON") and act_noun(s.lemma_.lower(), s.lower_)
                               for s in subjects):
        return []
    return children_with(said, ("nsubj",))


def _speaker_acting(verb: Token, entry: Entry) -> set[int]:
    """Tokens of a speaker who also does the trigger's act: "X will close the border, *the minister* said,
    *accusing* Y" or "*the minister* said ... and *accused* Y": a participle or conjoined verb with no subject of
    its own hangs on the speech verb, whose subject is then no mere reporter but the act's doer (a reported
    clause, "X said *Y attacked Z*", still keeps its reporter out). Only acts done by speaking: "X said, *injuring*
    four" tells what the reported act did, not what the speaker did."""
    if entry.event_type not in SPOKEN_TYPES:
        return set()
    if (sayer := speaker_of_joined_act(verb)) is not None:
        # "*X* said the deal was a step forward and *urged* Y to ...": hung by the parser inside the said clause
        return {t.i for subj in children_with(sayer, ("nsubj",)) for t in subj.subtree}
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj") or node.head.i == node.i or children_with(node, SUBJECT_DEPS) \
                or any(c.dep_ == "mark" for c in node.children):
            return set()
        node = node.head
        if node.pos_ == "VERB" and node.lemma_ in status.words().say_verbs:
            return {t.i for subj in children_with(node, ("nsubj",)) for t in subj.subtree}
    return set()


def _how_label(how: str) -> str:
    """The rule part of an actor rule's description, without the words it quotes."""
    return how.split(" '")[0].rstrip(", ") or "none"


def _own_exercise(token: Token, entry: Entry) -> Entry:
    """PLOVER: joint military exercises are COOPERATE, a single country's own exercises are MOBILIZE."""
    if entry.event_type == "COOPERATE" and entry.pos == "NOUN" and entry.lemma in EXERCISE_WORDS:
        return _own_exercise_noun(token, entry)
    if entry.event_type != "COOPERATE" or entry.object not in EXERCISE_WORDS or token.pos_ != "VERB":
        return entry
    objects = [o for o in children_with(token, ("dobj", "nsubjpass")) if is_object(o, entry)]
    joint = any(c.lower_ in JOINT_WORDS for o in objects for c in o.children) \
        or any(prep_objects(h, ("with",)) for h in (token, *objects))
    subjects = [c for s in subject_tokens(token)[0] for c in conjuncts(s)]
    # "French and Egyptian warships": coordinated modifiers name several parties too
    subjects += [c for s in subjects for m in s.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                 for c in m.conjuncts]
    if joint or len(subjects) > 1:
        return entry
    return replace(entry, event_type="MOBILIZE", mode="troops", cameo="150",
                   note=f"{entry.note}; one country's own exercise (PLOVER MOBILIZE)")


def _own_exercise_noun(token: Token, entry: Entry) -> Entry:
    """"its military *exercise*", "for a military *exercise*": an exercise noun is joint (COOPERATE) when a joint
    word modifies it, it has a with- or between-phrase ("exercises *with* Y"), or coordinated modifiers name several
    parties ("French and Egyptian *drills*", "drills *by X and Y*"); otherwise it is one country's own (MOBILIZE)."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(c.lower_ in JOINT_WORDS for c in mods) or prep_objects(token, ("with", "between")) \
            or any(c.conjuncts for c in (*mods, *prep_objects(token, ("by",)))):
        return entry
    return replace(entry, event_type="MOBILIZE", mode="troops", cameo="150",
                   note=f"{entry.note}; one country's own exercise (PLOVER MOBILIZE)")


def _venue(token: Token, entry: Entry) -> Span | None:
    """Where a passive action of the authorities with no agent happened: "was arrested *in Iran*",
    "was put under investigation *in Italy*" (its authorities are the actor). A coercion anyone may carry out
    ("were seized *in Mosul*", "was raided") names no doer by its place. So for a refuge only a state grants
    (`_granted_refuge`: "were granted asylum *in Germany*"): the state where it is granted grants it."""
    if not (_agentless(token, entry) or granted_refuge(token, entry)) \
            or (entry.event_type == "COERCE" and not state_only_act(token, entry)):
        return None
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    places = prep_objects(verb, ("in",)) + (prep_objects(token, ("in",)) if token is not verb else [])
    if not places and granted_refuge(token, entry):
        # "were granted asylum *in Germany*": the place hung on the granted object
        places = [p for o in children_with(token, ("dobj",)) if o.lemma_.lower() == entry.object.lower()
                  for p in prep_objects(o, ("in",))]
    if not places and verb is not None:
        # "was arrested *in Tehran* in 2022 and sentenced to 40 years": passive acts coordinated with one another
        # befall their patient in the place one of them names
        places = [p for c in verb.conjuncts if c.pos_ == "VERB" and (is_passive(c) or is_reduced_passive(c))
                  and not prep_objects(c, ("by",)) for p in prep_objects(c, ("in",))][:1]
    # "was expelled *from Tehran*": the state someone is sent out of expelled them
    return phrase(places[0]) if places else expelled_from(token)


def state_only_act(token: Token, entry: Entry) -> bool:
    """True for an act only a state's authorities carry out: arresting, charging, sentencing, deporting, ... (word
    class `state_act`), holding someone in custody or without charge, stripping someone of citizenship, censoring a
    medium. Kidnapping, killing, seizing or forcing may be anyone's."""
    if in_class(token, STATE_ACT_CLASS) or entry.mode == CENSOR_MODE or expelled_from(token) is not None:
        return True
    if entry.event_type == "COERCE" and any(in_class(s, MEDIUM_CLASS) for s in children_with(token, ("nsubjpass",))):
        return True  # "the newspaper was shut down", "social media networks were suspended": censorship
    return entry.event_type == "COERCE" and any(in_class(o, words) for preps, words in STATE_ACT_COMPLEMENTS
                                                for o in prep_objects(token, preps))


def _agentless(token: Token, entry: Entry) -> bool:
    """True for a passive action of the authorities (AUTHORITY_TYPES) with no by-agent: "was arrested", "have
    been charged"."""
    if entry.event_type not in AUTHORITY_TYPES:
        return False
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    return verb is not None and (is_passive(verb) or is_reduced_passive(verb)) and not prep_objects(verb, ("by",)) \
        and not _state_undergoes(verb)


def _state_undergoes(verb: Token) -> bool:
    """True when the subject of the passive is a state itself ("Russia was banned", "the government was charged
    with negligence"): a state is not its own authorities' patient, and who acted on it is not known."""
    return any(s.lemma_.lower() in DEFINITE_STATE_NOUNS or names_state(s)
               for subject in children_with(verb, ("nsubjpass",)) for s in conjuncts(subject))


def _named(actor_tiers: list[list[Span]]) -> bool:
    """True when the first actor phrase is a proper name ("Judge Ana Ruiz"), known to the tables or not."""
    first = next((tier for tier in actor_tiers if tier), [])
    return bool(first) and first[0].root.pos_ == "PROPN" and first[0].root.lower_ not in PRONOUNS


def _partners(token: Token, entry: Entry) -> tuple[tuple[int, int], ...]:
    """Character ranges of the with-phrases of a mutual action ("shared intelligence *with Y*")."""
    if entry.event_type not in MUTUAL_TYPES:
        return ()
    heads = [token, *(o for o in children_with(token, ("dobj",)) if is_object(o, entry))]
    spans = [phrase(t) for h in heads for p in prep_objects(h, ("with",)) for t in conjuncts(p)]
    return tuple((s.start_char, s.end_char) for s in spans)


def _contexts(token: Token) -> tuple[str, ...]:
    """PLOVER contexts signalled by words of the trigger's clause, in order of first mention."""
    head = token
    while head.dep_ not in ("ROOT", "advcl", "relcl", "ccomp", "parataxis") and head.head.i != head.i:
        head = head.head
    memo = nlp.table(token.doc, "dyads.events.contexts")  # triggers of one clause share it
    if head.i not in memo:
        words = context_words()
        parse = view(token.doc)
        lemma, lower = parse.lemma, parse.lower
        found = (words.get(lemma[t].lower()) or words.get(lower[t]) for t in parse.subtree(head.i))
        memo[head.i] = tuple(dict.fromkeys(c for c in found if c))
    return memo[head.i]


def modal_candidate(sentence: Span, s_index: int, say: Token, modal: Token, entry: Entry,
                     reporters: set[int]) -> Candidate:
    clause = modal.head
    actors, how = subject_tokens(say)
    actor_spans, notes = actor_party_spans(actors)
    targets = children_with(clause, ("nsubj", "nsubjpass"))
    recipients = [[argument_span(t) for r in targets for t in conjuncts(r)]]
    state, cue = status.status_of(say)
    rule = f"modal '{modal.text}' in a reported clause; actor by {how or 'none'}"
    if cue is not None:
        rule += f"; status {state} by '{cue.text}'"
    return Candidate(sentence=sentence, sentence_index=s_index, trigger=say, entry=entry, actors=[actor_spans],
                     recipients=recipients, status=state, attribution=None, rule=rule,
                     rank=1.0 / (1 + clause_depth(say)), cue=cue, actor_how="modal: " + _how_label(how))
