"""A per-document table of token attributes: plain Python lists read once from the finished parse.

spaCy builds a new `Token` wrapper (and decodes a string) on every `doc[i]`, `token.head`, `token.children`,
`token.dep_`, `token.lower_` ...: hot syntax helpers that walk a token's children for one word ask for millions of
them. `of(doc)` reads every token's head, dependency label, forms, tags and entity type with one `Doc.to_array`
call and builds each token's children list in one pass; helpers then walk plain integers and strings and make a
`Token` only for what they return.

The table holds only numbers and strings (no reference back to the document) and lives in `doc.user_data`, so it
is freed with its document. It is a snapshot of the parse: a document changed after it was built (retokenized:
another length) gets a fresh one.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

# doc.user_data key of the table
TABLE = "dyads.tokens"
# the string attributes read, in the order of the table's columns
STRING_ATTRS = (DEP, LOWER, LEMMA, POS, TAG, ORTH, ENT_TYPE)


class TokenTable:
    """Attributes of a document's tokens by index: `head[i]` is `doc[i].head.i`, `children[i]` the indices of
    `doc[i].children` in order, and the string columns `dep[i]` (`dep_`), `lower[i]` (`lower_`), `lemma[i]`
    (`lemma_`, as spaCy gives it), `pos[i]` (`pos_`), `tag[i]` (`tag_`), `text[i]` (`text`) and `ent_type[i]`
    (`ent_type_`). A string column is decoded on first use (most documents need only some of them)."""

    __slots__ = ("head", "children", "n", "_codes", "_strings", "_names", "_columns", "_edges")

    def __init__(self, head: list[int], children: list[tuple[int, ...]], codes: numpy.ndarray, strings) -> None:
        self.head = head
        self.children = children
        self.n = len(head)
        self._edges: tuple[list[int], list[int], list[bool]] | None = None
        self._codes = codes  # string hashes: one row per token, one column per entry of STRING_ATTRS
        self._strings = strings
        self._names: dict[int, str] = {0: ""}
        self._columns: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self.n

    def _column(self, k: int) -> list[str]:
        column = self._columns.get(k)
        if column is None:
            names, strings = self._names, self._strings
            column = []
            for value in self._codes[:, k].tolist():
                name = names.get(value)
                if name is None:
                    name = names[value] = strings[value]
                column.append(name)
            self._columns[k] = column
        return column

    dep = property(lambda self: self._column(0))
    lower = property(lambda self: self._column(1))
    lemma = property(lambda self: self._column(2))
    pos = property(lambda self: self._column(3))
    tag = property(lambda self: self._column(4))
    text = property(lambda self: self._column(5))
    ent_type = property(lambda self: self._column(6))

    def subtree(self, i: int) -> list[int]:
        """The indices of `doc[i].subtree`, in spaCy's order (each left child's subtree, the token, each right
        child's subtree): in a projective part of the tree, the range of the subtree's edges."""
        if self._edges is None:
            self._edges = _edges(self.head, self.children)
        left, right, ordered = self._edges
        if ordered[i]:
            return list(range(left[i], right[i] + 1))
        out: list[int] = []
        children = self.children
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            k, expanded = stack.pop()
            if expanded:
                out.append(k)
                continue
            kids = children[k]
            # pushed in reverse: left subtrees first, then the token itself, then right subtrees
            for c in reversed(kids):
                if c > k:
                    stack.append((c, False))
            stack.append((k, True))
            for c in reversed(kids):
                if c < k:
                    stack.append((c, False))
        return out


def _edges(head: list[int], children: list[tuple[int, ...]]) -> tuple[list[int], list[int], list[bool]]:
    """Per token: the first and last index of its subtree, and whether the subtree and every subtree inside it
    cover a run of tokens with no gap (then spaCy lists them in text order)."""
    n = len(head)
    order = [i for i in range(n) if head[i] == i]  # roots first, then each level of the tree below them
    for k in order:
        order.extend(children[k])
    left, right, size, ordered = list(range(n)), list(range(n)), [1] * n, [True] * n
    for k in reversed(order):  # children before their heads
        if ordered[k] and size[k] != right[k] - left[k] + 1:
            ordered[k] = False
        h = head[k]
        if h != k:
            left[h] = min(left[h], left[k])
            right[h] = max(right[h], right[k])
            size[h] += size[k]
            ordered[h] = ordered[h] and ordered[k]
    return left, right, ordered


def of(doc: Doc) -> TokenTable:
    """The table of `doc`, built on first use and kept with the document."""
    table = doc.user_data.get(TABLE)
    if table is None or table.n != len(doc):
        table = doc.user_data[TABLE] = build(doc)
    return table


def build(doc: Doc) -> TokenTable:
    """Read the table from the parse (`of` keeps it; call this only to compare or rebuild)."""
    n = len(doc)
    if n == 0:
        return TokenTable([], [], numpy.zeros((0, len(STRING_ATTRS)), dtype=numpy.uint64), doc.vocab.strings)
    rows = doc.to_array([HEAD, *STRING_ATTRS])
    head = (rows[:, 0].astype(numpy.int64) + numpy.arange(n)).tolist()  # HEAD is relative (and signed)
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    return TokenTable(head, [tuple(c) for c in children], rows[:, 1:], doc.vocab.strings)
