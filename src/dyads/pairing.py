"""Who acts on whom: the actor and recipient tiers of a candidate event resolved to parties and paired.

`pairs` gives, for one candidate, every (actor, recipient, tier) the coder will code: the first actor tier that
names a coded party, the best recipient tier, reciprocal pairs of mutual acts, undergoing verbs turned around
("X received aid from Y") and domestic acts aimed at the actor's own state; a mutual act with a partner ("X
cooperated with Y") is coded once, X -> Y.
`home_actor` and `at_home` give police, courts and domestic targets the country of the party they act with, and
`same_party` tells a recipient that is the actor itself (these are in `home_parties`, importable from here).
"""
from __future__ import annotations

import itertools
from dataclasses import replace

from spacy.tokens import Doc

from dyads import (
    actors, beyond_place, borders, brokers, events, evidence, frontiers, intent, lexicon, nlp, outside_critics,
    protest_crowd, roles, senses, story_pair, venue,
)
from dyads.records import Party
from dyads.home_parties import (  # noqa: F401  (re-exported: the pipeline imports them from here)
    DOMESTIC_WHY, HOME_ACTOR_SECTORS, NAMED_BODY_WHYS, SETTING_WHY, STATE_SECTORS, at_home, body_and_office_holder,
    home_actor, home_group, in_jurisdiction, named_other, same_party, tried_at_home,
)
from dyads.events import from_source
from dyads.events.syntax import children_with, conjuncts, joined_act, phrase, prep_objects
from dyads.roles import party_root as _party_root

# Nominal events that two coordinated parties do with each other ("Russian and Turkish talks").
MUTUAL_NOUN_TYPES = ("AGREE", "CONSULT", "COOPERATE")
# Stances toward an act whose author is their recipient ("condemned Russia's attack" -> Russia,
# "welcomed Japan's decision" -> Japan), unless the act is the actor's own ("pledged US commitment").
AUTHOR_TYPES = ("ACCUSE", "REJECT", "SUPPORT", "AGREE", "REQUEST", "THREATEN", "CONCEDE")
# Stances by which one body of a state judges another's act ("the opposition condemned the government's plan"); a
# promise of the actor's own country's act is its own ("pledged US commitment").
JUDGED_AUTHOR_TYPES = ("ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN")
# Modes of stances a body may take toward its own side's acts: an investigation of them is aimed at that side.
SELF_SCRUTINY_MODES = ("investigate",)
# How a party's `why` says its country is only where it is ("ministers met *in Ankara*").
LOCATED_WHY = "; located in '"
# How a nominal's rule says its third actor tier is its governing verb's subject (`events.noun_args`)
SUBJECT_HOW = "subject of governing verb"
RECIPIENT_TIERS = ("object", "prepositional phrase", "the trigger's complements", "elsewhere in the clause")
# The tier of recipients named in a prepositional phrase of the trigger ("pledged aid *to Haiti*").
PP_TIER = RECIPIENT_TIERS.index("prepositional phrase")
# The first tier of recipients found anywhere in the clause rather than among the trigger's own arguments.
LOOSE_TIER = RECIPIENT_TIERS.index("elsewhere in the clause")
# CAMEO codes of refusals to cooperate, meet, accept mediation or sign an agreement (121, 125-127): never aimed at
# the refuser's own state by default (`_outward_refusal`).
OUTWARD_REFUSAL_CAMEO = ("121", "125", "126", "127")
# CAMEO codes of acts that coordinated actors do together towards others, never to one another: mediating between
# parties (045) and hosting a visit or a meeting (043: "Iran and Qatar hosted the talks" are co-hosts, whose guests
# are the parties that come; CAMEO 043 codes the host towards the visitor).
JOINT_CAMEOS = (events.MEDIATE_CAMEO, "043")


def party_code(party: Party | None) -> tuple:
    """(code, sector) of a party, (None, None) for none."""
    return (party.code, party.sector) if party else (None, None)


def _resolve(spans, resolver: actors.DocumentResolver, *, role: str) -> list[Party]:
    return resolver.resolve_all(actors.join_split_names(spans), role=role)


def is_coded(party: Party | None) -> bool:
    return party is not None and (party.code is not None or party.sector is not None)


