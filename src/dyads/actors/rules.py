"""Phrase rules: a party phrase's words -> code, country, sector, canonical name and why."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from dyads import nlp
from dyads.actor_lists import ActorEntry
from dyads.records import Party
from dyads.senses import in_class
from dyads.actors.vocab import (
    CONTINENT_ADJECTIVES, CONTINENT_QUALIFIERS, DEFINITE_STATE_NOUNS, GROUP_KINDS, KIND_RANK, LOCATIVE_PREPS, ORG_KINDS,
    POSTED_HEADS, POSTING_PREPS, VISITING_HEADS,
    PARTISAN_PREFIXES, PORTFOLIO_HEADS, PORTFOLIO_WORDS, ROLE_FIRST_KINDS, OWNER_KINDS, STATE_KINDS,
    TRANSNATIONAL_SECTORS,
)
from dyads.actors.names import (
    Hit, _head_end, _head_role, _heads, _pick, _strip_quantity, _title_of_name, compose, match,
)
from dyads.actors.tables import (
    Index, Word, cities, country_name, index, institution_words, normalize, noun_classes, office_titles, skipped,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved phrase: the party and what kind of thing named it (for coreference)."""

    party: Party
    kind: str
    entry: ActorEntry | None = None
    role: Hit | None = None
    in_office: bool = True
    options: tuple[ActorEntry, ...] = ()  # the same name's entries in other countries ("Kurds": IRQ, TUR, ...)
    # the country is only a guess from the story's setting (a role with no country, `CountryContext._in_setting`):
    # "scene" when the story is set there (dateline, lead), "named" when it is only the country the story names most
    guessed: str = ""

    def with_party(self, party: Party) -> Resolution:
        """This reading with another party: `dataclasses.replace(self, party=party)` without its overhead (asked
        for tens of thousands of times per batch)."""
        return Resolution(party, self.kind, self.entry, self.role, self.in_office, self.options, self.guessed)


# Phrases remembered per index (a document names the same parties again and again), at most this many.
RESOLVED_MAX = 50_000
# The date part of the memo key of a phrase whose reading holds for any date: none of the entries its names match is
# dated, so the date never chooses among them (the same phrase in stories of other days is not resolved again).
ANY_DATE = "any date"


def resolve_words(text: str, words: Sequence[Word], start: int, end: int, *, when: dt.date | None = None,
                  idx: Index | None = None) -> Resolution | None:
    """Resolve a phrase given as words; None when nothing in it is known (remembered: the answer depends on
    the words, the date and the tables only, and is placed at `start`-`end`; on the words and the tables only
    when no entry its names match is dated)."""
    idx = idx or index()
    phrase, memo = (text, tuple(words)), idx.resolved
    # each key is built and looked up once (a phrase's key hashes all its words)
    key, undated = (*phrase, when), (*phrase, ANY_DATE)
    found = memo.get(key, _UNREAD)
    if found is _UNREAD:
        key, found = undated, memo.get(undated, _UNREAD)
    if found is not _UNREAD:
        res = found
        if res is None or (res.party.start, res.party.end) == (start, end):
            return res
        placed = (key, start, end)  # the same phrase at the same place is asked for again and again
        here = memo.get(placed)
        if here is None:
            here = memo[placed] = res.with_party(res.party.named_by(res.party.text, start, end))
        return here
    if len(memo) + 2 > RESOLVED_MAX:  # a phrase read afresh adds two: its own and its reading by its words
        memo.clear()
    res, dated = _resolve_words(text, words, start, end, when=when, idx=idx)
    memo[(*phrase, when) if dated else undated] = res
    return res


# What `resolve_words` finds in its memo for a phrase never read (None is a reading: the phrase names nothing).
_UNREAD = object()


