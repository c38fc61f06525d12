"""Arguments of verb and adjective triggers: actor (subject, passive agent, headline noun, stranded
subject) and recipient tiers (objects, prepositional objects, parties inside complements).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.syntax import (
    NOUN_RECIPIENT_PREPS, OBJECT_DEPS, RECIPIENT_PREPS, absolute_participle, agentive_participle, allied_phrases,
    by_agent, children_with, complex_preposition, conjuncts, event_agents, governing_verb, hands_of, is_passive,
    conjoined_reduced_passive, is_reduced_passive,
    joined_act, misparsed_main_verb, nominal_parties, own_means, passive_agents, phrase, prep_objects,
    shares_passive, subject_tokens, temporal_clause,
)
from dyads import nlp, own_side
from dyads.actors.tables import noun_classes
from dyads.events.blamed import blamed_parties
from dyads.events.convened_sides import convened_sides
from dyads.events.denied_claims import claim_author, denies_antecedent, relative_object
from dyads.events.own_acts import crowd_participle
from dyads.events.credited import credited_party, crediting_subjects
from dyads.events.predicates import object_predicates
from dyads.events.shared_target import addressee_of_message, conjoined_target
from dyads.events.sides import light_passive_sides
from dyads.events.triggers import is_object
from dyads.lexicon import Entry
from dyads.senses import QUANTITY_NOUNS, in_class

RELATIVE_PRONOUNS = ("that", "which", "who", "whom")
# Nouns of what a source says: the verb answering one ("denied reports by X") is aimed at the source.
REPORT_NOUNS = ("report", "claim", "allegation", "accusation", "charge", "suggestion", "assertion")
# Requests and accusations aim at the subject of their clausal complement ("demanded that X withdraw").
CLAUSE_TARGET_TYPES = ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE")
# Threats and promises of what the speaker's own side will do ("warned that *its forces* would respond", "pledged
# that *his government* would abide by its treaties with X"): that side carries the act out, it is not whom the
# speaker addresses.
OWN_SIDE_CLAUSE_TYPES = ("THREATEN", "AGREE")
# "deployed *troops* to X": the object is the actor's own means, the recipient is in a prepositional phrase.
INSTRUMENT_OBJECT_TYPES = ("MOBILIZE",)
# "extradited *two suspects* to X": the persons handed over are the means, the receiving state is the recipient.
INSTRUMENT_OBJECT_CAMEO = ("063",)
# "returned *three vessels* to X", "handed over *the suspects* to X": what is given back is the means when a "to"
# phrase names who gets it; with no such phrase the object (its owner) stays the recipient ("returned the
# prisoners").
HANDED_BACK_MODES = ("return",)
HEADLINE_SUBJECT_DEPS = ("dep", "compound", "npadvmod", "nmod", "appos")
# Participles that tie a party to its backer ("rebels backed by X"): the backer is not the party.
BACKING_LEMMAS = ("back", "support", "arm", "fund", "finance", "sponsor", "aid", "assist", "help", "supply", "equip",
                  "train", "advise", "cover")
# Acts of verbal support that a participle reports as done, not as a standing relation ("a decision *hailed by*
# X", "a plan *endorsed by* X"): CAMEO 051 (praise, welcome, hail) and these lemmas of CAMEO 050.
PRAISE_CAMEO = ("051",)
PRAISE_LEMMAS = ("endorse", "approve")
# Prefixes of warships' names that name their navy ("USS", "HMS": rows of data/actors/organizations.csv).
SHIP_PREFIXES = ("USS", "HMS")
# Verbs of talking about something: their object is the topic ("discussed *Syria*"), the partner stands in a
# "with" phrase or is a co-subject.
TOPIC_OBJECT_LEMMAS = ("discuss", "debate", "review", "examine")
# Prepositions by which such a verb names its topic, not its partner ("discussed co-operation *on* X").
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")
# "sounded a gloomy *note*", "struck an upbeat *tone*": nouns whose adjective is what the verb's subject says, and
# the prepositions naming what it is said about.
TONE_NOUNS = ("note", "tone", "picture", "outlook", "assessment", "view", "verdict", "message")
TONE_PREPS = ("about", "on", "over", "of", "for", "regarding")
# Prepositions of an actor phrase that name its foe, never its members ("the coalition *against* X").
OPPOSING_PREPS = ("against", "versus", "vs", "vs.")
# Acts of authorities read from a participle modifying their undergoer ("a soldier *arrested* in Turkey"); for
# other types such a participle is as often a description or a misattached phrase ("rebels *backed* by X").
REDUCED_PASSIVE_TYPES = ("COERCE", "ACCUSE", "SANCTION")
# Passives that state the subject's own stance: "X is opposed / committed to Y".
STATIVE_PASSIVES = ("oppose", "commit", "dedicate", "devote")
# Verbs of yielding ground, with the preposition naming who took it: "the town *fell to* X" is X's capture of the
# town, so the taker is the actor and the place (its state or holder) the recipient.
YIELDED_TO = (("fall", "to"),)
# Marks of a condition: a clause under one names what a threat or demand is aimed at ("*unless* X withdraws").
CONDITION_MARKS = ("if", "unless", "until")
# Prepositions naming the forum of a legal filing ("filed a case *at* / *before* the court").
FORUM_PREPS = ("at", "before")
# Prepositions that give where an act happened ("the attacks *in* Y").
LOCATING_PREPS = ("in", "at", "near", "inside", "across", "throughout")


# Prepositions of an accusation that name the offence ("charged *with* X", "accused *of* X", "arrested *for* X").
OFFENCE_PREPS = ("with", "of", "for")


def offence_phrase(comp: Token, entry: Entry) -> bool:
    """True for the phrase naming what an accusation charges ("charged *with being a member of Y*"): the parties
    in it are part of the offence, not the accused."""
    return entry.event_type == "ACCUSE" and comp.dep_ == "prep" and comp.lower_ in OFFENCE_PREPS


def locates_act(token: Token, trigger: Token) -> bool:
    """True for the place of an act named by a noun other than the trigger ("condemned the attacks *in Y*", "a
    probe into abuses *at Y*"): where that act happened, not who did it or whom the trigger aims at. (The place of
    the trigger's own act, "airstrikes *in Y*", is its recipient's and stays.)"""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in LOCATING_PREPS and prep.head.pos_ == "NOUN" \
        and prep.head.i != trigger.i and noun_classes().get(prep.head.lemma_.lower()) == "action"


def other_acts(comp: Token) -> set[int]:
    """Tokens of adverbial clauses with a subject of their own inside a complement ("vowed to disarm its allies *once
    the fight against X is over*", "asked Y to leave *after Z had attacked*"): another act, whose parties are not
    whom the trigger aims at. A condition ("*unless* X withdraws") names a threat's target and stays."""
    return {x.i for t in comp.subtree if t is not comp and t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there") for c in t.children)
            for x in t.subtree}


def forum_tokens(verb: Token) -> set[int]:
    """Tokens of the "at"/"before" phrase of a verb whose object is a legal filing ("filed a case *at the court*",
    "dropped its complaint *at the WTO*", word class `legal_filing`): the body where it is lodged is its forum, not
    whom it is aimed at."""
    if not any(in_class(o, "legal_filing") for o in children_with(verb, ("dobj",))):
        return set()
    return {x.i for p in verb.children if p.dep_ == "prep" and p.lower_ in FORUM_PREPS for x in p.subtree}


def _mistagged_name(verb: Token) -> list[Token]:
    """"*Vanuatu* extended recognition to X": a capitalised word opening the sentence right before a verb with no
    subject, which the tagger took for an adverb (a name it does not know), is the verb's subject."""
    first = nlp.sentence(verb)[0]
    if first.i + 1 == verb.i and first.head == verb and first.dep_ in ("advmod", "npadvmod") and first.is_title \
            and first.is_alpha and first.pos_ in ("ADV", "PROPN", "NOUN"):
        return [first]
    return []


def _stranded_subject(verb: Token) -> list[Token]:
    """"With the signing of a memorandum, *the government and the rebels* have agreed": a subject the parser
    attached to the fronted phrase, recognized as the noun phrase right before the verb and its auxiliaries."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return []
    first = min([verb, *(c for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod"))], key=lambda t: t.i)
    if first.i <= nlp.sentence_start(verb):
        return []
    node = verb.doc[first.i - 1]
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ not in ("conj", "pobj", "appos"):
        return []
    while node.dep_ == "conj" and node.head.i < node.i and node.head.pos_ in ("NOUN", "PROPN") \
            and not any(t.text in (",", ";", ":") for t in verb.doc[node.head.i + 1:node.i]):
        node = node.head
    if node.dep_ != "conj":
        return []
    group, stack = [], [node]  # the stranded phrase and the parties coordinated after it, not its host
    while stack:
        group.append(stack.pop())
        stack += [c for c in group[-1].children if c.dep_ == "conj"]
    return sorted(group, key=lambda t: t.i)


def _name_modifiers(noun: Token) -> list[Token]:
    """Name-like modifiers of a noun ("*Russian* support", "*UN* approval")."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
            and (c.pos_ == "PROPN" or c.text[:1].isupper())]


