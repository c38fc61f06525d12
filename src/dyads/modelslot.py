"""The model a module codes with: the shipped one, or another put in place for a `with` block.

Shared by the confidence model and the event-type classifier: training and cross-validation code documents
with fold models without touching the shipped weights.
"""
from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any, Generic, TypeVar

from dyads.errors import DyadsError

T = TypeVar("T")


class ModelSlot(Generic[T]):
    """The shipped model (loaded by `shipped`, which caches it) unless `using` put another in place."""

    def __init__(self, shipped: Callable[[], T]) -> None:
        self._shipped = shipped
        self._override: list[T] = []

    def current(self) -> T:
        return self._override[-1] if self._override else self._shipped()

    @contextlib.contextmanager
    def using(self, other: T) -> Iterator[T]:
        self._override.append(other)
        try:
            yield other
        finally:
            self._override.pop()


def shipped_json(name: str) -> Any:
    """The parsed JSON of a model file shipped in dyads/data/models/ (E100 when it is missing or unreadable)."""
    try:
        return json.loads(resources.files("dyads.data").joinpath("models", name).read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, ValueError) as exc:
        raise DyadsError("E100", path=f"dyads/data/models/{name}", detail=repr(exc)) from exc


def shipped_model(name: str, build: Callable[[Any], T]) -> T:
    """The model built by `build` from a shipped JSON file (E100 when the file is missing, unreadable or lacks
    what `build` reads)."""
    data = shipped_json(name)
    try:
        return build(data)
    except (KeyError, ValueError, TypeError) as exc:
        raise DyadsError("E100", path=f"dyads/data/models/{name}", detail=repr(exc)) from exc