def _resolve_words(text: str, words: Sequence[Word], start: int, end: int, *, when: dt.date | None,
                   idx: Index) -> tuple[Resolution | None, bool]:
    """The phrase's reading, and whether the date may have chosen it (a name it matches has a dated entry: only
    `_pick` reads the date, and it picks the same entry on every date when none is dated)."""
    words = _strip_quantity([w for w in words if not skipped(w.text)])
    # phrases that differ only in the words dropped above ("the army", "army"; "thousands of protesters",
    # "protesters") read alike: their reading by those words is remembered too (in the same memo, so bounded and
    # cleared with it), and only the phrase's own text and place differ
    memo, core = idx.resolved, (BY_WORDS, tuple(words))
    found = memo.get((*core, when)) or memo.get((*core, ANY_DATE))
    if found is not None:
        res, dated = found
        return (None if res is None else res.with_party(res.party.named_by(text, start, end))), dated
    hits = compose(match(words, idx), words)
    dated = any(e.start is not None or e.end is not None for h in hits if h.kind == "name" for e in h.entries)
    res = _reading(text, words, hits, start, end, when=when, idx=idx)
    memo[(*core, when if dated else ANY_DATE)] = (res, dated)
    return res, dated


# The first part of the memo key of a reading remembered by a phrase's words alone (`_resolve_words`): no phrase's
# text is this object, so these keys never meet a phrase's own.
BY_WORDS = object()


def _reading(text: str, words: list[Word], hits: list[Hit], start: int, end: int, *, when: dt.date | None,
             idx: Index) -> Resolution | None:
    if not hits:
        return None
    names = [(h, *_pick(h.entries, when)) for h in hits if h.kind == "name" and not _portfolio(h, words)
             and not _partisan(h, words) and not _continental(h, words)]
    role = _head_role(hits, words)
    names = _as_titled(names, role, when)
    names = _related(_posted(_unhosted(names, words), words), words)
    modifier = next((h for h in hits if h.kind == "modifier"), None)
    if not names and role is not None and modifier is None and not _heads(role, words) \
            and not _title_of_name(role, words):
        return None  # "a television program", "honor of the two nations": the role word is not the head
    if not names:
        sector = modifier.sector if modifier else role.sector if role else None
        why = _why_sector(role, modifier, sector) + "; no country named"
        return Resolution(Party(text, start, end, None, None, None, sector, why.lstrip("; ")), "role", role=role)
    cut = _head_end(words)
    # A name after "in"/"at" places the head rather than naming it: "American troops in Iraq" are American.
    placed = next((k for k, w in enumerate(words) if w.text.lower() in LOCATIVE_PREPS and k > 0), len(words))
    hit, entry, in_office = min(names, key=lambda n: (n[0].i >= placed, KIND_RANK.get(n[1].kind, 99), n[0].i))
    if entry.kind == "leader":
        # "Tanzanian President X" when the table's X held office elsewhere and not on the date: the phrase's
        # own nationality says whose president this is; so it does, in office or not, when it owns the title
        # before the name ("Mozambique's President X", where the table names X another state's leader): the text's
        # explicit owner beats the table
        own = next((n for n in names if n[1].kind in ("country", "adjective") and n[1].code
                    and n[1].code != entry.code and n[0].j <= hit.i
                    and (not in_office or _owns_title(n[0], role, hit))), None)
        if own is not None:
            hit, entry, in_office = own
    office = None
    if entry.kind == "body":
        # "Pakistan's Home Office": a state named before a national body's generic name owns it
        owner = next((n for n in names if n[1].kind in ("country", "adjective") and n[1].code != entry.code
                      and n[0].j <= hit.i), None)
        if owner is not None:
            office, (hit, entry, in_office) = hit, owner
    elif entry.kind == "igo" and _generic_body(hit):
        # "Russia's Security Council", "the Iranian Security Council": a state named right before an international
        # body's generic name (a council, an assembly, a commission) names its own national body of that name
        owner = next((n for n in names if n[1].kind in ("country", "adjective") and n[1].code
                      and n[1].code != entry.code and n[0].j == hit.i), None)
        if owner is not None:
            office, (hit, entry, in_office) = hit, owner
    elif entry.kind == "party":
        owner = _party_state(names, hit, entry, words)
        if owner is not None:
            state = owner[1].country or owner[1].code
            hit = replace(hit, note=f"{hit.note} named with '{owner[0].text}', not the tables' {entry.code}")
            entry = replace(entry, name=f"{hit.text} ({country_name(state)})", code=owner[1].code, country=state)
    head_plural = hit.j < cut and not any(h.i < cut <= h.j or h.j == cut for h in hits if h is not hit) \
        and words[cut - 1].text[:1].isupper() and words[cut - 1].text.endswith("s")
    owned = _owned(words, hit, cut, idx) if role is None and modifier is None and entry.kind in OWNER_KINDS else None
    # "King Salman", "President Kenyatta": a leader's name as written with the office's title
    named = hit.text.lower().split()
    titled = entry.kind == "leader" and any(" ".join(named[:n]) in office_titles() for n in (1, 2))
    sector, reason = _sector(entry, in_office, role, modifier, head_plural=head_plural, owned=owned, titled=titled,
                             role_heads=role is not None and role.i >= hit.j and (
                                 _heads(role, words) or _title_of_name(role, words)),
                             located=words[placed].text.lower() if hit.i > placed and role is None else "")
    if office is not None:
        sector, reason = office.entries[0].sector, f"; '{office.text}' is its office -> {office.entries[0].sector}"
    why = f"{entry.kind} '{hit.text}'{hit.note} -> {entry.code or 'no state of its own'}{reason}"
    name = entry.name
    if entry.kind == "city" and role is not None and _heads(role, words):
        name = " ".join(w.text for w in words)  # "Harbin Institute of Technology", not "Harbin"
    party = Party(text, start, end, name, entry.code, entry.country, sector, why)
    # a people or region listed in several countries, or a short name two states share ("Congo")
    options = tuple(e for e in hit.entries if e.kind == entry.kind and e.kind in (*GROUP_KINDS, "region", "country"))
    options = options if entry.kind != "country" or len(options) > 1 else ()
    return Resolution(party, entry.kind, entry, role, in_office, options)


