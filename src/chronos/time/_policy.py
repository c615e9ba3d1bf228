"""Vague parts of spans ("early", "mid", "around") and the policy that decides them.

What "mid-October" or "around 2010" means is a convention, not a fact. chronos makes the
convention explicit: a frozen :class:`Policy` passed as an argument decides it, and every
narrowing records an :class:`Assumption` that says what was taken, so an explanation can
show it and a user can choose otherwise.
"""

from __future__ import annotations

import enum
from datetime import timedelta
from typing import Any, Final

import attrs

from chronos.errors import InvalidArgumentError, ParseError, did_you_mean
from chronos.time import _calendar as cal
from chronos.time._grain import Grain
from chronos.time._span import Span
from chronos.time._timex import Timex, trusted_timex

__all__ = ["DEFAULT_POLICY", "Assumption", "Part", "Policy", "Vague"]


class Part(enum.Enum):
    """A vague part of a span, as news prose names it."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    BEGINNING = "beginning"
    END = "end"
    FIRST_HALF = "first half"
    SECOND_HALF = "second half"
    AROUND = "around"

    def __repr__(self) -> str:
        return f"Part.{self.name}"

    @classmethod
    def parse(cls, text: str) -> Part:
        """The part named by ``text``: its value or name, any case, "-" and "_" as spaces.

        >>> Part.parse("first_half")
        Part.FIRST_HALF
        """
        if not isinstance(text, str):
            raise InvalidArgumentError("part", text, "must be a Part or a str")
        key = text.strip().lower().replace("_", " ").replace("-", " ")
        key = _PART_SYNONYMS.get(key, key)
        for part in cls:
            if key == part.value:
                return part
        raise ParseError(
            "not a vague part",
            text=text,
            argument="part",
            suggestion=did_you_mean(key, [p.value for p in cls]),
        )


_PART_SYNONYMS: Final = {
    "start": "beginning",
    "middle": "mid",
    "about": "around",
    "circa": "around",
    "approximately": "around",
}
_MOD: Final = {
    Part.EARLY: "START",
    Part.BEGINNING: "START",
    Part.MID: "MID",
    Part.LATE: "END",
    Part.END: "END",
    Part.AROUND: "APPROX",
}
# The unit a span is cut into to take a part of it.
_SUBGRAIN: Final = {
    Grain.CENTURY: Grain.YEAR,
    Grain.DECADE: Grain.YEAR,
    Grain.YEAR: Grain.MONTH,
    Grain.HALF: Grain.MONTH,
    Grain.THIRD: Grain.MONTH,
    Grain.SEASON: Grain.MONTH,
    Grain.QUARTER: Grain.MONTH,
    Grain.MONTH: Grain.DAY,
    Grain.WEEK: Grain.DAY,
    Grain.DAY: Grain.HOUR,
    Grain.PART_OF_DAY: Grain.HOUR,
    Grain.HOUR: Grain.MINUTE,
    Grain.MINUTE: Grain.SECOND,
}


@attrs.frozen
class Assumption:
    """A choice chronos made where the text left it open, in words.

    >>> Assumption("part", "mid-month taken as days 11–20").text
    'mid-month taken as days 11–20'
    """

    kind: str
    text: str


def _check_thirds(instance: Policy, attribute: attrs.Attribute[Any], value: Any) -> None:
    ok = (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 1 <= value[0] < value[1] < 28
    )
    if not ok:
        raise InvalidArgumentError(
            attribute.name, value, "must be two increasing days of the month between 1 and 27"
        )


def _check_positive(instance: Policy, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidArgumentError(attribute.name, value, "must be a positive int")


def _check_bool(instance: Policy, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidArgumentError(attribute.name, value, "must be True or False")


def _check_ratio(instance: Policy, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 1:
        raise InvalidArgumentError(attribute.name, value, "must be a number in [0, 1)")


@attrs.frozen(kw_only=True)
class Policy:
    """The conventions for vague and ambiguous phrases, passed explicitly.

    - ``month_thirds``: the last day of "early" and of "mid" in a month (days 1–10, 11–20,
      21–end by default). A year's thirds are EDTF's quadrimesters (January–April,
      May–August, September–December); other spans are cut into thirds of their sub-units.
    - ``around_units``: how many units of its grain "around"/"about" widens a span by, on
      each side.
    - ``day_first``: read ``3/5/2024`` as 3 May (a slash date whose first number cannot be
      a month is read day-first whatever this says).
    - ``duration_approx``: the fraction by which "about" widens a duration on each side.

    >>> Policy(month_thirds=(7, 14)).narrow(Span.month(2024, 10), Part.EARLY).span
    Span.parse('2024-10-01/2024-10-07')
    """

    month_thirds: tuple[int, int] = attrs.field(default=(10, 20), validator=_check_thirds)
    around_units: int = attrs.field(default=1, validator=_check_positive)
    day_first: bool = attrs.field(default=True, validator=_check_bool)
    duration_approx: float = attrs.field(default=0.25, validator=_check_ratio)

    def narrow(self, span: Span, part: Part | str) -> Vague:
        """The ``part`` of ``span`` ("early", "mid", "late", "around", …) under this policy,
        with the assumption it rests on. ``part`` is a :class:`Part` or its name.

        >>> v = DEFAULT_POLICY.narrow(Span.month(2024, 10), Part.MID)
        >>> str(v.span), v.assumption.text
        ('2024-10-11/2024-10-20', 'mid 2024-10 taken as days 11–20 of the month')
        >>> v = DEFAULT_POLICY.narrow(Span.year(2024), "early")
        >>> str(v.span), v.timex
        ('2024-37', Timex('DATE', '2024', mod='START'))
        """
        if not isinstance(span, Span):
            raise InvalidArgumentError("span", span, "must be a Span")
        if isinstance(part, str):
            part = Part.parse(part)
        elif not isinstance(part, Part):
            raise InvalidArgumentError("part", part, "must be a Part or a str")
        if span.start is None or span.end is None:
            raise InvalidArgumentError("span", span, "an open span has no early or late part")
        if part is Part.AROUND:
            n = self.around_units
            lo = cal.advance(span.start, span.grain, -n)
            hi = cal.advance(span.end, span.grain, n)
            wider = Span(lo, hi, span.grain)
            unit = span.grain.value
            text = f"around {span} taken as {n} {unit}{'s' if n > 1 else ''} either side"
            return Vague(wider, span, part, Assumption("around", text))
        if span.grain is Grain.MONTH and span.is_unit:
            narrowed, text = self._month_part(span, part)
        elif span.grain is Grain.YEAR and span.is_unit:
            narrowed, text = _year_part(span, part)
        else:
            narrowed, text = _generic_part(span, part)
        return Vague(narrowed, span, part, Assumption("part", text))

    def _month_part(self, span: Span, part: Part) -> tuple[Span, str]:
        if span.start is None or span.end is None:
            raise InvalidArgumentError("span", span, "needs both ends to take a part of")
        first, second = self.month_thirds
        start = span.start
        last_day = (span.end - timedelta(days=1)).day
        if part in (Part.FIRST_HALF, Part.SECOND_HALF):
            middle = start.replace(day=16)
            if part is Part.FIRST_HALF:
                return Span.between(start, middle), f"first half of {span} taken as days 1–15"
            return (
                Span.between(middle, span.end),
                f"second half of {span} taken as days 16–{last_day}",
            )
        cuts = {
            Part.EARLY: (1, first),
            Part.BEGINNING: (1, first),
            Part.MID: (first + 1, second),
            Part.LATE: (second + 1, last_day),
            Part.END: (second + 1, last_day),
        }
        lo, hi = cuts[part]
        narrowed = Span.between(start.replace(day=lo), start.replace(day=hi) + timedelta(days=1))
        return narrowed, f"{part.value} {span} taken as days {lo}–{hi} of the month"


def _year_part(span: Span, part: Part) -> tuple[Span, str]:
    if span.start is None:
        raise InvalidArgumentError("span", span, "needs a start to take a part of")
    year = span.start.year
    if part is Part.FIRST_HALF:
        return Span.half(year, 1), f"first half of {year} taken as January–June"
    if part is Part.SECOND_HALF:
        return Span.half(year, 2), f"second half of {year} taken as July–December"
    index = {Part.EARLY: 1, Part.BEGINNING: 1, Part.MID: 2, Part.LATE: 3, Part.END: 3}[part]
    names = {1: "January–April", 2: "May–August", 3: "September–December"}
    return Span.third(year, index), f"{part.value} {year} taken as {names[index]}"


def _generic_part(span: Span, part: Part) -> tuple[Span, str]:
    if span.start is None or span.end is None:
        raise InvalidArgumentError("span", span, "needs both ends to take a part of")
    sub = _SUBGRAIN.get(span.grain)
    if sub is None:
        raise InvalidArgumentError("span", span, "a span of seconds has no smaller part")
    bounds = [span.start]
    # A span is cut into at most a few hundred sub-units (a century into years), so the walk
    # is short; wider spans are refused rather than walked.
    while bounds[-1] < span.end:
        if len(bounds) > 1200:
            raise InvalidArgumentError("span", span, "too long to take a vague part of")
        bounds.append(cal.following(bounds[-1], sub))
    count = len(bounds) - 1
    if part in (Part.FIRST_HALF, Part.SECOND_HALF):
        cut = (count + 1) // 2
        lo_i, hi_i = (0, cut) if part is Part.FIRST_HALF else (cut, count)
    else:
        side = max(1, round(count / 3))
        if part in (Part.EARLY, Part.BEGINNING):
            lo_i, hi_i = 0, side
        elif part is Part.MID:
            lo_i, hi_i = side, max(side + 1, count - side)
        else:
            lo_i, hi_i = count - side, count
    narrowed = Span.between(bounds[lo_i], bounds[hi_i])
    text = f"{part.value} {span} taken as {sub.value}s {lo_i + 1}–{hi_i} of {count}"
    return narrowed, text


@attrs.frozen
class Vague:
    """A vague part of a span: the span taken for it and the assumption behind it."""

    span: Span
    base: Span
    part: Part
    assumption: Assumption

    @property
    def timex(self) -> Timex:
        """The TIMEX3 of the phrase: the base span's value with a mod, or a half's value.

        >>> DEFAULT_POLICY.narrow(Span.year(2024), Part.FIRST_HALF).timex
        Timex('DATE', '2024-H1')
        """
        if self.span.grain is Grain.HALF and self.span.is_unit:
            return self.span.timex
        base = self.base.timex
        return trusted_timex(base.type, base.value, _MOD.get(self.part))


#: The policy used when none is given.
DEFAULT_POLICY: Final = Policy()
