"""Charts drawn with matplotlib (for `dyads dyad --plot`)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd


def dyad_chart(series: pd.DataFrame, path: Path, *, title: str) -> None:
    """Draw cooperation vs conflict counts (bars) and mean Goldstein (line) per period to PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")  # files only; never needs a display
    import matplotlib.pyplot as plt

    fig, counts = plt.subplots(figsize=(9, 4), layout="constrained")
    x = pd.to_datetime(series["period"])
    width = max((x.diff().median() if len(x) > 1 else pd.Timedelta(days=7)).days * 0.4, 0.8)
    counts.bar(x - pd.Timedelta(days=width / 2), series["cooperation"], width=width, color="#2b8cbe",
               label="cooperation (quad 1-2)")
    counts.bar(x + pd.Timedelta(days=width / 2), series["conflict"], width=width, color="#e34a33",
               label="conflict (quad 3-4)")
    counts.set_ylabel("events")
    goldstein = counts.twinx()
    goldstein.plot(x, series["goldstein_mean"], color="#333333", marker="o", label="mean Goldstein")
    goldstein.axhline(0, color="#999999", linewidth=0.5)
    goldstein.set_ylim(-10.5, 10.5)
    goldstein.set_ylabel("mean Goldstein (-10 … +10)")
    handles = counts.get_legend_handles_labels()[0] + goldstein.get_legend_handles_labels()[0]
    counts.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize="small")
    counts.set_title(title)
    fig.savefig(path)
    plt.close(fig)
