"""The coding pipeline: documents in, results (events or an error) out.

read -> parse (nlp) -> extract (events) -> pair parties (pairing) -> resolve actors / dates -> Event records.
Stages are pure over batches so the CLI, the store and parallel workers share them.
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace

from spacy.tokens import Doc, Token

from dyads import (
    actors, anaphors, approvals, brokers, cameo, confidence, dates, enactments, events, evidence, frontiers, geo,
    home_recipient, host_state, intent, lexicon, lost_ground, nlp, own_pledge, own_side, own_voice, party_syntax,
    pieces, place_recipient, political, provocations, repeats, retold, schedule, senses, status, story_recipients,
    typeclf, unaddressed,
)
from dyads.pairing import RECIPIENT_TIERS, at_home, home_actor, is_coded, pairs, party_code, same_party
from dyads.errors import message
from dyads.events.verdicts import aimed
from dyads.read import content_hash
from dyads.records import Document, ErrorRecord, Event, EventDate, Party, Place, Result, Span
from dyads.settings import Settings
from dyads.trace import Verdict, verdict

log = logging.getLogger(__name__)

# An event dated more than this many days before its story is background (a confidence feature).
BACKGROUND_DAYS = 31
# The confidence of an event not yet scored (`_events_of` without `traced`): the Event record's default.
UNSCORED = next(f.default for f in fields(Event) if f.name == "confidence")
# CAMEO codes of mediating and negotiating (045, 046).
NEGOTIATION_CAMEOS = ("045", "046")
# Pessimistic and optimistic comments (CAMEO 012, 013): about a party, or about nothing codable.
COMMENT_CAMEO = ("012", "013")


def warm(settings: Settings) -> None:
    """Load everything coding needs once per process (model, lexicon, actor tables, city index, gazetteer).

    Worker processes call this at start, so their first batch is not slower than the rest.
    """
    nlp.load(settings.spacy_model)
    lexicon.for_settings(settings)
    actors.index(tuple(settings.actor_paths))
    actors.cities()
    geo.from_settings(settings)
    _settle()


# Allocations between two collections of the garbage collector's youngest generation while coding (Python's
# default is 700): coding makes many small objects that die young, and every hundredth young collection is a full
# one, which walks every document, memo and cached phrase still alive. (10_000 -> 40_000 in session 28, -> 100_000 in
# session 30: README.)
GC_YOUNG_THRESHOLD = 100_000


@functools.cache
def _settle() -> None:
    """Once per process, after the tables are loaded: collect, then move every object alive (the tables, the
    model) out of the garbage collector's sight (`gc.freeze`). They live as long as the process, and every full
    collection would otherwise walk hundreds of thousands of them while coding. Collections of young objects are
    made rarer too (`GC_YOUNG_THRESHOLD`; never more frequent than the process had them): memory is still freed as
    soon as it is unused, only reference cycles wait a little longer."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if young:  # 0: the process turned automatic collection off; left so
        gc.set_threshold(max(young, GC_YOUNG_THRESHOLD), *older)


def code_documents(items: Iterable[Document | ErrorRecord], *, settings: Settings) -> Iterator[Result]:
    """Code every document; errors from reading pass through as results with `error` set.

    Each document is parsed and coded inside a guard: any exception becomes that document's E009 error
    and the rest of the batch is coded. Texts longer than `max_piece_chars` are coded piece by piece.
    """
    tables = _Tables(lexicon.for_settings(settings), actors.index(tuple(settings.actor_paths)),
                     geo.from_settings(settings), typeclf.Uses.from_settings(settings))
    # no piece may be longer than the parser accepts (spaCy's max_length, error E088)
    limit = min(settings.max_piece_chars, nlp.load(settings.spacy_model).max_length - 1)
    _settle()
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
        return Result(document, tuple(coded), n_sentences=nlp.sentence_count(doc))
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