# at most this many lower-case modifiers between a state's name and a party's ("Kenya's main opposition ...")
PARTY_MODIFIERS_MAX = 3


def _party_state(names: list[tuple[Hit, ActorEntry, bool]], hit: Hit, entry: ActorEntry,
                 words: Sequence[Word]) -> tuple[Hit, ActorEntry, bool] | None:
    """"The Democratic Party *of Equatorial Guinea*", "*Jordan's* Muslim Brotherhood", "the *Egyptian* ...": a party's
    name that the tables give one state's party ("Democratic Party": USA) belongs to the state named right with it
    in the same noun phrase, just before it (an adjective, a possessive) or just after it by "of"/"in" (a singular
    party name only: "Democrats in Ukraine" may be visitors); the explicit state beats the table."""
    def other(n) -> bool:
        return n[1].kind in ("country", "adjective") and n[1].code and n[1].code != entry.code

    for n in names:
        if not other(n):
            continue
        gap = [w.text for w in words[n[0].j:hit.i]]
        if gap[:1] in (["'s"], ["’s"], ["'"]):
            gap = gap[1:]
        # "South Korea's *main opposition* Democratic Party": lower-case modifiers of the party's own noun phrase
        # may stand between (a capitalised word or a function word, spaCy's stop words, ends the phrase)
        if n[0].j <= hit.i and len(gap) <= PARTY_MODIFIERS_MAX and all(
                w.replace("-", "").isalpha() and w.islower() and w not in STOP_WORDS for w in gap):
            return n
        between = [w.text.lower() for w in words[hit.j:n[0].i]]
        if n[0].i >= hit.j and between in (["of"], ["in"], ["of", "the"], ["in", "the"]) \
                and not hit.text.endswith("s"):
            return n
    return None


def _generic_body(hit: Hit) -> bool:
    """True when a name is only a body's generic name, every word of it capitalised and its last an institution's
    head noun ("Security Council", "General Assembly"; not "African Union", "UN Security Council" with its owner's
    name in it)."""
    words = hit.text.split()
    return len(words) > 1 and institution_words().get(words[-1].lower()) == "institution" \
        and not any(w.isupper() for w in words)


def _owns_title(owner: Hit, role: Hit | None, name: Hit) -> bool:
    """True when a state's name or adjective stands just before the title that stands just before a person's
    name ("*Mozambique's* President X", "*Mozambican* Foreign Minister X")."""
    return role is not None and owner.j <= role.i and role.j <= name.i \
        and role.i - owner.j <= 1 and name.i - role.j <= 1


def _unhosted(names: list, words: Sequence[Word]) -> list:
    """"an opposition delegation in Riyadh", "the negotiating team at Geneva": a travelling group is where it
    visits, not of that state; a place after "in"/"at" names no country for it (names before it still do)."""
    placed = next((k for k, w in enumerate(words) if w.text.lower() in LOCATIVE_PREPS and k > 0), len(words))
    if not any(w.text.lower() in VISITING_HEADS for w in words[:placed]):
        return names
    return [n for n in names if n[0].i < placed]


