"""The grammar of TIMEX3 values, by type, as a hand-written scanner.

The grammar (``d`` a digit, ``x`` a digit or ``X``)::

    DATE, TIME  point | reference
    DURATION    duration
    SET         duration | point

    reference   PRESENT_REF | PAST_REF | FUTURE_REF
    duration    'P' part+ ('T' tpart+)?  |  'PT' tpart+
    part        number unit      units in this order, each at most once:
                                 L (millennium) C (century) E (decade) Y Q M W D
    tpart       number unit      H M S
    number      d+ ('.' d+)?  |  'X'
    point       'FY'? xxxx ('-' (month | week | 'Q' [1-4X] | 'H' [12X] | season))?
              | xxx | xx | 'BC' (xxxx | xxx | xx) | clock
    month       xx ('-' xx clock?)?                  1998-02, 1998-02-13, 1998-02-13T22:00
    week        'W' xx ('-' ([1-7X] clock? | 'WE'))?  1998-W06, XXXX-WXX-1, 1998-W07-WE
    season      SP | SU | FA | WI
    clock       'T' (MO | AF | EV | NI | DT | MI | hh (':' mm (':' ss)?)? zone?)
    zone        'Z' | [+-] hh (':'? mm)?

Three characters are a decade (``199``), two a century (``19``). A fiscal year (``FY1998``)
takes only a quarter or a half. A year, decade or century before the common era takes the
prefix ``BC`` (``BC0323`` is 323 BC, ``BC04`` the fifth century BC), as the TIDES TIMEX2
guidelines write it (Ferro et al., *TIDES 2005 Standard for the Annotation of Temporal
Expressions*, the VAL attribute) and TIMEX3 values inherit. A two-digit field is all
digits or all ``X``; fields given in digits are checked against the calendar
(``1998-02-30`` and ``2021-W53`` are refused). DATE and TIME share one grammar because
TimeML's own corpora write the same values under both types (a part of a day is TIME in
one file and DATE in the next).

>>> scan_value("DATE", "1998-W07-WE").weekday
'WE'
>>> scan_value("DURATION", "P1Y6M") is None
True
"""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from chronos.errors import did_you_mean
from chronos.time._scanner import Cursor, ScanError, is_digit

__all__ = [
    "MODS",
    "REFERENCES",
    "SEASONS",
    "TYPES",
    "Clock",
    "Point",
    "is_leap",
    "scan_value",
]

TYPES: Final = ("DATE", "TIME", "DURATION", "SET")
MODS: Final = (
    "START",
    "MID",
    "END",
    "APPROX",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
)
REFERENCES: Final = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
#: TimeML season code -> the month it starts in (chronos's meteorological seasons).
SEASONS: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_DATE_UNITS: Final = "LCEYQMWD"
_TIME_UNITS: Final = "HMS"
_PARTS: Final = ("MO", "AF", "EV", "NI", "DT", "MI")
_DIGITS: Final = "0123456789"
_MONTH_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class Clock(NamedTuple):
    """The time of day of a point: a part of the day, or hours with optional minutes."""

    part: str | None
    hour: str | None
    minute: str | None
    second: str | None
    zone: str | None


class Point(NamedTuple):
    """The fields of a calendar value, as written (digits or X's)."""

    year: str | None  # four characters; three for a decade, two for a century
    fiscal: bool
    month: str | None = None
    day: str | None = None
    week: str | None = None
    weekday: str | None = None  # a digit, X or WE
    quarter: str | None = None
    half: str | None = None
    season: str | None = None
    clock: Clock | None = None
    #: Before the common era: ``BC0323``.
    bc: bool = False


def scan_value(kind: str, value: str) -> Point | None:
    """Check ``value`` for a timex of type ``kind``; the point it writes, if it is one.

    Raises :class:`ScanError` at the first character that does not fit.
    """
    if value in REFERENCES:
        if kind in ("DATE", "TIME"):
            return None
        raise ScanError(f"{value} is a DATE or TIME value, not a {kind} value", 0)
    if not value:
        raise ScanError(f"empty {kind} value", 0)
    cursor = Cursor(value)
    looks_like_duration = value.startswith("P")
    if kind == "DURATION" or (kind == "SET" and looks_like_duration):
        if not looks_like_duration:
            raise ScanError("a DURATION value is a length such as P3Y, PT2H or PXD", 0)
        _scan_duration(cursor)
        return None
    if looks_like_duration:
        try:
            _scan_duration(cursor)
        except ScanError:
            raise ScanError(
                "expected a date such as 1998-02-13, 1998-W06, 1998-Q1 or PRESENT_REF",
                0,
                did_you_mean(value, REFERENCES),
            ) from None
        raise ScanError(f"{value} is a duration: its type is DURATION or SET, not {kind}", 0)
    if kind == "SET" and value.startswith("FY"):
        raise ScanError("a SET value is a duration or a calendar pattern such as XXXX-WXX-1", 0)
    try:
        return _scan_point(cursor)
    except ScanError as error:
        if error.suggestion is None and value[:1].isalpha() and not value.startswith("FY"):
            error.suggestion = did_you_mean(value, REFERENCES)
        raise


def _scan_duration(c: Cursor) -> None:
    c.expect("P", "'P' to start a duration")
    order = _DATE_UNITS
    in_time = False
    parts = 0
    while not c.at_end():
        if not in_time and c.take("T"):
            in_time = True
            order = _TIME_UNITS
            if c.at_end():
                raise ScanError("expected hours, minutes or seconds after 'T'", c.pos)
            continue
        if not c.take("X"):
            if not c.run(_DIGITS):
                raise ScanError("expected a number or X", c.pos)
            if c.take(".") and not c.run(_DIGITS):
                raise ScanError("expected digits after the decimal point", c.pos)
        unit = c.peek()
        index = order.find(unit) if unit else -1
        if index < 0:
            raise ScanError(f"expected a unit ({', '.join(order)}) after the number", c.pos)
        c.pos += 1
        order = order[index + 1 :]
        parts += 1
    if parts == 0:
        raise ScanError("expected a number and a unit after 'P', as in P3Y", c.pos)