def code_parsed(document: Document, doc: Doc, lex: lexicon.Lexicon, *,
                trace: list[Verdict] | None = None, actor_index: actors.Index | None = None,
                gazetteer: geo.Gazetteer | None = None, uses: typeclf.Uses | None = None) -> list[Event]:
    """Events of one parsed document, one per (actor, recipient) pair, deduplicated per sentence (`dyads.repeats`
    keeps a verb with its own object beside another event of the same type and parties).

    With `trace`, one Verdict per candidate trigger is appended, saying why it did or did not code.
    `gazetteer` places events (the default gazetteer when None). `uses` says which uses of the event-type
    classifier are on (the default settings' when None).
    """
    uses = uses or typeclf.Uses.from_settings(Settings())
    context = _Context(document, places=geo.analyse(doc, gazetteer=gazetteer or geo.load()),
                       story=dates.story_date(nlp.sentences(doc), published=document.date),
                       text_hash=content_hash(document.text))
    setting, setting_why = geo.setting_country(context.places)
    only = geo.one_named_country(context.places)
    resolver = actors.DocumentResolver(when=document.date, idx=actor_index, setting=setting, setting_why=setting_why,
                                       setting_scene=setting is not None and context.places.setting_is_scene,
                                       document_country=only,
                                       document_country_at=geo.where_named(context.places, doc, only) if only else (),
                                       regions=actors.region_tokens(context.places.mentions))
    found: list[tuple[events.Candidate, list[Event]]] = []
    skipped: dict[int, list[str]] = {}  # by candidate id: why each pair of parties it found coded nothing
    # a trigger that is no event is argued only for the trace, which shows its arguments
    candidates = events.analyse(doc, lex, argue_dropped=trace is not None)
    if uses.propose:
        candidates += _proposed(doc, lex, candidates, uses)
    classifier = typeclf.model()
    for cand in candidates:
        coded = [] if cand.dropped else list(_events_of(document, cand, resolver, context,
                                                        reading=_type_reading(cand, lex, classifier),
                                                        traced=trace is not None,
                                                        skipped=skipped.setdefault(id(cand), [])
                                                        if trace is not None else None))
        found.append((cand, coded))
    # recipients named only indirectly ("condemned the strike") are filled in before events are compared
    resolved = lost_ground.resolve(anaphors.resolve([e for _, coded in found for e in coded], doc, resolver),
                                   doc, resolver)
    # forces readied in answer to another state's act ("raised its alert after North Korea fired ...") face it
    resolved = provocations.resolve(resolved, doc, resolver)
    # what no rule found, the story may: the party it most likely aims at (a learnt ranker, precision first)
    resolved = story_recipients.resolve(resolved, resolver)
    replaced = {id(old): new for old, new in zip((e for _, coded in found for e in coded), resolved)}
    found = [(cand, [replaced[id(e)] for e in coded]) for cand, coded in found]
    # a verdict told by saying that names no judged party, and that nothing above gave one, codes nothing
    unaimed = {id(e) for e in resolved} - {id(e) for e in aimed(resolved)}
    if unaimed:
        resolved = [e for e in resolved if id(e) not in unaimed]
        found = [(cand, [e for e in coded if id(e) not in unaimed]) for cand, coded in found]
    # a domestic act that still names no party is aimed at the actor's own country ("vowed to crush the revolt")
    homed = home_recipient.resolve(resolved, resolver)
    if any(a is not b for a, b in zip(resolved, homed)):
        replaced = {id(old): new for old, new in zip(resolved, homed)}
        resolved = homed
        found = [(cand, [replaced.get(id(e), e) for e in coded]) for cand, coded in found]
    triggers = {(c.sentence_index, c.trigger.idx): c.trigger for c, coded in found if coded}
    token_of = lambda e: triggers.get((e.sentence_index, e.trigger.start))  # noqa: E731
    # law-making drops out only now: a reaction may refer back to it ("condemned the vote"); an act the law names
    # (a trigger that coded nothing of its own) makes its approval that act
    unused = {c.trigger.i: c.entry for c, _ in found if c.dropped}
    resolved, dropped, retyped = enactments.drop(resolved, token_of, unused)
    # approving an act of one's own ("approved the deployment of troops") is that act
    resolved, approved = approvals.retype(resolved, token_of, unused)
    retyped.update(approved)
    # a stance adjective ("ready to sign an agreement"), support or aid left with no party once every rule above has
    # looked for one is aimed at nobody: no event (the trace says why)
    nobody = unaddressed.unaddressed(resolved, token_of)
    resolved = [e for e in resolved if id(e) not in nobody]
    dropped.update(nobody)
    found = [(cand, [retyped.get(id(e), e) for e in coded]) for cand, coded in found]
    # a meeting mentioned again in passing is coded once, at its first mention
    resolved, again = retold.drop(resolved, token_of)
    dropped.update(again)
    best, apart = repeats.one_per_action(resolved, token_of)
    if apart:  # the why of an act kept beside another of its sentence's events says so
        noted = {id(e): replace(e, why=e.why + apart[id(e)]) for e in best if id(e) in apart}
        best = [noted.get(id(e), e) for e in best]
        found = [(cand, [noted.get(id(e), e) for e in coded]) for cand, coded in found]
    # one action whose parties differ only in sector ("detained a journalist and 53 protesters") is one event
    best, merged, folded = repeats.one_per_code_pair(best)
    dropped.update(folded)
    if merged:
        noted = {id(e): replace(e, why=e.why + merged[id(e)]) for e in best if id(e) in merged}
        best = [noted.get(id(e), e) for e in best]
        found = [(cand, [noted.get(id(e), e) for e in coded]) for cand, coded in found]
    kept = _one_per_action(best)
    if uses.choose:
        kept = _choose_types(kept, [c for c, _ in found], lex, uses)
    if trace is not None:
        trace.extend(verdict(cand, coded, kept, dropped, skipped.get(id(cand))) for cand, coded in found)
    # who the story is about is known only now: its share of the story's events is part of each event's evidence
    # and where its final parties stand in their trigger's parse
    kept = [_final(e, parse, story) for e, parse, story in zip(kept, party_syntax.parse_fields(kept, doc),
                                                                  evidence.story_fields(kept))]
    # the sentence's main event first (its most prominent trigger), whatever the events' confidence
    return sorted(kept, key=lambda e: (e.sentence_index, -evidence.salience(e), e.trigger.start))