def _related(names: list, words: Sequence[Word]) -> list:
    """"the leaders of *Ethiopia's* rival Somalia", "the leaders of *Moscow's* ally": a state's name (not an adjective
    or a people: "their *Russian* backers" are Russian, "the *Kurdish* partners" Kurds) just before a relation noun
    (an ally, a rival: `nouns.csv`) says whose relation the party is, not who it is (a name after the noun does)."""
    classes = noun_classes()
    return [n for n in names if n[1].kind not in STATE_KINDS
            or not (n[0].j < len(words) and classes.get(words[n[0].j].text.lower()) == "relation")]


def _posted(names: list, words: Sequence[Word]) -> list:
    """"Russia's ambassador *to the UN*", "the French envoy *to* Mali": an envoy's post is named after "to"/"at";
    when a name before it says whose envoy it is, the post names no party."""
    head = next((k for k, w in enumerate(words) if w.text.lower() in POSTED_HEADS), None)
    if head is None:
        return names
    post = next((k for k in range(head + 1, len(words)) if words[k].text.lower() in POSTING_PREPS), None)
    if post is None or not any(n[0].j <= head for n in names):
        return names
    return [n for n in names if n[0].i < post]


def _partisan(hit: Hit, words: Sequence[Word]) -> bool:
    """"*pro*-Russian rebels", "*anti*-American protesters": a name after "pro"/"anti" is whom they side with
    or against, not who they are."""
    return hit.i > 0 and words[hit.i - 1].text.lower() in PARTISAN_PREFIXES


def _continental(hit: Hit, words: Sequence[Word]) -> bool:
    """"Latin American governments", "South American leaders": "American" after a continent's qualifier names
    a continent, not the United States."""
    before = words[hit.i - 1].text.lower() if hit.i > 0 else ""
    after = words[hit.j].text.lower() if hit.j < len(words) else ""
    return (hit.text.lower() in CONTINENT_ADJECTIVES and before in CONTINENT_QUALIFIERS) or (
        hit.text.lower() in CONTINENT_QUALIFIERS and after in CONTINENT_ADJECTIVES)  # "Central" is also a city


def _portfolio(hit: Hit, words: Sequence[Word]) -> bool:
    """"*Labour* Secretary", "*Justice* Minister": a portfolio word before an office names no party."""
    return hit.text.lower() in PORTFOLIO_WORDS and hit.j < len(words) and words[hit.j].text.lower() in PORTFOLIO_HEADS


def _as_titled(names: list[tuple[Hit, ActorEntry, bool]], role: Hit | None,
               when: dt.date | None) -> list[tuple[Hit, ActorEntry, bool]]:
    """A person's entry that the phrase's title names: "Arab League chief Amr Moussa" is the League's, even
    on a date he was still Egypt's foreign minister; "Foreign Minister X" picks X's foreign-minister row."""
    bodies = {e.code for _, e, _ in names if e.kind not in ("leader", "user", "petrarch")}
    out = []
    for hit, entry, ok in names:
        titled = [e for e in hit.entries if e.kind == "leader" and (
            e.code in bodies or role is not None and e.role and role.text.lower() in e.role.lower())]
        if entry.kind == "leader" and titled and entry not in titled:
            entry, ok = _pick(titled, when)
        out.append((hit, entry, ok))
    return out


def _why_sector(role: Hit | None, modifier: Hit | None, sector: str | None) -> str:
    if modifier is not None:
        return f"; modifier '{modifier.text}'{modifier.note} -> {sector}"
    if role is not None:
        return f"; role '{role.text}'{role.note} -> {sector}"
    return ""


