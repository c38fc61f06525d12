"""Word senses chosen by a trigger's arguments, and the word classes they are tested with.

A trigger word has several senses ("air *strikes*" attack, "teachers' *strike*" protest; a phone
*call*, *calls* for reform). `choose` picks the sense of a matched lexicon entry from its arguments
(modifiers, actor, prepositions, object), by the rules of `data/senses/rules.csv` (first match wins)
over the word classes of `data/senses/word_classes.csv` (`in_class`). Whether an agent is a political
party at all is `dyads.political`.
"""
from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Token

from dyads import cameo, lexicon, own_side
from dyads.records import EVENT_TYPES

TESTS = ("modifier", "actor", "prep", "subject_of", "plural", "clause", "complement", "object", "object_not", "object_modifier",
         "particle_time", "particle_object", "particle_bare", "question", "own_future", "modal_clause", "negated_clause",
         "object_clause", "clause_object", "clause_passive", "governed", "governed_by", "that_clause", "judged", "attributive",
         "unopposed", "kept_open", "continued", "other_clause", "kind_of", "always")
# Auxiliaries of an announced future action ("warned *it would* retaliate") and of obligation ("insisted that
# they *should* leave").
FUTURE_AUX = ("will", "would", "'ll", "shall", "wo")
# Auxiliaries of a possible future ("warned Y *could* face sanctions").
POSSIBLE_AUX = (*FUTURE_AUX, "could", "may", "might", "can")
OBLIGATION_AUX = ("should", "must", "ought", "need", "have")
# Words opening an indirect question ("asked *whether* ...", "asked *who* ...").
QUESTION_WORDS = ("if", "whether", "who", "what", "why", "how", "when", "where", "which")
PERSONAL_PRONOUNS = ("it", "they", "we", "i", "he", "she")
# Special members of a word class: a named party, a place, a person (by the parser's entity type).
NAMED, PLACE, PERSON = "@named", "@place", "@person"
NAMED_ENTS = ("GPE", "NORP", "ORG", "LOC", "FAC", "PERSON")
PLACE_ENTS = ("GPE", "LOC", "FAC")
TIME_ENTS = ("DATE", "TIME")
# Nouns of number whose of-phrase is what is counted ("thousands of workers").
QUANTITY_NOUNS = ("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "score",
                  "scores", "number", "group", "busload", "planeload",
                  # quantifiers standing for their of-phrase ("*few of* the conditions were met", "expelled *many of*")
                  "few", "many", "some", "most", "all", "none", "several", "each", "both", "any")
MODIFIER_DEPS = ("amod", "compound", "nmod", "npadvmod", "poss")
# Particles a verb's prepositional phrase may hang on ("pulled *out* of the talks", "walked *away* from").
PARTICLE_HEADS = ("out", "away", "back", "off")
# Word classes of acts (verbs as well as nouns) that a "prep" test also finds as a gerund ("prospect of *cutting*").
GERUND_CLASSES = ("hostile_act", "penalize")
# Tests that hold of (nearly) every use of a word: a key's catch-all rules, tried after its specific rules.
CATCH_ALL_TESTS = ("always", "particle_bare")


@dataclass(frozen=True, slots=True)
class Rule:
    """One sense rule: when `test` holds for an entry of (lemma, pos, event_type), it codes `to_type`."""

    lemma: str
    pos: str
    event_type: str
    test: str
    words: tuple[str, ...]
    word_class: str
    to_type: str
    mode: str
    cameo: str
    note: str
    source: str


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyads.data").joinpath("senses", name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


@functools.cache
def word_classes() -> dict[str, frozenset[str]]:
    """Word classes (`data/senses/word_classes.csv`): class name -> lower-case words and phrases; a later row of a
    class adds words to it (rows are appended, never rewritten)."""
    out: dict[str, frozenset[str]] = {}
    for row in _read("word_classes.csv"):
        words = frozenset(w.strip().lower() for w in row["words"].split("|") if w.strip())
        out[row["class"]] = out.get(row["class"], frozenset()) | words
    return out