def _actor_tier(cand: events.Candidate, resolver: actors.DocumentResolver) -> tuple[list[Party], list[Party]]:
    """Parties of the first actor tier that names a coded party, and all parties of the first non-empty tier."""
    first: list[Party] = []
    fallback: tuple[list[Party], list[Party]] | None = None
    located: tuple[list[Party], list[Party]] | None = None
    # a nominal's governing-verb subject (its third tier) is followed by the parties inside its phrase, as a verb's
    # subject is ("*delegates from X and Y* began talks in Geneva")
    subject_tier = 2 if cand.entry.pos == "NOUN" and SUBJECT_HOW in cand.rule else None
    for k, tier in enumerate(cand.actors):
        parties = [p for p in _resolve(tier, resolver, role="actor") if not _venue_modifier(p, cand)]
        first = first or parties
        coded = [p for p in parties if is_coded(p)]
        if any(p.code for p in coded) and located is None and (cand.entry.pos != "NOUN" or k == subject_tier) \
                and all(LOCATED_WHY in (p.why or "") for p in coded):
            # "ministers *from the three countries* met in Ankara": whose they are, named inside the subject's
            # phrase (the next tier), says more than where they are; they keep their role's sector
            located = ([p for p in coded if p.code], parties)
            continue
        if any(p.code for p in coded):
            # "the US, Britain and other countries": a conjunct known only by its sector is no actor of its own
            # beside parties whose country is named
            if located is not None and len({p.sector for p in located[0]}) == 1:
                role = located[0][0]
                coded = [replace(p, sector=role.sector or p.sector, why=f"{p.why}; '{role.text}' from it, whose "
                                 f"role gives the sector") for p in coded]
            return [p for p in coded if p.code], parties
        # a party known only by its sector ("workers") yields to a later tier that names its country
        fallback = fallback or ((coded, parties) if coded else None)
        if parties and roles.agent_of_noun(tier, cand):
            break  # "responded to an attack *by drones*": the act's own agent is named, though no party
    return located or fallback or ([], first)


def _venue_modifier(party: Party, cand: events.Candidate) -> bool:
    """"the *Sochi* talks", "the *Aleppo* offensive": a city naming a nominal event says where it happened, not
    who acted (a capital too, for meetings: "the *Moscow* talks" are held there). So also when the event noun
    is the actor's phrase ("the Aleppo offensive killed 40")."""
    why = party.why or ""
    city, capital = why.startswith("city '"), why.startswith("capital '")
    if why.startswith("igo '") and cand.entry.event_type == "CONSULT":
        # a sponsor named as such ("*UN*-sponsored talks") is the actor of talks convened between others
        return _convener(party, cand) and not cand.convened
    if not (city or capital):
        return False
    root = _party_root(party, cand.sentence.doc)
    if root is None:
        return False
    if cand.entry.pos == "NOUN" and root.dep_ in ("compound", "amod", "nmod") and root.head.i == cand.trigger.i:
        return city or cand.entry.event_type in MUTUAL_NOUN_TYPES
    # the phrase's head is itself an event noun, named after the city where it happens
    table, lemma = lexicon.load(), root.lemma_.lower()
    return city and root.pos_ == "NOUN" and any(c.pos_ == "PROPN" and c.i < root.i for c in root.children) \
        and (bool(table.candidates(lemma, "NOUN")) or lemma in table.object_lemmas)


def _convener(party: Party, cand: events.Candidate) -> bool:
    """"the *UN* talks", "*UN*-brokered talks", "the *United Nations* conference": an international body naming
    a meeting noun convenes or hosts it; the parties to the talks are the states that meet there."""
    root = _party_root(party, cand.sentence.doc)
    if root is None or cand.entry.pos != "NOUN" or root.dep_ not in ("compound", "amod", "nmod", "npadvmod"):
        return False
    head = root.head
    if head.i != cand.trigger.i and head.dep_ in ("amod", "compound") and head.tag_ in ("VBN", "VBD"):
        head = head.head  # "UN-*led* talks"
    return head.i == cand.trigger.i


