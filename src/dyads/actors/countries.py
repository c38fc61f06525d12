"""Country from context: the country of a party phrase that names none, from its place, sentence or document."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyads import nlp
from dyads.geo.venues import gathering_venue
from dyads.records import Party
from dyads.actors.vocab import (
    CIRCUMSTANCE_PREPS, DEFINITE_STATE_NOUNS, DOMESTIC_SECTORS, GROUP_KINDS, HOME_SECTORS, LOCATIVE_PREPS,
    MANY_STATE_MODIFIERS, NATIONAL_FORCES, PERSON_LABELS, PLURAL_TAGS, SELF_STATE_LEMMAS, SETTING_GUESS_SECTORS,
    SETTING_SECTORS, STATE_KINDS,
    VICTIM_PLACE_SHARE, VICTIM_SECTORS, VISITING_HEADS, stateless_head, STATELESS_HEADS, SEEKER_HEADS,
)
from dyads.actors.tables import country_name, noun_classes
from dyads.actors.rules import Resolution, _titled_person, resolve_words, words_of_span
from dyads.actors.regions import region_country
from dyads.actors.syntax import _aimed_places, _other_arguments, _places_of, _quoted_others, clause_head, counted_head
from dyads.actors.others import other_state
from dyads.actors.setting_reach import out_of_reach

# How the `why` of the authorities standing for a passive's missing agent starts ("were arrested", "was charged").
AGENTLESS_WHY = "no agent of the passive"
# patients that belong to no state's jurisdiction as such (international bodies)
NON_NATIONAL_SECTORS = frozenset(("IGO",))
# Armed forces move: where they come "from" is as often where they were as whose they are ("troops from Syria").
MOVING_SECTORS = frozenset(("MIL", "REB", "UAF"))
# people named by their nationality mostly when they are abroad ("a British tourist was arrested")
ABROAD_HEADS = frozenset("tourist tourists visitor visitors traveller travellers traveler travelers national nationals "
                         "citizen citizens expatriate expatriates expat expats backpacker backpackers".split())

if TYPE_CHECKING:
    from dyads.actors.memory import Mention


class CountryContext:
    """Country inference over the mentions a `DocumentMemory` has read (a base of `DocumentResolver`)."""

    __slots__ = ()

    def _located(self, span: Span, res: Resolution) -> list[Resolution]:
        """"students throughout Indonesia": a role with no country takes the country its clause is located in.

        Places attached to the phrase or to its verb count first; domestic actors (protesters, police,
        troops, but not charities or companies) also take the one country their sentence is located in.
        """
        counted = counted_head(span)
        if counted.lemma_.lower() in SELF_STATE_LEMMAS and counted.tag_ == "NNS":
            return []  # "the two countries (a number of countries) discuss the crisis in Syria": not in Syria
        if _visiting(span, res):
            return []  # "the opposition delegation in Riyadh": a travelling group is not of where it visits
        origin = self._from_country(span, states=res.party.sector not in MOVING_SECTORS)
        if origin is not None:  # "officials from the Colombian government ... in Havana": from Colombia
            why = f"{res.party.why}; from '{origin.res.party.text}' -> {origin.res.party.country}"
            party = replace(res.party, name=country_name(origin.res.party.country), code=origin.res.party.country,
                            country=origin.res.party.country, why=why)
            return [replace(res, party=party, kind="located")]
        # a gathering's subjects came to its venue, unless their phrase says where they are from ("police chiefs *from
        # the three countries* met in Ankara": the pairing reads that phrase once the venue has located them)
        subject = _subject(span) and not any(c.dep_ == "prep" and c.lower_ == "from" for c in span.root.children)
        near = [w for w in (self._where(p, cities=not _inside_name(p, span), venues=False, gatherings=subject)
                            for p in _places_of(span)) if w]
        if not near and res.party.sector in DOMESTIC_SECTORS:
            # the places of clauses the party is in only (its own, one it is embedded in: "protests *in Yerevan*
            # led by an archbishop", or their adverbial clauses): not where another clause of the sentence happens
            # ("the spokesman said the attackers were in contact with handlers *in Afghanistan*, and the ministry
            # accused India"), nor where another party is ("prisoners remained in jails, said X, who lives *in
            # Vilnius*")
            found = [w for w in (self._where(p, venues=False, gatherings=subject) for p in _places_of(nlp.sentence(span))
                                 if _within(span.root, clause_head(p.root))) if w]
            near = found if len({w[1] for w in found}) == 1 else []
        if not near:
            return []
        place, country = near[0]
        why = f"{res.party.why}; located in '{place.text}' -> {country}"
        party = replace(res.party, name=country_name(country), code=country, country=country, why=why)
        return [replace(res, party=party, kind="located")]

    def _from_country(self, span: Span, *, states: bool = False):
        """The state mention of a "from" phrase on the head of `span` ("officials from the Colombian government",
        "doctors from Cuba's brigade"): a party said to come from a state's body is of that state, wherever it acts.
        With `states`, so is one said to come from a state named as such ("officials from North Macedonia"); armed
        forces are not (`MOVING_SECTORS`: "troops from Syria" may be anyone's, withdrawn from there)."""
        for prep in span.root.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            body = [o for o in prep.children if o.dep_ == "pobj"]
            state = bool(body) and states and body[0].pos_ == "PROPN"
            if not body or (body[0].pos_ != "NOUN" and not state) or noun_classes().get(body[0].lower_) == "place":
                continue  # "troops from Gaza", "fled from the town": a place someone left, not the body they serve
            words = list(prep.subtree)
            lo, hi = words[0].idx, words[-1].idx + len(words[-1])
            found = [m for m in self.mentions if lo <= m.start < hi and m.res.party.country and not m.res.options
                     and m.res.kind not in GROUP_KINDS and (body[0].pos_ == "NOUN" or m.res.kind == "country")]
            if len({m.res.party.country for m in found}) == 1:  # "leaders from X and Y": left to the phrase
                return min(found, key=lambda m: m.start)
        return None

    def authorities(self, place: Span, *, action: str) -> Party | None:
        """The government of the country where a passive action with no agent happened ("arrested in Iran")."""
        self._read_document(place.doc)
        where = self._where(place)
        if where is None:
            return None
        country = where[1]
        return Party(place.text, place.start_char, place.end_char, country_name(country), country, country, "GOV",
                     f"{AGENTLESS_WHY} '{action}': the authorities of {country}, where it happened "
                     f"('{place.text}')")

    def home_authorities(self, trigger: Token) -> Party | None:
        """The government of the story's setting (else of the one country the document names), for a passive
        action of the authorities with no agent and no place ("were arrested", "has been charged"): it is done
        where the story happens."""
        self._read_document(trigger.doc)
        country = self.setting or self._document_country(trigger.doc[trigger.i:trigger.i + 1])
        if country is None:
            return None
        where = f"where the story is set ({self.setting_why or 'its setting'})" if self.setting else \
            "the one country the document names"
        return Party(trigger.text, trigger.idx, trigger.idx + len(trigger.text), country_name(country), country,
                     country, "GOV", f"{AGENTLESS_WHY} '{trigger.text}': the authorities of {country}, {where}")

    def patients_authorities(self, trigger: Token, patients: list[Party]) -> Party | None:
        """The government of the one country every patient of a passive action of the authorities with no agent,
        no place and no story setting belongs to ("Moldova's president was charged", "a Zambian party was
        outlawed"): a state's legal acts fall on its own nationals and bodies far more often than on others'."""
        countries = {p.country for p in patients}
        if len(countries) != 1 or None in countries or any(p.sector in NON_NATIONAL_SECTORS for p in patients):
            return None
        spans = [nlp.char_span(trigger.doc, p.start, p.end) for p in patients]
        if any(span is None or span.root.lower_ in ABROAD_HEADS for span in spans):
            return None
        country = countries.pop()
        return Party(trigger.text, trigger.idx, trigger.idx + len(trigger.text), country_name(country), country,
                     country, "GOV", f"{AGENTLESS_WHY} '{trigger.text}', no place and no story setting: the "
                                     f"authorities of {country}, whose party undergoes it")

    def _where(self, place: Span, *, cities: bool = True, venues: bool = True,
               gatherings: bool = False) -> tuple[Span, str] | None:
        # the object of "in"/"near" is a place whatever the entity recognizer called it ("in Sivas" as PERSON)
        words = [w._replace(label="") if w.label in PERSON_LABELS or (w.label == "O" and w.text[:1].isupper()) else w
                 for w in words_of_span(place)]
        where = resolve_words(nlp.span_text(place), words, place.start_char, place.end_char, when=self.when, idx=self.idx)
        if where is None or where.entry is None:
            # "gunmen in Bayelsa": a state or province the tables do not list, as the gazetteer resolved it
            region = region_country(place, self.regions)
            return (place, region) if region else None
        if place.root.pos_ == "NOUN" and place.root.lower_ in self.idx.roles:
            return None  # "outside the US embassy in Cairo": a body's building is not where its country is
        # "a Syrian town", "the Turkish border": a place noun with a country of its own is in that country
        placed = where.entry.kind in ("adjective", "country") and noun_classes().get(place.root.lower_) == "place"
        if where.entry.kind not in (*STATE_KINDS, *(("city",) if cities else ()), "region") and not placed:
            return None
        if not venues and where.entry.kind == "city" and _venue_city(where.party.name or place.text):
            return None  # "filed a complaint in Geneva": where parties from elsewhere meet says nothing of theirs
        country = self._named_most(place, where) if len({o.country for o in where.options}) > 1 else where.party.country
        if gatherings and gathering_venue(place, country):
            # "the opposition agreed *in Barbados*": where a party came to meet says nothing of its country (its
            # partner there, "met Putin in Moscow", is often the host: only a gathering's subjects are asked this)
            return None
        return (place, country) if country else None

    def _named_most(self, place: Span, where: Resolution) -> str:
        """A place listed in several countries ("in Punjab": India's state, Pakistan's province) is in the one of
        them the document names most (outside the place itself); with none of them named, the table's first."""
        counts: dict[str, int] = {}
        for m in self._state_mentions(place):
            counts[m.res.party.country] = counts.get(m.res.party.country, 0) + 1
        best = max((o.country for o in where.options), key=lambda c: counts.get(c, 0))
        return best if counts.get(best) else where.party.country

    def _in_context(self, span: Span, res: Resolution) -> list[Resolution]:
        """A titled person or a people with no country of its own: where it is, or a titled person's sentence's.

        Officials and officers (GOV, MIL, ...) often deal with other states, so the other parties of their
        clause and where it happens say nothing of their own country; judges, clergy, legislators, police
        and the like act at home, and peoples where they live.
        """
        statesman = res.kind not in GROUP_KINDS and res.party.sector not in HOME_SECTORS
        # a named person with a title ("Judge Ana Silva") is most often of the one country of their sentence;
        # unnamed civilians, activists or a people are not ("civilians killed in a town the Briton visited")
        titled = res.kind not in GROUP_KINDS and _titled_person(words_of_span(span), res)
        found = self._context_country(span, other_parties=res.kind in GROUP_KINDS or statesman,
                                      verb_places=not statesman, sentence=titled)
        if found is None:
            return []
        country, where = found
        why = f"{res.party.why}; {where} -> {country}"
        party = replace(res.party, name=res.party.name or country_name(country), code=country, country=country,
                        why=why.lstrip("; "))
        return [replace(res, party=party, kind="located")]

    def _in_setting(self, res: Resolution, span: Span) -> list[Resolution]:
        """"Police said", "protesters marched", "the government promised", "soldiers killed": an unnamed actor of
        a domestic sector with no country in its phrase or sentence acts where the story is set (its dateline, or
        where its lead happens). Home-bound actors (SETTING_SECTORS) and the state's own force named alone ("the
        army said", NATIONAL_FORCES) surely do; officials and troops (SETTING_GUESS_SECTORS) most often do, but
        not states or governments in the plural ("the two countries", "Arab governments"), nor a party said to
        come "from" somewhere ("troops from a Russian-led alliance"): their country is named, if not resolved; nor
        a party said to be of many states or of others ("the international coalition", "western diplomats")."""
        country, where = self.setting, self.setting_why or "its setting"
        if res.kind in GROUP_KINDS or _visiting(span, res):
            return []  # nor a delegation or envoy (or its head): the story is often set where it visits
        if other_state(span.text):
            return []  # "the neighbouring country", "other nations": set apart from the one in view
        root = span.root
        counted = counted_head(span)  # "a number of countries": the countries are counted, in the plural
        national = " ".join(w.lower_ for w in span if w.lower_ != "the") in NATIONAL_FORCES and span[0].lower_ == "the"
        if country is None and res.party.sector in SETTING_SECTORS:
            # with no setting, home-bound locals act where the document's towns and regions are
            country, where = self._places_country(), "where the document's towns and regions are"
        if country is None and self._document_country(span) is not None and not self._acted_on(span, self.document_country):
            # a story set nowhere in particular that names one country only: its locals are of that country
            country, where = self.document_country, "the one country the document names"
        if country is None or res.party.sector not in HOME_SECTORS and any(
                (w := self._where(p)) and w[1] == country for p in _aimed_places(span)):
            # "militants fired rockets at southern X" in a story set in X: X is the target; police and courts act at
            # home, wherever in it they aim ("police fired tear gas at marchers on the highway from X")
            return []
        if out_of_reach(country, self._sentence(span), len(self.sents), self.mentions):
            return []  # deep in a long article, far from where its setting was last named (`setting_reach`)
        if res.party.sector in SETTING_SECTORS or national:
            how = "act where the story is set"
        elif res.party.sector in SETTING_GUESS_SECTORS and not (counted.tag_ in PLURAL_TAGS and counted.lemma_.lower()
                                                                 in SELF_STATE_LEMMAS | DEFINITE_STATE_NOUNS) \
                and not any(c.dep_ == "prep" and c.lower_ == "from" for c in root.children) \
                and not _many_states(span, res):
            how = "most often of the country where the story is set"
        else:
            return []
        why = f"{res.party.why}; no country named: {res.party.sector} {how} ({where}) -> {country}"
        party = replace(res.party, name=country_name(country), code=country, country=country, why=why.lstrip("; "))
        guess = ("scene" if self.setting_scene else "named") if how.startswith("most often") else ""
        return [replace(res, party=party, kind="located", guessed=guess)]

    def _document_country(self, span: Span) -> str | None:
        """The one country the document names (`document_country`), when it is named outside `span`'s sentence:
        a country named only beside the party ("protesters blocked a road near the Laotian border", "fighters
        backed by Canadian airpower") is as often another party or a place as the party's own."""
        country = self.document_country
        if country is None:
            return None
        here = self._sentence(span)
        sentence = nlp.sentence(span)
        elsewhere = any(not (sentence.start_char <= at < sentence.end_char) for at in self.document_country_at) \
            or any(m.res.party.country == country and m.sentence != here for m in self.mentions)
        return country if elsewhere else None

    def _acted_on(self, span: Span, country: str) -> bool:
        """True when `country` is named among the other arguments of `span`'s clause ("police arrested two *Chinese*
        nationals", "protesters marched on the *US* embassy"): the party it acts on, not its own."""
        others = _other_arguments(span)
        return any(m.start in others and m.res.party.country == country for m in self.mentions)

    def _victims_home(self, span: Span, res: Resolution) -> list[Resolution]:
        """"civilians", "a family", "the hospital" hit with no country in their phrase or sentence: the people
        of the country where the document's named towns and regions are, when nearly all are in one (the guide
        codes victims with their own country, never with the attacker's), unless the story is set elsewhere."""
        if res.party.sector not in VICTIM_SECTORS or res.kind in GROUP_KINDS:
            return []
        country = self._places_country()
        if country is None:
            return []
        why = f"{res.party.why}; no country named: victims where the document's towns and regions are -> {country}"
        party = replace(res.party, name=country_name(country), code=country, country=country, why=why.lstrip("; "))
        return [replace(res, party=party, kind="located")]

    def _places_country(self) -> str | None:
        """The country where at least `VICTIM_PLACE_SHARE` (and two) of the document's named towns and regions
        lie, unless the story's own setting is another one."""
        named = {m.start: m.res.party.country for m in self.mentions
                 if m.res.kind in ("city", "region") and m.res.party.country}
        places: dict[str, int] = {}
        for country in named.values():  # each place named once, however often it was resolved
            places[country] = places.get(country, 0) + 1
        if not places:
            return None
        country = max(places, key=places.get)
        if places[country] < VICTIM_PLACE_SHARE * sum(places.values()) or places[country] < 2 \
                or self.setting not in (None, country):
            return None  # the towns named and the story's own setting disagree: no guess
        return country

    def _choose_country(self, span: Span, res: Resolution) -> Resolution:
        """A name listed in several countries ("Kurds", "Punjab") takes the one it is located in."""
        # the codes are read nearest first and only as far as the first one the name is listed in
        best = next((c for c in self._context_codes(span) if any(o.country == c for o in res.options)), None)
        if best is None or best == res.party.code:
            return res
        entry = next(o for o in res.options if o.country == best)
        why = res.party.why.replace(f"-> {res.party.code}", f"-> {best}", 1) + f"; {best} named in the document"
        name = entry.name if entry.kind == "country" else res.party.name  # "Congo": the state the document means
        return replace(res, entry=entry, party=replace(res.party, name=name, code=best, country=best, why=why))

    def _context_codes(self, span: Span) -> Iterator[str]:
        """Countries where `span` is, nearest first: its places, its sentence's places, the cities and regions
        the document names, then the states it names, by frequency (states are often the ones acting on it).
        Generated in that order, each group worked out only when the caller reads that far."""
        yield from (w[1] for w in (self._where(p) for p in _places_of(span)) if w)
        # the sentence's places nearest the span first ("In Syria, where Kurdish forces ..., and in Iraq, ...")
        nearest = sorted(_places_of(nlp.sentence(span)), key=lambda p: min(abs(p.start - span.start), abs(span.end - p.end)))
        yield from (w[1] for w in (self._where(p) for p in nearest) if w)
        places: dict[str, int] = {}
        states: dict[str, int] = {}
        for m in self._state_mentions(span):
            counts = places if m.res.kind in ("city", "region") else states
            counts[m.res.party.country] = counts.get(m.res.party.country, 0) + 1
        yield from sorted(places, key=places.get, reverse=True)
        yield from sorted(states, key=states.get, reverse=True)

    def _state_mentions(self, span: Span) -> list[Mention]:
        """Mentions outside `span` whose country is certain (not a people listed in several countries)."""
        return [m for m in self.mentions if m.res.party.country and not m.res.options
                and m.res.kind not in GROUP_KINDS and not (span.start_char <= m.start < span.end_char)]

    def _context_country(self, span: Span, *, other_parties: bool, verb_places: bool,
                         sentence: bool) -> tuple[str, str] | None:
        """Where `span` is located, else (with `sentence`) the one country of its sentence outside the other
        parties of its clause.

        With `other_parties`, states named as the clause's other arguments do not count, and without
        `verb_places` neither does where its verb happens: "President X met Chinese officials in Beijing"
        says nothing of X's country.
        """
        places = [] if span.root.lower_ in VISITING_HEADS else _places_of(span, verb=verb_places)
        near = [w for w in (self._where(p, venues=False, gatherings=_subject(span)) for p in places) if w]
        if near:
            return near[0][1], f"located in '{near[0][0].text}'"
        if not sentence:
            return None
        if other_parties and _quoted_others(span):
            # "'We have cut all contact with Kigali,' the minister said, adding that Rwanda ...": the states a
            # speaker's own words name are those it deals with, not its own
            return None
        skip = _other_arguments(span) if other_parties else set()
        number = self._sentence(span)
        same = {m.res.party.country for m in self._state_mentions(span)
                if m.sentence == number and m.res.party.start not in skip}
        if len(same) == 1:
            return next(iter(same)), "the one country named in its sentence"
        # the country the document names most is a guess about the story, not about this party: none
        return None


def _subject(span: Span) -> bool:
    """True when the phrase is a clause's subject or coordinated with one ("X and *the opposition* agreed")."""
    return nlp.first_conjunct(span.root).dep_ in ("nsubj", "nsubjpass")


# The heads `stateless_head` may accept: a phrase standing on another word names no people away from home.
AWAY_HEADS = STATELESS_HEADS | SEEKER_HEADS


def away_from_home(span: Span) -> bool:
    """True when the head of the phrase names people away from home ("600 migrants", "asylum seekers"): no
    country may be guessed for them from where they are (`DocumentResolver` asks before any guess). A phrase taken
    with its preposition ("*to* refugees") stands on the preposition's object."""
    root = nominal_root(span)
    if root.lower_ not in AWAY_HEADS:
        return False  # the head (the last of the words read below) decides most phrases: their words are not read
    return stateless_head([w.lower_ for w in span[:root.i - span.start + 1]])


def nominal_root(span: Span) -> Token:
    """The noun a phrase stands on, also when the phrase starts with its preposition ("to refugees" -> refugees)."""
    root = span.root
    if root.pos_ == "ADP":
        root = next((c for c in root.children if c.dep_ == "pobj" and span.start <= c.i < span.end), root)
    return root


def where_they_are(span: Span) -> Span | None:
    """"3.5 million refugees *in Turkey*", "migrants *at* the border": for people away from home, a locative phrase
    after the head says where they are, not whose they are (PLOVER codes refugees by the country they fled); the
    phrase without it, or None when there is no such phrase."""
    if not away_from_home(span):
        return None
    root = nominal_root(span)
    cut = next((c.i for c in root.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS and c.i > root.i
                and span.start <= c.i < span.end), None)
    return span.doc[span.start:cut] if cut is not None and cut > span.start else None


def _many_states(span: Span, res: Resolution) -> bool:
    """True when a modifier of the phrase's head outside its role words says the party is of many states or of
    others than the story's ("the *international* coalition", "*western* diplomats"; not "the foreign ministry")."""
    role = set(res.role.text.lower().split()) if res.role is not None else set()
    return any(t.lower_ in MANY_STATE_MODIFIERS and t.lower_ not in role and t.dep_ in ("amod", "compound")
               and t.head.i == span.root.i for t in span)


def _inside_name(place: Span, span: Span) -> bool:
    """True when `place` is a word of the organization name `span` stands on ("the *Central* Bank"): there a
    town of that name is a homonym of an ordinary word; a region or a country still locates it ("the Oregon
    National Guard")."""
    return place.root.ent_type_ == "ORG" and span.root.ent_type_ == "ORG" and place.end <= span.root.i


def _venue_city(name: str) -> bool:
    """A city known mostly as a seat of international bodies and meetings (`data/geo/words.toml` venue_cities)."""
    from dyads.geo.gazetteer import words  # geo reads actor tables: imported here, not at module load
    return name.strip().lower() in words().venue_cities


def _within(token: Token, clause: Token) -> bool:
    """True when `token` is in the clause headed by `clause` (the clause's head itself or one of its dependents), or
    that clause is an adverbial clause of one it is in ("police fired tear gas as crowds gathered *in Nairobi*",
    "before dispersing protesters *in X*": the circumstances of its own act)."""
    for _ in range(len(token.doc)):
        if token.i == clause.i or clause.is_ancestor(token):
            return True
        if clause.dep_ in ("relcl", "acl") and clause.head.i == token.i:
            return True  # "the mission, which watches the fighting *in the DR Congo*": a clause describing the party
        circumstance = clause.dep_ == "advcl" or clause.dep_ == "pcomp" and clause.head.lower_ in CIRCUMSTANCE_PREPS
        if not circumstance or clause.head.i == clause.i:
            return False
        clause = clause_head(clause.head)
    return False


def _visiting(span: Span, res: Resolution) -> bool:
    """True for a travelling party: a delegation, team or envoy ("the opposition delegation"), or a member named by
    its place in one ("*the head of the government delegation*", whose role is the delegation's): it is not of where
    it goes, so neither the place it is in nor the story's setting gives its country."""
    if span.root.lower_ in VISITING_HEADS:
        return True
    return res.role is not None and bool(res.role.text.split()) and res.role.text.lower().split()[-1] in VISITING_HEADS
