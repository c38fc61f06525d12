"""Arguments of nominal triggers: actor tiers from the noun's own modifiers, its by- or between-phrase
and the subject of its governing verb; recipients from its prepositional phrases.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.from_source import source_doers
from dyads.events.parties import LEADING_LEMMAS
from dyads.events.shared_target import conjoined_target
from dyads.events.syntax import (
    NOUN_RECIPIENT_PREPS, RECIPIENT_PREPS, TIME_PREPS, children_with, governing_verb, hands_of, is_passive,
    own_means, party_like, prep_objects, subject_tokens,
)
from dyads import lexicon, status
from dyads.clauses import resisted
from dyads.actors.tables import agent_nouns
from dyads.actors.vocab import NON_ATTRIBUTIVE_ROLES
from dyads.lexicon import Entry
from dyads.senses import answering_word, word_classes

# Verbs whose subject undergoes the nominal after "under": "came *under* attack", "remained under fire".
UNDERGOING_VERBS = ("come", "fall", "remain", "stay", "be")
# Acts whose noun names a state its undergoer is *in* ("remained *in* detention", "is *in* custody"): the subject of
# the verb of staying is held, not holding.
CONFINING_TYPES = ("COERCE",)
# Prepositions through which a verb of suffering names what befell its subject ("died *in* an airstrike").
SUFFERED_PREPS = ("in", "during", "from", "after", "amid", "by")
MEDIATE_CAMEO = "045"
# Relative pronouns: a relative clause whose subject is one of them says what the noun itself did.
RELATIVE_WORDS = ("that", "which", "who", "whom", "whose", "what")
# Prepositions by which a conducting participle names the act's target ("sanctions imposed by X *on* Y").
PARTICIPLE_TARGET_PREPS = ("on", "against", "upon", "to", "into")
# Prepositions naming the target of an act beside its doer's of-phrase ("the campaign of X *against* Y").
TARGET_PREPS = ("against", "on", "upon")
NOT_PARTY_ENTITIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")
# Prepositions through which a nominal only dates or explains its governing verb's act ("fled to X *after* the
# invasion"): that verb's other phrases are not the nominal's.
ADJUNCT_PREPS = ("after", "before", "since", "following", "during", "amid", "despite", "until", "because")
# Hyphens joining a convenor's name to its participle ("UN-sponsored talks").
HYPHENS = ("-", "\u2013", "\u2011")
# Named modifiers of a convened meeting that say where it is held ("the *Geneva* talks"), not who takes part.
PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def noun_arguments(noun: Token, entry: Entry) -> tuple[list[list[Token]], list[list[Token]], str]:
    """Actor tiers (own modifiers, between/by-phrase, governing verb's subject) and recipients of a nominal."""
    tiers: list[list[Token]] = []
    if doers := hands_of(noun):
        # "his killing *at the hands of* X": X did it, the possessor or of-phrase underwent it
        return [doers], [children_with(noun, ("poss",)) + prep_objects(noun, ("of",))], "'at the hands of' phrase"
    modifiers = [t for t in noun.children if t.i < noun.i and t.dep_ in ("poss", "compound", "amod", "nmod")
                 and any(w.pos_ in ("PROPN", "PRON") or w.text[:1].isupper() for w in t.subtree)
                 and not _plain_adjective(t)]
    modifiers = modifiers or _acting_bodies(noun)
    if convenors := sponsors(noun, entry):
        # "UN-sponsored Syrian talks": the sponsor acts toward the sides, named by the other name modifiers or the
        # noun's own between- or with-phrase ("talks *between X and Y*"), never by where they meet or whoever else
        # the clause names
        held = {t.i for c in convenors for t in c.ancestors if t.i < noun.i} | {c.i for c in convenors}
        sides = [m for m in modifiers if not {t.i for t in m.subtree} & held and m.tag_ != "VBN"
                 and m.ent_type_ not in PLACE_ENTITIES]
        sides += [s for s in prep_objects(noun, ("between", "among", "with")) if s not in sides]
        return [convenors], [sides], "sponsor of the meeting"
    tiers.append(modifiers)
    between = prep_objects(noun, ("between", "among"))
    if between and entry.cameo == MEDIATE_CAMEO:
        # "X's mediation between A and B": A and B are the recipients, the mediator acts
        verb = governing_verb(noun)
        subject = subject_tokens(verb)[0] if verb is not None else []
        return [modifiers, prep_objects(noun, ("by",)), subject], [between], "mediator (modifier, by-phrase, subject)"
    if between and not modifiers:
        return [between], [[]], "between"
    doers, aimed_at = _relative_doers(noun)
    # "the withdrawal *of French troops* from Mali": some act nouns name their doer in the of-phrase
    of_doers = prep_objects(noun, ("of",)) if noun.lemma_.lower() in agent_nouns() else []
    # "the campaign *of the coalition* against X": a doer, but the last resort ("Y led the campaign of ..." is Y's)
    beside = [] if of_doers else _doers_beside_target(noun)
    # "support *from Washington*", "objections *from Moscow*": the from-phrase names who does the act
    sources = source_doers(noun, entry)
    tiers.append(prep_objects(noun, ("by",)) + participle_agents(noun, entry) + doers + of_doers + sources)
    recipients = [r for r in prep_objects(noun, NOUN_RECIPIENT_PREPS) if r not in of_doers + beside + sources] \
        + aimed_at + participle_targets(noun, entry)
    # "the withdrawal of troops *from X*": the moved or affected party's phrase names the recipient
    recipients += [r for obj in prep_objects(noun, ("of",)) for r in prep_objects(obj, NOUN_RECIPIENT_PREPS)
                   if r.i not in {t.i for t in recipients}]
    recipients = [r for r in recipients if not own_means(r)]
    verb = governing(noun)
    how = "possessor/modifier, by-phrase"
    if verb is not None and noun.dep_ == "pobj" and (noun.head.lower_ == "under" or noun.head.lower_ == "in"
                                                      and entry.event_type in CONFINING_TYPES) \
            and verb.lemma_.lower() in UNDERGOING_VERBS and not is_passive(verb) and children_with(verb, ("nsubj",)):
        # "X came *under* attack (from Y)": X undergoes it; the attacker is the named source or unknown
        sources = prep_objects(noun, ("from", "by")) + prep_objects(verb, ("from", "by"))
        undergoer = subject_tokens(verb)[0]
        return [modifiers, sources], [undergoer], how + f", from-phrase; subject of '{verb.text} under' undergoes it"
    if verb is not None and _suffered(noun, verb):
        # "civilians died in an airstrike", "were killed in a raid": the subject is the victim, not the actor
        victims = subject_tokens(verb)[0]
        recipients = victims + [r for r in recipients if r not in victims]
        if not is_passive(verb):
            # "died in the siege of X *by Y*": a by-phrase after the nominal, hung on the intransitive verb
            tiers[1] += [a for a in prep_objects(verb, ("by",)) if a.i > noun.i]
        return [*tiers, [], beside], [recipients], how + f"; subject of '{verb.text}' suffers it"
    if verb is not None and (answer := answering_word(noun)) is not None and answer.i == verb.i:
        # "Iran will respond to the Israeli strike", "retaliated for the raid": who answers an act did not do it; it
        # answers an act done to it, unless the act names its own target ("the strike *on Syria*")
        answerers = [] if is_passive(verb) else subject_tokens(verb)[0]
        return [*tiers, [], beside], [recipients or answerers], how + f"; subject of '{verb.text}' answers it"
    if verb is not None and resisted(noun, status.words()) and not is_passive(verb):
        # "the town repelled the Peruvian attack", "defend the town *from* Peruvian attack": who resists an act, or
        # whom it is defended for, is whom it is aimed at, never its doer
        defended = [o for o in children_with(verb, ("dobj",)) if o.i != noun.i]
        return [*tiers, [], beside], [recipients or defended or subject_tokens(verb)[0]], \
            how + f"; '{verb.text}' resists it"
    if verb is not None:
        subject, _ = subject_tokens(verb)
        undergoer = _passive_undergoer(noun, verb)
        if undergoer and noun.head.lower_ == "under":
            # "X was put *under* investigation": X undergoes it
            return [*tiers, [], beside], [undergoer], how + f", subject of passive '{verb.text}' undergoes it"
        if undergoer:
            # "X was engaged *in* fighting": X acts
            subject = undergoer
        if in_time_phrase(noun) and entry.event_type != "CONSULT":
            subject = []  # "police arrested dozens *after protests*": who acts after an act did not do it
        if noun.dep_ == "pobj" and verb.lemma_.lower() in word_classes()["pursuing_verb"]:
            subject = []  # "X named him a suspect *in the killing*", "arrested him *over the attack*": X pursues it
        if abstains(verb):
            subject = []  # "Russia *sat out* the clashes", "stayed out of the war": X took no part in it
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and not undergoer \
                and not (is_passive(verb) and prep_objects(verb, ("by",))):
            # "X asked the council to meet, and *a meeting* is expected": the noun is its verb's own subject, so the
            # subject a coordinated clause lends that verb is not its doer (a passive's by-phrase still is)
            subject = []
        if sources and not tiers[0]:
            # "Israel sought support from Washington": who seeks or prompts the act is whom it is aimed at
            recipients = list(recipients or subject)
            subject = []
        tiers.append(subject)
        how += f", subject of governing verb '{verb.text}'"
        exclude = {t.i for a in subject for t in a.subtree} | {noun.i}
        if not recipients and not (noun.dep_ == "pobj" and noun.head.lower_ in ADJUNCT_PREPS):
            # "launched an attack *on X*" (the phrase parsed onto the verb); not when the noun names its own
            # target, nor from a verb the noun only dates ("fled *to X* after the invasion")
            recipients += [t for t in prep_objects(verb, RECIPIENT_PREPS) if t.i not in exclude]
        if not recipients and noun.dep_ == "dobj":
            # "accused *X* of bad faith and delivered an ultimatum": the addressee the coordinated hostile verb named
            recipients += [t for t in conjoined_target(verb, entry.event_type) if t.i not in exclude]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent" and is_passive(noun.head.head):
        # "civilians were uprooted *by airstrikes*": those the passive befell are the act's recipients
        recipients += children_with(noun.head.head, ("nsubjpass",))
    if sources and not recipients:
        # "proposals from X", "a bailout from the EU" with nobody they are aimed at: the from-phrase stays what it
        # was, a phrase of the act, not its doer
        tiers[1] = [t for t in tiers[1] if t not in sources]
        recipients = sources
    return [*tiers, beside], [recipients], how


def abstains(verb: Token) -> bool:
    """True for a verb of staying out of an act (senses class `abstaining_phrasal`: "*sat out* the clashes", "*stayed
    out of* the war", "*stood aside*"), told by the verb with its particle or adverb."""
    lemma = verb.lemma_.lower()
    phrasals = word_classes()["abstaining_phrasal"]
    return any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in phrasals for c in verb.children)


