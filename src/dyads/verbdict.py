"""PETRARCH/TABARI CAMEO verb dictionaries (`--verbs FILE`) read into trigger-lexicon entries.

The format (PETRARCH's `CAMEO.2.0.txt` and its TABARI ancestors):

* `&NAME` starts a synonym set; its `+PHRASE` lines are members (spaces or `_` join words; a member or
  a label ending in `_` takes no plural, which matters only to PETRARCH).
* `--- DESCRIPTION [CODE] ---` starts a verb block; `[---]` or no code: the bare verbs code nothing.
* Verb lines: `WORD {IRREGULAR FORMS} [CODE]`; a multi-word verb marks its verb with `+`
  (`+ASK_FOR`, `+CORDON_OFF {...}`).
* Pattern lines: `- TOKENS [CODE] # comment`, where `*` is the verb, `$` the source, `+` the target, `%` a
  compound actor, `^` skips a noun phrase, `(...)` is a prepositional phrase, `{...}` a noun phrase, `&NAME` a
  synonym set; `[A:B]` codes A for source -> target (B for the reverse); `[:B]` only the reverse.
* `#` and `;` start comments, `<!-- ... -->` too; `~ ...` lines are transformations (verb-of-verb rules).

What our coder can use is a verb lemma, optionally with the head of its direct object and a particle or
preposition (`Entry(lemma, "VERB", object, particle)`); a pattern is reduced to that when it has no words
before the verb and at most a particle, one noun phrase and prepositional phrases after it. Words it drops
(modifiers of the object, objects of prepositions, later phrases) make the entry *loose*; several patterns
reducing to one entry are resolved by `_resolve`. Everything else is skipped and counted by reason, and
malformed lines are reported with code E051 (the file is still read).

CAMEO codes become PLOVER type and mode through `data/cameo_plover.csv` (our table, written from the
CAMEO-to-PLOVER mapping of the PLOVER 2021 manual); codes PLOVER drops (01x public statements) are skipped.

Precedence when merged with our lexicon (`merge`):
1. our entry wins over an imported one with the same lemma, part of speech, object and particle;
2. for a lemma our lexicon already has entries for, only coded object/particle patterns are imported (no bare
   verb and no "no event" pattern: our lexicon decides the word; PETRARCH only adds more specific uses);
3. at coding time a more specific entry (with object or particle) wins over a bare verb, whichever file
   it came from (`events.match`), so a PETRARCH pattern "SEND + TROOPS" beats our bare "send".
"""
from __future__ import annotations

import csv
import functools
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from dyads.errors import DyadsError, describe, message
from dyads.lexicon import NOT_AN_EVENT, Entry

# Words that follow a verb as its particle ("SET OFF", "PUT UP", "CALL ON") rather than as its object.
PARTICLES = frozenset("""about across after against ahead along apart around aside at away back before behind
between by down for forth forward from in into off on onto out over through to together toward towards under
up upon with within without""".split())
NULL_CODE = "---"
ROLE_MARKS = frozenset("$+%^")


@dataclass(frozen=True, slots=True)
class Plover:
    """One row of `data/cameo_plover.csv`: the PLOVER type and mode of a CAMEO code (type empty: dropped)."""

    cameo: str
    event_type: str
    mode: str
    note: str


@functools.cache
def cameo_plover() -> dict[str, Plover]:
    """Our CAMEO -> PLOVER table (`data/cameo_plover.csv`)."""
    text = resources.files("dyads.data").joinpath("cameo_plover.csv").read_text("utf-8")
    table: dict[str, Plover] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["cameo"].strip()
        if not code.isdigit() or code in table:
            raise ValueError(f"cameo_plover.csv: bad or repeated code {code!r}")
        table[code] = Plover(code, row["event_type"].strip(), row["mode"].strip(), row["note"].strip())
    return table


