"""A third party's act told inside a direct quotation is the speaker's account of it, not a reported event
(docs/coding-guide.md: an action told in someone's speech is coded only when the article itself treats it as fact;
in the speaker's own words it is the speaker's claim, opinion or accusation, at best an optional event): '"They
bombed the hospital last night," a resident said', 'X said: "The Turks are taking over a land that isn't theirs."'
What the speaker's own side does, in the first person, still codes ('"We have requested consular access," the
ministry said', '"I call on Y to stop the violence"'); so does an act inside a quoted phrase worked into the
writer's own sentence (said it "supports the view ...", a "humanitarian pause"), which the writer reports.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from dyads import nlp, own_side
from dyads.senses import in_class

# Quotation marks (also dyads.evidence.quoted's): curly double ones (opening, closing) and the straight one that does
# both jobs. Single quotes are left out: ’ is also the apostrophe.
OPENING, CLOSING, STRAIGHT = "“", "”", '"'
FIRST_PERSON = ("i", "we", "me", "us", "my", "our", "ourselves", "myself")
# What may stand before the opening mark of a direct quotation (after spaces): the sentence's start, or the colon
# or comma that introduces a quotation ('X said: "...', 'X said, "...').
INTRODUCERS = ("", ":", ",")


def third_party_quoted(token: Token, actors: list[list[Span]], speaker: Span | None = None) -> str:
    """Why a candidate codes nothing because it is a third party's act inside a direct quotation ("" otherwise).
    `speaker`: the phrase of who says it ("X said"), when known."""
    if token.pos_ == "ADJ":
        return ""  # a disposition the speaker states ('"China is ready to work with Y," Xi said': dyads.events.stated)
    sentence = nlp.sentence(token)
    if not _in_direct_quote(nlp.span_text(sentence), token.idx - sentence.start_char):
        return ""
    first = next((tier for tier in actors if tier), [])
    doers = _doers(token)
    if not first or any(t.lower_ in FIRST_PERSON for t in doers) or _reacted_to(token) \
            or speaker is not None and any(own_side.countries(t) & own_side.countries(speaker.root) for t in doers):
        return ""  # the speaker's own side: "we", or its country by name ('"Peru will ...," the Peruvian minister said')
    return f"act of '{first[0].text}' told inside a direct quotation: the speaker's account, not a reported event"


def _doers(token: Token) -> list[Token]:
    """The words that say who does what a trigger names, as written: a verb's subject (or, with none, its first
    verb's or the noun's its participle hangs on, or its passive's by-agent); a noun's possessor or the subject of
    the verb it is the object of ("*we* have sent an offer to Y asking ...")."""
    node = token
    for _ in range(4):
        if node.pos_ in ("NOUN", "PROPN"):
            doers = [c for c in node.children if c.dep_ == "poss"]
            chained = ("dobj", "pobj", "attr")
        else:
            doers = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            doers += [o for a in node.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            chained = ("xcomp", "conj", "acomp", "advcl", "acl")
        if doers or node.dep_ not in chained or node.head.i == node.i:
            return doers
        node = node.head.head if node.dep_ == "pobj" else node.head
    return []


def _reacted_to(token: Token) -> bool:
    """True for an act under a first-person reaction ("*we are delighted* with the decision by X to accept ...",
    "*we condemn* the attack by X"): the speaker takes it as done."""
    for node in token.ancestors:
        if in_class(node, "reaction"):
            clause = node.head if node.dep_ in ("acomp", "xcomp") else node
            return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in clause.children)
    return False


def _in_direct_quote(text: str, at: int) -> bool:
    """True when offset `at` lies inside a quotation that opens the sentence or follows a colon or comma, or that
    goes on from an earlier sentence (a closing mark stands before any opening one)."""
    if OPENING not in text and CLOSING not in text and STRAIGHT not in text:
        return False  # most sentences quote no one: no need to read them mark by mark
    opening, inside = None, None  # inside: None while no mark is seen (unknown), else whether a quotation is open
    for i, ch in enumerate(text[:at]):
        if ch == OPENING or ch == STRAIGHT and _opens(text, i) and inside is not True:
            opening, inside = i, True
        elif ch == CLOSING or ch == STRAIGHT:
            opening, inside = None, False
    if inside:
        return _introduced(text[:opening])
    if inside is False:
        return False
    # no mark before the offset: inside a quotation from an earlier sentence when a closing mark comes first after it
    for i in range(at, len(text)):
        if text[i] == OPENING or text[i] == STRAIGHT and _opens(text, i):
            return False
        if text[i] in (CLOSING, STRAIGHT):
            return True
    return False


def _opens(text: str, i: int) -> bool:
    """A straight mark opens a quotation when it starts the text or follows a space or an opening bracket and a
    word follows it ('X said: "We ...'); one after a word or a punctuation mark closes one ('... theirs," X said')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([") and not after.isspace()


def _introduced(prefix: str) -> bool:
    return prefix.rstrip()[-1:] in INTRODUCERS
