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
}


class DyadsError(Exception):
    """An error with a code from `MESSAGES`, shown to users as one clear line."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {message(code, **params)}")


def message(code: str, **params: object) -> str:
    """Return the formatted message for `code`."""
    return MESSAGES[code].format(**params)
