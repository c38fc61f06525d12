"""Whether an agent is a political party: natural forces, animals, diseases, accidents, markets and states of
affairs never act in a PLOVER event (`parties_only`), weapons with no owner named act for nobody, and lawsuits
between private persons and companies are no political event (`private_dispute`). The word classes are those of
`data/senses/word_classes.csv` (`senses.in_class`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyads import lexicon, nlp
from dyads.actors.syntax import counted_head
from dyads.actors.vocab import DEFINITE_STATE_NOUNS, PLURAL_TAGS, SELF_STATE_LEMMAS
from dyads.records import Party
from dyads.senses import NAMED_ENTS, in_class, word_classes

# Agents that are never political parties: an event they "do" is no PLOVER event.
NON_POLITICAL = ("nature", "weather", "animal", "disease", "accident", "market")
# A state of affairs ("the US presence", "the cost of the war") is not its party acting; only a common-noun head
# counts ("International Crisis Group", "Future Movement" are parties).
ABSTRACT_STATE = "abstract_state"
# CAMEO 115, "bring lawsuit against": between private parties no political event.
LEGAL_ACTION_CAMEO = "115"
PRIVATE_SECTORS = ("CVL", "BUS", "MNC")
# Individuals named only by sex, age, kinship or friendship ("a man", "older boys", "her relatives").
PRIVATE_PERSON = "private_person"
# A public collective act of private people ("women marched") stays an event, whoever it targets.
PUBLIC_ACTS = ("PROTEST",)
RELATIVE_PRONOUNS = ("who", "whom", "that", "which")
COURT_SECTOR = "JUD"


def non_political(span: Span) -> str | None:
    """The word class that makes a phrase no political party ("a hurricane", "investors"), if any."""
    root = span.root
    # a name's class word: "Typhoon Haima", "Hurricane Maria"
    heads = [root, *(c for c in root.children if c.dep_ == "compound" and root.pos_ == "PROPN")]
    found = next((name for name in NON_POLITICAL for head in heads if in_class(head, name)), None)
    if found is None and root.pos_ == "NOUN" and in_class(root, ABSTRACT_STATE):
        return ABSTRACT_STATE
    return found


def parties_only(tiers: list[list[Span]]) -> tuple[list[list[Span]], str]:
    """Actor tiers without weapons that name no owner ("a drone" acts for nobody, "an Israeli drone" for
    Israel), and why the candidate is no event when its actor is a natural force, an animal, a disease,
    an accident or a market."""
    first = next((tier for tier in tiers if tier), [])
    kinds = [non_political(span) for span in first]
    if first and all(kinds):
        return tiers, f"actor '{first[0].text}' is no political party (word class {kinds[0]})"
    return [[s for s in tier if not _ownerless_weapon(s)] for tier in tiers], ""


def _ownerless_weapon(span: Span) -> bool:
    root = span.root
    if not in_class(root, "weapon"):
        return False
    # the owner comes before the weapon ("an Israeli drone"); "a device in Syria" is only located
    return not any(t.i < root.i and (t.pos_ == "PROPN" or t.ent_type_ in NAMED_ENTS) for t in span)


def private_dispute(entry: lexicon.Entry, actor: Party | None, recipient: Party | None) -> bool:
    """True for a lawsuit no political party brings or faces (a person suing a neighbour, one company another)."""
    if entry.cameo != LEGAL_ACTION_CAMEO:
        return False
    # the court a suit is brought in is its venue, not its target
    return _private(actor) and (recipient is None or _private(recipient) or recipient.sector == COURT_SECTOR)


def _private(party: Party | None) -> bool:
    if party is None or party.sector in PRIVATE_SECTORS or (party.code is None and party.sector is None):
        return True
    head = party.text.split()[-1].lower().removesuffix("'s").removesuffix("’s") if party.text.split() else ""
    return head in word_classes()["private"]


def private_act(event_type: str, actor: Party | None, recipient: Party | None, doc: Doc) -> bool:
    """True for an act of a private individual on no political party ("a man who had killed her husband", "older
    boys lured them with promises", "a Palestinian man asked to speak with me"): a crime or a dealing between
    private persons, no political event (a man who attacks police officers, or a mother who petitions a ministry,
    acts on a party and stays)."""
    if actor is None or actor.sector != "CVL" or event_type in PUBLIC_ACTS:
        return False
    if recipient is not None and not _private(recipient):
        return False
    span = nlp.char_span(doc, actor.start, actor.end)
    if span is None or not len(span):
        return False
    root = _antecedent(span.root)
    # "Kalenjin youths", "Palestinian women": people of a named community act as that community
    communal = root.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in NAMED_ENTS or c.pos_ == "PROPN") for c in root.children)
    return not communal and (in_class(root, PRIVATE_PERSON) or _private_individual(root) and not _titled(span, root))


PERSONAL_PRONOUNS = ("he", "she")
# Public roles of private people (word class): a person named with one ("campaigner X") acts publicly.
PUBLIC_ROLE = "public_civil_role"


def _private_individual(token: Token) -> bool:
    """A person named or pointed to with no office of their own (the actor resolved to civilians): "*she* met a
    fellow volunteer", "*Maria Lopez* encouraged others to join"."""
    return token.lower_ in PERSONAL_PRONOUNS or token.ent_type_ == "PERSON"


def _titled(span: Span, root: Token) -> bool:
    """True when a person's phrase names a public role of theirs beside the name ("anti-slavery *campaigner* Ana
    Ruiz", "opposition *activist* X"): someone known by a public role acts publicly, not as a private individual."""
    return any(t.i != root.i and in_class(t, PUBLIC_ROLE) for t in span)


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun subject stands for ("a man *who* had killed ..." -> "man"); else the token."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def stateless(actor: Party, recipient: Party | None) -> bool:
    """True when neither party of an event names a state or an organization after every rule that finds one: an
    actor known only by its sector ("officials", "the ministry", "countries that ...", a pronoun standing for one)
    acting on nobody or on a party known only by its sector too. Such an event belongs to no dyad, and the coding
    guide codes no event whose actor no state or organization can be given ("gunmen" of no group or country). An
    unknown actor's act on a coded party ("gunmen killed three American tourists") is kept: its recipient is
    known. The pipeline drops such events from documents of more than one sentence only: a lone sentence's story,
    which would name the state, is not in hand."""
    return actor.code is None and (recipient is None or recipient.code is None)


# Sectors of actors that are no one's party when no group or country is named: unnamed gunmen, bombers, hackers
# and criminals (the coding guide codes no event for "gunmen" of no group or country; `actors.vocab` never guesses
# their country from the story's setting either)
NO_ONES_SECTORS = frozenset(("UAF", "CRM"))


def unnamed_states(actor: Party, doc: Doc) -> bool:
    """True when an actor left with no state or organization code names states in the plural ("a number of
    countries", "Gulf states", "the governments of the three nations", "some 195 countries"): many states that the
    story does not name are no one party, so no dyad; the coding guide codes no event whose actor's country a careful
    reader cannot tell. Like `stateless`, the pipeline applies it to documents of more than one sentence only."""
    if actor.code is not None:
        return False
    span = nlp.char_span(doc, actor.start, actor.end)
    if span is None or not len(span):
        return False
    head = counted_head(span)
    return head.tag_ in PLURAL_TAGS and head.lemma_.lower() in SELF_STATE_LEMMAS | DEFINITE_STATE_NOUNS


def unknown_actor(actor: Party) -> bool:
    """True when the actor ends up with no state or organization code after every rule that finds one and is
    either known by no sector at all or is of a sector that is no one's party unnamed ("gunmen", "unknown
    attackers", "hackers"), whatever its recipient. Within a story such an act is no dyad the coding guide codes
    (it codes no event whose actor no state or organization can be given): "gunmen killed three American tourists"
    as ? -> USA only puts a wrong actor in the data. (An official or officer of no country named, "the interior
    minister said", is kept: its recipient may be all the story says.) The pipeline applies it, like `stateless`,
    to documents of more than one sentence only: a lone sentence (sentence-level gold) keeps its event, its
    recipient known, as the story that would name the actor is not in hand."""
    return actor.code is None and (actor.sector is None or actor.sector in NO_ONES_SECTORS)
