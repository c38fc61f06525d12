"""Event dates: temporal expressions attached to the event's clause, resolved against the publication date.

Parsing of one expression is `resolve_text` (common news forms are handled here, anything else goes to
dateparser); attaching expressions to an event is `resolve`, which only looks at the trigger's own
clause and the clauses that share it (coordinated verbs without their own subject, the verb governing
a noun trigger, control verbs), never at reported or subordinate clauses.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser
from spacy.tokens import Doc, Span, Token

from dyads import nlp
from dyads.records import EventDate

WEEKDAYS = tuple(calendar.day_name)
MONTHS = tuple(calendar.month_name)[1:]
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "several": 3, "few": 3, "a few": 3}
_WD = "|".join(WEEKDAYS)
_MON = "|".join(MONTHS + ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
_NUM = r"\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True))

LEADING = re.compile(r"^(?:on|in|at|during|since|by|from|as of|over|the)\s+", re.I)
PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$", re.I)
TODAY = re.compile(r"^(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)$", re.I)
YESTERDAY = re.compile(r"^(?:the day before yesterday|yesterday|last night)$", re.I)
TOMORROW = re.compile(r"^tomorrow$", re.I)
WEEKDAY = re.compile(rf"^(?:(last|next|this|past|coming)\s+)?({_WD})$", re.I)
AGO = re.compile(rf"^(?:about |some |nearly |almost |more than |over )?({_NUM})\s+(day|week|month|year|decade)s?\s+(?:ago|earlier|before)$", re.I)
REL_PERIOD = re.compile(r"^(earlier |later |late |early )?(last|this|next|past|previous|coming)\s+(week|month|year)$", re.I)
YEAR = re.compile(r"^(?:(?:early|late|mid|the end of|the start of|the beginning of)[\s-]+)?((?:1[89]|20)\d\d)$", re.I)
MONTH_ONLY = re.compile(rf"^(?:(last|next|this|early|late|mid)[\s-]+)?({_MON})\.?$", re.I)
MONTH_DAY = re.compile(rf"^(?P<month>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?$", re.I)
DAY_MONTH = re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MON})\.?,?(?:\s+(?P<year>(?:1[89]|20)\d\d))?$", re.I)
MONTH_REL_YEAR = re.compile(rf"^(?:(?:early|late|mid)[\s-]+)?({_MON})\.?,?\s+(?:of\s+)?(last|this|next|previous)\s+year$", re.I)
MONTH_YEAR = re.compile(rf"^(?:(?:early|late|mid)[\s-]+)?({_MON})\.?,?\s+((?:1[89]|20)\d\d)$", re.I)
HAS_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:])|\b(?:{_WD})\b", re.I)
NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
HAS_MONTH = re.compile(rf"\b(?:{_MON})\b", re.I)
RANGE = re.compile(r"^(?:from\s+|between\s+)?(.+?)\s*(?:\bto\b|\band\b|\buntil\b|\bthrough\b|-|–)\s*(.+)$", re.I)
DURATION = re.compile(rf"^(?:for\s+)?(?:the\s+)?(?:{_NUM}|\d+)[\s-]+(?:day|week|month|year|hour)s?(?:[\s-]+long|[\s-]+old)?$|^(?:days|weeks|months|years|decades|hours)$", re.I)
# Expressions the small NER often misses, scanned in sentence text.
SCAN = re.compile(
    rf"\b(?:(?:on|last|next|this|past|coming)\s+)?(?:{_WD})(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?:the day before yesterday|yesterday|today|tonight|tomorrow|last night)\b"
    rf"|\b(?:{_NUM})\s+(?:day|week|month|year|decade)s?\s+ago\b"
    rf"|\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"
    rf"|\b(?:last|next|this|past|previous)\s+(?:week|month|year)\b"
    rf"|\bin\s+(?:(?:early|late|mid)[\s-]+)?(?:1[89]|20)\d\d\b"
    rf"|\b(?:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MON})(?:\s+(?:1[89]|20)\d\d)?\b",
    re.I)
# Words that make an event "before the story" when it has no date expression of its own.
EARLIER_ADVERBS = ("previously", "formerly", "earlier", "once", "already", "before")
# Clauses of a lead sentence whose date is the story's date.
STORY_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "parataxis")
# Clause links a date expression does not cross when we walk from an event trigger upwards.
CLAUSE_DEPS = ("ccomp", "advcl", "relcl", "parataxis", "acl", "csubj", "pcomp")


@dataclass(frozen=True, slots=True)
class Expression:
    """A temporal expression found in a sentence (a span of the parsed document)."""

    span: Span

    @property
    def root(self) -> Token:
        return self.span.root


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday(base: dt.date, name: str, qualifier: str, future: bool) -> dt.date:
    target = WEEKDAYS.index(name.capitalize())
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    if qualifier in ("next", "coming"):
        return base + dt.timedelta(days=ahead or 7)
    if qualifier in ("last", "past"):
        return base - dt.timedelta(days=back or 7)
    # A planned "on Wednesday" written on a Wednesday is next week's; a past one is today's.
    return base + dt.timedelta(days=ahead or 7) if future else base - dt.timedelta(days=back)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _ago(base: dt.date, amount: int, unit: str) -> EventDate | None:
    unit = unit.lower()
    if unit == "day":
        return EventDate(base - dt.timedelta(days=amount), "day")
    if unit == "week":
        return EventDate(base - dt.timedelta(weeks=amount), "day")
    if unit == "month":
        return EventDate(_shift_months(base, -amount), "month")
    years = amount * (10 if unit == "decade" else 1)
    return EventDate(dt.date(base.year - years, 1, 1), "year")


def _relative_period(base: dt.date, which: str, unit: str) -> EventDate:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which.lower()]
    unit = unit.lower()
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday())
        return EventDate(monday + dt.timedelta(weeks=step), "day")
    if unit == "month":
        return EventDate(_shift_months(base, step), "month")
    return EventDate(dt.date(base.year + step, 1, 1), "year")


def _month(base: dt.date, name: str, qualifier: str, future: bool) -> EventDate:
    """A month named without a year, relative to the publication month.

    "last April" is the latest April strictly before the publication month (April of the previous year when
    the story is published in April); "next April" the first one strictly after it; "this April" the one
    of the publication year. A bare "April" is the latest one up to the publication month, or for a planned
    event the first one from it.
    """
    number = _month_number(name)
    year = base.year
    if qualifier == "last":
        year -= number >= base.month
    elif qualifier == "next":
        year += number <= base.month
    elif qualifier != "this" and future:
        year += number < base.month
    elif qualifier != "this":
        year -= number > base.month
    return EventDate(dt.date(year, number, 1), "month")


def _month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.lower().startswith(name.lower()[:3]))


def _month_day(base: dt.date, name: str, day: int, year: str | None, future: bool) -> EventDate | None:
    """"May 16" is the latest May 16 on or before publication (the next one for planned events)."""
    number = _month_number(name)
    try:
        if year:
            return EventDate(dt.date(int(year), number, day), "day")
        found = dt.date(base.year, number, day)
    except ValueError:
        return None
    step = 1 if future and found < base else -1 if not future and found > base else 0
    year_of = base.year + step
    while step:
        try:  # "February 29" moves to the nearest leap year in that direction
            found = found.replace(year=year_of)
            break
        except ValueError:
            year_of += step
    return EventDate(found, "day")


def _rules(cleaned: str, base: dt.date, future: bool) -> EventDate | None:
    """The forms news text uses most, resolved without dateparser (fast and predictable)."""
    if TODAY.match(cleaned):
        return EventDate(base, "day")
    if m := YESTERDAY.match(cleaned):
        return EventDate(base - dt.timedelta(days=2 if "before" in m.group(0).lower() else 1), "day")
    if TOMORROW.match(cleaned):
        return EventDate(base + dt.timedelta(days=1), "day")
    if m := WEEKDAY.match(cleaned):
        return EventDate(_weekday(base, m.group(2), (m.group(1) or "").lower(), future), "day")
    if m := AGO.match(cleaned):
        return _ago(base, _number(m.group(1)), m.group(2))
    if m := REL_PERIOD.match(cleaned):
        return _relative_period(base, m.group(2), m.group(3))
    if m := YEAR.match(cleaned):
        return EventDate(dt.date(int(m.group(1)), 1, 1), "year")
    if m := MONTH_DAY.match(cleaned) or DAY_MONTH.match(cleaned):
        return _month_day(base, m.group("month"), int(m.group("day")), m.group("year"), future)
    if m := MONTH_YEAR.match(cleaned):
        return _month(dt.date(int(m.group(2)), 12, 31), m.group(1), "this", False)
    if m := MONTH_REL_YEAR.match(cleaned):  # "April last year"
        year = base.year + {"last": -1, "previous": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return EventDate(dt.date(year, _month_number(m.group(1)), 1), "month")
    if m := MONTH_ONLY.match(cleaned):
        return _month(base, m.group(2), (m.group(1) or "").lower(), future)
    return None


def _parse(cleaned: str, base: dt.date, future: bool) -> EventDate | None:
    """Anything else: dateparser relative to the publication date, precision from what the text names."""
    if not (HAS_MONTH.search(cleaned) or NUMERIC_DATE.search(cleaned)):
        return None  # dateparser is slow and would only guess at "recent weeks" or "24"
    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)), "PREFER_DAY_OF_MONTH": "first",
                "PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": False}
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if HAS_MONTH.search(cleaned) and HAS_DAY.search(re.sub(r"\b(?:1[89]|20)\d\d\b", "", cleaned)):
        return EventDate(parsed.date(), "day")
    if HAS_MONTH.search(cleaned):
        return EventDate(parsed.date().replace(day=1), "month")
    if re.search(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b", cleaned):
        return EventDate(parsed.date(), "day")
    return None


@functools.lru_cache(maxsize=4096)
def resolve_text(text: str, *, published: dt.date | None, future: bool = False) -> EventDate | None:
    """Resolve one temporal expression relative to `published`.

    Args:
        text: the expression, e.g. "on Thursday", "18 years ago", "May 14-16".
        published: the publication date (today when None).
        future: the event is planned, so weekdays and bare months point forwards.

    Returns:
        The resolved date with precision day, month or year (ranges give their start), or None when the
        text is not a point in time (durations, ordinals) or cannot be parsed.
    """
    base = published or dt.date.today()
    cleaned = re.sub(r"\s+", " ", text.strip(" ,.;")).replace("’", "'")
    while (stripped := LEADING.sub("", cleaned)) != cleaned:
        cleaned = stripped
    cleaned = PART_OF_DAY.sub("", cleaned)
    if not cleaned or DURATION.match(cleaned):
        return None
    found = _rules(cleaned, base, future) or _range(cleaned, base, future) or _parse(cleaned, base, future)
    return EventDate(found.date, found.precision, text.strip()) if found else None


def _range(cleaned: str, base: dt.date, future: bool) -> EventDate | None:
    """"May 14-16", "14 to 16 May", "between 2019 and 2021": the start of the range."""
    m = RANGE.match(cleaned)
    if m is None:
        return None
    first, second = m.group(1).strip(), m.group(2).strip()
    if second.isdigit() and len(second) <= 2:
        start = _rules(first, base, future) or _parse(first, base, future)
        return start if start is not None and start.precision == "day" else None
    end = _rules(second, base, future) or _parse(second, base, future)
    if end is None:
        return None
    if first.isdigit() and len(first) <= 2 and end.precision == "day":
        return EventDate(end.date.replace(day=int(first)), "day")
    start = _rules(first, base, future) or _parse(first, base, future)
    if start is None or start.date > end.date:
        return None
    return start


def expressions(sentence: Span) -> list[Expression]:
    """Temporal expressions of a sentence: DATE entities plus the forms the NER misses (cached on the doc)."""
    doc = sentence.doc
    cache = nlp.table(doc, "dyads.dates.expressions")
    if sentence.start not in cache:
        cache[sentence.start] = _expressions(sentence)
    return cache[sentence.start]


def _date_entities(doc: Doc) -> list[Span]:
    """The document's DATE entities, read once (`Span.ents` walks every entity of the document each time)."""
    found = doc.user_data.get("dyads.dates.entities")
    if found is None:
        found = doc.user_data["dyads.dates.entities"] = [e for e in nlp.entities(doc) if e.label_ == "DATE"]
    return found


def _date_entities_within(sentence: Span) -> list[Span]:
    """The document's DATE entities inside `sentence`: those starting in it (found by bisection over the entities'
    starts, in text order and read once per document) that end in it too."""
    doc = sentence.doc
    found = _date_entities(doc)
    starts = doc.user_data.get("dyads.dates.entity_starts")
    if starts is None:
        starts = doc.user_data["dyads.dates.entity_starts"] = tuple(e.start for e in found)
    lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    return [e for e in found[lo:hi] if e.end <= sentence.end]


def _expressions(sentence: Span) -> list[Expression]:
    doc = sentence.doc
    spans = _date_entities_within(sentence)
    for m in SCAN.finditer(nlp.span_text(sentence)):
        span = doc.char_span(sentence.start_char + m.start(), sentence.start_char + m.end(), alignment_mode="expand")
        if span is not None and not any(s.start <= span.start and span.end <= s.end for s in spans):
            spans = [s for s in spans if not (span.start <= s.start and s.end <= span.end)] + [span]
    return [Expression(s) for s in sorted(spans, key=lambda s: s.start)]


def _clause_head(token: Token) -> Token:
    """The head of the clause that `token` belongs to."""
    node = token
    while node.head.i != node.i and node.dep_ not in CLAUSE_DEPS and not _own_clause_conj(node):
        node = node.head
    return node


