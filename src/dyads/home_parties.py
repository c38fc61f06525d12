"""Parties placed at home, and whether a recipient is the actor itself.

`home_actor` and `at_home` give police, courts and domestic targets the country of the party they act with;
`same_party` tells a recipient that is the actor itself (the event then has no recipient) from another side of
the same country. Used by `pairing` and the pipeline.
"""
from __future__ import annotations

from dataclasses import replace

from dyads import actors, events, place_recipient, roles, senses
from dyads.actors import others
from dyads.records import Party

DOMESTIC_WHY = "no recipient named"
# A party's `why` when its country is only the story's setting (actors.countries: unnamed locals and officials).
SETTING_WHY = "where the story is set"
# Actors that act at home: a party they act on with no country of its own is in their country.
HOME_ACTOR_SECTORS = frozenset(("COP", "JUD"))
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG"))
# How a party's `why` starts when a phrase names an armed group or a political party by its own name.
NAMED_BODY_WHYS = ("group '", "party '")
# Legal acts by which a court or the authorities try someone ("charged", "convicted", "sentenced"), by type and mode.
TRIAL_TYPES = ("ACCUSE", "SANCTION")
TRIAL_MODES = ("allege", "convict")
TRIED_WHY = "is tried at home"
# How a party's `why` starts when a phrase names a known person (by name, or again later in the document).
PERSON_WHYS = ("leader '", "same person as '")
# ... and what a party's `why` says of a titled person the tables do not list ("Turkish opposition leader X").
PERSON_MARK = "; person '"


def home_actor(actor: Party, recipient: Party | None, event_type: str = "") -> Party:
    """Police, courts and prosecutors with no country named ("prosecutors charged the former Brazilian
    president") act at home: in the country of the party they act on."""
    if actor.code is not None or recipient is None or recipient.country is None or recipient.code is None \
            or recipient.code.startswith(("IGO", "NGO", "IMG")) or SETTING_WHY in (recipient.why or ""):
        return actor  # nor a country the recipient only has from the story's setting: the actor's own rule decides
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


def at_home(recipient: Party | None, actor: Party | None, event_type: str, mode: str = "") -> Party | None:
    """A recipient with no country of its own ("pardoned 20 journalists", "police arrested five militants",
    "freed 200 prisoners") is in the actor's country when the action is a domestic one, a release of
    captives, or the actor is the police or a court."""
    if recipient is None or recipient.code is not None or recipient.sector is None or actor is None \
            or actor.country is None or actor.code != actor.country or roles.placed_abroad(recipient) \
            or others.other_state(recipient.text):  # "threatened *another country*": not its own
        return recipient
    released = mode == "release" and actor.sector in STATE_SECTORS  # rebels' captives are often foreign
    if event_type not in events.DOMESTIC_TYPES and actor.sector not in HOME_ACTOR_SECTORS and not released \
            and not roles.home_counterpart(recipient, actor, event_type):
        return recipient
    why = f"{recipient.why}; {place_recipient.HOME_WHY} ({actor.country}), a {event_type.lower()} " \
          f"by {actor.sector or 'a state'} is domestic unless a country is named"
    return replace(recipient, code=actor.country, country=actor.country, name=actors.country_name(actor.country),
                   why=why)


