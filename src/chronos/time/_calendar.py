"""Calendar arithmetic: the one module that talks to dateutil and pendulum.

Everything here works on naive ("floating") datetimes: the local time of the statement.
A grain's *units* tile the time line: every instant lies in exactly one unit of each grain,
which is what makes ``floor``/``following`` well defined and spans at a grain exact.

Parts of the day tile the day as well (a documented policy, see ``docs/concepts.md``):
morning 05–12, afternoon 12–17, evening 17–21, night 21–05 of the next day, so "Tuesday
night" runs from Tuesday 21:00 to Wednesday 05:00 and belongs to Tuesday.

Seasons are meteorological and northern: spring March–May, summer June–August, autumn
September–November, and the winter *of* a year runs from its December to the end of the
next February.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Final, Literal, overload

from chronos.errors import InvalidArgumentError
from chronos.time._grain import (  # globals: cheaper to read than enum members on hot paths
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
    SECOND as _SECOND,
    THIRD as _THIRD,
    WEEK as _WEEK,
    YEAR as _YEAR,
    Grain,
)

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "PARTS_OF_DAY",
    "SEASONS",
    "add_months",
    "advance",
    "check_grain",
    "floating",
    "floor",
    "following",
    "from_seconds",
    "is_aligned",
    "shift",
    "to_seconds",
]

#: The years a span can start in; the last one leaves room for its exclusive end.
MIN_YEAR: Final = 1
MAX_YEAR: Final = 9998

#: English month names, January first.
MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: Parts of the day: TimeML code -> (name, start hour, length in hours).
PARTS_OF_DAY: Final[dict[str, tuple[str, int, int]]] = {
    "MO": ("morning", 5, 7),
    "AF": ("afternoon", 12, 5),
    "EV": ("evening", 17, 4),
    "NI": ("night", 21, 8),
}
_PART_STARTS: Final = sorted((start, code) for code, (_, start, _) in PARTS_OF_DAY.items())

#: Seasons: TimeML code -> (name, first month, EDTF code).
SEASONS: Final[dict[str, tuple[str, int, int]]] = {
    "SP": ("spring", 3, 21),
    "SU": ("summer", 6, 22),
    "FA": ("autumn", 9, 23),
    "WI": ("winter", 12, 24),
}


_MONTHS_PER_UNIT: Final = {
    Grain.MONTH: 1,
    Grain.QUARTER: 3,
    Grain.THIRD: 4,
    Grain.HALF: 6,
    Grain.YEAR: 12,
    Grain.DECADE: 120,
    Grain.CENTURY: 1200,
}
_FIXED: Final = {
    Grain.SECOND: timedelta(seconds=1),
    Grain.MINUTE: timedelta(minutes=1),
    Grain.HOUR: timedelta(hours=1),
    Grain.DAY: timedelta(days=1),
    Grain.WEEK: timedelta(days=7),
}
_ONE_DAY: Final = timedelta(days=1)
_ONE_WEEK: Final = timedelta(days=7)
#: The hour each part of the day starts at -> its length in hours.
_PART_LENGTHS: Final = {start: PARTS_OF_DAY[code][2] for start, code in _PART_STARTS}
_ORDINAL_EPOCH: Final = date(1, 1, 1).toordinal()


def to_seconds(moment: datetime) -> int:
    """Seconds from 0001-01-01T00:00, the integer time axis of the reasoning engine."""
    days = moment.toordinal() - _ORDINAL_EPOCH
    return days * 86400 + moment.hour * 3600 + moment.minute * 60 + moment.second


def from_seconds(seconds: int) -> datetime:
    """The datetime at ``seconds`` from 0001-01-01T00:00 (the inverse of ``to_seconds``)."""
    days, rest = divmod(seconds, 86400)
    day = date.fromordinal(days + _ORDINAL_EPOCH)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return datetime(day.year, day.month, day.day, hour, minute, second)


def check_year(year: int, argument: str = "year") -> int:
    """``year`` if chronos can represent spans in it, else a clear error."""
    if not isinstance(year, int) or isinstance(year, bool):
        raise InvalidArgumentError(argument, year, "must be an int")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidArgumentError(argument, year, f"must be between {MIN_YEAR} and {MAX_YEAR}")
    return year


def check_grain(grain: Grain, argument: str = "grain") -> Grain:
    """``grain`` if it is a :class:`Grain`, else a clear error."""
    if not isinstance(grain, Grain):
        raise InvalidArgumentError(argument, grain, "must be a Grain")
    return grain


def _month_index(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def _from_month_index(index: int) -> datetime:
    year, month0 = divmod(index, 12)
    return datetime(year, month0 + 1, 1)


def _season_offset(moment: datetime) -> int:
    # Months since 1 March of year 0 shifted so that seasons are multiples of 3 months.
    return _month_index(moment) - 2


def floor(moment: datetime, grain: Grain) -> datetime:
    """The start of the unit of ``grain`` that contains ``moment`` (see ``_floor``)."""
    try:
        return _floor(moment, grain)
    except (ValueError, OverflowError) as exc:
        raise InvalidArgumentError(
            "moment", moment, f"its {grain.value} starts before year {MIN_YEAR}"
        ) from exc


def _floor(moment: datetime, grain: Grain) -> datetime:
    """The start of the unit of ``grain`` that contains ``moment``.

    >>> floor(datetime(2024, 2, 8, 22, 30), Grain.PART_OF_DAY)
    datetime.datetime(2024, 2, 8, 21, 0)
    >>> floor(datetime(2024, 2, 8), Grain.WEEK)
    datetime.datetime(2024, 2, 5, 0, 0)
    """
    if grain is _SECOND:
        return moment.replace(microsecond=0)
    if grain is _MINUTE:
        return moment.replace(second=0, microsecond=0)
    if grain is _HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    year, month = moment.year, moment.month
    if grain is _DAY:
        return datetime(year, month, moment.day)
    if grain is _MONTH:
        return datetime(year, month, 1)
    if grain is _YEAR:
        return datetime(year, 1, 1)
    if grain is _WEEK:
        day = datetime(year, month, moment.day)
        return day - timedelta(days=day.weekday())
    if grain is _PART_OF_DAY:
        day = datetime(year, month, moment.day)
        hour = moment.hour
        if hour < _PART_STARTS[0][0]:
            return day - _ONE_DAY + timedelta(hours=_PART_STARTS[-1][0])
        start = max(s for s, _ in _PART_STARTS if s <= hour)
        return day + timedelta(hours=start)
    if grain is _SEASON:
        offset = year * 12 + month - 3  # months since March of year 0
        return _from_month_index(offset - offset % 3 + 2)
    if grain is _DECADE or grain is _CENTURY:
        years = _MONTHS_PER_UNIT[grain] // 12
        return datetime(max(year - year % years, 1), 1, 1)
    months = _MONTHS_PER_UNIT[grain]
    return datetime(year, (month - 1) // months * months + 1, 1)


def following(start: datetime, grain: Grain) -> datetime:
    """The start of the unit after the one that starts at ``start``."""
    try:
        return _following(start, grain)
    except (ValueError, OverflowError) as exc:
        raise InvalidArgumentError(
            "moment", start, f"its {grain.value} ends after year {MAX_YEAR + 1}"
        ) from exc


def _following(start: datetime, grain: Grain) -> datetime:
    if grain is _DAY:
        return start + _ONE_DAY
    if grain is _MONTH:
        month = start.month
        return datetime(start.year + 1, 1, 1) if month == 12 else datetime(start.year, month + 1, 1)
    if grain is _YEAR:
        return datetime(start.year + 1, start.month, 1)
    if grain is _WEEK:
        return start + _ONE_WEEK
    if grain is _SECOND or grain is _MINUTE or grain is _HOUR:
        return start + _FIXED[grain]
    if grain is _PART_OF_DAY:
        hours = _PART_LENGTHS.get(start.hour)
        if hours is None:  # pragma: no cover - callers align first
            raise AssertionError("unaligned part of day")
        return start + timedelta(hours=hours)
    if grain is _SEASON:
        return _from_month_index(_month_index(start) + 3)
    if grain is _DECADE or grain is _CENTURY:
        years = _MONTHS_PER_UNIT[grain] // 12
        return datetime(start.year - start.year % years + years, 1, 1)
    return _from_month_index(_month_index(start) + _MONTHS_PER_UNIT[grain])


def is_aligned(moment: datetime, grain: Grain) -> bool:
    """Whether ``moment`` is the start of a unit of ``grain``.

    >>> is_aligned(datetime(2024, 7, 1), Grain.QUARTER), is_aligned(datetime(2024, 7, 2), Grain.DAY)
    (True, True)
    """
    if moment.microsecond:
        return False
    if moment.tzinfo is not None:
        return _is_aligned_by_floor(moment, grain)
    # By arithmetic on the fields, finest grain first: what floor() would give back.
    if grain is _SECOND:
        return True
    if moment.second:
        return False
    if grain is _MINUTE:
        return True
    if moment.minute:
        return False
    if grain is _HOUR:
        return True
    if grain is _PART_OF_DAY:
        return moment.hour in _PART_LENGTHS
    if moment.hour:
        return False
    if grain is _DAY:
        return True
    if grain is _WEEK:
        return moment.weekday() == 0
    if moment.day != 1:
        return False
    month = moment.month
    if grain is _MONTH:
        return True
    if grain is _SEASON:
        return month % 3 == 0
    if grain is _QUARTER:
        return month % 3 == 1
    if grain is _THIRD:
        return month % 4 == 1
    if grain is _HALF:
        return month % 6 == 1
    if month != 1:
        return False
    if grain is _YEAR:
        return True
    # Year 1 stands in for the (unrepresentable) year 0 as the first decade's start.
    if grain is _DECADE:
        return moment.year % 10 == 0 or moment.year == 1
    return moment.year % 100 == 0 or moment.year == 1  # a century


def _is_aligned_by_floor(moment: datetime, grain: Grain) -> bool:
    """``is_aligned`` for an aware moment (or a grain that is not one): ``floor`` compares."""
    if grain is _DECADE or grain is _CENTURY:
        years = _MONTHS_PER_UNIT[grain] // 12
        return moment == datetime(moment.year, 1, 1) and (
            moment.year % years == 0 or moment.year == 1
        )
    try:
        return floor(moment, grain) == moment
    except InvalidArgumentError:
        return False


def advance(start: datetime, grain: Grain, units: int) -> datetime:
    """The start of the unit ``units`` units of ``grain`` after (before, if negative) ``start``.

    ``start`` is the start of a unit. The result is reached by arithmetic, not by stepping,
    so a large ``units`` costs no more than a small one.

    >>> advance(datetime(2024, 2, 8, 21), Grain.PART_OF_DAY, -2)
    datetime.datetime(2024, 2, 8, 12, 0)
    >>> advance(datetime(1, 1, 1), Grain.DECADE, 1)
    datetime.datetime(10, 1, 1, 0, 0)
    """
    try:
        return _advance(start, grain, units)
    except (ValueError, OverflowError) as exc:
        raise InvalidArgumentError(
            "units",
            units,
            f"moves {start.isoformat()} outside the years {MIN_YEAR}–{MAX_YEAR + 1}",
        ) from exc


def _advance(start: datetime, grain: Grain, units: int) -> datetime:
    fixed = _FIXED.get(grain)
    if fixed is not None:
        return start + fixed * units
    if grain is Grain.PART_OF_DAY:
        # Four parts tile every day, so whole days move a part to the same part.
        days, rest = divmod(units, len(PARTS_OF_DAY))
        moment = start + timedelta(days=days)
        for _ in range(rest):
            moment = _following(moment, grain)
        return moment
    if grain is Grain.SEASON:
        return _from_month_index(_month_index(start) + 3 * units)
    if grain is Grain.DECADE or grain is Grain.CENTURY:
        # The first decade (century) of the era starts in year 1, standing in for year 0.
        years = _MONTHS_PER_UNIT[grain] // 12
        first = (start.year // years + units) * years
        if first < 0:
            raise ValueError(first)
        return datetime(max(first, 1), 1, 1)
    return _from_month_index(_month_index(start) + _MONTHS_PER_UNIT[grain] * units)


def last_unit(end: datetime, grain: Grain) -> datetime:
    """The start of the last unit of ``grain`` that ends at or before ``end``."""
    return floor(end - timedelta(seconds=1), grain)


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` moved by whole months, the day clamped to the month's length.

    >>> add_months(datetime(2024, 1, 31), 1)
    datetime.datetime(2024, 2, 29, 0, 0)
    """
    return shift(moment, months=months)