def _participle_undergoers(verb: Token) -> list[Token]:
    """Who underwent a participle with a by-agent: the subject the parser gave it or the first participle of its
    coordination ("forces, both of them trained and *equipped* by X")."""
    return children_with(verb, ("nsubj",)) or children_with(nlp.first_conjunct(verb), ("nsubj",))


def _describes_relation(verb: Token, entry: Entry) -> bool:
    """"rebels *backed by X*", "a town *defended by Y*": a participle of support named in passing describes a
    standing relation (optional in the gold, coding guide), not a reported act."""
    if entry.cameo in PRAISE_CAMEO or verb.lemma_.lower() in PRAISE_LEMMAS:
        return False  # "a decision *hailed by* X", "a delegation *endorsed by* X": a reported act of praise
    return entry.event_type == "SUPPORT" or verb.lemma_.lower() in BACKING_LEMMAS


def _gerund_undergoers(verb: Token) -> list[Token]:
    """Who underwent a gerund whose doer is named apart: its possessor ("*X's* killing at the hands of Y"), or for
    "whose", the noun its relative clause describes."""
    owners = children_with(verb, ("poss",))
    relcl = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    return [relcl.head if o.lower_ == "whose" and relcl is not None else o for o in owners]


def _message_authors(message: Token) -> list[Token]:
    """Who issued a message: its possessor or naming modifier ("*Mali's* statement", "a *government* statement"),
    its by-phrase, or the subject of the verb that issued it ("*Mali* issued a statement condemning X")."""
    owners = [c for c in message.children if c.i < message.i and (c.dep_ == "poss" or c.dep_ == "compound"
              and c.pos_ in ("NOUN", "PROPN") or c.dep_ in ("amod", "nmod") and c.text[:1].isupper())]
    owners += prep_objects(message, ("by",))
    verb = governing_verb(message)
    if not owners and verb is not None and message.dep_ == "dobj":
        owners = subject_tokens(verb)[0]
    return owners