def sponsors(noun: Token, entry: Entry) -> list[Token]:
    """Who convenes or leads a meeting noun ("*UN*-sponsored talks", "the *US*-led talks", "*Russian*-brokered
    talks", "talks *sponsored by X*"): its sponsor, host, broker or leader, who acts toward the parties (PLOVER
    codes the sponsor of talks as consulting the sides it brings together). A participle of convening or leading
    (senses class `mediating_participle`, LEADING_LEMMAS) names the sponsor in its hyphenated modifier or its
    by-phrase; nothing when no party is named ("the hastily convened talks")."""
    if entry.event_type != "CONSULT" or noun.pos_ != "NOUN" or in_time_phrase(noun):
        return []  # "agreed after talks mediated by X": the subject took part, X only mediated
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_.lower() in word_classes()["partaking_verb"]:
        return []  # "X attended the UN-sponsored talks": X takes part, the sponsor is not the actor
    mediating = word_classes()["mediating_participle"]
    found: list[Token] = []
    for part in (c for c in noun.children if c.tag_ == "VBN"):
        lemma = part.lemma_.lower()
        if part.dep_ == "amod" and part.i < noun.i and (lemma in mediating or lemma in LEADING_LEMMAS):
            found += _hyphened_name(part, noun)
        elif part.dep_ == "acl" and part.i > noun.i and lemma in mediating:
            found += [a for a in prep_objects(part, ("by",)) if _named_party(a)]
    if not found and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") \
            and not prep_objects(noun, ("between", "among", "with")):
        found = _aegis_holders(noun.head)
    return found


