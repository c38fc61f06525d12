"""The source of a nominal act in its from-phrase: "support *from Washington*", "objections *from Moscow*", "a
rebuke *from India*", "a protest *from Athens*", "calls *from the UN*". For the nouns of giving, judging, asking,
agreeing and meeting, "from X" names who does the act (PLOVER's source actor), never whom it is aimed at; whoever
seeks, wins or prompts it (the subject of the governing verb: "Israel sought support from Washington") is its
recipient. A from-phrase the parser hangs on the verb whose object the noun is counts when that verb seeks, gets,
faces or prompts the act (word class `sourcing_verb`: "sought support from X", not "withdrew support from X"). Nouns
of a shield or an exemption (word class `shielding_noun`: "protection from attack", "relief from
sanctions") and acts of moving or forcing ("withdrawal from Syria", "expulsion from the country", "attacks from
Syria") keep "from" as the place or party left or shielded against."""
from __future__ import annotations

from spacy.tokens import Token

from dyads.events.syntax import party_like, prep_objects
from dyads.lexicon import Entry
from dyads.senses import in_class

# Entities that are amounts or times, never a party ("support from *one-third* of voters").
AMOUNT_ENTITIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")
# Acts whose noun's from-phrase names their doer.
SOURCE_TYPES = ("SUPPORT", "AID", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONSULT")


def source_doers(noun: Token, entry: Entry) -> list[Token]:
    """The parties of a nominal trigger's own from-phrase that do its act ([] for other acts and nouns)."""
    if entry.event_type not in SOURCE_TYPES or noun.pos_ != "NOUN" or in_class(noun, "shielding_noun"):
        return []
    from dyads.roles import RECEIVING_LEMMAS  # roles reads noun arguments: imported when first asked

    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_LEMMAS:
        return []  # "X received aid from Y": the receiving verb makes its subject the recipient (dyads.roles)
    found = prep_objects(noun, ("from",))
    verb = noun.head
    if noun.dep_ == "dobj" and in_class(verb, "sourcing_verb"):
        # "sought support from X", "drew objections from X": the parser hangs the phrase on the verb of seeking,
        # getting, facing or prompting (word class `sourcing_verb`)
        found += [t for t in prep_objects(verb, ("from",)) if t.i > noun.i]
    return [t for t in found if party_like(t) and t.ent_type_ not in AMOUNT_ENTITIES]


def joint_sources(noun: Token, entry: Entry, roots: list[Token | None]) -> bool:
    """True when every actor found is one of the coordinated parties of the noun's from-phrase ("proposals *from
    the US, Britain and France*"): they make the act together, toward a third party, not toward one another."""
    return len(roots) > 1 and only_sources(noun, entry, roots)


def only_sources(noun: Token, entry: Entry, roots: list[Token | None]) -> bool:
    """True when every actor found (their root tokens) is a party of the noun's from-phrase or one coordinated with
    it."""
    found = {t.i for s in source_doers(noun, entry) for t in (s, *s.conjuncts)}
    return bool(found) and bool(roots) and all(r is not None and r.i in found for r in roots)