def _purpose_of_message(verb: Token) -> bool:
    """True for the to-clause of a message noun ("a statement *to condemn* X", "a letter *to protest* Y") with no
    subject of its own."""
    return verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and in_class(verb.head, "message") and not children_with(verb, ("nsubj", "nsubjpass"))


def _participle_doers(verb: Token) -> tuple[list[Token], str] | None:
    """Who does what a present participle modifying a noun says: the author of a message ("a statement (Monday)
    *condemning* X"), or the noun itself when the clause is set off by a comma ("Russia, ..., *pulling out* its
    troops, blamed Y"); "rebels *fighting* X" without one describes them, it reports no act."""
    head = verb.head
    if verb.dep_ == "acl" and in_class(head, "message") and all(
            t.is_punct or t.pos_ == "ADV" or t.ent_type_ in ("DATE", "TIME") for t in verb.doc[head.i + 1:verb.i]):
        authors = _message_authors(head)
        return (authors, "author of the message the participle belongs to") if authors else None
    if verb.dep_ in ("acl", "advcl") and head.pos_ in ("NOUN", "PROPN") and verb.doc[verb.i - 1].text == "," \
            and not children_with(verb, ("nsubj", "nsubjpass")):
        return [_nearest_conjunct(verb)], "noun the participle modifies"
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in BACKING_LEMMAS \
            and not children_with(verb, ("nsubj", "nsubjpass")):
        # "the coalition *backing* the offensive": a clause reporting current support, done by the noun it modifies
        return [_nearest_conjunct(verb)], "noun the participle of support modifies"
    if crowd_participle(verb) and not children_with(verb, ("nsubj", "nsubjpass")):
        # "dispersed demonstrators *protesting* against the law": the crowd the participle modifies protests
        return [_nearest_conjunct(verb)], "crowd the participle of protest modifies"
    return None


