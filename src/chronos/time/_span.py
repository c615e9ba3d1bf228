"""``Span``: an exact calendar interval ``[start, end)`` with the grain it is stated in."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean
from chronos.time import _calendar as cal
from chronos.time._grain import (
    CENTURY as _CENTURY,
    Grain,
)
from chronos.time._timex import Timex, span_value, trusted_timex
from chronos.time._timex_value import Clock, Point, scan_value
from chronos.time._units import format_unit, named_constructor

__all__ = ["Span"]

_SEASON_NAMES: Final = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
_PART_NAMES: Final = {name: code for code, (name, _, _) in cal.PARTS_OF_DAY.items()}
_EDTF_SEASON: Final = {edtf: code for code, (_, _, edtf) in cal.SEASONS.items()}


def _naive(value: object, argument: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise InvalidArgumentError(
                argument, value, "must be naive; convert it with chronos.floating() first"
            )
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise InvalidArgumentError(argument, value, "must be a date, a datetime or None")


_new = object.__new__


def _trusted(cls: type[Span], start: datetime | None, end: datetime | None, grain: Grain) -> Span:
    """A span made without the checks of ``__init__``, for callers that computed aligned,
    ordered ends themselves (``floor`` and ``following`` give nothing else to check)."""
    if cls is not Span:  # a subclass may have fields of its own: its __init__ makes it
        return cls(start, end, grain)
    span = _new(cls)
    _set_start(span, start)  # the slots' own setters, defined below the class
    _set_end(span, end)
    _set_grain(span, grain)
    return span


def _aligned(cls: type[Span], start: datetime | None, end: datetime | None, grain: Grain) -> Span:
    """A span of naive ends known to align to ``grain`` (``_fit_grain`` found it so): only
    the checks alignment does not cover are made."""
    _check_order(start, end, grain)
    return _trusted(cls, start, end, grain)


def _check_span(instance: Span, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute, value  # validated as a whole below
    start, end, grain = instance.start, instance.end, instance.grain
    if not isinstance(grain, Grain):
        raise InvalidArgumentError("grain", grain, "must be a Grain")
    for name, moment in (("start", start), ("end", end)):
        if moment is None:
            continue
        if not isinstance(moment, datetime) or moment.tzinfo is not None:
            raise InvalidArgumentError(name, moment, "must be a naive datetime or None")
        if not cal.is_aligned(moment, grain):
            raise InvalidArgumentError(
                name, moment, f"is not the start of a {grain.value}: the span's grain"
            )
    _check_order(start, end, grain)


def _check_order(start: datetime | None, end: datetime | None, grain: Grain) -> None:
    """The checks on naive ends already aligned to ``grain``: in order, and a last unit the
    calendar can hold."""
    if start is not None and end is not None and not start < end:
        raise InvalidArgumentError("end", end, f"must be after start={start!r}")
    if end is not None and end.year == cal.MIN_YEAR:
        # The unit a span ends with must be one the calendar can hold: not the night or
        # winter that would start in year 0, nor anything before 0001-01-01.
        try:
            cal.last_unit(end, grain)
        except (InvalidArgumentError, OverflowError) as exc:
            raise InvalidArgumentError(
                "end", end, f"no {grain.value} ends there after the start of year 1"
            ) from exc


@attrs.frozen(order=False, repr=False)
class Span:
    """An exact calendar interval ``[start, end)``, stated at a grain.

    A span is what a calendar expression denotes — "August 2023" is the whole of August —
    and is not uncertain. Either end may be open (``None``). Spans are not ordered by ``<``:
    compare them with :meth:`contains`, :meth:`overlaps` or an explicit :attr:`sort_key`.

    >>> aug = Span.month(2023, 8)
    >>> str(aug), aug.start, aug.end
    ('2023-08', datetime.datetime(2023, 8, 1, 0, 0), datetime.datetime(2023, 9, 1, 0, 0))
    >>> Span.parse("2023-08") == aug
    True
    """

    start: datetime | None = attrs.field(validator=_check_span)
    end: datetime | None
    grain: Grain

    # -- named constructors ---------------------------------------------------------------

    @classmethod
    def unit(cls, moment: date | datetime, grain: Grain) -> Span:
        """The unit of ``grain`` that contains ``moment``.

        >>> Span.unit(date(2024, 2, 8), Grain.WEEK)
        Span.week(2024, 6)
        """
        naive = _naive(moment, "moment")
        if naive is None:
            raise InvalidArgumentError("moment", moment, "must be a date or a datetime")
        start = cal.floor(naive, cal.check_grain(grain))
        cal.check_year(start.year, "moment")
        # Aligned and ordered by construction: the checks of __init__ have nothing to find.
        return _trusted(cls, start, cal.following(start, grain), grain)

    @classmethod
    def between(
        cls,
        start: date | datetime | None,
        end: date | datetime | None,
        *,
        grain: Grain | None = None,
    ) -> Span:
        """The span ``[start, end)``; the grain is the coarsest both ends align to if not given.

        >>> str(Span.between(date(2024, 10, 11), date(2024, 10, 21)))
        '2024-10-11/2024-10-20'
        >>> str(Span.between(date(2023, 8, 1), None))
        '2023-08/..'

        With an open end a Monday stays a day: an open span from week 23 on would read as
        if the start were vague within that week.

        >>> str(Span.between(date(2025, 6, 2), None))
        '2025-06-02/..'
        """
        lo, hi = _naive(start, "start"), _naive(end, "end")
        if grain is None:
            fit = _fit_grain(lo, hi, _CENTURY)
            if fit is Grain.WEEK and (lo is None or hi is None):
                fit = Grain.DAY  # "since Monday 2 June" reads as a day, not as week 23
            return _aligned(cls, lo, hi, fit)
        return cls(lo, hi, grain)

    @classmethod
    def of(cls, value: date | datetime) -> Span:
        """The day of a ``date``, or the second of a ``datetime``."""
        if isinstance(value, datetime):
            return cls.unit(value, Grain.SECOND)
        return cls.unit(value, Grain.DAY)

    @classmethod
    def second(cls, year: int, month: int, day: int, hour: int, minute: int, second: int) -> Span:
        """One second."""
        return cls.unit(_make(year, month, day, hour, minute, second), Grain.SECOND)

    @classmethod
    def minute(cls, year: int, month: int, day: int, hour: int, minute: int) -> Span:
        """One minute: ``Span.minute(2023, 5, 3, 10, 30)`` is 10:30 on 3 May 2023."""
        return cls.unit(_make(year, month, day, hour, minute), Grain.MINUTE)

    @classmethod
    def hour(cls, year: int, month: int, day: int, hour: int) -> Span:
        """One hour."""
        return cls.unit(_make(year, month, day, hour), Grain.HOUR)

    @classmethod
    def part_of_day(cls, year: int, month: int, day: int, part: str) -> Span:
        """A part of a day: morning, afternoon, evening or night (or its TimeML code).

        >>> str(Span.part_of_day(2024, 10, 22, "evening"))
        '2024-10-22TEV'
        """
        key = part.strip() if isinstance(part, str) else ""
        code = _PART_NAMES.get(key.lower(), key.upper())
        if code not in cal.PARTS_OF_DAY:
            raise InvalidArgumentError(
                "part", part, "must be one of morning, afternoon, evening, night (MO/AF/EV/NI)"
            )
        hour = cal.PARTS_OF_DAY[code][1]
        return cls.unit(_make(year, month, day, hour), Grain.PART_OF_DAY)

    @classmethod
    def day(cls, year: int, month: int, day: int) -> Span:
        """One day: ``Span.day(2023, 8, 5)``."""
        return cls.unit(_make(year, month, day), Grain.DAY)

    @classmethod
    def week(cls, year: int, week: int) -> Span:
        """An ISO week (Monday to Sunday) of an ISO week-numbering year."""
        cal.check_year(year)
        if not isinstance(week, int) or isinstance(week, bool):
            raise InvalidArgumentError("week", week, "must be an int")
        try:
            monday = date.fromisocalendar(year, week, 1)
        except (ValueError, OverflowError) as exc:
            raise InvalidArgumentError("week", week, f"not a week of ISO year {year}") from exc
        return cls.unit(monday, Grain.WEEK)

    @classmethod
    def month(cls, year: int, month: int) -> Span:
        """One month: ``Span.month(2023, 8)`` is August 2023."""
        return cls.unit(_make(year, month, 1), Grain.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Span:
        """A calendar quarter, 1 to 4."""
        n = _check_index(quarter, "quarter", 4)
        return cls.unit(_make(year, 3 * n - 2, 1), Grain.QUARTER)

    @classmethod
    def third(cls, year: int, third: int) -> Span:
        """A third of a year (four months, EDTF's quadrimesters 37–39), 1 to 3."""
        n = _check_index(third, "third", 3)
        return cls.unit(_make(year, 4 * n - 3, 1), Grain.THIRD)

    @classmethod
    def half(cls, year: int, half: int) -> Span:
        """A half of a year, 1 or 2."""
        n = _check_index(half, "half", 2)
        return cls.unit(_make(year, 6 * n - 5, 1), Grain.HALF)

    @classmethod
    def season(cls, year: int, season: str) -> Span:
        """A meteorological season; the winter of ``year`` starts in its December.

        >>> str(Span.season(2023, "summer")), Span.season(2023, "winter").end
        ('2023-22', datetime.datetime(2024, 3, 1, 0, 0))
        """
        key = season.strip() if isinstance(season, str) else ""
        code = _SEASON_NAMES.get(key.lower(), key.upper())
        if code not in cal.SEASONS:
            raise InvalidArgumentError(
                "season", season, "must be spring, summer, autumn/fall or winter (SP/SU/FA/WI)"
            )
        return cls.unit(_make(year, cal.SEASONS[code][1], 1), Grain.SEASON)

    @classmethod
    def year(cls, year: int) -> Span:
        """One calendar year."""
        return cls.unit(_make(year, 1, 1), Grain.YEAR)

    @classmethod
    def decade(cls, first_year: int) -> Span:
        """A decade named by its first year: ``Span.decade(1990)`` is the 1990s."""
        if not _is_int(first_year) or first_year % 10 or first_year < 0:
            raise InvalidArgumentError("first_year", first_year, "must be a multiple of 10")
        # There is no year 0: the first decade is the one holding year 1.
        return cls.unit(_make(max(first_year, 1), 1, 1), Grain.DECADE)

    @classmethod
    def century(cls, first_year: int) -> Span:
        """A century named by its first year: ``Span.century(1900)`` is TimeML's "19"."""
        if not _is_int(first_year) or first_year % 100 or first_year < 0:
            raise InvalidArgumentError("first_year", first_year, "must be a multiple of 100")
        return cls.unit(_make(max(first_year, 1), 1, 1), Grain.CENTURY)

    @classmethod
    def parse(cls, text: str) -> Span:
        """The span written by ``str()``: the inverse of formatting.

        >>> Span.parse("2024-33")
        Span.quarter(2024, 1)
        >>> Span.parse("2022-03/2022-05").end
        datetime.datetime(2022, 6, 1, 0, 0)
        """
        return _parse_span(text)

    @classmethod
    def from_timex(cls, timex: Timex) -> Span | None:
        """The span a TIMEX3 value denotes, or ``None`` if it denotes no one span.

        The inverse of :attr:`timex` for one unit. Only the value is read: the mod is not
        applied (``2024`` START is the span of 2024; :meth:`Policy.narrow` says what
        "early" covers). ``None`` for durations, sets, ``PRESENT_REF``/``PAST_REF``/
        ``FUTURE_REF``, values with ``X`` digits, fiscal years, a bare clock time without
        a date, and ``TMI`` (midday, which chronos's calendar does not bound). ``TDT``
        (daytime) is morning and afternoon, 05:00–17:00. ``hh:mm`` is that minute,
        ``hh:mm:ss`` that second, and ``hh`` or ``hh:00`` the hour: TimeML writes a whole
        clock hour as ``hh:00``, and the hour contains its first minute, so this reading is
        never too narrow. A zone designator (``Z``, ``+05:00``) is kept in the value but
        not applied: the span is the clock time as written, on chronos's floating time
        axis. Raises :class:`InvalidArgumentError` when the value lies outside the years
        1–9998 that chronos's spans cover.

        >>> Span.from_timex(Timex("DATE", "2024-W06-WE"))
        Span.parse('2024-02-10/2024-02-11')
        >>> Span.from_timex(Timex("TIME", "2024-02-08TEV"))
        Span.parse('2024-02-08TEV')
        >>> Span.from_timex(Timex("DATE", "XXXX-02-08")) is None
        True
        """
        if not isinstance(timex, Timex):
            raise InvalidArgumentError("timex", timex, "must be a Timex")
        if timex.type not in ("DATE", "TIME"):
            return None
        point = scan_value(timex.type, timex.value)
        return None if point is None else _point_span(point, timex.value)

    # -- properties ---------------------------------------------------------------------

    @property
    def is_bounded(self) -> bool:
        """Whether both ends are known."""
        return self.start is not None and self.end is not None

    @property
    def is_unit(self) -> bool:
        """Whether the span is exactly one unit of its grain (one month, one week, …)."""
        return (
            self.start is not None
            and self.end is not None
            and cal.following(self.start, self.grain) == self.end
        )

    @property
    def length(self) -> timedelta | None:
        """``end - start``, or ``None`` for an open span."""
        if self.start is None or self.end is None:
            return None
        return self.end - self.start

    @property
    def edtf(self) -> str:
        """The canonical string: EDTF where EDTF can say it (``str()`` gives the same)."""
        return str(self)

    @property
    def timex(self) -> Timex:
        """The TIMEX3 that names this span in TimeML's conventions.

        One unit maps to its value: ``2024``, ``2024-08``, ``2024-08-05``, ``2024-W06``,
        ``2024-Q1``, ``2024-H1``, ``2023-SU`` (autumn is ``FA``; a winter is named by the
        year of its December), ``199`` (the 1990s), ``19`` (1900–1999). TimeML has no
        thirds of a year, so a third is its year with the mod ``START``, ``MID`` or ``END``
        ("early 2024" is ``2024`` START). Parts of a day, hours, minutes and seconds are of
        type TIME: ``2024-02-08TEV``, ``2024-02-08T10:00`` (an hour, written hh:00 the
        TimeML way), ``2024-02-08T10:30``, ``2024-02-08T10:30:15``.

        A span of several units takes the value of the smallest unit, of the span's grain
        or coarser, that contains it (finest grain first; a quarter before a season of the
        same length). A span open at one end takes its known end: the first unit with mod
        ``ON_OR_AFTER`` ("since August 2023"), or the last unit with mod ``ON_OR_BEFORE``
        (at month grain when the grain is a third, so the mod stays free).

        Raises :class:`InvalidArgumentError` for a span open at both ends or one that no
        single unit contains (one that runs across a century boundary).

        >>> Span.quarter(2024, 1).timex
        Timex('DATE', '2024-Q1')
        >>> Span.season(2023, "autumn").timex
        Timex('DATE', '2023-FA')
        >>> Span.parse("2022-03/2022-05").timex
        Timex('DATE', '2022-SP')
        >>> Span.parse("2023-08/..").timex
        Timex('DATE', '2023-08', mod='ON_OR_AFTER')
        """
        return trusted_timex(*span_value(self.start, self.end, self.grain, self))

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """An explicit key for display order: by start (open first), then end (open last)."""
        lo = -(2**62) if self.start is None else cal.to_seconds(self.start)
        hi = 2**62 if self.end is None else cal.to_seconds(self.end)
        return (lo, hi, self.grain.rank)

    # -- set operations -----------------------------------------------------------------

    def contains(self, other: Span | date | datetime) -> bool:
        """Whether ``other`` lies wholly inside this span (a date is its whole day)."""
        if not isinstance(other, Span):
            if not isinstance(other, (date, datetime)):
                raise InvalidArgumentError("other", other, "must be a Span, date or datetime")
            other = Span.of(other)
        lo_ok = self.start is None or (other.start is not None and self.start <= other.start)
        hi_ok = self.end is None or (other.end is not None and other.end <= self.end)
        return lo_ok and hi_ok

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one instant."""
        _check_other(other)
        after_start = other.end is None or self.start is None or self.start < other.end
        before_end = self.end is None or other.start is None or other.start < self.end
        return after_start and before_end

    def intersection(self, other: Span) -> Span | None:
        """The instants in both spans, or ``None`` when they do not overlap."""
        if not self.overlaps(other):
            return None
        lo = _latest(self.start, other.start)
        hi = _earliest(self.end, other.end)
        finer = self.grain if self.grain.is_finer_than(other.grain) else other.grain
        return _aligned(Span, lo, hi, _fit_grain(lo, hi, finer))

    def hull(self, other: Span) -> Span:
        """The smallest span that contains both."""
        _check_other(other)
        lo = None if self.start is None or other.start is None else min(self.start, other.start)
        hi = None if self.end is None or other.end is None else max(self.end, other.end)
        finer = self.grain if self.grain.is_finer_than(other.grain) else other.grain
        return _aligned(Span, lo, hi, _fit_grain(lo, hi, finer))

    def shift(
        self,
        *,
        years: int = 0,
        months: int = 0,
        weeks: int = 0,
        days: int = 0,
        hours: int = 0,
        minutes: int = 0,
        seconds: int = 0,
    ) -> Span:
        """The span moved by calendar amounts, keeping its length in units of its grain.

        Months and years clamp the day of the month, so 31 January + 1 month is 29 February
        in a leap year, and moving back gives 29 January: the calendar does not allow more.

        >>> str(Span.month(2024, 1).shift(months=1)), str(Span.day(2024, 1, 31).shift(months=1))
        ('2024-02', '2024-02-29')
        """
        amounts = {
            "years": years,
            "months": months,
            "weeks": weeks,
            "days": days,
            "hours": hours,
            "minutes": minutes,
            "seconds": seconds,
        }
        for name, amount in amounts.items():
            if not _is_int(amount):
                raise InvalidArgumentError(name, amount, "must be an int")
        lo = None if self.start is None else cal.shift(self.start, **amounts)
        if self.end is None:
            hi = None
        elif lo is not None and self.start is not None:
            try:
                hi = _advance(lo, self.start, self.end, self.grain)
            except OverflowError as exc:
                moved = {name: amount for name, amount in amounts.items() if amount}
                raise InvalidArgumentError(
                    "amount", moved, f"moves the end of {self} past the year {cal.MAX_YEAR + 1}"
                ) from exc
        else:
            hi = cal.shift(self.end, **amounts)
        return _aligned(Span, lo, hi, _fit_grain(lo, hi, self.grain))

    # -- text ---------------------------------------------------------------------------

    def __str__(self) -> str:
        if self.start is not None and self.end is not None and self.is_unit:
            return format_unit(self.start, self.grain)
        lo = ".." if self.start is None else format_unit(self.start, self.grain)
        hi = (
            ".."
            if self.end is None
            else format_unit(cal.last_unit(self.end, self.grain), self.grain)
        )
        return f"{lo}/{hi}"

    def __repr__(self) -> str:
        if self.start is not None and self.is_unit:
            named = named_constructor(self.start, self.grain)
            if named is not None:
                return named
        return f"Span.parse({str(self)!r})"


# The slot setters of a frozen class: what ``_trusted`` sets the fields with.
_set_start, _set_end, _set_grain = (Span.__dict__[f.name].__set__ for f in attrs.fields(Span))


# -- spans --------------------------------------------------------------------------------


def _point_span(point: Point, value: str) -> Span | None:
    if point.year is None or point.fiscal or "X" in value:
        return None
    clock = point.clock
    if clock is not None and clock.part == "MI":
        return None
    if point.bc:
        raise InvalidArgumentError(
            "timex", value, "lies before the common era, outside the years 1–9998 spans cover"
        )
    year = int(point.year)
    if len(point.year) == 3:
        return _unit_or_raise(year * 10, Grain.DECADE)
    if len(point.year) == 2:
        return _unit_or_raise(year * 100, Grain.CENTURY)
    _check_span_year(year, year)
    if point.season is not None:
        return Span.season(year, point.season)
    if point.quarter is not None:
        return Span.quarter(year, int(point.quarter))
    if point.half is not None:
        return Span.half(year, int(point.half))
    if point.week is not None:
        week = Span.week(year, int(point.week))
        if point.weekday is None:
            return week
        if week.start is None:
            raise InvalidArgumentError("week", week, "has no start")
        if point.weekday == "WE":
            return Span.between(week.start + timedelta(days=5), week.end)
        day = week.start + timedelta(days=int(point.weekday) - 1)
    elif point.month is None:
        return Span.year(year)
    elif point.day is None:
        return Span.month(year, int(point.month))
    else:
        day = datetime(year, int(point.month), int(point.day))
    if clock is None:
        return Span.unit(day, Grain.DAY)
    return _clock_span(day, clock)


def _clock_span(day: datetime, clock: Clock) -> Span:
    if clock.part == "DT":
        # Daytime: chronos's morning and afternoon together, 05:00 to 17:00.
        return Span(day + timedelta(hours=5), day + timedelta(hours=17), Grain.PART_OF_DAY)
    if clock.part is not None:
        return Span.part_of_day(day.year, day.month, day.day, clock.part)
    if clock.hour is None:
        raise InvalidArgumentError("clock", clock, "names neither a part of the day nor an hour")
    moment = day + timedelta(hours=int(clock.hour))
    if clock.minute is None or (clock.minute == "00" and clock.second is None):
        # TimeML writes a whole clock hour as hh:00 ("10 p.m." is T22:00).
        return Span.unit(moment, Grain.HOUR)
    moment += timedelta(minutes=int(clock.minute))
    if clock.second is None:
        return Span.unit(moment, Grain.MINUTE)
    return Span.unit(moment + timedelta(seconds=int(clock.second)), Grain.SECOND)


def _check_span_year(first: int, last: int) -> None:
    if first < cal.MIN_YEAR or last > cal.MAX_YEAR:
        raise InvalidArgumentError(
            "value",
            first if first < cal.MIN_YEAR else last,
            f"chronos spans cover the years {cal.MIN_YEAR}–{cal.MAX_YEAR} only "
            "(there is no year 0, and the last year leaves room for an exclusive end)",
        )


def _unit_or_raise(first_year: int, grain: Grain) -> Span:
    years = 10 if grain is Grain.DECADE else 100
    _check_span_year(max(first_year, 1), first_year + years - 1)
    # The first decade and century of the era start in year 1: there is no year 0.
    return Span.unit(datetime(max(first_year, 1), 1, 1), grain)


# -- helpers ----------------------------------------------------------------------------


def _make(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    cal.check_year(year)
    exact = type(month) is int and type(day) is int and type(hour) is int  # the usual case
    if not (exact and type(minute) is int and type(second) is int):
        for name, value in (
            ("month", month),
            ("day", day),
            ("hour", hour),
            ("minute", minute),
            ("second", second),
        ):
            if not _is_int(value):
                raise InvalidArgumentError(name, value, "must be an int")
    try:
        return datetime(year, month, day, hour, minute, second)
    except (ValueError, OverflowError) as exc:
        if not 1 <= month <= 12:
            raise InvalidArgumentError("month", month, "must be between 1 and 12") from exc
        if not 0 <= hour < 24:
            raise InvalidArgumentError("hour", hour, "must be between 0 and 23") from exc
        if not 0 <= minute < 60:
            raise InvalidArgumentError("minute", minute, "must be between 0 and 59") from exc
        if not 0 <= second < 60:
            raise InvalidArgumentError("second", second, "must be between 0 and 59") from exc
        raise InvalidArgumentError("day", day, f"no such day in {year}-{month:02d}") from exc


def _is_int(value: object) -> bool:
    """Whether ``value`` is an int and not a bool (which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _check_index(value: int, argument: str, count: int) -> int:
    if not _is_int(value) or not 1 <= value <= count:
        raise InvalidArgumentError(argument, value, f"must be between 1 and {count}")
    return value


def _check_other(other: object) -> None:
    if not isinstance(other, Span):
        raise InvalidArgumentError("other", other, "must be a Span")


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


# Grains a span is inferred to have from its ends alone. Quarters, halves, thirds, seasons
# and parts of the day are named choices: "March to May" is three months, not spring.
_INFERRED: Final = [
    g
    for g in sorted(Grain, key=lambda g: -g.rank)
    if g not in (Grain.QUARTER, Grain.HALF, Grain.THIRD, Grain.SEASON, Grain.PART_OF_DAY)
]
# For each grain a span may at most have: the grains to try, in order.
_FIT_ORDER: Final = {
    at_most: (at_most, *(g for g in _INFERRED if not at_most.is_finer_than(g))) for at_most in Grain
}


def _fit_grain(start: datetime | None, end: datetime | None, at_most: Grain) -> Grain:
    """``at_most`` if both ends align to it, else the coarsest finer inferable grain."""
    is_aligned = cal.is_aligned
    for grain in _FIT_ORDER[at_most]:
        if (start is None or is_aligned(start, grain)) and (end is None or is_aligned(end, grain)):
            return grain
    raise InvalidArgumentError(
        "start", start, "must be a whole second (chronos does not model microseconds)"
    )


def _advance(new_start: datetime, start: datetime, end: datetime, grain: Grain) -> datetime:
    """The end of a span moved to ``new_start``, the same number of grain units long."""
    if grain.rank <= Grain.WEEK.rank:
        return new_start + (end - start)
    months = (end.year - start.year) * 12 + end.month - start.month
    return cal.add_months(new_start, months)


# Each form of a unit, as a pattern re compiles (and keeps) on first use: most programs
# never read a span back from its string, so importing chronos does not compile them.
_UNIT_FORMS: Final = [
    (
        Grain.SECOND,
        r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])T([0-9][0-9]):([0-9][0-9]):([0-9][0-9])",
    ),
    (Grain.MINUTE, r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])T([0-9][0-9]):([0-9][0-9])"),
    (Grain.HOUR, r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])T([0-9][0-9])"),
    (Grain.PART_OF_DAY, r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])T(MO|AF|EV|NI)"),
    (Grain.DAY, r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])"),
    (Grain.WEEK, r"([0-9]{4})-W([0-9][0-9])"),
    (Grain.MONTH, r"([0-9]{4})-(0[1-9]|1[0-2])"),
    (Grain.SEASON, r"([0-9]{4})-(2[1-4])"),
    (Grain.QUARTER, r"([0-9]{4})-(3[3-6])"),
    (Grain.THIRD, r"([0-9]{4})-(3[7-9])"),
    (Grain.HALF, r"([0-9]{4})-(4[01])"),
    (Grain.YEAR, r"([0-9]{4})"),
    (Grain.DECADE, r"([0-9]{3})X"),
    (Grain.CENTURY, r"([0-9]{2})XX"),
]


