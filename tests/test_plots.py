"""`dyads dyad --plot` charts: a true time axis where empty periods stay gaps and the Goldstein line breaks."""
from __future__ import annotations

import datetime as dt
import math

import matplotlib.dates as mdates
import pandas as pd
import pytest

from dyads import plots


def series(periods: list[str], goldstein: list[float]) -> pd.DataFrame:
    """A dyad series as `analysis.dyad_series` returns it, without rows for empty periods."""
    return pd.DataFrame({"period": [dt.date.fromisoformat(p) for p in periods], "events": [2] * len(periods),
                         "cooperation": [1] * len(periods), "conflict": [1] * len(periods),
                         "goldstein_mean": goldstein})


def test_empty_weeks_become_gaps_and_break_the_goldstein_line(tmp_path):
    s = series(["2024-01-08", "2024-01-15", "2024-02-05"], [2.0, -3.0, 5.0])
    frame = plots.on_time_axis(s, "week")
    assert [d.date().isoformat() for d in frame.index] == ["2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29",
                                                          "2024-02-05"]
    assert frame["events"].tolist() == [2, 2, 0, 0, 2]
    fig = plots.dyad_figure(s, title="CHL <-> PER per week")
    line = fig.axes[1].get_lines()[0]
    xs, ys = line.get_xdata(), line.get_ydata()
    assert [math.isnan(y) for y in ys] == [False, False, True, True, False]  # the line is open over the gap
    assert [round(b - a, 6) for a, b in zip(xs, xs[1:])] == [7.0] * 4  # days apart, on a date axis
    assert mdates.num2date(xs[0]).date() == dt.date(2024, 1, 11)  # the middle of the week of 8 January
    bars = [p for p in fig.axes[0].patches if p.get_height() > 0]
    assert len(bars) == 6  # cooperation and conflict for the three weeks with events; none in the gap
    for name in ("chart.png", "chart.svg"):
        plots.dyad_chart(s, tmp_path / name, title="CHL <-> PER per week")
        assert (tmp_path / name).stat().st_size > 5_000


@pytest.mark.parametrize("periods, freq, filled", [
    (["2024-01-01", "2024-01-03"], "day", 3),
    (["2024-01-01", "2024-02-01", "2024-04-01"], "month", 4),
    (["2023-01-01", "2023-04-01", "2024-01-01"], "quarter", 5),
    (["2020-01-01", "2024-01-01"], "year", 5),
])
def test_every_period_length_is_recognised_and_filled(periods, freq, filled):
    s = series(periods, [1.0] * len(periods))
    assert plots.infer_freq(s["period"]) == freq
    frame = plots.on_time_axis(s, freq)
    assert len(frame) == filled and int(frame["events"].sum()) == 2 * len(periods)
    assert frame["goldstein_mean"].isna().sum() == filled - len(periods)
