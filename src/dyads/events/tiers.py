"""Argument tiers read on first use: a candidate's recipient tiers are tried best first, and most candidates find
their recipient in an early tier (or code nothing at all), so the later ones, the clause-wide fallback above all,
are built only when asked for."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


class Tiers(Sequence):
    """A sequence of tiers whose length is known at once and whose tier k is `makers[k]()`, called on the first
    access of tier k only (each maker must be a pure function of the parse: a tier read later is the tier read
    at once). Compares equal to any sequence of the same tiers."""

    __slots__ = ("_makers", "_made")

    def __init__(self, makers: Sequence[Callable[[], list[Any]]]) -> None:
        self._makers = list(makers)
        self._made: list[list[Any] | None] = [None] * len(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        found = self._made[k]
        if found is None:
            found = self._made[k] = self._makers[k]()
        return found

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # mutable on first read, as a list is

    def __repr__(self) -> str:
        return repr(list(self))