def _recipient_tier(cand: events.Candidate, resolver: actors.DocumentResolver,
                    acts: list[Party]) -> tuple[list[Party], int]:
    """Recipients from the best tier naming a coded party, and the tier's number.

    Direct arguments may name several parties ("visited Chile and Peru"); later tiers give one
    party with a country or organization code other than the actor's (prepositional objects may
    share the actor's country when their sector differs: a judge's case against officials).
    """
    actor_codes = {a.code for a in acts if a.code}
    own = {(a.code, a.sector) for a in acts if a.code}
    # a stance, or a response ("retaliate", "respond": intent.retaliation), is aimed at the author of the act it
    # names ("would respond to any *Israeli* attack"), and so is an act announced under a condition, an ultimatum
    # ("would attack if *a Peruvian strike* threatened its troops"); the sides of a convened meeting named by its
    # modifier ("UN-sponsored *Syrian* talks") hold the talks: like an act's author, a people's adjective on the
    # meeting noun names its state, not the action
    role = "target" if cand.entry.event_type in AUTHOR_TYPES or intent.retaliation(cand.trigger) \
        or cand.conditional or cand.convened else "recipient"
    for n, tier in enumerate(cand.recipients):
        found = _resolve(tier, resolver, role=role)
        if n <= 1 and len(acts) == 1:
            # "the government accused *the group* of plotting a coup": an unnamed group acted on at home
            found = [home_group(r, acts[0], cand.entry.event_type, cand.sentence.doc, resolver.mentions) or r
                     for r in found]
        coded = [r for r in found if is_coded(r)
                 and not _own_act(r, acts, own, cand.entry.event_type, cand.entry.mode)
                 and not (cand.entry.event_type in roles.PLACE_IS_WHERE_TYPES and roles.names_place(r, cand))
                 and not roles.route_of_move(r, cand) and not roles.owns_relation(r, cand)
                 and not _as_complement(r, cand) and not venue.held_at(r, cand, acts)
                 and not borders.names_border(r, cand) and not roles.own_warned_side(r, acts, cand)
                 # "A and B signed a *UN*-brokered deal": with each other, not with its broker
                 and not (len(acts) > 1 and brokers.brokered(r, cand))]
        if len(coded) > 1:
            # "warned farmers (that) it would ...": a pronoun standing for the actor is not whom it acts on
            coded = [r for r in coded if not (r.text.lower() in events.PRONOUNS and (r.code, r.sector) in own)] \
                or coded
        if len(acts) == 1:
            # "Iranian police arrested hundreds of people" in a story set elsewhere: people where the state rules
            coded = [in_jurisdiction(r, acts[0], cand.entry.event_type, cand.entry.mode) for r in coded]
        if n and len(acts) == 1 and acts[0].sector in HOME_ACTOR_SECTORS:
            # police and courts act at home: "opened an investigation into the foreign minister"
            coded = [at_home(r, acts[0], cand.entry.event_type, cand.entry.mode) for r in coded]
        elif n and len(acts) == 1:
            # a state's or a people's own counterpart named in a phrase: "demanded talks with the agriculture ministry"
            coded = [at_home(r, acts[0], cand.entry.event_type, cand.entry.mode)
                     if roles.home_counterpart(r, acts[0], cand.entry.event_type) else r for r in coded]
        if n:
            coded = [r for r in coded if not roles.own_forces(r, acts, cand.trigger)]
            # a group or person of the actor's own country named by its name is a side of its own ("clashed with
            # the CHP", "met with Lavrov"): PLOVER codes domestic events
            # (so is an office holder a state's institution acts on: "opened a case against the deputy prime minister")
            coded = [r for r in coded if r.code and (r.code not in actor_codes or named_other(r, acts) or (
                r.sector and (r.code, r.sector) not in own and r.text.split()[0].lower() not in events.PRONOUNS)
                or any(body_and_office_holder(a, r) for a in acts) or _own_people(r, acts)
                or _scrutinised_author(r, cand))]
            # prepositional objects may name several parties; deeper tiers and the clause fallback (the last
            # tier, also of nominal triggers) give the nearest party and those coordinated with it
            last = n == len(cand.recipients) - 1
            if n >= LOOSE_TIER:
                # "rejected the result and called on *his supporters*": an argument of another verb joined after the
                # trigger is not its recipient (as `anaphors` rules for recipients found so), so the act falls back
                # to having none, or to a domestic act's own state
                coded = [r for r in coded if not roles.of_conjoined_predicate(r, cand.trigger)]
            coded = beyond_place.targets_first(coded, cand)  # "waged war on X *in Y*": X, not the scene Y
            if n > 1 or last:
                coded = _first_group(_nearest_first(coded, cand, actor_codes), cand.sentence.doc)
        elif any(r.code for r in coded):
            coded = [r for r in coded if r.code]
        if coded:
            return _unique(coded), n
    return [], len(cand.recipients)


