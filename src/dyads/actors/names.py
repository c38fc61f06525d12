"""Names in a party phrase: the runs of its words that the actor tables name (`match`), composed into one
party phrase reading (`compose`), and the choice among a name's dated entries (`_pick`). `dyads.actors.rules`
turns the hits into a party."""
from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from dyads.actor_lists import ActorEntry
from dyads.actors.vocab import (
    COMPLEMENT_WORDS, FUZZY_CUTOFF, PLACE_JOINERS, FUZZY_MIN_LENGTH, KIND_RANK, MAX_WORDS, NAME_LABELS, NON_ATTRIBUTIVE_ROLES,
    PERSON_LABELS, POSTPOSITIVE_WORDS, QUANTITY_WORDS,
)
from dyads.actors.tables import Index, Word, _key, builtin_pairs, cities, city_reach, country_tails


@dataclass(frozen=True, slots=True)
class Hit:
    """A matched run of words: words[i:j] names `entries`, or is a role/modifier word for `sector`."""

    i: int
    j: int
    text: str
    kind: str
    entries: tuple[ActorEntry, ...] = ()
    sector: str | None = None
    note: str = ""
    generic: bool = False  # a role that takes the sector of the role word before it ("police *spokesman*")


def _proper(word: str) -> bool:
    return word[:1].isupper()


def _house_style(texts: Sequence[str], idx: Index) -> tuple[ActorEntry, ...]:
    """A name whose last word a newspaper's style writes in lower case ("the Kurdistan Workers' party", "the
    Free Syrian army"): the entries of the name with that word capitalised, when the words before it are."""
    if len(texts) < 2 or not texts[-1].isalpha() or not texts[-1].islower() or not all(_proper(t) for t in texts[:-1]):
        return ()
    return idx.entries(" ".join([*texts[:-1], texts[-1].capitalize()]))


def match(words: Sequence[Word], idx: Index) -> list[Hit]:
    """Longest non-overlapping hits: names, then role words, then modifiers, then cities."""
    hits: list[Hit] = []
    texts = [w.text for w in words]
    # runs longer than any name or sector phrase starting with their first word are not looked up, unless a word is
    # empty or holds white space (the tables' keys are compared with the words joined by one space)
    bounded = all(t.split() == [t] for t in texts)
    i = 0
    while i < len(words):
        hit = _hit_at(words, texts, i, idx, bounded=bounded)
        if hit is None or _inside_longer_name(hit, words):
            i += 1
            continue
        hits.append(hit)
        i = hit.j
    return hits


def _inside_longer_name(hit: Hit, words: Sequence[Word]) -> bool:
    """True when a name is only part of a longer name the tables do not know: a city joined to another proper word
    by "de"/"del" ("*Santiago* de Cuba", "Ciudad del *Este*"), or a state's short name that ends its full name
    ("States" of "United States", "America") after another proper word ("the Gulf *States*", "Latin *America*")."""
    if hit.kind != "name" or not hit.entries:
        return False
    before = words[hit.i - 1].text if hit.i > 0 else ""
    if all(e.kind in ("city", "capital") for e in hit.entries):
        if hit.j + 1 < len(words) and words[hit.j].text.lower() in PLACE_JOINERS and _proper(words[hit.j + 1].text):
            return True
        if hit.i >= 2 and before.lower() in PLACE_JOINERS and _proper(words[hit.i - 2].text):
            return True
    if hit.j - hit.i != 1 or hit.i == 0 or not all(e.kind == "country" for e in hit.entries):
        return False
    # the word before it is of the same named entity (the recognizer gave both its label): "Xi's China", "Communist
    # China" are other entities
    same = words[hit.i].label not in ("", "O") and words[hit.i - 1].label == words[hit.i].label
    return same and _proper(before) and hit.text in country_tails()


# Runs of words remembered per index (`_run`), at most this many.
RUNS_MAX = 100_000