def _nearest_conjunct(participle: Token) -> Token:
    """The noun a reduced participle modifies: "the army and rebels *backed by X*" hangs the participle on the first
    conjunct, but only the one right before it is sure to have undergone it."""
    before = [c for c in conjuncts(participle.head) if c.i < participle.i]
    return max(before, key=lambda t: t.i) if before else participle.head


def _national_forces(forces: list[Token]) -> list[Token]:
    """Forces whose own phrase names their side ("*Turkish* troops", "*Egypt's* warships"), not a ship's name."""
    def named(noun: Token) -> bool:
        return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE")
                   for c in noun.children)
    # "*thousands of* Turkish troops": a quantity's of-phrase names the forces
    return [f for f in forces if named(f) or (f.lemma_.lower() in QUANTITY_NOUNS or f.like_num)
            and any(named(o) for o in prep_objects(f, ("of",)))] or _navy_ships(forces)


def _navy_ships(forces: list[Token]) -> list[Token]:
    """"*USS* Donald Cook was deployed", "the destroyer *HMS* Defender was sent": a warship named with its navy's
    prefix (SHIP_PREFIXES, actor table rows) belongs to that navy's state."""
    return [s for f in forces for s in (f, *(a for a in f.children if a.dep_ == "appos"))
            if any(c.dep_ == "compound" and c.text in SHIP_PREFIXES for c in s.children)][:1]


def _unnamed_state_forces(forces: list[Token]) -> list[Token]:
    """"*the military* was deployed", "*troops* have been sent": a state's forces named with no side (word class
    `state_force`, no noun modifier such as "rebel") were moved by their own state, which the resolver finds from
    the story when the phrase does not name it."""
    return [f for f in forces if in_class(f, "state_force")
            and not any(c.dep_ in ("compound", "nmod", "poss") and not _kind_of_state_force(c) for c in f.children)]


# Acts done together with a partner: joining a party in one of them ("joined Japan in signing a memorandum")
# makes the joined party the counterpart.
JOINT_TYPES = ("AGREE", "CONSULT", "COOPERATE")
JOINT_CAMEO = ("057",)


def _kind_of_state_force(modifier: Token) -> bool:
    """"*riot* police", "*security* forces", "*army* troops": a noun modifier that names a kind of a state's forces
    (word class `state_force_kind`, or itself a state force) leaves them a state's; "*rebel* forces", "*Hamas*
    fighters" or "*militia* troops" name another side."""
    return modifier.dep_ == "compound" and (in_class(modifier, "state_force_kind") or in_class(modifier, "state_force"))