def to_plover(code: str) -> Plover | None:
    """The PLOVER row of a CAMEO code, falling back to its closest listed ancestor (None: unknown)."""
    table = cameo_plover()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


@dataclass(slots=True)
class Candidate:
    """One reduced pattern (or verb line) before patterns sharing a key are resolved."""

    key: tuple[str, str, str, str]
    code: str  # CAMEO code or NULL_CODE
    loose: bool
    line: int
    text: str


@dataclass(slots=True)
class Report:
    """What was read from one dictionary file."""

    path: str
    blocks: int = 0
    verbs: int = 0
    forms: int = 0
    synsets: int = 0
    synset_phrases: int = 0
    patterns: int = 0
    patterns_used: int = 0
    entries: int = 0
    by_type: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # "E051: file:line: detail", one per malformed line

    def lines(self) -> list[str]:
        """The report as printable lines."""
        out = [f"{self.path}: {self.blocks} verb blocks, {self.verbs} verbs ({self.forms} irregular forms), "
               f"{self.synsets} synonym sets ({self.synset_phrases} phrases), {self.patterns} patterns "
               f"({self.patterns_used} used) -> {self.entries} lexicon entries",
               "entries by type: " + ", ".join(f"{t} {n}" for t, n in sorted(self.by_type.items()))]
        if self.skipped:
            out.append("skipped:")
            out.extend(f"  {n:>6}  {reason}" for reason, n in self.skipped.most_common())
        if self.problems:
            out.append(f"malformed lines: {len(self.problems)}")
        return out


@dataclass(slots=True)
class _Block:
    name: str
    code: str
    line: int
    verbs: list[tuple[str, str, str]] = field(default_factory=list)  # (lemma, particle, code) of usable verbs
    has_patterns: bool = False


