"""Word senses chosen by a trigger's arguments, and the word classes they are tested with.

A trigger word has several senses ("air *strikes*" attack, "teachers' *strike*" protest; a phone
*call*, *calls* for reform). `choose` picks the sense of a matched lexicon entry from its arguments
(modifiers, actor, prepositions, object), by the rules of `data/senses/rules.csv` (first match wins)
over the word classes of `data/senses/word_classes.csv` (`in_class`). Whether an agent is a political
party at all is `dyads.political`.

The package's parts: `table` (loading the sense rules and word classes, `in_class`), `conditions` (the tests
of a rule against a trigger's arguments, `choose`), `arguments` (argument predicates read off the parse:
`verb_objects`, `relative_object`, `judgement_words`), `reciprocal` (`mutual`). Their names are all
importable from `dyads.senses` as before.
"""
from __future__ import annotations

# table first: own_side (imported by conditions) reaches dyads.actors, whose modules import word_classes and
# in_class from this package while it is still loading
from dyads.senses.table import (CATCH_ALL_TESTS, NAMED, NAMED_ENTS, PERSON, PLACE, PLACE_ENTS, TESTS, Rule, _read,
                                in_class, rules, word_classes)
from dyads.senses.arguments import (ANSWER_PREPS, FINITE_TAGS, JUDGEMENT_DEPS, RELATIVE_TAGS, SUBJECT_DEPS, _agents,
                                    _antecedent, _small_clause_words, _subjects, answering_word, judgement_words,
                                    relative_object, verb_objects)
from dyads.senses.conditions import (FUTURE_AUX, GERUND_CLASSES, MODIFIER_DEPS, OBLIGATION_AUX, PARTICLE_HEADS,
                                     PERSONAL_PRONOUNS, POSSIBLE_AUX, QUANTITY_NOUNS, QUESTION_WORDS, TIME_ENTS,
                                     _continued, _holds, _named_party, _past_subjunctive, choose, pending_subjects,
                                     provisional, state_speaker_needed)
from dyads.senses.reciprocal import MUTUAL_OBJECTS, MUTUAL_TYPES, RECIPROCAL_PRONOUNS, mutual

__all__ = ["ANSWER_PREPS", "CATCH_ALL_TESTS", "FINITE_TAGS", "FUTURE_AUX", "GERUND_CLASSES", "JUDGEMENT_DEPS",
           "MODIFIER_DEPS", "MUTUAL_OBJECTS", "MUTUAL_TYPES", "NAMED", "NAMED_ENTS", "OBLIGATION_AUX",
           "PARTICLE_HEADS", "PERSON", "PERSONAL_PRONOUNS", "PLACE", "PLACE_ENTS", "POSSIBLE_AUX", "QUANTITY_NOUNS",
           "QUESTION_WORDS", "RECIPROCAL_PRONOUNS", "RELATIVE_TAGS", "SUBJECT_DEPS", "TESTS", "TIME_ENTS", "Rule",
           "_agents", "_antecedent", "_continued", "_holds", "_named_party", "_past_subjunctive", "_read",
           "_small_clause_words", "_subjects", "answering_word", "choose", "in_class", "judgement_words", "mutual",
           "pending_subjects", "provisional", "relative_object", "rules", "state_speaker_needed", "verb_objects", "word_classes"]