def verb_arguments(verb: Token, entry: Entry) -> tuple[list[Token], list[list[Token]], str]:
    if (verb.lemma_.lower(), entry.particle) in YIELDED_TO:
        takers = prep_objects(verb, (entry.particle,))
        return takers, [children_with(verb, ("nsubj",)), [], []], f"object of '{entry.particle}' (what fell to it)"
    actors, how = subject_tokens(verb)
    if _purpose_of_message(verb) and (authors := _message_authors(verb.head)):
        # "X issued a statement *to express* its outrage": the message's author does what it is issued to do
        actors, how = authors, "author of the message the clause belongs to"
    direct: list[Token] = []
    if absolute_participle(verb):
        if entry.event_type in INSTRUMENT_OBJECT_TYPES:
            # "with its troops deployed along the border": forces moved are their own side's
            actors, how = children_with(verb, ("nsubj",)), "forces moved (absolute participle)"
        else:
            # "with 43 people killed", "with the town captured by X": the subject underwent it
            direct = children_with(verb, ("nsubj",))
    if verb.tag_ == "VBG" and (credited := credited_party(verb)) is not None:
        # "thanked *Qatar* for hosting the talks": the party credited with the act did it
        actors, how = [credited], "party credited with the act ('thanked X for hosting')"
        direct = crediting_subjects(verb)  # the one who thanks the host was among the sides it hosted
    if verb.tag_ == "VBG" and (doers := hands_of(verb)):
        # "whose *killing* at the hands of X": a gerund's doer, not the noun it belongs to
        actors, how = doers, "'at the hands of' phrase"
        direct = _gerund_undergoers(verb)
    if not actors and not is_passive(verb):
        # headlines: "Kenya, Ethiopia sign deal" often parse without a subject
        actors = [c for c in verb.lefts if c.pos_ in ("PROPN", "NOUN") and c.dep_ in HEADLINE_SUBJECT_DEPS] \
            or _mistagged_name(verb)
        how = "noun before the verb (headline)" if actors else ""
    if not actors and verb.tag_ == "VBG":
        actors, how = _participle_doers(verb) or (actors, how)
    if not actors and not is_passive(verb):
        actors = _stranded_subject(verb)
        how = "noun phrase just before the verb (parsed into a fronted phrase)" if actors else how
    if is_passive(verb) and verb.lemma_.lower() in STATIVE_PASSIVES and not prep_objects(verb, ("by",)):
        # "X is opposed to Y": a state of X, not something done to X
        actors, how = children_with(verb, ("nsubjpass",)), "subject of stative passive"
    elif is_passive(verb):
        direct = children_with(verb.head if shares_passive(verb) else verb, ("nsubjpass",))
        if not direct and agentive_participle(verb):
            direct = _participle_undergoers(verb)
        if not direct and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            direct = [_nearest_conjunct(verb)]  # "fighters *being held* by X": the noun the clause modifies
        if not direct and temporal_clause(verb):
            # "X was beaten before *being taken* into custody by Y": the main clause's subject underwent it
            direct = children_with(verb.head.head, ("nsubjpass", "nsubj"))
        actors, how = passive_agents(verb)
        if not actors and (sides := light_passive_sides(verb, entry)):
            # "talks between X and Y were held", "talks were held in Doha between X and Y": the sides of the act the
            # light verb tells did it
            actors, how = sides, "sides of the passive light verb's act ('between')"
        if (entry.cameo in INSTRUMENT_OBJECT_CAMEO or entry.mode in HANDED_BACK_MODES) and prep_objects(verb, ("to",)):
            # "X was handed over *to* Y by Z", "the suspects were extradited to Y": who is handed over is the means
            # of the act, as its object is in the active; whom they are handed to is the recipient
            direct = []
        if not actors and entry.event_type in INSTRUMENT_OBJECT_TYPES \
                and (own := _national_forces(direct) or _unnamed_state_forces(direct)):
            # "Turkish troops were deployed to the border": forces of a named side moved with no mover named were
            # moved by their own side (a deployment's object is its means, never its target)
            actors, direct, how = own, [], "forces moved (passive, no agent): their own side moved them"
    elif is_reduced_passive(verb) and (entry.event_type in REDUCED_PASSIVE_TYPES or by_agent(verb)
                                       and not _describes_relation(verb, entry)):
        # "a soldier arrested in Turkey", "hospitals targeted by X": the noun the participle modifies underwent
        # it, the by-phrase (or, for acts of authorities, the authorities where it happened) did it
        direct = [_nearest_conjunct(verb)]
        actors, how = passive_agents(verb)
    elif (site := conjoined_reduced_passive(verb)) is not None and by_agent(verb):
        # "the talks, held in Z *and mediated by* X": a participle conjoined to a reduced passive says its doer in
        # its own by-phrase, and the noun both modify underwent it
        direct = [_nearest_conjunct(site)]
        actors, how = passive_agents(verb)
    if entry.event_type == "CONSULT" and (sides := convened_sides(verb)):
        # "A and B signed a truce after talks *mediated by* C": the mediator acts on the sides, not on the talks
        direct = [t for t in direct if t.i != verb.head.i] + sides
    topic = entry.event_type == "CONSULT" and verb.lemma_.lower() in TOPIC_OBJECT_LEMMAS
    handed_to = entry.mode in HANDED_BACK_MODES and bool(prep_objects(verb, ("to",)))
    if entry.event_type not in INSTRUMENT_OBJECT_TYPES and entry.cameo not in INSTRUMENT_OBJECT_CAMEO and not topic \
            and not handed_to:
        direct += [o for o in children_with(verb, OBJECT_DEPS) if not is_object(o, entry)]
    # "denied *reports by the BBC* that ...", "dismissed claims by X": the source of the report answered
    direct += [s for o in children_with(verb, ("dobj",)) if o.lemma_.lower() in REPORT_NOUNS
               for s in prep_objects(o, ("by",))]
    if verb.dep_ == "relcl" and any(t.lower_ in RELATIVE_PRONOUNS and t.dep_ in ("dobj", "nsubjpass")
                                    for t in verb.children):
        antecedent = verb.head
        if denies_antecedent(verb):
            # "accuses X of Y, *which X denies*": the denial answers the claim's author, not the claim's parties
            direct = [*claim_author(verb), *(d for d in direct if not relative_object(d, verb))]
        else:
            direct = [antecedent, *([antecedent.head] if antecedent.dep_ == "appos" else []), *direct]
    if (blamed := blamed_parties(verb, direct)) is not None:
        direct = blamed  # "blamed the death *on* gunmen": the party blamed, not the harm
    speakers_side = speakers_own_side(verb, entry, actors)
    if entry.event_type in CLAUSE_TARGET_TYPES:
        for comp in children_with(verb, ("ccomp",)):
            direct += [s for s in children_with(comp, ("nsubj", "nsubjpass")) if s not in speakers_side]
    allies = allied_phrases(verb) | forum_tokens(verb)
    preps = [p for p in prep_objects(verb, RECIPIENT_PREPS) if p.i not in allies]
    # "wrote to *X*, requesting assistance": what a participle says goes to whom its message is sent
    preps += [a for a in addressee_of_message(verb, entry.event_type) if a not in preps]
    if topic:
        # "discussed progress *on the development of X's jet*": what a discussion is about is no party to it
        preps = [p for p in preps if p.head.lower_ not in TOPIC_PREPS]
        # "discussed developments in X *with Y*": the partner's phrase parsed onto the topic
        preps += [p for o in children_with(verb, ("dobj",)) for p in prep_objects(o, ("with",))]
    for obj in children_with(verb, ("dobj", "nsubjpass")):
        if is_object(obj, entry):
            # "investigated abuses by X in Y": with its doers named, the act's "in"/"at" phrase is only a place
            agents = event_agents(obj)
            if entry.event_type == "REQUEST" and (givers := agents + _name_modifiers(obj)):
                # "sought *Russian* support against X": who would give what is asked for is asked, not X
                direct += givers
                continue
            preps += agents + [o for o in prep_objects(obj, NOUN_RECIPIENT_PREPS)
                               if not agents or o.head.lower_ not in ("in", "at")]
    if joined_act(verb) and not direct and not preps and (entry.event_type in JOINT_TYPES
                                                          or entry.cameo in JOINT_CAMEO):
        # "X will join *Y* in signing a memorandum": an act done together is done with the party joined, not among
        # the joiners alone
        direct += children_with(verb.head.head, ("dobj",))
    # "withdrew *its* troops from X": an object the actor owns is its means; X is the recipient
    own = [o for o in direct if own_means(o)]
    direct = [o for o in direct if o not in own]
    exclude = {t.i for a in actors for t in a.subtree} | {t.i for t in direct + preps + own} | allies \
        | {t.i for s in speakers_side for t in s.subtree}
    nested: list[Token] = list(own)
    for comp in children_with(verb, ("xcomp", "ccomp", "dobj", "prep", "advcl", "oprd")):
        if comp.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            continue
        if topic and (comp.dep_ == "dobj" or comp.dep_ == "prep" and comp.lower_ in TOPIC_PREPS):
            continue
        if offence_phrase(comp, entry) and direct:
            continue  # "X was charged *with being a member of Y*": X, named, is accused; Y is in the offence
        if comp.dep_ == "prep" and any(complex_preposition(comp, o) for o in children_with(comp, ("pobj",))):
            continue  # "collapsed *in the face of X's advance*", "*on the orders of X*": X is not acted on
        head = [comp] if comp.dep_ == "dobj" and comp.i not in exclude else []
        nested += head + [t for t in nominal_parties(comp, exclude=exclude | other_acts(comp))
                          if not locates_act(t, verb)]
    # "accused *X* of ... and warned of retaliation": the addressee the coordinated hostile verb named first (last:
    # any party the verb's own phrases name comes before it)
    nested += [t for t in conjoined_target(verb, entry.event_type) if t.i not in exclude]
    # "called the deal *a violation of Y's sovereignty*": what the object is said to be names no party acted on
    described = object_predicates(verb)
    direct, preps, nested = ([t for t in tier if t.i not in described] for tier in (direct, preps, nested))
    return actors, [direct, preps, nested], how


