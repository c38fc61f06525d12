"""Families of CAMEO codebook constructions (session 13, e3): each family is coded on sentences we wrote, and one
use of each ambiguous word that is no event (or another event) is not coded as the family's type."""
from __future__ import annotations

import pytest

from conftest import triples

# (sentence, event type, actor code, recipient code or None)
FAMILIES = [
    # help + what is helped with: material help is aid (CAMEO 070), help to catch a wanted man judicial cooperation (063)
    ("Japan helped to build a field hospital in Haiti.", "AID", "JPN", "HTI"),
    ("Qatar helped Sudan rebuild its schools.", "AID", "QAT", "SDN"),
    ("Russia will help create an evacuation route for Syrian civilians.", "AID", "RUS", None),
    ("Norway helped Kenyan police track down the fugitive.", "COOPERATE", "NOR", "KEN"),
    ("Spain helped the Moroccan police arrest the smugglers.", "COOPERATE", "ESP", "MAR"),
    # withdrawing a non-military presence (CAMEO 166) and leaving a mediating role (165) are sanctions
    ("The Arab League withdrew its observers from Libya.", "SANCTION", "IGOARL", "LBY"),
    ("Kenya pulled out its monitors from Somalia.", "SANCTION", "KEN", None),
    ("Norway pulled out of its role as mediator in Colombia.", "SANCTION", "NOR", None),
    ("Ethiopia ordered UN peacekeepers to leave the country.", "SANCTION", "ETH", "IGOUNOMIL"),
    ("The OSCE wound up its observer mission in Georgia.", "SANCTION", "IGOOSCE", "GEO"),
    # trading fire or blows is force, trading accusations accusing
    ("Indian and Pakistani troops traded gunfire across the border.", "ASSAULT", "IND", "PAK"),
    ("Greek and Turkish ministers traded accusations over the islands.", "ACCUSE", "GRC", None),
    # weapons delivered or shipped to a party: military aid (072)
    ("Germany will deliver tanks to Poland.", "AID", "DEU", "POL"),
    ("France shipped artillery shells to Ukraine.", "AID", "FRA", "UKR"),
    # humanitarian aid by medical relief (073)
    ("The Red Cross set up clinics for refugees in Chad.", "AID", "NGOIRC", "TCD"),
    # legal action and official complaints
    ("French prosecutors opened proceedings against the Syrian general.", "ACCUSE", "FRA", "SYR"),
    ("China made solemn representations to Japan over the visit.", "ACCUSE", "CHN", "JPN"),
    # joint operations are military or police cooperation (062)
    ("Colombian soldiers took part in joint operations with Peruvian troops.", "COOPERATE", "COL", "PER"),
    # rebels handing over their weapons disarm (0873)
    ("Syrian rebels handed over their weapons to Jordanian troops.", "RETREAT", "SYR", "JOR"),
    # armed forces expanding into a place: an incursion, as moving into it
    ("Turkish troops expanded into northern Syria.", "ASSAULT", "TUR", "SYR"),
    # refusing food is a hunger strike (142)
    ("Palestinian prisoners refused food in Israeli jails.", "PROTEST", "PSE", None),
    # opening a market to another party's goods: economic cooperation (061)
    ("Kuwait opened its market to Iraqi traders.", "COOPERATE", "KWT", "IRQ"),
    # letting the Red Cross in: allowing international involvement (086); weapons put beyond use: disarming (0873)
    ("Myanmar allowed the Red Cross to visit its prisons.", "RETREAT", "MMR", "NGOIRC"),
    ("The IRA put its weapons beyond use.", "RETREAT", "GBR", None),
    # warships sailed through disputed waters: a show of force (150)
    ("The Chinese navy sailed its aircraft carrier through the Taiwan Strait.", "MOBILIZE", "CHN", None),
    # relief centres and camps set up, launchers sent
    ("Doctors Without Borders set up cholera treatment centres in Haiti.", "AID", "NGOMSF", "HTI"),
    ("The UN established refugee camps in Chad.", "AID", "IGOUNO", "TCD"),
    ("The Pentagon is sending anti-tank missile launchers to Ukraine's armed forces.", "AID", "USA", "UKR"),
    # negotiations resumed or mediated
    ("The Syrian government returned to the negotiating table in Geneva.", "CONSULT", "SYR", None),
    ("Kuwait's foreign minister shuttled between Riyadh and Doha.", "CONSULT", "KWT", None),
    ("Colombia and the FARC sat down at the negotiating table in Havana.", "CONSULT", "COL", None),
    ("Ukraine put in a request for emergency aid from the European Union.", "REQUEST", "UKR", None),
    # funding stopped: aid stopped (162); forces moved or positioned (154); routes blocked (144); drones fired (1952)
    ("Qatar stopped the funding of Syrian rebels.", "SANCTION", "QAT", "SYR"),
    ("Bolivian troops took up positions in the square.", "MOBILIZE", "BOL", None),
    ("Finland moved extra patrols and conscripts to the eastern frontier.", "MOBILIZE", "FIN", None),
    ("Serbian students blocked a major intersection in Belgrade.", "PROTEST", "SRB", None),
    ("Russia launched 76 drones at Ukraine overnight.", "ASSAULT", "RUS", "UKR"),
    # a state joining an alliance or an international body cooperates with it (060)
    ("Finland joined NATO in April.", "COOPERATE", "FIN", "IGONAT"),
    ("Morocco rejoined the African Union after a long row.", "COOPERATE", "MAR", "IGOAFR"),
]


