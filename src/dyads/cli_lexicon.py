"""`dyads lexicon ...`: commands about the trigger lexicon (`stats`: its coverage of CAMEO and PLOVER)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from dyads import cameo, lexicon, lexicon_stats

lexicon_app = typer.Typer(help="The trigger lexicon: its coverage of CAMEO codes and PLOVER types.",
                          no_args_is_help=True)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


@lexicon_app.command("stats")
def stats(
    lexicon_files: Annotated[Optional[list[Path]], typer.Option(
        "--lexicon", help="Extra trigger lexicon CSV file to count with the built-in one (repeatable).")] = None,
    format: Annotated[StatsFormat, typer.Option("--format", help="Output format.")] = StatsFormat.table,
) -> None:
    """Entries per PLOVER type, part of speech and CAMEO code, and the CAMEO codes with no entry."""
    for path in lexicon_files or []:
        if not path.is_file():
            err.print(f"[red]error:[/red] lexicon file not found: {path}", highlight=False)
            raise typer.Exit(2)
    try:
        lex = lexicon.load(tuple(str(p) for p in lexicon_files or ()))
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    result = lexicon_stats.stats(lex)
    if format is StatsFormat.json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
        return
    _print(result)


def _print(s: lexicon_stats.Stats) -> None:
    out.print(f"{s.entries} event entries ({s.derived} nouns derived from verbs), {s.not_event} no-event entries")
    pos_names = list(s.by_pos)
    by_type = Table(title="entries per PLOVER type")
    for col in ("type", "entries", *pos_names):
        by_type.add_column(col, justify="right" if col != "type" else "left")
    for name, n in s.by_type.items():
        by_type.add_row(name, str(n), *(str(s.by_type_pos[name].get(p, 0)) for p in pos_names))
    by_type.add_row("all", str(s.entries), *(str(s.by_pos[p]) for p in pos_names))
    out.print(by_type)
    codes = cameo.codes()
    by_code = Table(title="entries per CAMEO code")
    for col in ("code", "label", "entries", "sense rules"):
        by_code.add_column(col, justify="left" if col in ("code", "label") else "right")
    for code, n in s.by_cameo.items():
        rules = s.by_cameo_senses.get(code, 0)
        by_code.add_row(code, codes[code].label, str(n) if n or rules else "[red]0[/red]", str(rules or ""))
    out.print(by_code)
    missing = s.codes_without_entries
    out.print(f"{len(missing)} of {len(s.by_cameo)} CAMEO codes have no entry or sense rule: "
              f"{' '.join(missing) or '-'}", highlight=False)
