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

The stage is a package split along its seams: `triggers` (lexicon matches), `verb_args` and `noun_args`
(argument tiers of verb/adjective and nominal triggers), `parties` (argument tokens to party phrases),
`framing` (reporters, attribution, rank), `candidate` (the Candidate record and how one is built) and `drops`
(the per-sentence driver and why a candidate codes nothing); `syntax` holds the parse helpers they share.
"""
from dyads.events.candidate import (
    AUTHORITY_TYPES, DOMESTIC_TYPES, EXERCISE_WORDS, JOINT_WORDS, MUTUAL_TYPES, RECIPROCAL_TYPES, Candidate,
)
from dyads.events.drops import COMPLEMENT_DEPS, analyse, extract, proposed
from dyads.events.framing import CLAUSE_DEPS
from dyads.events.noun_args import MEDIATE_CAMEO, UNDERGOING_VERBS
from dyads.events.parties import LEADING_LEMMAS
from dyads.events.refuge import granted_refuge
from dyads.events.syntax import (
    MEANS_PREPS, NOUN_RECIPIENT_PREPS, OBJECT_DEPS, PHRASE_PREPS, PRONOUNS, RECIPIENT_PREPS, SKIP_CHILD_DEPS,
    SUBJECT_DEPS, conjuncts, phrase,
)
from dyads.events.triggers import EVENT_HEAD_NOUNS, NOT_EVENT_DEPS, PARTICLE_DEPS, hyphen_forms, is_object, match
from dyads.events.verb_args import (
    BACKING_LEMMAS, CLAUSE_TARGET_TYPES, HEADLINE_SUBJECT_DEPS, INSTRUMENT_OBJECT_CAMEO, INSTRUMENT_OBJECT_TYPES,
    RELATIVE_PRONOUNS, STATIVE_PASSIVES,
)

__all__ = [
    "AUTHORITY_TYPES", "BACKING_LEMMAS", "CLAUSE_DEPS", "CLAUSE_TARGET_TYPES", "COMPLEMENT_DEPS", "DOMESTIC_TYPES",
    "EVENT_HEAD_NOUNS", "EXERCISE_WORDS", "HEADLINE_SUBJECT_DEPS", "INSTRUMENT_OBJECT_CAMEO",
    "INSTRUMENT_OBJECT_TYPES", "JOINT_WORDS", "LEADING_LEMMAS", "MEANS_PREPS", "MEDIATE_CAMEO", "MUTUAL_TYPES",
    "NOT_EVENT_DEPS", "NOUN_RECIPIENT_PREPS", "OBJECT_DEPS", "PARTICLE_DEPS", "PHRASE_PREPS", "PRONOUNS",
    "RECIPIENT_PREPS", "RECIPROCAL_TYPES", "RELATIVE_PRONOUNS", "SKIP_CHILD_DEPS", "STATIVE_PASSIVES",
    "SUBJECT_DEPS", "UNDERGOING_VERBS", "Candidate", "analyse", "conjuncts", "extract", "granted_refuge",
    "hyphen_forms", "is_object", "match", "phrase", "proposed",
]