_HEADER = re.compile(r"^-{3}\s*(?P<name>.*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*-{3}\s*$")
_VERB = re.compile(r"^(?P<verb>[A-Za-z0-9+'_.-]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN = re.compile(r"^-\s+(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")
_CODE = re.compile(r"^(?:---|\d{2,4})(?::(?:---|\d{2,4}))?$")  # "[A:B]": A for source -> target
_XML_COMMENT = re.compile(r"<!--.*?-->")


def read(path: str | Path) -> tuple[list[Entry], Report]:
    """Entries and a report from a dictionary file; raises DyadsError E050 when it cannot be read."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise DyadsError("E050", path=str(path), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    entries, report = parse(text, source=p.name, path=str(path))
    if not report.blocks and not report.patterns:
        raise DyadsError("E052", path=str(path))
    return entries, report


def parse(text: str, *, source: str, path: str | None = None) -> tuple[list[Entry], Report]:
    """Entries and a report from dictionary text; `source` names the file in entries and messages."""
    report = Report(path or source)
    synsets: dict[str, list[str]] = {}
    candidates: list[Candidate] = []
    current_set: str | None = None
    block: _Block | None = None

    def problem(line: int, detail: str) -> None:
        report.problems.append(describe("E051", message("E051", where=f"{source}:{line}", detail=detail)))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line:
            continue
        if line.startswith("~"):
            report.skipped["transformation (~ verb-of-verb rule): our coder has no such rules"] += 1
            continue
        if line.startswith("&"):
            name = line.split()[0]
            if not re.fullmatch(r"&[A-Za-z0-9_]+", name) or len(line.split()) > 1:
                problem(number, f"bad synonym-set label {line!r}")
                current_set = None
                continue
            current_set = name.rstrip("_").upper()
            synsets[current_set] = []
            report.synsets += 1
            continue
        if line.startswith("---"):
            m = _HEADER.match(line)
            if not m:
                problem(number, f"bad verb-block header {line!r}")
                continue
            code = (m["code"] or NULL_CODE).strip()
            if not _CODE.match(code):
                problem(number, f"bad code [{code}] in block header")
                code = NULL_CODE
            code = code.partition(":")[0]
            block, current_set = _Block(m["name"] or "?", code, number), None
            report.blocks += 1
            continue
        if line.startswith("+") and current_set is not None:
            phrase = line[1:].strip().rstrip("_").replace("_", " ").strip()
            if not phrase or not re.fullmatch(r"[A-Za-z0-9' ./-]+", phrase):
                problem(number, f"bad synonym-set member {line!r}")
                continue
            synsets[current_set].append(phrase.lower())
            report.synset_phrases += 1
            continue
        if line.startswith("-"):
            if block is None:
                problem(number, "pattern outside a verb block")
                continue
            block.has_patterns = True
            report.patterns += 1
            _pattern(line, number, block, synsets, candidates, report, problem)
            continue
        # a verb line: starts a new (headerless) block after patterns or a synonym set, TABARI style
        current_set = None
        if not _VERB.match(line):
            problem(number, f"not a verb, pattern or synonym-set line: {line!r}")
            continue
        if block is None or block.has_patterns:
            block = _Block("?", NULL_CODE, number)
            report.blocks += 1
        _verb_line(line, number, block, candidates, report, problem)

    entries = _resolve(candidates, source, report)
    report.entries = len(entries)
    report.by_type = Counter(e.event_type for e in entries)
    return entries, report


def _strip_comment(raw: str) -> str:
    line = _XML_COMMENT.sub(" ", raw)
    for mark in ("#", ";"):
        if mark in line:
            line = line[:line.index(mark)]
    return line.strip()


def _verb_line(line: str, number: int, block: _Block, candidates: list[Candidate], report: Report,
               problem) -> None:
    m = _VERB.match(line)
    if not m:
        problem(number, f"not a verb, pattern or synonym-set line: {line!r}")
        return
    code = (m["code"] or block.code).strip()
    if not _CODE.match(code):
        problem(number, f"bad code [{code}]")
        return
    code = code.partition(":")[0]
    forms = (m["forms"] or "").split()
    report.verbs += 1
    report.forms += len(forms)
    verb = m["verb"]
    words = [w for w in verb.split("_") if w]
    if len(words) == 1 and "+" not in verb:
        lemma, particle = words[0].lower(), ""
    else:
        heads = [k for k, w in enumerate(words) if w.startswith("+")]
        if not heads:
            report.skipped["multi-word verb without + marking its verb"] += 1
            return
        if heads[0] != 0:
            report.skipped["multi-word verb with words before the verb (RE_+ARREST)"] += 1
            return
        if len(words) > 2:
            report.skipped["multi-word verb of more than verb + particle"] += 1
            return
        lemma, particle = words[0][1:].lower(), words[1].lower() if len(words) > 1 else ""
    if not re.fullmatch(r"[a-z][a-z'-]*", lemma):
        problem(number, f"bad verb {verb!r}")
        return
    block.verbs.append((lemma, particle, code))
    candidates.append(Candidate((lemma, "VERB", "", particle), code, False, number, verb))


def _pattern(line: str, number: int, block: _Block, synsets: dict[str, list[str]], candidates: list[Candidate],
             report: Report, problem) -> None:
    m = _PATTERN.match(line)
    if not m:
        problem(number, f"pattern without a [code]: {line!r}")
        return
    code = m["code"].strip()
    first, _, second = code.partition(":")
    if not _CODE.match(f"{first or NULL_CODE}:{second or NULL_CODE}"):
        problem(number, f"bad code [{code}]")
        return
    if not first:
        report.skipped["reverse-only code [:X] (the target acts): our coder does not swap roles"] += 1
        return
    try:
        items = _tokens(m["body"])
    except ValueError as exc:
        problem(number, str(exc))
        return
    if "|" in m["body"]:
        report.skipped["disjunction | (not supported by PETRARCH either)"] += 1
        return
    if items.count(("*",)) != 1:
        problem(number, "a pattern needs exactly one * (the verb)")
        return
    star = items.index(("*",))
    if any(i[0] not in ROLE_MARKS for i in items[:star]):
        report.skipped["words before the verb (a subject constraint)"] += 1
        return
    after = [i for i in items[star + 1:] if i[0] not in ROLE_MARKS]
    loose = len(after) != len(items[star + 1:])  # an actor slot inside the phrase is dropped
    reduced = _reduce(after)
    if reduced is None:
        report.skipped["more than particle + object after the verb, or a preposition with its own object"] += 1
        return
    particle, objects, dropped = reduced
    expanded: list[tuple[str, bool]] = []
    for obj in objects or [""]:
        if obj.startswith("&"):
            if obj.upper() not in synsets:
                report.skipped["undefined synonym set (PETRARCH skips these too)"] += 1
                return
            expanded.extend((_head(p), " " in p) for p in synsets[obj.upper()])
        else:
            expanded.append((_head(obj) if obj else "", " " in obj))
    if not block.verbs:
        report.skipped["pattern of a block without usable verbs"] += 1
        return
    report.patterns_used += 1
    for lemma, verb_particle, _ in block.verbs:
        if verb_particle and particle and verb_particle != particle:
            continue
        for obj, multiword in expanded:
            key = (lemma, "VERB", obj, verb_particle or particle)
            candidates.append(Candidate(key, first, loose or dropped or multiword, number, m["body"]))


def _tokens(body: str) -> list[tuple]:
    """Pattern items: ("*",) ("$",)..., ("w", WORD) or ("w", &SET), ("np", [words]), ("pp", PREP, [items])."""
    spaced = re.sub(r"([(){}])", r" \1 ", body)
    stack: list[list] = [[]]
    kinds: list[str] = []
    for tok in spaced.split():
        if tok in ("(", "{"):
            if kinds and (kinds[-1] == "{" or tok == "("):
                raise ValueError(f"nested brackets in pattern {body!r}")
            stack.append([])
            kinds.append(tok)
        elif tok in (")", "}"):
            if not kinds or {"(": ")", "{": "}"}[kinds[-1]] != tok:
                raise ValueError(f"unbalanced brackets in pattern {body!r}")
            inner, kind = stack.pop(), kinds.pop()
            words = [w for w in inner if w[0] == "w"]
            if kind == "{" and kinds:  # a noun phrase inside a prepositional phrase: its words
                stack[-1].extend(words)
            elif kind == "{":
                stack[-1].append(("np", [w[1] for w in words]))
            else:
                rest = [w[1] for w in words[1:]]  # an actor slot ("(AGAINST +)") drops nothing
                stack[-1].append(("pp", words[0][1].lower() if words else "", rest))
        elif tok in ("*", "$", "+", "%", "^"):
            stack[-1].append((tok,))
        elif tok == "|":
            continue
        elif re.fullmatch(r"&?[A-Za-z0-9'._-]+", tok):
            stack[-1].append(("w", tok.replace("_", " ").strip() if not tok.startswith("&") else tok.rstrip("_")))
        else:
            raise ValueError(f"unexpected {tok!r} in pattern {body!r}")
    if kinds:
        raise ValueError(f"unbalanced brackets in pattern {body!r}")
    return stack[0]


def _reduce(after: list[tuple]) -> tuple[str, list[str], bool] | None:
    """(particle, object alternatives, dropped anything) of the items after the verb; None: not representable."""
    k, particle, objects, dropped = 0, "", [], False
    if k < len(after) and after[k][0] == "w" and after[k][1].lower() in PARTICLES:
        particle, k = after[k][1].lower(), k + 1
    if k < len(after) and after[k][0] in ("w", "np"):
        item = after[k]
        words = [item[1]] if item[0] == "w" else item[1]
        if not words:
            return None
        objects, dropped, k = [words[-1]], len(words) > 1, k + 1  # the head; modifiers are dropped
    pps = after[k:]
    if any(p[0] != "pp" for p in pps):
        return None
    if pps and not particle and not objects:
        if pps[0][2] or not pps[0][1]:
            return None  # "(FOR HELP)": the object of a preposition is not matched by our coder
        particle, dropped = pps[0][1], len(pps) > 1
    elif pps:
        dropped = True  # "SEND POLICE (TO BORDER)": the object decides; the phrase after it is dropped
    if " " in particle:
        return None
    return particle, objects, dropped


def _head(phrase: str) -> str:
    """The lemma-like head word of an object phrase: its last word, singular ("RALLIES" -> "rally")."""
    word = phrase.split()[-1].lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "news")):
        return word[:-1]
    return word


def _resolve(candidates: list[Candidate], source: str, report: Report) -> list[Entry]:
    """One entry per key: exact patterns before loose ones, then the PLOVER type most patterns give."""
    by_key: dict[tuple, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_key[cand.key].append(cand)
    out: list[Entry] = []
    for key, cands in by_key.items():
        exact = [c for c in cands if not c.loose]
        pool = exact or cands
        typed: dict[str, list[tuple[Candidate, Plover | None]]] = defaultdict(list)
        for cand in pool:
            if cand.code == NULL_CODE:
                typed[NOT_AN_EVENT].append((cand, None))
                continue
            row = to_plover(cand.code)
            if row is None:
                report.skipped["entries: CAMEO code not in our table"] += 1
            elif not row.event_type:
                report.skipped[f"entries: CAMEO {row.cameo[:2]}x has no PLOVER type ({row.note})"] += 1
            else:
                typed[row.event_type].append((cand, row))
        if not typed:
            continue
        ranked = sorted(typed.items(), key=lambda kv: -len(kv[1]))
        if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
            report.skipped["entries: patterns reducing to one entry disagree on the PLOVER type"] += 1
            continue
        event_type, chosen = ranked[0]
        if event_type == NOT_AN_EVENT and not key[2] and not key[3]:
            continue  # a bare verb coding nothing is no entry at all
        codes = Counter(c.code for c, _ in chosen)
        code = max(codes, key=lambda c: (codes[c], -next(k for k, (x, _) in enumerate(chosen) if x.code == c)))
        cand, row = next((c, r) for c, r in chosen if c.code == code)
        out.append(Entry(lemma=key[0], pos=key[1], object=key[2], particle=key[3], event_type=event_type,
                         mode=row.mode if row else "", cameo=code if row else "",
                         note=f"PETRARCH {cand.text.strip()}"[:120], source=f"{source}:{cand.line}"))
    return out


def merge(ours: Iterable[Entry], imported: Iterable[Entry]) -> tuple[list[Entry], Counter]:
    """Imported entries that may join our lexicon under the precedence rules, and counts of those dropped."""
    ours = list(ours)
    keys = {e.key for e in ours}
    known = {(e.lemma, e.pos) for e in ours}
    kept, dropped = [], Counter()
    for entry in imported:
        if entry.key in keys:
            dropped["same key as one of our entries (ours wins)"] += 1
        elif (entry.lemma, entry.pos) in known and not (entry.object or entry.particle):
            dropped["bare verb our lexicon already has entries for"] += 1
        elif (entry.lemma, entry.pos) in known and entry.event_type == NOT_AN_EVENT:
            dropped["no-event pattern for a word our lexicon knows"] += 1
        else:
            kept.append(entry)
    return kept, dropped


@functools.cache
def load(paths: tuple[str, ...]) -> tuple[tuple[Entry, ...], tuple[Report, ...]]:
    """Entries and reports of dictionary files, in order (a later file wins on the same key)."""
    by_key: dict[tuple, Entry] = {}
    reports = []
    for path in paths:
        entries, report = read(path)
        by_key.update((e.key, e) for e in entries)
        reports.append(report)
    return tuple(by_key.values()), tuple(reports)