def _own_people(party: Party, acts: list[Party]) -> bool:
    """"pleads with *its citizens*", "waged war on *its own people*": a state's own people, named by a pronoun for
    the state, are whom it acts on (not the state itself, as "its" alone would be)."""
    return party.sector in roles.HOME_SOCIETY_SECTORS and party.text.split()[0].lower() in events.PRONOUNS \
        and any(a.code == party.code and a.code == a.country and a.sector in STATE_SECTORS for a in acts)


def _scrutinised_author(party: Party, cand: events.Candidate) -> bool:
    """The author of an act the actor investigates ("the Pentagon opened an inquiry into a strike *by US forces*"):
    the side whose act is scrutinised, though it is the actor's own."""
    return cand.entry.mode in SELF_SCRUTINY_MODES and (party.why or "").startswith(actors.AUTHOR_WHY)


def _unique(parties: list[Party]) -> list[Party]:
    """One party per (code, sector), the first named; a party whose words lie inside another's of the same code is
    that party ("Uhuru Kenyatta" inside "President Uhuru Kenyatta"): the longer phrase, with its title, stays."""
    unique: dict[tuple, Party] = {}
    for party in parties:
        unique.setdefault(party_code(party), party)
    kept = list(unique.values())
    return [p for p in kept if not any(q is not p and q.code == p.code and q.start <= p.start and p.end <= q.end
                                       and (q.start, q.end) != (p.start, p.end) for q in kept)]


def _as_complement(party: Party, cand: events.Candidate) -> bool:
    """A role the actor or the object takes ("resigned *as president*", "named him *as envoy*"): a predicate of
    someone in the clause, not a party acted on."""
    root = _party_root(party, cand.sentence.doc)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.i == cand.trigger.i


def _own_act(party: Party, acts: list[Party], own: set[tuple], event_type: str, mode: str = "") -> bool:
    """True for the author of an act under a stance who is the actor's own side ("pledged *US* commitment"), not
    another body of its country that it judges ("prosecutors opened an inquiry into the killings *by the army*",
    "the opposition condemned *the government's* plan"). An investigation into an act of the actor's own side
    ("the defence ministry launched an inquiry into a raid *by its own forces*") is aimed at that side: kept."""
    if not (party.why or "").startswith(actors.AUTHOR_WHY) or party.code not in {a.code for a in acts if a.code}:
        return False
    if mode in SELF_SCRUTINY_MODES:
        return False
    return event_type not in JUDGED_AUTHOR_TYPES or party.sector is None or (party.code, party.sector) in own \
        or any(a.code == party.code and a.sector is None for a in acts)


def _nearest_first(parties: list[Party], cand: events.Candidate, actor_codes: set[str]) -> list[Party]:
    """Parties inside the trigger's complements, nearest the trigger first; at equal distance a party of
    another country than the actor's comes first ("rejected claims that Russian hackers had targeted
    the German parliament" -> Germany)."""
    doc = cand.sentence.doc

    def distance(party: Party) -> int:
        token, steps = _party_root(party, doc), 0
        if token is None:
            return 1000
        while token.i != cand.trigger.i and token.head.i != token.i:
            token, steps = token.head, steps + 1
        return steps if token.i == cand.trigger.i else 100 + steps

    order = {id(p): k for k, p in enumerate(parties)}
    return sorted(parties, key=lambda p: (distance(p), p.code in actor_codes, order[id(p)]))


def _first_group(parties: list[Party], doc: Doc) -> list[Party]:
    """The first party and those coordinated with it ("agreed to send aid to A, B and C")."""
    first = _party_root(parties[0], doc) if parties else None
    if first is None:
        return parties[:1]
    group = {first.i, *(t.i for t in first.conjuncts)}
    return [parties[0], *(p for p in parties[1:] if (r := _party_root(p, doc)) is not None and r.i in group)]


