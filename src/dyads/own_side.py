"""Whose act a speaker announces: the speaker's own side or a third party.

"The Greek prime minister warned that *Greece* would respond", "Hungary's ministry warned that *it* could
veto", "the Polish president warned that *Polish forces* would retaliate" announce the speaker's own act (a
threat); "warned that *the storm* would hit", "warned that *Pakistan* could attack" announce another's (no
threat by the speaker). A clause subject is of the speaker's side when it is a personal pronoun, the speaker
word itself, or names a country (by name, adjective or people) that the speaker's phrase names too.

A pronoun or a person's name ("*He* warned in the letter that London could impose sanctions", "*Erdogan* warned
that Turkish troops would advance") names no country before the speaker is resolved: such a clause subject is of the speaker's side only provisionally (`of_unresolved_speaker`), and the
decision is confirmed once the speaker's party is resolved (`confirmed`): one of a state's parties (head of state,
government, military, police, courts, legislature) of a country the subject names.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from dyads.actors import tables

PERSONAL_PRONOUNS = ("it", "they", "we", "i", "he", "she")
POSSESSIVE_PRONOUNS = ("its", "their", "our", "my", "his", "her")
MAX_WORDS = 4
CLAUSE_DEPS = ("relcl", "acl", "ccomp", "advcl", "appos")
# sectors of a party that acts for its state (a resolved speaker of one of them speaks for its country)
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG"))


@functools.cache
def _country_words() -> dict[str, str]:
    """Lower-case country names, adjectives, peoples and capitals -> ISO3 (our countries table)."""
    out: dict[str, str] = {}
    for text, entry in tables._country_pairs():
        if entry.kind in ("country", "adjective", "people", "capital") and entry.country:
            out.setdefault(text.lower(), entry.country)
    return out


def countries(token: Token) -> set[str]:
    """ISO3 codes of the countries a phrase (the token's subtree, no clauses) names."""
    words = sorted(_phrase(token), key=lambda t: t.i)
    table = _country_words()
    out: set[str] = set()
    for i in range(len(words)):
        for n in range(1, MAX_WORDS + 1):
            if i + n > len(words):
                break
            text = " ".join(w.lower_ for w in words[i:i + n])
            if text.startswith("the "):
                text = text[4:]
            if text in table:
                out.add(table[text])
    return out


def _phrase(token: Token) -> list[Token]:
    out = [token]
    for c in token.children:
        if c.dep_ not in CLAUSE_DEPS:
            out += _phrase(c)
    return out


def of_speaker(subject: Token, speakers: list[Token]) -> bool:
    """True when a clause's subject is the speaker's own side (pronoun, the speaker word, a shared country)."""
    if subject.lower_ in PERSONAL_PRONOUNS or subject.lower_ in {s.lower_ for s in speakers}:
        return True
    from dyads.senses import in_class  # senses tests own side: import here, not at module load
    if speakers and _owned_forces(subject) and (in_class(subject, "armed") or in_class(subject, "state_actor")):
        # "warned Peru that *its forces* would respond", "warned that *his troops* would answer": forces or bodies
        # a pronoun owns, acting (not undergoing), are the speaker's own
        return True
    # a side is its state, its bodies or its forces ("Greece", "the Greek government", "Greek troops"), not
    # what is merely of the country ("the Greek economy would shrink")
    if not (subject.lower_ in _country_words() or in_class(subject, "armed") or in_class(subject, "state_actor")):
        return False
    mine = set().union(*(countries(s) for s in speakers)) if speakers else set()
    return bool(mine) and bool(countries(subject) & mine)


def _owned_forces(subject: Token) -> bool:
    """An active clause subject owned by a possessive pronoun ("*its* forces", "*his* troops", "*our* army")."""
    return subject.dep_ == "nsubj" and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
                                           for c in subject.children)


def _side_word(subject: Token) -> bool:
    """A state, its bodies or its forces ("Greece", "the Greek government", "Greek troops"), not what is merely of
    the country ("the Greek economy")."""
    from dyads.senses import in_class  # senses tests own side: import here, not at module load
    return subject.lower_ in _country_words() or in_class(subject, "armed") or in_class(subject, "state_actor")


def of_unresolved_speaker(subject: Token, speakers: list[Token]) -> bool:
    """True when the speakers are personal pronouns or persons named by name alone ("*he* warned", "*Erdogan*
    warned") and the clause subject is a state, its body or its forces naming a country: of the speaker's side if
    the speaker turns out to be one of that state's parties (provisional; `confirmed` decides once the speaker is
    resolved). Common nouns ("the minister") are left out: the story's country they fall back on is no evidence."""
    if not speakers or not all(s.lower_ in PERSONAL_PRONOUNS or s.ent_type_ == "PERSON" and not countries(s)
                               for s in speakers) or of_speaker(subject, speakers):
        return False
    return _side_word(subject) and bool(countries(subject))


def confirmed(subjects: list[Token], actor_country: str | None, actor_code: str | None,
              actor_sector: str | None) -> bool:
    """A provisional own-side decision made true by the resolved speaker: one of a state's parties (`STATE_SECTORS`)
    whose country one of the clause subjects names ("he warned that London could ..." said by the British foreign
    secretary; not by an opposition leader, nor of another country's act)."""
    if actor_sector not in STATE_SECTORS or not actor_country or actor_code != actor_country:
        return False
    return any(actor_country in countries(s) for s in subjects)