def _final(event: Event, parse: dict | None, story: dict | None) -> Event:
    """The event with the parse and story fields of its evidence filled in (`party_syntax.fill`,
    `evidence.in_story`) and its confidence scored from them, in one copy of each (events without evidence as
    they are)."""
    if event.evidence is None:
        return event
    known = replace(event.evidence, **parse, **story)
    return replace(event, evidence=known, confidence=confidence.score(known))


def _named(party: Party | None) -> str:
    """A party as the trace names it: its words and what it resolved to ("'the army' (?/MIL)")."""
    if party is None:
        return "none"
    return f"'{party.text}' ({party.code or '?'}/{party.sector or '?'})"


def _skip_private(actor: Party | None, recipient: Party | None) -> str:
    """Why a pair of parties of which neither is coded, or a private dealing, codes no event."""
    if not (is_coded(actor) or is_coded(recipient)):
        return f"neither party resolved to a political party (actor {_named(actor)}, recipient {_named(recipient)})"
    return f"a private dispute or act, no political party (actor {_named(actor)}, recipient {_named(recipient)})"


def _skip_stateless(actor: Party, recipient: Party | None) -> str:
    """Why an actor found in the text but left with no state or organization codes no event."""
    if political.unknown_actor(actor):
        return f"actor {_named(actor)} is no one's party with no group or country named"
    if actor.code is None and recipient is not None and recipient.code is not None:
        return f"actor {_named(actor)} names states in the plural, none of them named: no one party"
    told = "" if recipient is None else f", nor recipient {_named(recipient)}"
    return f"actor {_named(actor)} resolved but given no state or organization{told}"


def _type_reading(cand: events.Candidate, lex: lexicon.Lexicon,
                  classifier: typeclf.Model) -> Callable[[], typeclf.Reading]:
    """The event-type classifier's reading of a candidate's trigger, read on first use and kept: only the evidence
    of an event holds it, and most candidates code none."""
    return functools.cache(lambda: typeclf.reading(classifier.proba(typeclf.features(cand.trigger, lex)),
                                                   cand.entry.event_type))


def _proposed(doc: Doc, lex: lexicon.Lexicon, candidates: list[events.Candidate],
              uses: typeclf.Uses) -> list[events.Candidate]:
    """Candidates the event-type classifier proposes: the main predicate of each sentence where no lexicon entry
    fired, when its most probable label is an event type with probability >= `uses.propose_min`."""
    fired = {c.sentence_index for c in candidates}
    classifier, out = typeclf.model(), []
    for s_index, sentence in enumerate(nlp.sentences(doc)):
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
            groups.setdefault((event.sentence_index, party_code(event.actor), party_code(event.recipient)), []).append(event)
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
                and party_code(o.actor) == party_code(event.actor) and o.recipient is not None for o in found):
            continue
        out.append(event)
    return out


def explain(text: str, *, settings: Settings, date: dt.date | None = None) -> tuple[Doc, list[Verdict], list[Event]]:
    """Parse and code one text, keeping the parse and a verdict for every candidate trigger."""
    doc = nlp.load(settings.spacy_model)(text)
    trace: list[Verdict] = []
    coded = code_parsed(Document("explain", text, date), doc, lexicon.for_settings(settings),
                        trace=trace, uses=typeclf.Uses.from_settings(settings))
    return doc, trace, coded


@dataclass(frozen=True, slots=True)
class _Context:
    """What the date and place of every event of one document are resolved against."""

    document: Document
    places: geo.DocumentPlaces
    story: EventDate | None
    text_hash: str  # `content_hash` of the document's text, a part of every event id


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


