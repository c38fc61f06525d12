"""Wire-copy datelines: "CITY (Agency) - ", "CITY, Month Day (Agency) -- ", "City, Country -- ", "Agency - " before
the lede.

A dateline glued to the lede hides the lede's subject from the parser ("Reuters - Israeli troops
killed ..." parses "Reuters" as the head), so the spaCy stage starts a sentence where the lede
begins. The text itself is never changed: character offsets and evidence stay those of the document.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

# A dash set off by spaces (or a double hyphen) ends the dateline; the lede follows.
_DASH = r"\s*(?:--|[—–]|\s-)\s+"
# "CITY (Agency) -", "CITY, Region, Month Day (Agency) --", "(Agency) -", "Tuesday, May 6 (Agency) -"
_CREDITED = re.compile(r"\s*(?P<head>(?:[^\n!?()]|\([^()\n]{1,30}\)){0,60}?)\s*\((?P<agency>[^()\n]{1,40})\)"
                       r"(?:,\s*[A-Z][^\n!?()—–]{0,40}?)?" + _DASH)
# "CITY -", "CITY, Region -", "AFP --": an all-capitals place or agency
_CAPITALS = re.compile(r"\s*(?P<head>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
                       r"(?:,\s*[A-Z][^\n!?()—–]{0,40}?)?" + _DASH)
# "Abuja, Nigeria --", "Belgrade, Nov. 7 -": a capitalised city, a comma and its region or date
_TITLED = re.compile(r"\s*(?P<head>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2},\s*[A-Z0-9][\w./'’]*(?:,?\s[\w./'’]+){0,3})"
                     + _DASH)
# "Reuters - ", "Agence France-Presse -- ": a short capitalised credit
_NAMED = re.compile(r"\s*(?P<agency>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})" + _DASH)
_LEDE_OPENERS = "\"“‘'0123456789"
_PLACE = re.compile(r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*")
# Before an agency credit a capitalised city is the dateline's place too ("Caracas (AFP) -", "Lima, Peru (Reuters)
# -"), unless it is a day or month ("Monday, March 3 (Wire Desk) --").
_TITLE_PLACE = re.compile(r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}")
_CALENDAR = frozenset((*calendar.day_name, *calendar.month_name[1:]))
# A dateline is short: the patterns look at this many characters of a text's start.
HEAD_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: its place (the all-capitals city, if any), its agency credit (if any) and where the lede starts."""

    place: str | None
    agency: str | None
    lede: int


def find(text: str) -> Dateline | None:
    """The dateline at the start of `text`, if the text has one followed by a lede on the same line.

    Only the first `HEAD_CHARS` characters after any leading whitespace are matched: on a long run of
    whitespace (a piece of a long text may start with one) the patterns backtrack quadratically or worse.
    """
    start = len(text) - len(text.lstrip())
    head = text[start:start + HEAD_CHARS]
    for pattern in (_CREDITED, _CAPITALS, _TITLED, _NAMED):
        m = pattern.match(head)
        end = start + m.end() if m is not None else len(text)
        if end >= len(text) or not (text[end].isupper() or text[end] in _LEDE_OPENERS):
            continue
        found = m.groupdict()
        first = re.split(r"[,(]", found.get("head") or "")[0].strip()
        titled = pattern in (_CREDITED, _TITLED) and _TITLE_PLACE.fullmatch(first) is not None and first not in _CALENDAR
        place = first if _PLACE.fullmatch(first) or titled else None
        return Dateline(place, found.get("agency"), end)
    return None