def _own_clause_conj(token: Token) -> bool:
    """A coordinated verb with its own subject starts a clause of its own."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _speaker_act(verb: Token) -> Token | None:
    """The verb of saying whose speaker performs `verb` (`events.syntax.speaker_of_joined_act`)."""
    from dyads.events.syntax import speaker_of_joined_act  # the events package reads dates: import on use
    return speaker_of_joined_act(verb)


def clause_chain(trigger: Token) -> list[Token]:
    """The clause heads whose time expressions apply to `trigger`, nearest first."""
    chain = [trigger]
    head = _clause_head(trigger) if trigger.dep_ != "conj" else _speaker_act(trigger) or _clause_head(trigger)
    if head != trigger:
        chain.append(head)
    for _ in range(4):
        if head.dep_ == "conj" and (sayer := _speaker_act(head)) is not None:
            # "said she would step down *next month* and *accused* Y": the speaker's act is dated as the saying
            head = sayer
            chain.append(head)
            continue
        shares = head.dep_ in ("xcomp",) or (head.dep_ == "conj" and not _own_clause_conj(head))
        if not shares or head.head.i == head.i:
            break
        head = _clause_head(head.head)
        chain.append(head)
    return chain


def attached(trigger: Token, found: list[Expression]) -> list[Expression]:
    """Expressions in the trigger's clause chain, nearest clause first, then nearest word."""
    chain = clause_chain(trigger)
    ranked = []
    for expr in found:
        root = expr.root
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.i in {a.i for a in root.ancestors} | {root.i} \
                and _clause_head(root) == _clause_head(trigger):
            ranked.append((0, abs(root.i - trigger.i), expr))
            continue
        head = _clause_head(root)
        if head in chain:
            ranked.append((1 + chain.index(head), abs(root.i - trigger.i), expr))
    return [e for _, _, e in sorted(ranked, key=lambda r: (r[0], r[1]))]


def earlier_cue(trigger: Token) -> str | None:
    """Past perfect ("had signed") or an adverb like "previously": the event is older than the story."""
    for head in clause_chain(trigger):
        for child in head.children:
            if child.dep_ == "aux" and child.lower_ in ("had", "'d") and head.tag_ == "VBN":
                return child.text
            if child.dep_ == "advmod" and child.lower_ in EARLIER_ADVERBS:
                return child.text
    return None


def is_simple_past(trigger: Token) -> bool:
    """The clause is in the simple past ("landed", "was"), the tense of the story's own news."""
    head = clause_chain(trigger)[-1]
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had", "will", "'s", "'ve") for c in head.children):
        return False
    return head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)


def is_headline(sentence: Span) -> bool:
    """The document's first line when it has no closing punctuation: a headline, in the news present."""
    text = nlp.span_text(sentence).strip()
    return sentence.start == 0 and sentence.end < len(sentence.doc) and not text.endswith((".", "!", "?", '"', "”"))


def resolve(trigger: Token, *, published: dt.date | None, status: str,
            story: EventDate | None = None) -> tuple[EventDate, str]:
    """The event's date and why.

    Args:
        trigger: the event trigger in a parsed document.
        published: the publication date.
        status: the event status; "planned" makes weekdays and months point forwards.
        story: the story's own date (dateline or lead), given to simple-past events with no expression.

    Returns:
        (date, why): the first resolvable expression of the trigger's clause; else, for an event older
        than the story, no date with precision "unknown"; else the story date; else the publication date.
    """
    future = status == "planned" or any(c.lower_ in ("will", "shall") for h in clause_chain(trigger) for c in h.children)
    for expr in attached(trigger, expressions(nlp.sentence(trigger))):
        found = resolve_text(expr.span.text, published=published, future=future)
        if found is not None and published is None and not is_absolute(expr.span.text, future=future):
            continue  # "on Wednesday" in a document with no date is no date we know
        if found is not None:
            return not_after_publication(found, f"date '{expr.span.text}' in the event's clause",
                                         published=published, status=status)
    cue = earlier_cue(trigger)
    if cue is not None:
        return EventDate(None, "unknown", None), f"no date expression; '{cue}' places it before the story"
    if story is not None and story.date is not None and status == "occurred" and (
            is_simple_past(trigger) or is_headline(nlp.sentence(trigger))):
        return story, f"no date expression; story date '{story.text}'"
    return EventDate(published, "publication", None), "no date expression; publication date"


