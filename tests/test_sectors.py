"""Role words, titles and organisation types decide a party's sector (CAMEO agent types, our own table
`data/actors/sectors.csv`): sentences we wrote, coded by the real pipeline, and the composition rules of the
phrase resolver (generic roles, adjectives, plurals, spellings, compounds)."""
from __future__ import annotations

import pytest

from dyads import actors
from dyads.actors.tables import sector_words

# (sector, words of the actor phrase, sentence): a Kenyan party whose role word alone gives its sector.
SENTENCES = [
    ("GOV", "deputy mayor", "A Kenyan deputy mayor accused Uganda of smuggling cattle."),
    ("GOV", "undersecretary", "The Kenyan undersecretary criticized Uganda on Monday."),
    ("GOV", "customs officials", "Kenyan customs officials accused Uganda of fraud."),
    ("GOV", "emissary", "A Kenyan emissary met the Ugandan president in Kampala."),
    ("MIL", "paratroopers", "Kenyan paratroopers attacked Ugandan positions near the border."),
    ("MIL", "army captain", "A Kenyan army captain accused Uganda of shelling the border."),
    ("MIL", "naval commanders", "Kenyan naval commanders accused Uganda of piracy."),
    ("MIL", "regime forces", "Kenyan regime forces attacked Ugandan villages."),
    ("COP", "police spokesman", "A Kenyan police spokesman accused Uganda of harbouring criminals."),
    ("COP", "constables", "Kenyan constables arrested six Ugandan smugglers."),
    ("COP", "prison wardens", "Kenyan prison wardens criticized the Ugandan government."),
    ("JUD", "barrister", "A Kenyan barrister accused the Ugandan government of torture."),
    ("JUD", "judicial officials", "Kenyan judicial officials criticized Uganda on Monday."),
    ("JUD", "chief justice", "Kenya's chief justice criticized the Ugandan government."),
    ("LEG", "parliamentary committee", "A Kenyan parliamentary committee accused Uganda of fraud."),
    ("LEG", "congressional delegation", "A Kenyan congressional delegation met Ugandan officials."),
    ("LEG", "assemblymen", "Kenyan assemblymen criticized Uganda on Monday."),
    ("PTY", "party officials", "Kenyan party officials accused Uganda of meddling."),
    ("PTY", "presidential candidate", "A Kenyan presidential candidate criticized Uganda."),
    ("PTY", "politicians", "Kenyan politicians accused Uganda of meddling in the election."),
    ("REB", "jihadis", "Kenyan jihadis attacked a Ugandan convoy."),
    ("REB", "armed faction", "A Kenyan armed faction attacked Ugandan troops."),
    ("REB", "terror cell", "A Kenyan terror cell attacked a Ugandan bus."),
    ("UAF", "mercenaries", "Kenyan mercenaries attacked a Ugandan village."),
    ("UAF", "death squad", "A Kenyan death squad attacked Ugandan villagers."),
    ("UAF", "shooter", "A Kenyan shooter attacked Ugandan tourists."),
    ("CRM", "drug lords", "Kenyan drug lords attacked Ugandan police."),
    ("CRM", "bandits", "Kenyan bandits attacked a Ugandan convoy."),
    ("CRM", "crime bosses", "Kenyan crime bosses threatened Ugandan judges."),
    ("REL", "clergyman", "A Kenyan clergyman criticized the Ugandan government."),
    ("REL", "missionaries", "Kenyan missionaries criticized the Ugandan government."),
    ("REL", "church leaders", "Kenyan church leaders accused Uganda of persecution."),
    ("MED", "commentators", "Kenyan commentators criticized the Ugandan government."),
    ("MED", "cameraman", "A Kenyan cameraman accused Ugandan soldiers of assault."),
    ("MED", "news outlets", "Kenyan news outlets accused Uganda of censorship."),
    ("EDU", "headmasters", "Kenyan headmasters criticized the Ugandan government."),
    ("EDU", "university officials", "Kenyan university officials accused Uganda of spying."),
    ("EDU", "economists", "Kenyan economists criticized the Ugandan government."),
    ("HLH", "paramedics", "Kenyan paramedics accused Ugandan soldiers of blocking ambulances."),
    ("HLH", "hospital staff", "Kenyan hospital staff criticized the Ugandan government."),
    ("HLH", "midwives", "Kenyan midwives criticized the Ugandan government."),
    ("BUS", "entrepreneurs", "Kenyan entrepreneurs criticized the Ugandan government."),
    ("BUS", "bank officials", "Kenyan bank officials accused Uganda of fraud."),
    ("BUS", "carmakers", "Kenyan carmakers accused Uganda of dumping."),
    ("LAB", "union leaders", "Kenyan union leaders criticized the Ugandan government."),
    ("LAB", "dockers", "Kenyan dockers accused Uganda of stealing jobs."),
    ("LAB", "steelworkers", "Kenyan steelworkers criticized the Ugandan government."),
    ("AGR", "herdsmen", "Kenyan herdsmen accused Ugandan soldiers of stealing cattle."),
    ("AGR", "cattle ranchers", "Kenyan cattle ranchers accused Uganda of theft."),
    ("AGR", "farm union", "A Kenyan farm union criticized the Ugandan government."),
    ("REF", "asylum seekers", "Kenyan asylum seekers accused Uganda of abuse."),
    ("NGO", "humanitarian groups", "Kenyan humanitarian groups accused Uganda of abuses."),
    ("NGO", "advocacy group", "A Kenyan advocacy group criticized the Ugandan government."),
    ("ELI", "ministers", "Former Kenyan ministers criticized the Ugandan government."),
    ("ELI", "tribal elders", "Kenyan tribal elders accused Uganda of stealing land."),
    ("ELI", "first lady", "The Kenyan first lady criticized the Ugandan government."),
    ("SPY", "intelligence officers", "Kenyan intelligence officers accused Uganda of spying."),
    ("SPY", "espionage agency", "A Kenyan espionage agency accused Uganda of spying."),
    ("CVL", "commuters", "Kenyan commuters criticized the Ugandan government."),
    ("CVL", "man", "A Kenyan man accused Ugandan police of torture."),
    ("CVL", "pensioners", "Kenyan pensioners criticized the Ugandan government."),
]