def _sector(entry: ActorEntry, in_office: bool, role: Hit | None, modifier: Hit | None, *,
            head_plural: bool = False, role_heads: bool = False, located: str = "",
            owned: tuple[str, str] | None = None, titled: bool = False) -> tuple[str | None, str]:
    """Sector of a named party and the reason.

    A modifier ("former", "rebel") wins; a dated entry out of office on the date is ELI unless a
    role word says otherwise; people and bodies keep their own sector; states take the head role
    word's sector, or GOV when they act alone; cities and peoples are CVL.
    """
    if modifier is not None and not (entry.kind in ORG_KINDS and entry.sector == modifier.sector):
        return modifier.sector, f"; modifier '{modifier.text}'{modifier.note} -> {modifier.sector}"
    if (entry.start or entry.end) and not in_office:
        if role is not None:
            return role.sector, (f"; not in office on the date ({_span(entry)}); role '{role.text}'{role.note} -> "
                                 f"{role.sector}")
        if titled and entry.sector:
            # the text names the office with the name ("King Salman"): the story is from his time in office
            return entry.sector, (f"; not in office on the date ({_span(entry)}), but named by the office's title "
                                  f"-> {entry.sector}")
        return "ELI", f"; not in office on the date ({_span(entry)}) -> ELI"
    if entry.kind == "igo" and role is not None and role_heads:
        return role.sector, f"; role '{role.text}'{role.note} of an international body -> {role.sector}"
    if entry.sector and entry.kind not in ROLE_FIRST_KINDS:
        dates = f" {_span(entry)}" if entry.start or entry.end else ""
        return entry.sector, f"; {entry.role or entry.kind}{dates} -> {entry.sector}"
    if role is not None and entry.kind in GROUP_KINDS and role.sector == "GOV":
        return "ELI", f"; role '{role.text}'{role.note} of a people, not of a state -> ELI"
    if role is not None:
        return role.sector, f"; role '{role.text}'{role.note} -> {role.sector}"
    if entry.kind == "city":
        return "CVL", "; city acting (not the national government) -> CVL"
    if entry.kind in GROUP_KINDS:
        return entry.sector or "CVL", f"; {entry.kind} group -> {entry.sector or 'CVL'}"
    if entry.kind == "people":
        return "CVL", "; people -> CVL"
    if owned is not None:
        return owned[1], f"; '{owned[0]}' of a state is not its government -> {owned[1]}"
    if entry.kind == "adjective" and head_plural:
        return "CVL", "; a people named by an unknown plural noun -> CVL"
    if entry.sector:
        return entry.sector, f"; listed sector {entry.sector}"
    if located:
        return "CVL", f"; a place after '{located}' locates the phrase: its people -> CVL"
    if entry.kind == "capital":
        return "GOV", "; capital acting as its government"
    return "GOV", "; state acting"


def _owned(words: Sequence[Word], hit: Hit, cut: int, idx: Index) -> tuple[str, str] | None:
    """The head noun after a state's name and its sector when it is a thing the state owns (`owned` in
    sectors.csv): "Eritrean positions" (MIL), "American goods" (BUS), "the Palestinian town of Hebron" (CVL)."""
    for n in (2, 1):
        if cut - n >= hit.j:
            text = " ".join(w.text for w in words[cut - n:cut]).lower()
            sector = idx.sector_word(text)[0].get("owned")
            if sector:
                return text, sector
    return None


def _span(entry: ActorEntry) -> str:
    return f"{entry.start or '…'}–{entry.end or 'now'}"


# Participles that name a party's backer before a hyphen ("US-*backed* forces"): the backer is not the party; nor is
# where a body is based ("a London-*based* rights group", "the Hague-*based* tribunal"): its seat, not its state.
BACKER_PARTICIPLES = ("backed", "sponsored", "funded", "financed", "armed", "supported", "trained", "equipped",
                      "based", "headquartered")


def _backer(span: Span, i: int) -> bool:
    """True when the span's token i is the backer of "X-backed" (or is its hyphen or participle)."""
    doc = span.doc
    if doc[i].lower_ in BACKER_PARTICIPLES:
        return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    if doc[i].text == "-":
        return i + 1 < len(doc) and doc[i + 1].lower_ in BACKER_PARTICIPLES and not doc[i].whitespace_
    if not (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
            and doc[i + 2].lower_ in BACKER_PARTICIPLES):
        return False
    # the sponsor's name alone of a sponsored meeting ("*UN*-sponsored talks") names who sponsors it
    return i + 2 < span.end or not in_class(doc[i + 2].head, "meeting_event")


def _compound_start(span: Span, i: int) -> int:
    """The first token of the hyphened word ("Mai-Mai", "Al-Ahram", "Bosnian-Serb") that token i is part of, or
    -1 when no hyphen with no space around it joins token i to a word."""
    doc = span.doc

    def joined(k: int) -> bool:  # tokens k and k + 2 are joined by the hyphen k + 1
        return k >= 0 and k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ \
            and not doc[k + 1].whitespace_ and not doc[k].is_punct and not doc[k + 2].is_punct
    if not (joined(i) or joined(i - 2)):
        return -1
    while joined(i - 2):
        i -= 2
    return i