def _run(texts: tuple[str, ...], idx: Index) -> tuple[str, tuple[ActorEntry, ...], dict[str, str], str]:
    """A run of words joined, the actors it names, and what it is as a sector word ({kind: sector} and how): the
    same runs come again and again in one story's phrases, so they are looked up once per index."""
    memo = idx.runs
    found = memo.get(texts)
    if found is None:
        if len(memo) >= RUNS_MAX:
            memo.clear()
        text = " ".join(texts)
        entries = idx.entries(text) or _house_style(texts, idx)
        kinds, how = ({}, "") if entries else idx.sector_word(text)
        found = memo[texts] = (text, entries, kinds, how)
    return found


def _hit_at(words: Sequence[Word], texts: list[str], i: int, idx: Index, *, bounded: bool = False) -> Hit | None:
    longest = min(MAX_WORDS, len(words) - i)
    for n in range(min(longest, idx.reach(texts[i])) if bounded else longest, 0, -1):
        text, entries, kinds, how = _run(tuple(texts[i:i + n]), idx)
        if entries and _other_first_name(words, i, entries):
            return None
        if entries:
            return Hit(i, i + n, text, "name", entries)
        role = "role" in kinds or "generic" in kinds
        # "rebel leader": a word that is both a role and a modifier modifies when a word follows it.
        if "modifier" in kinds and (not role or i + n < len(words)):
            return Hit(i, i + n, text, "modifier", sector=kinds["modifier"], note=how)
        if "role" in kinds:
            return Hit(i, i + n, text, "role", sector=kinds["role"], note=how)
        if "generic" in kinds:
            return Hit(i, i + n, text, "role", sector=kinds["generic"] or None, note=how, generic=True)
        if "adjective" in kinds:
            return Hit(i, i + n, text, "adjective", sector=kinds["adjective"], note=how)
    # a city's name starts with a capital: the first word is in every run tried below (and, for words with no white
    # space, no run longer than the longest city name the word begins is one)
    most = min(3, len(words) - i, city_reach(texts[i]) if bounded else 3) if _proper(texts[i]) else 0
    for n in range(most, 0, -1):
        run = words[i:i + n]
        # "Rio de Janeiro": a joiner may stand inside a place name, not at its ends
        inner = [w for k, w in enumerate(run) if not (0 < k < n - 1 and w.text.lower() in PLACE_JOINERS)]
        if not all(_proper(w.text) for w in inner) or any(w.label in PERSON_LABELS for w in run):
            continue
        if any(w.label not in ("", *NAME_LABELS) for w in run):
            continue  # in a parsed text, only words the entity recognizer calls a name can be a city
        if _part_of_compound(words, i, i + n):
            continue  # "Mai-Mai militias", "Al-Ahram": a part of a hyphened word is no place
        found = cities().get(" ".join(texts[i:i + n]))
        if found:
            code, name = found
            return Hit(i, i + n, " ".join(texts[i:i + n]), "name", (ActorEntry("city", name, code, code, None),))
    word = words[i]
    if len(word.text) >= FUZZY_MIN_LENGTH and _proper(word.text) and word.label in ("", "GPE", "PERSON", "NORP", "O"):
        # a surname is matched loosely only where the recognizer saw a person (or no tagger ran)
        close = _close_name(word.text, people=word.label in ("", "PERSON"))
        if close and not _other_first_name(words, i, idx.entries(close)):
            return Hit(i, i + 1, word.text, "name", idx.entries(close), note=f" (spelled like '{close}')")
    return None


def _other_first_name(words: Sequence[Word], i: int, entries: Sequence[ActorEntry]) -> bool:
    """True when a leader's surname found at words[i] follows a given name of the same person that no name of the
    leader has ("Aguila *Saleh*" is not Ali Abdullah Saleh, "Christian *Ntaryamira*" not Cyprien Ntaryamira): a
    namesake the tables do not know. The word before must be a proper word the entity recognizer put in the same
    person's name (a title before a surname is none); an initial ("George W. *Bush*") says nothing."""
    if i == 0 or not entries or not all(e.kind == "leader" for e in entries):
        return False
    before, word = words[i - 1], words[i]
    if before.label not in PERSON_LABELS or word.label not in PERSON_LABELS or not _proper(before.text):
        return False
    given = before.text.strip(".").lower()
    if len(given) <= 2:
        return False
    known = _leader_name_words()
    return not any(given in known.get(e.name, ()) for e in entries)