def _aegis_holders(verb: Token) -> list[Token]:
    """"talks will resume *under UN auspices*", "under the aegis of X": whoever holds the auspices (word class
    `convening_aegis`) of the meeting the verb's subject names, by a name modifier or an of-phrase. Only for a
    meeting that is the subject and names no sides in a phrase of its own (who takes part is then not said; "X and
    Y held talks under UN auspices" and "talks between X and Y resumed under ..." are X's and Y's talks)."""
    aegis = word_classes()["convening_aegis"]
    holders: list[Token] = []
    for term in (o for o in prep_objects(verb, ("under",)) if o.lemma_.lower() in aegis or o.lower_ in aegis):
        holders += [m for m in term.children if m.dep_ in ("compound", "poss", "nmod", "amod") and m.i < term.i
                    and _named_party(m) and m.text[:1].isupper()]
        holders += [o for o in prep_objects(term, ("of",)) if _named_party(o)]
    return holders


def _hyphened_name(participle: Token, noun: Token) -> list[Token]:
    """The name joined by a hyphen to a participle modifying `noun` ("*UN*-hosted", "*Russian*-brokered"), whether
    the parser hangs it on the participle or on the noun."""
    if participle.i < 2 or participle.doc[participle.i - 1].text not in HYPHENS:
        return []
    name = participle.doc[participle.i - 2]
    if name.head.i not in (participle.i, noun.i) or name.dep_ not in ("npadvmod", "compound", "nmod", "amod", "poss"):
        return []
    if not (name.pos_ in ("PROPN", "ADJ") and name.text[:1].isupper()):
        return []
    return [name]


