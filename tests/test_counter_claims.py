"""A denial does not negate the act told beside it, and a clause set beside another across a semicolon is its own
(dyads.status, dyads.clauses.paratactic, dyads.events.drops)."""
from __future__ import annotations

import pytest


def _found(events, event_type, actor, recipient):
    return [e for e in events if e.event_type == event_type and (e.actor.code if e.actor else None) == actor
            and (e.recipient.code if e.recipient else None) == recipient]


# "X denied ... and accused Y": the accusation is a second act, made; the denial governs only its own complement
COUNTER_CLAIMS = [
    ("Lima has denied the allegations and accused Chile of spreading lies about its navy.", "PER", "CHL"),
    ("Kenya denied any involvement and blamed Somalia for the raid.", "KEN", "SOM"),
]


@pytest.mark.parametrize("text, actor, recipient", COUNTER_CLAIMS)
def test_an_accusation_joined_to_a_denial_is_made(code, text, actor, recipient):
    events = _found(code(text), "ACCUSE", actor, recipient)
    assert events and all(e.status == "occurred" for e in events), [(e.event_type, e.status) for e in code(text)]


def test_a_denial_still_negates_what_it_governs(code):
    events = [e for e in code("Norway denied attacking and shelling Russian fishing boats.")
              if e.event_type == "ASSAULT"]
    assert all(e.status == "negated" for e in events)


# "X has accused Y of Z; Y rejects the charge": the rejection neither absorbs nor negates the accusation
SIDE_BY_SIDE = [
    ("Chile has accused Peru of violating the treaty; Lima rejects the charge.", "CHL", "PER", "PER"),
    ("Uganda has accused Kenya of harbouring rebels; Nairobi denies it.", "UGA", "KEN", "KEN"),
]


@pytest.mark.parametrize("text, actor, recipient, rejecter", SIDE_BY_SIDE)
def test_an_accusation_before_a_semicolon_is_its_own_clause(code, text, actor, recipient, rejecter):
    events = code(text)
    accused = _found(events, "ACCUSE", actor, recipient)
    assert accused and all(e.status == "occurred" for e in accused), [(e.event_type, e.status) for e in events]
    assert [e for e in events if e.event_type == "REJECT" and e.actor and e.actor.code == rejecter]


def test_a_fronted_report_with_a_comma_is_unchanged(code):
    events = code("Chile has accused Peru of violating the treaty, the ministry said.")
    assert _found(events, "ACCUSE", "CHL", "PER")


def test_paratactic_needs_a_semicolon_and_a_subject():
    from dyads import clauses, nlp
    from dyads.settings import Settings

    model = nlp.load(Settings().spacy_model)
    doc = model("Chile has accused Peru of violating the treaty; Lima rejects the charge.")
    accused = next(t for t in doc if t.text == "accused")
    assert clauses.paratactic(accused)
    doc = model("Chile has accused Peru of violating the treaty, the ministry said.")
    accused = next(t for t in doc if t.text == "accused")
    assert not clauses.paratactic(accused)


# "X said (that) ... and urged Y": the parser hangs the second act inside the said clause; the speaker performs it
SPEAKER_ACTS = [
    ("The Chilean foreign minister said the accord was a good start and urged Peru to ratify it.", "REQUEST", "CHL"),
    ("Kenya's foreign ministry said the report ignored the facts and accused Somalia of arming the militia.",
     "ACCUSE", "KEN"),
    ("The Ghanaian president said the protests were being organised from abroad and accused Togo of funding them.",
     "ACCUSE", "GHA"),
]


@pytest.mark.parametrize("text, event_type, actor", SPEAKER_ACTS)
def test_a_speech_act_joined_inside_a_said_clause_is_the_speakers(code, text, event_type, actor):
    events = [e for e in code(text) if e.event_type == event_type]
    assert events and all(e.actor and e.actor.code == actor for e in events), \
        [(e.event_type, e.actor and e.actor.code) for e in code(text)]


def test_an_act_that_may_share_the_said_clauses_perfect_stays_its_subjects():
    from dyads import nlp
    from dyads.events import syntax
    from dyads.settings import Settings

    model = nlp.load(Settings().spacy_model)
    doc = model("The spokesman said the rebels had attacked the village and demanded ransom from its elders.")
    demanded = next(t for t in doc if t.text == "demanded")
    assert syntax.speaker_of_joined_act(demanded) is None
    doc = model("The minister said the accord was a good start and urged Peru to ratify it.")
    urged = next(t for t in doc if t.text == "urged")
    assert syntax.speaker_of_joined_act(urged) is not None and syntax.speaker_of_joined_act(urged).lemma_ == "say"


def test_the_speakers_joined_act_takes_neither_the_said_clauses_modal_nor_its_date(code):
    text = ("The Peruvian president said she would not resign when her term ends next month and accused Chile of "
            "meddling in the election.")
    events = [e for e in code(text, "2024-11-20") if e.event_type == "ACCUSE"]
    assert events and all(e.actor.code == "PER" and e.status == "occurred" for e in events), \
        [(e.event_type, e.actor and e.actor.code, e.status) for e in code(text, "2024-11-20")]



def test_any_verb_of_saying_hangs_a_joined_act_on_its_speaker():
    """One list of verbs of saying (status `say_verbs`, formerly also the word class `reporting_sayer`)."""
    from dyads import nlp, status
    from dyads.events import syntax
    from dyads.senses import word_classes
    from dyads.settings import Settings

    assert "reporting_sayer" not in word_classes()
    assert {"say", "state", "announce", "insist", "argue"} <= status.words().say_verbs
    model = nlp.load(Settings().spacy_model)
    doc = model("The minister stressed that the accord was a good start and urged Peru to ratify it.")
    urged = next(t for t in doc if t.text == "urged")
    sayer = syntax.speaker_of_joined_act(urged)
    assert sayer is not None and sayer.lemma_ == "stress"
