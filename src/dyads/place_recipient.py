"""The people of the place where a use of force happened, as its recipient when no party is named.

"Troops opened fire in Goma", "an offensive in Mosul", "withdrew from Mosul": an attack, siege, retaking of
ground or coercion inside a country with no named target (and a retreat from a place) bears on that country's
people (coding guide: strikes on a town hitting its residents are a party of that country; victims belong to
*their* country). A target known only by its sector ("dozens of fighters") takes the same country.
The place must be the event's own: attached to its clause or phrase, or the sentence's main clause. The
story's setting (its dateline or lead) is often merely the country the story is about, so it counts only for
an actor of that very country: a state's forces or fighters using force at home ("the regime retook
territory" in a story set in Syria) act on their own people.
"""
from __future__ import annotations

from dataclasses import replace

from dyads import actors, geo
from dyads.actors.vocab import stateless_head
from dyads.records import Party, Place

# Force, coercion and retreat (from a place): with no party named, they bear on the people where they happen.
PLACE_RECIPIENT_TYPES = frozenset(("ASSAULT", "COERCE", "RETREAT"))
# Uses of force that, placed nowhere, bear on the people where the story is set when its own forces use it.
HOME_FORCE_TYPES = frozenset(("ASSAULT",))
STATE_FORCE_SECTORS = frozenset(("GOV", "MIL", "COP"))
# How `geo.locate` says it placed an event, the ways that tie the place to the event itself (not the
# story's setting): a place preposition on the clause or phrase, the object of the trigger, a modifier
# of an event noun, a place in the sentence's main clause.
OWN_PLACE_HOWS = ("object of ", "attached to ", "within the event's phrase", "modifier of ",
                  "in the sentence's main clause")
# Meetings and visits: one's own forces met abroad stand for the host country (_host_of_visit).
VISIT_TYPES = frozenset(("CONSULT",))
OWN_FORCE_SECTORS = frozenset(("MIL",))
# The people of a place are its civilians (as CAMEO codes an attacked village or market).
PEOPLE_SECTOR = "CVL"
WHY_PREFIX = "no recipient named: "
WHY = f"{WHY_PREFIX}the people of the place where it happened"
# How a recipient's `why` says it took the actor's country for want of its own (pairing.at_home): "Chilean
# soldiers killed civilians" -> Chile's, unless the act's own place is in another country.
HOME_WHY = "no country of its own: the actor's"


def choose(recipient: Party | None, event_type: str, location: Place | None, how: str,
           places: geo.DocumentPlaces, sentence_span: tuple[int, int], actor: Party | None,
           setting: str | None = None) -> Party | None:
    """The event's recipient: the one found; with none, the people of the event's place; a target known only
    by its sector ("attacked opposition groups", "hospitals were targeted") is of the place's country. An attack
    placed nowhere, by forces of the country where the story is set (`setting`), bears on their own people."""
    if recipient is None and location is None and event_type in HOME_FORCE_TYPES and setting is not None \
            and actor is not None and actor.country == setting and actor.code == setting \
            and actor.sector in STATE_FORCE_SECTORS:
        return Party(actor.text, actor.start, actor.end, actors.country_name(setting), setting, setting, PEOPLE_SECTOR,
                     f"{WHY_PREFIX}an attack placed nowhere by forces of the country where the story is set "
                     f"({setting}) bears on its own people")
    if (host := _host_of_visit(recipient, event_type, location, how, actor)) is not None:
        return host
    # a country guessed only from the story's setting yields to the event's own place (pairing.SETTING_WHY), and
    # so does the actor's own country given to victims with none named ("killed civilians *in a Peruvian town*")
    why = (recipient.why or "") if recipient is not None else ""
    guessed = "where the story is set" in why or (HOME_WHY in why and own_place(how))
    if recipient is not None and (recipient.code is not None or recipient.sector is None) and not guessed:
        return recipient
    if recipient is not None and recipient.code is None and stateless_head(recipient.text.lower().split()):
        return recipient  # "police arrested 40 migrants in Rome": migrants are not the people of where they are
    found = of(event_type, location, how, places, sentence_span, actor)
    if guessed and found is None:
        return recipient
    if found is None or recipient is None:
        return found or recipient
    place = (found.why or "").removeprefix(WHY_PREFIX)
    return replace(recipient, code=found.country, country=found.country, name=found.name,
                   why=f"{recipient.why or recipient.text}; no country of its own: {place}")


def _host_of_visit(recipient: Party | None, event_type: str, location: Place | None, how: str,
                   actor: Party | None) -> Party | None:
    """"X visited *its own country's* base (troops) in Y": a visit abroad to one's own forces meets the host country
    Y, not one's own side (PLOVER CONSULT: the visited party; a state's own forces are no counterpart)."""
    if event_type not in VISIT_TYPES or recipient is None or actor is None or location is None \
            or not location.country or not own_place(how):
        return None
    own_forces = recipient.sector in OWN_FORCE_SECTORS and recipient.code is not None \
        and recipient.code == actor.code == actor.country
    if not own_forces or location.country == actor.country:
        return None
    return Party(recipient.text, recipient.start, recipient.end, actors.country_name(location.country),
                 location.country, location.country, "GOV",
                 f"{recipient.why or recipient.text}; the actor's own forces, visited abroad: the host country "
                 f"({location.name} -> {location.country})")


def own_place(how: str) -> bool:
    """True when `geo.locate` placed the event by a place of its own sentence, not the story's setting."""
    return any(h in how for h in OWN_PLACE_HOWS) and not how.startswith(("story setting", "dateline"))


def of(event_type: str, location: Place | None, how: str, places: geo.DocumentPlaces,
       sentence_span: tuple[int, int], actor: Party | None = None) -> Party | None:
    """The country of the event's own place as its recipient, for force and coercion with none named.

    Args:
        event_type: the event's PLOVER type.
        location: the place `geo.locate` gave the event, and `how` it found it.
        places: the document's toponyms (the recipient's text is the mention naming the place).
        sentence_span: character offsets of the event's sentence.
        actor: the event's actor; the story's setting names the recipient only for an actor of its country.
    """
    if event_type not in PLACE_RECIPIENT_TYPES or location is None or not location.country:
        return None
    if not own_place(how) and (actor is None or actor.country != location.country):
        return None
    mention = mention_of(location, places, sentence_span)
    text, start, end = (mention.span.text, mention.span.start_char, mention.span.end_char) if mention is not None \
        else (location.name, sentence_span[0], sentence_span[0])
    return Party(text, start, end, actors.country_name(location.country), location.country, location.country,
                 PEOPLE_SECTOR, f"{WHY} ({location.name} -> {location.country})")


def mention_of(location: Place, places: geo.DocumentPlaces, sentence_span: tuple[int, int]) -> geo.Mention | None:
    """The mention naming the event's place in its sentence, if any."""
    start, end = sentence_span
    for m in places.mentions:
        if start <= m.span.start_char < end and m.place is not None and (
                m.place.geonameid == location.geonameid if location.geonameid else m.place.name == location.name):
            return m
    return None