def pairs(cand: events.Candidate, resolver: actors.DocumentResolver) -> list[tuple[Party | None, Party | None, int]]:
    coded_acts, acts = _actor_tier(cand, resolver)
    refuge_granter = None
    if not coded_acts and cand.venue is not None:
        authorities = resolver.authorities(cand.venue, action=cand.trigger.text)
        coded_acts = [authorities] if authorities is not None else []
        if authorities is not None and events.granted_refuge(cand.trigger, cand.entry):
            refuge_granter = authorities.code
    crowd = roles.crowd_of_place(cand, resolver) if not coded_acts else None
    if crowd is None and not coded_acts:  # "X, where protests raged"; "the protests began on May 3"
        crowd = protest_crowd.crowd_beyond(cand, resolver) or protest_crowd.crowd_of_setting(cand, resolver)
    if crowd is not None:
        coded_acts = [crowd]  # "demonstrations across X": X's people
    if not coded_acts and cand.agentless and not any(cand.actors):
        # "were arrested", "has been charged": no agent, no place named: the authorities where the story is set
        authorities = resolver.home_authorities(cand.trigger)
        coded_acts = [authorities] if authorities is not None else []
    coded_recs, tier = _recipient_tier(cand, resolver, coded_acts)
    if not coded_acts and cand.agentless and not any(cand.actors) and resolver.setting is None and tier == 0:
        # "Moldova's president was charged" in a story with no setting: the authorities of the patient's state
        named = [r for r in coded_recs if evidence.named_in_own_words(r, cand, resolver)]
        authorities = resolver.patients_authorities(cand.trigger, named) if len(named) == len(coded_recs) else None
        coded_acts = [authorities] if authorities is not None else []
    if refuge_granter is not None:  # "X were granted asylum in Y": who is given refuge there is not of Y
        coded_recs = [r for r in coded_recs if r.code != refuge_granter]
    if crowd is not None:  # where they protested is not whom they protested against
        coded_recs = [r for r in coded_recs if not crowd.start <= r.start < crowd.end]
    verb = roles.undergoing_verb(cand)
    if verb is not None and coded_acts and roles.outside(cand, coded_acts):
        if not coded_recs:
            return []  # "X received aid": who gave it is not named
        coded_acts, coded_recs = coded_recs, coded_acts
    elif verb is not None and coded_acts and (not coded_recs or tier == len(cand.recipients) - 1):
        # "X received *Peruvian* aid", "X is under investigation *by* Y": X, the verb's subject, undergoes it (before
        # any party found elsewhere in the clause: "X won *Y's* support, but Z protested")
        coded_recs = roles.subjects_of(verb, resolver) or coded_recs
    # mediators ("talks mediated *by X and Y*", CAMEO 045) and co-hosts ("X and Y hosted the talks", 043) act together
    # towards the parties or guests, not with one another
    reciprocal = cand.entry.event_type in events.RECIPROCAL_TYPES and cand.entry.cameo not in JOINT_CAMEOS and (
        cand.entry.pos != "VERB" or (tier > 0 and senses.mutual(cand.trigger, cand.entry, parties=len(coded_acts),
                                                               beneficiary=bool(coded_recs) and tier == PP_TIER)))
    # "X and Y *accused each other*", "expelled each other's diplomats": whatever the act, its reciprocal object makes
    # the coordinated actors one another's recipients
    reciprocal = reciprocal or (cand.entry.cameo not in JOINT_CAMEOS and story_pair.acts_on_each_other(cand.trigger))
    # "Chile and Peru cooperated *with Bolivia*": coordinated actors with a partner named act together towards it
    partnered = any(s <= r.start < e for r in coded_recs
                    for s, e in (*cand.partners, *_companions(cand), *_addressed(cand), *_joined_partner(cand)))
    # "Iran and Syria accepted *the UN* plan", "would respect *Russia's* proposal": coordinated actors who take up a
    # third party's own plan, resolution or proposal act together towards its author, not towards each other
    authored = any(_authored_object(r, cand) for r in coded_recs if r.code not in {a.code for a in coded_acts})
    if len(coded_acts) > 1 and reciprocal and not partnered and not authored and not _co_actors(cand, coded_acts) \
            and not _joined(cand):
        return [(a, b, 0) for a, b in itertools.permutations(coded_acts, 2)]
    # an actor we cannot code codes nothing, unless it is named and its recipient is a direct argument
    if not coded_acts and tier > (1 if cand.named_actor else 0):
        return []
    if _acting_on_themselves(coded_acts, coded_recs):
        return []
    if not coded_recs and coded_acts and all(tried_at_home(a, cand, resolver) for a in coded_acts):
        # "they were convicted", "a court sentenced him": whoever a state's court tries is tried at home
        return [(a, tried_at_home(a, cand, resolver), 0) for a in coded_acts]
    if not coded_recs and coded_acts and cand.entry.pos != "MODAL" and (
            cand.entry.event_type in events.DOMESTIC_TYPES or all(
            roles.home_grievance(a, cand.entry.event_type) for a in coded_acts)):
        # (not "X said there should be no more curbs", "said their son should not be in prison": a reported
        # "should" whose subject is no party appeals to nobody, so it is no request to the speaker's own state)
        return [(a, _own_state(a, cand, resolver), len(RECIPIENT_TIERS) - 1) for a in coded_acts]
    if not coded_recs and cand.entry.pos == "NOUN" and from_source.only_sources(
            cand.trigger, cand.entry, [_party_root(a, cand.sentence.doc) for a in coded_acts]):
        return []  # "a bailout from the EU was secured": a source named with nobody the act is aimed at codes nothing
    # a mutual action with a partner ("X cooperated with Y") is one event, X -> Y: the subject's action, its partner
    # the recipient; its reverse would code the same act twice (PLOVER codes a reciprocal act once, with one actor
    # list, and the guide's coders code "X worked with Y" as X -> Y)
    return [(a, r, tier) for a in (coded_acts or acts or [None]) for r in (coded_recs or [None])]


