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
    """The root noun of the sentence when `verb` is its main verb misparsed onto an aside, else None. The aside is a
    relative clause or an apposition set off by a comma after the root noun or after a noun of the root's own
    phrase ("A spokesman for X's foreign ministry, *Y*, accused ..."); the verb hangs on a word of the aside or on
    the root noun itself."""
    sent = nlp.sentence(verb)
    root = sent.root
    if verb.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or sent[-1].text != "." \
            or any(c.dep_ in OWN_DEPS for c in verb.children) or verb.doc[verb.i - 1].text not in CLOSING_MARKS:
        return None
    aside = next((a for a in _asides(root, verb) if verb.head.i == root.i
                  or a.left_edge.i <= verb.head.i <= a.right_edge.i), None)
    if aside is None:
        return None
    deps = {c.dep_ for c in verb.children}
    active = verb.tag_ == "VBD" or "dobj" in deps or ("prep" in deps and bool(deps & {"xcomp", "oprd"}))
    return root if active else None


def _asides(root: Token, verb: Token) -> list[Token]:
    """Asides between the root noun and `verb`: hung on the root noun, or set off by a comma and hung on a noun of
    its own phrase (a prepositional object: "a spokesman *for the office*, Y, ...")."""
    own, frontier = {root.i}, [root]
    while frontier:
        node = frontier.pop()
        for obj in (o for p in node.children if p.dep_ == "prep" and root.i < p.i < verb.i
                    for o in p.children if o.dep_ == "pobj" and o.i < verb.i):
            own.add(obj.i)
            frontier.append(obj)
    return [a for a in root.subtree if a.dep_ in ASIDE_DEPS and a.head.i in own and root.i < a.i < verb.i
            and a.left_edge.i > root.i and (a.head.i == root.i or verb.doc[a.left_edge.i - 1].text == ",")]
