"""The spaCy stage: load a pipeline once per process and parse texts in batches."""
from __future__ import annotations

import bisect
import functools
import importlib
import logging
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyads import dateline
from dyads.errors import DyadsError

log = logging.getLogger(__name__)


def text_of(doc: Doc) -> str:
    """The document's text, built once (spaCy's `Doc.text` joins every token's text on each access)."""
    text = doc.user_data.get("dyads.text")
    if text is None:
        text = doc.user_data["dyads.text"] = doc.text
    return text


# doc.user_data key of the document's sentence table (`sentence`)
SENTENCES = "dyads.sentences"


def sentence(item: Token | Span) -> Span:
    """The sentence of a token, or of a span's first token: `item.sent`, found in a table built once per document
    (spaCy scans the document's tokens for the sentence's start and end on every access)."""
    bounds = _sentence_bounds(item)
    return item.sent if bounds is None else Span(item.doc, *bounds)


def sentence_start(item: Token | Span) -> int:
    """`sentence(item).start`, without building the sentence's Span."""
    bounds = _sentence_bounds(item)
    return item.sent.start if bounds is None else bounds[0]


def _sentence_bounds(item: Token | Span) -> tuple[int, int] | None:
    """(start, end) of the sentence of a token or of a span's first token, from the document's sentence table; None
    when spaCy's own `item.sent` must answer (a pipeline's sentence hooks, an empty span at the document's end)."""
    doc = item.doc
    table = doc.user_data.get(SENTENCES)
    if table is None:
        if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
            return None  # a pipeline's own sentence hooks decide
        table = doc.user_data[SENTENCES] = _sentence_table(doc)
    i = item.i if isinstance(item, Token) else item.start
    if i >= len(table[0]):
        return None  # an empty span at the document's end
    return table[1][table[0][i]]


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)` from the table `sentence` builds once per document (spaCy reads every token's sentence
    start on each access of `Doc.sents`)."""
    table = doc.user_data.get(SENTENCES)
    if table is None:
        if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
            return list(doc.sents)  # a pipeline's own sentence hooks decide
        table = doc.user_data[SENTENCES] = _sentence_table(doc)
    return [Span(doc, start, end) for start, end in table[1]]


def sentence_count(doc: Doc) -> int:
    """How many sentences the document has (from the table `sentences` builds once per document)."""
    table = doc.user_data.get(SENTENCES)
    return len(table[1]) if table is not None else len(sentences(doc))


def first_conjunct(token: Token) -> Token:
    """The first word of the coordination `token` is in ("X and *Y*" -> X, "trained and *equipped*" -> trained):
    the one that holds the coordination's own relation (subject, agent, clause) to the rest of the sentence."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, its token bounds remembered per document (rules ask for
    the phrase of one party's characters again and again; spaCy's `char_span` builds several Token objects per
    call)."""
    found_at = memo(doc, "char_span")
    key = (start, end)
    bounds = found_at.get(key, _UNALIGNED)
    if bounds is _UNALIGNED:
        span = doc.char_span(start, end, alignment_mode="expand")
        bounds = found_at[key] = None if span is None else (span.start, span.end)
        return span
    return None if bounds is None else Span(doc, *bounds)


# What `char_span`'s memo holds for characters never asked for (None: they align to no tokens).
_UNALIGNED = object()


def char_span_root(doc: Doc, start: int, end: int) -> int | None:
    """The index of the root of `char_span(doc, start, end)` (None when the characters align to no tokens),
    remembered per document: rules that only ask which token heads a party's phrase need not build its Span."""
    roots = memo(doc, "char_span_root")
    key = (start, end)
    root = roots.get(key, _UNALIGNED)
    if root is _UNALIGNED:
        span = char_span(doc, start, end)
        root = roots[key] = None if span is None else span.root.i
    return root


def entities(doc: Doc) -> list[Span]:
    """`list(doc.ents)`, from the entities' bounds and labels read once per document (`Doc.ents` scans every token of
    the document on each access)."""
    found = doc.user_data.get(ENTITIES)
    if found is None:
        found = doc.user_data[ENTITIES] = tuple((e.start, e.end, e.label) for e in doc.ents)
    return [Span(doc, start, end, label=label) for start, end, label in found]


# doc.user_data key of the document's entity bounds and labels (`entities`)
ENTITIES = "dyads.entities"


def span_text(span: Span) -> str:
    """`span.text`, cut from the document's text (`text_of`) instead of joined from the span's tokens."""
    return text_of(span.doc)[span.start_char:span.end_char]


def _sentence_table(doc: Doc) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """(the sentence number of every token, the (start, end) of every sentence): plain numbers, so the table holds
    no reference back to the document."""
    bounds = tuple((s.start, s.end) for s in doc.sents)
    number: list[int] = []
    for n, (start, end) in enumerate(bounds):
        number += [n] * (end - start)
    return tuple(number), bounds


def positions(doc: Doc, text: str) -> tuple[int, ...]:
    """The indices of the tokens whose text is `text`, in order, found once per document from its array of forms
    (rules ask "is there a hyphen near this phrase?" of every phrase; scanning the phrase's tokens builds a Token
    object for each)."""
    found_at = table(doc, POSITIONS)
    found = found_at.get(text)
    if found is None:
        found = found_at[text] = tuple(numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[text]).tolist()) \
            if len(doc) else ()
    return found


def any_between(found: tuple[int, ...], start: int, end: int) -> bool:
    """True when a sorted tuple of token indices (`positions`) holds one in [start, end)."""
    k = bisect.bisect_left(found, start)
    return k < len(found) and found[k] < end


# doc.user_data key of the token positions found per text (`positions`)
POSITIONS = "dyads.positions"


def memo(doc: Doc, name: str) -> dict:
    """A dict kept with `doc` for remembering what a pure function of its parse answered (a phrase, a token's
    conjuncts): rules ask the same of one token again and again. Callers keep plain numbers in it, never spaCy
    objects, so it holds no reference back to the document."""
    key = "dyads.memo." + name
    found = doc.user_data.get(key)  # `table`, without a second call: rules ask for their memo tens of thousands of times
    if found is None:
        found = doc.user_data[key] = {}
    return found


def table(doc: Doc, key: str) -> dict:
    """The dict kept with `doc` under `key` in its user_data, made empty on first use (`memo`, under a key of the
    caller's own; `doc.user_data.setdefault(key, {})` would build an empty dict on every call)."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = {}
    return found


@Language.component("dyads_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and paragraphs never merge."""
    if "\n" not in text_of(doc):
        return doc
    for before, token in zip(doc, doc[1:]):
        if "\n" in before.text_with_ws:
            token.is_sent_start = True
    return doc


@Language.component("dyads_dateline")
def lede_after_dateline(doc: Doc) -> Doc:
    """Start a sentence where the lede begins after a wire dateline ("CITY (Agency) - ..."), so the
    dateline is never parsed as the lede's subject."""
    found = dateline.find(text_of(doc))
    if found is not None:
        token = next((t for t in doc if t.idx >= found.lede), None)
        if token is not None and token.i > 0:
            token.is_sent_start = True
    return doc


# Consonants whose doubling before "-ed" the lemmatizer's fallback rule keeps ("readmitted" -> "readmitte").
DOUBLED_CONSONANTS = "bdgmnprt"


@Language.component("dyads_lemmas")
def mend_lemmas(doc: Doc) -> Doc:
    """Mend a past tense the lemmatizer's fallback only stripped of its "d" ("readmitted" -> "readmitte",
    "outgunned" -> "outgunne"): a doubled consonant before that "e" is a doubling for the ending, so the verb is the
    form without it ("readmit"). Verbs the lemmatizer knows ("regretted" -> "regret") are left as they are."""
    for token in doc:
        lemma, text = token.lemma_, token.lower_
        if token.tag_ in ("VBD", "VBN") and text.endswith("ed") and lemma.lower() == text[:-1] and len(lemma) > 4 \
                and lemma[-2] == lemma[-3] and lemma[-2] in DOUBLED_CONSONANTS:
            token.lemma_ = lemma[:-2]
    return doc


# Words the lemmatizer knows as a verb, noun or adjective (its index), from the pipeline loaded last: a lemma that is
# not among them came from its fallback rules ("defunded" -> "defunde").
_known_lemmas: frozenset[str] = frozenset()


def known_lemma(word: str) -> bool:
    """True when the loaded lemmatizer knows `word` as the base form of a verb, noun or adjective."""
    return word.lower() in _known_lemmas


def _remember_lemmas(nlp: Language) -> None:
    global _known_lemmas
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    _known_lemmas = frozenset(w for pos in ("verb", "noun", "adj") for w in index.get(pos, ()))


@functools.cache
def load(name: str) -> Language:
    """Load the installed spaCy pipeline `name` (a package name or a path); cached per process."""
    try:
        module = importlib.import_module(name)
        nlp = module.load()
    except ImportError:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise DyadsError("E011", name=name, detail=str(exc).splitlines()[0]) from exc
    if "parser" in nlp.pipe_names and "dyads_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("dyads_line_breaks", before="parser")
    if "parser" in nlp.pipe_names and "dyads_dateline" not in nlp.pipe_names:
        nlp.add_pipe("dyads_dateline", before="parser")
    if "lemmatizer" in nlp.pipe_names and "dyads_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("dyads_lemmas", after="lemmatizer")
    _remember_lemmas(nlp)
    log.debug("loaded spaCy pipeline %s with %s", name, nlp.pipe_names)
    return nlp


def parse(texts: Iterable[str], *, model: str, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts with `nlp.pipe`, in order."""
    yield from load(model).pipe(texts, batch_size=batch_size)
