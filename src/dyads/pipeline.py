"""The coding pipeline: documents in, results (events or an error) out.

read -> parse (nlp) -> extract (events) -> resolve actors / dates -> Event records.
Stages are pure over batches so the CLI, the store and parallel workers share them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dyads import (
    actors, anaphors, cameo, confidence, dates, events, evidence, geo, intent, lexicon, nlp, pieces, political, roles, senses,
    typeclf,
)
from dyads.roles import party_root as _party_root
from dyads.errors import message
from dyads.read import content_hash
from dyads.records import Document, ErrorRecord, Event, EventDate, Party, Place, Result, Span
from dyads.settings import Settings

log = logging.getLogger(__name__)

DOMESTIC_WHY = "no recipient named"
# Actors that act at home: a party they act on with no country of its own is in their country.
HOME_ACTOR_SECTORS = frozenset(("COP", "JUD"))
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG"))
# Nominal events that two coordinated parties do with each other ("Russian and Turkish talks").
MUTUAL_NOUN_TYPES = ("AGREE", "CONSULT", "COOPERATE")
# Stances toward an act whose author is their recipient ("condemned Russia's attack" -> Russia,
# "welcomed Japan's decision" -> Japan), unless the act is the actor's own ("pledged US commitment").
AUTHOR_TYPES = ("ACCUSE", "REJECT", "SUPPORT", "AGREE", "REQUEST", "THREATEN")
# An event dated more than this many days before its story is background (a confidence feature).
BACKGROUND_DAYS = 31
# CAMEO codes of mediating and negotiating (045, 046).
NEGOTIATION_CAMEOS = ("045", "046")
RECIPIENT_TIERS = ("object", "prepositional phrase", "the trigger's complements", "elsewhere in the clause")


def warm(settings: Settings) -> None:
    """Load everything coding needs once per process (model, lexicon, actor tables, city index, gazetteer).

    Worker processes call this at start, so their first batch is not slower than the rest.
    """
    nlp.load(settings.spacy_model)
    lexicon.for_settings(settings)
    actors.index(tuple(settings.actor_paths))
    actors.cities()
    geo.from_settings(settings)


def code_documents(items: Iterable[Document | ErrorRecord], *, settings: Settings) -> Iterator[Result]:
    """Code every document; errors from reading pass through as results with `error` set.

    Each document is parsed and coded inside a guard: any exception becomes that document's E009 error
    and the rest of the batch is coded. Texts longer than `max_piece_chars` are coded piece by piece.
    """
    tables = _Tables(lexicon.for_settings(settings), actors.index(tuple(settings.actor_paths)),
                     geo.from_settings(settings), typeclf.Uses.from_settings(settings))
    # no piece may be longer than the parser accepts (spaCy's max_length, error E088)
    limit = min(settings.max_piece_chars, nlp.load(settings.spacy_model).max_length - 1)
    it = iter(items)
    while batch := list(itertools.islice(it, settings.batch_size)):
        short = [d for d in batch if isinstance(d, Document) and len(d.text) <= limit]
        # keyed by position, not id: two documents of a batch may share an id
        parsed = {id(d): p for d, p in zip(short, _parse_guarded([d.text for d in short], settings))}
        for item in batch:
            if isinstance(item, ErrorRecord):
                yield Result(Document(item.doc_id or "", "", origin=item.origin), error=item)
                continue
            try:
                yield _code_one(item, parsed.get(id(item)), tables, settings=settings, limit=limit)
            except Exception as exc:  # one bad document must never end the batch (RecursionError, MemoryError too)
                log.warning("coding failed for %s: %r", item.id, exc)
                log.debug("coding failed for %s", item.id, exc_info=True)
                # the content hash lets a restarted ingest skip this document instead of failing on it again
                err = ErrorRecord(item.origin or item.id, "E009", message("E009", detail=repr(exc)[:500]), item.id,
                                  content_hash=content_hash(item.text))
                yield Result(item, error=err)


@dataclass(frozen=True, slots=True)
class _Tables:
    """What coding looks words up in, loaded once per call of `code_documents`."""

    lex: lexicon.Lexicon
    actor_index: actors.Index
    gazetteer: geo.Gazetteer
    uses: typeclf.Uses


def _parse_guarded(texts: list[str], settings: Settings) -> list[Doc | Exception]:
    """Parses of `texts` in one batch; if the batch fails, each text alone, a failure becoming its exception."""
    try:
        return list(nlp.parse(texts, model=settings.spacy_model, batch_size=settings.batch_size))
    except Exception:  # find the text that failed: the others are parsed again one by one
        log.debug("batch parse failed; parsing its %d texts one by one", len(texts), exc_info=True)
    out: list[Doc | Exception] = []
    for text in texts:
        try:
            out.append(nlp.load(settings.spacy_model)(text))
        except Exception as exc:
            out.append(exc)
    return out


def _code_one(document: Document, doc: Doc | Exception | None, tables: _Tables, *, settings: Settings,
              limit: int) -> Result:
    """The events of one document from its parse, or piece by piece when it was too long to parse whole."""
    if isinstance(doc, Exception):
        raise doc
    if doc is not None:
        coded = code_parsed(document, doc, tables.lex, actor_index=tables.actor_index, gazetteer=tables.gazetteer,
                            uses=tables.uses)
        return Result(document, tuple(coded), n_sentences=sum(1 for _ in doc.sents))
    model = nlp.load(settings.spacy_model)
    found: list[Event] = []
    sentences = 0
    for offset, text in pieces.split(document.text, max_chars=limit):
        part = model(text)
        coded = code_parsed(replace(document, text=text), part, tables.lex, actor_index=tables.actor_index,
                            gazetteer=tables.gazetteer, uses=tables.uses)
        found.extend(pieces.shift(e, offset=offset, sentences=sentences) for e in coded)
        sentences += sum(1 for _ in part.sents)
    return Result(document, tuple(found), n_sentences=sentences)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What became of one candidate trigger (for `dyads explain`)."""

    sentence_index: int
    trigger: str
    start: int
    entry: str
    event_type: str
    verdict: str
    rule: str
    events: tuple[Event, ...] = ()