def speakers_own_side(verb: Token, entry: Entry, actors: list[Token]) -> list[Token]:
    """The subjects of a threat's or promise's clause that are the speaker's own side, and the means of a threatened
    act: "warned that *Greek forces* would respond *with great force*", "pledged that *his government* would abide by
    its treaties with X". They are not whom it threatens or promises, as a direct target nor as the clause's last
    resort (`clause_fallback`)."""
    out: list[Token] = []
    if entry.event_type not in CLAUSE_TARGET_TYPES or entry.event_type not in OWN_SIDE_CLAUSE_TYPES:
        return out
    for comp in children_with(verb, ("ccomp",)):
        own_subjects = [s for s in children_with(comp, ("nsubj", "nsubjpass")) if own_side.of_speaker(s, actors)]
        # "... would respond *with great force*": the means of the threatened act is no target either
        out += own_subjects + ([o for o in prep_objects(comp, ("with",))]
                               if own_subjects and entry.event_type == "THREATEN" else [])
    return out


def topic_tokens(verb: Token, entry: Entry) -> set[int]:
    """Tokens of the phrases naming what a meeting verb is about ("discussed co-operation *on the development of X's
    jet*", "talked *about the crisis in Y*"): no party to the meeting, nor a last-resort recipient."""
    if entry.event_type != "CONSULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in TOPIC_OBJECT_LEMMAS:
        return set()
    heads = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
    heads += [p for o in children_with(verb, ("dobj",)) for p in o.children if p.dep_ == "prep"
              and p.lower_ in TOPIC_PREPS]
    topic = {t.i for h in heads for t in h.subtree}
    # the object itself is the topic ("discussed *the rise of X*", "to discuss *a surge in migrant boats*"), but for
    # the partner's phrase parsed onto it ("discussed developments in X *with Y*")
    for obj in children_with(verb, ("dobj",)):
        partners = {t.i for p in obj.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree}
        topic |= {t.i for t in obj.subtree} - partners
    return topic


