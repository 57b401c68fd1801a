"""Charts of a trend series (flows.trends.trend_series): per collection, bars of people killed and
injured per period, and the cumulative death toll as a line on a second axis."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pandas as pd

KILLED_COLOR = "#c0392b"
INJURED_COLOR = "#e69f00"
TOLL_COLOR = "#2c3e50"
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}
PERIOD_LABEL = {"day": "day", "week": "week (from Monday)", "month": "month"}


def plot_trends(series: pd.DataFrame, out: Path, by: str = "day", title: str | None = None) -> Path:
    """Draw `series` (columns collection, period, killed, injured, death_toll, articles) into a
    PNG at `out`, one panel per collection. Raises ValueError when the series is empty."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    import matplotlib.dates as mdates

    if series.empty:
        raise ValueError("nothing to plot: the series is empty (check the filters, or ingest articles first)")
    collections = sorted(series["collection"].unique())
    fig = Figure(figsize=(11, 4.2 * len(collections)), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(len(collections), 1, squeeze=False)[:, 0]
    width = PERIOD_DAYS.get(by, 1) * 0.38
    for ax, name in zip(axes, collections):
        part = series[series["collection"] == name].sort_values("period")
        x = mdates.date2num(pd.to_datetime(part["period"]) + pd.Timedelta(days=PERIOD_DAYS.get(by, 1) / 2))
        ax.bar(x - width / 2, part["killed"], width, color=KILLED_COLOR, label="killed")
        ax.bar(x + width / 2, part["injured"], width, color=INJURED_COLOR, label="injured")
        ax.set_ylabel(f"people per {by} (one count per incident)")
        # Headroom above the tallest bar keeps the legend clear of the data.
        tallest = float(max(part["killed"].max(), part["injured"].max()))
        ax.set_ylim(0, tallest * 1.3 if tallest > 0 else 1)
        ax.grid(axis="y", alpha=0.3)
        handles, labels = ax.get_legend_handles_labels()

        toll = pd.to_numeric(part["death_toll"], errors="coerce")
        if toll.notna().any():
            ax2 = ax.twinx()
            ax2.plot(x, toll.astype("float"), color=TOLL_COLOR, marker="o", markersize=4, linewidth=2,
                     label="death toll (cumulative, at period end)")
            ax2.set_ylabel("cumulative death toll", color=TOLL_COLOR)
            ax2.tick_params(axis="y", colors=TOLL_COLOR)
            ax2.set_ylim(0, float(toll.max()) * 1.3 or 1)
            h2, l2 = ax2.get_legend_handles_labels()
            handles, labels = handles + h2, labels + l2
        ax.legend(handles, labels, loc="upper left", ncols=3, frameon=False)

        first, last = pd.to_datetime(part["period"]).min(), pd.to_datetime(part["period"]).max()
        pad = timedelta(days=PERIOD_DAYS.get(by, 1))
        ax.set_xlim(mdates.date2num(first - pad * 0.2), mdates.date2num(last + pad * 1.2))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=12)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_xlabel(PERIOD_LABEL.get(by, by))
        articles = int(part["articles"].sum())
        fmt = "%b %Y" if by == "month" else "%d %b %Y"
        ax.set_title(f"{name}: {int(part['killed'].sum())} killed, {int(part['injured'].sum())} injured "
                     f"in {articles} article{'s' if articles != 1 else ''}, {first.strftime(fmt)} - {last.strftime(fmt)}",
                     loc="left", fontsize=11)
    fig.suptitle(title or f"People killed and injured per {by}, and the death toll", fontsize=13,
                 fontweight="bold")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format="png")
    return out