def code_parsed(document: Document, doc: Doc, lex: lexicon.Lexicon, *,
                trace: list[Verdict] | None = None, actor_index: actors.Index | None = None,
                gazetteer: geo.Gazetteer | None = None, uses: typeclf.Uses | None = None) -> list[Event]:
    """Events of one parsed document, one per (actor, recipient) pair, deduplicated per sentence.

    With `trace`, one Verdict per candidate trigger is appended, saying why it did or did not code.
    `gazetteer` places events (the default gazetteer when None). `uses` says which uses of the event-type
    classifier are on (the default settings' when None).
    """
    uses = uses or typeclf.Uses.from_settings(Settings())
    best: dict[tuple, Event] = {}
    context = _Context(document, places=geo.analyse(doc, gazetteer=gazetteer or geo.load()),
                       story=dates.story_date(list(doc.sents), published=document.date))
    resolver = actors.DocumentResolver(when=document.date, idx=actor_index, setting=_setting_country(context.places),
                                       setting_why=context.places.setting_why)
    found: list[tuple[events.Candidate, list[Event]]] = []
    candidates = events.analyse(doc, lex)
    if uses.propose:
        candidates += _proposed(doc, lex, candidates, uses)
    classifier = typeclf.model()
    for cand in candidates:
        type_p = -1.0
        if not cand.dropped:
            type_p = classifier.proba(typeclf.features(cand.trigger, lex)).get(cand.entry.event_type, 0.0)
        coded = [] if cand.dropped else list(_events_of(document, cand, resolver, context, type_p=type_p))
        found.append((cand, coded))
    # recipients named only indirectly ("condemned the strike") are filled in before events are compared
    resolved = anaphors.resolve([e for _, coded in found for e in coded], doc, resolver)
    replaced = {id(old): new for old, new in zip((e for _, coded in found for e in coded), resolved)}
    found = [(cand, [replaced[id(e)] for e in coded]) for cand, coded in found]
    for event in resolved:
        key = (event.sentence_index, event.event_type, _code(event.actor), _code(event.recipient))
        if key not in best or evidence.salience(event) > evidence.salience(best[key]):
            best[key] = event
    kept = _one_per_action(best.values())
    if uses.choose:
        kept = _choose_types(kept, [c for c, _ in found], lex, uses)
    if trace is not None:
        trace.extend(_verdict(cand, coded, kept) for cand, coded in found)
    # who the story is about is known only now: its share of the story's events is part of each event's evidence
    kept = [replace(e, confidence=confidence.score(e.evidence)) if e.evidence is not None else e
            for e in evidence.in_story(kept)]
    # the sentence's main event first (its most prominent trigger), whatever the events' confidence
    return sorted(kept, key=lambda e: (e.sentence_index, -evidence.salience(e), e.trigger.start))


