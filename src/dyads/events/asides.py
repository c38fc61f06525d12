"""A main verb the parser hung on an aside: "President X, *who won the vote*, called for calm", "The group
"Y" called on the government to ...". With a relative clause or an apposition set off between the subject and
the verb, the parser sometimes leaves the sentence without a main verb: its root is the subject noun and the
verb is attached as a participle to a word of the aside. In a finished sentence whose root is that noun, a
past-tense verb right after the aside's closing comma or quote, with no subject or auxiliary of its own, is the
main verb, and the root noun its subject (as `syntax.misparsed_main_verb` finds with no aside between).
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import nlp

# Dependencies of an aside set off after the subject noun (a relative clause, an apposition).
ASIDE_DEPS = ("relcl", "appos")
# Punctuation closing an aside.
CLOSING_MARKS = frozenset((",", '"', "”", "'", "’"))
# A verb's own subject, auxiliary or by-agent: with one it is no misparsed main verb.
OWN_DEPS = ("aux", "auxpass", "nsubj", "nsubjpass", "agent")


def aside_subject(verb: Token) -> Token | None:
    """The root noun of the sentence when `verb` is its main verb misparsed onto an aside, else None."""
    sent = nlp.sentence(verb)
    root = sent.root
    if verb.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or verb.head.i == root.i or sent[-1].text != "." \
            or any(c.dep_ in OWN_DEPS for c in verb.children) or verb.doc[verb.i - 1].text not in CLOSING_MARKS:
        return None
    aside = next((c for c in root.children if c.dep_ in ASIDE_DEPS and root.i < c.i < verb.i
                  and c.left_edge.i <= verb.head.i <= c.right_edge.i), None)
    if aside is None:
        return None
    deps = {c.dep_ for c in verb.children}
    active = verb.tag_ == "VBD" or "dobj" in deps or ("prep" in deps and bool(deps & {"xcomp", "oprd"}))
    return root if active else None
