"""``Timex``: the TIMEX3 ``(type, value, mod)`` triple of TimeML, validated.

TIMEX3 is how temporal expressions are annotated and scored (TimeBank, TempEval, MEANTIME).
A :class:`Timex` holds the attributes chronos reads and writes — ``type``, ``value``, ``mod``
and, for recurrences, ``freq`` and ``quant`` — and checks that they are well formed; the
grammar of values is in :mod:`chronos.time._timex_value`. It also maps between TIMEX3 values and
chronos's :class:`~chronos.Span`, both ways.

>>> Span.month(2023, 8).timex
Timex('DATE', '2023-08')
>>> Timex("TIME", "2024-02-08TEV").span
Span.parse('2024-02-08TEV')
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean
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
from chronos.time._scanner import ScanError
from chronos.time._span import Span
from chronos.time._timex_value import MODS, REFERENCES, SEASONS, TYPES, Clock, Point, scan_value

__all__ = ["Timex", "trusted_timex"]

_THIRD_MODS: Final = ("START", "MID", "END")
#: The month a season starts in -> its TimeML code; the hour a part of the day starts at
#: -> its code.
_SEASON_AT: Final = {month: code for code, month in SEASONS.items()}
_PART_AT: Final = {hour: code for code, (_, hour, _) in cal.PARTS_OF_DAY.items()}
# Patterns re compiles (and keeps) on first use: only a SET timex or Timex.parse needs them.
_FREQ: Final = r"[0-9]+[XYQMWDH]"
_QUANT: Final = r"[A-Za-z]+"
_WORD: Final = r"\S+"


# -- spans --------------------------------------------------------------------------------


def _point_span(point: Point, value: str) -> Span | None:
    if point.year is None or point.fiscal or "X" in value:
        return None
    clock = point.clock
    if clock is not None and clock.part == "MI":
        return None
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
        assert week.start is not None
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
    assert clock.hour is not None
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


def _unit_value(start: datetime, grain: Grain) -> tuple[str, str, str | None]:
    """``(type, value, mod)`` of the unit of ``grain`` that starts at ``start``."""
    y = f"{start.year:04d}"
    if grain is _YEAR:
        return "DATE", y, None
    if grain is _MONTH:
        return "DATE", f"{y}-{start.month:02d}", None
    if grain is _WEEK:
        iso = start.isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", None
    if grain is _QUARTER:
        return "DATE", f"{y}-Q{(start.month - 1) // 3 + 1}", None
    if grain is _HALF:
        return "DATE", f"{y}-H{(start.month - 1) // 6 + 1}", None
    if grain is _THIRD:
        return "DATE", y, _THIRD_MODS[(start.month - 1) // 4]
    if grain is _SEASON:
        return "DATE", f"{y}-{_SEASON_AT[start.month]}", None
    if grain is _DECADE:
        return "DATE", f"{start.year // 10:03d}", None
    if grain is _CENTURY:
        return "DATE", f"{start.year // 100:02d}", None
    day = f"{y}-{start.month:02d}-{start.day:02d}"
    if grain is _DAY:
        return "DATE", day, None
    if grain is _PART_OF_DAY:
        return "TIME", f"{day}T{_PART_AT[start.hour]}", None
    if grain is _HOUR:
        return "TIME", f"{day}T{start.hour:02d}:00", None
    if grain is _MINUTE:
        return "TIME", f"{day}T{start.hour:02d}:{start.minute:02d}", None
    return "TIME", f"{day}T{start.hour:02d}:{start.minute:02d}:{start.second:02d}", None


def _containing_unit(span: Span, grain: Grain) -> datetime | None:
    """The start of the unit of ``grain`` that holds the bounded ``span``, if one does."""
    assert span.start is not None
    assert span.end is not None
    if grain is _DECADE or grain is _CENTURY:
        # By arithmetic: the decade 9990s ends past the last year a Span can hold.
        years = 10 if grain is _DECADE else 100
        first = span.start.year // years
        if first != cal.last_unit(span.end, Grain.YEAR).year // years:
            return None
        return datetime(max(first * years, 1), 1, 1)
    # The unit Span.unit(span.start, grain) would make, without making it.
    try:
        start = cal.floor(span.start, grain)
        cal.check_year(start.year, "moment")
        end = cal.following(start, grain)
    except (ValueError, OverflowError):
        # The night or winter that holds the first hours of year 1 starts in year 0,
        # which datetime cannot hold; a coarser unit will do.
        return None
    return start if span.end <= end else None


_FINE_TO_COARSE: Final = sorted(Grain, key=lambda g: g.rank)
# For each grain of a span: the grains whose units may name it, finest first.
_CANDIDATES: Final = {
    grain: tuple(g for g in _FINE_TO_COARSE if not g.is_finer_than(grain)) for grain in Grain
}


# -- validation ---------------------------------------------------------------------------


def _check_name(argument: str, value: object, names: tuple[str, ...]) -> None:
    if not isinstance(value, str):
        raise InvalidArgumentError(argument, value, "must be a str")
    if value not in names:
        guess = did_you_mean(value.upper(), names)
        hint = f"; did you mean {guess!r}?" if guess is not None else ""
        raise InvalidArgumentError(argument, value, f"must be one of {', '.join(names)}{hint}")


def _check_type(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    _check_name("type", value, TYPES)


def _check_value(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute
    if not isinstance(value, str):
        raise InvalidArgumentError("value", value, "must be a str")
    try:
        scan_value(instance.type, value)
    except ScanError as bad:
        raise ParseError(
            f"not a TIMEX3 {instance.type} value: {bad.reason}",
            text=value,
            position=bad.position,
            suggestion=bad.suggestion,
            argument="value",
        ) from None


def _check_mod(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    if value is not None:
        _check_name("mod", value, MODS)


def _check_freq(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute
    if value is None:
        return
    if not isinstance(value, str) or re.fullmatch(_FREQ, value) is None:
        raise InvalidArgumentError(
            "freq", value, "must be a count and X or a unit, as in 2X (twice) or 3D"
        )
    if instance.type != "SET":
        raise InvalidArgumentError("freq", value, "only a SET timex has a frequency")


def _check_quant(instance: Timex, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute
    if value is None:
        return
    if not isinstance(value, str) or re.fullmatch(_QUANT, value) is None:
        raise InvalidArgumentError("quant", value, "must be one word, such as EVERY or EACH")
    if instance.type != "SET":
        raise InvalidArgumentError("quant", value, "only a SET timex has a quantifier")


# -- construction without the checks ------------------------------------------------------

_new = object.__new__


def _trusted(cls: type[Timex], kind: str, value: str, mod: str | None = None) -> Timex:
    """A timex made without the checks of ``__init__``, for a value chronos wrote itself
    (``_unit_value``, a duration's own value) and a mod from :data:`MODS`."""
    if cls is not Timex:  # a subclass may have fields of its own: its __init__ makes it
        return cls(kind, value, mod)
    timex = _new(cls)
    _set_type(timex, kind)  # the slots' own setters, defined below the class
    _set_value(timex, value)
    _set_mod(timex, mod)
    _set_freq(timex, None)
    _set_quant(timex, None)
    return timex


def trusted_timex(kind: str, value: str, mod: str | None = None) -> Timex:
    """``Timex(kind, value, mod)`` for parts valid by construction (see ``_trusted``)."""
    return _trusted(Timex, kind, value, mod)


# -- the type -----------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Timex:
    """A TIMEX3 ``type``, ``value`` and ``mod`` (plus ``freq`` and ``quant`` for a SET).

    The constructor checks every attribute: a malformed value raises :class:`ParseError`
    with a caret under the first bad character, a type or mod that is not TimeML's raises
    :class:`InvalidArgumentError`. ``str()`` writes the compact form ``TYPE VALUE [MOD]
    [freq=F] [quant=Q]``, which :meth:`parse` reads back.

    >>> t = Timex("DATE", "2024", "START")
    >>> t, str(t)
    (Timex('DATE', '2024', mod='START'), 'DATE 2024 START')
    >>> Timex.parse("DATE 2024-Q1").span
    Span.quarter(2024, 1)
    """

    type: str = attrs.field(validator=_check_type)
    value: str = attrs.field(validator=_check_value)
    mod: str | None = attrs.field(default=None, validator=_check_mod)
    freq: str | None = attrs.field(default=None, kw_only=True, validator=_check_freq)
    quant: str | None = attrs.field(default=None, kw_only=True, validator=_check_quant)

    # -- named constructors -------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> Timex:
        """The timex written by ``str()``: ``TYPE VALUE [MOD] [freq=F] [quant=Q]``.

        Words are separated by white space; the type comes first, then the value, then
        the mod if there is one, then ``freq=`` and ``quant=`` in any order.

        >>> Timex.parse("SET P1M freq=2X")
        Timex('SET', 'P1M', freq='2X')
        >>> Timex.parse("DURATION P3Y MORE_THAN").mod
        'MORE_THAN'
        """
        if not isinstance(text, str):
            raise InvalidArgumentError("text", text, "must be a str")
        return _parse_timex(text)

    @classmethod
    def from_span(cls, span: Span) -> Timex:
        """The TIMEX3 that names ``span`` in TimeML's conventions.

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

        >>> Timex.from_span(Span.season(2023, "autumn"))
        Timex('DATE', '2023-FA')
        >>> Timex.from_span(Span.parse("2022-03/2022-05"))
        Timex('DATE', '2022-SP')
        >>> Timex.from_span(Span.parse("2023-08/.."))
        Timex('DATE', '2023-08', mod='ON_OR_AFTER')
        """
        if not isinstance(span, Span):
            raise InvalidArgumentError("span", span, "must be a Span")
        grain = span.grain
        if span.start is None or span.end is None:
            if grain is Grain.THIRD:
                grain = Grain.MONTH
            if span.start is not None:
                kind, value, _ = _unit_value(span.start, grain)
                return _trusted(cls, kind, value, "ON_OR_AFTER")
            if span.end is not None:
                last = cal.last_unit(span.end, grain)
                kind, value, _ = _unit_value(last, grain)
                return _trusted(cls, kind, value, "ON_OR_BEFORE")
            raise InvalidArgumentError(
                "span", span, "is open at both ends: no TIMEX3 value denotes all of time"
            )
        start = span.start
        if start.year <= cal.MAX_YEAR and cal.following(start, grain) == span.end:
            # One whole unit (the usual case): its own value.
            return _trusted(cls, *_unit_value(start, grain))
        for candidate in _CANDIDATES[grain]:
            first = _containing_unit(span, candidate)
            if first is not None:
                return _trusted(cls, *_unit_value(first, candidate))
        raise InvalidArgumentError(
            "span", span, "no single TIMEX3 value covers it (it runs across a century boundary)"
        )

    # -- properties ---------------------------------------------------------------------

    @property
    def span(self) -> Span | None:
        """The calendar span the value itself denotes, or ``None`` if it denotes no one span.

        Only the value is read: the mod is not applied (``2024`` START is the span of 2024;
        the policy in :meth:`Span.vague` says what "early" covers). ``None`` for durations,
        sets, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, values with ``X`` digits, fiscal
        years, a bare clock time without a date, and ``TMI`` (midday, which chronos's
        calendar does not bound). ``TDT`` (daytime) is morning and afternoon, 05:00–17:00.
        ``hh:mm`` is that minute, ``hh:mm:ss`` that second, and ``hh`` or ``hh:00`` the hour:
        TimeML writes a whole clock hour as ``hh:00``, and the hour contains its first
        minute, so this reading is never too narrow. A zone designator (``Z``,
        ``+05:00``) is kept in the value but not applied: the span is the clock time as
        written, on chronos's floating time axis. Raises :class:`InvalidArgumentError` when
        the value lies outside the years 1–9998 that chronos's spans cover.

        >>> Timex("DATE", "2024-W06-WE").span
        Span.parse('2024-02-10/2024-02-11')
        >>> Timex("DATE", "XXXX-02-08").span is None
        True
        """
        if self.type not in ("DATE", "TIME"):
            return None
        point = scan_value(self.type, self.value)
        return None if point is None else _point_span(point, self.value)

    @property
    def has_unknown_digits(self) -> bool:
        """Whether the value leaves digits unknown (``XXXX-02-08``, ``PXY``).

        >>> Timex("DATE", "1998-XX-XX").has_unknown_digits
        True
        """
        return "X" in self.value

    @property
    def is_reference(self) -> bool:
        """Whether the value is a vague reference: ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.

        >>> Timex("DATE", "PAST_REF").is_reference
        True
        """
        return self.value in REFERENCES

    # -- text ---------------------------------------------------------------------------

    def __str__(self) -> str:
        words = [self.type, self.value]
        if self.mod is not None:
            words.append(self.mod)
        if self.freq is not None:
            words.append(f"freq={self.freq}")
        if self.quant is not None:
            words.append(f"quant={self.quant}")
        return " ".join(words)

    def __repr__(self) -> str:
        args = [repr(self.type), repr(self.value)]
        for name in ("mod", "freq", "quant"):
            field = getattr(self, name)
            if field is not None:
                args.append(f"{name}={field!r}")
        return f"Timex({', '.join(args)})"


# The slot setters of a frozen class: what ``_trusted`` sets the fields with.
_set_type, _set_value, _set_mod, _set_freq, _set_quant = (
    Timex.__dict__[f.name].__set__ for f in attrs.fields(Timex)
)


# -- parsing the compact form -------------------------------------------------------------


def _parse_timex(text: str) -> Timex:
    words = [(m.start(), m.group()) for m in re.finditer(_WORD, text)]
    if not words:
        raise ParseError("empty timex (expected e.g. 'DATE 2024-08')", text=text, argument="text")
    at, kind = words[0]
    if kind not in TYPES:
        raise ParseError(
            f"not a TIMEX3 type (expected one of {', '.join(TYPES)})",
            text=text,
            position=at,
            suggestion=did_you_mean(kind.upper(), TYPES),
            argument="text",
        )
    if len(words) < 2:
        raise ParseError(
            "expected a value after the type", text=text, position=len(text), argument="text"
        )
    at, value = words[1]
    try:
        scan_value(kind, value)
    except ScanError as bad:
        raise ParseError(
            f"not a TIMEX3 {kind} value: {bad.reason}",
            text=text,
            position=at + bad.position,
            suggestion=bad.suggestion,
            argument="text",
        ) from None
    mod: str | None = None
    extra: dict[str, str] = {}
    for index, (at, word) in enumerate(words[2:]):
        key, equals, setting = word.partition("=")
        if not equals:
            if index > 0 or word not in MODS:
                reason = (
                    f"not a TIMEX3 mod (expected one of {', '.join(MODS)})"
                    if index == 0
                    else "expected freq=… or quant=… after the mod"
                )
                raise ParseError(
                    reason,
                    text=text,
                    position=at,
                    suggestion=did_you_mean(word.upper(), MODS) if index == 0 else None,
                    argument="text",
                )
            mod = word
            continue
        if key not in ("freq", "quant") or key in extra:
            reason = "repeated attribute" if key in extra else "expected freq= or quant="
            raise ParseError(
                reason,
                text=text,
                position=at,
                suggestion=did_you_mean(key, ("freq", "quant")) if key not in extra else None,
                argument="text",
            )
        pattern = _FREQ if key == "freq" else _QUANT
        if re.fullmatch(pattern, setting) is None:
            what = "a count and X or a unit, as in 2X" if key == "freq" else "one word, as EVERY"
            raise ParseError(
                f"{key} must be {what}",
                text=text,
                position=at + len(key) + 1,
                argument="text",
            )
        if kind != "SET":
            raise ParseError(f"only a SET timex has {key}", text=text, position=at, argument="text")
        extra[key] = setting
    return Timex(kind, value, mod, freq=extra.get("freq"), quant=extra.get("quant"))