def _doers_beside_target(noun: Token) -> list[Token]:
    """"the campaign *of the coalition* against X", "the attack of the rebels on Y": when the act's target stands in
    an against/on phrase (of the noun, or hung on the of-phrase), a party in the of-phrase is who does it (a
    subjective genitive), not whom it is done to. Both must be parties ("the imposition *of sanctions* on X" keeps
    its object)."""
    out = []
    for obj in prep_objects(noun, ("of",)):
        targets = prep_objects(noun, TARGET_PREPS) + prep_objects(obj, TARGET_PREPS)
        if _named_party(obj) and any(_named_party(t) for t in targets):
            out.append(obj)
    return out


def _named_party(token: Token) -> bool:
    """A party's word (`party_like`), not a date or number ("the invasion of X *on 24 February*")."""
    return party_like(token) and token.ent_type_ not in NOT_PARTY_ENTITIES


def _plain_adjective(modifier: Token) -> bool:
    """True for an ordinary adjective capitalized only as a sentence's first word ("*Public* executions", "*Local*
    protests"): a role word that before a noun names no party (NON_ATTRIBUTIVE_ROLES)."""
    return modifier.dep_ == "amod" and modifier.pos_ == "ADJ" and modifier.lower_ in NON_ATTRIBUTIVE_ROLES \
        and bool(modifier.is_sent_start) and len(list(modifier.subtree)) == 1


def governing(noun: Token) -> Token | None:
    """The verb governing a nominal, or its first conjunct when that is an act noun too ("the airstrikes and
    *bombardments* were carried out by X")."""
    verb = governing_verb(noun)
    if verb is None and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.dep_ in ("dobj", "nsubjpass") \
            and lexicon.act_noun(noun.head.lemma_.lower()):
        return governing_verb(noun.head)
    if verb is None and (claimed := _claimed_act(noun)) is not None:
        return claimed
    span = _span_head(noun) if verb is None else None
    if span is not None and (verb := governing_verb(span)) is not None:
        # "*held* three days of talks", "*ended* two days of talks", "agreed *after* days of talks": not "*blocked*
        # a round of talks"
        classes = word_classes()
        if in_time_phrase(noun) or verb.lemma_.lower() in classes["providing_verb"] \
                or verb.lemma_.lower() in classes["partaking_verb"]:
            return verb
        return None
    return verb


def _claimed_act(noun: Token) -> Token | None:
    """"X *claimed* responsibility for the *bombing*": the verb by which a party owns an act (claim, admit, take
    responsibility or credit for it) governs the act noun, so its subject is the act's doer. Not "denied
    responsibility for" (no verb of owning) nor "blamed for"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in word_classes()["owned_act"]:
        return None
    owner = prep.head
    verb = owner.head if owner.dep_ == "dobj" else None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in word_classes()["owning_verb"] \
            and not any(c.dep_ == "neg" for c in verb.children):
        return verb
    return None


def _span_head(noun: Token) -> Token | None:
    """"days *of talks*", "a wave *of protests*": the noun measuring out a run of the nominal events."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in word_classes()["span_noun"]:
        return noun.head.head
    return None


