"""Coverage of a trigger lexicon: entries per CAMEO code, PLOVER type and part of speech, and the CAMEO codes
that no entry codes (`dyads lexicon stats`)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from dyads import cameo, senses
from dyads.lexicon import NOT_AN_EVENT, Lexicon
from dyads.records import EVENT_TYPES


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over the entries of one lexicon. `by_cameo` has every code of the CAMEO table (0 for none): the
    entries coded with it, and for a two-digit root ("14") those of its whole family (140, 141, 1411, ...);
    `not_event` counts the entries that mark a use as no event; `derived` the nouns derived from verbs;
    `by_cameo_senses` the sense rules (`data/senses/rules.csv`) that turn an entry into a code ("drone strikes"
    -> 1952). A code without entries may still be reached by a sense rule."""

    entries: int
    not_event: int
    derived: int
    by_type: dict[str, int]
    by_pos: dict[str, int]
    by_cameo: dict[str, int]
    by_type_pos: dict[str, dict[str, int]]
    by_cameo_senses: dict[str, int]

    @property
    def codes_without_entries(self) -> list[str]:
        """Codes that neither an entry nor a sense rule codes."""
        return [code for code, n in self.by_cameo.items() if n == 0 and not self.by_cameo_senses.get(code)]

    def as_dict(self) -> dict:
        return {"entries": self.entries, "not_event": self.not_event, "derived": self.derived,
                "by_type": self.by_type, "by_pos": self.by_pos, "by_type_pos": self.by_type_pos,
                "by_cameo": self.by_cameo, "by_cameo_senses": self.by_cameo_senses,
                "codes_without_entries": self.codes_without_entries}


def stats(lex: Lexicon) -> Stats:
    """Count the entries of `lex` (entries whose code is not in the CAMEO table count under their closest
    listed ancestor)."""
    events = [e for e in lex.entries if e.event_type != NOT_AN_EVENT]
    table = cameo.codes()
    by_cameo = Counter(cameo.lookup(e.cameo).code for e in events if e.cameo)
    by_senses = Counter(cameo.lookup(r.cameo).code for rules in senses.rules().values() for r in rules
                        if r.to_type != NOT_AN_EVENT and r.cameo)
    by_type_pos: dict[str, Counter] = {t: Counter() for t in EVENT_TYPES}
    for e in events:
        by_type_pos[e.event_type][e.pos] += 1
    return Stats(
        entries=len(events),
        not_event=len(lex.entries) - len(events),
        derived=sum(1 for e in events if e.source.startswith("derivations.csv")),
        by_type={t: sum(by_type_pos[t].values()) for t in EVENT_TYPES},
        by_pos=dict(sorted(Counter(e.pos for e in events).items())),
        by_cameo={code: by_cameo.get(code, 0) if len(code) > 2
                  else sum(n for c, n in by_cameo.items() if c.startswith(code)) for code in table},
        by_type_pos={t: dict(sorted(c.items())) for t, c in by_type_pos.items()},
        by_cameo_senses={code: by_senses[code] for code in table if by_senses.get(code)},
    )