def _proposed(doc: Doc, lex: lexicon.Lexicon, candidates: list[events.Candidate],
              uses: typeclf.Uses) -> list[events.Candidate]:
    """Candidates the event-type classifier proposes: the main predicate of each sentence where no lexicon entry
    fired, when its most probable label is an event type with probability >= `uses.propose_min`."""
    fired = {c.sentence_index for c in candidates}
    classifier, out = typeclf.model(), []
    for s_index, sentence in enumerate(doc.sents):
        if s_index in fired:
            continue
        token = typeclf.main_predicate(sentence)
        if token is None:
            continue
        label, p = classifier.best(typeclf.features(token, lex))
        if label == typeclf.NONE or p < uses.propose_min:
            continue
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
        entry = lexicon.Entry(token.lemma_.lower(), pos, "", "", label, "", typeclf.default_cameo()[label],
                              "proposed by the event-type classifier", f"classifier p={p:.2f}")
        out.append(events.proposed(sentence, s_index, token, entry))
    return out


def _choose_types(kept: list[Event], candidates: list[events.Candidate], lex: lexicon.Lexicon,
                  uses: typeclf.Uses) -> list[Event]:
    """Of events of one sentence with one pair of parties and different types, drop an event whose trigger the
    classifier gives another of those types (probability >= `uses.choose_min` and above the event's own type)."""
    groups: dict[tuple, list[Event]] = {}
    for event in kept:
        if event.evidence is not None and not event.evidence.intent:
            groups.setdefault((event.sentence_index, _code(event.actor), _code(event.recipient)), []).append(event)
    dropped: set[int] = set()
    classifier = typeclf.model()
    for group in groups.values():
        types = {e.event_type for e in group}
        if len(types) < 2:
            continue
        for event in group:
            token = _token_at(event, candidates)
            if token is None:
                continue
            p = classifier.proba(typeclf.features(token, lex))
            rival = max(types - {event.event_type}, key=lambda t: p.get(t, 0.0))
            if p.get(rival, 0.0) >= uses.choose_min and p.get(rival, 0.0) > p.get(event.event_type, 0.0):
                dropped.add(id(event))
    return [e for e in kept if id(e) not in dropped]


def _token_at(event: Event, candidates: list[events.Candidate]) -> Token | None:
    """The trigger token of a coded event."""
    for cand in candidates:
        if cand.sentence_index == event.sentence_index and cand.trigger.idx == event.trigger.start:
            return cand.trigger
    return None


def _one_per_action(found: Iterable[Event]) -> list[Event]:
    """Drop an event that repeats a better one of the same sentence, type and actor without a recipient."""
    found = list(found)
    out = []
    for event in found:
        if event.recipient is None and any(
                o is not event and o.sentence_index == event.sentence_index and o.event_type == event.event_type
                and _code(o.actor) == _code(event.actor) and o.recipient is not None for o in found):
            continue
        out.append(event)
    return out


