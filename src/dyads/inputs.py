"""What a user typed for an actor, an event type, a status, a quad class or a country: checked and resolved.

Codes are taken in any case (`tur`, `Tur` and `TUR` are TUR; `attack`... is no type, but `assault` is
ASSAULT); names are resolved to codes ("Turkey", "Erdogan" -> TUR; "Syria" as a country -> SYR) from the
codes and names of the stored events, the built-in actor tables (`dyads.actors`) and the country table
(pycountry). A value that matches nothing raises `DyadsError` (E060 for an actor, E061 otherwise) whose
message names the closest matches (difflib) or the trigger words the lexicon codes as a type.
"""
from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import duckdb

from dyads import actors
from dyads.errors import DyadsError
from dyads.records import EVENT_TYPES, STATUSES

QUAD_NAMES = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A code and how it was found from what the user typed ("code", or the name that matched)."""

    code: str
    name: str | None
    how: str

    @property
    def from_name(self) -> bool:
        return self.how != "code"


def stored_actors(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """Actor and recipient codes of the stored events -> the name they most often carry."""
    rows = con.execute("""
        WITH p AS (SELECT actor.code AS code, actor.name AS name FROM events
                   UNION ALL SELECT recipient.code, recipient.name FROM events)
        SELECT code, mode(name) FROM p WHERE code IS NOT NULL GROUP BY code""").fetchall()
    return {code: name for code, name in rows}


@functools.cache
def _aliases() -> dict[str, str]:
    """Lower-case alias of every built-in actor -> its code (countries before organizations, leaders, groups)."""
    out: dict[str, str] = {}
    for alias, entry in actors.builtin_pairs():
        if entry.code:
            out.setdefault(alias.lower(), entry.code)
    for code, name in actors.country_names().items():
        out.setdefault(name.lower(), code)
    return out


@functools.cache
def table_codes() -> frozenset[str]:
    return frozenset(_aliases().values()) | frozenset(actors.country_names())


def actor(value: str, *, stored: Mapping[str, str | None] | None = None, option: str = "--actor") -> Resolved:
    """The actor code `value` is or names; raise E060 (with suggestions) when it is neither."""
    text = " ".join(value.split())
    stored = stored or {}
    upper = text.upper()
    if upper in stored or upper in table_codes():
        return Resolved(upper, code_name(upper, stored), "code")
    lower = text.lower()
    by_name = {(n or "").lower(): c for c, n in stored.items() if n}
    code = by_name.get(lower) or _aliases().get(lower)
    if code is None:
        for variant in dict.fromkeys((text, text.title())):
            party = actors.resolve_text(variant)
            if party is not None and party.code:
                code = party.code
                break
    if code is not None:
        return Resolved(code, code_name(code, stored), f"name {text!r}")
    choices = {**{c.lower(): c for c in stored}, **{n: c for n, c in by_name.items()}}
    close = difflib.get_close_matches(lower, list(choices) + list(_aliases()), n=3, cutoff=0.6)
    found = list(dict.fromkeys(choices.get(m) or _aliases()[m] for m in close))
    hint = ("did you mean " + " or ".join(f"{c} ({code_name(c, stored)})" for c in found) + "?") if found else \
        "give an actor code (e.g. TUR, IGOUNO) or a name of a country, leader or organization"
    raise DyadsError("E060", option=option, value=value, hint=hint)


def code_name(code: str | None, stored: Mapping[str, str | None] | None = None) -> str | None:
    """A readable name for an actor code: the country's or organization's name, else the stored name."""
    if not code:
        return None
    return actors.code_name(code) or (stored or {}).get(code)


def event_type(value: str, *, option: str = "--type") -> str:
    """The PLOVER event type `value` names, in any case; raise E061 with a suggestion otherwise."""
    upper = value.strip().upper()
    if upper in EVENT_TYPES:
        return upper
    suggestions = _trigger_types(value.strip().lower()) or difflib.get_close_matches(upper, EVENT_TYPES, n=2,
                                                                                      cutoff=0.6)
    hint = (f"did you mean {' or '.join(suggestions)}? " if suggestions else "") + \
        f"PLOVER event types: {', '.join(EVENT_TYPES)}"
    raise DyadsError("E061", option=option, value=value, hint=hint)


@functools.cache
def _trigger_types(word: str) -> tuple[str, ...]:
    """The event types the trigger lexicon codes the word `word` as: attack -> ASSAULT. The word's own entries
    (no object or particle: "meet" is CONSULT) come first and, when there are any, alone ("meet demands" is a
    concession, but nobody means that by "meet"); then the types with most entries."""
    from dyads import lexicon

    counts: dict[str, int] = {}
    plain: dict[str, int] = {}
    for entry in lexicon.builtin_entries():
        if entry.lemma == word and entry.event_type in EVENT_TYPES:
            counts[entry.event_type] = counts.get(entry.event_type, 0) + 1
            if not entry.object and not entry.particle:
                plain[entry.event_type] = plain.get(entry.event_type, 0) + 1
    chosen = plain or counts
    return tuple(sorted(chosen, key=lambda t: (-chosen[t], -counts[t], t)))


def status(value: str, *, option: str = "--status", any_ok: bool = True) -> str:
    """An event status in any case (or "any" when `any_ok`); raise E061 with a suggestion otherwise."""
    lower = value.strip().lower()
    allowed = (*STATUSES, "any") if any_ok else STATUSES
    if lower in allowed:
        return lower
    raise DyadsError("E061", option=option, value=value, hint=_suggest(lower, allowed))


def statuses(values: Iterable[str] | None, *, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The statuses asked for (None: any), each checked; `default` when none was given."""
    checked = [status(v) for v in values or ()]
    if not checked:
        return default
    return None if "any" in checked else tuple(dict.fromkeys(checked))


def quad_class(value: str, *, option: str = "--quad") -> int:
    """A quad class as 1-4 or its name (verbal_coop, material_coop, verbal_conflict, material_conflict)."""
    key = value.strip().lower().replace("-", "_").replace(" ", "_").replace("cooperation", "coop")
    if key in ("1", "2", "3", "4"):
        return int(key)
    if key in QUAD_NAMES:
        return QUAD_NAMES.index(key) + 1
    raise DyadsError("E061", option=option, value=value,
                     hint=_suggest(key, QUAD_NAMES) + " (or 1-4)")


def country(value: str, *, option: str = "--country") -> str:
    """The ISO alpha-3 code `value` is (any case, alpha-2 too) or names; raise E061 with suggestions."""
    import pycountry

    text = " ".join(value.split())
    names = actors.country_names()
    if text.upper() in names:
        return text.upper()
    by_name = {n.lower(): c for c, n in names.items()}
    if text.lower() in by_name:
        return by_name[text.lower()]
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    party = actors.resolve_text(text) or actors.resolve_text(text.title())
    if party is not None and party.code and party.code in names:
        return party.code
    close = difflib.get_close_matches(text.lower(), list(by_name), n=3, cutoff=0.6)
    hint = ("did you mean " + " or ".join(f"{by_name[m]} ({names[by_name[m]]})" for m in close) + "?") if close \
        else "give an ISO 3166 code (e.g. SYR) or a country name"
    raise DyadsError("E061", option=option, value=value, hint=hint)


def _suggest(value: str, allowed: Iterable[str]) -> str:
    allowed = list(allowed)
    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.5)
    return (f"did you mean {close[0]}? " if close else "") + f"use one of: {', '.join(allowed)}"
