"""Laws of counted days, weekdays of a week and clock ranges, on generated phrases.

- an ordinal weekday of a month falls on that weekday, inside that month, in the week of
  the month its ordinal says (the n-th from the start, or from the end for "last");
- "the n-th day of" a month or a year is that many days from its start (or its end);
- a weekday of a named week lies in that week;
- a range of clock times with one meridiem ("X–Y pm") starts no later than it ends.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from hypothesis import assume, given, strategies as st

from chronos import ParseError, parse
from chronos.time import calendar

MONTHS = list(calendar.MONTH_NAMES)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
TENSES = [None, "past", "future"]
references = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(
    references,
    st.sampled_from(list(ORDINALS)),
    st.integers(0, 6),
    st.integers(1, 12),
    st.one_of(st.none(), st.integers(1900, 2100)),
    st.sampled_from(TENSES),
)
def test_an_ordinal_weekday_falls_on_that_weekday_in_its_month(
    reference: date, ordinal: str, weekday: int, month: int, year: int | None, tense: str | None
) -> None:
    where = MONTHS[month - 1] + ("" if year is None else f" {year}")
    e = parse(f"the {ordinal} {WEEKDAYS[weekday]} of {where}", reference=reference, tense=tense)
    assert e.span is not None
    assert e.span.start is not None
    day = e.span.start
    assert day.weekday() == weekday
    assert day.month == month
    if year is not None:
        assert day.year == year
    n = ORDINALS[ordinal]
    if n > 0:
        assert (day.day - 1) // 7 == n - 1
    else:
        assert day.day + 7 > monthrange(day.year, month)[1]


@given(
    st.integers(1900, 2100),
    st.one_of(st.integers(1, 12), st.none()),
    st.integers(1, 28),
    st.booleans(),
)
def test_the_nth_day_is_counted_from_the_start_or_the_end(
    year: int, month: int | None, n: int, from_end: bool
) -> None:
    where = f"{year}" if month is None else f"{MONTHS[month - 1]} {year}"
    first = date(year, month or 1, 1)
    after = date(year + 1, 1, 1) if month is None else date(year + month // 12, month % 12 + 1, 1)
    ordinal = (
        "last"
        if from_end
        else f"{n}{ {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(n, 'th') }"
    )
    e = parse(f"the {ordinal} day of {where}", reference="2024-10-25")
    assert e.span is not None
    assert e.span.start is not None
    expected = after - timedelta(days=1) if from_end else first + timedelta(days=n - 1)
    assert e.span.start.date() == expected


@given(references, st.integers(0, 6), st.sampled_from(["last", "this", "next"]))
def test_a_weekday_of_a_week_lies_in_that_week(reference: date, weekday: int, cue: str) -> None:
    e = parse(f"{WEEKDAYS[weekday]} of {cue} week", reference=reference)
    week = parse(f"{cue} week", reference=reference).span
    assert e.span is not None
    assert week is not None
    assert week.contains(e.span)
    assert e.span.start is not None
    assert e.span.start.weekday() == weekday


@given(
    st.integers(1, 12),
    st.integers(1, 12),
    st.sampled_from([0, 15, 30, 45]),
    st.sampled_from([0, 15, 30, 45]),
    st.sampled_from(["pm", "p.m.", "am", "a.m."]),
    st.sampled_from(["–", "-", " to "]),
)
def test_a_clock_range_with_one_meridiem_starts_no_later_than_it_ends(
    first: int, last: int, m1: int, m2: int, meridiem: str, join: str
) -> None:
    phrase = f"{first}:{m1:02d}{join}{last}:{m2:02d} {meridiem}"
    try:
        e = parse(phrase, reference="2024-10-25")
    except ParseError:
        # a range that runs backwards is refused, never read the wrong way round
        assume(False)
        return
    start, end = (p.span for p in e.parts)
    assert start is not None
    assert end is not None
    assert start.start is not None
    assert end.start is not None
    assert start.start <= end.start
    # the second end keeps the meridiem it states
    assert (end.start.hour >= 12) == meridiem.startswith("p")
