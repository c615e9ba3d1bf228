"""Resolving days counted in a month or a year, weekdays of a named week, days shifted from
a day, and years of an era.

- "the second Monday of March": the month is chosen as any year-less month is (cue, tense,
  nearest — DESIGN §2), on the day it finally names, then the day is counted in it;
- "the 12th": the 12th of a month, the month chosen the same way among the months around
  the reference (one without a 31st is skipped for "the 31st");
- "Friday the 13th": the 13th of a month where it is a Friday, chosen the same way among
  the months of a year either side of the reference; where the tense (or "since") looks to
  a side with no such day within a year, the phrase is refused, never moved to the other;
- "Thursday of next week": that weekday of the week named;
- "a week from Friday", "Friday week": a week after the Friday to come (the Friday of the
  reference counts); "Monday after next": a week after next Monday;
- "323 BC": TimeML's value for a year before the common era (``BC0323``), which no span
  of chronos's calendar holds; "AD 79" is the year 79.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Final

from chronos.phrases._expression import Tense
from chronos.phrases._grammar_nodes import (
    CalendarDate,
    DayInWeek,
    EraDate,
    Holiday,
    NthDay,
    Shifted,
    Weekday,
)
from chronos.phrases._resolve_base import (
    BEYOND_CALENDAR,
    HANDLERS,
    Context,
    UnplaceableError,
    Value,
    choose_occurrence,
    chosen,
    make_timex,
    resolve_node,
    span_value,
    timex_of,
    unit_at,
    unit_span,
)
from chronos.phrases._resolve_dates import WEEKDAY_NAMES
from chronos.phrases._resolve_values import moved
from chronos.time import Assumption, Grain, Span, calendar as cal

__all__: list[str] = []

_ORDINAL_WORDS: Final = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _counted(node: NthDay, unit: Span) -> Span | None:
    """The day ``node`` counts inside ``unit`` (a month or a year), or ``None`` if the unit
    has no such day (no fifth Monday, no 31st)."""
    start, end = unit.start, unit.end
    if start is None or end is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    n = node.ordinal
    if node.weekday is None:
        day = start + timedelta(days=n - 1) if n > 0 else end + timedelta(days=n)
    elif n > 0:
        first = start + timedelta(days=(node.weekday - 1 - start.weekday()) % 7)
        day = first + timedelta(weeks=n - 1)
    else:
        last_day = end - timedelta(days=1)
        last = last_day - timedelta(days=(last_day.weekday() - node.weekday + 1) % 7)
        day = last + timedelta(weeks=n + 1)
    if not start <= day < end:
        return None
    return unit_at(day, Grain.DAY)


def _describe(node: NthDay) -> str:
    n = node.ordinal
    if n == -1:
        which = "last"
    elif n == -2:
        which = "last but one"
    else:
        which = _ORDINAL_WORDS.get(n, f"{n}th")
    what = "day" if node.weekday is None else WEEKDAY_NAMES[node.weekday - 1]
    return f"the {which} {what}"


def _nth_day(node: NthDay, ctx: Context) -> Value:
    if node.base is None:
        return _day_of_month(node, ctx)
    base_node = node.base

    def shape(unit: Span) -> Span:
        return _counted(node, unit) or unit

    chosen_among = isinstance(base_node, (CalendarDate, Holiday)) and (
        base_node.year is None or base_node.cue is not None
    )
    base = resolve_node(base_node, ctx._replace(shape=shape) if chosen_among else ctx)
    return _day_in(node, base)


def _day_in(node: NthDay, base: Value) -> Value:
    unit = base.span
    if unit is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    day = _counted(node, unit)
    if day is None:
        raise UnplaceableError(f"no such day: {unit} has no {_describe(node)[4:]}")
    note = Assumption("day", f"{_describe(node)} of {unit}: {day}")
    alternative = None
    if base.alternative is not None and base.alternative.span is not None:
        other = _counted(node, base.alternative.span)
        if other is not None:
            alternative = span_value(other, base.alternative.assumptions)
    return Value(day, timex_of(day), None, (*base.assumptions, note), alternative)


def _day_of_month(node: NthDay, ctx: Context) -> Value:
    """ "the 12th": the 12th of the month the cue, the tense or nearness picks."""
    here = ctx.reference.year * 12 + ctx.reference.month - 1

    def build(k: int) -> Span | None:
        index = here + k
        year, month = divmod(index, 12)
        if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
            return None
        # None where the month has no such day ("the 31st" in April)
        return unit_span(year, month + 1, node.ordinal, Grain.DAY)

    what = f"the {_ordinal(node.ordinal)}"
    reach = 2
    weekday = node.weekday
    if weekday is not None:
        what = f"{WEEKDAY_NAMES[weekday - 1]} {what}"
        reach = _WEEKDAY_DAY_REACH
        of_month = build

        def build(k: int) -> Span | None:
            span = of_month(k)
            if span is None or span.start is None or span.start.isoweekday() != weekday:
                return None
            return span

        _check_side(build, what, ctx)
    choice = choose_occurrence(build, ctx, cue=ctx.signal_cue, reach=reach)
    if choice is None:
        if weekday is not None:
            raise UnplaceableError(f"no such day: no {what} within a year of {ctx.day.date()}")
        raise UnplaceableError(BEYOND_CALENDAR)
    return chosen(choice, what, ctx, "month", ())


# "Friday the 13th" is looked for this many months either side of the reference.
_WEEKDAY_DAY_REACH: Final = 12


def _check_side(build: Callable[[int], Span | None], what: str, ctx: Context) -> None:
    """Refuse a weekday's day when the side the tense (or "since") looks to has none within
    a year: "Friday the 13th" said in the past tense is never taken from the future."""
    back = ctx.tense is Tense.PAST or ctx.signal_cue is not None
    if not back and ctx.tense is not Tense.FUTURE:
        return
    reference = ctx.reference
    for k in range(-_WEEKDAY_DAY_REACH, _WEEKDAY_DAY_REACH + 1):
        span = build(k)
        if span is None or span.start is None or span.end is None:
            continue
        if (span.start <= reference) if back else (span.end > reference):
            return
    side = "before" if back else "after"
    raise UnplaceableError(f"no such day: no {what} within a year {side} {ctx.day.date()}")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day_in_week(node: DayInWeek, ctx: Context) -> Value:
    week = resolve_node(node.week, ctx).span
    if week is None or week.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    day = unit_at(week.start + timedelta(days=node.weekday - 1), Grain.DAY)
    note = Assumption("weekday", f"the {WEEKDAY_NAMES[node.weekday - 1]} of {week}: {day}")
    return Value(day, timex_of(day), None, (note,))


def _shifted(node: Shifted, ctx: Context) -> Value:
    base_node = node.base
    base_ctx = ctx._replace(shape=None)
    if isinstance(base_node, Weekday) and base_node.cue is None and node.ahead:
        # "a week from Friday", "Friday week": counted from the Friday to come.
        base_ctx = base_ctx._replace(tense=Tense.FUTURE, signal_cue=None)
    base = resolve_node(base_node, base_ctx)
    if base.span is None or base.span.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    moment = moved(base.span.start, node.amount, node.sign)
    day = unit_at(moment, Grain.DAY)
    note = Assumption("shift", f"counted from {base.span}: {day}")
    return Value(day, timex_of(day), None, (*base.assumptions, note))


def _era(node: EraDate, ctx: Context) -> Value:
    if node.century is not None:
        hundreds = node.century - 1
        if node.bc:
            return Value(None, make_timex("DATE", f"BC{hundreds:02d}"))
        if hundreds < 1:
            return Value(None, make_timex("DATE", "00"))  # years 1–99: no span starts at 0
        return _span_or_raise(hundreds * 100, Grain.CENTURY)
    year = node.year
    if year is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if node.bc:
        return Value(None, make_timex("DATE", f"BC{year:04d}"))
    return _span_or_raise(year, Grain.YEAR)


def _span_or_raise(year: int, grain: Grain) -> Value:
    span = unit_span(year, 1, 1, grain)
    if span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    return span_value(span)


HANDLERS.update(
    {
        NthDay: _nth_day,
        DayInWeek: _day_in_week,
        Shifted: _shifted,
        EraDate: _era,
    }
)
