"""Matching a sense rule's condition (its test) against a trigger's arguments, and `choose`, the sense of an
entry by the first rule whose test holds."""
from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Token

from dyads import lexicon, own_side
from dyads.actors import tables
from dyads.senses import warned
from dyads.senses.verdicts import verdict_said
from dyads.senses.arguments import (ANSWER_PREPS, RELATIVE_TAGS, SUBJECT_DEPS, _agents, _subjects, answering_word,
                                    judged_objects, judgement_words, relative_object, verb_objects)
from dyads.senses.table import Rule, in_class, rules, word_classes

# Auxiliaries of an announced future action ("warned *it would* retaliate") and of obligation ("insisted that
# they *should* leave").
FUTURE_AUX = ("will", "would", "'ll", "shall", "wo")
# Auxiliaries of a possible future ("warned Y *could* face sanctions").
POSSIBLE_AUX = (*FUTURE_AUX, "could", "may", "might", "can")
OBLIGATION_AUX = ("should", "must", "ought", "need", "have")
# Subordinators of a condition ("would respond *if* attacked").
CONDITION_MARKS = ("if", "unless")
# Words opening an indirect question ("asked *whether* ...", "asked *who* ...").
QUESTION_WORDS = ("if", "whether", "who", "what", "why", "how", "when", "where", "which")
PERSONAL_PRONOUNS = ("it", "they", "we", "i", "he", "she")
TIME_ENTS = ("DATE", "TIME")
# Nouns of number whose of-phrase is what is counted ("thousands of workers").
QUANTITY_NOUNS = ("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "score",
                  "scores", "number", "group", "busload", "planeload",
                  # quantifiers standing for their of-phrase ("*few of* the conditions were met", "expelled *many of*")
                  "few", "many", "some", "most", "all", "none", "several", "each", "both", "any")
MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod", "poss")
# Modifiers that name a noun's kind or party before it, not its possessor.
NAME_MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod")
# Particles a verb's prepositional phrase may hang on ("pulled *out* of the talks", "walked *away* from").
PARTICLE_HEADS = ("out", "away", "back", "off")
# Adverbs of a state that still holds ("*still* occupies", "has *long* occupied"); "now" only of a passive ("was
# *now* occupied": "have now occupied" reports a fresh seizure).
STANDING_ADVERBS = ("still", "long", "currently")
# Prepositions of the span a state has lasted ("has occupied X *since* 1967", "*for* five decades").
SPAN_PREPS = ("since", "for")
# Word classes of acts (verbs as well as nouns) that a "prep" test also finds as a gerund ("prospect of *cutting*").
GERUND_CLASSES = ("hostile_act", "penalize")


def choose(token: Token, entry: lexicon.Entry) -> lexicon.Entry:
    """The sense of a matched entry given the trigger's arguments (the entry itself when no rule applies)."""
    for rule in rules().get((entry.lemma, entry.pos, entry.event_type), ()):
        if not _holds(rule, token, entry):
            continue
        if (rule.to_type, rule.mode, rule.cameo) == (entry.event_type, entry.mode, entry.cameo) \
                and rule.test not in PROVISIONAL_TESTS + STATE_SPEAKER_TESTS:
            return entry
        return replace(entry, event_type=rule.to_type, mode=rule.mode, cameo=rule.cameo,
                       note=f"{entry.note}; {rule.note}", source=f"{entry.source}; sense {rule.source}: {rule.note}")
    return entry


# Tests whose sense is confirmed only after the actor is resolved: the chosen entry keeps the rule's note as a mark.
PROVISIONAL_TESTS = ("own_future_pending",)
# Tests whose sense holds only when the actor resolves to one of a state's parties (`state_speaker_needed`).
STATE_SPEAKER_TESTS = ("penalty_pending",)
# Verbs of intent whose to-clause is an announced future act ("warned that its troops *intended to advance*").
INTENT_VERBS = ("intend", "plan", "aim")


def _coordinated_agent(verb: Token) -> bool:
    """True when a passive verb's by-phrase names two or more parties ("brokered by Egypt and Qatar")."""
    return any(a.dep_ == "agent" and any(o.dep_ == "pobj" and any(c.dep_ == "conj" for c in o.children)
                                         for o in a.children) for a in verb.children)