def _verdict(cand: events.Candidate, coded: list[Event], kept: list[Event]) -> Verdict:
    ids = {id(e) for e in kept}
    mine = tuple(e for e in coded if id(e) in ids)
    if cand.dropped:
        verdict = f"not coded: {cand.dropped}"
    elif not coded:
        verdict = "not coded: no actor resolved to a political party"
    elif not mine:
        verdict = "not coded: repeats an event already coded from another trigger of this sentence"
    else:
        verdict = f"coded {len(mine)} event(s)"
    return Verdict(cand.sentence_index, cand.trigger.text, cand.trigger.idx, cand.entry.describe(),
                   cand.entry.event_type, verdict, cand.rule, mine)


def explain(text: str, *, settings: Settings, date: dt.date | None = None) -> tuple[Doc, list[Verdict], list[Event]]:
    """Parse and code one text, keeping the parse and a verdict for every candidate trigger."""
    doc = nlp.load(settings.spacy_model)(text)
    trace: list[Verdict] = []
    coded = code_parsed(Document("explain", text, date), doc, lexicon.for_settings(settings),
                        trace=trace, uses=typeclf.Uses.from_settings(settings))
    return doc, trace, coded


def _code(party: Party | None) -> tuple:
    return (party.code, party.sector) if party else (None, None)


def _setting_country(places: geo.DocumentPlaces) -> str | None:
    """The country where the story happens (its dateline or a lead sentence's "in" place), if it says."""
    setting = places.setting if places.setting_is_scene else None
    entry = setting.place if isinstance(setting, geo.Mention) else setting
    return entry.country if entry is not None else None


def _resolve(spans, resolver: actors.DocumentResolver, *, role: str) -> list[Party]:
    return resolver.resolve_all(spans, role=role)


def _is_coded(party: Party | None) -> bool:
    return party is not None and (party.code is not None or party.sector is not None)


def _actor_tier(cand: events.Candidate, resolver: actors.DocumentResolver) -> tuple[list[Party], list[Party]]:
    """Parties of the first actor tier that names a coded party, and all parties of the first non-empty tier."""
    first: list[Party] = []
    fallback: tuple[list[Party], list[Party]] | None = None
    for tier in cand.actors:
        parties = [p for p in _resolve(tier, resolver, role="actor") if not _venue_modifier(p, cand)]
        first = first or parties
        coded = [p for p in parties if _is_coded(p)]
        if any(p.code for p in coded):
            return coded, parties
        # a party known only by its sector ("workers") yields to a later tier that names its country
        fallback = fallback or ((coded, parties) if coded else None)
        if parties and roles.agent_of_noun(tier, cand):
            break  # "responded to an attack *by drones*": the act's own agent is named, though no party
    return fallback or ([], first)


