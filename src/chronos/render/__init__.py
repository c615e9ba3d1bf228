"""Renderers: a solved chronology as text, Markdown, CSV, JSON, TimelineJS, iCalendar, HTML
or a plot.

Each renderer is a pure function of a solved :class:`~chronos.Timeline` (or of the
:class:`Table` built from one, or read back from the chronology JSON): the same chronology
gives the same bytes, whatever the clock, locale or machine. :data:`FORMATS` maps each format
name of the command line to its function. ``plot`` needs the optional extra ``plot``
(matplotlib), imported only when it is called.

The timeline stage sits below this one and never imports it, so a timeline has no
``to_html()`` method: call ``chronos.render.html(timeline)`` (docs/rendering.md).

Imports :mod:`chronos.errors`, :mod:`chronos.time` and :mod:`chronos.timeline`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from chronos.errors import InvalidArgumentError
from chronos.render._html import to_html
from chronos.render._interchange import to_icalendar, to_timelinejs, uid
from chronos.render._table import Row, Table, as_table
from chronos.render._tables import CSV_COLUMNS, to_csv, to_markdown, to_text
from chronos.render._words import describe_when
from chronos.timeline import Timeline

__all__ = [
    "Table",
    "Row",
    "table",
    "text",
    "markdown",
    "csv",
    "json",
    "timelinejs",
    "icalendar",
    "icalendar_uid",
    "html",
    "plot",
    "write",
    "FORMATS",
    "SUFFIXES",
    "CSV_COLUMNS",
    "describe_when",
]


def table(chronology: Timeline | Table, *, explain: bool = True) -> Table:
    """The chronology as a :class:`Table`: one :class:`Row` per event, in order.

    ``explain=False`` leaves out each event's explanation (docs/rendering.md).

    >>> import chronos
    >>> tl = chronos.Timeline(reference="2024-10-25")
    >>> _ = tl.add("elections", when="on February 8", tense="past")
    >>> [(r.position, r.label, r.when) for r in table(tl).rows]
    [(1, 'elections', '8 February 2024')]
    """
    return as_table(chronology, explain=explain)


def text(chronology: Timeline | Table) -> str:
    """An aligned plain-text table: position, when (in words), event, source and quote."""
    return to_text(as_table(chronology, explain=False))


def markdown(chronology: Timeline | Table) -> str:
    """A Markdown table: position, when, event, source, quote, certainty of the order."""
    return to_markdown(as_table(chronology, explain=False))


def csv(chronology: Timeline | Table) -> str:
    """CSV, one row per event, with a header row (:data:`CSV_COLUMNS`)."""
    return to_csv(as_table(chronology, explain=False))


def json(chronology: Timeline | Table, *, indent: int | None = None, explain: bool = True) -> str:
    """The chronology JSON (schema ``chronos.chronology``, version 1, docs/formats.md);
    :meth:`Table.from_json` reads it back. ``explain=False`` writes no explanations."""
    return as_table(chronology, explain=explain).to_json(indent=indent)


def timelinejs(chronology: Timeline | Table) -> str:
    """TimelineJS3 JSON: one slide per event that has a date, the uncertainty in its
    ``display_date`` and the quotes, sources and order as its text."""
    return to_timelinejs(as_table(chronology, explain=False))


def icalendar(chronology: Timeline | Table) -> str:
    """An iCalendar file (RFC 5545): all-day events for whole days, multi-day events for
    ranges, the uncertainty and sources in the description, stable UIDs."""
    return to_icalendar(as_table(chronology, explain=False))


def icalendar_uid(label: str) -> str:
    """The UID the iCalendar output gives the event called ``label``: the same on every run,
    so that a calendar updates an event rather than adding it again.

    >>> icalendar_uid("General elections")
    'chronos-890b3f0f014bf73b14542870@chronos'
    """
    return uid(label)


def html(chronology: Timeline | Table, *, title: str | None = None, explain: bool = True) -> str:
    """One self-contained HTML page (no network): an interactive timeline with a row per
    event, a dark bar for the certain core and a light band for the possible range,
    zoomable by year, month and day, each event's quotes, sources and explanation on hover
    or click, and the conflicts listed. ``title`` replaces "Chronology as of …";
    ``explain=False`` leaves the explanations out."""
    return to_html(as_table(chronology, explain=explain), title=title)


def plot(chronology: Timeline | Table, path: str | Path, *, title: str | None = None) -> Path:
    """Draw the chronology to ``path`` (``.png`` or ``.svg``) with matplotlib; return the
    path. The same bars as :func:`html`, labels on the left, a date axis from days to
    decades. Needs the optional extra ``plot``; matplotlib is imported only here."""
    from chronos.render._plot import draw

    return draw(as_table(chronology, explain=False), path, title=title)


#: The renderers that give a string, by their format name on the command line.
FORMATS: Final[Mapping[str, Callable[[Timeline | Table], str]]] = MappingProxyType(
    {
        "text": text,
        "md": markdown,
        "csv": csv,
        "json": json,
        "timelinejs": timelinejs,
        "ics": icalendar,
        "html": html,
    }
)


#: The format a file gets by its suffix in :func:`write` (TimelineJS, whose files are
#: ``.json`` too, is asked for by name).
SUFFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {
        ".txt": "text",
        ".md": "md",
        ".csv": "csv",
        ".json": "json",
        ".ics": "ics",
        ".html": "html",
        ".htm": "html",
        ".png": "plot",
        ".svg": "plot",
    }
)


def write(chronology: Timeline | Table, path: str | Path, *, format: str | None = None) -> Path:
    """Write the chronology to ``path`` in ``format`` (a name of :data:`FORMATS`, or
    ``"plot"``), by default the one its suffix names (:data:`SUFFIXES`); return the path.

    Text is written as UTF-8, line ends as the format has them (CRLF in CSV and
    iCalendar), whatever the platform.

    >>> import chronos, pathlib, tempfile
    >>> tl = chronos.Timeline(reference="2024-10-25")
    >>> _ = tl.add("elections", when="on February 8", tense="past")
    >>> path = write(tl, pathlib.Path(tempfile.mkdtemp()) / "chronology.ics")
    >>> path.read_bytes().splitlines()[0]
    b'BEGIN:VCALENDAR'
    """
    target = Path(path)
    name = format if format is not None else SUFFIXES.get(target.suffix.lower())
    if name is None:
        known = ", ".join(SUFFIXES)
        raise InvalidArgumentError(
            "path", str(path), f"has no known suffix ({known}); name the format"
        )
    if name == "plot":
        return plot(chronology, target)
    renderer = FORMATS.get(name)
    if renderer is None:
        choices = ", ".join([*FORMATS, "plot"])
        raise InvalidArgumentError("format", format, f"must be one of {choices}")
    target.write_text(renderer(chronology), encoding="utf-8", newline="")
    return target