def _future(clause: Token) -> bool:
    """A clause announcing a future or possible act: a future or possible auxiliary ("would retaliate", "could
    veto", not "could take years"), or a verb of intent with a to-clause ("intended to advance", "plans to strike")."""
    # ("could *take over* the posts": a phrasal verb of the class is an act)
    stative = in_class(clause, "not_an_act") and not any(c.dep_ == "prt" for c in clause.children)
    return any(a.dep_ == "aux" and (a.lower_ in FUTURE_AUX or a.lower_ in POSSIBLE_AUX and not stative)
               for a in clause.children) \
        or clause.lemma_.lower() in INTENT_VERBS and any(x.dep_ == "xcomp" and x.pos_ == "VERB"
                                                         for x in clause.children)


def _speakers(token: Token) -> list[Token]:
    """Who speaks: the verb's subjects, those of the verb of saying whose said clause the parser hung the verb in
    (`events.syntax.speaker_of_joined_act`), or those of the verb it is conjoined to ("Erdogan vowed to strangle the
    force *and warned* that ...")."""
    if subjects := _subjects(token):
        return subjects
    from dyads.events.syntax import speaker_of_joined_act  # the events package reads senses: import on use
    if (sayer := speaker_of_joined_act(token)) is not None:
        # "Russia's ministry said the deal threatened shipping *and warned* that ...": the sayer's subject, not the
        # said clause's
        return _subjects(sayer)
    return _subjects(token.head) if token.dep_ == "conj" and token.head.pos_ == "VERB" else []


def _said_clauses(token: Token) -> list[Token]:
    """A verb's complement clauses, with a that-clause the parser hung on a noun of the verb's prepositional phrase
    as a relative clause ("warned *in the letter* that London could impose sanctions": a relative "that" is the
    clause's subject or object, never its marker)."""
    out = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    out += [r for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for r in o.children if r.dep_ == "relcl"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    return out


def pending_subjects(token: Token, cls: str = "") -> list[Token]:
    """The subjects of a trigger's future clauses that are of its pronoun speaker's side only if the pronoun turns
    out to stand for one of their state's parties (own_side.of_unresolved_speaker)."""
    speakers = _speakers(token)
    return [s for c in _said_clauses(token) if _future(c) and (not cls or in_class(c, cls))
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and own_side.of_unresolved_speaker(s, speakers)]


def provisional(entry: lexicon.Entry) -> bool:
    """True when the entry's sense was chosen by a provisional test (own_future_pending): to be confirmed once the
    actor is resolved. Asked of every event: the marks of the provisional rules are read off the table once."""
    return any(mark in entry.source for mark in _provisional_marks())


@functools.cache
def _provisional_marks(tests: tuple[str, ...] = PROVISIONAL_TESTS) -> tuple[str, ...]:
    """How a chosen entry's source names each rule of the given tests ("sense senses/rules.csv:541:")."""
    return tuple(f"sense {r.source}:" for key in rules().values() for r in key if r.test in tests)


def state_speaker_needed(entry: lexicon.Entry) -> bool:
    """True when the entry's sense was chosen by a test that holds only of a state's party as the speaker
    (`STATE_SPEAKER_TESTS`): confirmed once the actor is resolved."""
    return any(mark in entry.source for mark in _provisional_marks(STATE_SPEAKER_TESTS))


# Word classes of unions, companies and markets, whose words ("union", "bank") also head public bodies' names.
COMMERCIAL_CLASSES = ("labour", "business", "market")


def _public_body(token: Token) -> bool:
    """True when a proper noun heads the name of an intergovernmental or state body ("the European Union")."""
    if token.pos_ != "PROPN":
        return False
    start = token.i
    while start > 0 and token.doc[start - 1].head.i == token.i and token.doc[start - 1].dep_ in ("compound", "amod"):
        start -= 1
    name = " ".join(t.text for t in token.doc[start:token.i + 1] if not tables.skipped(t.text))
    return name.lower() in tables.public_body_keys()


def _complement_acts(token: Token) -> list[Token]:
    """The actions a verb commits to, with their conjuncts: "vowed *to exterminate* them"; "helped *police track
    down* X" (a bare infinitive with its own subject, parsed as a clause)."""
    acts = [c for c in token.children if c.dep_ == "xcomp" or c.dep_ == "ccomp" and c.tag_ == "VB"
            and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)]
    return [w for c in acts for w in (c, *c.conjuncts)]


