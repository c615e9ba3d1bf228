"""Formats other tools read: TimelineJS3 JSON and iCalendar (RFC 5545).

Both need a date to put an event at, where chronos knows windows. An event is *placed* on
the time it can occupy (docs/rendering.md): from its earliest start to its latest end when
both are known; on the last day it can touch when only its end is bounded ("by 25 Oct
2024"); from its earliest start to its earliest end when it may still go on ("since Aug
2023, ongoing"). An event with no bound at all has no place and is left out. Whole days
give all-day events; anything finer gives times of day, in the statement's floating time.
"""

from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime, timedelta
from typing import Any, Final

import attrs

from chronos.render._table import Row, Table
from chronos.render._words import last_day_words, moment_words
from chronos.time import Certainty

__all__ = ["Placement", "place", "to_icalendar", "to_timelinejs", "uid"]

_DAY: Final = timedelta(days=1)
_FOLD: Final = 75  # octets per iCalendar content line, CRLF excluded (RFC 5545 §3.1)


@attrs.frozen
class Placement:
    """Where a calendar shows an event: ``[start, end)``, in whole days or not."""

    start: datetime
    end: datetime
    all_day: bool


def _midnight(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second) == (0, 0, 0)


def _floor_day(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0)


def _ceil_day(moment: datetime) -> datetime:
    return moment if _midnight(moment) else _floor_day(moment) + _DAY


def place(row: Row) -> Placement | None:
    """The time a calendar shows for the event of ``row``, or ``None`` when nothing bounds it.

    Bounds that fall on whole days — a start at midnight, an end at midnight or on the last
    second of a day — make an all-day event; others keep their times of day.
    """
    es, ee, le = row.earliest_start, row.earliest_end, row.latest_end
    if es is not None and le is not None:
        start, end = es, le
    elif le is not None:
        # only the end is bounded: the last day the event can touch
        start, end = _floor_day(le - timedelta(seconds=1)), le
    elif es is not None:
        # still going on, or its end unknown: the time it certainly lasted, at least a day
        start = es
        end = ee if ee is not None and ee > es else _ceil_day(es + timedelta(seconds=1))
    else:
        return None
    if end <= start:  # an instant: a moment of its own
        end = start + (timedelta(days=1) if _midnight(start) else timedelta(seconds=1))
    whole = _midnight(start) and _midnight(end)
    return Placement(start, end, whole)


def uid(label: str) -> str:
    """A stable identifier for an event: the same label gives the same UID on every run.

    >>> uid("General elections")
    'chronos-...@chronos'
    """
    digest = hashlib.sha256(label.encode("utf-8")).hexdigest()[:24]
    return f"chronos-{digest}@chronos"


def _notes(row: Row) -> list[str]:
    """The uncertainty, order, sources and quotes of a row, one line each."""
    lines = [f"When: {row.when} (EDTF {row.edtf})"]
    if row.earliest_start is None and row.latest_end is not None:
        lines.append("Its start is not known: shown on the last day it can fall on")
    elif row.earliest_start is not None and row.latest_end is None:
        lines.append("Its end is not known: shown until the first day it can be over")
    core = row.core
    if core is not None:
        first, last = moment_words(core[0]), last_day_words(core[1])
        lines.append(f"Certainly going on from {first} through {last}")
    if row.order is Certainty.CERTAIN:
        lines.append("Place in the order: certain")
    else:
        lines.append(f"Place in the order: uncertain among {row.run[0]}–{row.run[1]}")
    if row.sources:
        lines.append("Sources: " + "; ".join(row.sources))
    lines.extend(f"“{quote}”" for quote in row.quotes)
    return lines


# -- TimelineJS3 -------------------------------------------------------------------------


def _tl_date(moment: datetime, *, all_day: bool) -> dict[str, int]:
    date = {"year": moment.year, "month": moment.month, "day": moment.day}
    if not all_day:
        date |= {"hour": moment.hour, "minute": moment.minute, "second": moment.second}
    return date


def to_timelinejs(table: Table) -> str:
    """The TimelineJS3 JSON of a table: one slide per placed event, in order.

    Each slide's ``display_date`` is the date in words (its uncertainty), its headline the
    event, its text the quotes, sources and order; ``unique_id`` is stable.
    """
    events: list[dict[str, Any]] = []
    for row in table.rows:
        where = place(row)
        if where is None:
            continue
        # TimelineJS ends are inclusive: an all-day event ends on its last day
        last = where.end - _DAY if where.all_day else where.end
        body = "".join(f"<p>{html.escape(line)}</p>" for line in _notes(row))
        events.append(
            {
                "start_date": _tl_date(where.start, all_day=where.all_day),
                "end_date": _tl_date(last, all_day=where.all_day),
                "display_date": row.when,
                "text": {"headline": html.escape(row.label), "text": body},
                "unique_id": uid(row.label).split("@")[0],
            }
        )
    conflicts = "".join(
        "<p>" + html.escape(c).replace("\n", "<br>") + "</p>" for c in table.conflicts
    )
    document = {
        "title": {"text": {"headline": html.escape(table.title), "text": conflicts}},
        "events": events,
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


# -- iCalendar -----------------------------------------------------------------------------


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a UTF-8 character (§3.1)."""
    out: list[str] = []
    current = ""
    size = 0
    limit = _FOLD
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _FOLD
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _ics_moment(moment: datetime, *, all_day: bool) -> str:
    if all_day:
        return f";VALUE=DATE:{moment:%Y%m%d}"
    return f":{moment:%Y%m%dT%H%M%S}"  # floating local time: no zone, no Z (§3.3.5)


def to_icalendar(table: Table) -> str:
    """An iCalendar file (RFC 5545) of a table: one VEVENT per placed event.

    Whole days give all-day events (``DTSTART;VALUE=DATE``), several days a multi-day
    event with an exclusive ``DTEND``; finer bounds give floating date-times. The
    description holds the date in words, the certain core, the order, sources and quotes.
    ``UID`` depends on the label only; ``DTSTAMP`` is the reference (a calendar file made
    from the same chronology is the same file — no clock is read).
    """
    stamp = table.reference.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//chronos//chronology//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(table.title)}",
    ]
    for row in table.rows:
        where = place(row)
        if where is None:
            continue
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(row.label)}",
            f"DTSTAMP:{stamp}",
            "DTSTART" + _ics_moment(where.start, all_day=where.all_day),
            "DTEND" + _ics_moment(where.end, all_day=where.all_day),
            f"SUMMARY:{_escape(row.label)}",
            f"DESCRIPTION:{_escape(chr(10).join(_notes(row)))}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