def inner_parties(actors: list[Token]) -> list[Token]:
    """Parties named inside an unresolved actor phrase: its apposition ("the rebel group, *X*, ...") or its
    modifiers ("workers affiliated with *X*", "students at *X*")."""
    out = []
    for actor in actors:
        own = {t.i for t in phrase(actor)}
        for child in actor.children:
            if child.dep_ == "appos":
                out.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in BACKING_LEMMAS:
                continue  # "militias backed by *Turkey*": the backer does not do what the militias do
            elif child.dep_ == "acl" and misparsed_main_verb(child) is not None:
                continue  # "negotiators negotiated with *X*": the main verb's partner, not the actor's modifier
            elif child.dep_ == "prep" and child.lower_ in OPPOSING_PREPS:
                continue  # "the coalition against *Isis*": the foe does not do what the coalition does
            elif child.dep_ in ("prep", "acl") and child.i not in own:
                out += [t for t in child.subtree if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN")
                        and not any(a.dep_ in ("relcl", "advcl") for a in t.ancestors if a.i in
                                    {x.i for x in child.subtree})]
    return out


def adj_arguments(adj: Token) -> tuple[list[Token], list[list[Token]], str]:
    if adj.dep_ == "amod" and adj.head.dep_ == "dobj" and adj.head.lemma_.lower() in TONE_NOUNS:
        return _tone_arguments(adj.head)
    actors, _ = subject_tokens(adj.head) if adj.dep_ in ("acomp", "amod") else ([], "")
    direct: list[Token] = []
    nested: list[Token] = []
    for xcomp in children_with(adj, ("xcomp", "prep")):
        direct += prep_objects(xcomp, ("with", "to", "against")) + children_with(xcomp, ("dobj", "pobj"))
        nested += nominal_parties(xcomp, exclude={t.i for t in direct})
    return actors, [direct, nested], "subject of copula"


def _tone_arguments(noun: Token) -> tuple[list[Token], list[list[Token]], str]:
    """"X sounded a *gloomy* note about Y", "struck an *upbeat* tone on Y": the adjective of a tone noun is the
    comment of the subject of the verb the noun is the object of, about the party of the noun's or verb's phrase."""
    verb = noun.head
    actors, _ = subject_tokens(verb)
    direct: list[Token] = []
    nested: list[Token] = []
    for prep in children_with(noun, ("prep",)) + children_with(verb, ("prep",)):
        if prep.lower_ in TONE_PREPS:
            direct += children_with(prep, ("pobj",))
            nested += nominal_parties(prep, exclude={t.i for t in direct})
    return actors, [direct, nested], "subject of the verb of its tone noun"