def shift(
    moment: datetime,
    *,
    years: int = 0,
    months: int = 0,
    weeks: int = 0,
    days: int = 0,
    hours: int = 0,
    minutes: int = 0,
    seconds: int = 0,
) -> datetime:
    """``moment`` moved by calendar amounts (months and years clamp the day of the month)."""
    from dateutil.relativedelta import relativedelta

    try:
        return moment + relativedelta(
            years=years,
            months=months,
            weeks=weeks,
            days=days,
            hours=hours,
            minutes=minutes,
            seconds=seconds,
        )
    except (OverflowError, ValueError) as exc:
        raise InvalidArgumentError(
            "amount",
            {"years": years, "months": months, "days": days + 7 * weeks},
            f"moves {moment.isoformat()} outside the years {MIN_YEAR}–{MAX_YEAR}",
        ) from exc


def floating(moment: datetime | date, zone: str | tzinfo | None = None) -> datetime:
    """A naive datetime: the wall time of ``moment`` in ``zone`` (or its own zone).

    chronos reasons in the floating local time of a statement. An aware datetime is turned
    into that time once, here: converted to ``zone`` when one is given, then stripped of its
    zone. A naive datetime or a date is taken as already floating.

    >>> from datetime import timezone
    >>> floating(datetime(2024, 2, 8, 3, 0, tzinfo=timezone.utc), "Asia/Karachi")
    datetime.datetime(2024, 2, 8, 8, 0)
    """
    if not isinstance(moment, datetime):
        if isinstance(moment, date):
            return datetime(moment.year, moment.month, moment.day)
        raise InvalidArgumentError("moment", moment, "must be a date or a datetime")
    if moment.tzinfo is None:
        if zone is not None:
            raise InvalidArgumentError("zone", zone, "a naive datetime has no zone to convert from")
        return moment
    if zone is not None:
        if isinstance(zone, str):
            import pendulum

            try:
                target: tzinfo = pendulum.timezone(zone)
            except Exception as exc:  # pendulum raises its own, undocumented, error types
                raise InvalidArgumentError("zone", zone, "not a known time zone") from exc
        elif isinstance(zone, tzinfo):
            target = zone
        else:
            raise InvalidArgumentError("zone", zone, "must be a time zone name, a tzinfo or None")
        try:
            moment = moment.astimezone(target)
        except (ValueError, OverflowError) as exc:
            raise InvalidArgumentError(
                "moment", moment, f"its wall time in {zone} falls outside the years datetime holds"
            ) from exc
    return moment.replace(tzinfo=None)