# How a recipient's `why` says a pronoun stands for parties named together ("them" -> "X, Y and Z").
COORDINATED_WHY = "the coordinated parties before it"


def _acting_on_themselves(acts: list[Party], recs: list[Party]) -> bool:
    """True when coordinated actors of an act that is not mutual (mutual ones were paired above) act on a pronoun
    that stands for those same parties ("declared the Greek and Italian ministers persona non grata and ordered
    *them* to leave", the second verb's actor misread as the ministers): they are not whom the act is by, and pairing
    them with one another would code each acting on the other."""
    return len(acts) > 1 and len(recs) > 1 and all((r.why or "").startswith("pronoun") and COORDINATED_WHY in r.why
                                                   for r in recs) \
        and {r.code for r in recs} <= {a.code for a in acts}


def _authored_object(party: Party, cand: events.Candidate) -> bool:
    """True when `party` is the author named on a verb trigger's object ("accepted *the UN* plan", "would respect
    *Russia's* proposal"): a possessor, or an organization's name as a compound (not a place: "the Minsk agreement" is
    named after where it was made)."""
    if cand.entry.pos != "VERB":
        return False
    doc = cand.trigger.doc
    span = nlp.char_span(doc, party.start, party.end)
    if span is None:
        return False
    objects = [c for c in cand.trigger.children if c.dep_ == "dobj"] + prep_objects(cand.trigger, ("to", "on"))
    inside = range(span.start, span.end)
    return any((o.i in inside or m.i in inside) and (
        m.dep_ == "poss" or m.dep_ == "compound" and m.pos_ == "PROPN" and m.ent_type_ == "ORG")
        for o in objects for m in o.children if m.i < o.i)


def _companions(cand: events.Candidate) -> list[tuple[int, int]]:
    """Character ranges of the alongside-phrases of a verb trigger ("fought *alongside the Americans*")."""
    if cand.entry.pos != "VERB":
        return []
    spans = [phrase(t) for p in prep_objects(cand.trigger, ("alongside",)) for t in conjuncts(p)]
    return [(sp.start_char, sp.end_char) for sp in spans]


def _joined_partner(cand: events.Candidate) -> list[tuple[int, int]]:
    """Character ranges of the party joined in a verb trigger's act ("A and B will join *Japan* in signing a
    memorandum"): the joiners do it with that party, not with one another."""
    if cand.entry.pos != "VERB" or not joined_act(cand.trigger):
        return []
    spans = [phrase(t) for o in children_with(cand.trigger.head.head, ("dobj",)) for t in conjuncts(o)]
    return [(sp.start_char, sp.end_char) for sp in spans]


