"""Ground taken from a militant group: the group that held it is the recipient.

Coding guide: captured territory ("took control of", "retook", "liberated", "fell to") is ASSAULT against the
side that lost it. A clause that names only the place ("Iraqi forces recaptured Mosul", "the city was retaken by
the army", "the SDF began its assault on Raqqa") leaves that side to the context, and the coder would otherwise
give the place's own people (place_recipient) or nobody. When the sentence, or the one before it, names a
transnational militant group (IMG: Islamic State, al-Qaeda, al-Shabaab, ...) other than the actor, the ground was
that group's: it is the recipient. An actor that is itself such a group takes ground from the place's people,
which place_recipient already codes; a party named as the target stays.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dyads import actors, nlp, place_recipient, senses
from dyads.records import Event, Party

# Verbs and nouns of taking or retaking ground by force (ASSAULT senses only: the lexicon chose the type).
GROUND_VERBS = frozenset(("capture", "seize", "take", "retake", "recapture", "reclaim", "regain", "liberate",
                          "overrun", "storm", "oust", "push", "clear", "free", "enter", "win", "expel", "drive",
                          # "the city *fell to* X" (the lexicon's fall+to sense, actor and place reversed)
                          "fall"))
# Nouns of a place's edge: "the Iraqi border" taken or crossed is ground, not the state's government.
EDGE_NOUNS = frozenset(("border", "frontier", "borderland", "borderlands"))
GROUND_NOUNS = frozenset(("capture", "seizure", "recapture", "liberation", "assault", "offensive",
                          "counteroffensive", "counter-offensive", "incursion", "push", "advance", "takeover"))
MILITANT_PREFIX = "IMG"
SENTENCES_BACK = 1
WHY = "ground taken from the militant group named nearby, the side that lost it"


def _ground_trigger(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        return lemma in GROUND_VERBS
    # "defended the town *against the assault*": the defenders named with it are the ones attacked
    return lemma in GROUND_NOUNS and not (token.dep_ == "pobj" and token.head.lower_ in ("against", "from"))


def _taken_from(trigger: Token) -> bool:
    """"captured the town *from Kurdish fighters*": the clause names the side that lost it."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and not _place_word(g)
                                                               for g in c.children)
               for h in heads for c in h.children)


def _place_word(token: Token) -> bool:
    """A place, not a party: a toponym or a territory noun ("from Mosul", "from every urban centre")."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in _territory() \
        or token.lemma_.lower() in ("centre", "center", "stronghold", "street", "road")


def _territory() -> frozenset[str]:
    return senses.word_classes().get("territory", frozenset())


def _placeish(recipient: Party | None, doc: Doc) -> bool:
    """True when the recipient is nobody, or only the place that was taken (its people, a town acting, a
    territory noun: "the Iraqi border", "large swaths of territory")."""
    if recipient is None:
        return True
    why = recipient.why or ""
    if why.startswith(place_recipient.WHY_PREFIX) or place_recipient.HOME_WHY in why:
        return True
    span = nlp.char_span(doc, recipient.start, recipient.end)
    if span is None:
        return False
    root = span.root
    if root.lemma_.lower() in _territory() or root.lower_ == "country" or root.lemma_.lower() in EDGE_NOUNS:
        return True
    return why.startswith(("city '", "region '")) and recipient.sector in (None, "CVL")


def _held_by(event: Event, resolver: actors.DocumentResolver) -> Party | None:
    """The latest militant group named in the event's sentence (else the one before), not the actor."""
    mine = {event.actor.code, event.actor.country} - {None}
    best = None
    for mention in resolver.mentions:
        party = mention.res.party
        if not (party.code or "").startswith(MILITANT_PREFIX) or party.code in mine:
            continue
        if not event.sentence_index - SENTENCES_BACK <= mention.sentence <= event.sentence_index:
            continue
        key = (mention.sentence == event.sentence_index, -abs(mention.start - event.trigger.start))
        if best is None or key > best[0]:
            best = (key, party)
    return best[1] if best else None


def resolve(found: list[Event], doc: Doc, resolver: actors.DocumentResolver) -> list[Event]:
    """The events of taking ground with the militant group that held it as their recipient (see the module doc)."""
    from dyads import anaphors  # the recipient is replaced as anaphors does it

    out = []
    for event in found:
        if event.event_type == "ASSAULT" and event.actor is not None and event.actor.code \
                and not event.actor.code.startswith(MILITANT_PREFIX) and _placeish(event.recipient, doc):
            span = nlp.char_span(doc, event.trigger.start, event.trigger.end)
            if span is not None and _ground_trigger(span.root) and not _taken_from(span.root):
                held = _held_by(event, resolver)
                if held is not None:
                    why = f"{WHY}; {held.why}"
                    event = anaphors.with_recipient(event, replace(held, why=why), why, found="inferred")
        out.append(event)
    return out
