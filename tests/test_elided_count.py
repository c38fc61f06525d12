"""A bare number standing for the noun of a conjoined verb's object (`roles._elided_count`)."""
from __future__ import annotations

from dyads import nlp
from dyads.roles import _elided_count


def _doc(text):
    from dyads.settings import Settings
    return nlp.load(Settings().spacy_model)(text)


def test_a_bare_number_counts_the_noun_of_the_next_object():
    doc = _doc("Rebels killed two and wounded five Malian soldiers.")
    two, soldiers = doc[2], doc[7]
    assert two.lower_ == "two" and soldiers.lower_ == "soldiers" and _elided_count(two, soldiers)


def test_a_number_with_its_own_noun_is_not_elided():
    doc = _doc("Rebels killed two villagers and wounded five Malian soldiers.")
    assert not _elided_count(doc[2], doc[8])


def test_an_uncounted_second_object_takes_no_number():
    doc = _doc("Rebels killed two and wounded the Malian soldiers.")
    assert not _elided_count(doc[2], doc[7])