def _venue_modifier(party: Party, cand: events.Candidate) -> bool:
    """"the *Sochi* talks", "the *Aleppo* offensive": a city naming a nominal event says where it happened, not
    who acted (a capital too, for meetings: "the *Moscow* talks" are held there). So also when the event noun
    is the actor's phrase ("the Aleppo offensive killed 40")."""
    why = party.why or ""
    city, capital = why.startswith("city '"), why.startswith("capital '")
    if why.startswith("igo '") and cand.entry.event_type == "CONSULT":
        return _convener(party, cand)
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
    role = "target" if cand.entry.event_type in AUTHOR_TYPES else "recipient"
    for n, tier in enumerate(cand.recipients):
        coded = [r for r in _resolve(tier, resolver, role=role) if _is_coded(r)
                 and not ((r.why or "").startswith(actors.AUTHOR_WHY) and r.code in actor_codes)
                 and not (cand.entry.event_type in roles.PLACE_IS_WHERE_TYPES and roles.names_place(r, cand))
                 and not roles.route_of_move(r, cand) and not roles.owns_relation(r, cand)]
        if len(coded) > 1:
            # "warned farmers (that) it would ...": a pronoun standing for the actor is not whom it acts on
            coded = [r for r in coded if not (r.text.lower() in events.PRONOUNS and (r.code, r.sector) in own)] \
                or coded
        if n and len(acts) == 1 and acts[0].sector in HOME_ACTOR_SECTORS:
            # police and courts act at home: "opened an investigation into the foreign minister"
            coded = [_at_home(r, acts[0], cand.entry.event_type, cand.entry.mode) for r in coded]
        elif n and len(acts) == 1:
            # a state's or a people's own counterpart named in a phrase: "demanded talks with the agriculture ministry"
            coded = [_at_home(r, acts[0], cand.entry.event_type, cand.entry.mode)
                     if roles.home_counterpart(r, acts[0], cand.entry.event_type) else r for r in coded]
        if n:
            coded = [r for r in coded if not roles.own_forces(r, acts, cand.trigger)]
            coded = [r for r in coded if r.code and (r.code not in actor_codes or (
                r.sector and (r.code, r.sector) not in own and r.text.split()[0].lower() not in events.PRONOUNS))]
            # prepositional objects may name several parties; deeper tiers and the clause fallback (the last
            # tier, also of nominal triggers) give the nearest party and those coordinated with it
            last = n == len(cand.recipients) - 1
            if n > 1 or last:
                coded = _first_group(_nearest_first(coded, cand, actor_codes), cand.sentence.doc)
        elif any(r.code for r in coded):
            coded = [r for r in coded if r.code]
        if coded:
            unique: dict[tuple, Party] = {}
            for party in coded:
                unique.setdefault(_code(party), party)
            return list(unique.values()), n
    return [], len(cand.recipients)


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


def _pairs(cand: events.Candidate, resolver: actors.DocumentResolver) -> list[tuple[Party | None, Party | None, int]]:
    coded_acts, acts = _actor_tier(cand, resolver)
    if not coded_acts and cand.venue is not None:
        authorities = resolver.authorities(cand.venue, action=cand.trigger.text)
        coded_acts = [authorities] if authorities is not None else []
    coded_recs, tier = _recipient_tier(cand, resolver, coded_acts)
    verb = roles.undergoing_verb(cand)
    if verb is not None and coded_acts and roles.outside(cand, coded_acts):
        if not coded_recs:
            return []  # "X received aid": who gave it is not named
        coded_acts, coded_recs = coded_recs, coded_acts
    elif verb is not None and coded_acts and not coded_recs:
        # "X received *Peruvian* aid", "X is under investigation *by* Y": X, the verb's subject, undergoes it
        coded_recs = roles.subjects_of(verb, resolver)
    reciprocal = cand.entry.event_type in events.RECIPROCAL_TYPES and (
        cand.entry.pos != "VERB" or (tier > 0 and senses.mutual(cand.trigger, cand.entry)))
    if len(coded_acts) > 1 and reciprocal and not _co_actors(cand, coded_acts):
        return [(a, b, 0) for a, b in itertools.permutations(coded_acts, 2)]
    # an actor we cannot code codes nothing, unless it is named and its recipient is a direct argument
    if not coded_acts and tier > (1 if cand.named_actor else 0):
        return []
    if not coded_recs and cand.entry.event_type in events.DOMESTIC_TYPES:
        return [(a, _own_state(a, cand, resolver), len(RECIPIENT_TIERS) - 1) for a in coded_acts]
    pairs = [(a, r, tier) for a in (coded_acts or acts or [None]) for r in (coded_recs or [None])]
    # a mutual action with a partner ("X cooperated with Y") is also the partner's action towards X
    partners = [r for r in coded_recs if any(s <= r.start < e for s, e in cand.partners)
                and not roles.describes_antecedent(cand.trigger)]
    return pairs + [(r, a, tier) for r in partners for a in coded_acts]


def _co_actors(cand: events.Candidate, acts: list[Party]) -> bool:
    """True when coordinated modifiers of a one-sided nominal act together ("Russian and Syrian airstrikes"
    hit a third party; "Israeli-Palestinian clashes", "US and Chinese talks" stay mutual)."""
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


