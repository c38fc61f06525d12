"""Acts a verb of crediting presupposes: "thanked Qatar *for hosting* the talks", "praised Egypt for brokering the
truce". The object of thanking, praising or congratulating (senses class `crediting`) is credited with the act its
"for" gerund names, which the sentence takes as done: the gerund is an event of its own, done by that object, and
the thanks do not absorb it. Only a gerund of convening or mediating talks (senses class `mediating_participle`,
its object if any a meeting): other acts credited so are often standing dispositions ("thanked X for standing with the people"), and the one who
thanks a host for hosting talks is among those it hosted (`crediting_subjects`)."""
from __future__ import annotations

from spacy.tokens import Token

from dyads.senses import in_class


def credited_party(gerund: Token) -> Token | None:
    """The party a verb of crediting credits with the act of the gerund `gerund` ("thanked *Qatar* for hosting"),
    or None when the gerund is no such act (it has a subject of its own, or hangs on no verb of crediting)."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or not in_class(gerund, "mediating_participle") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return None
    if any(c.dep_ == "dobj" and not in_class(c, "meeting_event") for c in gerund.children):
        return None  # "thanked Egypt for hosting *a million refugees*": no meeting convened
    prep = gerund.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not in_class(verb, "crediting"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def crediting_subjects(gerund: Token) -> list[Token]:
    """Who credits the act ("*the delegation* thanked Qatar for hosting the talks"): a guest of the talks hosted."""
    if credited_party(gerund) is None:
        return []
    verb = gerund.head.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        # "X said ... and *thanked* Qatar for hosting": a conjoined verb shares its head's subject
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects
