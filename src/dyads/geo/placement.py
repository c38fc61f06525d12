"""Event placement: a document's toponyms, dateline and setting, and the place of each event.

An event's place is the toponym attached to its clause by a place preposition, a travel destination or a
noun modifier, else the sentence's, else the story's setting (dateline or lead); never a capital acting as
a party, never the actor's country.
"""
from __future__ import annotations

import collections
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dyads import dateline, dates, nlp
from dyads.geo.gazetteer import Entry, Gazetteer, words
from dyads.geo.mentions import (Mention, _goes_to, _locative_prep, find_mentions, named_countries,
                                resolve_mentions, resolve_name, to_place)
from dyads.geo.towns_country import PLACES_COUNTRY_MIN, places_country
from dyads.geo.venues import gathering_venue
from dyads.records import Place

# ---- documents: mentions, dateline, setting ---------------------------------------------------------

RECIPIENT_COUNTRY_BONUS = 2.0


@dataclass(slots=True)
class DocumentPlaces:
    """The resolved toponyms of one document, its dateline place and its setting."""

    mentions: list[Mention]
    setting: Mention | Entry | None
    setting_why: str = ""
    by_token: dict[int, Mention] = field(default_factory=dict)
    countries: collections.Counter = field(default_factory=collections.Counter)  # countries the document names
    # The setting is where the story happens (a dateline, or a lead sentence's "in"/"at" place), not merely
    # where someone in its lead travelled ("flew to Beijing"): only then do unnamed locals belong to it.
    setting_is_scene: bool = False
    # countries the document names by demonym or nationality ("Sudanese workers")
    demonyms: collections.Counter = field(default_factory=collections.Counter)


def analyse(doc: Doc, *, gazetteer: Gazetteer) -> DocumentPlaces:
    """Find and resolve the toponyms of a parsed document, its dateline and its setting."""
    mentions = find_mentions(doc, gazetteer)
    demonyms = named_countries(doc)
    countries = resolve_mentions(mentions, gazetteer=gazetteer, extra_countries=demonyms)
    mentions = [m for m in mentions if m.place is not None]
    by_token = {i: m for m in mentions for i in range(m.span.start, m.span.end)}
    setting, why = _dateline(doc, gazetteer), "dateline"
    if words().venue(setting):
        setting = None  # "GENEVA (Reuters) - talks on Sudan opened": the story is about those who meet there
    if setting is None:
        setting, why = _lead_setting(doc, mentions)
    scene = setting is not None and (why == "dateline" or _locative_prep(setting) is not None)
    return DocumentPlaces(mentions, setting, why, by_token, countries, setting_is_scene=scene, demonyms=demonyms)


# A story with no dateline or lead place is about the country it names most, when it names that one at least
# MAIN_COUNTRY_MIN times and MAIN_COUNTRY_MARGIN times as often as any other (a country named once is as often
# a party acted on, "condemned Bolivia", as the story's own).
MAIN_COUNTRY_MIN = 2
MAIN_COUNTRY_MARGIN = 2
# ... or, counting its towns and regions too, at least MAIN_PLACES_MIN times (a town in a quote is as often a
# target as the story's own: "suspended contact with Kigali" in a story about Burundi)
MAIN_PLACES_MIN = 3


def setting_country(places: DocumentPlaces) -> tuple[str | None, str]:
    """The country where the story happens (its dateline or a lead sentence's "in" place), else the country it
    is about (named clearly most often), and why."""
    setting = places.setting if places.setting_is_scene else None
    entry = setting.place if isinstance(setting, Mention) else setting
    if entry is not None and entry.country:
        return entry.country, places.setting_why
    if places.setting is not None:
        return None, ""  # a lead that travels somewhere ("flew to Lima"): the locals' country is not known
    main = main_country(places)
    if main is not None:
        return main, f"the country the story names most, {main}"
    # named mostly through its towns and people ("police in Khartoum", "Sudanese workers")
    main = places_country(places.mentions, places.demonyms, least=PLACES_COUNTRY_MIN, margin=MAIN_COUNTRY_MARGIN)
    return main, (f"the country whose places and people the story names most, {main}" if main else "")


def one_named_country(places: DocumentPlaces) -> str | None:
    """The one country a document names (by name, demonym, or through its towns and regions as resolved), if it
    names exactly one: a story set nowhere in particular that names a single country is most likely about that
    country. None for a lead that travels somewhere ("flew to Lima"): the locals' country is not known."""
    if places.setting is not None and not places.setting_is_scene:
        return None
    known = words()
    counts = collections.Counter(places.countries)
    # a venue city ("talks in Geneva") names no country the story is about
    counts.subtract(m.place.country for m in places.mentions if known.venue(m.place))
    named = {c for c, n in counts.items() if c and n > 0}
    named |= {m.place.country for m in places.mentions if m.place is not None and m.place.country
              and not known.venue(m.place)}
    return next(iter(named)) if len(named) == 1 else None