def parse_unit(text: str, whole: str, offset: int) -> Span:
    """The unit span written as ``text`` (one side of a canonical interval)."""
    for grain, form in _UNIT_FORMS:
        match = re.fullmatch(form, text)
        if match is None:
            continue
        g = match.groups()
        try:
            return _unit_from_groups(grain, tuple(g))
        except InvalidArgumentError as exc:
            raise ParseError(exc.reason, text=whole, position=offset, argument="text") from exc
    raise ParseError(
        "not a chronos span (expected EDTF such as 2023-08, 2024-33, 2023-08/..)",
        text=whole,
        position=offset,
        argument="text",
        suggestion=did_you_mean(text, ()),
    )


def _unit_from_groups(grain: Grain, groups: tuple[str, ...]) -> Span:
    if grain is Grain.PART_OF_DAY:
        y, m, d = (int(g) for g in groups[:3])
        return Span.part_of_day(y, m, d, groups[3])
    n = [int(g) for g in groups]
    by_fields = {
        Grain.SECOND: Span.second,
        Grain.MINUTE: Span.minute,
        Grain.HOUR: Span.hour,
        Grain.DAY: Span.day,
        Grain.WEEK: Span.week,
        Grain.MONTH: Span.month,
        Grain.YEAR: Span.year,
    }
    make = by_fields.get(grain)
    if make is not None:
        made: Span = make(*n)  # type: ignore[operator]
        return made
    year, code = n[0], n[-1]
    if grain is Grain.SEASON:
        return Span.season(year, _EDTF_SEASON[code])
    if grain is Grain.QUARTER:
        return Span.quarter(year, code - 32)
    if grain is Grain.THIRD:
        return Span.third(year, code - 36)
    if grain is Grain.HALF:
        return Span.half(year, code - 39)
    if grain is Grain.DECADE:
        return Span.decade(year * 10)
    return Span.century(year * 100)


def _parse_span(text: str) -> Span:
    if not isinstance(text, str):
        raise InvalidArgumentError("text", text, "must be a str")
    stripped = text.strip()
    if not stripped:
        raise ParseError("empty span", text=text, argument="text")
    lead = len(text) - len(text.lstrip())
    if "/" not in stripped:
        return parse_unit(stripped, text, lead)
    left, _, right = stripped.partition("/")
    if left == ".." and right == "..":
        return Span(None, None, Grain.CENTURY)
    lo = None if left == ".." else parse_unit(left, text, lead)
    hi = None if right == ".." else parse_unit(right, text, lead + len(left) + 1)
    if lo is not None and hi is not None and lo.grain is not hi.grain:
        raise ParseError(
            "the two ends of an interval must have the same grain",
            text=text,
            position=lead + len(left) + 1,
            argument="text",
        )
    grain = (lo or hi).grain if (lo or hi) is not None else Grain.DAY  # type: ignore[union-attr]
    start = None if lo is None else lo.start
    end = None if hi is None else hi.end
    if start is not None and end is not None and not start < end:
        raise ParseError(
            "the interval ends before it starts", text=text, position=lead, argument="text"
        )
    return Span(start, end, grain)
