"""The output formats every command shares, and how a format is chosen from `--format` and a file name.

One table (`FORMATS`) names each format, the file extensions it is known by, whether it can go to the
terminal, and whether only `dyads export` writes it. `resolve` picks the format for a command: the
`--format` asked for, else the one the output file's extension names, else the command's default; an
extension that names another format than `--format`, or that no format is known by, is an error
(E101, E102) instead of a file whose content surprises (`dyads export guess.csv` writes CSV).

| format  | extensions              | what it is                                                          |
| ------- | ----------------------- | ------------------------------------------------------------------- |
| table   | (terminal only)         | a readable table                                                    |
| csv     | .csv                    | flat rows with a header (`dyads.flat.COLUMNS`), for R, Excel, pandas |
| jsonl   | .jsonl .ndjson .json    | one JSON object per line, nested like the API's records             |
| parquet | .parquet .pq            | the flat rows with typed columns (dates as dates, offsets as ints)  |
| gdelt   | .tsv .txt .csv (*)      | GDELT 2.0 event table: 61 tab-separated columns, no header          |
| polecat | .jsonl .ndjson .json (*) | POLECAT-style PLOVER records, one JSON object per line             |

(*) only with `--format gdelt` / `--format polecat`: a file name alone never chooses them (`.jsonl` is jsonl;
`.tsv` needs `--format gdelt`). GDELT itself names its tab-separated files `.CSV`, hence `.csv` for gdelt.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dyads.errors import DyadsError


@dataclass(frozen=True)
class OutputFormat:
    """One output format: its name, the file extensions it is known by (lower case, with the dot; the first is
    the usual one), whether it can be printed to the terminal, and whether only `dyads export` writes it."""

    name: str
    extensions: tuple[str, ...]
    description: str
    terminal: bool = True
    export_only: bool = False
    infer: bool = True  # whether its extensions alone choose it (jsonl, not polecat, for .jsonl)


FORMATS: dict[str, OutputFormat] = {f.name: f for f in (
    OutputFormat("table", (), "a readable table on the terminal"),
    OutputFormat("csv", (".csv",), "flat rows with a header (actor_code, actor_name, ...) for R, Excel and pandas"),
    OutputFormat("jsonl", (".jsonl", ".ndjson", ".json"), "one JSON object per line, nested like the API's records"),
    OutputFormat("parquet", (".parquet", ".pq"), "flat rows with typed columns (dates as dates, offsets as ints)",
                 terminal=False),
    # GDELT names its tab-separated files .CSV (20150218230000.export.CSV), so .csv is accepted with --format gdelt
    OutputFormat("gdelt", (".tsv", ".txt", ".csv"), "GDELT 2.0 event table: 61 tab-separated columns, no header",
                 export_only=True, infer=False),
    OutputFormat("polecat", (".jsonl", ".ndjson", ".json"), "POLECAT-style PLOVER records, one JSON object per line",
                 export_only=True, infer=False),
)}

# Which formats each kind of output offers: a command's --format takes these names.
EXPORT_FORMATS = ("csv", "jsonl", "parquet", "gdelt", "polecat")
TABLE_FORMATS = ("table", "csv", "jsonl")  # what commands that print rows (events, dyad, summary, ...) offer


def get(name: str, *, allowed: Iterable[str] | None = None) -> OutputFormat:
    """The format called `name` (case-insensitive; `json` is accepted for jsonl), or E103 naming those allowed."""
    allowed = tuple(allowed) if allowed is not None else tuple(FORMATS)
    key = (name or "").strip().lower()
    key = "jsonl" if key == "json" and "jsonl" in allowed else key
    if key not in allowed:
        raise DyadsError("E103", value=name, allowed=", ".join(allowed))
    return FORMATS[key]


def extension(path: str | Path) -> str:
    """The last suffix of `path`, lower case ('.csv' for 'Out.CSV'); '' when it has none."""
    return Path(path).suffix.lower()


def infer(path: str | Path, *, allowed: Iterable[str] | None = None) -> OutputFormat | None:
    """The format a file name implies among `allowed`, or None when its extension names none."""
    ext = extension(path)
    allowed = tuple(allowed) if allowed is not None else tuple(FORMATS)
    for name in allowed:
        fmt = FORMATS[name]
        if fmt.infer and ext in fmt.extensions:
            return fmt
    return None


def resolve(requested: str | None, path: str | Path | None = None, *, allowed: Iterable[str] = EXPORT_FORMATS,
            default: str | None = None) -> OutputFormat:
    """The format to write: `requested` (--format) if given, else the one `path`'s extension names, else
    `default`.

    Errors: E103 for a format not in `allowed`; E102 when `path`'s extension belongs to another format than
    the one requested (`--format parquet out.csv`); E101 when no format was asked and the extension names none
    (`out.xlsx`, or no extension and no default); E104 when a file-only format (parquet) would go to the
    terminal.
    """
    allowed = tuple(allowed)
    if requested:
        fmt = get(requested, allowed=allowed)
        if path is not None:
            ext = extension(path)
            if ext and ext not in fmt.extensions and _known(ext):
                owner = infer(path) or next(f for f in FORMATS.values() if ext in f.extensions)
                raise DyadsError("E102", path=str(path), ext=ext, inferred=owner.name, requested=fmt.name,
                                 usual=", ".join(fmt.extensions) or "none")
    elif path is not None:
        fmt = infer(path, allowed=allowed)
        if fmt is None:
            if default is not None and not extension(path):
                fmt = get(default, allowed=allowed)
            else:
                raise DyadsError("E101", path=str(path), ext=extension(path) or "(none)", known=known_extensions(allowed),
                                 allowed=", ".join(allowed))
    elif default is not None:
        fmt = get(default, allowed=allowed)
    else:
        raise DyadsError("E101", path="(no file)", ext="(none)", known=known_extensions(allowed),
                         allowed=", ".join(allowed))
    if path is None and not fmt.terminal:
        raise DyadsError("E104", format=fmt.name)
    return fmt


def _known(ext: str) -> bool:
    return any(ext in f.extensions for f in FORMATS.values())


def known_extensions(allowed: Iterable[str] = EXPORT_FORMATS) -> str:
    """"`.csv` (csv), `.jsonl` (jsonl), ..." for the formats in `allowed` that a file name can choose."""
    parts = []
    for name in allowed:
        fmt = FORMATS[name]
        if fmt.extensions and fmt.infer:
            parts.append(f"{'/'.join(fmt.extensions)} ({name})")
    return ", ".join(parts)


def help_text(allowed: Iterable[str] = EXPORT_FORMATS) -> str:
    """One line for a command's --format help: the names it takes."""
    return "Output format: " + ", ".join(allowed) + "."
