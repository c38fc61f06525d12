"""Charts drawn with matplotlib (for `dyads dyad --plot`)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyads.atomic import atomic_path


def dyad_chart(series: pd.DataFrame, path: Path, *, title: str) -> None:
    """Draw cooperation vs conflict counts (bars) and mean Goldstein (line) per period to PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")  # files only; never needs a display
    import matplotlib.pyplot as plt

    fig, counts = plt.subplots(figsize=(9, 4), layout="constrained")
    x = list(range(len(series)))  # one slot per period, so gaps and single periods draw alike
    counts.bar([i - 0.2 for i in x], series["cooperation"], width=0.4, color="#2b8cbe", label="cooperation (quad 1-2)")
    counts.bar([i + 0.2 for i in x], series["conflict"], width=0.4, color="#e34a33", label="conflict (quad 3-4)")
    counts.set_ylabel("events")
    step = max(1, len(x) // 12)
    counts.set_xticks(x[::step], [str(p) for p in series["period"]][::step], rotation=30, ha="right")
    goldstein = counts.twinx()
    goldstein.plot(x, series["goldstein_mean"].astype(float), color="#333333", marker="o", label="mean Goldstein")
    goldstein.axhline(0, color="#999999", linewidth=0.5)
    goldstein.set_ylim(-10.5, 10.5)
    goldstein.set_ylabel("mean Goldstein (-10 … +10)")
    handles = counts.get_legend_handles_labels()[0] + goldstein.get_legend_handles_labels()[0]
    counts.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize="small")
    counts.set_title(title)
    with atomic_path(path) as temp:  # the temporary name keeps the extension, which picks the format
        fig.savefig(temp)
    plt.close(fig)
