"""Error codes and messages, in one place so users can search for them."""
from __future__ import annotations

MESSAGES = {
    "E001": "document is empty or only whitespace",
    "E002": "document looks binary (NUL bytes or control characters)",
    "E003": "document is not valid UTF-8 text",
    "E004": "document is larger than the limit of {limit} bytes",
    "E005": "malformed record: {detail}",
    "E006": "file not found: {path}",
    "E007": "unsupported input: {detail}",
    "E008": "invalid date {value!r}: expected YYYY-MM-DD",
    "E009": "coding failed: {detail}",
    "E010": "document language is {lang!r}, not English; skipped",
    "E011": "spaCy pipeline {name!r} is not installed: {detail}",
    "E012": "invalid value for {name}: {detail}",
    "E013": "database {path} has schema version {found}, this dyads needs {expected}; open it once read-write to upgrade",
    # command-line input and output (E060-E069)
    "E060": "no actor matches {option} {value!r}: {hint}",
    "E061": "unknown {option} {value!r}: {hint}",
    "E062": "no event with id {event_id!r}{hint}",
    "E063": "{undated} of the {documents} documents stored by this run have no date: their events are dated only "
            "by what their text says, the rest stay undated and count in no period; give --date-col with the "
            "column or field that holds the date, or --date YYYY-MM-DD",
    "E064": "{path} has no text column {column!r} (columns: {columns}): nothing of it was read; give --text-col "
            "with the column that holds the text",
    "E065": "{path} has no date column {column!r} (columns: {columns}): its documents are stored without a date "
            "unless --date is given; give --date-col with the column that holds the date",
    # analysis and API (E07x)
    "E070": "invalid {name} {value!r}: expected one of {allowed}",
    "E071": "invalid date range: since {since} is after until {until}",
    "E072": "no event with id {event_id!r}",
    "E073": "no document with id {doc_id!r}",
    "E074": "request body is {size} bytes, larger than the limit of {limit} bytes",
    "E075": "POST /api/code needs the X-Dyads-Token header with the token given to `dyads serve --token` (to code "
            "without it, start the server with DYADS_API_ALLOW_CODE=1); storing needs ?store=true and the token",
    "E076": "invalid request: {detail}",
    "E077": "database not found: {path}",
    "E078": "this server does not answer to the Host {host!r} (it answers to {allowed}); add the name to "
            "DYADS_API_ALLOWED_HOSTS if it is yours",
    "E079": "the coder is busy ({waiting} requests running or waiting); retry in a few seconds",
    "E014": "could not fetch {url}: {detail}",
    # reading limits and run integrity (E02x)
    "E020": "stopped reading at the byte budget: {detail}; the rest of this input was not read",
    "E021": "truncated input: {detail}",
    "E022": "a batch counted {counted} mentions but {written} were written and {linked} linked to events, and "
            "{events} events count other than their linked mentions; the batch was rolled back",
    "E023": "nothing could be read: every input was rejected ({errors} errors)",
    "E024": "the run did not complete: {detail}; documents stored so far are kept and a new run finishes the job",
    "E025": "cannot open the database {path}: {detail}",
    # concurrent use of a database (E03x)
    "E030": "database {path} is in use by another process{holder}: dyads has one writer at a time, and no reader "
            "while it writes; waited {seconds:g} s (setting {setting})",
    # actors (E04x)
    "E040": "invalid actor list {origin}: {detail}",
    # PETRARCH/TABARI verb dictionaries (E05x)
    "E050": "cannot read the verb dictionary {path}: {detail}",
    "E051": "malformed verb dictionary line {where}: {detail}; line skipped",
    "E052": "{path} has no verb blocks or patterns: not a PETRARCH/TABARI verb dictionary",
    "E053": "{count} malformed lines of the verb dictionary {path} were skipped (E051); "
            "`dyads lexicon import-check {path}` lists them",
    # cluster engine and Parquet stores (E08x)
    "E080": "the dask engine cannot read {path!r}: give files, directories or URLs",
    "E081": "the Parquet store {path} is read-only: write with `dyads ingest --engine dask --out`",
    "E082": "{path} is not a dyads Parquet store (no _manifest folder)",
    "E083": "could not reach the Dask scheduler at {address}: {detail}",
    # evaluation on real-news gold (E09x)
    "E090": "not a real-news gold folder: {path} is missing (see docs/coding-guide.md)",
    "E091": "invalid gold set: {detail}",
    "E092": "corpus file {path} not found: the gold's article texts are read from the shared corpora folder "
            "(give it with --corpora)",
    "E093": "the event-type classifier {path} is missing or unreadable ({detail}): reinstall dyads or rebuild it with "
            "`python scripts/train_typeclf.py`",
    # trained models (E10x)
    "E100": "the confidence model {path} is missing or unreadable ({detail}): reinstall dyads or rebuild it with "
            "`python scripts/train_confidence.py`",
    # output formats and exports (E101-E109)
    "E101": "cannot tell the output format of {path} from its extension {ext}: name the file with {known}, or give "
            "--format ({allowed})",
    "E102": "{path} has the extension {ext} of the {inferred} format, but --format {requested} was asked (its files "
            "end in {usual}): rename the file or change --format",
    "E103": "unknown output format {value!r}: use one of {allowed}",
    "E104": "the {format} format writes a file, not the terminal: give an output file",
    "E105": "--format {format} exports deduplicated events only: use --table events",
}


class DyadsError(Exception):
    """An error with a code from `MESSAGES`, shown to users as one clear line."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(describe(code, message(code, **params)))


def describe(code: str, text: str) -> str:
    """The one form in which an error is shown: `E008: invalid date ...`."""
    return f"{code}: {text}"


def message(code: str, **params: object) -> str:
    """Return the formatted message for `code`."""
    return MESSAGES[code].format(**params)
