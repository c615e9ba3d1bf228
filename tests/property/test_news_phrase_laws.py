"""Laws of the set phrases of news text: a night named by its morning, the turn of a
century or a year, a period across two years, the small hours. Each test is named after its law."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, strategies as st

from chronos import parse

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REFERENCES = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@given(
    REFERENCES,
    st.integers(min_value=6, max_value=11),
    st.integers(min_value=1, max_value=6),
    st.sampled_from(WEEKDAYS),
    st.sampled_from([None, "past", "future"]),
)
def test_a_night_named_by_its_morning_ends_on_that_day_and_starts_the_evening_before(
    reference: date, evening: int, morning: int, weekday: str, tense: str | None
) -> None:
    e = parse(f"from {evening} p.m. to {weekday} {morning} a.m.", reference=reference, tense=tense)
    first, last = (p.span.start for p in e.parts if p.span is not None)
    assert last.strftime("%A") == weekday
    assert first.date() == last.date() - timedelta(days=1)
    assert (first.hour, last.hour) == (evening + 12, morning)


@given(REFERENCES, st.sampled_from([None, "past", "future"]), st.sampled_from([100, 1000]))
def test_the_turn_is_a_boundary_next_to_the_reference_and_spans_ten_years(
    reference: date, tense: str | None, length: int
) -> None:
    unit = "century" if length == 100 else "millennium"
    e = parse(f"the turn of the {unit}", reference=reference, tense=tense)
    boundary = int(e.timex.value)
    assert boundary % length == 0
    assert e.timex.mod == "APPROX"
    before = reference.year // length * length
    assert boundary in (before, before + length)
    if tense == "past":
        assert boundary == before
    assert e.span is not None
    assert e.span.start is not None
    assert e.span.end is not None
    assert (e.span.start, e.span.end) == (
        datetime(boundary - 5, 1, 1),
        datetime(boundary + 5, 1, 1),
    )


@given(REFERENCES, st.sampled_from([None, "past", "future"]))
def test_the_turn_of_the_year_is_a_first_of_january_next_to_the_reference_two_weeks_wide(
    reference: date, tense: str | None
) -> None:
    e = parse("the turn of the year", reference=reference, tense=tense)
    assert e.timex is not None
    assert e.timex.mod == "APPROX"
    boundary = date.fromisoformat(e.timex.value)
    assert (boundary.month, boundary.day) == (1, 1)
    assert boundary.year in (reference.year, reference.year + 1)
    if tense == "past":
        assert boundary <= reference
    if tense == "future":
        assert boundary >= reference
    if tense is None:  # the nearer, with the one behind preferred unless twice as far
        ahead = (date(reference.year + 1, 1, 1) - reference).days
        behind = (reference - date(reference.year, 1, 1)).days
        assert (boundary > reference) == (ahead * 2 < behind)
    assert e.span is not None
    assert (e.span.start, e.span.end) == (
        datetime.combine(boundary - timedelta(days=14), datetime.min.time()),
        datetime.combine(boundary + timedelta(days=14), datetime.min.time()),
    )


@given(
    st.integers(min_value=1001, max_value=2990),
    st.sampled_from(["/", "-", "–"]),
    st.sampled_from(["season", "academic year", "fiscal year", "campaign"]),
    st.booleans(),
)
def test_a_period_across_two_years_spans_exactly_those_two_years(
    first: int, mark: str, noun: str, short: bool
) -> None:
    second = f"{(first + 1) % 100:02d}" if short else str(first + 1)
    e = parse(f"the {first}{mark}{second} {noun}", reference="2024-10-25")
    assert e.span is not None
    assert (e.span.start, e.span.end) == (datetime(first, 1, 1), datetime(first + 2, 1, 1))
    assert e.timex.value == f"{first:04d}"


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))
def test_the_small_hours_of_a_day_are_its_first_five_hours(day: date) -> None:
    e = parse(f"the small hours of {day.day} {day:%B} {day.year}", reference="2024-10-25")
    assert e.span is not None
    start = datetime(day.year, day.month, day.day)
    assert (e.span.start, e.span.end) == (start, start + timedelta(hours=5))
    assert (e.timex.value, e.timex.mod) == (f"{day.isoformat()}TMO", "START")