def _addressed(cand: events.Candidate) -> list[tuple[int, int]]:
    """Character ranges of the to- and with-phrases of a nominal trigger ("a joint call *to Y* by A and B", "A and
    B's talks *with Y*"): coordinated parties who call or talk to a party named there do it together."""
    if cand.entry.pos != "NOUN":
        return []
    spans = [phrase(t) for p in prep_objects(cand.trigger, ("to", "with")) for t in conjuncts(p)]
    return [(sp.start_char, sp.end_char) for sp in spans]


def _joined(cand: events.Candidate) -> bool:
    """"X, Y and Z *joined the talks* as mediators": those who join a meeting already under way meet its
    parties, not one another."""
    noun = cand.trigger
    return cand.entry.pos == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _co_actors(cand: events.Candidate, acts: list[Party]) -> bool:
    """True when coordinated modifiers of a one-sided nominal act together ("Russian and Syrian airstrikes"
    hit a third party; "Israeli-Palestinian clashes", "US and Chinese talks" stay mutual)."""
    if cand.entry.pos == "NOUN" and from_source.joint_sources(cand.trigger, cand.entry,
                                                              [_party_root(p, cand.sentence.doc) for p in acts]):
        return True  # "proposals *from X, Y and Z*": one group of sources, never one another's partners
    if cand.entry.pos != "NOUN" or cand.entry.event_type in MUTUAL_NOUN_TYPES:
        return False
    roots = [r for r in (_party_root(p, cand.sentence.doc) for p in acts) if r is not None]
    if len(roots) != len(acts) or not any(r.dep_ == "conj" for r in roots):
        return False
    if all(r.head.i == cand.trigger.i or r.dep_ == "conj" for r in roots):
        return True
    # "airstrikes carried out *by Syrian forces and their Russian backers*": one coordinated group of doers
    first = min(roots, key=lambda r: r.i)
    group = {first.i, *(t.i for t in first.conjuncts)}
    return all(r.i in group for r in roots) and first.head.lower_ not in ("between", "among")


def _outward_refusal(actor: Party, cand: events.Candidate) -> bool:
    """A state's refusal to meet, negotiate, join or sign ("Iran refused to meet the envoy", "declined to attend the
    summit", "refused to join the alliance"; CAMEO 121, 125-127): aimed at the other side of the refused meeting or
    agreement, or at nobody when none is named (coding guide, session 19), never by default at the state itself. (An
    opposition refusing to attend talks or to sign a code of conduct refuses its own government: the default stays.)"""
    return cand.entry.event_type == "REJECT" and cand.entry.cameo in OUTWARD_REFUSAL_CAMEO \
        and actor.code == actor.country and actor.sector in (None, "GOV")


def _own_state(actor: Party, cand: events.Candidate, resolver: actors.DocumentResolver) -> Party | None:
    """The actor's own state as recipient: a mention of it in the clause, else the actor's country."""
    if not actor.country:
        return None
    for tier in cand.recipients:
        for party in _resolve(tier, resolver, role="recipient"):
            if party.code == actor.country and (party.start, party.end) != (actor.start, actor.end) \
                    and not roles.of_conjoined_predicate(party, cand.trigger):
                return replace(party, why=f"{DOMESTIC_WHY}: the actor's own state, mentioned as '{party.text}'; "
                                          f"{party.why}")
    if _outward_refusal(actor, cand) or frontiers.closes_own_frontier(cand) \
            or outside_critics.rejects_outside_word(cand) or outside_critics.rejects_said_before(cand):
        # a refusal to meet or join, a closure of its own frontier, a rejection of foreign criticism: aimed outward
        return None
    if actor.sector == "GOV" and actor.code == actor.country:
        # a government acting at home ("lifted the state of emergency") acts on its own country
        return Party(actor.text, actor.start, actor.end, actors.country_name(actor.country), actor.country,
                     actor.country, None, f"{DOMESTIC_WHY}: a domestic {cand.entry.event_type.lower()} by a "
                                          f"government is aimed at its own country ({actor.country})")
    return Party(actor.text, actor.start, actor.end, actors.country_name(actor.country), actor.country,
                 actor.country, "GOV", f"{DOMESTIC_WHY}: a domestic {cand.entry.event_type.lower()} is aimed at "
                                       f"the actor's own government ({actor.country})")
