"""What a state's post abroad protests or demands is addressed to the state it is posted in.

"Russia's embassy in Copenhagen condemned the boarding and demanded the crew's release", "the Venezuelan embassy in
Italy slammed the expulsion": an embassy, consulate or ambassador (senses class `host_addressing_post`) speaks to
the government that hosts it; with no party named, its protest, demand, denial or warning is aimed at that state
(CAMEO codes an embassy's protest to its host government). The host is where the event is placed by its own
sentence ("in Copenhagen"), in another country than the post's own.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dyads import actors, geo, place_recipient
from dyads.home_parties import DOMESTIC_WHY
from dyads.records import Party, Place
from dyads.roles import party_root
from dyads.senses import in_class

# Verbal acts a post abroad addresses to its host government.
ADDRESSED_TYPES = frozenset(("ACCUSE", "REQUEST", "REJECT", "PROTEST", "THREATEN"))
WHY = "the state that hosts the actor's post abroad, none named in the clause"


def of_post(recipient: Party | None, event_type: str, actor: Party | None, location: Place | None, how: str,
            doc: Doc, places: geo.DocumentPlaces, sentence_span: tuple[int, int]) -> Party | None:
    """The host state of an embassy or envoy acting with no recipient named, else the recipient as it was."""
    if event_type not in ADDRESSED_TYPES or actor is None or location is None or not location.country:
        return recipient
    if recipient is not None and not (recipient.why or "").startswith(DOMESTIC_WHY):  # no party named
        return recipient
    if location.country == actor.country or not place_recipient.own_place(how):
        return recipient
    root = party_root(actor, doc)
    if root is None or not in_class(root, "host_addressing_post"):
        return recipient
    mention = place_recipient.mention_of(location, places, sentence_span)
    if mention is None:
        return recipient
    span = mention.span
    return Party(span.text, span.start_char, span.end_char, actors.country_name(location.country), location.country,
                 location.country, "GOV", f"{WHY} ({location.name} -> {location.country})")