def where_named(places: DocumentPlaces, doc: Doc, country: str) -> tuple[int, ...]:
    """Start characters of the document's mentions of `country`: its places in it and its demonyms."""
    from dyads.geo.resolution import _demonym_country
    found = [m.span.start_char for m in places.mentions if m.place is not None and m.place.country == country]
    found += [e.start_char for e in doc.ents if e.label_ == "NORP"
              and (_demonym_country(e[0]) or _demonym_country(e[-1])) == country]
    return tuple(sorted(found))


def main_country(places: DocumentPlaces) -> str | None:
    """The country a story with no stated setting is about: the one it names (by name or demonym) clearly more
    often than any other, if any."""
    named = collections.Counter(places.countries)
    # towns and regions are as often where a story's parties strike as where it is set: countries named only
    named.subtract(m.place.country for m in places.mentions if m.place is not None and m.place.kind != "country")
    main = _clear_first(named)
    if main is not None:
        return main
    # ... unless they agree with a country the story names itself: a story whose towns and regions lie in the
    # country it names, clearly more than anywhere else ("Bahrain says ... in Manama"), is set there
    main = _clear_first(collections.Counter(places.countries), least=MAIN_PLACES_MIN)
    own_name = any(m.place is not None and m.place.kind == "country" and m.place.country == main
                   for m in places.mentions)
    return main if own_name else None


def _clear_first(counts: collections.Counter, least: int = MAIN_COUNTRY_MIN) -> str | None:
    """The country counted at least `least` times and MAIN_COUNTRY_MARGIN times as often as any other."""
    ranked = [(c, n) for c, n in counts.most_common(2) if c and n > 0]
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] < MAIN_COUNTRY_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def _dateline(doc: Doc, gazetteer: Gazetteer) -> Entry | None:
    found = dateline.find(nlp.text_of(doc))
    if found is None or found.place is None:
        return None
    ranked = [e for e, _, _ in resolve_name(found.place.title(), gazetteer=gazetteer, limit=1)]
    return ranked[0] if ranked else None


def _lead_setting(doc: Doc, mentions: list[Mention], lead: int = 3) -> tuple[Mention | None, str]:
    """The first place a lead sentence puts something "in" or "at": the story's setting."""
    lead_sents = nlp.sentences(doc)[:lead]
    if not lead_sents:
        return None, ""
    end = lead_sents[-1].end
    for m in mentions:
        if m.span.start >= end:
            break
        if words().venue(m.place):
            continue  # "talks in Geneva": where parties from elsewhere meet, not where the story happens
        prep = _locative_prep(m)
        if prep is not None and prep.lower_ in ("in", "at") and dates._clause_head(prep.head) == nlp.sentence(prep).root:
            if gathering_venue(m.span, m.place.country if m.place else None, prep, since=0):
                continue  # "signed an agreement in Pretoria": where parties from elsewhere met, not their home
            return m, f"story setting: '{prep.text} {m.name}' in the lead"
        if _goes_to(m) is not None:
            return m, f"story setting: '{_goes_to(m).text}' {m.name} in the lead"
    return None, ""


# ---- event locations --------------------------------------------------------------------------------


