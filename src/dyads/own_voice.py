"""Whether a speaker speaks for the party whose act it tells in a direct quotation: '"*The Government of Kenya* urges
all Kenyans to stay away from Nairobi," the Kenyan foreign minister said', '"*The United States* supports the reform
movement," the secretary of state said'. A spokesman naming his own government or state in the third person tells
what his own side does (as "we" would: events.quoted), which the coding guide codes; a third party's act in a
speaker's words is only the speaker's account. Read once both phrases are resolved, and only for a state or government named as a whole by an organ of that state
speaking: other quoted doers resolve to the speaker's country by context as often as by what they are.
"""
from __future__ import annotations

from dyads.own_side import STATE_SECTORS
from dyads.records import Party


# Sectors of a state or government named as a whole ("the United States", "the Government of Kenya", "the Trump
# administration"): the side a state's spokesman speaks for. A speaker's words on the state's police, army or courts
# are as often its account of them as their own act.
WHOLE_STATE_SECTORS = frozenset(("GOV", ""))


def speaks_for(speaker: Party | None, actor: Party, *, named: bool) -> bool:
    """True when `actor`, the doer of a quoted act, is the state or government `speaker`, an organ of that state,
    speaks for. `named`: the actor's phrase names it (a proper name: "*the United States*", "*the Government of
    Kenya*"); a pronoun or a description ("a country", "the ministry", "the two leaders") is the speaker's account."""
    if not named or speaker is None or not speaker.code or speaker.code != actor.code:
        return False
    return speaker.sector in STATE_SECTORS and (actor.sector or "") in WHOLE_STATE_SECTORS