def _holds(rule: Rule, token: Token, entry: lexicon.Entry) -> bool:
    cls = rule.word_class
    if rule.test == "always":
        return True
    if rule.test == "participle":
        # "a deal *brokered* by Qatar", "the truce was *mediated* by Egypt", "the Russian-*brokered* truce": a past
        # participle of the class said of the noun, after it, as its passive verb or in a modifier before it; with
        # one agent at most ("a deal brokered by Russia, Turkey and Iran" is as often their own deal)
        verbs = [c for c in token.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"]
        verbs += [token.head] if token.dep_ == "nsubjpass" else []
        if any(in_class(v, cls) and not _coordinated_agent(v) for v in verbs):
            return True
        return any(t.tag_ == "VBN" and in_class(t, cls) for t in token.doc[token.left_edge.i:token.i])
    if rule.test == "attributive":
        # "*allied* militias": a participle used as an adjective names a side, it reports no act
        return token.dep_ == "amod"
    if rule.test == "standing":
        return _standing(token)
    if rule.test == "manner":
        # "would respond *forcefully*", "will respond *in kind*": an adverb or a prepositional phrase of manner
        return any(c.dep_ == "advmod" and in_class(c, cls) for c in token.children) or any(
            c.dep_ == "prep" and in_class(o, cls) for c in token.children for o in c.children if o.dep_ == "pobj")
    if rule.test == "conditioned":
        # "would respond *if attacked*", "will respond if Syria strikes again": a condition of the class
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                   and (not cls or in_class(c, cls)) for c in token.children)
    complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    if rule.test == "own_future":
        # "warned (that) it would retaliate", "warned they will wipe out critics": the actor's own future act
        # "warned that Greece would respond" (said by a Greek minister); "warned that it could veto": the actor's
        # own possible act (not "it could take years"); a third party's act ("the storm would hit") is none
        speakers = _speakers(token)
        return any(_future(c) and any(s.dep_ in ("nsubj", "nsubjpass") and own_side.of_speaker(s, speakers)
                                      for s in c.children)
                   and (not cls or in_class(c, cls)) for c in _said_clauses(token))
    if rule.test == "own_future_pending":
        # "*He* warned in the letter that London could impose sanctions": a pronoun speaker's own side is known only
        # once the pronoun is resolved; the sense holds provisionally (see `provisional` and own_side.confirmed)
        return bool(pending_subjects(token, cls))
    if rule.test == "that_clause":
        # "demonstrated *that* the police had lied", "recognized *that* the war was long": a finite clause says
        # what was shown or acknowledged (no protest, no diplomatic recognition)
        return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in token.children)
    if rule.test == "kind_of":
        # "militants who have carried out *similar attacks*", "*such raids* are common": a plural of a kind of act
        # compared with another names a kind of act, no act of its own (of a light verb, its object's)
        nouns = verb_objects(token) if token.pos_ == "VERB" else [token]
        return any(n.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("amod", "det", "predet") and in_class(c, cls)
                                                     for c in n.children) for n in nouns)
    if rule.test == "continued":
        # "vowed *to continue fighting*", "pledged to keep up the strikes": committing to go on with an act (a verb of
        # going on, `words`) commits to that act; with a class, what is continued is of it; without one, nothing is
        # named as continued ("vowed to continue until their demands are met"), so nothing is promised
        goings = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in rule.words]
        if not cls:
            return any(not _continued(c) for c in goings)
        return any(in_class(w, cls) for c in goings for w in _continued(c))
    if rule.test == "other_clause":
        # "vowed that the campaign would be swift", "vowed the country can overcome it": a finite clause whose subject
        # is not the speaker's own side; with a class, a word of it in the clause; without one, a clause with no
        # future auxiliary asserts or predicts and commits the speaker to no act ("vowed that elections *would* be
        # held" still promises one)
        speakers = _subjects(token)
        clauses = [c for c in complements if c.dep_ == "ccomp" and any(s.dep_ in SUBJECT_DEPS for s in c.children)
                   and not any(s.dep_ in SUBJECT_DEPS and own_side.of_speaker(s, speakers) for s in c.children)]
        if cls:
            return any(in_class(w, cls) for c in clauses for w in c.subtree)
        return any(not any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in c.children) for c in clauses)
    if rule.test == "modal_clause":
        # "insisted that they should have a seat", "insisted that Israel release them" (a subjunctive): a demand,
        # not an assertion
        # ("have" of a perfect, "have signed", is no obligation)
        return any(any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX and not (a.lemma_ == "have" and c.tag_ == "VBN")
                       for a in c.children)
                   or (c.dep_ == "ccomp" and c.tag_ == "VB" and not any(a.dep_ in ("aux", "auxpass") for a in c.children))
                   or _past_subjunctive(token, c)
                   for c in complements)
    if rule.test == "negated_clause":
        # "vowed *not* to allow ...", "vowed that X would*n't* tolerate ..."; with a class, the clause's verb
        return any(any(a.dep_ == "neg" for a in c.children) and (not cls or in_class(c, cls)) for c in complements)
    if rule.test == "particle":
        # "struck *down* the agreement", "struck him *off* the list": a particle of `words` on the verb (or the word
        # taken for a preposition when it has an object of its own) changes what the verb or its object means
        return any(c.dep_ in ("prt", "prep") and c.lower_ in rule.words for c in token.children)
    if rule.test == "particle_object":
        # "gave a speech *in* Ankara": a particle with an object of its own is a preposition, no "give in"
        return bool(entry.particle) and any(o.dep_ == "pobj" for p in token.children
                                            if p.dep_ == "prep" and p.lower_ == entry.particle for o in p.children)
    if rule.test == "question":
        # "asked *if* anybody was wounded", "asked *what* the army would do": a question, no request
        return any(c.dep_ == "ccomp" and c.doc[c.left_edge.i].lower_ in QUESTION_WORDS for c in token.children)
    if rule.test == "particle_bare":
        # "stood *by* as the town fell": a particle with no object and a verb with none either
        return bool(entry.particle) and not verb_objects(token) and not any(
            o.dep_ == "pobj" for p in token.children if p.lower_ == entry.particle for o in p.children)
    if rule.test == "particle_time":
        # "fired X *on* Monday": a time phrase is no particle of "fire on"
        objs = [o for p in token.children if p.dep_ == "prep" and p.lower_ == entry.particle
                for o in p.children if o.dep_ == "pobj"]
        return bool(entry.particle) and bool(objs) and all(o.ent_type_ in TIME_ENTS for o in objs)
    if rule.test == "modifier":
        return any(in_class(t, cls) for t in token.doc[token.left_edge.i:token.i])
    if rule.test == "named_by":
        # "the *Israeli* strike", "*US* airstrikes": a name or adjective modifying the noun (not a possessor:
        # "Tunisia's first strike" may be one held in Tunisia)
        return any(in_class(t, cls) for m in token.children if m.dep_ in NAME_MODIFIER_DEPS and m.i < token.i
                   for t in m.subtree if t.dep_ != "case")
    if rule.test == "answered":
        # "responded *to* the strike", "retaliate for the raid", "in response to the strike": an act another answers
        return answering_word(token) is not None
    if rule.test == "answer_object":
        # "vowed *a strong response*", "pledged revenge": an answer of the class as the verb's object; one given to
        # something that is no hostile act nor party ("a swift response *to the floods*") is not retaliation
        # with `words`, those answers ("response", "reaction") may answer anything else
        return any(in_class(o, cls) and (o.lemma_.lower() not in rule.words or all(
            in_class(a, "answered_hostility") or in_class(a, "hostile_act") or _named_party(a)
            or any(c.dep_ == "poss" for c in a.children)
            for p in o.children if p.dep_ == "prep" and p.lower_ in ANSWER_PREPS
            for a in p.children if a.dep_ == "pobj"))
            for o in verb_objects(token))
    if rule.test == "actor":
        # "teachers", "striking *teachers*' union", "thousands *of teachers*"
        # "the European *Union*", "the World *Bank*": the head word of a public body's name is no word of a class of
        # unions, companies or markets (it is still a state actor's: "the Arab *League*")
        return any(in_class(a, cls) or any(c.dep_ == "compound" and in_class(c, cls) for c in a.children)
                   or any(in_class(o, cls) for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj")
                   for a in _agents(token) if cls not in COMMERCIAL_CLASSES or not _public_body(a))
    if rule.test == "governed":
        # "put its troops *on* high alert": the noun is the object of a preposition of a verb of the class
        # "called for the impeachment of X *and the resignation* of Y": a conjunct is governed as its first one is
        noun = token
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in rule.words and prep.head.pos_ == "VERB" \
            and (not cls or in_class(prep.head, cls))
    if rule.test == "reported_conduct":
        # "warned that a Russian-sponsored conference *is seeking* to bypass the peace process", "warned that the
        # regime *was using* prisoners as a currency": what another party is doing or has done, told as a warning
        return bool(warned.conduct_clauses(_said_clauses(token), _speakers(token), cls))
    if rule.test == "penalty_pending":
        # "warned that any unauthorised gathering would be broken up": a penalty announced with no agent, a threat
        # when the speaker is a state's party, who would impose it (confirmed once the actor is resolved)
        return bool(warned.penalty_clauses(_said_clauses(token), cls))
    if rule.test == "addressed_clause":
        # "warned *Damascus* not to send heavy weapons", "warned Manila to stop its provocations": a to-clause told to
        # a party the verb names as its object; with a class, the to-clause's verb is of it ("warned Britons not to
        # *travel*")
        told = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return any(c.dep_ == "dobj" and _named_party(c) for c in token.children) \
            and any(not cls or in_class(c, cls) for c in told)
    if rule.test == "addressed_prep":
        # "warned *Sweden* of consequences": the prep test, of a verb whose object names a party it is addressed to
        # ("warned of consequences" with no one addressed is a pessimistic comment)
        return any(c.dep_ == "dobj" and _named_party(c) for c in token.children) \
            and _holds(replace(rule, test="prep"), token, entry)
    if rule.test == "prep":
        # the parser often hangs a verb's phrase on its object: "warned [Syria *of* reprisals]"
        heads = [token, *(c for c in token.children if c.dep_ == "dobj")] if token.pos_ == "VERB" else [token]
        # "pulled [out [of the talks]]": the phrase hangs on a particle the parser took for a preposition
        heads += [c for c in token.children if token.pos_ == "VERB" and c.dep_ in ("prt", "prep", "advmod")
                  and c.lower_ in PARTICLE_HEADS and not any(o.dep_ == "pobj" for o in c.children)]
        pobjs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in rule.words
                 for o in p.children if o.dep_ == "pobj"]
        # "were put *on* standby": the parser takes the preposition for a particle and its noun for an adverb of the
        # verb; that noun, after the particle, is the preposition's object
        if token.pos_ == "VERB":
            pobjs += [c for p in token.children if p.dep_ == "prt" and p.lower_ in rule.words
                      for c in token.children if c.dep_ in ("advmod", "npadvmod") and c.i == p.i + 1
                      and c.pos_ in ("NOUN", "ADV")]
        objs = [o for o in pobjs if o.ent_type_ not in TIME_ENTS]
        # "fired a missile into [the sea hours] before the summit": the parser glues the time that follows the
        # phrase onto its noun as a compound head; the noun before the time word is the object meant
        objs += [c for o in pobjs if o.ent_type_ in TIME_ENTS for c in o.children
                 if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.like_num]
        if cls in GERUND_CLASSES or not cls:
            # "raised the prospect *of cutting* ties": a class of acts also names the gerund of the preposition;
            # so does a rule for any object ("suspected X *of arming* Y")
            objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in rule.words
                     for o in p.children if o.dep_ == "pcomp" and o.tag_ == "VBG"]
        return any(not cls or in_class(o, cls) for o in objs)
    if rule.test == "governed_by":
        # "under *threat*", "countered the *threat* from X", "poses a *threat*": a danger faced, no threat made
        return token.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and in_class(token.head, cls)
    if rule.test == "subject_of":
        return token.dep_ in ("nsubj", "conj") and token.head.pos_ == "VERB" and in_class(token.head, cls)
    if rule.test == "plural":
        return token.tag_ in ("NNS", "NNPS")
    if rule.test == "complement":
        return any(in_class(a, cls) for a in _complement_acts(token))
    if rule.test == "complement_object":
        # "vowed *to fight corruption*", "pledged to continue to fight *poverty*": the object of the act a verb of
        # commitment commits to (or of the act it commits to go on with) is of the class
        acts = _complement_acts(token)
        acts += [w for c in acts for w in _continued(c) if w.pos_ == "VERB"]
        return any(in_class(o, cls) for a in acts for o in verb_objects(a))
    if rule.test == "purpose":
        # "gathered outside parliament *to protest* the law", "gathered in the city *demanding* an end to the
        # killings": what the subject does it for, a to-clause or a participle of the class
        return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and in_class(c, cls)
                   and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                   for c in token.children)
    if rule.test == "clause":
        # "a call *to act*"; with a class, the to-clause's verb must be of it ("declined *to comment*")
        return any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and (not cls or in_class(c, cls)) for c in token.children)
    if rule.test == "clause_object":
        # "warned Y (that) it *could face retaliation*": a possible future penalty named as the clause's object;
        # with `words`, only a clause whose verb says the penalty befalls its subject ("face", "risk"): "warned that
        # Russia *could impose* sanctions on Britain" warns of what a third party may do, it threatens nobody
        return any(any(a.dep_ == "aux" and a.lower_ in POSSIBLE_AUX for a in c.children)
                   and any(o.dep_ == "dobj" and in_class(o, cls) for o in c.children)
                   and (not rule.words or c.lemma_.lower() in rule.words)
                   for c in complements if c.dep_ == "ccomp")
    if rule.test == "clause_passive":
        # "warned Exxon (that) its contract *could be cancelled*": a warned party told of a possible penalty
        return any(o.dep_ == "dobj" for o in token.children) and any(
            c.dep_ == "ccomp" and in_class(c, cls) and any(a.dep_ == "auxpass" for a in c.children)
            and any(a.dep_ == "aux" and a.lower_ in POSSIBLE_AUX for a in c.children)
            and not any(a.dep_ == "agent" for a in c.children) for c in complements)
    if rule.test == "kept_open":
        # "refused *to rule out* the use of force": declining to exclude an option of the class keeps it open
        options = [c for c in token.children if c.dep_ == "xcomp"
                   and any(p.dep_ == "prt" and p.lower_ == "out" for p in c.children)]
        # "refused to rule out *imposing martial law*": the option named by a gerund, with its object
        options += [g for c in options for g in c.children if g.dep_ in ("xcomp", "ccomp", "pcomp") and g.tag_ == "VBG"]
        return any(not cls or in_class(w, cls) for c in options for o in verb_objects(c) for w in o.subtree)
    if rule.test == "verdict":
        # "said the sanctions *were illegal*": a verdict with a word of the class, told by a verb of saying
        return verdict_said(token, cls)
    if rule.test == "judged":
        # "called the decision *unjustified*", "called the release *a constructive step*", "described the junta *as
        # illegitimate*": the name a verb of naming gives its object, with a word of the class in it
        # with `words`, only a name given to one of those ("called the allegations *baseless*" denies them;
        # "called him a *liar*" does not)
        if rule.words and not any(o.lemma_.lower() in rule.words for o in judged_objects(token)):
            return False
        return any(in_class(w, cls) for w in judgement_words(token))
    objects = verb_objects(token)
    # "expelled *thousands of* workers": a quantity's of-phrase is the object meant
    # ("*hundreds of thousands of* villagers": a quantity of a quantity, once more)
    for _ in range(2):
        objects += [o for q in objects if q.lemma_.lower() in QUANTITY_NOUNS or q.like_num
                    for p in q.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" and o not in objects]
    if rule.test == "unopposed":
        # "fought in the civil war", "I am going to fight", "the countries it fought over": no opponent in the verb's
        # phrase (an object, a phrase of `words`, a by-agent, or the object of its to-clause: "fought to drive X out")
        if objects or any(c.dep_ == "agent" or c.dep_ in ("prep", "prt", "advmod") and c.lower_ in rule.words
                          for c in token.children):
            return False
        purposes = [c for c in token.children if c.dep_ in ("xcomp", "advcl")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        # "fought to protect our freedoms", "to defend the town": what is defended is no opponent, unless the
        # clause names whom from ("to protect civilians *from* X")
        purposes = [c for c in purposes if not in_class(c, "defending_purpose")
                    or any(p.dep_ == "prep" and p.lower_ in ("from", "against") for p in c.children)]
        return not any(verb_objects(c) for c in purposes)
    # "territory *that* Turkey had seized", "territory it seized": a relative clause's object is the noun it describes
    objects = [o for o in objects if o.tag_ not in RELATIVE_TAGS] + relative_object(token)
    if rule.test == "object_clause":
        # "suspended plans *to impose a curfew*": the to-clause of the object names what is given up
        # "gave the militia 72 hours *to withdraw*": with an indirect object, the parser hangs it on the verb
        clauses = [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
        if any(c.dep_ == "dative" for c in token.children):
            clauses += [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
        return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and in_class(c, cls)
                   for c in clauses)
    if rule.test == "object":
        # "fired Defense *Minister* Ana Ruiz": a title names the class of a named object (a common noun's
        # compounds do not: "fired Scud missiles" is no firing of a person named Scud)
        return any(not cls or in_class(o, cls) or o.pos_ == "PROPN" and any(c.dep_ == "compound" and in_class(c, cls)
                                                                          for c in o.children)
                   for o in objects)
    if rule.test == "object_not":
        return bool(objects) and not any(in_class(o, cls) for o in objects)
    # object_modifier: "made a *phone* call"
    return any(in_class(t, cls) for o in objects for t in token.doc[o.left_edge.i:o.i])


def _standing(verb: Token) -> bool:
    """"the *occupied* territories", "land it *has occupied since* 1967", "Morocco *occupies* the territory", "a house
    fighters *were occupying*", "the region was *now* occupied": a verb of holding that names a state which lasts (an
    attributive or reduced participle, the present, the progressive, a still or a now, a span since when) and no
    change of hands; a time phrase ("occupied by Israel *in 1967*") dates a seizure, so it is none."""
    children = list(verb.children)
    spans = [p for p in children if p.dep_ == "prep" and p.lower_ in SPAN_PREPS
             and (p.lower_ == "since" or any(o.ent_type_ in TIME_ENTS for o in p.children))]
    passive = any(a.dep_ == "auxpass" for a in children)
    if spans or verb.dep_ == "amod" or any(c.dep_ == "advmod" and (c.lower_ in STANDING_ADVERBS
                                                                   or c.lower_ == "now" and passive)
                                           for c in children):
        return True
    if _dated(verb):
        return False
    return verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.tag_ in ("VBZ", "VBP") \
        or verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_.lower() == "be" for a in children) \
        or any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in children)


def _dated(verb: Token) -> bool:
    """"occupied *in 1967*", "occupied *on Monday*", "occupied it *last week*": a time phrase of the verb's own."""
    return any(c.ent_type_ in TIME_ENTS and c.dep_ in ("npadvmod", "advmod", "tmod")
               or c.dep_ == "prep" and any(o.ent_type_ in TIME_ENTS for o in c.children)
               for c in verb.children)


def _continued(verb: Token) -> list[Token]:
    """What a verb of going on continues: its to-clause or gerund ("continue *to fight*", "keep *fighting*"), its
    object ("continue *the strikes*") or the object of its "with"/"on" phrase ("press on *with the offensive*")."""
    out = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") or c.dep_ == "ccomp" and c.tag_ in ("VB", "VBG")]
    out += [o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ in ("with", "on", "up")
            for o in p.children if o.dep_ in ("pobj", "pcomp")]
    out += [o for p in verb.children if p.dep_ == "prt" and p.lower_ in ("on", "up")
            for q in verb.children if q.dep_ == "prep" and q.lower_ == "with" for o in q.children if o.dep_ == "pobj"]
    return [w for c in out for w in (c, *c.conjuncts)]



def _past_subjunctive(verb: Token, clause: Token) -> bool:
    """"insisted that the rebels *free* them": after a verb in the past, a clause verb in the plain present (no
    auxiliary; not be, have or do) of a that-clause breaks the sequence of tenses, so it is a subjunctive of demand
    (a quoted clause, "he told reporters: 'we want peace'", keeps the tense it was spoken in); its subject names a
    party ("insisted that the talks complement the process" asserts)."""
    return verb.tag_ == "VBD" and clause.dep_ == "ccomp" and clause.tag_ == "VBP" and clause.pos_ == "VERB" \
        and clause.lemma_.lower() not in ("be", "have", "do") \
        and not any(a.dep_ in ("aux", "auxpass", "neg") for a in clause.children) \
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
        and any(_named_party(n) for n in clause.children if n.dep_ == "nsubj")  # a quote keeps its own tense


def _named_party(noun: Token) -> bool:
    """"*Philippine* rebels", "*Israel*": a subject that names a party (a proper name or a nationality), which can
    be told to act; "the Sochi talks" can not."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") \
        or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)
