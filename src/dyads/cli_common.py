"""What every `dyads` command shares: the app classes, the consoles, one-line failures, option types and
the checks of settings, dates, statuses and databases.

The app classes give every command `-h` as well as `--help`, and help without Python type placeholders
(`<str>`, `<list[str]>`, `<bool>`): options show what to give (`CODE`, `DATE`, `[table|csv]`), flags nothing.
A coded error (`DyadsError`) that reaches a command is one line on stderr and exit code 2.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import types
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from dyads import actors, read
from dyads.errors import DyadsError
from dyads.settings import load_settings
from dyads.store import Store

HELP_NAMES = ["-h", "--help"]
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

# Python type names in typer's placeholders -> what a user types
_LABELS = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "int range": "INTEGER", "float range": "NUMBER",
           "path": "PATH", "file": "FILE", "directory": "DIR", "datetime": "DATE"}


def _label(raw: str | None) -> str | None:
    """"<list[str]>" -> "TEXT", "<table|csv>" -> "[table|csv]", "<bool>" -> "" (a flag takes no value)."""
    if raw is None:
        return None
    label = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
    label = re.sub(r"^list\[(.*)\]$", r"\1", label)
    if label == "bool":
        return ""
    if "|" in label:
        return f"[{label}]"
    return _LABELS.get(label, label.upper())


def _tidy(param: Any, ctx: Any) -> None:
    """Give `param` a placeholder a user understands, unless its command gave one."""
    if getattr(param, "_dyads_tidy", False):
        return
    param._dyads_tidy = True
    if isinstance(param, TyperOption):
        if param.metavar is None:
            param.metavar = "" if (param.is_flag or param.count) else _label(param.display_type(ctx))
    elif isinstance(param, TyperArgument):
        label = _label(param.display_type(ctx))
        param.display_type_rich = types.MethodType(lambda self, ctx: label, param)


class Command(TyperCommand):
    """A command whose help has tidy placeholders (see `_tidy`)."""

    def get_params(self, ctx):  # noqa: ANN001, ANN201 (click's signature)
        params = super().get_params(ctx)
        for param in params:
            _tidy(param, ctx)
        return params


class Group(TyperGroup):
    """A command group with tidy placeholders whose coded errors are one line and exit code 2."""

    def get_params(self, ctx):  # noqa: ANN001, ANN201
        params = super().get_params(ctx)
        for param in params:
            _tidy(param, ctx)
        return params

    def invoke(self, ctx):  # noqa: ANN001, ANN201
        try:
            return super().invoke(ctx)
        except DyadsError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None


class App(typer.Typer):
    """`typer.Typer` with the defaults of every dyads command group (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", Group)
        kwargs.setdefault("context_settings", {"help_option_names": HELP_NAMES})
        kwargs.setdefault("no_args_is_help", True)
        kwargs.setdefault("pretty_exceptions_enable", False)
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any):  # noqa: ANN201
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except DyadsError as exc:  # raised outside a command (e.g. while the group starts)
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            sys.exit(2)


def examples(*lines: str) -> str:
    """A help epilog listing example command lines."""
    return "Examples:\n\n" + "\n\n".join(f"  {line}" for line in lines)


# --- options shared by several commands ---------------------------------------------------------
DateOpt = Annotated[Optional[str], typer.Option("--date", metavar="DATE",
                                                help="Publication date YYYY-MM-DD for documents without one.")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", metavar="NAME",
                                                 help="spaCy pipeline name (env DYADS_SPACY_MODEL).")]
LexiconOpt = Annotated[Optional[list[Path]], typer.Option("--lexicon", metavar="FILE",
                                                          help="Extra trigger lexicon CSV file (repeatable).")]
VerbsOpt = Annotated[Optional[list[Path]], typer.Option(
    "--verbs", metavar="FILE",
    help="PETRARCH/TABARI CAMEO verb dictionary whose patterns join the lexicon (repeatable; our entries win on "
         "conflict; env DYADS_VERB_DICTIONARIES).")]
DbOpt = Annotated[Path, typer.Option("--db", metavar="PATH", help="DuckDB database file, or a Parquet store "
                                                                  "directory written by `ingest --engine dask`.")]
ActorsOpt = Annotated[Optional[list[Path]], typer.Option(
    "--actors", metavar="FILE",
    help="Extra actor list (repeatable): CSV or YAML (name, aliases, code, country, sector, start, end) "
         "or a TABARI/PETRARCH .actors dictionary.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="Earliest event date YYYY-MM-DD.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Latest event date YYYY-MM-DD.")]
StatusOpt = Annotated[Optional[list[str]], typer.Option(
    "--status", metavar="STATUS",
    help="Event status to count (repeatable): occurred, planned, hypothetical, negated or any.")]
MinConfidenceOpt = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0, metavar="X",
    help="Leave out events with a lower confidence (default: the min_confidence setting, itself by default the "
         "threshold shipped with the confidence model); 0 keeps every event.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", min=1, metavar="N", help="Show at most N rows.")]
OutOpt = Annotated[Optional[Path], typer.Option(
    "--out", metavar="FILE", help="Write to FILE instead of printing; the format follows its extension "
                                  "(.csv, .jsonl, .parquet) unless --format says otherwise.")]


# --- checks ---------------------------------------------------------------------------------------
def fail(message: str) -> None:
    """Print one clear line and exit non-zero."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(2)


def warn(message: str) -> None:
    """Print one warning line (the run goes on)."""
    err.print(f"[yellow]warning:[/yellow] {message}", highlight=False)


def settings_for(model: str | None, lexicon: list[Path] | None, actor_lists: list[Path] | None = None,
                 verbs: list[Path] | None = None):
    """The settings with the command's --model, --lexicon, --actors and --verbs, each file checked."""
    for path in lexicon or []:
        if not path.is_file():
            fail(f"lexicon file not found: {path}")
    for path in actor_lists or []:
        if not path.is_file():
            fail(f"actor list not found: {path}")
    settings = load_settings(spacy_model=model, lexicon_paths=tuple(str(p) for p in lexicon or ()) or None,
                             actor_paths=tuple(str(p) for p in actor_lists or ()) or None,
                             verb_dictionaries=tuple(str(p) for p in verbs or ()) or None)
    try:
        actors.index(tuple(settings.actor_paths))
        check_verbs(settings.verb_dictionaries)
    except DyadsError as exc:
        fail(str(exc))
    return settings


def check_verbs(paths: tuple[str, ...]) -> None:
    """Read the verb dictionaries once: what they add goes to the debug log, skipped lines to one stderr line."""
    import logging

    from dyads import verbdict
    from dyads.errors import describe, message

    if not paths:
        return
    _, reports = verbdict.load(tuple(paths))
    for report in reports:
        for line in report.lines():
            logging.getLogger("dyads.verbdict").info(line)
        if report.problems:
            warn(describe("E053", message("E053", count=len(report.problems), path=report.path)))


def threshold(min_confidence: float | None) -> float:
    """The --min-confidence given, else the setting's."""
    return load_settings().confidence_threshold() if min_confidence is None else min_confidence


def date(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD option as a date (one clear line when it is not one)."""
    try:
        return read.parse_date(value)
    except DyadsError as exc:
        fail(str(exc))
        return None


def date_range(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """--since and --until as dates, checked to be in order."""
    first, last = date(since), date(until)
    if first and last and first > last:
        fail(str(DyadsError("E071", since=first, until=last)))
    return first, last


def open_store(db: Path) -> Store:
    """The database (or Parquet store) at `db`, read-only; one clear line when there is none."""
    if not db.exists():
        fail(f"database not found: {db}")
    return Store(db, read_only=True)
