"""A promise or threat about what the speaker's own state will do is not aimed at that state.

"Faymann pledged that *Austria* would work with the EU", "the minister warned that *Greece* would respond": the
subject of the clause a promise or threat announces is the speaker's own side when it names the speaker's own state by
its name or capital (`own_side` decides this from the words when the speaker's phrase names the country too; a
speaker named by name or pronoun only is resolved later, so this checks the resolved parties). The promise is made to
someone else (named elsewhere, or left to the story), never to the promiser's own state. (A body named by a common
noun, "promised that the government would free the protesters", may be the addressee's side at home: left as is.)
"""
from __future__ import annotations

from dyads import events, nlp
from dyads.records import Party

# Types whose announced clause may be the speaker's own act (as events.verb_args.OWN_SIDE_CLAUSE_TYPES).
PLEDGE_TYPES = frozenset(("AGREE", "THREATEN"))
# How a party's `why` starts when the phrase names a state by its name or its capital.
STATE_NAME_WHYS = ("country '", "capital '")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def speakers_state(actor: Party | None, recipient: Party | None, cand: events.Candidate) -> bool:
    """True when the recipient is the subject of the clause the actor's promise or threat announces and is the
    actor's own state named by its name or capital ("pledged that *Austria* would ...")."""
    if actor is None or recipient is None or cand.entry.event_type not in PLEDGE_TYPES or cand.entry.pos != "VERB":
        return False
    if not actor.country or actor.code != actor.country or recipient.code != actor.country \
            or not (recipient.why or "").startswith(STATE_NAME_WHYS):
        return False
    span = nlp.char_span(cand.sentence.doc, recipient.start, recipient.end)
    if span is None:
        return False
    root = span.root
    return root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ccomp" and root.head.head.i == cand.trigger.i
