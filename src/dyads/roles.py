"""Argument checks on a candidate's parties: constructions whose subject undergoes the act ("received aid from Y",
"came under attack from Y", "were wounded by Y's shelling") and places that are where an act happens, not whom
it is aimed at (troops deployed "to the city")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads import actors, events, nlp
from dyads.actors.continents import regional
from dyads.actors.vocab import stateless_head
from dyads.events.noun_args import in_time_phrase
from dyads.events.syntax import governing_verb, is_passive, prep_objects
from dyads.records import Party
from dyads.senses import in_class

# Types whose places are where the act happens, never whom it is aimed at: troops deployed "to the city",
# protesters marching "from the town" or rallying "in the capital's square".
PLACE_IS_WHERE_TYPES = ("MOBILIZE", "PROTEST")
# Verbs whose subject undergoes the event named by their object ("received aid from", "won backing from",
# "suffered an attack by", "faced criticism from", "drew condemnation from", "earned praise from").
RECEIVING_LEMMAS = frozenset(("receive", "get", "obtain", "win", "enjoy", "gain", "suffer", "face", "endure",
                              "survive", "escape", "draw", "attract", "earn", "incur", "garner", "reap"))
# Hostile acts whose patient is "under" them ("under attack from", "under investigation by", "under sanctions").
UNDERGONE_TYPES = ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION")


def party_root(party: Party, doc: Doc) -> Token | None:
    """The syntactic head of a party's phrase (remembered per document: each party is asked about often)."""
    memo = nlp.memo(doc, "party_root")
    key = (party.start, party.end)
    i = memo.get(key)
    if i is None:
        span = nlp.char_span(doc, party.start, party.end)
        i = memo[key] = span.root.i if span is not None else -1
    return doc[i] if i >= 0 else None


def names_place(party: Party, cand: events.Candidate) -> bool:
    """True when a recipient's phrase is a place: it names a city or region acting as its people, or a place
    noun heads it or the phrase it sits in ("the port in northern X", "the northern X city of Y")."""
    if (party.why or "").startswith(("city '", "region '")):
        return True
    token = party_root(party, cand.sentence.doc)
    while token is not None and token.i != cand.trigger.i and token.pos_ in ("NOUN", "PROPN", "ADJ", "ADP"):
        if token.pos_ == "NOUN" and actors.noun_classes().get(token.lower_) == "place":
            return True
        token = token.head if token.head.i != token.i else None
    return False


def undergoing_verb(cand: events.Candidate) -> Token | None:
    """The verb whose subject undergoes the nominal event: "X received aid from Y", "X came under attack from
    Y", "X is under investigation by Y" (None for other triggers)."""
    if cand.entry.pos != "NOUN":
        return None
    trigger = _event_noun(cand.trigger)
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in RECEIVING_LEMMAS:
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and cand.entry.event_type in UNDERGONE_TYPES:
        return trigger.head.head  # "under attack", "under siege", but "paid under a treaty" is no patient's
    return None


def _event_noun(trigger: Token) -> Token:
    """The noun phrase a nominal trigger heads: the generic noun it names the kind of ("survived an *assassination*
    attempt by X": the verb's object and the by-phrase belong to "attempt"), else the trigger itself."""
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in events.EVENT_HEAD_NOUNS:
        return trigger.head
    return trigger


def subjects_of(verb: Token, resolver: actors.DocumentResolver) -> list[Party]:
    """The coded parties of a verb's subject."""
    return [p for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
            for p in resolver.resolve_all([events.phrase(s)], role="recipient") if p.code]


def outside(cand: events.Candidate, acts: list[Party]) -> bool:
    """True when the actors found stand outside the trigger's phrase: the subject of its verb (or what a pronoun
    subject stands for), not its own possessor, modifier or "from" phrase ("received *Peruvian* aid")."""
    noun = _event_noun(cand.trigger)
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    roots = [party_root(a, cand.sentence.doc) for a in acts]
    return all(r is not None and r.i not in inside and not _source_of_state(r, noun) for r in roots)


def _source_of_state(root: Token, noun: Token) -> bool:
    """True for the by- or from-phrase that the parser hung on the verb of an "under" state ("X has been under
    siege for years *by Y*"): Y does the act, as when the phrase hangs on the noun."""
    root = nlp.first_conjunct(root)  # "by Y and Z"
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in ("by", "from") and prep.dep_ in ("prep", "agent") and prep.head.i == noun.head.head.i


def agent_of_noun(tier: list, cand: events.Candidate) -> bool:
    """True when the phrases of an actor tier are the "by" agent of the nominal trigger ("an attack *by drones*"):
    then the subject of the verb that governs the noun ("Russia responded to an attack by ...") is not its actor."""
    return cand.entry.pos == "NOUN" and bool(tier) and all(
        span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and span.root.head.head.i == cand.trigger.i
        for span in tier)


# A state's civil government deals with its own society: an unnamed group of people it acts on ("the Bolivian
# president urged striking miners", "the Kenyan government warned farmers") is of its country (not journalists
# or companies: those held or dealt with abroad are as common, and "called for the release of the journalists"
# asks their captors). Aid goes abroad as often as not ("pledged aid to flood victims", "sent
# condolences to the bereaved"), and refugees are from elsewhere: neither counts.
CIVIL_STATE_SECTORS = frozenset(("GOV", "LEG", "PTY"))
HOME_SOCIETY_SECTORS = frozenset("CVL LAB AGR EDU OPP HLH REL CRM".split())
# Words that place an unnamed party abroad: never the actor's own ("expelled foreign journalists").
FOREIGN_WORDS = frozenset("foreign foreigner foreigners overseas international multinational expatriate expatriates "
                          "exiled exile exiles".split())
PORTFOLIO_WORDS_AFTER = frozenset("minister ministers ministry secretary office affairs department service policy "
                                  "relations spokesman spokeswoman committee".split())
ABROAD_TYPES = ("AID", "AGREE", "SUPPORT")
# Rebels and the opposition fight their own state: the soldiers, police or officials they act on with no
# country named ("Colombian rebels freed soldiers", "Chechen rebels ambushed police") are of their country.
INSURGENT_SECTORS = frozenset(("REB", "OPP"))
# A country's armed forces, rebels or gunmen using force on an unnamed group of people ("Congolese soldiers raped
# women", "rebels kidnapped schoolgirls"): the people are of the armed party's country unless a country is named.
ARMED_SECTORS = frozenset(("MIL", "REB", "UAF"))
FORCE_TYPES = ("ASSAULT", "COERCE")
STATE_ORGAN_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG"))
# A government's own challengers: the opposition it promises or hosts ("promised opposition parties", aid types
# included), and rebels it deals with at home ("hosted rebel leaders", "negotiated with rebels").
HOME_CHALLENGER_SECTORS = frozenset(("OPP",))
HOME_REBEL_SECTORS = frozenset(("REB",))
# A state's government deals with the political parties of its own country: an unnamed party it bans, suspends,
# accuses or threatens ("suspended the party's activities", "accused the party of fraud") is of its country. Not
# requests or meetings: "urged the parties to return to talks" addresses the sides of a conflict, often abroad.
HOME_PARTY_SECTORS = frozenset(("PTY",))
HOME_PARTY_TYPES = ("ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "CONCEDE")
# A country's people address their own government: the minister, ministry or council they protest against,
# petition or praise with no country named ("Mexican farmers demanded talks with the agriculture ministry").
# Not its armed forces (foreign troops are often the ones opposed), not police, courts or parliaments (placed
# by where they sit; taking the people's country for them cost dev sectors), and not a post that faces abroad
# ("the embassy", "the envoy").
SOCIETY_ACTOR_SECTORS = frozenset("CVL LAB AGR EDU HLH REL MED BUS".split())
# A legislature oversees its own government: the minister or office its members question or censure, with no
# country named, is of their country ("Ugandan legislators grilled the finance minister").
OVERSIGHT_SECTORS = frozenset(("LEG",))
HOME_ORGAN_SECTORS = frozenset(("GOV",))
FOREIGN_POST_WORDS = frozenset("embassy embassies ambassador ambassadors envoy envoys consulate consul diplomat "
                               "diplomats".split())
# A state's politicians deal with its own organs: the parliament, the central bank or the military they urge, accuse
# or defy with no country named ("the president asked parliament to ...", "the party accused the military"). Not
# when the words face outward ("the foreign ministers", "the delegations", "both sides", peacekeepers), nor for
# meetings or offers, which go abroad as often as not.
HOME_ORGAN_TYPES = ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "CONCEDE")
OUTSIDE_ORGAN_WORDS = frozenset("foreign delegation delegations counterpart counterparts side sides both peacekeeper "
                                "peacekeepers peacekeeping".split())
