"""The actor's own country as the recipient of a domestic act that names no party it is aimed at.

A state's own bodies and people acting at home often name nobody their act is aimed at: "the government launched a
probe into the land deals", "Home Minister X vowed to wipe out the insurgency", "the court handed down suspended
sentences", "the union agreed to a truce", "President Y endorsed the resolution", "police told the organizers to
end the march". PLOVER (and the CAMEO codebook's domestic coding) codes such an act with the actor's own country as
its recipient: the government, courts and people of that country are what it bears on. `pairing` does so for the
protest, concession, coercion and rejection types from the clause; this step does it, last, for the types listed
in `data/home_recipients.csv`, after every other rule and the story's ranker have found no recipient. (Not
attacks: in a conflict story an attack with no target named is most often on the other side; `place_recipient`
gives it the people of its place. A retreat or coercion at home by a country's own rebels, insurgents or crowds
(`insider_types`, `insider_sectors`) is given their country: their other side is that state itself.)

Only a domestic act is given one: the actor is a state's own party (its code is its country's, not an IGO, NGO or
armed group), the act happens at home (the event's place, else the story's setting, is the actor's country or
unknown), its sentence names no party of another state or organization and no word saying it reaches abroad
("foreign investors", "other countries", "allies"), no earlier event of the story pairs the actor's country with
another party, and the act is not told as like others ("made similar threats"). An act that names its target
abroad or in a foreign story is left without a recipient (precision first: no recipient is better than a wrong
one).
"""
from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources

from dyads import actors, story_recipients
from dyads.records import Event, Party

DATA_FILE = "home_recipients.csv"
WHY = ("no recipient named: an act at home ({kind}) naming no other party is aimed at the actor's own country "
       "({country})")
FOUND = "inferred"  # how the evidence says the recipient was found (a confidence feature)
PERSON_KINDS = ("leader", "person")  # resolver kinds of a person named (`_named_again`)
MIN_SENTENCES = 2  # a document of fewer sentences is no story: nothing is filled (as in `story_recipients`)
WORD = re.compile(r"[a-z]+")