def _named_phrase(doc: Doc, party: Party) -> bool:
    """True when the phrase of a party holds a proper name ("the *United States*", "the Government of *Kenya*")."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)


def _events_of(document: Document, cand: events.Candidate, resolver: actors.DocumentResolver,
               context: _Context, *, reading: Callable[[], typeclf.Reading] = typeclf.Reading,
               traced: bool = True, skipped: list[str] | None = None) -> Iterator[Event]:
    """The events of one candidate; `reading` gives the event-type classifier's reading of its trigger (asked for
    only when an event is built).

    With `traced`, the candidate is read in full for the trace (`dyads explain`), which shows its rule and its
    events as they were coded: its status by a scheduled date even when no party pairs, and each event's
    confidence at once. Without it, a candidate with no pair of parties ends there, and an event keeps the default
    confidence (`UNSCORED`): `code_parsed` scores every event it returns from its final evidence, so an earlier
    score would only be overwritten. `skipped`, when given, gets why each pair of parties found coded no event
    (for the trace: "no actor resolved" is said only when no party was found)."""
    skip = skipped.append if skipped is not None else (lambda _: None)
    entry = cand.entry
    code = cameo.lookup(entry.cameo)
    found = pairs(cand, resolver)
    if not found and not traced:
        return  # no parties, no event: its status and date are not needed
    if cand.status == "occurred" and not schedule.done_verb(cand.trigger, cand.entry) \
            and (booked := schedule.scheduled(cand.trigger, document.date)) is not None:
        cand.status, cand.rule = "planned", f"{cand.rule}; status planned by the date '{booked}'"
    when, date_why = dates.resolve(cand.trigger, published=document.date, status=cand.status, story=context.story)
    trig = cand.trigger
    sent = cand.sentence
    for actor, recipient, tier in found:
        if same_party(actor, recipient) or own_pledge.speakers_state(actor, recipient, cand):
            recipient = None  # the actor itself, or its own state in the clause it promises ("pledged that X would")
        if not (is_coded(actor) or is_coded(recipient)) or political.private_dispute(entry, actor, recipient) \
                or political.private_act(entry.event_type, actor, recipient, sent.doc):
            skip(_skip_private(actor, recipient))
            continue
        if not is_coded(actor):
            # an event is an action by a political party: with none named or resolved there is no event
            # (what "killed" two soldiers may be a storm, a mine or nobody said)
            skip("no actor resolved to a political party" + (f" ('{actor.text}': {actor.why})" if actor else ""))
            continue
        if cand.quoted and (entry.pos != "VERB" or not own_voice.speaks_for(
                resolver.resolve(cand.attribution), actor, named=_named_phrase(sent.doc, actor))):
            skip(cand.quoted)  # a third party's act in the speaker's own words: the speaker's account of it
            continue
        if senses.provisional(entry) and not own_side.confirmed(senses.pending_subjects(trig), actor.country,
                                                                 actor.code, actor.sector):
            skip(f"actor {_named(actor)} is not of the state the sense needs")
            continue  # "he warned that London could ...": the pronoun is no party of London's state
        if senses.state_speaker_needed(entry) and actor.sector not in own_side.STATE_SECTORS:
            skip(f"actor {_named(actor)} is no state's party: the penalty it warns of is no act of its own")
            continue  # "Amnesty warned that protesters would be arrested": a danger, no threat
        actor = home_actor(actor, recipient, entry.event_type)
        recipient = at_home(recipient, actor, entry.event_type, entry.mode)
        if entry.event_type == "CONSULT" and not is_coded(recipient) \
                and (cand.convened or brokers.convened_meeting(cand)):
            recipient = _sides_of_setting(cand, actor, geo.main_country(context.places),
                                          _where(cand, when, context, actor, None))
        if entry.event_type == "CONSULT" and not is_coded(recipient) and not _gathering_or_outcome(cand):
            skip(f"a meeting with no other party named (actor {_named(actor)})")
            continue  # a meeting, talk or visit is with someone: with no other party named it codes nothing
        if entry.cameo in COMMENT_CAMEO and not is_coded(recipient):
            skip(f"a comment aimed at no party (actor {_named(actor)})")
            continue  # "was upbeat", "voiced pessimism": a mood about no party named is no event
        if unaddressed.press_audience(entry.event_type, trig, recipient):
            skip(f"the press is the audience (actor {_named(actor)})")
            continue  # "officials who spoke to Reuters", "told reporters that ...": the press is the audience
        if entry.pos == "MODAL" and not is_coded(recipient):
            # "X said Y should do Z" appeals to Y: with no party as Y ("said common sense should prevail",
            # "believes the meeting should focus on ...") it is an opinion, not a request
            skip(f"an opinion with no party appealed to (actor {_named(actor)})")
            continue
        location, place_why = _where(cand, when, context, actor, recipient)
        # an attack or coercion with no target named strikes the people of the place where it happened (not a
        # closure of the actor's own frontier: "closed its airspace" restricts those outside)
        if recipient is not None or not frontiers.closes_own_frontier(cand):
            recipient = place_recipient.choose(recipient, entry.event_type, location, place_why, context.places,
                                               (sent.start_char, sent.end_char), actor, resolver.setting)
        # "X's embassy in Y condemned the boarding": a post abroad addresses its host government
        recipient = host_state.of_post(recipient, entry.event_type, actor, location, place_why, sent.doc,
                                       context.places, (sent.start_char, sent.end_char))
        if (political.stateless(actor, recipient) or political.unknown_actor(actor)
                or political.unnamed_states(actor, sent.doc)) and nlp.sentence_count(sent.doc) > 1:
            # "officials said they would ..." in a story that names no state for either side: no dyad at all; nor
            # is an act by unnamed gunmen of no group or country on a coded party ("gunmen killed two American
            # tourists"): the coding guide codes no such actor. A lone sentence keeps
            # the event (flagged by its low confidence): its story, which would name the state, is not in hand
            # (one-sentence gold such as the PLOVER GSR codes such sentences with the story's)
            skip(_skip_stateless(actor, recipient))
            continue
        known = evidence.of(cand, actor, recipient, recipient_tier=tier, date_precision=when.precision,
                            pairs=len(found), resolver=resolver, reading=reading(),
                            proposed=cand.entry.source.startswith(typeclf.PROPOSED_SOURCE),
                            background=_background(when, document))
        why = f"{cand.rule}; lexicon {entry.describe()}"
        if cand.quoted:
            why += "; told in a direct quotation by a speaker of its own side"
        if recipient is not None and tier:
            why += f"; recipient from {RECIPIENT_TIERS[min(tier, len(RECIPIENT_TIERS) - 1)]}"
        for role, party in (("actor", actor), ("recipient", recipient)):
            if party is not None:
                why += f"; {role}: {party.why}"
        why += f"; date: {date_why}; place: {place_why}"
        attribution = cand.attribution
        event = Event(
            doc_id=document.id,
            event_id=_event_id(document, cand, actor, recipient, text_hash=context.text_hash),
            sentence_index=cand.sentence_index,
            sentence=nlp.span_text(sent),
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
            confidence=confidence.score(known) if traced else UNSCORED,
            why=why,
            evidence=known,
        )
        if trig.lemma_.lower() not in status.words().announced_only:
            yield event  # "said it would respond forcefully": only the announcement, a threat, is an event
        # an announced refusal to retreat rejects someone: with no party named it is no REJECT; a refusal to meet,
        # join or sign is one with or without a party named (coding guide, session 19)
        if cand.intent and (cand.status != "negated" or recipient is not None
                            or intent.refusal_key(entry.event_type, entry.cameo) in status.words().unaddressed_refusals) \
                and not (_threat(cand) and _own_organ(actor, recipient)):
            # "said Russia would attack ... if a US strike threatened *Russian military personnel*": a state threatens
            # no organ of its own; the announcement is left uncoded
            yield _intent_event(event, cand, document.date)


def _sides_of_setting(cand: events.Candidate, actor: Party, setting: str | None,
                      where: tuple[Place | None, str]) -> Party | None:
    """The sides of talks an outside sponsor convenes ("UN-sponsored talks collapsed") when the clause names none:
    the country the story is about (it names it clearly most often: `geo.main_country`), whose conflict the talks
    are to settle (never the sponsor's own, nor where they meet)."""
    if setting is None or setting in (actor.code, actor.country):
        return None
    place, how = where
    if place is not None and place.country == setting and place_recipient.own_place(how):
        return None  # "UN-led talks in Vienna" in a story set in Austria: where they meet, not who meets
    trig = cand.trigger
    return Party(trig.text, trig.idx, trig.idx + len(trig.text), actors.country_name(setting), setting, setting, None,
                 f"the sides of talks convened by '{actor.text}': the country the story is about, {setting}")


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
                                          refused=cand.status == "negated", cameo=cand.entry.cameo)
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