@pytest.mark.parametrize("text, event_type, actor, recipient", FAMILIES)
def test_family_codes(code, text, event_type, actor, recipient):
    events = code(text)
    found = [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
             and (recipient is None or (e.recipient and e.recipient.code == recipient))]
    assert found, f"no {event_type} {actor}->{recipient} in {triples(events)}"


# (sentence, event type that must not be coded): the ambiguous words in a use that is not the family's event
NOT_THE_FAMILY = [
    ("The heavy rain helped the rebels escape.", "AID"),
    ("Egypt helped to ease tensions between Israel and Hamas.", "AID"),
    ("Russia withdrew its troops from Georgia.", "SANCTION"),  # a military withdrawal stays a retreat
    ("The UN ordered its peacekeepers to patrol the border with Chad.", "SANCTION"),
    ("Chile and Peru traded copper and fish last year.", "ASSAULT"),
    ("The Kenyan president delivered a speech to parliament.", "AID"),
    ("The Nigerian ministry set up a committee on fuel prices.", "AID"),
    ("Iraqi police treated the protesters harshly.", "AID"),
    ("Walmart expanded into Mexico last year.", "ASSAULT"),
    ("Surgeons in Cairo performed a joint operation on the twins.", "COOPERATE"),  # only one with troops or police
    ("Sudan refused food aid from the United Nations.", "PROTEST"),
    ("The rebels set up a training camp in the jungle.", "AID"),
    ("The minister took up the position of chairman.", "MOBILIZE"),
    ("The family sat down at the kitchen table.", "CONSULT"),
    ("Iran launched a new drone at the air show.", "ASSAULT"),
    ("Local doctors said they had treated dozens of patients in Aleppo.", "AID"),
    ("Two British men joined the Kurdish militia in Syria.", "COOPERATE"),
]


def test_joining_a_protest_stays_a_protest(code):
    events = code("Thousands of Kenyan teachers joined the protest in Nairobi.")
    assert [e for e in events if e.event_type == "PROTEST"] and not [e for e in events if e.event_type == "COOPERATE"]


def test_help_that_codes_nothing_absorbs_nothing(code):
    """'helped prop up X': help in no sense of its rules is no trigger, so the act it governs still codes."""
    events = code("Russia has helped prop up the Syrian army.")
    assert ("AID", "RUS", "SYR") in triples(events)


@pytest.mark.parametrize("text, event_type", NOT_THE_FAMILY)
def test_not_the_family(code, text, event_type):
    events = code(text)
    assert not [e for e in events if e.event_type == event_type], triples(events)


def test_weapons_handed_by_a_state_stay_military_aid(code):
    events = code("Iran handed weapons to Hezbollah.")
    assert ("AID", "IRN", "LBN") in triples(events)
    assert not [e for e in events if e.event_type == "RETREAT"]


def test_refused_food_aid_stays_a_rejection(code):
    assert [e for e in code("Sudan refused food aid from the United Nations.") if e.event_type == "REJECT"]