@functools.cache
def _leader_name_words() -> dict[str, frozenset[str]]:
    """Lower-cased words of every name and alias of each leader in the tables, by the leader's name."""
    out: dict[str, set[str]] = {}
    for text, entry in builtin_pairs():
        if entry.kind == "leader":
            out.setdefault(entry.name, set()).update(w.strip(".").lower() for w in text.replace("-", " ").split())
    return {k: frozenset(v) for k, v in out.items()}


def _part_of_compound(words: Sequence[Word], i: int, j: int) -> bool:
    """True when words[i:j] are only part of a hyphened word: a word just before or after them belongs to the
    same one."""
    groups = {w.compound for w in words[i:j]} - {-1}
    return bool(groups) and ((i > 0 and words[i - 1].compound in groups)
                             or (j < len(words) and words[j].compound in groups))


@functools.lru_cache(maxsize=4096)
def _close_name(word: str, *, people: bool = True) -> str | None:
    """A one-word state, capital, nationality or (with `people`) leader name spelled almost like `word`."""
    # Typos keep the first letter and about the length; comparing only those keys is ~20x faster.
    keys = [k for k in _fuzzy_keys(people).get(word[:1].lower(), ()) if abs(len(k) - len(word)) <= 2]
    return next(iter(difflib.get_close_matches(word, keys, n=1, cutoff=FUZZY_CUTOFF)), None)


