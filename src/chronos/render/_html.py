"""The chronology as one self-contained HTML page: an interactive timeline that opens offline.

Everything the page needs is inside it — markup, style and a small script — and it asks the
network for nothing. The rows are written here, in Python, with each bar placed in percent
of the shown time range, so the page reads without its script; the script only zooms (the
track grows, the percentages follow), draws the date axis for the zoom, and shows an
event's details on hover, focus or click.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from typing import Final

from chronos.render._table import Row, Table
from chronos.time import Certainty

__all__ = ["to_html"]

_PAD: Final = 0.04  # of the known range, on each side of the view
_MIN_VIEW: Final = timedelta(days=30)

_STYLE: Final = """
:root { --label: 19rem; --track: 100%; --ink: #1d2733; --band: #b8cde4; --core: #1f4e79;
  --muted: #5b6b7c; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; color: var(--ink); background: #fff; }
header { padding: 1rem 1.25rem 0.5rem; }
h1 { font-size: 1.3rem; margin: 0 0 0.25rem; }
.legend, .hint { color: var(--muted); font-size: 0.85rem; margin: 0.2rem 0; }
.swatch { display: inline-block; width: 1.6rem; height: 0.7rem; vertical-align: middle; }
.controls { margin: 0.5rem 0; }
.controls button { font: inherit; font-size: 0.85rem; padding: 0.2rem 0.7rem; margin-right: 0.3rem;
  border: 1px solid #9fb3c8; background: #f4f7fa; border-radius: 4px; cursor: pointer; }
.controls button[aria-pressed="true"] { background: var(--core); color: #fff; }
.timeline { overflow-x: auto; border-top: 1px solid #dde3ea; border-bottom: 1px solid #dde3ea; }
.axis, .event-row { display: flex; min-width: max-content; }
.label { position: sticky; left: 0; z-index: 2; flex: none; width: var(--label);
  box-sizing: border-box; padding: 0.35rem 0.6rem; background: #fff;
  border-right: 1px solid #dde3ea; font-size: 0.9rem; }
.label small { display: block; color: var(--muted); font-size: 0.75rem; }
.lane { position: relative; flex: none; width: var(--track); }
.axis .lane { height: 1.8rem; border-bottom: 1px solid #dde3ea; }
.ticks { position: absolute; top: 0; bottom: 0; left: 0; right: 0; }
.tick { position: absolute; top: 0; bottom: 0; border-left: 1px solid #dde3ea;
  font-size: 0.72rem; color: var(--muted); padding-left: 3px; white-space: nowrap; }
.event-row { border-bottom: 1px solid #f0f3f6; }
.event-row.run-first { border-top: 2px solid #e0a040; }
.event-row.run-first .label, .event-row.run-middle .label, .event-row.run-last .label {
  box-shadow: inset 4px 0 0 #e0a040; }
.bar { position: absolute; top: 0.45rem; height: 1.1rem; min-width: 5px; background: var(--band);
  border-radius: 3px; cursor: pointer; outline-offset: 2px; }
.bar.open-start { border-top-left-radius: 0; border-bottom-left-radius: 0;
  background: linear-gradient(to right, #ffffff, var(--band) 3rem); }
.bar.open-end { border-top-right-radius: 0; border-bottom-right-radius: 0;
  background: linear-gradient(to left, #ffffff, var(--band) 3rem); }
.core { position: absolute; top: 0.2rem; bottom: 0.2rem; min-width: 3px; background: var(--core);
  border-radius: 2px; }
.reference { position: absolute; top: 0; bottom: 0; border-left: 2px dashed #c0392b; z-index: 1; }
.details { display: none; }
#tip { position: fixed; z-index: 10; max-width: 34rem; padding: 0.6rem 0.8rem; background: #fff;
  border: 1px solid #9fb3c8; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,0.18);
  font-size: 0.85rem; max-height: 45vh; overflow-y: auto; box-sizing: border-box; }
#tip[hidden] { display: none; }
#tip { pointer-events: none; }
#tip.pinned { pointer-events: auto; }
#tip h2 { font-size: 0.95rem; margin: 0 0 0.3rem; }
#tip blockquote { margin: 0.3rem 0; padding-left: 0.6rem; border-left: 3px solid var(--band); }
#tip pre, .conflicts pre { white-space: pre-wrap; font-size: 0.78rem; margin: 0.3rem 0; }
.conflicts { padding: 0.5rem 1.25rem 1rem; }
.conflicts h2 { font-size: 1.05rem; }
"""

# The script: zoom (the track's width), the date axis, and the details of an event. Dates
# are computed in UTC arithmetic on the floating times, so that the reader's time zone
# never moves a tick.
_SCRIPT: Final = """
(function () {
  "use strict";
  var root = document.documentElement;
  var view = document.getElementById("view");
  var start = Date.parse(view.dataset.start + "Z"), end = Date.parse(view.dataset.end + "Z");
  var dayMs = 86400000, days = (end - start) / dayMs;
  var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"];
  var perDay = { year: 600 / 365.25, month: 300 / 30.44, day: 48 };
  var axis = document.querySelector(".axis .ticks");
  var tip = document.getElementById("tip");
  var pinned = null;

  function width() { return axis.getBoundingClientRect().width; }
  function unitFor(pxPerDay) {
    if (pxPerDay * 365.25 < 45) { return "decade"; }
    if (pxPerDay * 30.44 < 60) { return "year"; }
    if (pxPerDay < 26) { return "month"; }
    return "day";
  }
  function first(t, unit) {
    var d = new Date(t);
    var y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
    if (unit === "decade") { return Date.UTC(y - (y % 10), 0, 1); }
    if (unit === "year") { return Date.UTC(y, 0, 1); }
    if (unit === "month") { return Date.UTC(y, m, 1); }
    return Date.UTC(y, m, day);
  }
  function next(t, unit) {
    var d = new Date(t);
    var y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
    if (unit === "decade") { return Date.UTC(y + 10, 0, 1); }
    if (unit === "year") { return Date.UTC(y + 1, 0, 1); }
    if (unit === "month") { return Date.UTC(y, m + 1, 1); }
    return Date.UTC(y, m, day + 1);
  }
  function name(t, unit) {
    var d = new Date(t);
    if (unit === "decade") { return d.getUTCFullYear() + "s"; }
    if (unit === "year") { return String(d.getUTCFullYear()); }
    if (unit === "month") { return months[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
    return d.getUTCDate() + " " + months[d.getUTCMonth()];
  }
  function drawAxis() {
    var unit = unitFor(width() / days);
    axis.textContent = "";
    for (var t = first(start, unit); t < end; t = next(t, unit)) {
      if (t < start) { continue; }
      var tick = document.createElement("div");
      tick.className = "tick";
      tick.style.left = ((t - start) / (end - start) * 100) + "%";
      tick.textContent = name(t, unit);
      axis.appendChild(tick);
    }
    axis.dataset.unit = unit;
  }
  function zoom(level) {
    if (level === "fit") {
      var label = document.querySelector(".axis .label").getBoundingClientRect().width;
      root.style.setProperty("--track", Math.max(view.clientWidth - label - 4, 320) + "px");
    } else {
      var px = Math.min(Math.max(days * perDay[level], 640), 2000000);
      root.style.setProperty("--track", px + "px");
    }
    var buttons = document.querySelectorAll(".controls button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].dataset.zoom === level));
    }
    drawAxis();
  }
  function show(bar) {
    var details = bar.parentNode.querySelector(".details");
    tip.innerHTML = details.innerHTML;
    tip.hidden = false;
    var box = bar.getBoundingClientRect();
    var left = Math.min(Math.max(box.left, 8), window.innerWidth - tip.offsetWidth - 8);
    // below the bar if it fits there, else above it: the bar itself stays in sight
    var top = box.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight && box.top - tip.offsetHeight - 6 >= 0) {
      top = box.top - tip.offsetHeight - 6;
    }
    tip.style.left = Math.max(left, 8) + "px";
    tip.style.top = Math.max(top, 8) + "px";
  }
  function hide() { if (pinned === null) { tip.hidden = true; } }
  function close() { pinned = null; tip.hidden = true; tip.classList.remove("pinned"); }

  var bars = document.querySelectorAll(".bar");
  for (var i = 0; i < bars.length; i++) {
    bars[i].addEventListener("mouseenter", function () { if (pinned === null) { show(this); } });
    bars[i].addEventListener("mouseleave", hide);
    bars[i].addEventListener("focus", function () { show(this); });
    bars[i].addEventListener("blur", hide);
    bars[i].addEventListener("click", function (event) {
      event.stopPropagation();
      if (pinned === this) { close(); return; }
      pinned = this;
      show(this);
      tip.classList.add("pinned");
    });
  }
  tip.addEventListener("click", function (event) { event.stopPropagation(); });
  document.addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
  });
  var buttons = document.querySelectorAll(".controls button");
  for (var j = 0; j < buttons.length; j++) {
    buttons[j].addEventListener("click", function (event) {
      event.stopPropagation();
      zoom(this.dataset.zoom);
    });
  }
  window.addEventListener("resize", function () {
    var pressed = document.querySelector('.controls button[aria-pressed="true"]');
    zoom(pressed ? pressed.dataset.zoom : "fit");
  });
  zoom("fit");
})();
"""


def _view(table: Table) -> tuple[datetime, datetime]:
    """The time range shown: every known bound and the reference, with a margin."""
    known = [table.reference]
    if table.reference_end is not None:
        known.append(table.reference_end)
    for row in table.rows:
        known += [
            moment
            for moment in (row.earliest_start, row.latest_start, row.earliest_end, row.latest_end)
            if moment is not None
        ]
    lo, hi = min(known), max(known)
    if hi - lo < _MIN_VIEW:
        middle = lo + (hi - lo) / 2
        lo, hi = middle - _MIN_VIEW / 2, middle + _MIN_VIEW / 2
    pad = (hi - lo) * _PAD
    # the calendar's first and last days leave no room for a margin
    pad = min(pad, lo - datetime.min, datetime.max - hi - timedelta(days=1))
    lo = (lo - pad).replace(hour=0, minute=0, second=0, microsecond=0)
    hi = (hi + pad).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    return lo, hi


def _percent(moment: datetime, lo: datetime, hi: datetime) -> float:
    return round((moment - lo) / (hi - lo) * 100, 4)


def _bar(row: Row, lo: datetime, hi: datetime) -> str:
    """The light band of the possible range and, inside it, the dark certain core."""
    left_at = row.earliest_start if row.earliest_start is not None else lo
    right_at = row.latest_end if row.latest_end is not None else hi
    if row.earliest_start is None and row.latest_end is None:
        left_at, right_at = lo, hi
    left, right = _percent(left_at, lo, hi), _percent(right_at, lo, hi)
    classes = ["bar"]
    if row.earliest_start is None:
        classes.append("open-start")
    if row.latest_end is None:
        classes.append("open-end")
    core = ""
    if row.core is not None:
        c_left = _percent(row.core[0], lo, hi)
        c_right = _percent(row.core[1], lo, hi)
        span = max(right - left, 1e-9)
        core = (
            f'<div class="core" style="left:{(c_left - left) / span * 100:.4f}%;'
            f'width:{(c_right - c_left) / span * 100:.4f}%"></div>'
        )
    label = html.escape(f"{row.label}: {row.when}")
    return (
        f'<div class="{" ".join(classes)}" tabindex="0" role="button" aria-label="{label}" '
        f'data-position="{row.position}" style="left:{left:.4f}%;width:{right - left:.4f}%">'
        f"{core}</div>"
    )


def _details(row: Row) -> str:
    """What hovering or clicking a bar shows: the date, quotes, sources, the explanation."""
    parts = [f"<h2>{html.escape(row.label)}</h2>", f"<p>{html.escape(row.when)}"]
    parts.append(f" <small>(EDTF {html.escape(row.edtf)})</small></p>")
    parts.extend(f'<blockquote class="quote">{html.escape(q)}</blockquote>' for q in row.quotes)
    if row.sources:
        parts.append(f'<p class="sources">Sources: {html.escape("; ".join(row.sources))}</p>')
    parts.append(f"<p>Place in the order: {html.escape(row.order_text)}</p>")
    if row.explanation is not None:
        parts.append(f'<pre class="explanation">{html.escape(row.explanation)}</pre>')
    return f'<div class="details">{"".join(parts)}</div>'


def _run_class(row: Row) -> str:
    if row.order is Certainty.CERTAIN:
        return ""
    first, last = row.run
    if row.position == first:
        return " run-first"
    return " run-last" if row.position == last else " run-middle"


def to_html(table: Table, *, title: str | None = None) -> str:
    """The chronology as one self-contained HTML page (see the module docstring)."""
    lo, hi = _view(table)
    heading = html.escape(title if title is not None else table.title)
    reference = ""
    if lo <= table.reference <= hi:
        reference = (
            f'<div class="reference" style="left:{_percent(table.reference, lo, hi):.4f}%"></div>'
        )
    rows = []
    for row in table.rows:
        note = "" if row.order is Certainty.CERTAIN else f"<small>{row.order_text}</small>"
        rows.append(
            f'<div class="event-row{_run_class(row)}" data-position="{row.position}">'
            f'<div class="label"><span class="name">{html.escape(row.label)}</span>'
            f"<small>{html.escape(row.when)}</small>{note}</div>"
            f'<div class="lane">{reference}{_bar(row, lo, hi)}{_details(row)}</div></div>'
        )
    conflicts = ""
    if table.conflicts:
        items = "".join(f"<li><pre>{html.escape(c)}</pre></li>" for c in table.conflicts)
        conflicts = f'<section class="conflicts"><h2>Conflicts</h2><ul>{items}</ul></section>'
    core, band = "var(--core)", "var(--band)"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{heading}</title>
<style>{_STYLE}</style>
</head>
<body>
<header>
<h1>{heading}</h1>
<p class="legend"><span class="swatch" style="background:{core}"></span> certainly going on
&nbsp; <span class="swatch" style="background:{band}"></span> possible range
&nbsp; <span class="swatch" style="border-left:2px dashed #c0392b"></span> the reference,
{html.escape(table.reference.isoformat(sep=" "))}
&nbsp; rows with an orange edge: their order among themselves is not certain</p>
<div class="controls" role="group" aria-label="zoom">
<button type="button" data-zoom="fit">Fit</button><button type="button" data-zoom="year">Years\
</button><button type="button" data-zoom="month">Months</button><button type="button" \
data-zoom="day">Days</button>
</div>
<p class="hint">Hover, focus or click a bar for its quotes, sources and explanation.</p>
</header>
<main class="timeline" id="view" data-start="{lo.isoformat()}" data-end="{hi.isoformat()}">
<div class="axis"><div class="label">Event</div>\
<div class="lane">{reference}<div class="ticks"></div></div></div>
{"".join(rows)}
</main>
<div id="tip" role="tooltip" hidden></div>
{conflicts}
<script>{_SCRIPT}</script>
</body>
</html>
"""
