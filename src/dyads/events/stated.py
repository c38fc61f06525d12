"""Dispositions that code only when stated: an adjective of willingness or reluctance ("ready", "willing",
"reluctant", word class `willingness` of `data/senses/word_classes.csv`) is an event (AGREE, REJECT) when its party
says so ("Ghana said it was ready to talk", '"We are ready," X said', "X made it clear it was willing to ..."). Told
by the writer it is a state of mind the writer ascribes ("the rebels were ready to talk", "no sign Russia was willing
to press Y", "Iran is eager to exploit it"), which reports no act of the party. A readiness to use force ("Iran is
prepared to retaliate", a THREATEN by its sense rule) is a posture shown to the other party and still codes.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads import nlp, status
from dyads.senses import in_class

FIRST_PERSON = ("i", "we")
QUOTES = "\"'“‘«"
# Governors through which a clause reports what its party said, beside the verbs of saying and announcing.
CLEAR = ("clear", "plain", "known")
# Types of the offers and refusals a willingness adjective codes when stated.
STATED_TYPES = ("AGREE", "REJECT")


def unstated_disposition(token: Token, event_type: str, attributed: bool) -> str:
    """Why an adjective of willingness codes nothing ("" when it is stated by its party); `attributed`: the
    trigger's clause is framed by a reporter ("X said", "according to X")."""
    if token.pos_ != "ADJ" or event_type not in STATED_TYPES or not in_class(token, "willingness"):
        return ""
    if event_type == "AGREE" and (condition := _condition(token)) is not None:
        return f"'{token.text}' offers only on the condition '{condition.text} ...', no willingness stated outright"
    if attributed or nlp.sentence(token).text.lstrip()[:1] in QUOTES or _stated(token):
        return ""
    return f"'{token.text}' tells a disposition the writer ascribes, no willingness its party stated"


def _stated(adjective: Token) -> bool:
    """True for a disposition its party states: in the first person ("I am ready"), reported by a verb of saying
    or announcing (also a parenthetical one: '"..., they are ready," X said'), or made clear ("made it clear they
    were willing")."""
    w = status.words()
    verbs = w.say_verbs | w.announcing_verbs
    node = adjective.head if adjective.dep_ in ("acomp", "amod") else adjective
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON for c in node.children):
        return True
    for _ in range(status.MAX_STEPS):
        if any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in verbs for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ not in ("ccomp", "conj", "xcomp", "parataxis", "advcl"):
            return False
        node = node.head
        if node.lemma_.lower() in verbs or (node.lemma_.lower() == "make" and any(
                c.dep_ in ("ccomp", "oprd", "acomp", "dobj") and c.lower_ in CLEAR for c in node.subtree)):
            return True
    return False


def _condition(adjective: Token) -> Token | None:
    """The mark of a condition set on an offer ("ready to resume talks *only if* the crackdown stops", "willing to
    help *if* asked"): on the adjective, its copula or its to-clause."""
    marks = status.words().condition_marks
    nodes = [adjective, *(c for c in adjective.children if c.dep_ in ("xcomp", "ccomp"))]
    if adjective.dep_ == "acomp":
        nodes.append(adjective.head)
    return next((m for n in nodes for c in n.children if c.dep_ == "advcl" for m in c.children
                 if m.dep_ == "mark" and m.lower_ in marks), None)