def is_absolute(text: str, *, future: bool = False) -> bool:
    """The expression names its date whatever the publication date ("3 March 2022", "in 2019"), unlike
    "on Wednesday" or "last April"."""
    today = dt.date.today()
    first = resolve_text(text, published=today, future=future)
    return first is not None and first == resolve_text(text, published=today - dt.timedelta(days=400), future=future)


def not_after_publication(found: EventDate, why: str, *, published: dt.date | None,
                          status: str) -> tuple[EventDate, str]:
    """An event that occurred cannot postdate its article: a later date becomes the publication date.

    Returns:
        (date, why): `found` unchanged, or the publication date with a note saying what was dropped.
    """
    if status != "occurred" or published is None or found.date is None or found.date <= published:
        return found, why
    return (EventDate(published, "publication", None),
            f"{why} resolves to {found.date.isoformat()} ({found.precision}), after publication for an event "
            "that occurred; publication date kept")


def story_date(sentences: list[Span], *, published: dt.date | None, lead: int = 3) -> EventDate | None:
    """The date of the story's own news: the first day-precise expression in the lead sentences."""
    for sentence in sentences[:lead]:
        for expr in expressions(sentence):
            if _clause_head(expr.root).dep_ not in STORY_CLAUSE_DEPS:
                continue  # a relative or adverbial clause dates something else
            found = resolve_text(expr.span.text, published=published)
            if found is not None and found.precision == "day" and published is not None \
                    and dt.timedelta(0) <= published - found.date <= dt.timedelta(days=7):
                return found
    return None
