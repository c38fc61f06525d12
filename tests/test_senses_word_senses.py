"""Word senses that name no event of the lexicon entry's type, or another type (invented sentences): running in an
election, clinging to a hill, handing over a petition, retreating from a role, encouraging a trend, a resignation
asked for, an evacuation by aid workers, readmitting a member state, pulling out of a tournament, sanctioning (that
is, authorising) a plan, agreeing with an opinion, workers halting shipments, a hospital suspending work,
encouraging a party to act (an appeal), an earlier invitation "at" which a party acts, and supporting the build-up
or training of a force (material help). The event senses of the same words are still coded."""
from __future__ import annotations

import pytest


def _types(events, trigger):
    return {e.event_type for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("In 2010 the Chilean senator contested the presidential election in alliance with a rival party.", "contested",
     "REJECT"),
    ("About 200 rebel fighters were still clinging to a hill near the Peruvian border.", "clinging", "REJECT"),
    ("Protesters handed over a petition to the Kenyan president on Friday.", "handed", "RETREAT"),
    ("Analysts said Britain was retreating from its role as a guarantor of the deal.", "retreating", "RETREAT"),
    ("The Venezuelan government encouraged the growth of armed militias, Colombia said.", "encouraged", "SUPPORT"),
    ("Kenyan opposition parties are calling for the impeachment of the president and the resignation of the interior "
     "minister.", "resignation", "RETREAT"),
    ("The Afghan cricket board pulled out of a tournament in Pakistan.", "pulled", "RETREAT"),
    ("The strikes were sanctioned by the British prime minister.", "sanctioned", "SANCTION"),
    ("The British prime minister gave sanction for air strikes against the rebels.", "sanction", "SANCTION"),
    ("The Peruvian minister agreed with his Chilean counterpart that the border dispute was serious.", "agreed",
     "AGREE"),
    ("Most analysts agreed that the Chilean economy was weak.", "agreed", "AGREE"),
    ("Striking dock workers halted shipments to Chile.", "halted", "SANCTION"),
    ("Two hospitals in Aleppo suspended operations after the shelling.", "suspended", "RETREAT"),
    ("The Kenyan president was encouraged by the progress of the talks.", "encouraged", "SUPPORT"),
    ("Russian troops arrived in Syria at the invitation of the Syrian government.", "invitation", "AGREE"),
])
def test_a_sense_that_is_no_such_event(code, text, trigger, kind):
    assert kind not in _types(code(text), trigger)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The evacuation was carried out by Red Cross volunteers.", "evacuation", "AID"),
    ("Red Cross volunteers evacuated the wounded from the Syrian town.", "evacuated", "AID"),
    ("The African Union readmitted Mali last September.", "readmitted", "CONCEDE"),
    ("The United States encouraged Chile to hold early elections.", "encouraged", "REQUEST"),
    ("The European Union encouraged both sides to resume talks.", "encouraged", "REQUEST"),
    ("Turkey has been supporting the build-up and training of a rebel army in Syria.", "supporting", "AID"),
    ("Britain supported the training of Ukrainian soldiers.", "supported", "AID"),
])
def test_a_sense_of_another_type(code, text, trigger, kind):
    assert _types(code(text), trigger) == {kind}


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The Bolivian president is clinging to power despite mass protests.", "clinging", "REJECT"),
    ("Rwanda handed over the two rebel commanders to Burundi on Friday.", "handed", "RETREAT"),
    ("Chilean troops retreated from the border town on Monday.", "retreated", "RETREAT"),
    ("France encouraged the talks between Chile and Peru.", "encouraged", "SUPPORT"),
    ("The Kenyan interior minister announced his resignation on Monday.", "resignation", "RETREAT"),
    ("Chilean troops evacuated the base on Monday.", "evacuated", "RETREAT"),
    ("The UN readmitted the weapons inspectors to Iraq.", "readmitted", "RETREAT"),
    ("Chile pulled out of the talks with Peru.", "pulled", "SANCTION"),
    ("The United States sanctioned three Russian banks on Monday.", "sanctioned", "SANCTION"),
    ("Chile and Peru agreed that prisoners would be exchanged next month.", "agreed", "AGREE"),
    ("Chile and Peru agreed that they will reopen the border.", "agreed", "AGREE"),
    # reopening a border is a concession (easing a restriction); agreeing to a concession codes it (events/promises.py)
    ("Chile agreed to reopen the border with Peru.", "agreed", "CONCEDE"),
    ("Britain supported the plan for a ceasefire.", "supported", "SUPPORT"),
    ("Chile sent an invitation to Peru for talks on the border.", "invitation", "AGREE"),
    ("The Chilean government halted arms sales to Peru.", "halted", "SANCTION"),
    ("Russian forces suspended operations in the Ukrainian city of Kherson.", "suspended", "RETREAT"),
])
def test_the_event_sense_still_is(code, text, trigger, kind):
    assert kind in _types(code(text), trigger)
