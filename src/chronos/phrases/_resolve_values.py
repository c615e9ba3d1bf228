"""Resolving amounts, shifts, periods, times of day, vague and partial spans.

With :mod:`chronos.phrases._resolve_dates` (calendar anchors) this completes the resolvers
registered in :data:`chronos.phrases._resolve_base.HANDLERS`; each is a pure function of (node,
context), and assumptions travel back with the value.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime, time, timedelta
from fractions import Fraction
from typing import Final

from chronos.phrases import _resolve_dates  # noqa: F401 - registers the calendar resolvers
from chronos.phrases._expression import Tense
from chronos.phrases._grammar_nodes import (
    SMALL_HOURS,
    Amount,
    Anaphor,
    CalendarDate,
    Clock,
    DurationPhrase,
    EraDate,
    Holiday,
    Node,
    Partial,
    Period,
    Recurrence,
    Ref,
    RelativeUnit,
    Shift,
    Turn,
    VaguePart,
    Weekday,
)
from chronos.phrases._resolve_base import (
    BEYOND_CALENDAR,
    HANDLERS,
    Context,
    UnplaceableError,
    Value,
    duration_timex,
    make_timex,
    resolve_node,
    span_value,
    timex_of,
    unit_at,
)
from chronos.phrases._resolve_dates import WEEKDAY_NAMES, resolve_range
from chronos.time import (
    Assumption,
    Duration,
    Grain,
    Part,
    Policy,
    Span,
    Timex,
    Vague,
    calendar as cal,
    trusted_timex,
)

__all__ = [
    "Context",
    "UnplaceableError",
    "Value",
    "amount_duration",
    "duration_timex",
    "make_timex",
    "moved",
    "resolve_node",
    "resolve_range",
    "timex_of",
]


_SHIFT_GRAIN: Final = {
    Grain.SECOND: Grain.SECOND,
    Grain.MINUTE: Grain.MINUTE,
    Grain.HOUR: Grain.HOUR,
    Grain.DAY: Grain.DAY,
    Grain.WEEK: Grain.DAY,
    Grain.MONTH: Grain.MONTH,
    Grain.QUARTER: Grain.MONTH,
    Grain.YEAR: Grain.YEAR,
    Grain.DECADE: Grain.YEAR,
    Grain.CENTURY: Grain.YEAR,
}
# A fraction of a unit is carried into the next smaller one.


_SMALLER: Final = {
    "years": ("months", 12),
    "months": ("days", 30),
    "weeks": ("days", 7),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    "minutes": ("seconds", 60),
}


_UNKNOWN_VALUE: Final = {
    Grain.SECOND: "PTXS",
    Grain.MINUTE: "PTXM",
    Grain.HOUR: "PTXH",
    Grain.DAY: "PXD",
    Grain.WEEK: "PXW",
    Grain.MONTH: "PXM",
    Grain.QUARTER: "PXM",
    Grain.YEAR: "PXY",
    Grain.DECADE: "PXY",
    Grain.CENTURY: "PXY",
}


_ANAPHOR_VALUE: Final = {
    Grain.WEEK: "XXXX-WXX",
    Grain.MONTH: "XXXX-XX",
    Grain.QUARTER: "XXXX-QX",
    Grain.YEAR: "XXXX",
    Grain.DECADE: "XXX",
    Grain.CENTURY: "XX",
}


def _amounts(amount: Amount) -> dict[str, int]:
    """Whole calendar amounts for ``amount``; a fraction is carried into smaller units."""
    totals: dict[str, int] = {}
    part: Amount | None = amount
    while part is not None:
        count = part.number if part.number is not None else Fraction(1)
        unit = part.unit
        value = count * part.size
        while True:
            whole = int(value)
            if whole:
                totals[unit] = totals.get(unit, 0) + whole
            rest = value - whole
            if not rest or unit not in _SMALLER:
                break
            unit, factor = _SMALLER[unit]
            value = rest * factor
        part = part.extra
    return totals


@functools.lru_cache(maxsize=1024)
def amount_duration(amount: Amount) -> Duration:
    """The Duration an amount states; a fraction is carried into smaller units (P2Y6M)."""
    if amount.number is None:
        if amount.grain in (Grain.YEAR, Grain.DECADE, Grain.CENTURY):
            least = Duration.of(years=amount.size)
        else:
            least = Duration.of(**{amount.unit: amount.size})
        return Duration(least.minimum, None, _UNKNOWN_VALUE[amount.grain])
    duration = Duration.of(**_amounts(amount))
    if amount.most is not None:
        # "two to three weeks": from the least of the one to the most of the other.
        upper = amount_duration(Amount(amount.most, amount.unit, amount.size, amount.grain))
        letter = _UNKNOWN_VALUE[amount.grain]
        return Duration(duration.minimum, upper.maximum, letter)
    return duration


def moved(moment: datetime, amount: Amount, sign: int) -> datetime:
    """``moment`` moved by ``amount`` forward (``sign`` 1) or back (-1)."""
    amounts = {unit: sign * n for unit, n in _amounts(amount).items()}
    return cal.shift(moment, **amounts)


def _shift_grain(amount: Amount) -> Grain:
    while amount.extra is not None:
        amount = amount.extra  # "3 years 2 months ago": a month, the finest unit stated
    grain = _SHIFT_GRAIN[amount.grain]
    if amount.number is not None and (amount.number * amount.size).denominator != 1:
        finer = {
            Grain.YEAR: Grain.MONTH,
            Grain.MONTH: Grain.DAY,
            Grain.DAY: Grain.HOUR,
            Grain.HOUR: Grain.MINUTE,
        }
        grain = finer.get(grain, grain)
    return grain


def _shift(node: Shift, ctx: Context) -> Value:
    if node.amount.number is None:
        # "several years ago": some time in the past, which no span can say.
        return Value(None, trusted_timex("DATE", "PAST_REF" if node.sign < 0 else "FUTURE_REF"))
    moment = moved(ctx.reference, node.amount, node.sign)
    if node.amount.most is not None:
        # "in a year or two", "two to three weeks ago": a time somewhere in that stretch,
        # no one date; TimeML's vague reference, the stretch kept as the span
        farthest = moved(ctx.reference, node.amount._replace(number=node.amount.most), node.sign)
        lo, hi = sorted((moment, farthest))
        timex = trusted_timex("DATE", "PAST_REF" if node.sign < 0 else "FUTURE_REF")
        span = Span.between(lo, hi)
        return Value(span, timex, None, (Assumption("vague", f"a time within {span}"),))
    grain = _shift_grain(node.amount)
    if grain in _WITHIN_A_DAY and ctx.reference.time() == time(0):
        return _shift_from_whole_day(node, ctx, grain)
    span = unit_at(moment, grain)
    if node.mod in ("APPROX", "NEARLY"):
        vague = narrowed_part(ctx.policy, span, Part.AROUND)
        return Value(vague.span, vague.timex, None, (vague.assumption,))
    if node.mod is not None:
        # "more than two years ago": the exact day the amount reaches, as the bound; "more
        # than two hours ago", the hour it reaches (before it starts, or after the one
        # ending there)
        mod = _bound_mod(node)
        if grain not in _WITHIN_A_DAY:
            bound = unit_at(moment, Grain.DAY)
        elif mod == "BEFORE":
            bound = span
        else:
            bound = _unit_ending_at(moment, grain)
        base = timex_of(span)
        return Value(bound, trusted_timex(base.type, base.value, mod))
    return span_value(span)


_GRAIN_SECONDS: Final = {Grain.HOUR: 3600, Grain.MINUTE: 60, Grain.SECOND: 1}
_WITHIN_A_DAY: Final = frozenset(_GRAIN_SECONDS)


def _shift_from_whole_day(node: Shift, ctx: Context, grain: Grain) -> Value:
    """ "two hours ago", "in 30 minutes" from a reference given as a date, its whole day:
    the moment is somewhere in that day moved by the amount, a window of 24 hours, not an
    hour of it. Its TIMEX3 is the day that holds most of the window ("two hours ago": the
    reference day; "twenty hours ago": the day before), with the phrase's mod ("about",
    "more than")."""
    day = ctx.day
    lo = moved(day, node.amount, node.sign)
    hi = moved(day + timedelta(days=1), node.amount, node.sign)
    window = Span.between(lo, hi)
    middle = timex_of(unit_at(lo + (hi - lo) / 2, Grain.DAY))
    note = Assumption(
        "day",
        f"the reference is a whole day, {day.date()}, so the moment is within {window}",
    )
    if node.mod is None:
        return Value(window, middle, None, (note,))
    if node.mod in ("APPROX", "NEARLY"):
        # "about two hours ago": the window already holds the hour either side
        return Value(window, trusted_timex("DATE", middle.value, "APPROX"), None, (note,))
    # "more than two hours ago": before the window's last moment; "less than two hours
    # ago": after its first (the other way round ahead)
    mod = _bound_mod(node)
    bound = unit_at(hi, grain) if mod == "BEFORE" else _unit_ending_at(lo, grain)
    return Value(bound, trusted_timex("DATE", middle.value, mod), None, (note,))


def _bound_mod(node: Shift) -> str:
    """The TIMEX3 mod of a shift with a bound: "more than two years ago" lies BEFORE the
    moment the amount reaches, "less than" AFTER it; ahead, the other way round."""
    mod = "BEFORE" if node.mod in ("MORE_THAN", "EQUAL_OR_MORE") else "AFTER"
    if node.sign > 0:
        mod = "AFTER" if mod == "BEFORE" else "BEFORE"
    return mod


def _unit_ending_at(moment: datetime, grain: Grain) -> Span:
    """The unit of ``grain`` (an hour, a minute, a second) that ends at ``moment``."""
    return unit_at(moment - timedelta(seconds=_GRAIN_SECONDS[grain]), grain)


def _period(node: Period, ctx: Context) -> Value:
    duration = amount_duration(node.amount)
    if node.amount.number is None:
        return Value(None, duration_timex(duration), duration)
    here = ctx.reference
    there = moved(here, node.amount, node.sign)
    lo, hi = (there, here) if node.sign < 0 else (here, there)
    span = Span.between(lo, hi)
    edge = "before" if node.sign < 0 else "after"
    note = Assumption("period", f"the {duration} {edge} the reference: {span}")
    timex = duration_timex(duration)
    if node.mod is not None:  # "the past two weeks or so", "the past couple of weeks"
        timex = trusted_timex(timex.type, timex.value, node.mod)
    return Value(span, timex, duration, (note,))


def _duration(node: DurationPhrase, ctx: Context) -> Value:
    duration = _bounded(amount_duration(node.amount), node.mod, ctx)
    notes: tuple[Assumption, ...] = ()
    if node.mod == "APPROX":
        ratio = ctx.policy.duration_approx
        notes = (Assumption("around", f"about {duration.value} taken as ±{ratio:.0%}"),)
    return Value(None, duration_timex(duration), duration, notes)


def _bounded(duration: Duration, mod: str | None, ctx: Context) -> Duration:
    if mod is None:
        return duration
    if mod == "MORE_THAN":
        return duration.more_than()
    if mod == "EQUAL_OR_MORE":
        return duration.at_least()
    if mod in ("LESS_THAN", "NEARLY"):
        return duration.less_than()
    if mod == "EQUAL_OR_LESS":
        return duration.at_most()
    return duration.about(ctx.policy)


# -- times of day, vague and partial spans ------------------------------------------------


def _clock(node: Clock, ctx: Context) -> Value:
    notes: tuple[Assumption, ...] = ()
    if node.base is None:
        step = _tensed_step(node, ctx)
        if step:
            return _stepped_clock(node, ctx, step)
        day = Value(unit_at(ctx.day, Grain.DAY))
        notes = (
            Assumption(
                "day", f"a time with no day is taken on the reference day, {ctx.day.date()}"
            ),
        )
    else:
        # "midnight Friday" ends Friday: the Friday is chosen as Friday itself is
        shape = (lambda d: d) if node.midnight else (lambda d: _timed(node, d))
        day = resolve_node(node.base, _shaped(node.base, ctx, shape))
    return _on_day(node, day, notes)


def _tensed_step(node: Clock, ctx: Context) -> int:
    """The days a clock time with no day moves off the reference day for its clause's tense:
    1 where a future clause names a time already past ("will begin at midnight", said on
    the day: the midnight that ends it), -1 where a past clause names one still to come
    (said at 3 p.m.: "the raid came at 9 p.m." is the evening before), else 0. A reference
    given as a date (its midnight) is its whole day: of its times, only its first moment
    is past for certain, and none is to come."""
    if node.part is not None or node.hour is None or node.utc:
        return 0  # a time in another zone than the reference's wall clock: not compared
    if ctx.tense is not Tense.FUTURE and ctx.tense is not Tense.PAST:
        return 0
    timed = _timed(node, unit_at(ctx.day, Grain.DAY))
    if timed.start is None:
        return 0
    reference = ctx.reference
    whole_day = reference.time() == time(0)
    if ctx.tense is Tense.FUTURE:
        return 1 if timed.start < reference or (whole_day and timed.start == reference) else 0
    return -1 if not whole_day and timed.start > reference else 0


def _stepped_clock(node: Clock, ctx: Context, step: int) -> Value:
    """A clock time with no day (and no zone) on the day after (``step`` 1) or before (-1)
    the reference's; midnight a day on is written as the reference day's 24:00, as TimeML
    writes the end of a day."""
    day = unit_at(ctx.day + timedelta(days=step), Grain.DAY)
    timed = _timed(node, day)
    timex = timex_of(timed)
    if step == 1 and timed.start is not None and timed.start.time() == time(0):
        timex = Timex(timex.type, f"{ctx.day.date().isoformat()}T24:00")
    which = "next" if step == 1 else "last"
    note = Assumption(
        "day",
        f"a time with no day in a {ctx.tense.value if ctx.tense else ''} clause is the {which} "
        f"one from the reference, {ctx.reference}",
    )
    return Value(timed, timex, None, (note,))


def _shaped(base: Node, ctx: Context, shape: Callable[[Span], Span]) -> Context:
    """``ctx`` with ``shape`` for a base that is chosen among occurrences."""
    if isinstance(base, (CalendarDate, Weekday, Holiday)) or (
        isinstance(base, RelativeUnit) and base.pick
    ):
        return ctx._replace(shape=shape)
    return ctx._replace(shape=None) if ctx.shape is not None else ctx


#: The hour the morning starts at (chronos's morning, TimeML's ``TMO``), where the small
#: hours end.
_MORNING: Final = 5


def _timed(node: Clock, day: Span) -> Span:
    """The time of day ``node`` names on ``day``."""
    if day.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    d = day.start
    if node.part == SMALL_HOURS:
        # "the small hours": from midnight to the morning's first hour
        first = datetime(d.year, d.month, d.day)
        return Span.between(first, first + timedelta(hours=_MORNING), grain=Grain.HOUR)
    if node.part is not None:
        return Span.part_of_day(d.year, d.month, d.day, node.part)
    if node.hour is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if node.midnight and node.base is not None:
        # "midnight Friday" is the moment Friday ends: the first minute of the next day
        after = d + timedelta(days=1)
        return Span.minute(after.year, after.month, after.day, 0, 0)
    if node.minute is None:
        return Span.hour(d.year, d.month, d.day, node.hour)
    if node.second is None:
        return Span.minute(d.year, d.month, d.day, node.hour, node.minute)
    return Span.second(d.year, d.month, d.day, node.hour, node.minute, node.second)


def _on_day(node: Clock, day: Value, notes: tuple[Assumption, ...]) -> Value:
    span = day.span
    if span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    timed = _timed(node, span)
    alternative = None if day.alternative is None else _on_day(node, day.alternative, ())
    timex = timex_of(timed)
    notes = (*day.assumptions, *notes)
    if node.part == SMALL_HOURS and span.start is not None:
        # TimeML has no code for the hours after midnight: they open the day's morning
        timex = make_timex("TIME", f"{span.start.date().isoformat()}TMO", "START")
        notes = (*notes, Assumption("part", f"the small hours taken as {timed}"))
    if node.midnight and node.base is not None and span.start is not None:
        # TimeML writes the end of a day as its 24:00, keeping the day the text names
        timex = Timex(timex.type, f"{span.start.date().isoformat()}T24:00")
    if node.utc:
        timex = Timex(timex.type, timex.value + "Z")
    return Value(timed, timex, None, notes, alternative)


def _vague(node: VaguePart, ctx: Context) -> Value:
    part = Part.parse(node.part)
    if part is Part.AROUND and isinstance(node.base, Turn):
        return resolve_node(node.base, ctx)  # "around the turn of the century": as vague
    shape = _narrowing(ctx.policy, part)
    base = resolve_node(node.base, _shaped(node.base, ctx, shape))
    if base.span is None and isinstance(node.base, EraDate) and base.timex is not None:
        # "around 300 BC", "the late 5th century BC": no span to narrow, the mod says it
        mod = _ERA_MODS.get(part)
        if mod is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        return Value(None, make_timex(base.timex.type, base.timex.value, mod))
    return _narrowed(base, part, ctx)


# The mod of a vague part of a year before the common era, which has no span.
_ERA_MODS: Final = {
    Part.EARLY: "START",
    Part.BEGINNING: "START",
    Part.MID: "MID",
    Part.LATE: "END",
    Part.END: "END",
    Part.AROUND: "APPROX",
}


@functools.lru_cache(maxsize=1024)
def narrowed_part(policy: Policy, span: Span, part: Part) -> Vague:
    """``policy.narrow(span, part)``, shared: the result is an immutable value."""
    return policy.narrow(span, part)


def _narrowing(policy: Policy, part: Part) -> Callable[[Span], Span]:
    def narrow(span: Span) -> Span:
        return narrowed_part(policy, span, part).span

    return narrow


def _narrowed(base: Value, part: Part, ctx: Context) -> Value:
    span = base.span
    if span is None or span.start is None or span.end is None:
        raise UnplaceableError(f"'{part.value}' needs a calendar span to take a part of")
    vague = narrowed_part(ctx.policy, span, part)
    timex = vague.timex
    if base.timex is not None and base.timex.value.endswith("-WE"):
        timex = trusted_timex(base.timex.type, base.timex.value, timex.mod)
    alternative = None if base.alternative is None else _narrowed(base.alternative, part, ctx)
    return Value(vague.span, timex, None, (*base.assumptions, vague.assumption), alternative)


def _partial(node: Partial, ctx: Context) -> Value:
    # "earlier Sunday" looks back and "later Sunday" ahead, whatever the clause's tense.
    tense = Tense.PAST if node.side < 0 else Tense.FUTURE
    base = resolve_node(node.base, ctx._replace(tense=tense))
    span = base.span
    if span is None or span.start is None or span.end is None or base.timex is None:
        raise UnplaceableError("'earlier'/'later' needs a calendar span")
    here = ctx.reference
    if node.side < 0:
        lo, hi = span.start, min(here, span.end)
        if hi <= lo:
            hi = min(cal.following(ctx.day, Grain.DAY), span.end)
        if hi <= lo:  # a unit wholly after the reference: all of it
            hi = span.end
        mod, words = "START", "from its start up to the reference"
    else:
        after = here if here != ctx.day else cal.following(ctx.day, Grain.DAY)
        lo, hi = max(after, span.start), span.end
        if hi <= lo:
            lo = max(here, span.start)
        if hi <= lo:
            lo = span.start
        mod, words = "END", "from after the reference to its end"
    part = Span.between(lo, hi)
    note = Assumption(
        "partial", f"{'earlier' if node.side < 0 else 'later'} in {span} taken {words}: {part}"
    )
    timex = trusted_timex(base.timex.type, base.timex.value, mod)
    return Value(part, timex, None, (*base.assumptions, note))


# -- the rest ---------------------------------------------------------------------------


def _ref(node: Ref, ctx: Context) -> Value:
    del ctx
    return Value(None, trusted_timex("DATE", node.value))


#: Seasons by their TimeML code, as the assumption names them.
_SEASON_NAMES: Final[dict[str, str]] = {
    "SP": "spring",
    "SU": "summer",
    "FA": "autumn",
    "WI": "winter",
}

#: A weekday's rank in a month, as the assumption names it.
_RANK_WORDS: Final[dict[int, str]] = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    -1: "last",
    -2: "penultimate",
}


def _recurrence(node: Recurrence, ctx: Context) -> Value:
    del ctx
    timex = Timex("SET", node.value, freq=node.freq, quant=node.quant)
    text = _recurrence_note(node)
    if text is None:
        return Value(None, timex)
    return Value(None, timex, assumptions=(Assumption("recurrence", text),))


def _recurrence_note(node: Recurrence) -> str | None:
    """What a recurrence's TIMEX3 cannot hold: the count of seasons, the weekday."""
    if node.seasons is not None:
        name = _SEASON_NAMES[node.value[-2:]]
        count = "some" if node.seasons == 0 else str(node.seasons)
        side = {-1: " before the reference", 0: "", 1: " after the reference"}[node.sign]
        return (
            f"{count} {name}s{side}: not one length of time (the seasons "
            f"between them are left out), so TimeML's set of {name}s ({node.value}); the "
            "count has no TIMEX3 field"
        )
    if node.weekday is None:
        return None
    day = WEEKDAY_NAMES[node.weekday - 1]
    if node.rank is not None:
        return (
            f"the {_RANK_WORDS[node.rank]} {day} of every month: TimeML writes the period "
            f"({node.value}) and one day in it (freq {node.freq}); the weekday, {day}, and "
            "its rank have no TIMEX3 field"
        )
    return (
        f"one {day} in every {node.value[1:-1]} weeks: TimeML writes the step ({node.value}) "
        f"and one day in it (freq {node.freq}); the weekday, {day}, has no TIMEX3 field"
    )


def _anaphor(node: Anaphor, ctx: Context) -> Value:
    duration = None if node.amount is None else _bounded(amount_duration(node.amount), None, ctx)
    value = _ANAPHOR_VALUE.get(node.grain, "XXXX-XX-XX")
    kind = "DATE"
    named = node.named
    if isinstance(named, CalendarDate):
        # "that autumn" read alone: the season (month) of a year the phrase does not say
        value = f"XXXX-{named.season}" if named.season else f"XXXX-{named.month:02d}"
    elif isinstance(named, Weekday):
        value = f"XXXX-WXX-{named.weekday}"  # "the following Monday" read alone
    elif named is not None:
        kind, value = "TIME", f"XXXX-XX-XXT{named.part}"  # "the next morning"
    return Value(None, trusted_timex(kind, value), duration)


HANDLERS.update(
    {
        Shift: _shift,
        Period: _period,
        DurationPhrase: _duration,
        Clock: _clock,
        VaguePart: _vague,
        Partial: _partial,
        Ref: _ref,
        Recurrence: _recurrence,
        Anaphor: _anaphor,
    }
)