@functools.cache
def _fuzzy_keys(people: bool = True) -> dict[str, tuple[str, ...]]:
    """Fuzzy-matchable one-word names, by lower-cased first letter."""
    kinds = ("country", "capital", "adjective", "people", *(("leader",) if people else ()))
    keys = sorted({_key(text) for text, e in builtin_pairs()
                   if e.kind in kinds and " " not in _key(text) and len(_key(text)) >= FUZZY_MIN_LENGTH})
    out: dict[str, list[str]] = {}
    for key in keys:
        out.setdefault(key[:1].lower(), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _pick(entries: Iterable[ActorEntry], when: dt.date | None) -> tuple[ActorEntry, bool]:
    """The entry meant on `when`, and whether it is valid then (else the closest in time)."""
    ranked = sorted(entries, key=lambda e: KIND_RANK.get(e.kind, 99))
    valid = [e for e in ranked if e.valid_on(when)]
    if valid:
        return valid[0], True
    dated = [e for e in ranked if e.start or e.end]
    if when is None or not dated:
        return max(dated or ranked, key=lambda e: e.start or dt.date.min), False
    return min(dated, key=lambda e: _distance(e, when)), False


def _distance(entry: ActorEntry, when: dt.date) -> int:
    if entry.end is not None and when >= entry.end:
        return (when - entry.end).days
    if entry.start is not None and when < entry.start:
        return (entry.start - when).days
    return 0


def compose(hits: list[Hit], words: Sequence[Word]) -> list[Hit]:
    """Generic roles take their sector from the phrase: from the role or adjective just before them ("police
    spokesman" COP, "judicial official" JUD; one unknown word may stand between: "police deputy chief"),
    else, heading the phrase, from the role or modifier heading their complement ("spokesman for the army"
    MIL). A state's forces stay forces ("regime forces" MIL). "General" after a title belongs to it
    ("director general"). Adjectives that precede no generic role, and generic roles without a sector of their
    own that took none ("the staff"), are dropped."""
    hits = [h for k, h in enumerate(hits) if not (  # "local officials", "deputy chief": the next role decides
        h.kind == "role" and h.text.lower() in NON_ATTRIBUTIVE_ROLES and k + 1 < len(hits)
        and hits[k + 1].kind == "role" and hits[k + 1].i == h.j)]
    out: list[Hit] = []
    cut = _head_end(words)
    for k, hit in enumerate(hits):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "role" and hit.i == prev.j and hit.text.lower() in POSTPOSITIVE_WORDS:
            out[-1] = replace(prev, j=hit.j, text=f"{prev.text} {hit.text}")
            continue
        if hit.kind == "role" and hit.generic and prev is not None and _lends(prev, hit):
            out[-1] = Hit(prev.i, hit.j, " ".join(w.text for w in words[prev.i:hit.j]), "role", sector=prev.sector,
                          note=f" ('{prev.text}'{prev.note} {hit.text})")
            continue
        if hit.kind == "role" and hit.generic and hit.j == cut:
            end = _head_end(words[cut:]) + cut if cut < len(words) else cut
            # "Organization for Human Rights" NGO: an adjective ending the complement also names its sector
            after = [h for h in hits[k + 1:] if h.i < end and h.sector and (
                h.kind in ("role", "modifier") or h.kind == "adjective" and h.j == end)]
            if after:
                hit = replace(hit, sector=after[-1].sector, generic=False, note=f" (of '{after[-1].text}')")
        out.append(hit)
    return [h for h in out if h.kind != "adjective" and not (h.kind == "role" and h.sector is None)]


def _lends(prev: Hit, generic: Hit) -> bool:
    """True when `prev` gives its sector to the generic role after it."""
    if prev.kind not in ("role", "adjective") or not prev.sector or prev.text.lower() in NON_ATTRIBUTIVE_ROLES:
        return False
    if prev.sector == "GOV" and generic.sector == "MIL":
        return False  # "regime forces", "government commanders"
    return prev.j <= generic.i <= prev.j + 1


def _head_end(words: Sequence[Word]) -> int:
    """Where the phrase's head ends: before its first complement ("minister | of defence")."""
    return next((k for k, w in enumerate(words) if w.text.lower() in COMPLEMENT_WORDS and k > 0), len(words))


def _head_role(hits: list[Hit], words: Sequence[Word]) -> Hit | None:
    """The role word heading the phrase: the last one before a complement ("minister of ...")."""
    cut = _head_end(words)
    roles = [h for h in hits if h.kind == "role"]
    before = [h for h in roles if h.i < cut]
    return (before or roles or [None])[-1]


def _heads(hit: Hit, words: Sequence[Word]) -> bool:
    """True when `hit` is the head of the phrase (it ends the words before the first complement)."""
    cut = _head_end(words)
    return hit.i < cut <= hit.j


def _title_of_name(hit: Hit, words: Sequence[Word]) -> bool:
    """"Archbishop Tomas Kerubo": a capitalized role word followed only by a proper name is a title. So is a role word
    in lower case followed only by a name the entity recognizer calls a person's ("opposition leader Ana Silva",
    "parliament speaker Jan Novak": English news writes such descriptive titles in lower case)."""
    after = words[hit.j:_head_end(words)]
    if not after or not all(_proper(w.text) and w.label not in ("GPE", "NORP", "ORG") for w in after):
        return False
    return _proper(hit.text) or all(w.label in PERSON_LABELS for w in after)


def _strip_quantity(words: list[Word]) -> list[Word]:
    """"Tens of thousands of students" -> "students"; "Members of the union" -> "union"."""
    while len(words) > 2 and (words[0].text.lower() in QUANTITY_WORDS or words[0].text.replace(",", "").isdigit()):
        of = next((k for k, w in enumerate(words) if w.text.lower() == "of"), None)
        if of is None or of + 1 >= len(words) or any(w.text.lower() not in QUANTITY_WORDS and not
                                                    w.text.replace(",", "").isdigit() for w in words[:of]):
            break
        words = words[of + 1:]
    return words
