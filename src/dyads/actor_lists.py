"""User actor lists: our CSV/YAML format and TABARI/PETRARCH `.actors` dictionaries.

Each reader returns `ActorEntry` rows with the names that refer to them; `actors` indexes
them next to the built-in tables. Our format has the columns (or YAML keys)
`name, aliases, code, country, sector, start, end`; aliases are separated by `|` (or a YAML
list); dates are YYYY-MM-DD and `end` is exclusive.

A PETRARCH actor block is a name line (`WORDS_JOINED_BY_UNDERSCORES_`, optionally followed by
`[CODE]`), synonym lines starting with `+`, and code lines `[CODE dates]` where dates are
`YYMMDD-YYMMDD`, `>YYMMDD` (from) or `<YYMMDD` (until); `#` starts a comment.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from dyads.errors import DyadsError

# Two-digit PETRARCH years up to this value are 20xx, the rest 19xx (the dictionaries use 1931-2020).
PIVOT_YEAR = 30
SECTOR_CODES = frozenset(
    "GOV MIL COP JUD LEG REB OPP PTY CVL BUS MED EDU REL LAB REF IGO NGO ELI SPY CRM UAF HLH AGR ENV "
    "PRM UNK SOC JRN PRE INS SEP MNC DEV HRI".split())
_CODE_LINE = re.compile(r"\[([^\]]*)\]")
_DATES = re.compile(r"^\s*(?:(?P<start>\d{6})\s*-\s*(?P<end>\d{6})|>\s*(?P<after>\d{6})|<\s*(?P<before>\d{6}))\s*$")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor a name can refer to: its code, country, sector and when it applies.

    `kind` says where it came from (country, capital, org, media, leader, user, petrarch, ...).
    `start` is inclusive and `end` exclusive; None means open.
    """

    kind: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    role: str | None = None

    def valid_on(self, when: dt.date | None) -> bool:
        """True when the entry applies on `when` (with no date: when it is still current)."""
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO-style code: "CHNGOV" -> ("CHN", "GOV"), "IGOUNO" -> (None, None)."""
    code = code.strip().upper()
    head, rest = code[:3], code[3:6]
    if head in SECTOR_CODES or head in ("IMG", "IGO", "NGO", "MNC"):
        return None, head if head in SECTOR_CODES else None
    return head or None, rest if rest in SECTOR_CODES else None


def read_path(path: str | Path) -> list[tuple[str, ActorEntry]]:
    """Read a user actor file, choosing the format by extension (.csv, .yaml/.yml, anything else PETRARCH)."""
    path = Path(path)
    if not path.is_file():
        raise DyadsError("E006", path=path)
    text = path.read_text("utf-8", errors="replace")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(text, origin=str(path))
    if suffix in (".yaml", ".yml"):
        return read_yaml(text, origin=str(path))
    return read_petrarch(text)


def read_csv(text: str, *, origin: str = "actors.csv") -> list[tuple[str, ActorEntry]]:
    """(alias, entry) pairs from our CSV format."""
    rows = list(csv.DictReader(io.StringIO(text)))
    return [pair for n, row in enumerate(rows, start=2) for pair in _user_row(row, f"{origin}:{n}")]


def read_yaml(text: str, *, origin: str = "actors.yaml") -> list[tuple[str, ActorEntry]]:
    """(alias, entry) pairs from our YAML format: a list of mappings (or {actors: [...]})."""
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise DyadsError("E040", origin=origin, detail=str(exc).splitlines()[0]) from exc
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list):
        raise DyadsError("E040", origin=origin, detail="expected a list of actors")
    return [pair for n, row in enumerate(data, start=1) for pair in _user_row(row, f"{origin}[{n}]")]


def _user_row(row: object, origin: str) -> list[tuple[str, ActorEntry]]:
    if not isinstance(row, dict):
        raise DyadsError("E040", origin=origin, detail="not a mapping")
    get = lambda key: str(row.get(key) or "").strip()  # noqa: E731 - tiny accessor
    name = get("name")
    if not name:
        raise DyadsError("E040", origin=origin, detail="missing name")
    raw_aliases = row.get("aliases") or []
    aliases = raw_aliases if isinstance(raw_aliases, list) else str(raw_aliases).split("|")
    country = get("country").upper() or None
    code = get("code").upper() or country
    sector = get("sector").upper() or None
    if code and not (country or sector):
        country, sector = split_code(code)
    if country and code and code.startswith(country):
        code = country  # "CHNGOV" is China with sector GOV: parties carry the country as their code
    entry = ActorEntry("user", name, code, country, sector, _iso(get("start"), origin), _iso(get("end"), origin))
    return [(alias, entry) for alias in [name, *(str(a).strip() for a in aliases)] if alias]


def _iso(value: str, origin: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DyadsError("E040", origin=origin, detail=f"bad date {value!r}") from exc


def petrarch_date(value: str, *, pivot: int = PIVOT_YEAR) -> dt.date:
    """A PETRARCH YYMMDD date (two-digit years up to `pivot` are 20xx)."""
    yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:6])
    year = 2000 + yy if yy <= pivot else 1900 + yy
    return dt.date(year, max(mm, 1), max(dd, 1))


def _petrarch_code(raw: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    parts = raw.split(None, 1)
    if not parts:
        return None
    code, rest = parts[0].upper(), (parts[1] if len(parts) > 1 else "")
    if not rest.strip():
        return code, None, None
    m = _DATES.match(rest)
    if m is None:
        return None
    try:
        if m["after"]:
            return code, petrarch_date(m["after"]), None
        if m["before"]:
            return code, None, petrarch_date(m["before"])
        return code, petrarch_date(m["start"]), petrarch_date(m["end"])
    except ValueError:
        return None


def petrarch_phrase(raw: str) -> str:
    """"MOHAMMAD_ZAHIR_SHAH_" -> "mohammad zahir shah" (PETRARCH names are matched case-insensitively)."""
    return " ".join(w for w in raw.strip().strip("+").replace("_", " ").split()).lower()


def read_petrarch(text: str) -> list[tuple[str, ActorEntry]]:
    """(alias, entry) pairs from a TABARI/PETRARCH `.actors` dictionary; aliases are lower case."""
    out: list[tuple[str, ActorEntry]] = []
    for names, codes in _petrarch_blocks(text.splitlines()):
        label = names[0].title()
        for code, start, end in codes:
            country, sector = split_code(code)
            entry = ActorEntry("petrarch", label, country or code, country, sector, start, end)
            out.extend((name, entry) for name in names)
    return out


def _petrarch_blocks(lines: Iterable[str]) -> Iterable[tuple[list[str], list[tuple]]]:
    names: list[str] = []
    codes: list[tuple] = []
    for line in lines:
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        starts_block = not body[0].isspace() and body[0] not in "+[<{"
        if starts_block and names and codes:
            yield names, codes
            names, codes = [], []
        found = [c for c in (_petrarch_code(m) for m in _CODE_LINE.findall(body)) if c]
        head = _CODE_LINE.sub("", body).strip()
        if head and (starts_block or head.startswith("+")):
            phrase = petrarch_phrase(head)
            if phrase:
                names.append(phrase)
        codes.extend(found)
    if names and codes:
        yield names, codes