@pytest.mark.parametrize("sector, phrase, text", SENTENCES)
def test_the_role_word_decides_the_sector(code, sector, phrase, text):
    events = code(text)
    found = [(e.actor.code, e.actor.sector) for e in events if e.actor and phrase.lower() in e.actor.text.lower()]
    assert ("KEN", sector) in found, [(e.event_type, e.actor, e.recipient) for e in events]


def _sector(text: str) -> str | None:
    party = actors.resolve_text(text)
    return party.sector if party else None


@pytest.mark.parametrize("text, sector", [
    # a generic role takes the sector of the role or adjective before it
    ("the police spokesman", "COP"), ("the army spokesman", "MIL"), ("the court spokesman", "JUD"),
    ("the party officials", "PTY"), ("the union leader", "LAB"), ("the church leaders", "REL"),
    ("the hospital director", "HLH"), ("the university president", "EDU"), ("the bank president", "BUS"),
    ("judicial officials", "JUD"), ("medical staff", "HLH"), ("diplomatic sources", "GOV"),
    ("a police deputy commissioner", "COP"),  # one unknown word may stand between
    # ... alone, its own sector (or none)
    ("the spokesman", "GOV"), ("the officials", "GOV"), ("the commander", "MIL"), ("the staff", None),
    # ... heading the phrase, the sector of its complement
    ("a spokesman for the army", "MIL"), ("the chief of police", "COP"), ("the president of the court", "JUD"),
    # head words of bodies and offices, whatever precedes them
    ("the disaster management ministry", "GOV"), ("the tourism minister", "GOV"), ("the regional court", "JUD"),
    ("the traffic police", "COP"), ("the traffic police chief", "COP"), ("a splinter party", "PTY"),
    ("an army lieutenant", "MIL"), ("the army general", "MIL"), ("the director general", "GOV"),
    ("the inspector general", "GOV"), ("the general secretary", "GOV"),
    # former office holders, and a state's forces
    ("the former minister", "ELI"), ("a retired general", "ELI"), ("an exiled leader", "ELI"),
    ("regime forces", "MIL"), ("government commanders", "MIL"),
    # roles that are only adjectives before another role
    ("local officials", "GOV"), ("the deputy chief", "GOV"), ("the national committee", "LEG"),
])
def test_composition(text, sector):
    assert _sector(text) == sector, actors.resolve_text(text)


@pytest.mark.parametrize("text, sector", [
    ("the defence ministry", "MIL"), ("the defense ministry", "MIL"),  # British and American spellings
    ("the labour union", "LAB"), ("the labor union", "LAB"), ("a farm labourer", "AGR"),
    ("a non-governmental organisation", "NGO"), ("the councillor", "GOV"), ("the councilor", "GOV"),
    ("the paratroopers", "MIL"), ("a paratrooper", "MIL"),  # plural and singular of one entry
    ("the thieves", "CRM"), ("the midwives", "HLH"), ("the jihadis", "REB"), ("the schoolchildren", "EDU"),
    ("a fire fighter", "GOV"), ("a fire-fighter", "GOV"),  # one word written as two or hyphenated
    ("a policeman", "COP"), ("the clergywomen", "REL"), ("the herdsman", "AGR"),  # sector word + person
    ("Gen. Ali Hassan", "MIL"), ("Sen. Mary Wanjiru", "LEG"),  # abbreviated titles
])
def test_word_forms(text, sector):
    assert _sector(text) == sector, actors.resolve_text(text)


def test_a_named_body_keeps_its_own_sector_under_a_generic_role():
    party = actors.resolve_text("Hamas spokesman")
    assert (party.code, party.sector) == ("PSE", "REB")
    party = actors.resolve_text("Kenyan police spokesman")
    assert (party.code, party.sector) == ("KEN", "COP")
    assert "'police' spokesman" in party.why


def test_sector_words_table_is_well_formed():
    roles, modifiers, table = sector_words()
    assert roles["police"] == "COP" and modifiers["former"] == "ELI"
    assert table["defense ministry"] == {"role": "MIL"}  # spellings folded on load: "defence ministry"
    assert all(kind in ("role", "modifier", "generic", "adjective", "owned") for kinds in table.values() for kind in kinds)
