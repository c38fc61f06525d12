"""An object pronoun never stands for its own clause's subject, so that subject is no nearer antecedent either:
"the Red Cross left after *the government* accused *it*" -> the Red Cross."""
from __future__ import annotations

from conftest import triples


def test_the_subject_of_the_pronouns_clause_is_no_nearer_antecedent(code):
    text = ("MANAGUA (Reuters) - The International Committee of the Red Cross closed its office in the north in "
            "2021 after the government accused it of helping the rebels.")
    assert ("ACCUSE", "NIC", "NGOIRC") in triples(code(text))


def test_a_nearer_party_noun_still_blocks_a_far_antecedent(code):
    text = "Chile recalled its envoy. A Peruvian soldier said the officer had insulted him."
    assert not any(t[0] == "ACCUSE" and t[2] == "CHL" for t in triples(code(text)))
