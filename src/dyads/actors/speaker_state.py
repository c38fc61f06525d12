"""A state's own organs named bare: in what its voice says ("Honduran President Lobo announced *the military* was
ready to ..."), or just after the state is named ("Cambodia's president ..., while *the military* demanded ...").

A state's leader, official or body speaking of its own state's organs names them bare ("the military", "the army",
"the government", "police", "the foreign ministry", "the country"); another state's organs it names by their country
("the Ukrainian army", "Kyrgyzstan's government"). So an organ named by its role alone, with no country of its own
in its phrase, that is the subject of what a state's party says (the content clause of a verb of saying whose
subject names one state: "Ethiopia's government says *the military* intervened", "the Zambian military commander
said *the country* was withdrawing its force") is of the speaker's state.

Only where the story itself says nothing of the organ's country: in a story with no setting, or one set in the
speaker's own state. A story set elsewhere quotes foreign officials on the setting's organs ("the State Department
said the army had shelled the town", datelined in the town's country): there the setting decides (`_in_setting`).
Visiting parties (a delegation, an envoy) and parties said to be of other states ("the neighbouring country") are
not an organ of the speaker's; nor does a post or envoy abroad speak for the organs it names ("the US ambassador
said the army had ..." speaks as often of its host's army).

Else, where neither the story's setting nor the speaker gives it a country, a bare organ refers to the one state in
view: the one whose name, capital, government, organs, leaders or officials its sentence names before it or the
sentence before names (`of_state_named_before`), as "the government" does (`StateReferences._definite_antecedent`).
Two states in view, or none, give nothing: the text changed subject, or never said.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyads.actors.others import other_state
from dyads.actors.rules import Resolution
from dyads.actors.syntax import _other_arguments
from dyads.actors.tables import country_name
from dyads.senses import in_class, word_classes
from dyads.actors.vocab import (
    GROUP_KINDS, MANY_STATE_MODIFIERS, OTHER_STATE_MODIFIERS, PLURAL_TAGS, SELF_STATE_LEMMAS, SPEECH_LEMMAS,
    VISITING_HEADS,
)

if TYPE_CHECKING:
    from dyads.actors.memory import Mention

# Sectors of a state's own organs: its government, armed forces, police, courts, parliament and secret services.
ORGAN_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG", "SPY"))
# Where what was said hangs on the verb of saying ("said *the army* had ...", "the army is ready, *he said*").
CONTENT_DEPS = frozenset(("ccomp", "parataxis"))
# Kinds of mention that name no state of their own words: a people, a town or region, a group of several, or a
# party whose country was itself only found from its context ("located").
NOT_SPEAKER_KINDS = frozenset(("people", "city", "region", "located", *GROUP_KINDS))
# Senses word class of a state's posts and envoys abroad (`data/senses/word_classes.csv`).
HOST_POST_CLASS = "host_addressing_post"
# Senses word class of modifiers that leave an organ bare ("the *central* government").
SCOPE_CLASS = "own_state_scope"
# Senses word class of the staff around one office-holder or body ("the office", "the secretariat").
OFFICE_CLASS = "staff_office"
# Sentences before its own in which the state a bare organ refers to may be named.
STATE_REACH = 1
# Kinds of mention that name a state itself: its name or its capital acting for it.
STATE_NAME_KINDS = frozenset(("country", "capital"))
NEAR_WHY = "a bare organ: of the one state named in its sentence or the one before"
WHY = "an organ named bare in what a state's party says is the speaker's state's"


def bare_organ(span: Span, res: Resolution, *, modified: bool = False) -> bool:
    """True when `span` names a state organ by its role words alone ("the military", "police", "the Ministry of
    Foreign Affairs", "the central government"): a coded sector of `ORGAN_SECTORS`, no country, and no word beside
    the article, the role and a word saying it is the state's whole own (senses class `own_state_scope`). With
    `modified`, plain common words on the head may stand beside them too ("riot police", `_plain_modifier`)."""
    if res.role is None or res.party.code is not None or res.party.sector not in ORGAN_SECTORS:
        return False
    root = span.root
    if root.lower_ in VISITING_HEADS or other_state(span.text):
        return False
    if root.tag_ in PLURAL_TAGS and root.lemma_.lower() in SELF_STATE_LEMMAS:
        return False  # "the countries said": several states, none of them the speaker's own by that
    scope = word_classes()[SCOPE_CLASS]
    role = [w for w in res.role.text.lower().split() if w not in scope]
    words = [t for t in span if t.lower_ not in ("the", "'s", "’s") and t.lower_ not in scope
             and not (modified and t.lower_ not in role and _plain_modifier(t, root))]
    return bool(words) and [t.lower_ for t in words] == role


def _plain_modifier(token: Token, root: Token) -> bool:
    """True for a lower-case common word modifying the head that names no state, place, people or side ("*immigration*
    agents", "*riot* police"; not "*foreign* troops", "*western* governments", "*Kurdish* forces")."""
    return token.head.i == root.i and token.dep_ in ("amod", "compound") and token.pos_ in ("NOUN", "ADJ") \
        and token.text.islower() and not token.ent_type_ \
        and token.lower_ not in MANY_STATE_MODIFIERS | OTHER_STATE_MODIFIERS


def speakers_country(span: Span, mentions: Iterable["Mention"]) -> tuple[str, str] | None:
    """The country of the party that says the clause `span` is the subject of, and the words naming it: `span` is
    the subject of a content clause of a verb of saying, and the mentions in that verb's own subject name exactly
    one state (not a people, a town or a group of states). None otherwise."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause: Token = root.head
    if clause.dep_ not in CONTENT_DEPS or clause.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    speech = clause.head
    speaker = next((c for c in speech.children if c.dep_ == "nsubj" and c.i != root.i), None)
    if speaker is None:
        return None
    words = list(speaker.subtree)
    if any(_abroad(t) for t in words):
        return None  # "the US envoy said the army ...": a post abroad speaks of its host's organs as often
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    if lo <= span.start_char < hi:
        return None
    found = [m for m in mentions if lo <= m.start < hi and m.res.party.country and not m.res.options
             and m.res.kind not in NOT_SPEAKER_KINDS and own_words(m.res)]
    countries = {m.res.party.country for m in found}
    if len(countries) != 1:
        return None
    first = min(found, key=lambda m: m.start)
    return countries.pop(), first.res.party.text


def _abroad(token: Token) -> bool:
    """True for a word of a party posted or sent abroad: an envoy, a delegation, an embassy or an ambassador."""
    return token.lower_ in VISITING_HEADS or in_class(token, HOST_POST_CLASS)


def own_words(res: Resolution) -> bool:
    """True when a mention's country comes from its own words (a country, capital, body or leader the tables list:
    "Kenya's foreign minister", "Honduran President X"), not from its context ("President Luis Vega", an unknown
    person given the one country of his sentence): a guess is no ground for another."""
    return res.entry is not None and res.entry.country == res.party.country


def _posted_abroad(res: Resolution) -> bool:
    """True for a party named by the title of a post or envoy abroad ("the US ambassador", "a Chinese delegation"):
    its state is not the one in view where it serves."""
    if res.role is None:
        return False
    words = word_classes()[HOST_POST_CLASS]
    title = res.role.text.lower()
    return title in words or title.split()[-1] in words or title.split()[-1] in VISITING_HEADS


def of_speaker(span: Span, res: Resolution, mentions: Iterable["Mention"], setting: str | None) -> list[Resolution]:
    """`res` given the country of the state whose party says the clause it is the subject of (`speakers_country`),
    when it is a bare organ (`bare_organ`) and the story is set nowhere or in that same state; else nothing."""
    if not bare_organ(span, res, modified=True):
        return []
    found = speakers_country(span, mentions)
    if found is None or setting not in (None, found[0]):
        return []
    country, speaker = found
    why = f"{res.party.why}; {WHY} ('{speaker}') -> {country}"
    party = replace(res.party, name=country_name(country), code=country, country=country, why=why.lstrip("; "))
    return [replace(res, party=party, kind="located")]


def of_state_named_before(span: Span, res: Resolution, mentions: Iterable["Mention"],
                          sentence: int) -> list[Resolution]:
    """`res` given the one state in view, when it is a bare organ (`bare_organ`; not "an army unit", one of
    whoever's, nor "the office" of whoever holds one): the state whose name, capital, government, organs, leaders
    or officials its sentence names before it or the sentence before names (`STATE_REACH`): "Cambodia's president
    accused the observers, while *the military* demanded their departure", "the Iraqi parliament ordered troops
    in, and *the central government* banned flights". Places (where something happens), peoples, groups, parties
    of other sectors, posts and envoys abroad and the other arguments of its own clause (whom it acts on) do not
    count; two states in view, or none, give nothing (the text changed subject, or never said), and so does one
    named only where it is no subject of its clause ("'we cut all contact with *Kampala*,' the minister said":
    whom a state deals with is not in view as the one acting)."""
    if not bare_organ(span, res) or span[0].lower_ in ("a", "an") or in_class(span.root, OFFICE_CLASS):
        return []  # "an army unit": one of whoever's; "the office": a person's or a body's as often
    others = _other_arguments(span)
    near = [m for m in mentions if m.start < span.start_char and 0 <= sentence - m.sentence <= STATE_REACH
            and m.res.party.country and not m.place and not m.res.options and m.start not in others
            and (m.res.kind in STATE_NAME_KINDS or m.res.party.sector in ORGAN_SECTORS)
            and m.res.kind not in NOT_SPEAKER_KINDS and own_words(m.res) and not _posted_abroad(m.res)]
    if len({m.res.party.country for m in near}) != 1 or not any(m.subject for m in near):
        return []
    best = max((m for m in near if m.subject), key=lambda m: m.start)
    country = best.res.party.country
    why = f"{res.party.why}; {NEAR_WHY} ('{best.res.party.text}') -> {country}"
    party = replace(res.party, name=country_name(country), code=country, country=country, why=why.lstrip("; "))
    return [replace(res, party=party, kind="located")]