@overload
def moment_argument(
    value: object, argument: str, *, optional: Literal[False] = ...
) -> datetime: ...


@overload
def moment_argument(value: object, argument: str, *, optional: bool) -> datetime | None: ...


def moment_argument(value: object, argument: str, *, optional: bool = False) -> datetime | None:
    """A reference moment given as a date, a naive datetime or an ISO string, to the second.

    ``parse``, ``extract``, ``Timeline`` and ``Statement`` all read their reference here, so
    each takes the same forms and refuses the same ones with the same error. A date stands
    for its midnight. An ISO string with an offset is its own wall time: the clock of the
    place that published the statement, which is what "today" and "tonight" in it mean. An
    aware datetime is refused: it is often a conversion (to UTC, say) that has already lost
    that wall time, so which one is meant is the caller's choice, made with
    :func:`floating`. ``None`` is refused, or stands for no moment when ``optional``. Any
    refusal, a string that is not ISO included, is an ``InvalidArgumentError`` that names
    ``argument`` and shows ``value``: a bad reference is a mistake in the call, never a
    phrase that did not read.

    >>> moment_argument("2024-10-25T16:45:30.5+05:00", "reference")
    datetime.datetime(2024, 10, 25, 16, 45, 30)
    >>> moment_argument(date(2024, 10, 25), "dct")
    datetime.datetime(2024, 10, 25, 0, 0)
    """
    if value is None and optional:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise InvalidArgumentError(argument, value, _NAIVE)
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidArgumentError(argument, value, f"is {_NOT_ISO}") from None
        if moment.tzinfo is not None:
            moment = moment.replace(tzinfo=None)
        return moment.replace(microsecond=0)
    expected = "a date, a datetime, an ISO string or None" if optional else _MOMENT
    raise InvalidArgumentError(argument, value, f"must be {expected}")


_MOMENT: Final = "a date, a datetime or an ISO string"
_NAIVE: Final = "must be naive; convert it with chronos.floating() first"
_NOT_ISO: Final = "not an ISO date or date-time (expected e.g. 2024-10-25)"
