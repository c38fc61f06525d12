"""A document's parse read once into plain Python sequences (`view`): the hot helpers walk these instead of spaCy's
`Token` objects, of which every `doc[i]`, `token.head`, `token.children` or `token.subtree` builds new ones.

The view is read from `Doc.to_array` on first use and kept in the document's user_data; each column of strings is
made on first use too. It holds plain numbers and strings only (no reference back to the document). The parse must
not change after it is read: dyads' own pipeline components (`dyads.nlp`) run before coding reads a parse, and
coding never edits one.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

# doc.user_data key of the document's view
VIEW = "dyads.parse_view"
# The string columns, by name, in the order of the columns of the array read (after HEAD).
COLUMNS = {"dep": DEP, "pos": POS, "tag": TAG, "lemma": LEMMA, "lower": LOWER, "text": ORTH, "ent_type": ENT_TYPE}
# Strings remembered by hash (the same words come in every document), at most this many.
NAMES_MAX = 200_000


class ParseView:
    """Per token (by index in the document): `head` (its head's index, its own for a root), `children` (its
    children's indices in text order, as spaCy's `Token.children`), and the string columns of `COLUMNS`: `dep`,
    `pos`, `tag`, `lemma`, `lower`, `text` and `ent_type` ("" outside entities), each as a tuple of strings."""

    __slots__ = ("head", "children", "_array", "_strings", *COLUMNS)

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        array = doc.to_array([HEAD, *COLUMNS.values()]) if n else numpy.zeros((0, 1 + len(COLUMNS)), numpy.uint64)
        self.head: tuple[int, ...] = tuple(
            (numpy.arange(n, dtype=numpy.int64) + array[:, 0].astype(numpy.int64)).tolist())
        children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.head):
            if h != i:
                children[h].append(i)
        self.children: tuple[tuple[int, ...], ...] = tuple(map(tuple, children))
        self._array = array
        self._strings = doc.vocab.strings

    def __getattr__(self, name: str) -> tuple[str, ...]:
        """A string column, read from the array on first use (only called for a slot not yet set)."""
        k = list(COLUMNS).index(name) + 1 if name in COLUMNS else 0
        if not k:
            raise AttributeError(name)
        names = _names(self._strings)
        column = tuple(map(names.__getitem__, self._array[:, k].tolist()))
        setattr(self, name, column)
        return column

    def children_with(self, i: int, deps) -> list[int]:
        """The children of token i whose relation is one of `deps`, in text order."""
        dep = self.dep
        return [c for c in self.children[i] if dep[c] in deps]

    def subtree(self, i: int) -> list[int]:
        """Token i and its descendants, in the order of spaCy's `Token.subtree` (each left child's subtree, the
        token, each right child's subtree)."""
        children = self.children
        if not children[i]:
            return [i]  # most tokens have no children
        out: list[int] = []
        # an explicit stack of (token, visited): no recursion limit on deep parses
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            t, seen = stack.pop()
            if seen:
                out.append(t)
                continue
            kids = children[t]
            for c in reversed(kids):
                if c > t:
                    stack.append((c, False))
            stack.append((t, True))
            for c in reversed(kids):
                if c < t:
                    stack.append((c, False))
        return out

    def descendants(self, i: int) -> set[int]:
        """Token i and its descendants (`subtree` as a set, for callers to whom the order does not matter)."""
        children = self.children
        out, stack = {i}, [i]
        while stack:
            kids = children[stack.pop()]
            if kids:
                out.update(kids)
                stack.extend(kids)
        return out


def view(doc: Doc) -> ParseView:
    """The document's parse as plain sequences, read once per document."""
    found = doc.user_data.get(VIEW)
    if found is None:
        found = doc.user_data[VIEW] = ParseView(doc)
    return found


class _Names(dict):
    """Strings by hash, looked up in a pipeline's string store when first asked for (0 is "")."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__({0: ""})
        self.strings = strings

    def __missing__(self, key: int) -> str:
        if len(self) >= NAMES_MAX:
            self.clear()
            self[0] = ""
        found = self[key] = self.strings[key]
        return found


_known: dict[int, _Names] = {}


def _names(strings: StringStore) -> _Names:
    """The strings remembered for a pipeline's string store (one per loaded pipeline)."""
    found = _known.get(id(strings))
    if found is None or found.strings is not strings:
        found = _known[id(strings)] = _Names(strings)
    return found
