"""A state's government, police or courts coerce unnamed people where they rule (home_parties.in_jurisdiction): in a
story set elsewhere, "Iranian police arrested hundreds of people" is IRN -> IRN, not the setting's people;
deportations (which send people abroad) and a country named for the people are left as they are."""
from __future__ import annotations

from conftest import triples

DATELINED = "DUBAI (Reuters) - Gulf shipping was disrupted again on Monday. "


def test_arrests_by_a_states_police_fall_on_its_own_people(code):
    found = code(DATELINED + "Iranian police have arrested hundreds of people since the war began on suspicion of "
                             "spying, state media said.")
    arrests = [e for e in found if e.event_type == "COERCE"]
    assert arrests and arrests[0].recipient.code == "IRN"
    assert "where it rules" in arrests[0].recipient.why


def test_a_crackdown_on_unnamed_parties_is_domestic(code):
    found = triples(code(DATELINED + "The Turkish government launched a crackdown on pro-Kurdish political parties "
                                     "last year."))
    assert ("COERCE", "TUR", "TUR") in found
    assert ("COERCE", "TUR", "ARE") not in found


def test_people_of_a_named_country_keep_it(code):
    found = triples(code(DATELINED + "Iranian police arrested dozens of Afghan migrants on Sunday."))
    assert not any(t == "COERCE" and r == "IRN" for t, _, r in found)
