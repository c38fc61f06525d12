"""Whether coordinated subjects of a trigger act on each other ("X and Y *met*") or together on a third party."""
from __future__ import annotations

from spacy.tokens import Token

from dyads import lexicon
from dyads.senses.table import in_class, word_classes

# Types whose coordinated subjects act with each other by the nature of the act ("X and Y met / agreed").
MUTUAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")
RECIPROCAL_PRONOUNS = ("each other", "one another")
# Objects of a light verb that name a bond between the parties themselves: "China and Russia *restored ties*",
# "the two countries cut *relations*" act on each other.
MUTUAL_OBJECTS = ("ties", "tie", "relation", "relations")
# CAMEO 057, sign a formal agreement: its light verbs ("sealed a deal", "put pen to") bind coordinated signatories.
SIGN_AGREEMENT_CAMEO = "057"
# Word class of occasions of another party that coordinated guests attend ("attended the signing").
ATTENDED_CLASS = "attended_occasions"


def mutual(token: Token, entry: lexicon.Entry) -> bool:
    """True when the coordinated subjects of a verb trigger act on each other.

    "China and Russia *agreed*", "the two sides *clashed*", "X and Y *fought* each other" are mutual;
    "Russia, Iran and Syrian troops *mounted* an offensive" and "rebels and Turkish-backed groups *fought
    alongside* each other" are parties acting together on a third party (or on nobody named).
    """
    if entry.object in word_classes()[ATTENDED_CLASS]:
        # "representatives of X, Y and Z *attended the signing*": guests of another party's occasion, present
        # together, act on its host, never on each other (coding guide: one line per state toward the host)
        return False
    if entry.event_type in MUTUAL_TYPES or entry.object in MUTUAL_OBJECTS:  # "met", "agreed", "restored ties"
        return True
    if entry.cameo == SIGN_AGREEMENT_CAMEO and entry.object and not any(t.lower_ == "with" for t in token.subtree):
        # "X and Y *sealed a deal*", "*put pen to* a declaration": concluding an agreement binds its signatories
        # (with a partner named, "sealed a deal with Z", they act on Z)
        return True
    doc = token.doc
    # "have invested in *each other* after backing different sides": a reciprocal pronoun of another verb is not
    # the trigger's; only the words of the trigger's own phrase count
    own = {t.i for t in token.subtree}
    after = " ".join(t.lower_ for t in doc[token.i + 1:min(len(doc), token.i + 8)] if t.i in own)
    before = " ".join(t.lower_ for t in doc[max(0, token.i - 3):token.i] if t.i in own)
    joint = word_classes()["jointly"]
    if any(w in joint for w in (t.lower_ for t in token.subtree)) and not in_class(token, "reciprocal"):
        return False
    if any(p in after for p in RECIPROCAL_PRONOUNS) or any(p in before for p in RECIPROCAL_PRONOUNS):
        return True
    return in_class(token, "reciprocal")