def _own_state(actor: Party, cand: events.Candidate, resolver: actors.DocumentResolver) -> Party | None:
    """The actor's own state as recipient: a mention of it in the clause, else the actor's country."""
    if not actor.country:
        return None
    for tier in cand.recipients:
        for party in _resolve(tier, resolver, role="recipient"):
            if party.code == actor.country and (party.start, party.end) != (actor.start, actor.end):
                return replace(party, why=f"{DOMESTIC_WHY}: the actor's own state, mentioned as '{party.text}'; "
                                          f"{party.why}")
    if actor.sector == "GOV" and actor.code == actor.country:
        # a government acting at home ("lifted the state of emergency") acts on its own country
        return Party(actor.text, actor.start, actor.end, actors.country_name(actor.country), actor.country,
                     actor.country, None, f"{DOMESTIC_WHY}: a domestic {cand.entry.event_type.lower()} by a "
                                          f"government is aimed at its own country ({actor.country})")
    return Party(actor.text, actor.start, actor.end, actors.country_name(actor.country), actor.country,
                 actor.country, "GOV", f"{DOMESTIC_WHY}: a domestic {cand.entry.event_type.lower()} is aimed at "
                                       f"the actor's own government ({actor.country})")


def _home_actor(actor: Party, recipient: Party | None, event_type: str = "") -> Party:
    """Police, courts and prosecutors with no country named ("prosecutors charged the former Brazilian
    president") act at home: in the country of the party they act on."""
    if actor.code is not None or recipient is None or recipient.country is None or recipient.code is None \
            or recipient.code.startswith(("IGO", "NGO", "IMG")):
        return actor
    # the opposition opposes its own government ("the opposition leader accused the Peruvian prime minister")
    # (not a stance toward a state's act abroad: "condemned Peru's invasion" may come from anyone's opposition)
    opposing = actor.sector == "OPP" and recipient.sector == "GOV" and recipient.code == recipient.country \
        and not (recipient.why or "").startswith(actors.AUTHOR_WHY)
    # people protesting, demanding or denouncing what a government office does are its people
    opposing = opposing or (roles.own_government(actor, recipient, event_type)
                            and not (recipient.why or "").startswith(actors.AUTHOR_WHY))
    # unnamed gunmen who attack a judge or police officer of a country strike in that country
    striking = roles.attacks_home_organ(actor, recipient, event_type)
    if actor.sector not in HOME_ACTOR_SECTORS and not opposing and not striking:
        return actor
    whom = "government it opposes" if opposing else f"{recipient.sector} it attacks, who serve at home" if striking \
        else "party it acts on"
    why = f"{actor.why}; no country of its own: {actor.sector} acts at home, in the country of the " \
          f"{whom} ({recipient.country})"
    return replace(actor, code=recipient.country, country=recipient.country,
                   name=actors.country_name(recipient.country), why=why)


def _at_home(recipient: Party | None, actor: Party | None, event_type: str, mode: str = "") -> Party | None:
    """A recipient with no country of its own ("pardoned 20 journalists", "police arrested five militants",
    "freed 200 prisoners") is in the actor's country when the action is a domestic one, a release of
    captives, or the actor is the police or a court."""
    if recipient is None or recipient.code is not None or recipient.sector is None or actor is None \
            or actor.country is None or actor.code != actor.country or roles.placed_abroad(recipient):
        return recipient
    released = mode == "release" and actor.sector in STATE_SECTORS  # rebels' captives are often foreign
    if event_type not in events.DOMESTIC_TYPES and actor.sector not in HOME_ACTOR_SECTORS and not released \
            and not roles.home_counterpart(recipient, actor, event_type):
        return recipient
    why = f"{recipient.why}; no country of its own: the actor's ({actor.country}), a {event_type.lower()} " \
          f"by {actor.sector or 'a state'} is domestic unless a country is named"
    return replace(recipient, code=actor.country, country=actor.country, name=actors.country_name(actor.country),
                   why=why)