# People who protest, demand or denounce what a government (an office, a body, a named leader: not a state
# named as such) does are its own people ("students protested against the Chilean government").
GRIEVANCE_SECTORS = frozenset("CVL EDU LAB AGR HLH REL OPP".split())
GRIEVANCE_TYPES = ("PROTEST", "REQUEST", "ACCUSE", "REJECT")


def placed_abroad(party: Party) -> bool:
    """True when the words of an unnamed party place it abroad ("foreign journalists", "overseas workers", "600
    migrants", `stateless_head`), not when they name a portfolio ("the foreign minister", "the foreign affairs
    committee")."""
    words = [w.strip("'’").lower() for w in party.text.split()]
    if stateless_head(words):
        return True  # "deported 600 migrants": migrants are away from home
    if regional(words[:words.index("of")] if "of" in words else words):
        return True  # "urged Caribbean governments", "met European diplomats": parties of other states
    return any(w in FOREIGN_WORDS and (n + 1 == len(words) or words[n + 1] not in PORTFOLIO_WORDS_AFTER)
               for n, w in enumerate(words))


def home_counterpart(recipient: Party, actor: Party, event_type: str) -> bool:
    """True when a recipient with no country of its own belongs to its state actor's country: a civil
    government acting on a group of its people, or rebels (the opposition) acting on their state's organs.
    The actor must be a country's party (code = country)."""
    if recipient.code is not None or actor.country is None or actor.code != actor.country:
        return False
    words = {w.strip("'’").lower() for w in recipient.text.split()}
    if actor.sector in OVERSIGHT_SECTORS and recipient.sector in HOME_ORGAN_SECTORS:
        return not words & FOREIGN_POST_WORDS
    if actor.sector in CIVIL_STATE_SECTORS - HOME_PARTY_SECTORS and recipient.sector in HOME_PARTY_SECTORS \
            and event_type in HOME_PARTY_TYPES:
        return not words & FOREIGN_WORDS
    if actor.sector in CIVIL_STATE_SECTORS:
        return recipient.sector in HOME_CHALLENGER_SECTORS or (
            recipient.sector in HOME_SOCIETY_SECTORS | HOME_REBEL_SECTORS and event_type not in ABROAD_TYPES) or (
            recipient.sector in STATE_ORGAN_SECTORS and event_type in HOME_ORGAN_TYPES
            and not words & (FOREIGN_POST_WORDS | FOREIGN_WORDS | OUTSIDE_ORGAN_WORDS))
    if actor.sector in SOCIETY_ACTOR_SECTORS:
        return recipient.sector in HOME_ORGAN_SECTORS and not words & FOREIGN_POST_WORDS
    if actor.sector in ARMED_SECTORS and event_type in FORCE_TYPES and recipient.sector in HOME_SOCIETY_SECTORS:
        return not words & FOREIGN_WORDS
    return actor.sector in INSURGENT_SECTORS and recipient.sector in STATE_ORGAN_SECTORS


