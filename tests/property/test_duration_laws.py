"""Laws of Duration: calendar bounds hold every real run, and qualifiers keep their meaning."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given, strategies as st

from chronos import Duration, Grain, InvalidArgumentError, Policy
from chronos.time import _calendar as cal

from .strategies import amounts, durations

lengths = st.integers(min_value=0, max_value=2 * 10**9).map(lambda s: timedelta(seconds=s))
starts = st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 28)).filter(
    lambda d: d.day <= 28
)

# The grains that have a TimeML duration letter (PXY, PXM, PXW, PXD, PTXH, PTXM, PTXS).
NAMED = {
    Grain.YEAR: "years",
    Grain.MONTH: "months",
    Grain.WEEK: "weeks",
    Grain.DAY: "days",
    Grain.HOUR: "hours",
    Grain.MINUTE: "minutes",
    Grain.SECOND: "seconds",
}


def _top(duration: Duration) -> timedelta:
    """The longest length of a bounded duration, the minimum of an open one."""
    return duration.minimum if duration.maximum is None else duration.maximum


# -- calendar bounds ----------------------------------------------------------------------


@given(amounts, starts)
def test_duration_of_bounds_every_calendar_run(stated: dict[str, int], start: date) -> None:
    """The length from any day (1–28) to the same amount later lies within Duration.of's bounds."""
    duration = Duration.of(**stated)
    moment = datetime(start.year, start.month, start.day)
    length = cal.shift(moment, **stated) - moment
    assert duration.contains(length)


@given(durations)
def test_duration_contains_its_minimum_and_maximum(duration: Duration) -> None:
    """A duration allows its own bounds, and the minimum is at most the maximum."""
    assert duration.contains(duration.minimum)
    assert duration.maximum is not None
    assert duration.minimum <= duration.maximum
    assert duration.contains(duration.maximum)


@given(durations)
def test_duration_str_parse_roundtrip(duration: Duration) -> None:
    """Duration.parse(str(d)) == d for a duration stated in calendar amounts."""
    assert Duration.parse(str(duration)) == duration


@given(st.sampled_from(list(Grain)))
def test_unknown_amount_is_at_least_one_unit_and_unbounded(grain: Grain) -> None:
    """'Several units' is at least one unit with no upper bound, for grains TimeML names."""
    if grain not in NAMED:
        with pytest.raises(InvalidArgumentError):
            Duration.unknown(grain)
        return
    several = Duration.unknown(grain)
    assert several.minimum == Duration.of(**{NAMED[grain]: 1}).minimum
    assert several.maximum is None
    assert several.value is not None
    assert "X" in several.value


# -- qualifiers ---------------------------------------------------------------------------


@given(durations, lengths)
def test_more_than_contains_no_length_up_to_the_minimum(
    duration: Duration, length: timedelta
) -> None:
    """'More than d' holds exactly the lengths strictly longer than d's minimum."""
    assert duration.more_than().contains(length) == (length > duration.minimum)


@given(durations, lengths)
def test_at_least_contains_exactly_the_lengths_from_the_minimum(
    duration: Duration, length: timedelta
) -> None:
    """'At least d' holds exactly the lengths from d's minimum on."""
    assert duration.at_least().contains(length) == (length >= duration.minimum)


@given(durations, lengths)
def test_less_than_contains_no_length_from_the_maximum(
    duration: Duration, length: timedelta
) -> None:
    """'Less than d' holds exactly the lengths strictly shorter than d's longest."""
    assume(_top(duration) > timedelta(0))  # nothing is shorter than no time at all
    assert duration.less_than().contains(length) == (length < _top(duration))


@given(durations, lengths)
def test_at_most_contains_exactly_the_lengths_up_to_the_maximum(
    duration: Duration, length: timedelta
) -> None:
    """'At most d' holds exactly the lengths up to d's longest."""
    assert duration.at_most().contains(length) == (length <= _top(duration))


@given(durations, lengths, st.floats(min_value=0, max_value=0.99))
def test_about_contains_every_length_of_the_amount(
    duration: Duration, length: timedelta, ratio: float
) -> None:
    """'About d' widens d: every length d allows, 'about d' allows."""
    if duration.contains(length):
        assert duration.about(Policy(duration_approx=ratio)).contains(length)


@given(durations)
def test_about_with_no_widening_keeps_the_bounds(duration: Duration) -> None:
    """With duration_approx 0, 'about d' allows exactly what d allows."""
    about = duration.about(Policy(duration_approx=0))
    assert (about.minimum, about.maximum) == (duration.minimum, duration.maximum)


@given(durations, st.sampled_from(["more_than", "at_least", "less_than", "at_most", "about"]))
def test_qualifiers_keep_the_value_and_record_a_mod(duration: Duration, qualifier: str) -> None:
    """A qualified duration keeps the stated value, and its TIMEX3 carries the qualifier's mod."""
    qualified: Duration = getattr(duration, qualifier)()
    assert qualified.value == duration.value
    assert qualified.mod is not None
    assert qualified.timex.mod == qualified.mod
    assert qualified.timex.value == duration.value
