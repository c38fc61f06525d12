"""CAMEO code table: Goldstein weights and quad classes, loaded from `data/cameo_codes.csv`."""
from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    goldstein: float
    label: str

    @property
    def quad_class(self) -> int:
        """CAMEO/GDELT quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
        return quad_class(self.code)


def quad_class(code: str) -> int:
    """Return the quad class of a CAMEO code from its two-digit root."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


@functools.cache
def codes() -> dict[str, CameoCode]:
    """Load and validate the CAMEO table (cached)."""
    text = resources.files("dyads.data").joinpath("cameo_codes.csv").read_text("utf-8")
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip()
        if not code.isdigit() or code in table:
            raise ValueError(f"cameo_codes.csv: bad or repeated code {code!r}")
        table[code] = CameoCode(code, float(row["goldstein"]), row["label"].strip())
    return table


def lookup(code: str) -> CameoCode:
    """Return the entry for `code`, falling back to its closest listed ancestor."""
    table = codes()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    raise KeyError(f"unknown CAMEO code {code!r}")
