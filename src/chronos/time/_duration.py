"""``Duration``: a length of time with lower and upper bounds, never an invented date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError
from chronos.time._grain import Grain
from chronos.time._scanner import ScanError
from chronos.time._timex_value import MODS, scan_value

if TYPE_CHECKING:
    from chronos.time._policy import Policy
    from chronos.time._timex import Timex

__all__ = ["Duration"]

_UNITS: Final = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")
_FIXED_SECONDS: Final = {"weeks": 604800, "days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}
_LETTER: Final = {
    "years": "Y",
    "months": "M",
    "weeks": "W",
    "days": "D",
    "hours": "H",
    "minutes": "M",
    "seconds": "S",
}
_DAY: Final = 86400
_SECOND: Final = timedelta(seconds=1)
_ZERO: Final = timedelta(0)
_MAX_SECONDS: Final = timedelta.max.days * 86400 + timedelta.max.seconds
_MAX_DIGITS: Final = len(str(_MAX_SECONDS))
# A TimeML duration value: P, then date parts, then an optional T and time parts. ASCII
# digits only: \d would also take "٣" and "३", which no TimeML value contains. Compiled
# (and kept) by re on first use, by ``parse``.
_VALUE: Final = (
    r"(?a)P(?:(?P<years>\d+(?:\.\d+)?|X)Y)?(?:(?P<months>\d+(?:\.\d+)?|X)M)?"
    r"(?:(?P<weeks>\d+(?:\.\d+)?|X)W)?(?:(?P<days>\d+(?:\.\d+)?|X)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?|X)H)?(?:(?P<minutes>\d+(?:\.\d+)?|X)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?|X)S)?)?"
)
_GRAIN_UNIT: Final = {
    Grain.YEAR: "years",
    Grain.MONTH: "months",
    Grain.WEEK: "weeks",
    Grain.DAY: "days",
    Grain.HOUR: "hours",
    Grain.MINUTE: "minutes",
    Grain.SECOND: "seconds",
    Grain.DECADE: "decades",
    Grain.CENTURY: "centuries",
    Grain.QUARTER: "quarters",
}


@cache
def _month_run_days(months: int) -> tuple[int, int]:
    """The fewest and most days in ``months`` consecutive calendar months (months < 12)."""
    lengths = []
    # Two years, one leap and one not, hold every run of fewer than twelve months.
    for year in (2023, 2024):
        for first in range(1, 13):
            start = date(year, first, 1)
            index = year * 12 + first - 1 + months
            end = date(index // 12, index % 12 + 1, 1)
            lengths.append((end - start).days)
    return min(lengths), max(lengths)


def _years_days(years: int) -> tuple[int, int]:
    # Every fourth year is a leap year except centuries not divisible by 400, so k
    # consecutive years hold at least k//4 - ceil(k/100) and at most ceil(k/4) leap days.
    fewest = max(0, years // 4 - (years + 99) // 100)
    most = (years + 3) // 4
    return 365 * years + fewest, 365 * years + most


def _bounds(amounts: dict[str, int]) -> tuple[int, int]:
    months = amounts.get("years", 0) * 12 + amounts.get("months", 0)
    years, rest = divmod(months, 12)
    lo_y, hi_y = _years_days(years)
    lo_m, hi_m = _month_run_days(rest) if rest else (0, 0)
    fixed = sum(amounts.get(unit, 0) * size for unit, size in _FIXED_SECONDS.items())
    # Years and leftover months are bounded separately, so a mixed amount may be a day
    # looser than the exact calendar allows, never tighter.
    return (lo_y + lo_m) * _DAY + fixed, (hi_y + hi_m) * _DAY + fixed


def _parsed_bounds(groups: dict[str, str]) -> tuple[int, int]:
    """The fewest and most seconds of the amounts of a duration value, fractions included."""
    if not any("." in v for v in groups.values()):
        return _bounds({unit: int(text) for unit, text in groups.items()})
    lo_s = hi_s = 0
    for unit, text in groups.items():
        whole, _, frac = text.partition(".")
        lo1, hi1 = _bounds({unit: int(whole)})
        lo2, hi2 = _bounds({unit: int(whole) + 1})
        share = float(f"0.{frac}") if frac else 0.0
        lo_s += lo1 + int((lo2 - lo1) * share)
        hi_s += hi1 + int((hi2 - hi1) * share + 0.999999)
    return lo_s, hi_s


def _check_bounds(instance: Duration, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute, value
    lo, hi = instance.minimum, instance.maximum
    if not isinstance(lo, timedelta) or lo < timedelta(0):
        raise InvalidArgumentError("minimum", lo, "must be a timedelta of zero or more")
    if hi is not None and (not isinstance(hi, timedelta) or hi < lo):
        raise InvalidArgumentError("maximum", hi, f"must be a timedelta ≥ minimum={lo!r}")


def _check_value(instance: Duration, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidArgumentError("value", value, "must be a TimeML duration value or None")
    try:
        scan_value("DURATION", value)
    except ScanError as bad:
        raise ParseError(
            f"not a TIMEX3 DURATION value: {bad.reason}",
            text=value,
            position=bad.position,
            argument="value",
        ) from None


def _check_mod(instance: Duration, attribute: attrs.Attribute[Any], value: Any) -> None:
    del instance, attribute
    if value is not None and value not in MODS:
        raise InvalidArgumentError("mod", value, f"must be one of {', '.join(MODS)} or None")


def _timedelta(seconds: int, argument: str, value: object) -> timedelta:
    """``seconds`` as a timedelta, or a clear error when it is longer than one can be."""
    try:
        return timedelta(seconds=seconds)
    except OverflowError:
        raise InvalidArgumentError(
            argument, value, f"is longer than the longest timedelta ({timedelta.max.days} days)"
        ) from None


_new = object.__new__


def _trusted(
    cls: type[Duration],
    minimum: timedelta,
    maximum: timedelta | None,
    value: str | None,
    mod: str | None = None,
) -> Duration:
    """A duration made without the checks of ``__init__``, for bounds and a value that
    chronos derived itself (``of``, and the qualified amounts of a checked duration)."""
    if cls is not Duration:  # a subclass may have fields of its own: its __init__ makes it
        return cls(minimum, maximum, value, mod)
    duration = _new(cls)
    _set_minimum(duration, minimum)  # the slots' own setters, defined below the class
    _set_maximum(duration, maximum)
    _set_value(duration, value)
    _set_mod(duration, mod)
    return duration


@attrs.frozen
class Duration:
    """A length of time known to lie between ``minimum`` and ``maximum`` (open: ``None``).

    Calendar lengths are ranges — one month is 28 to 31 days — and "more than two years"
    has no upper bound. ``value`` and ``mod`` keep the TimeML form of what was said.

    >>> d = Duration.of(months=1)
    >>> d.minimum.days, d.maximum.days, str(d)
    (28, 31, 'P1M')
    >>> Duration.of(years=2).more_than().timex
    Timex('DURATION', 'P2Y', mod='MORE_THAN')
    """

    minimum: timedelta = attrs.field(validator=_check_bounds)
    maximum: timedelta | None
    value: str | None = attrs.field(default=None, validator=_check_value)
    mod: str | None = attrs.field(default=None, validator=_check_mod)

    @classmethod
    def of(
        cls,
        *,
        years: int = 0,
        months: int = 0,
        weeks: int = 0,
        days: int = 0,
        hours: int = 0,
        minutes: int = 0,
        seconds: int = 0,
    ) -> Duration:
        """An exactly stated calendar amount, bounded by what the calendar allows."""
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
            if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
                raise InvalidArgumentError(name, amount, "must be an int of zero or more")
        lo, hi = _bounds(amounts)
        moved = {name: amount for name, amount in amounts.items() if amount}
        # 0 <= lo <= hi, and a value written here: nothing for __init__ to check.
        return _trusted(
            cls,
            _timedelta(lo, "amount", moved),
            _timedelta(hi, "amount", moved),
            _format_value(amounts),
        )

    @classmethod
    def between(cls, minimum: timedelta, maximum: timedelta | None) -> Duration:
        """A duration known only by its bounds."""
        return cls(minimum, maximum)

    @classmethod
    def unknown(cls, grain: Grain) -> Duration:
        """Some number of units of ``grain`` ("several years", TimeML ``PXY``): at least one."""
        if not isinstance(grain, Grain):
            raise InvalidArgumentError("grain", grain, "must be a Grain")
        unit = _GRAIN_UNIT.get(grain)
        if unit is None or unit not in _LETTER:
            raise InvalidArgumentError("grain", grain, "has no TimeML duration letter")
        one = cls.of(**{unit: 1})
        time = "T" if unit in ("hours", "minutes", "seconds") else ""
        return cls(one.minimum, None, f"P{time}X{_LETTER[unit]}")

    @classmethod
    def parse(cls, value: str) -> Duration:
        """The duration of a TimeML/ISO 8601 value such as ``P3Y``, ``PT2H`` or ``PXD``.

        >>> Duration.parse("P1Y6M").minimum.days
        546
        """
        if not isinstance(value, str):
            raise InvalidArgumentError("value", value, "must be a str")
        match = re.fullmatch(_VALUE, value)
        if match is None or value in ("P", "PT") or value.endswith("T"):
            bad = 0
            probe = re.match(_VALUE, value)
            if probe is not None:
                bad = probe.end()
            raise ParseError(
                "not a duration value (expected e.g. P3Y, P2M, PT30M, PXD)",
                text=value,
                position=bad,
                argument="value",
            )
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        if any(v == "X" for v in groups.values()):
            finest = [k for k in _UNITS if k in groups][-1]
            if finest == "years":
                return cls.unknown(Grain.YEAR)
            lo, _ = _bounds({finest: 1})
            return cls(timedelta(seconds=lo), None, value)
        # Far more digits than the longest timedelta has seconds: refused before int() is
        # asked to read them (it refuses more than 4300 digits with a bare ValueError).
        longest = max(len(v.partition(".")[0]) for v in groups.values())
        lo, hi = (-1, -1) if longest > _MAX_DIGITS else _parsed_bounds(groups)
        if not 0 <= lo <= hi <= _MAX_SECONDS:
            raise ParseError(
                f"too long a duration (the longest is {timedelta.max.days} days)",
                text=value,
                position=1,
                argument="value",
            )
        return cls(timedelta(seconds=lo), timedelta(seconds=hi), value)

    # -- qualified amounts ----------------------------------------------------------------

    def more_than(self) -> Duration:
        """Strictly longer than this amount ("more than two years"): no upper bound."""
        if self.minimum > timedelta.max - _SECOND:
            raise InvalidArgumentError(
                "minimum", self.minimum, "no timedelta is longer than the longest one"
            )
        return _trusted(Duration, self.minimum + _SECOND, None, self.value, "MORE_THAN")

    def at_least(self) -> Duration:
        """This amount or longer ("at least 30 days")."""
        return _trusted(Duration, self.minimum, None, self.value, "EQUAL_OR_MORE")

    def less_than(self) -> Duration:
        """Strictly shorter than this amount ("less than an hour")."""
        top = self.maximum if self.maximum is not None else self.minimum
        less = max(top - _SECOND, _ZERO)
        return _trusted(Duration, _ZERO, less, self.value, "LESS_THAN")

    def at_most(self) -> Duration:
        """This amount or shorter ("no more than sixty days")."""
        top = self.maximum if self.maximum is not None else self.minimum
        return _trusted(Duration, _ZERO, top, self.value, "EQUAL_OR_LESS")

    def about(self, policy: Policy | None = None) -> Duration:
        """Roughly this amount: widened on each side by the policy's ``duration_approx``."""
        from chronos.time._policy import DEFAULT_POLICY, Policy

        if policy is not None and not isinstance(policy, Policy):
            raise InvalidArgumentError("policy", policy, "must be a Policy or None")
        ratio = (DEFAULT_POLICY if policy is None else policy).duration_approx
        lo = timedelta(seconds=int(self.minimum.total_seconds() * (1 - ratio)))
        hi = None
        if self.maximum is not None:
            seconds = int(self.maximum.total_seconds() * (1 + ratio) + 0.5)
            hi = _timedelta(seconds, "maximum", self.maximum)
        return _trusted(Duration, lo, hi, self.value, "APPROX")  # 0 <= lo <= hi

    # -- views --------------------------------------------------------------------------

    def contains(self, length: timedelta) -> bool:
        """Whether ``length`` is one of the lengths this duration allows."""
        if not isinstance(length, timedelta):
            raise InvalidArgumentError("length", length, "must be a timedelta")
        return self.minimum <= length and (self.maximum is None or length <= self.maximum)

    @property
    def timex(self) -> Timex:
        """The TIMEX3 triple: type DURATION, the stated value and its mod."""
        from chronos.time._timex import trusted_timex

        # The value and the mod were checked when this duration was made.
        return trusted_timex("DURATION", self.value or _seconds_value(self.minimum), self.mod)

    def __str__(self) -> str:
        if self.value is not None:
            return self.value if self.mod is None else f"{self.value} ({self.mod})"
        hi = ".." if self.maximum is None else _seconds_value(self.maximum)
        return f"{_seconds_value(self.minimum)}/{hi}"


# The slot setters of a frozen class: what ``_trusted`` sets the fields with.
_set_minimum, _set_maximum, _set_value, _set_mod = (
    Duration.__dict__[f.name].__set__ for f in attrs.fields(Duration)
)


def _format_value(amounts: dict[str, int]) -> str:
    date_part = "".join(
        f"{amounts[u]}{_LETTER[u]}" for u in ("years", "months", "weeks", "days") if amounts[u]
    )
    time_part = "".join(
        f"{amounts[u]}{_LETTER[u]}" for u in ("hours", "minutes", "seconds") if amounts[u]
    )
    if not date_part and not time_part:
        return "PT0S"
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def _seconds_value(length: timedelta) -> str:
    seconds = int(length.total_seconds())
    days, rest = divmod(seconds, _DAY)
    if rest == 0:
        return f"P{days}D"
    return f"P{days}DT{rest}S" if days else f"PT{rest}S"
