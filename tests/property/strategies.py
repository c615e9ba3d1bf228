"""Hypothesis strategies shared by every family of laws."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from chronos import Grain, Span

#: Years far enough from the edges of the representable range that shifting stays inside.
years = st.integers(min_value=1800, max_value=2200)
months = st.integers(min_value=1, max_value=12)
dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31))
datetimes = st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
grains = st.sampled_from(list(Grain))


@st.composite
def unit_spans(draw: st.DrawFn) -> Span:
    """One unit of any grain: a day, an ISO week, a quarter, a decade, …"""
    return Span.unit(draw(datetimes), draw(grains))


@st.composite
def bounded_spans(draw: st.DrawFn) -> Span:
    """A span of one or more whole units of a grain, both ends known."""
    first = draw(unit_spans())
    more = draw(st.integers(min_value=0, max_value=5))
    last = first
    for _ in range(more):
        assert last.end is not None
        last = Span.unit(last.end, first.grain)
    return first.hull(last)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """Any span, open ends included."""
    span = draw(bounded_spans())
    which = draw(st.sampled_from(["closed", "open start", "open end"]))
    if which == "open start":
        return Span(None, span.end, span.grain)
    if which == "open end":
        return Span(span.start, None, span.grain)
    return span


small_amounts = st.integers(min_value=-400, max_value=400)
timedeltas = st.integers(min_value=0, max_value=10**9).map(lambda s: timedelta(seconds=s))


# -- TIMEX3 and EDTF (chronos.time._timex, chronos.formats._edtf) -------------------------

from chronos.formats._edtf import (  # noqa: E402
    EdtfDate,
    EdtfEnd,
    EdtfInterval,
    EdtfRange,
    EdtfSet,
    Qualifier,
)
from chronos.time._timex import Timex  # noqa: E402
from chronos.time._timex_value import MODS  # noqa: E402


def _with_unknown(draw: st.DrawFn, digits: str) -> str:
    """``digits`` with some of them (maybe none) replaced by X."""
    mask = draw(st.lists(st.booleans(), min_size=len(digits), max_size=len(digits)))
    return "".join("X" if hide else d for d, hide in zip(digits, mask, strict=True))


@st.composite
def timex_points(draw: st.DrawFn) -> str:
    """A TIMEX3 DATE or TIME value: a calendar value, a clock time or a reference."""
    year = f"{draw(years):04d}"
    if draw(st.booleans()):
        year = draw(st.sampled_from([year, year[:3] + "X", year[:2] + "XX", "XXXX"]))
    month, day = f"{draw(months):02d}", f"{draw(st.integers(1, 28)):02d}"
    clock = draw(
        st.sampled_from(
            ["", "TMO", "TAF", "TEV", "TNI", "TDT", "TMI", "T10", "T22:00", "T10:30:15", "T09:05Z"]
        )
    )
    return draw(
        st.sampled_from(
            [
                year,
                f"{year}-{month}",
                f"{year}-{month}-{day}{clock}",
                f"{year}-XX-XX",
                f"{year}-W{draw(st.integers(1, 52)):02d}",
                f"{year}-W{draw(st.integers(1, 52)):02d}-{draw(st.integers(1, 7))}{clock}",
                f"{year}-W{draw(st.integers(1, 52)):02d}-WE",
                "XXXX-WXX-1",
                f"{year}-Q{draw(st.integers(1, 4))}",
                f"{year}-H{draw(st.integers(1, 2))}",
                f"{year}-{draw(st.sampled_from(['SP', 'SU', 'FA', 'WI']))}",
                year[:3],
                year[:2],
                f"FY{year}",
                clock or "T22:00",
                "PRESENT_REF",
                "PAST_REF",
                "FUTURE_REF",
            ]
        )
    )


@st.composite
def timex_durations(draw: st.DrawFn) -> str:
    """A TIMEX3 duration value: P3Y, P1Y6M, P1.5Y, PXD, PT2H30M, …"""
    number = st.one_of(
        st.integers(0, 400).map(str),
        st.just("X"),
        st.tuples(st.integers(0, 9), st.integers(0, 9)).map(lambda p: f"{p[0]}.{p[1]}"),
    )
    date_units = draw(st.lists(st.sampled_from("LCEYQMWD"), unique=True, max_size=3))
    time_units = draw(st.lists(st.sampled_from("HMS"), unique=True, max_size=2))
    if not date_units and not time_units:
        date_units = ["Y"]
    parts = "".join(f"{draw(number)}{u}" for u in sorted(date_units, key="LCEYQMWD".index))
    clock = "".join(f"{draw(number)}{u}" for u in sorted(time_units, key="HMS".index))
    return f"P{parts}{'T' + clock if clock else ''}"


@st.composite
def timexes(draw: st.DrawFn) -> Timex:
    """Any valid TIMEX3: a type, a value of that type, a mod, and for a SET freq and quant."""
    kind = draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"]))
    mod = draw(st.none() | st.sampled_from(MODS))
    if kind == "DURATION":
        return Timex(kind, draw(timex_durations()), mod)
    if kind == "SET":
        value = draw(
            st.one_of(
                timex_durations(),
                st.sampled_from(["XXXX-WXX-1", "XXXX-WXX-2TNI", "XXXX-Q2", "XXXX-SU", "XXXX"]),
            )
        )
        freq = draw(st.none() | st.sampled_from(["1X", "2X", "7D", "1W", "3Y"]))
        quant = draw(st.none() | st.sampled_from(["EVERY", "EACH", "each"]))
        return Timex(kind, value, mod, freq=freq, quant=quant)
    return Timex(kind, draw(timex_points()), mod)


_QUALIFIERS: list[Qualifier] = ["?", "~", "%"]
_QUALIFIER: st.SearchStrategy[Qualifier | None] = st.none() | st.sampled_from(_QUALIFIERS)


@st.composite
def edtf_dates(draw: st.DrawFn) -> EdtfDate:
    """Any EDTF date of levels 0–2 (plain dates in chronos's range most of the time)."""
    shape = draw(st.sampled_from(["plain", "plain", "plain", "unknown", "big", "datetime"]))
    exponent = significant = None
    if shape == "big":
        kind = draw(st.sampled_from(["negative", "Y", "exponent", "significant"]))
        if kind == "negative":
            year = f"-{draw(st.integers(1, 9999)):04d}"
        elif kind == "Y":
            year = str(draw(st.integers(10**4, 10**12)) * draw(st.sampled_from([1, -1])))
        elif kind == "exponent":
            year = str(draw(st.integers(1, 999)) * draw(st.sampled_from([1, -1])))
            exponent = draw(st.integers(1, 12))
        else:
            year = f"{draw(years):04d}"
        if kind in ("Y", "exponent", "significant") and draw(st.booleans()):
            size = len(year.lstrip("-")) + (exponent or 0)
            significant = draw(st.integers(1, size))
    else:
        year = f"{draw(years):04d}"
    month = day = time = zone = None
    if draw(st.integers(0, 3)):
        month = f"{draw(months):02d}"
        if draw(st.integers(0, 5)) == 0:
            month = str(draw(st.integers(21, 41)))
        elif draw(st.booleans()):
            day = f"{draw(st.integers(1, 28)):02d}"
    if shape == "unknown":
        year = _with_unknown(draw, year)
        if month is not None and int(month) <= 12:
            month = draw(st.sampled_from([month, "XX", month[0] + "X"]))
        if day is not None:
            day = draw(st.sampled_from([day, "XX", day[0] + "X", "X" + day[1]]))
    if shape == "datetime":
        month = f"{draw(months):02d}"
        day = f"{draw(st.integers(1, 28)):02d}"
        time = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:00"
        zone = draw(st.sampled_from([None, "Z", "+04:30", "-04"]))
        return EdtfDate(year, month, day, time=time, zone=zone)
    qualifiers: list[Qualifier | None] = draw(st.lists(_QUALIFIER, min_size=3, max_size=3))
    if draw(st.booleans()):
        qualifiers = [None, None, None]
    return EdtfDate(
        year,
        month,
        day,
        exponent=exponent,
        significant=significant,
        year_qualifier=qualifiers[0],
        month_qualifier=qualifiers[1] if month is not None else None,
        day_qualifier=qualifiers[2] if day is not None else None,
    )


def _ordered(a: EdtfDate, b: EdtfDate) -> tuple[EdtfDate, EdtfDate]:
    """The two dates in an order that makes a valid interval or range."""
    from chronos.formats._edtf import _instants

    return (a, b) if _instants(a)[0] <= _instants(b)[1] else (b, a)


@st.composite
def edtf_intervals(draw: st.DrawFn) -> EdtfInterval:
    """Any EDTF interval: two dates, or one date and an open or unknown end."""
    a, b = _ordered(draw(edtf_dates()), draw(edtf_dates()))
    which = draw(st.sampled_from(["closed", "closed", "open", "unknown"]))
    if which == "closed":
        return EdtfInterval(a, b)
    end = EdtfEnd.OPEN if which == "open" else EdtfEnd.UNKNOWN
    return EdtfInterval(end, b) if draw(st.booleans()) else EdtfInterval(a, end)


@st.composite
def edtf_sets(draw: st.DrawFn) -> EdtfSet:
    """Any EDTF set: dates and ranges, the first maybe open before and the last open after."""
    count = draw(st.integers(1, 4))
    members: list[EdtfDate | EdtfRange] = []
    for index in range(count):
        kind = draw(st.sampled_from(["date", "date", "range", "open"]))
        if kind == "range":
            members.append(EdtfRange(*_ordered(draw(edtf_dates()), draw(edtf_dates()))))
        elif kind == "open" and index == 0:
            members.append(EdtfRange(None, draw(edtf_dates())))
        elif kind == "open" and index == count - 1:
            members.append(EdtfRange(draw(edtf_dates()), None))
        else:
            members.append(draw(edtf_dates()))
    return EdtfSet(members, all_of=draw(st.booleans()))


edtfs = st.one_of(edtf_dates(), edtf_intervals(), edtf_sets())


# -- the whole calendar, and arguments of any kind (the error laws) -----------------------

from datetime import timezone  # noqa: E402

from hypothesis import reject  # noqa: E402

from chronos import (  # noqa: E402
    Duration,
    InvalidArgumentError,
    Window,
)
from chronos.time import _calendar as cal  # noqa: E402

#: Instants at the edges of what datetime holds, where calendar arithmetic runs out.
EDGE_MOMENTS = [
    datetime.min,  # 0001-01-01: nothing before it
    datetime(1, 1, 1, 4, 59, 59),  # in the night of 31 December of year 0
    datetime(1, 1, 1, 5),  # the first morning
    datetime(1, 2, 28, 23, 59, 59),  # in the winter that started in year 0
    datetime(1, 3, 1),  # the first spring
    datetime(10, 1, 1),  # the second decade
    datetime(9998, 12, 31),  # the last day a unit span may start on
    datetime(9998, 12, 31, 21),  # the last night of year 9998
    datetime(9999, 1, 1),  # the first instant outside chronos's years
    datetime(9999, 12, 1),  # the last month datetime can hold
    datetime(9999, 12, 31, 23, 59, 59),  # the last whole second
    datetime.max,  # the last microsecond
]
#: Any naive instant datetime can hold, microseconds included, its edges often.
any_moments = st.one_of(st.datetimes(), st.sampled_from(EDGE_MOMENTS))
#: Whole seconds anywhere in the calendar.
any_seconds = any_moments.map(lambda d: d.replace(microsecond=0))
#: Any int: small ones, and ones beyond any calendar, C long or timedelta. (Ints too long
#: to print, 10**5000, are left to unit tests: hypothesis itself cannot show them.)
any_ints = st.one_of(
    st.integers(-60, 60),
    st.integers(),
    st.sampled_from([2**31, 2**63, -(2**63), 10**30, -(10**30)]),
)
#: A value of any common kind: what a caller may pass by mistake.
anything = st.one_of(
    st.none(),
    st.booleans(),
    any_ints,
    st.floats(),
    st.text(max_size=12),
    any_moments,
    st.datetimes(timezones=st.just(timezone.utc)),
    st.dates(),
    st.timedeltas(),
    grains,
    st.lists(st.integers(), max_size=2),
    st.tuples(st.integers(0, 30), st.integers(0, 30)),
    st.just(object()),
)


def _floor(moment: datetime, grain: Grain) -> datetime | None:
    """The start of the unit of ``grain`` holding ``moment``; None if it starts in year 0."""
    try:
        return cal.floor(moment, grain)
    except InvalidArgumentError:
        return None


@st.composite
def calendar_spans(draw: st.DrawFn) -> Span:
    """A span anywhere in the calendar datetime can hold, open ends included."""
    grain = draw(grains)
    shape = draw(st.sampled_from(["closed", "open start", "open end", "open"]))
    start = end = None
    if shape == "closed":
        ends = sorted([draw(any_moments), draw(any_moments)])
        start, end = _floor(ends[0], grain), _floor(ends[1], grain)
    elif shape == "open start":
        end = _floor(draw(any_moments), grain)
    elif shape == "open end":
        start = _floor(draw(any_moments), grain)
    if start is not None and start == end:
        end = None
    try:
        return Span(start, end, grain)
    except InvalidArgumentError:
        reject()  # an end in year 1 that no unit of the grain closes


@st.composite
def calendar_windows(draw: st.DrawFn) -> Window:
    """A window anywhere in the calendar, either end maybe open."""
    low, high = sorted([draw(any_seconds), draw(any_seconds)])
    ends: list[datetime | None] = [low, high]
    for index in (0, 1):
        if draw(st.integers(0, 3)) == 0:
            ends[index] = None
    return Window(*ends)


@st.composite
def windows(draw: st.DrawFn) -> Window:
    """A window in the years 1800–2200: an exact moment, a unit's instants, or any two ends."""
    shape = draw(st.sampled_from(["exact", "span", "between"]))
    if shape == "exact":
        return Window.exactly(draw(datetimes))
    if shape == "span":
        return Window.of(draw(unit_spans()))
    low, high = sorted([draw(datetimes), draw(datetimes)])
    ends: list[datetime | None] = [low, high]
    for index in (0, 1):
        if draw(st.integers(0, 3)) == 0:
            ends[index] = None
    return Window(*ends)


#: Calendar amounts for Duration.of: a few units, each small.
amounts = st.dictionaries(
    st.sampled_from(["years", "months", "weeks", "days", "hours", "minutes", "seconds"]),
    st.integers(0, 40),
    max_size=3,
)
#: Durations stated as calendar amounts.
durations = amounts.map(lambda a: Duration.of(**a))