def in_time_phrase(noun: Token) -> bool:
    """True for a nominal that places another act in time ("agreed *after* talks", "arrested *during* protests")."""
    node = _span_head(noun) or noun
    return node.dep_ == "pobj" and node.head.lower_ in TIME_PREPS


def own_doers(noun: Token, entry: Entry) -> list[Token]:
    """Who carries out a nominal, named in its own phrase by a participle or a relative clause."""
    return participle_agents(noun, entry) + _relative_doers(noun)[0]


def participle_agents(noun: Token, entry: Entry) -> list[Token]:
    """"a deal *brokered by* X", "an attack *orchestrated by* X": the by-agent of a participle that carries out
    or convenes the act (senses class `conducting_participle`) is its doer, as a by-phrase of the noun is.
    Whoever brokers or hosts a meeting (class `mediating_participle`) convenes others and is no party to it."""
    return [a for c in _conducting_participles(noun, entry) for a in prep_objects(c, ("by",))]


def participle_targets(noun: Token, entry: Entry) -> list[Token]:
    """"the blockade imposed by X *on Y*": the target named in the phrase of a conducting participle (also when
    the parser hangs it on the agent: "[by X [on Y]]")."""
    heads = [h for c in _conducting_participles(noun, entry) for h in (c, *prep_objects(c, ("by",)))]
    return [t for h in heads for t in prep_objects(h, PARTICIPLE_TARGET_PREPS)]


def _conducting_participles(noun: Token, entry: Entry) -> list[Token]:
    classes = word_classes()
    conducting, mediating = classes["conducting_participle"], classes["mediating_participle"]
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in conducting
            and not (entry.event_type == "CONSULT" and c.lemma_.lower() in mediating) and prep_objects(c, ("by",))]


def _relative_doers(noun: Token) -> tuple[list[Token], list[Token]]:
    """"the support *the US* provides to X", "the attacks *the army* launched": the subject of a relative clause
    whose verb (or the verb it continues into: "continues to provide") carries out the act (senses class
    `providing_verb`) is its doer; the clause's to-phrase names whom it is aimed at."""
    providing = word_classes()["providing_verb"]
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
        subjects = [s for s in children_with(clause, ("nsubj",)) if s.lower_ not in RELATIVE_WORDS]
        if not subjects or children_with(clause, ("dobj",)):
            continue  # "the talks *that* began", "the deal that gave X ...": the noun is no object of the clause
        chain = [clause]
        while len(chain) < 4 and (more := children_with(chain[-1], ("xcomp",))):
            chain.append(more[0])
        if not any(v.lemma_.lower() in providing for v in chain):
            continue
        return subjects, [r for v in chain for r in prep_objects(v, ("to", "for", "against", "on"))]
    return [], []


def _acting_bodies(noun: Token) -> list[Token]:
    """"a *coalition* bombing raid", "the *regime* offensive", "a *police* raid": a lower-case noun of a body that
    acts (senses class `acting_body`) compounded with the act noun names who did it."""
    bodies = word_classes()["acting_body"]
    found = []
    for mod in (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i):
        found += [t for t in (mod, *mod.children) if t.dep_ == "compound" and t.pos_ == "NOUN"
                  and t.lemma_.lower() in bodies]
    return found[:1]


def befalls_subject(noun: Token, verb: Token) -> bool:
    """True for a nominal that names what befell the subject of an agentless verb of suffering ("civilians
    died in an airstrike", "were killed in a raid"): the nominal, not the verb, says who acted."""
    return _suffered(noun, verb) and not children_with(verb, ("agent", "dobj"))


def _suffered(noun: Token, verb: Token) -> bool:
    """True when `verb` is a verb of suffering (senses class `suffered`) whose subject the nominal befell."""
    noun = _span_head(noun) or noun  # "died in two months *of fighting*"
    if noun.dep_ != "pobj" or noun.head.lower_ not in SUFFERED_PREPS or noun.head.head.i != verb.i:
        return False
    return verb.lemma_.lower() in word_classes()["suffered"]


def _passive_undergoer(noun: Token, verb: Token) -> list[Token]:
    """The subject of an agentless passive that governs a nominal through "in" or "under"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under") or not is_passive(verb):
        return []
    if prep_objects(verb, ("by",)):
        return []
    return children_with(verb, ("nsubjpass",))