def own_government(actor: Party, recipient: Party | None, event_type: str) -> bool:
    """True when an unnamed group of people (no country of its own) protests, demands or denounces the acts of
    a government named by an office, body or leader ("demonstrators demanded the Thai prime minister's
    resignation"): they are that government's people. A state named as such ("protested against Israel")
    may be anyone's target."""
    why = (recipient.why or "") if recipient is not None else ""
    return recipient is not None and actor.code is None and actor.sector in GRIEVANCE_SECTORS \
        and event_type in GRIEVANCE_TYPES and recipient.sector == "GOV" and recipient.country is not None \
        and recipient.code == recipient.country and "state acting" not in why \
        and not why.startswith(("capital '", "country '"))


# A society's groups and the opposition address their own government: a demand or a denunciation with no
# addressee named ("herders rallied to demand compensation", "opposition lawmakers criticised the plan") is aimed
# at the government of their country, as their protests are (candidate.DOMESTIC_TYPES).
HOME_GRIEVANCE_SECTORS = GRIEVANCE_SECTORS | frozenset(("PTY", "ELI", "JUD", "LEG"))
HOME_GRIEVANCE_TYPES = ("REQUEST", "ACCUSE")


def home_grievance(actor: Party, event_type: str) -> bool:
    """True when an actor of a country's society or opposition demands or denounces with no addressee named."""
    return event_type in HOME_GRIEVANCE_TYPES and actor.sector in HOME_GRIEVANCE_SECTORS \
        and actor.country is not None and actor.code == actor.country


# Where a force with no object of its own moves to is a place, not a party it yields to ("retreated *to* the
# area"); where a transfer comes from is its source, not its recipient ("sent weapons *from* X to Y").
DESTINATION_PREPS = ("to", "towards", "toward", "into")
ORIGIN_TYPES = ("AID",)
# Armed actors with no country named ("gunmen", "unknown attackers", "militants") who attack judges or police:
# these serve at home, so the attack happened in their country, where CAMEO codes the attackers.
ARMED_UNNAMED_SECTORS = frozenset(("UAF", "REB", "CRM"))
HOME_SERVICE_SECTORS = frozenset(("JUD", "COP"))
ATTACK_TYPES = ("ASSAULT", "COERCE")


def attacks_home_organ(actor: Party, recipient: Party | None, event_type: str) -> bool:
    """True when unnamed armed men attack a country's judge or police ("gunmen killed an Algerian judge")."""
    return recipient is not None and actor.code is None and actor.sector in ARMED_UNNAMED_SECTORS \
        and event_type in ATTACK_TYPES and recipient.sector in HOME_SERVICE_SECTORS \
        and recipient.country is not None and recipient.code == recipient.country


def of_conjoined_predicate(party: Party, trigger: Token) -> bool:
    """True when a party's phrase is an adjunct of another verb conjoined after the trigger ("resigned and fled
    *to India*", "pledged to curb arrivals and signed a deal *with Tunisia*"): that verb's argument, not the
    trigger's. The object of the second verb is shared when the trigger has none of its own ("condemned and rejected
*the decision*")."""
    token = party_root(party, trigger.doc)
    path = []
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        path.append(token)
        token = token.head
    if token is None or token.i == trigger.i or token.dep_ != "conj" or token.head.i != trigger.i:
        return False
    shared = path[-1] if path and path[-1].dep_ == "dobj" else None
    own_object = any(c.dep_ in ("dobj", "xcomp", "ccomp") and not _elided_count(c, shared) for c in trigger.children)
    return own_object or shared is None


def _elided_count(obj: Token, shared: Token | None) -> bool:
    """True when the trigger's object is a bare number that counts the noun of the conjoined verb's object
    ("killed *two* and wounded five *officials*": two officials): the number stands for that noun, which is then
    the object of both verbs."""
    return shared is not None and obj.dep_ == "dobj" and obj.pos_ == "NUM" and not any(obj.children) \
        and any(c.dep_ == "nummod" for c in shared.children)


def own_forces(recipient: Party, actors_: list[Party], trigger: Token) -> bool:
    """True when a party of the actor's own country is the object of a verb of sending or deploying under the
    trigger ("threatened to *send Turkish forces* to retake the town"): the actor's means, not its target."""
    root = party_root(recipient, trigger.doc)
    if root is not None and root.dep_ in ("amod", "compound", "poss", "nmod"):
        root = root.head  # "*Russian* troops": the party is named by the noun's modifier
    if root is None or root.dep_ != "dobj" or root.head.i == trigger.i or not in_class(root.head, "dispatch"):
        return False
    if not trigger.left_edge.i <= root.i <= trigger.right_edge.i:
        return False
    return any(a.country and a.country == recipient.country for a in actors_)


