"""Charts drawn with matplotlib (for `dyads dyad --plot`).

The x axis is a true time axis: each period's bars stand over its dates, empty periods stay as gaps
(they are added when the series lacks them) and the mean Goldstein line breaks across them.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from dyads.atomic import atomic_path

# pandas offsets of the period starts of each series frequency (weeks start on Monday, as in `analysis`).
OFFSETS = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


def infer_freq(periods: pd.Series) -> str:
    """The frequency of a series from its period starts: their calendar shape and their closest spacing."""
    starts = pd.DatetimeIndex(pd.to_datetime(pd.Series(periods))).sort_values()
    gaps = starts.to_series().diff().dropna().dt.days
    step = int(gaps.min()) if not gaps.empty else None

    def spaced(days: int) -> bool:
        return step is None or step >= days

    if (starts.day == 1).all():
        if (starts.month == 1).all() and spaced(365):
            return "year"
        if starts.month.isin((1, 4, 7, 10)).all() and spaced(89):
            return "quarter"
        if spaced(28):
            return "month"
    if (starts.day_of_week == 0).all() and (step is None or step % 7 == 0):
        return "week"
    return "day"


def on_time_axis(series: pd.DataFrame, freq: str) -> pd.DataFrame:
    """`series` indexed by period start with every period from the first to the last: missing ones get
    zero counts and no mean Goldstein (NaN); `end` is where each period stops."""
    frame = series.assign(period=pd.to_datetime(series["period"])).set_index("period").sort_index()
    if not frame.empty:
        every = pd.date_range(frame.index.min(), frame.index.max(), freq=OFFSETS[freq])
        frame = frame.reindex(frame.index.union(every))
    for column in ("cooperation", "conflict", "events"):
        if column in frame:
            frame[column] = frame[column].fillna(0).astype(int)
    frame["goldstein_mean"] = pd.to_numeric(frame["goldstein_mean"], errors="coerce")
    frame.loc[frame["events"] == 0, "goldstein_mean"] = float("nan")
    step = {"day": pd.DateOffset(days=1), "week": pd.DateOffset(days=7), "month": pd.DateOffset(months=1),
            "quarter": pd.DateOffset(months=3), "year": pd.DateOffset(years=1)}[freq]
    frame["end"] = frame.index + step
    return frame


def dyad_figure(series: pd.DataFrame, *, title: str, freq: str | None = None):
    """The chart as a matplotlib Figure: cooperation and conflict bars per period and the mean Goldstein line."""
    import matplotlib

    matplotlib.use("Agg")  # files only; never needs a display
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    frame = on_time_axis(series, freq or infer_freq(series["period"]))
    start = mdates.date2num(frame.index.to_pydatetime())
    length = mdates.date2num(frame["end"].dt.to_pydatetime()) - start
    fig, counts = plt.subplots(figsize=(9, 4), layout="constrained")
    counts.bar(start + 0.08 * length, frame["cooperation"], width=0.42 * length, align="edge", color="#2b8cbe",
               label="cooperation (quad 1-2)")
    counts.bar(start + 0.5 * length, frame["conflict"], width=0.42 * length, align="edge", color="#e34a33",
               label="conflict (quad 3-4)")
    counts.set_ylabel("events")
    locator = mdates.AutoDateLocator(maxticks=10)
    counts.xaxis.set_major_locator(locator)
    counts.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    goldstein = counts.twinx()
    # NaN in empty periods: matplotlib leaves the line open there instead of joining across the gap
    goldstein.plot(start + 0.5 * length, frame["goldstein_mean"], color="#333333", marker="o", markersize=3,
                   label="mean Goldstein (gaps: no events)")
    goldstein.axhline(0, color="#999999", linewidth=0.5)
    goldstein.set_ylim(-10.5, 10.5)
    goldstein.set_ylabel("mean Goldstein (-10 … +10)")
    if len(frame):
        counts.set_xlim(start[0], start[-1] + length[-1])
    handles = counts.get_legend_handles_labels()[0] + goldstein.get_legend_handles_labels()[0]
    counts.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize="small")
    counts.set_title(title)
    return fig


def dyad_chart(series: pd.DataFrame, path: Path, *, title: str, freq: str | None = None) -> None:
    """Draw cooperation vs conflict counts (bars) and mean Goldstein (line) per period to PNG or SVG.

    `freq` (day, week, month, quarter, year) is inferred from the periods when not given.
    """
    import matplotlib.pyplot as plt

    fig = dyad_figure(series, title=title, freq=freq)
    with atomic_path(path) as temp:  # the temporary name keeps the extension, which picks the format
        fig.savefig(temp)
    plt.close(fig)
