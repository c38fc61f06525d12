"""Sector coverage: does our resolver give the CAMEO agents dictionary's role words the right sector?

Reads the CAMEO/PLOVER agents dictionary ../shared/reference/PLOVER_agents.txt (not shipped with dyads):
lines like `FARM_WORKER [~AGR]` (`_` is a space, `!PERSON!` stands for man/woman/person, `!MINIST!` for
minister/ministry, as do the final stems `MINIST` and `AUTHORIT`;
a compound code like `~BUSAGR` counts its first three letters). Each phrase is resolved
in frames — "the <phrase>" (no country named) and "Kenyan <phrase>" (a country named) — by our phrase resolver
(`actors.resolve_text`), or with `--parsed` inside a parsed sentence ("Kenyan <phrase> criticized the plan on
Monday.") by the document resolver as the pipeline runs it. A phrase is right when every frame gives the
dictionary's sector, wrong when any frame gives another, unresolved otherwise.

The dictionary's JRN (journalists, media) is our MED and its MED (medical) our HLH. Its SOC, PRM, PRE and
IMG have no counterpart in our sectors and JNK/NON/UNK are not parties: they are listed apart, not scored.
Words that are names only when capitalized ("muslim", "catholic") are capitalized, as English writes them.
Usage: python bench/sector_coverage.py [--parsed] [--show] [--sector GOV] [--file PATH]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyads import actors

AGENTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "reference" / "PLOVER_agents.txt"
# The dictionary's sector spellings that name one of ours.
OURS = {"JRN": "MED", "MED": "HLH"}
APART = ("SOC", "PRM", "PRE", "IMG")
NOT_PARTIES = ("JNK", "NON", "UNK")
SETS = {"!PERSON!": ("man", "woman", "person"), "!MINIST!": ("minister", "ministry")}
# Final stems the dictionary matches as prefixes ("FINANCE_MINIST" is the ministry and the minister).
STEMS = {"minist": ("minister", "ministry"), "authorit": ("authority",)}
FRAMES = ("the {}", "Kenyan {}")
_LINE = re.compile(r"^(?P<phrase>[^\s\[{#]+)\s*(?:\{[^}]*\}\s*)?\[~(?P<code>[A-Z]+)\]")


@dataclass(frozen=True, slots=True)
class Agent:
    phrase: str
    sector: str  # ours, or the dictionary's for the sectors listed apart


def read_agents(path: Path) -> list[Agent]:
    """Every phrase of the dictionary with its primary sector (substitution sets expanded, duplicates dropped)."""
    out: dict[str, Agent] = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        found = _LINE.match(line.strip())
        if not found:
            continue
        code = found["code"][:3]
        phrases = [found["phrase"]]
        for name, words in SETS.items():
            phrases = [p.replace(name, w.upper()) for p in phrases for w in words] if any(name in p for p in phrases) \
                else phrases
        words = [phrase.replace("_", " ").lower().split() for phrase in phrases]
        for text in [" ".join([*w[:-1], end]) for w in words if w for end in STEMS.get(w[-1], (w[-1],))]:
            if text and text not in out:
                out[text] = Agent(text, OURS.get(code, code))
    return list(out.values())


def _written(phrase: str, idx: actors.Index) -> str:
    """The phrase as English writes it: words that are names only when capitalized ("muslim") capitalized."""
    words = phrase.split()
    return " ".join(w.capitalize() if idx.entries(w.capitalize()) and not idx.entries(w) and
                    w not in idx.roles and w not in idx.modifiers else w for w in words)


def _direct(agents: list[Agent]) -> dict[str, list[str | None]]:
    idx = actors.index(())
    out = {}
    for agent in agents:
        text = _written(agent.phrase, idx)
        parties = [actors.resolve_text(frame.format(text), idx=idx) for frame in FRAMES]
        out[agent.phrase] = [p.sector if p else None for p in parties]
    return out


def _parsed(agents: list[Agent], progress: Progress) -> dict[str, list[str | None]]:
    import datetime as dt

    from dyads import nlp
    from dyads.settings import load_settings

    model = nlp.load(load_settings().spacy_model)
    idx = actors.index(())
    texts = [(agent.phrase, frame.format(_written(agent.phrase, idx))) for agent in agents for frame in FRAMES]
    sentences = [subject[:1].upper() + subject[1:] + " criticized the plan on Monday." for _, subject in texts]
    task = progress.add_task("parsing and resolving", total=len(sentences))
    out: dict[str, list[str | None]] = defaultdict(list)
    for (phrase, subject), doc in zip(texts, model.pipe(sentences, batch_size=256)):
        span = doc.char_span(0, len(subject), alignment_mode="expand")
        party = actors.DocumentResolver(when=dt.date(2024, 1, 1), idx=idx).resolve(span) if span else None
        out[phrase].append(party.sector if party else None)
        progress.advance(task)
    return out


def _verdict(want: str, got: list[str | None]) -> str:
    if want in NOT_PARTIES:  # only "the <phrase>" tells: with a country named, an unknown noun is its state
        return "wrong" if got[0] is not None else "unresolved"
    if got and all(g == want for g in got):
        return "right"
    if any(g is not None and g != want for g in got):
        return "wrong"
    return "unresolved"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", type=Path, default=AGENTS, help="the agents dictionary")
    parser.add_argument("--parsed", action="store_true", help="resolve inside parsed sentences (slower)")
    parser.add_argument("--show", action="store_true", help="list the wrong and unresolved phrases")
    parser.add_argument("--sector", help="only this sector (ours: MED for the dictionary's JRN)")
    args = parser.parse_args()
    if not args.file.is_file():
        raise SystemExit(f"agents dictionary not found: {args.file} (it lives in the project's shared/ folder)")
    agents = [a for a in read_agents(args.file) if args.sector is None or a.sector == args.sector]
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        if args.parsed:
            got = _parsed(agents, progress)
        else:
            task = progress.add_task("resolving", total=1)
            got = _direct(agents)
            progress.advance(task)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[tuple[str, str, str, list[str | None]]] = []
    frame_right = Counter()
    for agent in agents:
        verdict = _verdict(agent.sector, got[agent.phrase])
        table[agent.sector][verdict] += 1
        if agent.sector not in (*APART, *NOT_PARTIES):
            frame_right.update(k for k, g in enumerate(got[agent.phrase]) if g == agent.sector)
            if verdict != "right":
                misses.append((agent.sector, verdict, agent.phrase, got[agent.phrase]))
    mode = "parsed sentences (document resolver)" if args.parsed else "phrases (actors.resolve_text)"
    print(f"{len(agents)} phrases from {args.file.name}; frames {' | '.join(FRAMES)}; {mode}")
    print(f"{'sector':6} {'phrases':>7} {'right':>6} {'wrong':>6} {'unres.':>6} {'acc.':>6}")
    scored = Counter()
    for sector in sorted(table, key=lambda s: (s in APART, s in NOT_PARTIES, -sum(table[s].values()), s)):
        if sector in APART and "apart" not in scored:
            print(f"-- not scored: no counterpart among our sectors ({', '.join(APART)})")
            scored["apart"] = 1
        if sector in NOT_PARTIES and "junk" not in scored:
            print(f"-- not scored: not parties ({', '.join(NOT_PARTIES)}); 'wrong' = given a sector in '{FRAMES[0]}'")
            scored["junk"] = 1
        c = table[sector]
        n = sum(c.values())
        acc = f"{c['right'] / n:6.3f}" if sector not in NOT_PARTIES else f"{'-':>6}"
        print(f"{sector:6} {n:7d} {c['right']:6d} {c['wrong']:6d} {c['unresolved']:6d} {acc}")
        if sector not in (*APART, *NOT_PARTIES):
            scored.update(c)
            scored["n"] += n
    n = max(scored["n"], 1)
    print(f"overall (scored sectors): {scored['right']}/{scored['n']} right = {scored['right'] / n:.3f}; "
          f"wrong {scored['wrong'] / n:.3f}; unresolved {scored['unresolved'] / n:.3f}")
    for k, frame in enumerate(FRAMES):
        print(f"  frame '{frame}': {frame_right[k] / n:.3f} right")
    if args.show:
        print("\nmisses (sector, verdict, phrase, sectors per frame):")
        for sector, verdict, phrase, sectors in sorted(misses):
            print(f"{sector} {verdict:10} {phrase:45} {' | '.join(s or '-' for s in sectors)}")


if __name__ == "__main__":
    main()