def own_warned_side(recipient: Party, actors_: list[Party], cand: events.Candidate) -> bool:
    """True when a party of the actor's own country is the subject of the clause a threat announces ("warned that
    *Turkish troops* would respond to any attack by Syrian forces"): who will act for the actor, not its target."""
    if cand.entry.event_type != "THREATEN" or cand.trigger.pos_ != "VERB":
        return False
    root = party_root(recipient, cand.trigger.doc)
    if root is not None and root.dep_ in ("amod", "compound", "poss", "nmod"):
        root = root.head  # "*Turkish* troops": the party is named by the noun's modifier
    if root is None or root.dep_ not in ("nsubj", "nsubjpass") or root.head.head.i != cand.trigger.i \
            or root.head.dep_ not in ("ccomp", "xcomp"):
        return False
    return any(a.country and a.country == recipient.country for a in actors_)


def route_of_move(party: Party, cand: events.Candidate) -> bool:
    """True when a party stands in the route of the trigger's movement, not as whom it is aimed at: where a force
    moves to when it moves away with no object (senses class `retreat_motion`: "retreated *to the area* where X's
    troops are", "pulled back *into Y*"; one surrenders *to* a party), or where a shipment came from ("sent
    weapons *from X* to Y")."""
    trigger = cand.trigger
    if trigger.pos_ != "VERB":
        return False
    if cand.entry.event_type == "RETREAT" and in_class(trigger, "retreat_motion") \
            and not any(c.dep_ == "dobj" for c in trigger.children):
        preps = DESTINATION_PREPS
    elif cand.entry.event_type in ORIGIN_TYPES:
        preps = ("from",)
    else:
        return False
    root = party_root(party, trigger.doc)
    return root is not None and any(a.dep_ == "prep" and a.head.i == trigger.i and a.lower_ in preps
                                    for a in root.ancestors)


def owns_relation(party: Party, cand: events.Candidate) -> bool:
    """True for the possessor of a relation noun ("condemned *Peru's* allies"): the allies are acted on, not Peru."""
    root = party_root(party, cand.trigger.doc)
    return root is not None and root.dep_ == "poss" and root.head.i != cand.trigger.i \
        and actors.noun_classes().get(root.head.lemma_.lower()) == "relation"


# Prepositions that place a protest ("protests *in* Tehran", "demonstrations *across* Colombia").
PROTEST_PLACE_PREPS = ("in", "across", "throughout", "at")


def crowd_of_place(cand: events.Candidate, resolver: actors.DocumentResolver) -> Party | None:
    """The people of the country where a protest with no protester named happened: "demonstrations *across
    Colombia*", "a protest was held *at Frankfurt airport*" (unnamed crowds are the country's civilians, coding
    guide). Only for a protest noun or a passive ("was staged"): a named but unknown subject stays unknown."""
    trigger = cand.trigger
    if cand.entry.event_type != "PROTEST" or not (cand.entry.pos == "NOUN" or is_passive(trigger)) \
            or (cand.entry.pos == "NOUN" and in_time_phrase(trigger)):
        return None  # "announced it *during a rally in X*": the rally only dates another act
    verb = governing_verb(trigger) if cand.entry.pos == "NOUN" else None
    places = prep_objects(trigger, PROTEST_PLACE_PREPS)
    if verb is not None and is_passive(verb):
        places += prep_objects(verb, PROTEST_PLACE_PREPS)  # "a protest was held *at* X"
    for place in places:
        found = resolver.authorities(events.phrase(place), action=trigger.text)
        if found is not None:
            return replace(found, sector="CVL", why=f"no protester named: the people of {found.code}, where the "
                                                    f"protest happened ('{place.text}')")
    return None