# A state's organs acting on an unnamed group ("accused *the group* of plotting a coup", "banned *the movement*"):
# the word class of the group's noun, the acts that are done at home, and the organs that do them.
UNNAMED_GROUP_CLASS = "unnamed_collective"
HOME_GROUP_TYPES = ("ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "CONCEDE")
HOME_GROUP_ACTORS = frozenset(("GOV", "COP", "JUD", "LEG"))
HOME_GROUP_WHY = "an unnamed group a state's organ acts on at home"
# "the group", "this movement" may stand for a group named before: an armed group, a party, an NGO (sectors and
# kinds of actor-table entries), of another country than the actor's.
ANAPHORIC_DETERMINERS = ("the", "this", "that", "these", "those")
GROUP_LIKE_SECTORS = frozenset(("REB", "OPP", "PTY", "NGO", "UAF"))
GROUP_LIKE_KINDS = frozenset(("group", "party", "ngo", "org"))
# The sector of such a group: organised civil society (coding guide: unions, protesters, religious bodies).
HOME_GROUP_SECTOR = "CVL"


def home_group(party: Party, actor: Party, event_type: str, doc, mentions=()) -> Party | None:
    """An unresolved phrase naming a group by no sector of its own ("the group", "foreign-funded groups"), that the
    government, police, a court or a legislature of a country accuses, bans, punishes or threatens: a group of the
    actor's own country, as PLOVER codes domestic events (None when the phrase is no such group, the act is none of
    these, the phrase's words place it abroad, or `mentions` name before it a non-state party of another country,
    which "the group" may well stand for: "Hamas fighters attacked ... Israel accused the group")."""
    if party.text.split()[0].lower() in ANAPHORIC_DETERMINERS and any(
            m.start < party.start and m.res.party.code and m.res.party.code != actor.country
            and (m.res.party.sector in GROUP_LIKE_SECTORS or m.res.kind in GROUP_LIKE_KINDS) for m in mentions):
        return None
    if party.code is not None or party.sector is not None or event_type not in HOME_GROUP_TYPES \
            or actor.sector not in HOME_GROUP_ACTORS or actor.country is None or actor.code != actor.country \
            or roles.placed_abroad(party) or others.other_state(party.text):
        return None
    root = roles.party_root(party, doc)
    if root is None or root.pos_ != "NOUN" or not senses.in_class(root, UNNAMED_GROUP_CLASS):
        return None
    if any(c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ or c.pos_ == "PROPN") for c in root.children):
        return None  # "Hamas's armed group", "the Wagner group": named by what the resolver could not place
    why = f"'{party.text}': {HOME_GROUP_WHY}: a {event_type.lower()} by {actor.sector} of {actor.country} is " \
          f"domestic unless a country is named ({actor.country})"
    return replace(party, name=actors.country_name(actor.country), code=actor.country, country=actor.country,
                   sector=HOME_GROUP_SECTOR, why=why)


# A state's organs coerce unnamed people where they rule: "Iranian police arrested hundreds of people", "the Turkish
# president's crackdown on pro-Kurdish parties", told in a story set elsewhere, are acts on the actor's own society,
# not on the setting's (not deportations, which send people abroad, nor armed forces, which coerce abroad too).
JURISDICTION_TYPES = ("COERCE",)
JURISDICTION_ACTORS = frozenset(("GOV", "COP", "JUD"))
JURISDICTION_GROUPS = roles.HOME_SOCIETY_SECTORS | frozenset(("PTY",))
OUTWARD_MODES = ("deport", "expel")


def in_jurisdiction(recipient: Party, actor: Party, event_type: str, mode: str = "") -> Party:
    """An unnamed group of people ("hundreds of people", "activists", "political parties") whose country is only the
    story's setting, coerced by the government, police or a court of another country: of that country."""
    if event_type not in JURISDICTION_TYPES or mode in OUTWARD_MODES or actor.sector not in JURISDICTION_ACTORS \
            or actor.country is None or actor.code != actor.country or recipient.sector not in JURISDICTION_GROUPS \
            or SETTING_WHY not in (recipient.why or "") or recipient.country == actor.country \
            or roles.placed_abroad(recipient) or others.other_state(recipient.text):
        return recipient
    why = f"{recipient.why}; but a {event_type.lower()} by {actor.sector} of {actor.country} falls on people where " \
          f"it rules: {actor.country}"
    return replace(recipient, name=actors.country_name(actor.country), code=actor.country, country=actor.country,
                   why=why)


def tried_at_home(actor: Party, cand: events.Candidate, resolver: actors.DocumentResolver) -> Party | None:
    """Whom a court, the police or the unnamed authorities charge, convict or sentence when the phrase names no
    party with a country ("they were charged", "sentenced him"): someone tried at home, of the actor's country."""
    entry = cand.entry
    if entry.event_type not in TRIAL_TYPES or entry.mode not in TRIAL_MODES or actor.country is None \
            or actor.code != actor.country or not cand.recipients or not cand.recipients[0]:
        return None
    if actor.sector not in HOME_ACTOR_SECTORS and not (actor.why or "").startswith(actors.AGENTLESS_WHY):
        return None
    tried = cand.recipients[0][0]
    if any(p.code for p in resolver.resolve_all(actors.join_split_names(cand.recipients[0]), role="recipient")):
        return None  # a party with a country of its own, dropped as the actor's own side, is no one tried
    why = f"'{tried.text}': no country named; '{cand.trigger.text}' by the {actor.sector or 'authorities'} of " \
          f"{actor.country}: {TRIED_WHY} ({actor.country})"
    return Party(tried.text, tried.start_char, tried.end_char, actors.country_name(actor.country), actor.country,
                 actor.country, None, why)