def _same(a: Party | None, b: Party | None) -> bool:
    """True when the recipient is the actor itself (so the event has no recipient).

    One phrase may name two parties ("their talks" = Xi and Putin): a shared span is the same party
    only when the codes agree too.
    """
    if a is None or b is None or (b.why or "").startswith(DOMESTIC_WHY):
        return False
    if (a.start, a.end) == (b.start, b.end) and (a.code is None or b.code is None or a.code == b.code):
        return True
    if _local(a) != _local(b) and _national(a) != _national(b):
        return False  # "the mayor of Grozny petitioned Moscow": a town's officials address their state
    return a.code is not None and a.code == b.code and (b.sector in (None, a.sector))


def _local(party: Party) -> bool:
    """A party named by its town or region ("the mayor of Grozny", "the Aceh governor"), not its state."""
    return (party.why or "").startswith(("city '", "region '"))


def _national(party: Party) -> bool:
    """A state named as such or by its capital ("Moscow", "Russia")."""
    return (party.why or "").startswith(("capital '", "country '"))


@dataclass(frozen=True, slots=True)
class _Context:
    """What the date and place of every event of one document are resolved against."""

    document: Document
    places: geo.DocumentPlaces
    story: EventDate | None


def _near_story(when: EventDate, context: _Context) -> bool:
    """The event happens at the story's time (so the story's setting may be its place)."""
    published = context.document.date
    if when.precision == "publication":
        return True
    if when.precision != "day" or when.date is None or published is None:
        return False
    return abs((published - when.date).days) <= 7


def _background(when: EventDate, document: Document) -> bool:
    """The event is dated more than a month before its story (history or background, not the news)."""
    if when.date is None or document.date is None or when.precision == "publication":
        return False
    return (document.date - when.date).days > BACKGROUND_DAYS


def _where(cand: events.Candidate, when: EventDate, context: _Context,
           actor: Party | None, recipient: Party | None) -> tuple[Place | None, str]:
    spans = [(p.start, p.end) for p in (actor, recipient) if p is not None and p.code is not None]
    try:
        return geo.locate(cand.trigger, places=context.places, party_spans=spans, event_type=cand.entry.event_type,
                          event_date_near_story=_near_story(when, context),
                          recipient_country=recipient.country if recipient is not None else None)
    except Exception:  # a place we cannot work out must not cost the document its events
        log.exception("place resolution failed for %s", context.document.id)
        return None, "place resolution failed"


def _events_of(document: Document, cand: events.Candidate, resolver: actors.DocumentResolver,
               context: _Context, *, type_p: float = -1.0) -> Iterator[Event]:
    entry = cand.entry
    code = cameo.lookup(entry.cameo)
    when, date_why = dates.resolve(cand.trigger, published=document.date, status=cand.status, story=context.story)
    trig = cand.trigger
    sent = cand.sentence
    pairs = _pairs(cand, resolver)
    for actor, recipient, tier in pairs:
        if _same(actor, recipient):
            recipient = None
        if not (_is_coded(actor) or _is_coded(recipient)) or political.private_dispute(entry, actor, recipient):
            continue
        actor = actor if _is_coded(actor) else None
        if actor is None:
            # an event is an action by a political party: with none named or resolved there is no event
            # (what "killed" two soldiers may be a storm, a mine or nobody said)
            continue
        actor = _home_actor(actor, recipient, entry.event_type)
        recipient = _at_home(recipient, actor, entry.event_type, entry.mode)
        if entry.event_type == "CONSULT" and not _is_coded(recipient) and not _gathering_or_outcome(cand):
            continue  # a meeting, talk or visit is with someone: with no other party named it codes nothing
        if entry.pos == "MODAL" and not _is_coded(recipient):
            # "X said Y should do Z" appeals to Y: with no party as Y ("said common sense should prevail",
            # "believes the meeting should focus on ...") it is an opinion, not a request
            continue
        known = evidence.of(cand, actor, recipient, recipient_tier=tier, date_precision=when.precision,
                            pairs=len(pairs), resolver=resolver, type_p=type_p,
                            proposed=cand.entry.source.startswith(typeclf.PROPOSED_SOURCE),
                            background=_background(when, document))
        why = f"{cand.rule}; lexicon {entry.describe()}"
        if recipient is not None and tier:
            why += f"; recipient from {RECIPIENT_TIERS[min(tier, len(RECIPIENT_TIERS) - 1)]}"
        for role, party in (("actor", actor), ("recipient", recipient)):
            if party is not None:
                why += f"; {role}: {party.why}"
        location, place_why = _where(cand, when, context, actor, recipient)
        why += f"; date: {date_why}; place: {place_why}"
        attribution = cand.attribution
        event = Event(
            doc_id=document.id,
            event_id=_event_id(document, cand, actor, recipient),
            sentence_index=cand.sentence_index,
            sentence=sent.text,
            event_type=entry.event_type,
            mode=entry.mode or None,
            context=cand.contexts,
            cameo=entry.cameo,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            trigger=Span(trig.text, trig.idx, trig.idx + len(trig.text)),
            actor=actor,
            recipient=recipient,
            status=cand.status,
            date=when.date,
            date_precision=when.precision,
            date_text=when.text,
            location=location,
            attribution=Span(attribution.text, attribution.start_char, attribution.end_char) if attribution else None,
            confidence=confidence.score(known),
            why=why,
            evidence=known,
        )
        yield event
        # an announced refusal rejects someone: with no party named it is no REJECT
        if cand.intent and (cand.status != "negated" or recipient is not None):
            yield _intent_event(event, cand, document.date)