@functools.cache
def rules() -> dict[tuple[str, str, str], tuple[Rule, ...]]:
    """Sense rules (`data/senses/rules.csv`) by (lemma, pos, event type), in file order, except that catch-all
    rules (CATCH_ALL_TESTS) go after the specific rules of their key: a rule appended for one use of a word ("spoke
    *highly of* X") wins over an earlier catch-all of the same key ("speaking out about anything else"); validated."""
    out: dict[tuple[str, str, str], list[Rule]] = {}
    classes = word_classes()
    for line, row in enumerate(_read("rules.csv"), start=2):
        rule = Rule(row["lemma"].lower(), row["pos"].upper(), row["event_type"], row["test"],
                    tuple(w for w in row["words"].lower().split("|") if w), row["class"], row["to_type"],
                    row["mode"], row["cameo"], row["note"], f"senses/rules.csv:{line}")
        if rule.test not in TESTS:
            raise ValueError(f"{rule.source}: unknown test {rule.test!r}")
        if rule.word_class and rule.word_class not in classes:
            raise ValueError(f"{rule.source}: unknown word class {rule.word_class!r}")
        if rule.to_type not in (*EVENT_TYPES, lexicon.NOT_AN_EVENT):
            raise ValueError(f"{rule.source}: unknown event type {rule.to_type!r}")
        if rule.to_type != lexicon.NOT_AN_EVENT:
            cameo.lookup(rule.cameo)
        if rule.mode and rule.mode not in lexicon.modes().get(rule.to_type, ()):
            raise ValueError(f"{rule.source}: {rule.mode!r} is not a PLOVER mode of {rule.to_type}")
        out.setdefault((rule.lemma, rule.pos, rule.event_type), []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: r.test in CATCH_ALL_TESTS)) for k, v in out.items()}


def in_class(token: Token, name: str) -> bool:
    """True when the token (its lemma or form, or with its compound modifier) is a word of class `name`."""
    words = word_classes()[name]
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    if NAMED in words and (token.ent_type_ in NAMED_ENTS or token.pos_ == "PROPN"):
        return True
    if PLACE in words and token.ent_type_ in PLACE_ENTS:
        return True
    if PERSON in words and token.ent_type_ == "PERSON":
        return True
    left = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
    if left and f"{left[0].lower_} {token.lower_}" in words:
        return True
    # "build-up", "asylum-seekers": a hyphenated word the parser split into a compound, a hyphen and a head
    return token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].head == token \
        and f"{token.doc[token.i - 2].lower_}-{token.lower_}" in words


def choose(token: Token, entry: lexicon.Entry) -> lexicon.Entry:
    """The sense of a matched entry given the trigger's arguments (the entry itself when no rule applies)."""
    for rule in rules().get((entry.lemma, entry.pos, entry.event_type), ()):
        if not _holds(rule, token, entry):
            continue
        if (rule.to_type, rule.mode, rule.cameo) == (entry.event_type, entry.mode, entry.cameo):
            return entry
        return replace(entry, event_type=rule.to_type, mode=rule.mode, cameo=rule.cameo,
                       note=f"{entry.note}; {rule.note}", source=f"{entry.source}; sense {rule.source}: {rule.note}")
    return entry


