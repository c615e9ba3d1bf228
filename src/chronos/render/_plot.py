"""The chronology as a picture: PNG or SVG, drawn with matplotlib (the optional extra ``plot``).

The same bars as the HTML timeline — a light band over the possible range, a dark bar over
the certain core, one row per event from top to bottom — with the labels on the left and a
date axis whose ticks follow the extent shown, from days to decades. Only this module
imports matplotlib, and only when :func:`draw` runs; it uses a ``Figure`` of its own, never
pyplot's global state, so it works without a display and leaves the caller's figures alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from chronos.errors import InvalidArgumentError
from chronos.render._table import Table
from chronos.time import Certainty

__all__ = ["FORMATS", "draw"]

#: The file types a plot can be written as, by suffix.
FORMATS: Final = ("png", "svg")
_BAND: Final = "#b8cde4"
_CORE: Final = "#1f4e79"
_RUN: Final = "#fbe7c6"
_REFERENCE: Final = "#c0392b"
_PAD: Final = 0.04
#: Rows that get a label and their own height; past this the rows share the picture's
#: height and go unlabelled (a picture of thousands of labelled rows is read by no one,
#: and its pixels would pass what an image can hold).
LABELLED: Final = 300


def _view(table: Table) -> tuple[datetime, datetime]:
    """The time range shown: every known bound and the reference, with a margin."""
    known = [table.reference]
    for row in table.rows:
        known += [
            moment
            for moment in (row.earliest_start, row.latest_start, row.earliest_end, row.latest_end)
            if moment is not None
        ]
    lo, hi = min(known), max(known)
    if hi - lo < timedelta(days=2):
        lo, hi = lo - timedelta(days=1), hi + timedelta(days=1)
    pad = min((hi - lo) * _PAD, lo - datetime.min, datetime.max - hi)
    return lo - pad, hi + pad


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise ImportError(
            "chronos.render.plot draws with matplotlib, which is not installed: "
            "pip install 'chronos[plot]'"
        ) from None
    return matplotlib


def draw(table: Table, path: str | Path, *, title: str | None = None) -> Path:
    """Draw the chronology to ``path``, a ``.png`` or ``.svg`` file; return the path.

    Up to :data:`LABELLED` events each row has its label; a larger chronology is drawn in
    the height of that many rows, without labels.
    """
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise InvalidArgumentError("path", str(path), "must end in .png or .svg")
    matplotlib = _matplotlib()
    from matplotlib import dates

    mdates: Any = dates  # matplotlib.dates has no type annotations
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    rows = table.rows
    lo, hi = _view(table)
    x_lo, x_hi = mdates.date2num(lo), mdates.date2num(hi)
    settings = {
        "svg.fonttype": "none",  # labels stay text in an SVG: readable and searchable
        "svg.hashsalt": "chronos",  # the same chronology gives the same file
        "font.size": 9,
    }
    with matplotlib.rc_context(settings):
        labelled = len(rows) <= LABELLED
        height = 1.6 + 0.42 * max(min(len(rows), LABELLED), 1)
        figure = Figure(figsize=(11, height), layout="constrained")
        axes = figure.add_subplot()
        for first, last in dict.fromkeys(r.run for r in rows if r.order is Certainty.POSSIBLE):
            # each run of uncertain order on its own shaded block, apart from the next run
            axes.axhspan(first - 1.46, last - 0.54, color=_RUN, zorder=0, linewidth=0)
        # one call per kind of bar: a chronology of thousands draws as fast as one of ten
        band_y: list[int] = []
        band_left: list[float] = []
        band_width: list[float] = []
        core_y: list[int] = []
        core_left: list[float] = []
        core_width: list[float] = []
        for i, row in enumerate(rows):
            left = x_lo if row.earliest_start is None else mdates.date2num(row.earliest_start)
            right = x_hi if row.latest_end is None else mdates.date2num(row.latest_end)
            band_y.append(i)
            band_left.append(left)
            # a band at least 1/300 of the view wide, so that a day is seen over decades
            band_width.append(max(right - left, (x_hi - x_lo) / 300))
            core = row.core
            if core is not None:
                c_left, c_right = mdates.date2num(core[0]), mdates.date2num(core[1])
                core_y.append(i)
                core_left.append(c_left)
                core_width.append(c_right - c_left)
        axes.barh(band_y, band_width, left=band_left, height=0.56, color=_BAND, zorder=2)
        axes.barh(core_y, core_width, left=core_left, height=0.3, color=_CORE, zorder=3)
        axes.axvline(
            mdates.date2num(table.reference), color=_REFERENCE, linestyle="--", linewidth=1
        )
        if labelled:
            labels = [f"{row.label}\n{row.when}" for row in rows]
            axes.set_yticks(range(len(rows)), labels, fontsize=8)
        else:
            axes.set_yticks([])
            axes.set_ylabel(f"{len(rows):,} events, first at the top (too many to label)")
        axes.set_ylim(len(rows) - 0.5, -0.5)  # the first event on top
        axes.set_xlim(x_lo, x_hi)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        axes.grid(axis="x", color="#dde3ea", zorder=1)
        axes.set_axisbelow(True)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        axes.tick_params(axis="y", length=0)
        axes.set_title(title if title is not None else table.title, loc="left", fontsize=11)
        handles = [
            Patch(color=_CORE, label="certainly going on"),
            Patch(color=_BAND, label="possible range"),
            Line2D([], [], color=_REFERENCE, linestyle="--", label="the reference"),
        ]
        if any(row.order is Certainty.POSSIBLE for row in rows):
            handles.insert(2, Patch(color=_RUN, label="order among these not certain"))
        figure.legend(handles=handles, loc="outside lower center", ncols=4, frameon=False)
        metadata = {"Date": None} if kind == "svg" else None
        figure.savefig(target, format=kind, dpi=120, metadata=metadata)
    return target