def _gathering_or_outcome(cand: events.Candidate) -> bool:
    """"attended the talks in Cairo", "hosted a summit" (a light verb whose object names a gathering), and
    "negotiated a new contract", "brokered a deal" (a negotiation verb naming what it produced) are events
    though the other parties go unnamed."""
    if cand.entry.pos != "VERB":
        return False
    return bool(cand.entry.object) or (cand.entry.cameo in NEGOTIATION_CAMEOS
                                       and any(c.dep_ == "dobj" for c in cand.trigger.children))


def _intent_event(event: Event, cand: events.Candidate, published: dt.date | None) -> Event:
    """The announcement of a planned action by its actor: AGREE (promise), CONCEDE (announced retreat) or
    THREATEN (threat), which did occur.

    Its trigger is the word that announces the plan ("will", "plans") and its date the publication date.
    """
    # "will withdraw unless X ..." is an ultimatum, whatever the planned action
    kind, cameo_code = intent.intent_type(event.event_type, conditional=cand.conditional,
                                          refused=cand.status == "negated")
    code = cameo.lookup(cameo_code)
    cue = cand.cue or cand.trigger
    known = replace(event.evidence, event_type=kind, status="occurred", intent=True, date_precision="publication")
    return replace(event, event_id=hashlib.sha1(f"{event.event_id}|intent".encode()).hexdigest()[:16],
                   event_type=kind, mode=None, cameo=code.code, goldstein=code.goldstein, quad_class=code.quad_class,
                   trigger=Span(cue.text, cue.idx, cue.idx + len(cue.text)),
                   date=published, date_precision="publication", date_text=None,
                   status="occurred", confidence=confidence.score(known), evidence=known,
                   why=f"announced intent ({cand.status} {event.event_type}, "
                       f"by '{cand.cue.text if cand.cue else ''}'); "
                       + event.why)


def _event_id(document: Document, cand: events.Candidate, actor: Party | None, recipient: Party | None) -> str:
    """A mention's id: a hash of its document, trigger, type and parties (code, sector and span of each), so
    distinct mentions never share one (one phrase may name a party of several sectors)."""
    key = "|".join(str(x) for x in (
        document.id, content_hash(document.text), cand.sentence_index, cand.trigger.idx, cand.entry.event_type,
        *_party_key(actor), *_party_key(recipient)))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _party_key(party: Party | None) -> tuple:
    return (party.code, party.start, party.sector or "", party.end) if party else ("", "", "", "")