def _holds(rule: Rule, token: Token, entry: lexicon.Entry) -> bool:
    cls = rule.word_class
    if rule.test == "always":
        return True
    if rule.test == "attributive":
        # "*allied* militias": a participle used as an adjective names a side, it reports no act
        return token.dep_ == "amod"
    complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    if rule.test == "own_future":
        # "warned (that) it would retaliate", "warned they will wipe out critics": the actor's own future act
        # "warned that Greece would respond" (said by a Greek minister); "warned that it could veto": the actor's
        # own possible act (not "it could take years"); a third party's act ("the storm would hit") is none
        speakers = _subjects(token)
        return any(any(a.dep_ == "aux" and (a.lower_ in FUTURE_AUX or a.lower_ in POSSIBLE_AUX
                                            and not in_class(c, "not_an_act")) for a in c.children)
                   and any(s.dep_ in ("nsubj", "nsubjpass") and own_side.of_speaker(s, speakers) for s in c.children)
                   and (not cls or in_class(c, cls)) for c in complements)
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
    if rule.test == "actor":
        # "teachers", "striking *teachers*' union", "thousands *of teachers*"
        return any(in_class(a, cls) or any(c.dep_ == "compound" and in_class(c, cls) for c in a.children)
                   or any(in_class(o, cls) for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj")
                   for a in _agents(token))
    if rule.test == "governed":
        # "put its troops *on* high alert": the noun is the object of a preposition of a verb of the class
        # "called for the impeachment of X *and the resignation* of Y": a conjunct is governed as its first one is
        noun = token
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in rule.words and prep.head.pos_ == "VERB" \
            and (not cls or in_class(prep.head, cls))
    if rule.test == "prep":
        # the parser often hangs a verb's phrase on its object: "warned [Syria *of* reprisals]"
        heads = [token, *(c for c in token.children if c.dep_ == "dobj")] if token.pos_ == "VERB" else [token]
        # "pulled [out [of the talks]]": the phrase hangs on a particle the parser took for a preposition
        heads += [c for c in token.children if token.pos_ == "VERB" and c.dep_ in ("prt", "prep", "advmod")
                  and c.lower_ in PARTICLE_HEADS and not any(o.dep_ == "pobj" for o in c.children)]
        objs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in rule.words
                for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in TIME_ENTS]
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
        # "vowed *to exterminate* them": the action a verb of commitment commits to
        # "helped *police track down* X": a bare infinitive with its own subject, parsed as a clause
        acts = [c for c in token.children if c.dep_ == "xcomp" or c.dep_ == "ccomp" and c.tag_ == "VB"
                and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)]
        return any(in_class(a, cls) for c in acts for a in (c, *c.conjuncts))
    if rule.test == "clause":
        # "a call *to act*"; with a class, the to-clause's verb must be of it ("declined *to comment*")
        return any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and (not cls or in_class(c, cls)) for c in token.children)
    if rule.test == "clause_object":
        # "warned Y (that) it *could face retaliation*": a possible future penalty named as the clause's object
        return any(any(a.dep_ == "aux" and a.lower_ in POSSIBLE_AUX for a in c.children)
                   and any(o.dep_ == "dobj" and in_class(o, cls) for o in c.children)
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
        return any(not cls or in_class(w, cls) for c in options for o in verb_objects(c) for w in o.subtree)
    if rule.test == "judged":
        # "called the decision *unjustified*", "called the release *a constructive step*", "described the junta *as
        # illegitimate*": the name a verb of naming gives its object, with a word of the class in it
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


def _continued(verb: Token) -> list[Token]:
    """What a verb of going on continues: its to-clause or gerund ("continue *to fight*", "keep *fighting*"), its
    object ("continue *the strikes*") or the object of its "with"/"on" phrase ("press on *with the offensive*")."""
    out = [c for c in verb.children if c.dep_ in ("xcomp", "dobj") or c.dep_ == "ccomp" and c.tag_ in ("VB", "VBG")]
    out += [o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ in ("with", "on", "up")
            for o in p.children if o.dep_ in ("pobj", "pcomp")]
    out += [o for p in verb.children if p.dep_ == "prt" and p.lower_ in ("on", "up")
            for q in verb.children if q.dep_ == "prep" and q.lower_ == "with" for o in q.children if o.dep_ == "pobj"]
    return [w for c in out for w in (c, *c.conjuncts)]


RELATIVE_TAGS = ("WDT", "WP")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def relative_object(token: Token) -> list[Token]:
    """The noun a relative clause describes when it is the clause verb's object: "parts *that* Turkey had seized"
    (an object relative pronoun), "the territory it seized" (no pronoun; a subject of its own, no object and no
    stranded preposition: "the town it withdrew *from*" is no object of "withdrew")."""
    noun = token.head
    if token.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    children = list(token.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in children):
        return [noun]
    if any(c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp", "xcomp") for c in children):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj"]
    stranded = any(c.dep_ in ("prep", "prt") and not any(o.dep_ in ("pobj", "pcomp") for o in c.children)
                   for c in children)
    if subjects and all(s.tag_ not in RELATIVE_TAGS for s in subjects) and not stranded \
            and not any(c.tag_ in ("WRB",) or c.lower_ in ("where", "when", "why") for c in children):
        return [noun]
    return []


def verb_objects(token: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, or the noun a reduced participle with a by-agent
    modifies ("hostages *held by X*", "a video *released by X*", "fighters *being held by X*")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "agent" for c in token.children) \
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") or c.dep_ == "auxpass" and c.lower_ != "being"
                        for c in token.children):
        objects.append(token.head)
    return objects


