"""Coordinated actors of an act that is not mutual, acting on a pronoun that stands for those same parties ("declared
the X and Y ministers persona non grata and ordered *them* to leave", the second verb's actor misread as the
ministers), code nothing: pairing them would code each acting on the other (pairing._acting_on_themselves)."""
from __future__ import annotations

from conftest import triples


def test_an_expulsion_order_is_not_coded_between_the_expelled(code):
    found = triples(code('Authorities in western Kenya declared the Ugandan and Tanzanian ministers "persona non grata" '
                         'on Tuesday and ordered them to leave.'))
    assert ("SANCTION", "KEN", "UGA") in found and ("SANCTION", "KEN", "TZA") in found
    assert ("SANCTION", "UGA", "TZA") not in found and ("SANCTION", "TZA", "UGA") not in found


def test_a_mutual_act_between_coordinated_parties_is_kept(code):
    found = triples(code("Peru and Chile held talks in Lima on Monday."))
    assert ("CONSULT", "PER", "CHL") in found or ("CONSULT", "CHL", "PER") in found
