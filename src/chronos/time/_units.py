"""The names of one calendar unit: its EDTF string and the constructor call that makes it.

A :class:`~chronos.Span` of one unit prints as EDTF (``2024-33`` is the first quarter of
2024) and its ``repr`` is the named constructor (``Span.quarter(2024, 1)``); both are
computed here from the unit's first instant and its grain.

>>> from datetime import datetime
>>> first = datetime(2024, 1, 1)
>>> format_unit(first, Grain.QUARTER), named_constructor(first, Grain.QUARTER)
('2024-33', 'Span.quarter(2024, 1)')
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from chronos.time import _calendar as cal
from chronos.time._grain import (
    CENTURY as _CENTURY,
    DAY as _DAY,
    DECADE as _DECADE,
    HALF as _HALF,
    HOUR as _HOUR,
    MINUTE as _MINUTE,
    MONTH as _MONTH,
    PART_OF_DAY as _PART_OF_DAY,
    QUARTER as _QUARTER,
    SEASON as _SEASON,
    THIRD as _THIRD,
    WEEK as _WEEK,
    YEAR as _YEAR,
    Grain,
)

__all__ = ["format_unit", "named_constructor"]

#: The hour a part of the day starts at -> its TimeML code; the first month of a season ->
#: its EDTF code.
_PART_AT: Final = {hour: code for code, (_, hour, _) in cal.PARTS_OF_DAY.items()}
_SEASON_CODE: Final = {3: 21, 6: 22, 9: 23, 12: 24}


def format_unit(start: datetime, grain: Grain) -> str:
    """The canonical string of the unit of ``grain`` starting at ``start``."""
    y = f"{start.year:04d}"
    if grain is _YEAR:
        return y
    if grain is _MONTH:
        return f"{y}-{start.month:02d}"
    if grain is _DAY:
        return f"{y}-{start.month:02d}-{start.day:02d}"
    if grain is _WEEK:
        iso = start.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if grain is _QUARTER:
        return f"{y}-{33 + (start.month - 1) // 3}"
    if grain is _THIRD:
        return f"{y}-{37 + (start.month - 1) // 4}"
    if grain is _HALF:
        return f"{y}-{40 + (start.month - 1) // 6}"
    if grain is _SEASON:
        return f"{y}-{_SEASON_CODE[start.month]}"
    if grain is _DECADE:
        return f"{start.year // 10:03d}X"
    if grain is _CENTURY:
        return f"{start.year // 100:02d}XX"
    day = f"{y}-{start.month:02d}-{start.day:02d}"
    if grain is _PART_OF_DAY:
        return f"{day}T{_PART_AT[start.hour]}"
    if grain is _HOUR:
        return f"{day}T{start.hour:02d}"
    if grain is _MINUTE:
        return f"{day}T{start.hour:02d}:{start.minute:02d}"
    return f"{day}T{start.hour:02d}:{start.minute:02d}:{start.second:02d}"


def named_constructor(start: datetime, grain: Grain) -> str | None:
    """The ``Span`` constructor call that makes the unit, for ``repr``; ``None`` if none does."""
    y, m = start.year, start.month
    if grain is _YEAR:
        return f"Span.year({y})"
    if grain is _MONTH:
        return f"Span.month({y}, {m})"
    if grain is _DAY:
        return f"Span.day({y}, {m}, {start.day})"
    if grain is _WEEK:
        iso = start.isocalendar()
        return f"Span.week({iso[0]}, {iso[1]})"
    if grain is _QUARTER:
        return f"Span.quarter({y}, {(m - 1) // 3 + 1})"
    if grain is _THIRD:
        return f"Span.third({y}, {(m - 1) // 4 + 1})"
    if grain is _HALF:
        return f"Span.half({y}, {(m - 1) // 6 + 1})"
    if grain is _SEASON:
        name = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[m]
        return f"Span.season({y}, {name!r})"
    if grain is _DECADE and y % 10 == 0:
        return f"Span.decade({y})"
    if grain is _CENTURY and y % 100 == 0:
        return f"Span.century({y})"
    return None
