"""Acts a verb of crediting presupposes: "thanked Qatar *for hosting* the talks", "praised Egypt for brokering the
truce". The object of thanking, praising or congratulating (senses class `crediting`) is credited with the act its
"for" gerund names, which the sentence takes as done: the gerund is an event of its own, done by that object, and
the thanks do not absorb it."""
from __future__ import annotations

from spacy.tokens import Token

from dyads.senses import in_class


def credited_party(gerund: Token) -> Token | None:
    """The party a verb of crediting credits with the act of the gerund `gerund` ("thanked *Qatar* for hosting"),
    or None when the gerund is no such act (it has a subject of its own, or hangs on no verb of crediting)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return None
    prep = gerund.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not in_class(verb, "crediting"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)