def same_party(a: Party | None, b: Party | None) -> bool:
    """True when the recipient is the actor itself (so the event has no recipient).

    One phrase may name two parties ("their talks" = Xi and Putin): a shared span is the same party
    only when the codes agree too.
    """
    if a is None or b is None or (b.why or "").startswith(DOMESTIC_WHY) or TRIED_WHY in (b.why or ""):
        return False
    if (a.start, a.end) == (b.start, b.end) and (a.code is None or b.code is None or a.code == b.code):
        return True
    if (b.why or "").startswith(actors.AUTHOR_WHY):
        # the author of an act the actor investigates, kept though of its own side (pairing drops the others):
        # "the ministry launched an inquiry into a raid by its own forces" is aimed at those forces
        return False
    if _local(a) != _local(b) and _national(a) != _national(b):
        return False  # "the mayor of Grozny petitioned Moscow": a town's officials address their state
    if _named_body(a) != _named_body(b) and not _pronoun(a) and not _pronoun(b):
        return False  # "Iraqi troops attacked the Peshmerga", "Hamas clashed with Fatah": two sides of one country
    if _person(a) and _person(b) and a.name and b.name and a.name != b.name:
        return False  # "Putin praised Lavrov": two known people are two parties, though of one state and sector
    if body_and_office_holder(a, b):
        return False  # "the anti-corruption bureau opened a case against the deputy prime minister"
    return a.code is not None and a.code == b.code and (b.sector in (None, a.sector))


def named_other(party: Party, acts: list[Party]) -> bool:
    """True for a group, party or person named by its own name who is none of the actors: a side of its own,
    though of the actor's country ("the government arrested members of the CHP", "Putin met Lavrov")."""
    named = _named_body(party) is not None or (_person(party) and not _pronoun(party))
    # nor the actor's own group named again ("militants", resolved to Isis, "conquered ...; Isis")
    return named and not any(same_party(a, party) or (a.name is not None and a.name == party.name) for a in acts)


def body_and_office_holder(a: Party, b: Party) -> bool:
    """True when one party is an institution of a state (a court, prosecutors, the police, a bureau, parliament,
    the government) and the other a person holding an office, named or by title ("the deputy prime minister",
    "President X"): two parties though of one state and sector ("the bureau opened a case against the deputy
    prime minister", "the governor urged the federal government"). A pronoun may stand for either."""
    if _pronoun(a) or _pronoun(b):
        return False
    return (_institution(a) and _office_holder(b)) or (_office_holder(a) and _institution(b))


def _head_words(party: Party) -> list[str]:
    """The words of a party's phrase before any "of" phrase ("the head *of the bureau*"), in lower case."""
    words = [w.strip("'’\"“”,.").lower() for w in party.text.split()]
    words = words[:words.index("of")] if "of" in words else words
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w]


def _institution(party: Party) -> bool:
    """A state's body named by what it is ("the bureau", "Brazilian prosecutors"), not by its leader ("the
    Netanyahu government" is Netanyahu's side)."""
    words = _head_words(party)
    return bool(words) and party.code is not None and actors.institution_words().get(words[-1]) == "institution" \
        and not (party.why or "").startswith(PERSON_WHYS)


def _office_holder(party: Party) -> bool:
    if party.code is None:
        return False
    words = _head_words(party)
    table = actors.institution_words()
    if not words or table.get(words[-1]) == "institution":
        return False
    return _person(party) or table.get(words[-1]) == "office" or (
        any(table.get(w) == "office" for w in words) and party.text.split()[-1][:1].isupper())


def _person(party: Party) -> bool:
    """A known person: named ("Lavrov", "opposition leader Kemal Kilicdaroglu"), or a pronoun standing for one."""
    why = party.why or ""
    return why.startswith(PERSON_WHYS) or PERSON_MARK in why or (_pronoun(party) and any(
        f"the {how}person" in why.split(";")[0] for how in ("", "most salient ")))


def _named_body(party: Party) -> str | None:
    """The name of the armed group or political party a phrase names ("group 'Peshmerga' -> IRQ"), else None."""
    why = party.why or ""
    if not why.startswith(NAMED_BODY_WHYS):
        return None
    return why.split("'")[1] if why.count("'") >= 2 else None


def _pronoun(party: Party) -> bool:
    return (party.why or "").startswith(("pronoun", "relative pronoun"))


def _local(party: Party) -> bool:
    """A party named by its town or region ("the mayor of Grozny", "the Aceh governor"), not its state."""
    return (party.why or "").startswith(("city '", "region '"))


def _national(party: Party) -> bool:
    """A state named as such or by its capital ("Moscow", "Russia")."""
    return (party.why or "").startswith(("capital '", "country '"))