def _threat(cand: events.Candidate) -> bool:
    """True when the announcement of the candidate's act is a threat (intent.intent_type)."""
    return cand.status != "negated" and (cand.conditional
                                         or status.words().intent_types.get(cand.entry.event_type) == "THREATEN")


def _own_organ(actor: Party | None, recipient: Party | None) -> bool:
    """True when a state (its government, or the state as such) acts on one of its own organs (its forces or
    government)."""
    return actor is not None and recipient is not None and actor.code is not None and actor.code == actor.country \
        and actor.sector in (None, "GOV") and recipient.code == actor.code and recipient.sector in ("MIL", "GOV")


def _event_id(document: Document, cand: events.Candidate, actor: Party | None, recipient: Party | None, *,
              text_hash: str | None = None) -> str:
    """A mention's id: a hash of its document, trigger, type and parties (code, sector and span of each), so
    distinct mentions never share one (one phrase may name a party of several sectors). `text_hash` is the
    document's `content_hash` when the caller has it already."""
    key = "|".join(str(x) for x in (
        document.id, text_hash or content_hash(document.text), cand.sentence_index, cand.trigger.idx, cand.entry.event_type,
        *_party_key(actor), *_party_key(recipient)))
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _party_key(party: Party | None) -> tuple:
    return (party.code, party.start, party.sector or "", party.end) if party else ("", "", "", "")
