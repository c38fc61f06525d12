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
# Word class of verbs of promising: a promise is made by each promiser to whoever gains by it, not to a co-promiser.
PROMISING_CLASS = "promising"


def mutual(token: Token, entry: lexicon.Entry, *, parties: int = 2, beneficiary: bool = False) -> bool:
    """True when the coordinated subjects of a verb trigger act on each other (`parties` of them; `beneficiary`: a
    party the act is aimed at is named in a prepositional phrase).

    "China and Russia *agreed*", "the two sides *clashed*", "X and Y *fought* each other" are mutual;
    "Russia, Iran and Syrian troops *mounted* an offensive" and "rebels and Turkish-backed groups *fought
    alongside* each other" are parties acting together on a third party (or on nobody named).
    """
    if entry.object in word_classes()[ATTENDED_CLASS]:
        # "representatives of X, Y and Z *attended the signing*": guests of another party's occasion, present
        # together, act on its host, never on each other (coding guide: one line per state toward the host)
        return False
    if in_class(token, PROMISING_CLASS) and (parties > 2 or beneficiary):
        # "Benin, Chad, Bangladesh and Barbados *promised* personnel", "Peru and Chile *pledged* aid to Haiti": a
        # promise made by three or more parties, or naming whom it benefits (`beneficiary`), is each promiser's
        # commitment towards that beneficiary, not towards the others promising beside it; only a reciprocal pronoun
        # makes them one another's recipients. Two parties promising with nobody else named ("their prime ministers
        # pledged to open the rail link") commit to each other.
        return _reciprocal_words(token)
    if entry.event_type in MUTUAL_TYPES or entry.object in MUTUAL_OBJECTS:  # "met", "agreed", "restored ties"
        return True
    if entry.cameo == SIGN_AGREEMENT_CAMEO and entry.object and not any(t.lower_ == "with" for t in token.subtree):
        # "X and Y *sealed a deal*", "*put pen to* a declaration": concluding an agreement binds its signatories
        # (with a partner named, "sealed a deal with Z", they act on Z)
        return True
    joint = word_classes()["jointly"]
    if any(w in joint for w in (t.lower_ for t in token.subtree)) and not in_class(token, "reciprocal"):
        return False
    if _reciprocal_words(token):
        return True
    return in_class(token, "reciprocal")


def _reciprocal_words(token: Token) -> bool:
    """True when the trigger's own phrase has a reciprocal pronoun ("fought *each other*", "*one another's*")."""
    doc = token.doc
    # "have invested in *each other* after backing different sides": a reciprocal pronoun of another verb is not
    # the trigger's; only the words of the trigger's own phrase count
    own = {t.i for t in token.subtree}
    after = " ".join(t.lower_ for t in doc[token.i + 1:min(len(doc), token.i + 8)] if t.i in own)
    before = " ".join(t.lower_ for t in doc[max(0, token.i - 3):token.i] if t.i in own)
    return any(p in after for p in RECIPROCAL_PRONOUNS) or any(p in before for p in RECIPROCAL_PRONOUNS)