def _two(c: Cursor, what: str, largest: int, *, unknown: bool = True) -> str:
    field = c.digits(2, what, unknown=unknown)
    if field != "XX" and int(field) > largest:
        raise ScanError(f"{what} must be at most {largest:02d}", c.pos - 2)
    return field


def _scan_clock(c: Cursor) -> Clock:
    c.expect("T", "'T'")
    two = c.peek(2)
    if two in _PARTS:
        c.pos += 2
        return Clock(two, None, None, None, None)
    at = c.pos
    hour = _two(c, "an hour (00-23, or 24 for 24:00) or a part of the day (MO, AF, EV, NI)", 24)
    minute = second = None
    if c.take(":"):
        minute = _two(c, "minutes (00-59)", 59)
        if c.take(":"):
            second = _two(c, "seconds (00-59)", 59)
    if hour == "24" and (minute, second) not in (("00", None), ("00", "00")):
        # ISO 8601 writes the end of a day as 24:00 ("midnight Friday"), and only so
        raise ScanError("an hour of 24 is the end of the day, written 24:00", at)
    zone = None
    start = c.pos
    if c.take("Z"):
        zone = "Z"
    elif c.peek() in ("+", "-"):
        c.pos += 1
        _two(c, "the hours of a zone offset", 23, unknown=False)
        if c.take(":") or is_digit(c.peek()):
            _two(c, "the minutes of a zone offset", 59, unknown=False)
        zone = c.text[start : c.pos]
    return Clock(None, hour, minute, second, zone)


def _scan_point(c: Cursor) -> Point:
    if c.peek() == "T":
        time = _scan_clock(c)
        c.finish("the time")
        return Point(None, False, clock=time)
    if c.take("BC"):
        year = c.run(_DIGITS + "X", 4)
        if len(year) < 2:
            raise ScanError("expected a year (0323), a decade (032) or a century (03)", c.pos)
        c.finish("the year before the common era")
        return Point(year, False, bc=True)
    fiscal = c.take("FY")
    year = c.run(_DIGITS + "X", 4)
    if not year:
        raise ScanError("expected a year such as 1998, a decade (199) or a century (19)", c.pos)
    if len(year) < 4:
        if c.at_end() and not fiscal and len(year) > 1:
            return Point(year, False)
        raise ScanError("expected a four-digit year", c.pos)
    if c.at_end():
        return Point(year, fiscal)
    c.expect("-", "'-' after the year")
    two = c.peek(2)
    if not fiscal and two in SEASONS:
        c.pos += 2
        c.finish("the season")
        return Point(year, False, season=two)
    if c.take("Q"):
        quarter = c.one_of("1234X", "a quarter (1-4)")
        c.finish("the quarter")
        return Point(year, fiscal, quarter=quarter)
    if c.take("H"):
        half = c.one_of("12X", "a half (1 or 2)")
        c.finish("the half")
        return Point(year, fiscal, half=half)
    if fiscal:
        raise ScanError("a fiscal year takes only a quarter (Q1) or a half (H1)", c.pos)
    if c.take("W"):
        return _scan_week(c, year)
    month = c.digits(2, "a month (01-12), W, Q, H or a season (SP, SU, FA, WI)", unknown=True)
    if month != "XX" and not 1 <= int(month) <= 12:
        raise ScanError("the month must be between 01 and 12", c.pos - 2)
    if c.at_end():
        return Point(year, False, month=month)
    c.expect("-", "'-' after the month")
    day = c.digits(2, "a day of the month (01-31)", unknown=True)
    _check_day(year, month, day, c.pos - 2)
    clock = _scan_clock(c) if c.peek() == "T" else None
    c.finish("the day" if clock is None else "the time")
    return Point(year, False, month=month, day=day, clock=clock)


def _scan_week(c: Cursor, year: str) -> Point:
    week = c.digits(2, "a two-digit ISO week (01-53) or XX", unknown=True)
    _check_week(year, week, c.pos - 2)
    if c.at_end():
        return Point(year, False, week=week)
    c.expect("-", "'-' after the week")
    if c.take("WE"):
        c.finish("the weekend")
        return Point(year, False, week=week, weekday="WE")
    weekday = c.one_of("1234567X", "a weekday (1 = Monday to 7) or WE")
    clock = _scan_clock(c) if c.peek() == "T" else None
    c.finish("the weekday" if clock is None else "the time")
    return Point(year, False, week=week, weekday=weekday, clock=clock)


def _check_week(year: str, week: str, position: int) -> None:
    if week == "XX":
        return
    number = int(week)
    if not 1 <= number <= 53:
        raise ScanError("the ISO week must be between 01 and 53", position)
    if number == 53 and "X" not in year and int(year) >= 1:
        try:
            date.fromisocalendar(int(year), 53, 1)
        except ValueError:
            raise ScanError(f"ISO year {year} has only 52 weeks", position) from None


def _check_day(year: str, month: str, day: str, position: int) -> None:
    if day == "XX":
        return
    if month == "XX":
        longest = 31
    elif month == "02" and "X" not in year and not is_leap(int(year)):
        longest = 28
    else:
        longest = _MONTH_DAYS[int(month) - 1]
    if not 1 <= int(day) <= longest:
        raise ScanError(f"no day {day} in month {month} of {year}", position)


def is_leap(year: int) -> bool:
    """Whether ``year`` is a leap year of the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
