"""Light-verb objects named by an occasion's modifier, and reimposed sanctions (dyads.events.triggers, lexicon)."""
from __future__ import annotations


def _found(events, event_type, actor, recipient):
    return [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
            and (e.recipient.code if e.recipient else None) == recipient]


def test_attending_a_signing_ceremony_is_attending_the_signing(code):
    text = ("Kenya and Uganda signed a border accord in Nairobi on Tuesday. Tanzania's foreign minister attended the "
            "signing ceremony as an observer.")
    events = [e for e in code(text) if e.trigger.text == "attended"]
    assert events and all(e.event_type == "CONSULT" and e.actor.code == "TZA" for e in events), \
        [(e.event_type, e.actor and e.actor.code) for e in code(text)]


def test_attending_an_inauguration_ceremony_is_attending_the_inauguration(code):
    events = _found(code("Peru's president attended the inauguration ceremony of Chile's new president."),
                    "CONSULT", "PER", "CHL")
    assert events


def test_attending_a_ceremony_of_no_known_occasion_codes_nothing(code):
    assert not [e for e in code("Peru's president attended the wedding ceremony of a Chilean singer.")
                if e.trigger.text == "attended"]


def test_reimposed_sanctions_are_sanctions(code):
    events = _found(code("Canada reimposed sanctions on Venezuela's oil exports."), "SANCTION", "CAN", "VEN")
    assert events and events[0].cameo == "163"
