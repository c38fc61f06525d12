"""Document tone, as GDELT defines it: percent positive words minus percent negative words.

Word polarities come from the VADER sentiment lexicon shipped with the `vaderSentiment` package
(nothing is downloaded). Scores range from -100 to +100; news usually lies between -10 and +5.
"""
from __future__ import annotations

import functools
import re

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@functools.cache
def lexicon() -> dict[str, float]:
    """The VADER word -> valence table (loaded once per process)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {w: v for w, v in SentimentIntensityAnalyzer().lexicon.items() if " " not in w}


def tone(text: str) -> float | None:
    """GDELT-style tone of a text, or None when it has no words."""
    words = WORD.findall(text.lower())
    if not words:
        return None
    table = lexicon()
    pos = sum(1 for w in words if table.get(w, 0.0) > 0)
    neg = sum(1 for w in words if table.get(w, 0.0) < 0)
    return round(100.0 * (pos - neg) / len(words), 4)