def _overlaps(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """The mention heads a party phrase ("Beijing said"), not merely sits in one ("the embassy in Ankara")."""
    doc = mention.span.doc
    for start, end in spans:
        root = nlp.char_span_root(doc, start, end)
        if root is not None and mention.span.start <= root < mention.span.end:
            return True
    return False


def _destination(mention: Mention, chain: list[Token]) -> bool:
    """"visited Moscow", "trip to Beijing", "traveled to Ankara for talks": where the event's travel goes."""
    if _goes_to(mention) in chain:
        return True
    # "the trip was to Beijing": the travel noun is the subject, the destination hangs on the copula.
    node = mention.root
    return chain[0].lemma_.lower() in words().travel_lemmas and node.dep_ == "pobj" \
        and node.head.lower_ == "to" and node.head.head in chain


def _object_place(mention: Mention, trigger: Token, event_type: str | None) -> bool:
    """"shelled Kharkiv", "seized Kabul": the object of a material event is where it happens."""
    if event_type not in words().object_place_event_types or mention.place is None or mention.place.kind == "country":
        return False
    node = mention.root
    return node.dep_ in ("dobj", "nsubjpass") and node.head == trigger


def _recipients_reading(mention: Mention, country: str | None, event_type: str | None) -> Entry | None:
    """A homonym of the chosen place in the recipient's country that scores within RECIPIENT_COUNTRY_BONUS of
    it, for a material event ("attacked Lebanese troops in Tripoli" when Libya is named too). The caller
    passes only a country the document names (a recipient may take its country from the place itself)."""
    if country is None or event_type not in words().object_place_event_types or not mention.ranked \
            or mention.ranked[0][1] != mention.place or mention.place.country == country:
        return None
    best = mention.ranked[0][0]
    for score, entry in mention.ranked[1:]:
        if entry.kind != "country" and entry.country == country and score + RECIPIENT_COUNTRY_BONUS > best:
            return entry
    return None


def _placed_nowhere(trigger: Token, chain) -> str | None:
    """The phrase placing the event nowhere in particular ("launched attacks *around the world*", "operations
    *abroad*"), attached to the trigger or a verb of its clause, else None."""
    known = words()
    heads = [trigger, *(t for t in chain if t is not trigger)]
    heads += [c for h in heads for c in h.children if c.dep_ == "dobj"]  # "launched attacks around the world"
    for head in heads:
        for child in head.children:
            if child.dep_ == "advmod" and child.lower_ in known.everywhere_words:
                return child.text
            if child.dep_ == "prep" and child.lower_ in known.place_prepositions:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lower_ in known.everywhere_words:
                        return f"{child.text} {' '.join(t.text for t in obj.subtree)}"
    return None


def locate(trigger: Token, *, places: DocumentPlaces, party_spans: list[tuple[int, int]],
           event_type: str | None = None, event_date_near_story: bool = True,
           recipient_country: str | None = None) -> tuple[Place | None, str]:
    """The event's place and why.

    Args:
        trigger: the event trigger.
        places: the document's resolved toponyms and setting (from `analyse`).
        party_spans: character spans of the event's coded actor and recipient; a toponym there acts as
            a party ("Beijing said") and is never the event's place.
        event_type: the PLOVER type; material types take their object as the place ("shelled X").
        event_date_near_story: the event happens at the story's time, so the story setting may apply.
        recipient_country: the recipient's country; a material event (an attack, an arrest) happens on its
            ground more often than not, so a homonym there is preferred when it scores close to the best.

    Returns:
        (place, why) or (None, why) when nothing places the event.
    """
    sentence = nlp.sentence(trigger)
    chain = dates.clause_chain(trigger)
    in_sentence = [m for m in places.mentions if sentence.start <= m.span.start < sentence.end]
    attached, loose = [], []
    for m in in_sentence:
        if _destination(m, chain):
            attached.append((0, abs(m.root.i - trigger.i), m, f"destination of '{(_goes_to(m) or trigger).text}'"))
            continue
        if _object_place(m, trigger, event_type):
            attached.append((0, abs(m.root.i - trigger.i), m, f"object of '{trigger.text}'"))
            continue
        prep = _locative_prep(m)
        if prep is not None:
            # A place preposition makes it a place ("talks in Beijing", "a reef near Manila") even when
            # the extractor also took the name as a party.
            gov = prep.head
            if gov in chain:
                attached.append((1, abs(m.root.i - trigger.i), m, f"'{prep.text} {m.name}' attached to '{gov.text}'"))
            elif trigger in gov.ancestors and dates._clause_head(gov) in chain:
                attached.append((2, abs(m.root.i - trigger.i), m, f"'{prep.text} {m.name}' within the event's phrase"))
            elif dates._clause_head(gov) == sentence.root:
                loose.append((3, m.span.start, m, f"'{prep.text} {m.name}' in the sentence's main clause"))
            continue
        if _overlaps(m, party_spans):
            continue  # a capital or country acting as a party ("Beijing said") is not a place
        if m.root.head == trigger and m.root.dep_ in ("compound", "nmod", "amod") and trigger.pos_ in ("NOUN", "PROPN"):
            attached.append((0, 0, m, f"modifier of '{trigger.text}'"))
    if not attached and (nowhere := _placed_nowhere(trigger, chain)) is not None:
        return None, f"the event's own place is '{nowhere}', no country"
    chosen = sorted(attached, key=lambda x: (x[0], x[1]))[:1] or sorted(loose, key=lambda x: x[1])[:1]
    if chosen:
        _, _, m, how = chosen[0]
        other = _recipients_reading(m, recipient_country if places.countries.get(recipient_country) else None,
                                    event_type)
        if other is not None:
            return to_place(other, f"{how}; {m.why}; but {other.name} ({other.admin1}, {other.country}) in the "
                                   f"recipient's country {recipient_country}"), how
        return to_place(m.place, f"{how}; {m.why}"), how
    setting = places.setting
    # The story's setting is not this event's place when the event names it as a party ("accused Beijing").
    acting = {m.place for m in in_sentence if _overlaps(m, party_spans)}
    target = setting.place if isinstance(setting, Mention) else None
    if setting is not None and event_date_near_story and (target is None or target not in acting):
        if isinstance(setting, Mention):
            return to_place(setting.place, f"{places.setting_why}; {setting.why}"), places.setting_why
        return to_place(setting, f"dateline -> {setting.name}, {setting.country}"), "dateline"
    return None, "no place attached to the event, its sentence or the story"


