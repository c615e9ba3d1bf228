"""Resolving calendar anchors: dates, year-less dates, weekdays, holidays, weeks, ranges.

Year-less names are placed by :mod:`chronos.phrases._occurrence` (cue, then tense, then nearest);
everything else is arithmetic on the reference.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

from chronos.errors import InvalidArgumentError
from chronos.phrases import _vocabulary as vocab
from chronos.phrases._countries import COUNTRY_TITLES
from chronos.phrases._expression import Tense
from chronos.phrases._grammar_nodes import (
    CalendarDate,
    Clock,
    Holiday,
    Node,
    NumericDate,
    Range,
    RelativeUnit,
    Turn,
    Weekday,
    WeekIn,
    YearPair,
    YearRef,
)
from chronos.phrases._holidays import INDEPENDENCE_DAY, holiday_date
from chronos.phrases._lunar import ISLAMIC_HOLIDAYS, ramadan
from chronos.phrases._resolve_base import (
    BEYOND_CALENDAR,
    HANDLERS,
    Context,
    UnplaceableError,
    Value,
    choose_occurrence,
    chosen,
    resolve_node,
    span_value,
    timex_of,
    unit_at,
    unit_span,
)
from chronos.time import Assumption, Grain, Span, Timex, calendar as cal, trusted_timex

__all__ = ["WEEKDAY_NAMES", "resolve_range", "shift_units"]


#: The weekdays' names, Monday first.
WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


_SEASON_NAMES: Final[dict[str, str]] = {
    "SP": "spring",
    "SU": "summer",
    "FA": "autumn",
    "WI": "winter",
}


_STEP_SECONDS: Final = {
    Grain.WEEK: 7 * 86400,
    Grain.DAY: 86400,
    Grain.HOUR: 3600,
    Grain.MINUTE: 60,
    Grain.SECOND: 1,
}


_MONTHS: Final = {
    Grain.MONTH: 1,
    Grain.QUARTER: 3,
    Grain.SEASON: 3,
    Grain.THIRD: 4,
    Grain.HALF: 6,
    Grain.YEAR: 12,
    Grain.DECADE: 120,
    Grain.CENTURY: 1200,
}


def _calendar_date(node: CalendarDate, ctx: Context) -> Value:
    historic = next((n for n in node.notes if n.startswith("historic:")), None)
    if historic is not None:
        return _historic_day(historic.partition(":")[2], node, ctx)
    notes: list[Assumption] = []
    if "fiscal" in node.notes:
        notes.append(Assumption("fiscal", "a fiscal year is taken as its calendar year"))
    if node.year is not None:
        year = _year(node.year, node.grain, ctx, notes)
        span = _build(node, year)
        if span is None:
            if node.grain is Grain.WEEK:
                raise UnplaceableError(f"no such week: {year} has no {_describe(node)}")
            raise UnplaceableError(f"no such day: {_describe(node)} {year}")
        if node.weekday is not None and span.start is not None:
            _check_weekday(span, node.weekday, notes)
        return span_value(span, tuple(notes))
    cue = node.cue if node.cue is not None else ctx.signal_cue
    # One year either side holds the reading on each side of the reference; a winter,
    # which straddles two years, needs two, and 29 February up to eight.
    reach = 8 if node.month == 2 and node.day == 29 else 2 if node.grain is Grain.SEASON else 1
    this_year = ctx.reference.year

    def build(k: int) -> Span | None:
        return _build(node, this_year + k)

    if node.weekday is not None and node.grain is Grain.DAY:
        matching = _weekday_years(node, ctx, node.weekday)
        if matching is not None:
            return matching
    choice = choose_occurrence(build, ctx, cue=cue, reach=reach)
    if choice is None:
        raise UnplaceableError(f"no such day: {_describe(node)}")
    return chosen(choice, _describe(node), ctx, "year", tuple(notes))


def _historic_day(name: str, node: CalendarDate, ctx: Context) -> Value:
    """A day named for what happened on it ("Black Monday"): the latest day of that name by
    the reference, never one still to come (the name did not exist before its day)."""
    latest = (node.year.value if node.year is not None else None, node.month, node.day)
    days = (*vocab.EARLIER_HISTORIC_DAYS.get(tuple(name.split()), ()), latest)
    on = ctx.reference.date()
    for year, month, day in reversed(days):
        if year is not None and month is not None and day is not None:
            span = _build(node._replace(month=month, day=day), year)
            if span is not None and date(year, month, day) <= on:
                said = f"{name} taken as {year}-{month:02}-{day:02}, the latest by the reference"
                return span_value(span, (Assumption("historic", said),))
    raise UnplaceableError(f"no such day: no {name.title()} by {on.isoformat()}")


def _weekday_years(node: CalendarDate, ctx: Context, weekday: int) -> Value | None:
    """A year-less date with its weekday ("Tuesday, February 8"): the years that fit."""
    this_year = ctx.reference.year

    def build(k: int) -> Span | None:
        span = _build(node, this_year + k)
        if span is None or span.start is None or span.start.isoweekday() != weekday:
            return None
        return span

    choice = choose_occurrence(build, ctx, cue=node.cue, reach=11)
    if choice is None:
        return None
    day = WEEKDAY_NAMES[weekday - 1]
    return chosen(choice, f"{day}, {_describe(node)}", ctx, "year", ())


def _build(node: CalendarDate, year: int) -> Span | None:
    """The span of ``node`` in ``year`` (``None`` if that year has no such day)."""
    grain = node.grain
    month, day = 1, 1
    if grain is Grain.DAY or grain is Grain.MONTH:
        if node.month is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        month = node.month
        if grain is Grain.DAY:
            if node.day is None:
                raise UnplaceableError(BEYOND_CALENDAR)
            day = node.day
    elif grain is Grain.QUARTER:
        if node.ordinal is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        month = 3 * node.ordinal - 2
    elif grain is Grain.HALF:
        if node.ordinal is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        month = 6 * node.ordinal - 5
    elif grain is Grain.SEASON:
        if node.season is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        month = cal.SEASONS[node.season][1]
    elif grain is Grain.WEEK:
        if node.ordinal is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        try:
            return Span.week(year, node.ordinal)  # an ISO week: "week 12 of 2024"
        except InvalidArgumentError:
            return None  # week 53 of a year of 52 weeks
    return unit_span(year, month, day, grain)


#: How far ahead of the reference a year written with two digits may lie.
_SHORT_YEAR_AHEAD: Final = 10


def _year(year: YearRef, grain: Grain, ctx: Context, notes: list[Assumption]) -> int:
    """The full year a stated year names."""
    if year.offset is not None:
        return ctx.reference.year + year.offset
    if year.value is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if not year.two_digit:
        return year.value
    here = ctx.reference.year
    if grain is Grain.DECADE:
        # "the nineties": the latest such decade that has begun by the reference.
        full = here - here % 100 + year.value
        if full > here:
            full -= 100
        notes.append(Assumption("century", f"'{year.value:02d}s taken as the {full}s"))
        return full
    # "'24": the latest year with those last two digits at most ten years after the
    # reference. Text looks back further than it looks ahead: "the summer of '44" written
    # in 2009 is 1944, though 2044 is nearer; "by '30" written in 2025 is 2030.
    full = here - here % 100 + year.value
    if full - here > _SHORT_YEAR_AHEAD:
        full -= 100
    elif here - full >= 100 - _SHORT_YEAR_AHEAD:
        full += 100
    notes.append(Assumption("century", f"'{year.value:02d} taken as {full}"))
    return full


def _describe(node: CalendarDate) -> str:
    if node.grain is Grain.DAY and node.month is not None:
        return f"{cal.MONTH_NAMES[node.month - 1]} {node.day}"
    if node.grain is Grain.MONTH and node.month is not None:
        return cal.MONTH_NAMES[node.month - 1]
    if node.grain is Grain.SEASON and node.season is not None:
        return _SEASON_NAMES[node.season]
    if node.grain is Grain.QUARTER:
        return f"Q{node.ordinal}"
    if node.grain is Grain.HALF:
        return f"H{node.ordinal}"
    if node.grain is Grain.WEEK:
        return f"week {node.ordinal}"
    return str(node.grain.value)


def _check_weekday(span: Span, weekday: int, notes: list[Assumption]) -> None:
    if span.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    actual = span.start.isoweekday()
    if actual != weekday:
        notes.append(
            Assumption(
                "weekday",
                f"the text names a {WEEKDAY_NAMES[weekday - 1]}, but {span} is a "
                f"{WEEKDAY_NAMES[actual - 1]}; the date was kept",
            )
        )


def _holiday(node: Holiday, ctx: Context) -> Value:
    key, _, code = node.key.partition("/")
    name = key.title().replace("'S", "'s")
    if code:
        title = COUNTRY_TITLES[code]
        name = f"{title}' {name}" if title.endswith("s") else f"{title}'s {name}"
    elif key == INDEPENDENCE_DAY:
        return _whose_independence_day(node, ctx)

    def build(k: int) -> Span | None:
        year = this_year + k
        if not 1 <= year <= 9998:
            return None
        try:
            return _holiday_span(node.key, year)
        except UnplaceableError:
            return None  # a year the holiday's calendar is not computed for

    notes: list[Assumption] = []
    if node.key in ISLAMIC_HOLIDAYS:
        notes.append(Assumption("calendar", _TABULAR))
    if node.year is not None:
        year = _year(node.year, Grain.DAY, ctx, notes)
        return span_value(_holiday_span(node.key, year), tuple(notes))
    this_year = ctx.reference.year
    cue = node.cue if node.cue is not None else ctx.signal_cue
    choice = choose_occurrence(build, ctx, cue=cue)
    if choice is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    return chosen(choice, name, ctx, "year", tuple(notes))


def _whose_independence_day(node: Holiday, ctx: Context) -> Value:
    """Independence Day of no named country: its day is unknown (``XXXX-XX-XX``, or the
    year's ``2024-XX-XX`` with a year), not the United States' by default."""
    notes: list[Assumption] = []
    year = "XXXX" if node.year is None else f"{_year(node.year, Grain.DAY, ctx, notes):04d}"
    notes.append(
        Assumption(
            "country",
            "Independence Day falls on a different day in each country, and the text names "
            'none: the day is left unknown (name it, as in "India\'s Independence Day" or '
            '"Independence Day in Kenya")',
        )
    )
    return Value(None, trusted_timex("DATE", f"{year}-XX-XX"), assumptions=tuple(notes))


_TABULAR: Final = (
    "dated by the tabular Islamic calendar; where the day is fixed by sighting the moon it "
    "may fall a day earlier or later, and countries differ"
)


def _holiday_span(key: str, year: int) -> Span:
    """The day of a holiday in ``year``; Ramadan is its month of fasting, a span of days."""
    if key == "ramadan":
        first, after = ramadan(year)
        return Span.between(_midnight(first), _midnight(after))
    return unit_at(_midnight(holiday_date(key, year)), Grain.DAY)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _week_in(node: WeekIn, ctx: Context) -> Value:
    base = resolve_node(node.base, ctx)
    span = base.span
    if span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if span.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if span.end is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if node.ordinal is None:
        week = unit_at(span.start, Grain.WEEK)
        alternative = None
        if base.alternative is not None and base.alternative.span is not None:
            other = base.alternative.span
            if other.start is None:
                raise UnplaceableError(BEYOND_CALENDAR)
            alternative = span_value(unit_at(other.start, Grain.WEEK), base.alternative.assumptions)
            held = alternative.span
            if (
                isinstance(node.base, Holiday)
                and held is not None
                and held.start is not None
                and held.end is not None
                and held.start <= ctx.reference < held.end
            ):
                # "as Easter week began", said in that week: the week under way, though
                # the feast itself is still ahead of the reference
                primary = span_value(week, base.assumptions)
                return alternative._replace(alternative=primary)
        return Value(week, timex_of(week), None, base.assumptions, alternative)
    if node.ordinal > 0:
        lo = span.start + timedelta(weeks=node.ordinal - 1)
        words = f"days {7 * node.ordinal - 6}–{7 * node.ordinal}"
    else:
        lo = span.end - timedelta(weeks=1)
        words = "its last seven days"
    part = Span.between(lo, lo + timedelta(weeks=1))
    note = Assumption("week", f"a week of {span} taken as {words}: {part}")
    # TimeML writes a week as an ISO week: the one that holds most of these seven days,
    # i.e. their middle day (the last week of March 2009, 25-31 March, is 2009-W13)
    iso = unit_at(lo + timedelta(days=3), Grain.WEEK)
    return Value(part, timex_of(iso), None, (*base.assumptions, note))


def _numeric_date(node: NumericDate, ctx: Context) -> Value:
    notes: list[Assumption] = []
    year = _year(node.year, Grain.DAY, ctx, notes)
    first, second = node.first, node.second
    readings = []
    if second <= 12:
        readings.append(("day first", second, first))
    if first <= 12:
        readings.append(("month first", first, second))
    if not ctx.policy.day_first:
        readings.reverse()
    if node.weekday is not None and len(readings) == 2:
        # "Tuesday 8/7/2025": the order in which the date falls on the weekday written
        readings.sort(key=lambda r: not _falls_on(year, r[1], r[2], node.weekday))
    for how, month, day in readings:
        try:
            span = Span.day(year, month, day)
        except InvalidArgumentError:
            continue
        if first != second and len(readings) == 2:
            if node.weekday is not None and _falls_on(year, month, day, node.weekday):
                how += ", the order that falls on the weekday written"
            notes.append(Assumption("numeric date", f"{first}/{second} read {how}: {span}"))
        elif how == "month first" and ctx.policy.day_first:
            notes.append(
                Assumption(
                    "numeric date", f"{first}/{second} read month first: {first} cannot be a month"
                )
            )
        return span_value(span, tuple(notes))
    raise UnplaceableError(f"no such day: {first}/{second}/{year} either way round")


def _falls_on(year: int, month: int, day: int, weekday: int | None) -> bool:
    """Whether ``year-month-day`` is a day and falls on ``weekday`` (1 for Monday)."""
    try:
        return date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


def _weekday(node: Weekday, ctx: Context) -> Value:
    week = unit_at(ctx.day, Grain.WEEK)
    if week.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    monday = week.start

    def build(k: int) -> Span:
        return unit_at(monday + timedelta(days=7 * k + node.weekday - 1), Grain.DAY)

    choice = choose_occurrence(build, ctx, cue=node.cue or ctx.signal_cue)
    if choice is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    return chosen(choice, WEEKDAY_NAMES[node.weekday - 1], ctx, "weekday", ())


# -- relative units, shifts, periods ----------------------------------------------------------


def _relative(node: RelativeUnit, ctx: Context) -> Value:
    if node.pick:
        return _picked_weekend(ctx)
    unit = unit_at(ctx.reference, node.grain)
    span = shift_units(unit, node.grain, node.offset)
    if node.weekend:
        if span.start is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        if span.end is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        weekend = Span.between(span.start + timedelta(days=5), span.end)
        week = timex_of(span).value
        note = Assumption("weekend", "a weekend is its Saturday and Sunday")
        return Value(weekend, trusted_timex("DATE", f"{week}-WE"), None, (note,))
    return span_value(span)


def _picked_weekend(ctx: Context) -> Value:
    """ "the weekend": the last, the next or the current one, as for a weekday."""
    week = unit_at(ctx.day, Grain.WEEK)
    if week.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    saturday = week.start + timedelta(days=5)

    def build(k: int) -> Span:
        start = saturday + timedelta(weeks=k)
        return Span.between(start, start + timedelta(days=2))

    choice = choose_occurrence(build, ctx, cue=ctx.signal_cue)
    if choice is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    value = chosen(choice, "the weekend", ctx, "weekday", ())
    return Value(
        value.span,
        _weekend_timex(choice.span),
        None,
        value.assumptions,
        None
        if choice.alternative is None
        else Value(
            choice.alternative,
            _weekend_timex(choice.alternative),
            None,
            value.alternative.assumptions if value.alternative else (),
        ),
    )


def _weekend_timex(span: Span) -> Timex:
    if span.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    week = timex_of(unit_at(span.start, Grain.WEEK)).value
    return trusted_timex("DATE", f"{week}-WE")


def shift_units(span: Span, grain: Grain, units: int) -> Span:
    """The unit ``units`` units of ``grain`` after (or before) ``span``."""
    if units == 0:
        return span
    start = span.start
    if start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    step = _STEP_SECONDS.get(grain)
    if step is not None:
        return unit_at(start + timedelta(seconds=step * units), grain)
    months = _MONTHS[grain] * units
    index = start.year * 12 + start.month - 1 + months
    moved = unit_span(index // 12, index % 12 + 1, 1, grain)
    if moved is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    return moved


def _range(node: Range, ctx: Context) -> Value:
    first, last = resolve_range(node, ctx)
    if first.span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if last.span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    notes = (*first.assumptions, *last.assumptions)
    span = first.span.hull(last.span)
    if isinstance(node.last, Clock) and node.last.base is node.first:
        # "Friday until 5 pm": from the day's start to the clock time, not the whole day
        span = Span.between(first.span.start, last.span.end, grain=last.span.grain)
    return Value(span, first.timex, None, notes, parts=(first, last))


def resolve_range(node: Range, ctx: Context) -> tuple[Value, Value]:
    """Both ends of a range, the year of a year-less end taken from the other end."""
    first_node, last_node = node.first, node.last
    if (
        ctx.tense is Tense.PAST
        and isinstance(first_node, Weekday)
        and isinstance(last_node, Weekday)
        and first_node.cue is None
        and last_node.cue is None
    ):
        # "stayed shut from Monday until Friday": a past week's days, over by now; the
        # last end is placed by the tense and the first before it
        last = resolve_node(last_node, ctx)
        if last.span is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        first = _placed_before(first_node, last.span, ctx)
    elif _yearless(first_node) and not _yearless(last_node):
        last = resolve_node(last_node, ctx)
        if last.span is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        if last.span.start is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        first = _weekday_first(first_node, last.span, ctx) or _placed_before(
            first_node, last.span, ctx
        )
    else:
        first = resolve_node(first_node, ctx)
        if first.span is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        if first.span.start is None:
            raise UnplaceableError(BEYOND_CALENDAR)
        if _dayless_clock(last_node):
            last = _clock_on_first_day(last_node, first.span, ctx)
        elif _yearless(last_node):
            last = _placed_after(last_node, first.span, ctx)
        else:
            last = resolve_node(last_node, ctx)
    if first.span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if last.span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    if (
        first.span.start is not None
        and last.span.end is not None
        and last.span.end <= first.span.start
    ):
        if not _overnight(first_node, last_node):
            raise UnplaceableError("the range ends before it starts")
        if node.eve:
            # "from 10 p.m. to Saturday 5 a.m.": the day is the morning's, the night
            # starts on the evening before it
            moved = first.span.shift(days=-1)
            note = Assumption("range", f"the range runs past midnight: its first end {moved}")
            first = span_value(moved, (*first.assumptions, note))
        else:
            # "from 10 p.m. to 5 a.m.", "… on Saturday": the day of the first end is the
            # night's first, the last end is the morning after
            moved = last.span.shift(days=1)
            note = Assumption("range", f"the range runs past midnight: its last end {moved}")
            last = span_value(moved, (*last.assumptions, note))
    return first, last


def _overnight(first: Node, last: Node) -> bool:
    """Whether a range of two clock times runs through the night: the first in the
    afternoon or evening ("10 p.m.", "22:00"), the last said to be in the morning ("5 a.m.",
    or "05:00" after "22:00"), with no day of its own or the one day a name gives both
    ("from 10 p.m. to 5 a.m. on Saturday"), not a day the text names again for it ("from
    11 p.m. Sunday to 6 a.m. Sunday" is a slip)."""
    if not (isinstance(first, Clock) and isinstance(last, Clock)):
        return False
    if first.hour is None or last.hour is None or last.utc:
        return False
    if last.base is not None and last.base is not first.base:
        return False
    if last.midnight or (last.hour == 0 and not last.minute and last.meridiem is None):
        return True  # "from 9 p.m. until midnight": the midnight the evening runs to
    if first.hour < 12 or last.hour >= 12:
        return False
    # "10:30 to 2:30" says no half of the day: 2:30 in the afternoon is as likely
    return last.meridiem == "am" or (
        last.meridiem is None and first.meridiem is None and first.hour >= 13
    )


def _weekday_first(node: Node, last: Span, ctx: Context) -> Value | None:
    """A bare weekday opening a range ("from Monday until the end of June"): a weekday
    names a day near the reference, placed by the tense as on its own, not a day in the
    week of the range's other end; ``None`` (place it from the other end) when not a
    weekday, or when so placed it starts after that end ("from Monday until 30 June 1987")."""
    if not isinstance(node, Weekday):
        return None
    first = resolve_node(node, ctx)
    span = first.span
    if span is None or span.start is None or last.end is None or last.end <= span.start:
        return None
    return first


def _dayless_clock(node: Node) -> bool:
    """A clock time with no day of its own ("5 a.m." in "from 10 p.m. to 5 a.m.")."""
    return isinstance(node, Clock) and node.base is None and node.hour is not None


def _clock_on_first_day(node: Node, first: Span, ctx: Context) -> Value:
    """A range's last end that is a clock time with no day, on the first end's day ("10
    p.m. Friday to 5 a.m."; the next day, when the range runs through the night, is
    :func:`resolve_range`'s to give). A day the last end names is the grammar's to give
    the first: "2–4 p.m. Friday"."""
    if first.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    day = datetime(first.start.year, first.start.month, first.start.day)
    placed = resolve_node(node, ctx._replace(reference=day))
    if placed.span is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    note = Assumption("range", f"the range's first end gives its day: {placed.span}")
    return Value(placed.span, placed.timex, None, (note,))


def _yearless(node: Node) -> bool:
    if isinstance(node, CalendarDate):
        return node.year is None and node.cue is None
    if isinstance(node, Weekday):
        return node.cue is None
    return False


def _placed_before(node: Node, last: Span, ctx: Context) -> Value:
    """A year-less first end: its latest occurrence starting by the last end's start."""
    if last.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    anchor = last.start
    fitting = [
        s for s in _occurrences_near(node, anchor) if s.start is not None and s.start <= anchor
    ]
    return _placed(node, fitting[-1] if fitting else None, ctx)


def _placed_after(node: Node, first: Span, ctx: Context) -> Value:
    """A year-less last end: its earliest occurrence ending after the first end's start."""
    if first.start is None:
        raise UnplaceableError(BEYOND_CALENDAR)
    anchor = first.start
    fitting = [s for s in _occurrences_near(node, anchor) if s.end is not None and s.end > anchor]
    return _placed(node, fitting[0] if fitting else None, ctx)


def _placed(node: Node, span: Span | None, ctx: Context) -> Value:
    if span is None:
        return resolve_node(node, ctx)
    return span_value(span, (Assumption("range", f"the range's other end places it: {span}"),))


def _occurrences_near(node: Node, anchor: datetime) -> list[Span]:
    """The occurrences of a year-less node around ``anchor``, in order."""
    found: list[Span | None] = []
    if isinstance(node, CalendarDate):
        found = [_build(node, anchor.year + k) for k in (-1, 0, 1)]
    elif isinstance(node, Weekday):
        monday = anchor - timedelta(days=anchor.weekday())
        found = [
            unit_at(monday + timedelta(days=7 * k + node.weekday - 1), Grain.DAY)
            for k in (-1, 0, 1)
        ]
    return [span for span in found if span is not None]


#: How far either side of its boundary "the turn of the century" reaches, in years.
TURN_REACH: Final = 5


def _turn(node: Turn, ctx: Context) -> Value:
    """The turn of a century or millennium: its boundary year, ``APPROX``, and the years
    from five before it to five after. The bare phrase is the boundary the tense points
    to; with none, the one before the reference unless the next is less than half as far
    ("the turn of the century" is 2000 in 1995 and in 2024, 1900 in 1960)."""
    length = node.length
    if length == 1:
        return _turn_of_year(node, ctx)
    notes: tuple[Assumption, ...] = ()
    year = ctx.reference.year
    if node.year is not None:
        boundary = node.year
    elif node.offset is not None:
        boundary = year // length * length + node.offset * length
    else:
        before = year // length * length
        after = before + length
        if ctx.tense is Tense.FUTURE and before < year:
            boundary = after
        elif ctx.tense is Tense.PAST or after - year >= (year - before) / 2:
            boundary = before
        else:
            boundary = after
        notes = (
            Assumption(
                "turn",
                f"the turn of the {_TURN_NAMES[length]} taken as {boundary} "
                f"(the reference being {ctx.reference.date()})",
            ),
        )
    if not TURN_REACH < boundary < 9999 - TURN_REACH:
        raise UnplaceableError(BEYOND_CALENDAR)
    span = Span.between(date(boundary - TURN_REACH, 1, 1), date(boundary + TURN_REACH, 1, 1))
    note = Assumption("around", f"the turn of {boundary} taken as {TURN_REACH} years either side")
    return Value(span, trusted_timex("DATE", f"{boundary:04d}", "APPROX"), None, (*notes, note))


_TURN_NAMES: Final = {100: "century", 1000: "millennium"}

#: How far either side of 1 January "the turn of the year" reaches, in days.
YEAR_TURN_REACH: Final = 14


def _turn_of_year(node: Turn, ctx: Context) -> Value:
    """ "the turn of the year", "the turn of 2025": 1 January of the year that begins,
    ``APPROX``, and the two weeks either side (18 December to 14 January). The bare phrase
    is placed as the turn of a century is: the one the tense points to; with none, the one
    behind the reference unless the next is less than half as far (in October, the coming
    one)."""
    day = ctx.reference.date()
    notes: tuple[Assumption, ...] = ()
    if node.year is not None:
        boundary = node.year
    elif node.offset is not None:
        boundary = day.year + node.offset
    else:
        before, after = date(day.year, 1, 1), date(day.year + 1, 1, 1)
        if ctx.tense is Tense.FUTURE and before < day:
            boundary = after.year
        elif ctx.tense is Tense.PAST or (after - day).days >= (day - before).days / 2:
            boundary = before.year
        else:
            boundary = after.year
        notes = (
            Assumption(
                "turn",
                f"the turn of the year taken as 1 January {boundary} (the reference being {day})",
            ),
        )
    if not 1 < boundary < 9999:
        raise UnplaceableError(BEYOND_CALENDAR)
    start = date(boundary, 1, 1) - timedelta(days=YEAR_TURN_REACH)
    span = Span.between(start, date(boundary, 1, 1) + timedelta(days=YEAR_TURN_REACH))
    note = Assumption(
        "around", f"the turn of the year {boundary} taken as {YEAR_TURN_REACH} days either side"
    )
    return Value(
        span, trusted_timex("DATE", f"{boundary:04d}-01-01", "APPROX"), None, (*notes, note)
    )


def _year_pair(node: YearPair, ctx: Context) -> Value:
    """ "the 2024/25 season": the two calendar years it lies in. No sports, school or
    fiscal calendar is known, and TimeML has no value for a span of two years: the TIMEX3
    names the year the period opens, as "fiscal 2024" names its year."""
    first = node.first
    span = Span.between(date(first, 1, 1), date(first + 2, 1, 1))
    note = Assumption(
        "period",
        f"a period written {first}/{(first + 1) % 100:02d} taken as the years {first} and "
        f"{first + 1}; its TIMEX3 names {first}",
    )
    return Value(span, trusted_timex("DATE", f"{first:04d}"), None, (note,))


HANDLERS.update(
    {
        Turn: _turn,
        YearPair: _year_pair,
        CalendarDate: _calendar_date,
        Holiday: _holiday,
        WeekIn: _week_in,
        NumericDate: _numeric_date,
        Weekday: _weekday,
        RelativeUnit: _relative,
        Range: _range,
    }
)