def _agents(token: Token) -> list[Token]:
    """Who does what a trigger names: a verb's subject; a noun's possessor, compound, by-phrase or the
    subject of the verb it is an argument of ("workers went *on strike*")."""
    if token.pos_ == "VERB":
        node = token.head if token.dep_ in ("conj", "xcomp") and not _subjects(token) else token
        subjects = _subjects(node)
        if not subjects and token.dep_ == "xcomp" and node is not token:
            # "workers are expected to *strike*", "troops were ordered to *attack*": the passive's subject does it
            subjects = [c for s in node.children if s.dep_ == "nsubjpass" for c in (s, *s.conjuncts)]
        if not subjects and token.dep_ == "xcomp" and node.dep_ == "acomp":
            subjects = _subjects(node.head)  # "workers were *prepared* to strike": the copula's subject
        # "workers *who* struck": a relative pronoun stands for the noun its clause describes
        subjects = [_antecedent(s) for s in subjects]
        # a passive's doer is its by-agent: "were *pushed out by the army*"
        doers = [o for p in token.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        return subjects + [c for d in doers for c in (d, *d.conjuncts)]
    out = [c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i]
    out += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if token.dep_ == "nsubjpass":  # "the evacuation was carried out *by volunteers*": the passive's by-agent
        out += [o for p in token.head.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    verb = token.head
    if token.dep_ == "pobj":
        verb = token.head.head
    if token.dep_ in ("dobj", "attr", "pobj") and verb.pos_ in ("VERB", "AUX"):
        out += _subjects(verb)
    return out


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for ("workers *who* struck"), else the subject itself."""
    clause = subject.head
    if subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return subject


def _subjects(verb: Token) -> list[Token]:
    return [c for s in verb.children if s.dep_ == "nsubj" for c in (s, *s.conjuncts)]


# Types whose coordinated subjects act with each other by the nature of the act ("X and Y met / agreed").
MUTUAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")
RECIPROCAL_PRONOUNS = ("each other", "one another")
# Objects of a light verb that name a bond between the parties themselves: "China and Russia *restored ties*",
# "the two countries cut *relations*" act on each other.
MUTUAL_OBJECTS = ("ties", "tie", "relation", "relations")


def mutual(token: Token, entry: lexicon.Entry) -> bool:
    """True when the coordinated subjects of a verb trigger act on each other.

    "China and Russia *agreed*", "the two sides *clashed*", "X and Y *fought* each other" are mutual;
    "Russia, Iran and Syrian troops *mounted* an offensive" and "rebels and Turkish-backed groups *fought
    alongside* each other" are parties acting together on a third party (or on nobody named).
    """
    if entry.event_type in MUTUAL_TYPES or entry.object in MUTUAL_OBJECTS:  # "met", "agreed", "restored ties"
        return True
    doc = token.doc
    # "have invested in *each other* after backing different sides": a reciprocal pronoun of another verb is not
    # the trigger's; only the words of the trigger's own phrase count
    own = {t.i for t in token.subtree}
    after = " ".join(t.lower_ for t in doc[token.i + 1:min(len(doc), token.i + 8)] if t.i in own)
    before = " ".join(t.lower_ for t in doc[max(0, token.i - 3):token.i] if t.i in own)
    joint = word_classes()["jointly"]
    if any(w in joint for w in (t.lower_ for t in token.subtree)) and not in_class(token, "reciprocal"):
        return False
    if any(p in after for p in RECIPROCAL_PRONOUNS) or any(p in before for p in RECIPROCAL_PRONOUNS):
        return True
    return in_class(token, "reciprocal")


JUDGEMENT_DEPS = ("oprd", "ccomp", "xcomp", "acomp")


def judgement_words(verb: Token) -> list[Token]:
    """The words of what a verb of naming calls its object: an object predicate ("called X *a crime*"), an
    as-phrase ("described X *as reckless*"), or words the parser hung on the object's right ("called the decision
    *completely unjustified*"). Empty when the verb has no object (active or passive)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return _small_clause_words(verb)
    # "held Iran *accountable* for X": the parser may hang the predicate adjective on the verb as a clause
    out = [w for c in verb.children if c.dep_ in JUDGEMENT_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
           or (c.dep_ == "advcl" and c.pos_ == "ADJ") for w in c.subtree]
    out += [w for o in objects if o.dep_ == "dobj" for w in o.subtree if w.i > o.i]
    return out


def _small_clause_words(verb: Token) -> list[Token]:
    """"found [the minister *guilty*]", "declared [two diplomats *persona non grata*]": the parser often reads an
    object and its predicate as a verbless clause with the object as its subject; its predicate's words (not the
    subject's) are what the verb calls the object. A clause with an auxiliary or "that" is a finite clause."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.tag_ in FINITE_TAGS \
                or any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children) \
                or not any(a.dep_ == "nsubj" for a in c.children):
            continue
        subject = {w.i for a in c.children if a.dep_ == "nsubj" for w in a.subtree}
        out += [w for w in c.subtree if w.i not in subject]
    return out


# Tags of a finite verb: its clause asserts something ("found the army *killed* them"), it names no predicate.
FINITE_TAGS = ("VBD", "VBZ")


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