@functools.cache
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(event types given a home recipient, words that say an act reaches abroad, words that tell an act as like
    others named before, types given one only when a country's non-state party does it, those parties' sectors)."""
    text = resources.files("dyads.data").joinpath(DATA_FILE).read_text("utf-8")
    found: dict[str, set[str]] = {"type": set(), "foreign": set(), "like": set(), "insider_type": set(),
                                  "insider_sector": set()}
    for row in csv.DictReader(io.StringIO(text)):
        found[row["kind"].strip()].add(row["value"].strip())
    return (frozenset(found["type"]), frozenset(w.lower() for w in found["foreign"]),
            frozenset(w.lower() for w in found["like"]), frozenset(found["insider_type"]),
            frozenset(found["insider_sector"]))


def types() -> frozenset[str]:
    return _table()[0]


def foreign_words() -> frozenset[str]:
    return _table()[1]


def anaphoric_words() -> frozenset[str]:
    return _table()[2]


def insider_types() -> frozenset[str]:
    """Types given a home recipient only when a country's own non-state party acts (`insider_sectors`): a retreat
    or coercion by rebels or a crowd at home bears on their own country, whose state is their other side (not an
    attack placed nowhere: `place_recipient` leaves a rebel offensive with no target unaddressed)."""
    return _table()[3]


def insider_sectors() -> frozenset[str]:
    return _table()[4]


def _state_party(party: Party | None) -> bool:
    """A party of one state: its code is (or starts with) its country's, not an IGO, NGO or armed group's."""
    return party is not None and bool(party.code) and bool(party.country) and party.code[:3] == party.country


def _abroad(event: Event, setting: str | None) -> bool:
    """The act happens outside the actor's country: its place, else the story's setting, is another country."""
    country = event.actor.country
    if event.location is not None and event.location.country:
        return event.location.country != country
    return setting is not None and setting != country


def _names_others(event: Event, resolver: actors.DocumentResolver) -> bool:
    """The event's sentence names a party of another state or an organization, or a word saying the act reaches
    abroad ("foreign", "allies", "other countries")."""
    country = event.actor.country
    for m in resolver.mentions:
        if m.sentence != event.sentence_index or m.res.kind == "media":
            continue
        party = m.res.party
        if party.code and (party.country or party.code) != country:
            return True
    return any(w in foreign_words() for w in WORD.findall(event.sentence.lower()))


def _like_others(event: Event) -> bool:
    """The act is told as like others ("Moscow has made *similar* threats", "*such* demands"): it points back to acts
    whose target the story has (the story's ranker is the one to say), not to a domestic act of its own."""
    parts = story_recipients.split_at_trigger(event)
    if parts is None:
        return False
    near = WORD.findall(parts[0].lower())[-3:] + WORD.findall(parts[1].lower())[:2]  # "made *similar* threats"
    return any(w in anaphoric_words() for w in near)


def _named_again(event: Event, resolver: actors.DocumentResolver) -> bool:
    """The event's sentence names its actor, a person, again outside the actor's own words ("He praised Putin" after
    "Putin spoke"): the clause's party was the actor itself, which the rules set aside as no recipient."""
    actor = event.actor
    if not actor.name or actor.name == actors.country_name(actor.country):
        return False  # a state, or a party known only by its state's name: its state named again is no sign
    return any(m.sentence == event.sentence_index and m.res.kind in PERSON_KINDS
               and not actor.start <= m.start < actor.end and m.res.party.code == actor.code
               and m.res.party.name == actor.name for m in resolver.mentions)


def _placed_abroad(party: Party) -> bool:
    """`roles.placed_abroad`, imported when first asked: `roles` imports the event rules, which import this
    module's neighbours (an import at the top would be circular when this module is imported first)."""
    from dyads.roles import placed_abroad
    return placed_abroad(party)


def home(event: Event, resolver: actors.DocumentResolver) -> Party | None:
    """The actor's own country as the recipient of `event`, when it is a domestic act with no recipient found."""
    actor = event.actor
    insider = event.event_type in insider_types() and actor is not None and actor.sector in insider_sectors()
    if event.event_type not in types() and not insider \
            or event.recipient is not None and event.recipient.code is not None:
        return None
    if not _state_party(actor) or _abroad(event, resolver.setting) or _names_others(event, resolver) \
            or _named_again(event, resolver) or _like_others(event):
        return None
    why = WHY.format(kind=event.event_type, country=actor.country)
    named = event.recipient  # a phrase that names no coded party ("the group", "the demonstrators"): at home
    if named is not None and _placed_abroad(named):
        return None  # "urged Caribbean governments", "foreign journalists": parties of other states
    if named is not None:
        return replace(named, code=actor.country, country=actor.country, why=f"{why}, named as '{named.text}'")
    return Party(actor.text, actor.start, actor.end, actors.country_name(actor.country), actor.country,
                 actor.country, None, why)


def _counterpart_before(event: Event, found: Sequence[Event]) -> bool:
    """An earlier event of the story (or another of its sentence) pairs the actor's country with a party of another
    state or organization ("The United States accused Russia ... Moscow has made similar threats"): the story has
    put the actor's country face to face with another party, which an act naming none may well be aimed at (the
    story's ranker, which declined, is the one to say)."""
    country = event.actor.country
    for other in found:
        if other is event or other.sentence_index > event.sentence_index or other.actor is None \
                or other.recipient is None or not other.recipient.code:
            continue
        sides = {other.actor.country or other.actor.code, other.recipient.country or other.recipient.code}
        if country in sides and len(sides - {None}) == 2:
            return True
    return False


def resolve(found: Sequence[Event], resolver: actors.DocumentResolver) -> list[Event]:
    """The events, each domestic act with no recipient given its actor's own country. A lone sentence (sentence-level
    gold, "the minister praised his counterpart") is left as it is: whether its act is at home is the story's to say,
    and the story is not in hand."""
    if len(resolver.sents) < MIN_SENTENCES:
        return list(found)
    out = []
    for event in found:
        party = home(event, resolver)
        if party is not None and _counterpart_before(event, found):
            party = None
        out.append(event if party is None
                   else story_recipients.with_inferred_recipient(event, party, party.why, found=FOUND, tag="home"))
    return out

