"""What a verb says its object is: a predicate of the object, not a party the act is aimed at.

"Djibouti called *the deal* a violation of Somalia's sovereignty", "Cyprus rejected *the proposal* as contrary to
U.N. resolutions", "Egypt described *the raid* as a breach of Lebanese sovereignty": the object predicate (the
parser's `oprd`) and the "as" phrase of a verb with an object say what the object is called or taken to be. The act
is aimed at the object (or, for an act, its author); the parties named inside the description (Somalia, the UN,
Lebanon) are what the object is said to offend or contradict, not whom the actor acts on (coding guide: a recipient
is a party, never a policy or a description). A verb with no object keeps them: "Japan served *as mediator between
X and Y*" has no object the phrase could describe; so does "as part of a deal with X", which places the act in a
larger one rather than describing its object.
"""
from __future__ import annotations

from spacy.tokens import Token

from dyads.senses.arguments import second_objects

OBJECT_HOLDER_DEPS = ("dobj", "nsubjpass")
PREDICATE_PREPS = ("as",)
# "as *part* of a deal with X": the act's place in a larger undertaking, an adjunct that may name its counterpart.
ADJUNCT_AS_HEADS = ("part",)


def object_predicates(verb: Token) -> set[int]:
    """Tokens of the object predicate and the "as" phrase of a verb that has an object (or a passive subject)."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in OBJECT_HOLDER_DEPS for c in verb.children):
        return set()
    heads = [c for c in verb.children if c.dep_ == "oprd"
             or c.dep_ == "prep" and c.lower_ in PREDICATE_PREPS and c.i > verb.i
             and not any(o.dep_ == "pobj" and o.lower_ in ADJUNCT_AS_HEADS for o in c.children)]
    heads += second_objects(verb)  # "designated him *a terrorist*": the name given, parsed as a second object
    return {t.i for h in heads for t in h.subtree}