# doc.user_data key of the words of the document's spans already read (actor resolution reads a phrase many times)
WORDS_CACHE = "dyads.actors.words_of_span"


def words_of_span(span: Span) -> list[Word]:
    """A spaCy span as words (punctuation, possessive markers and backers as in "US-backed" dropped)."""
    cache = nlp.table(span.doc, WORDS_CACHE)
    key = (span.start, span.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = tuple(_words_of_span(span))
    return list(found)


def _words_of_span(span: Span) -> list[Word]:
    out = []
    doc = span.doc
    # backers and hyphened words need a hyphen token next to them: most phrases have none
    hyphens = nlp.any_between(nlp.positions(doc, "-"), span.start - 2, span.end + 2)
    for t in span:
        if t.is_punct or t.lower_ in ("'s", "’s", "'") or (hyphens and _backer(span, t.i)):
            continue
        word = t.text
        parts = [word]
        if ".-" in word:
            # "U.S.-led", "U.K.-backed": the tokenizer keeps an abbreviation and its hyphened word together
            if word.split(".-", 1)[1].lower() in BACKER_PARTICIPLES:
                continue
            parts = word.split(".-", 1) if not word.startswith(".-") else parts
            parts = [f"{parts[0]}.", parts[1]] if len(parts) == 2 and parts[1] else parts
        label, compound = t.ent_type_ or "O", _compound_start(span, t.i) if hyphens else -1
        for part in parts:
            text = part[:-1] if part.endswith(".") and part.count(".") == 1 else part
            if text:
                out.append(Word(text.replace("’", "'"), label, compound))
    return out


def resolve_span(span: Span, *, when: dt.date | None = None, idx: Index | None = None) -> Party | None:
    """Resolve a spaCy span (a party phrase) to a Party, without document context."""
    res = resolve_words(span.text, words_of_span(span), span.start_char, span.end_char, when=when, idx=idx)
    return _transnational(res).party if res else None


def resolve_text(text: str, *, when: dt.date | None = None, idx: Index | None = None) -> Party | None:
    """Resolve free text (for `dyads actors resolve`)."""
    res = resolve_words(text, [Word(w) for w in normalize(text)], 0, len(text), when=when, idx=idx)
    return _transnational(res).party if res else None


def _transnational(res: Resolution) -> Resolution:
    """An NGO or IGO with no country ("an international rights group") takes its class code, as CAMEO
    codes unaffiliated transnational actors (NGO, IGO)."""
    party = res.party
    if party.code is not None or party.sector not in TRANSNATIONAL_SECTORS or res.role is None:
        return res
    why = f"{party.why}; no state of its own: transnational {party.sector} -> code {party.sector}"
    return replace(res, party=replace(party, code=party.sector, why=why))


def _personal(words: Sequence[Word]) -> str | None:
    """The pronoun a one-word phrase is, in lower case ("US" is the country, not "us")."""
    text = words[0].text if words else ""
    return text.lower() if text in (text.lower(), text.capitalize()) else None


def _titled_person(words: list[Word], res: Resolution) -> bool:
    """"Archbishop Desmond Tutu", "Foreign Minister Ana Silva": a one-person title followed by a name."""
    if res.role is None or res.role.text.lower().endswith("s"):
        return False
    return _title_of_name(res.role, _strip_quantity([w for w in words if not skipped(w.text)]))


def _definite_state(words: list[Word], lowered: list[str]) -> bool:
    return len(lowered) == 1 and lowered[0] in DEFINITE_STATE_NOUNS and words[0].text.lower() == "the"


def _compatible(res: Resolution, want: str) -> bool:
    if want == "person":
        return res.kind in ("leader", "person")
    if want == "org":
        return res.kind in ORG_KINDS
    if want == "owner":  # "its army", "its government": a city owns no state's forces or organs
        return res.kind != "city" and _compatible(res, "body")
    if res.kind == "adjective" and res.role is not None:
        return True  # "the Malian government"
    if want == "plural":
        return res.kind not in ("leader", "person", "adjective", "role")
    return res.kind not in ("leader", "person", "adjective", "people", "role", *GROUP_KINDS)
