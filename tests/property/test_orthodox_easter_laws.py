"""Laws of the Orthodox Easter: ``parse("Orthodox Easter YEAR")`` is the day
python-dateutil's ``easter(YEAR, EASTER_ORTHODOX)`` computes (an independent
implementation of the Julian computus, given in the Gregorian calendar), a Sunday, never
before the Western Easter, and at most five weeks after it."""

from __future__ import annotations

from datetime import timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hypothesis import given, strategies as st

from chronos import parse

years = st.integers(min_value=1900, max_value=2399)


@given(years)
def test_orthodox_easter_is_dateutils_julian_easter(year: int) -> None:
    span = parse(f"Orthodox Easter {year}", reference="2000-01-01").span
    assert span is not None
    assert span.start is not None
    day = span.start.date()
    assert day == easter(year, EASTER_ORTHODOX)
    assert day.isoweekday() == 7  # a Sunday
    western = easter(year, EASTER_WESTERN)
    assert western <= day <= western + timedelta(weeks=5)


@given(years)
def test_its_good_friday_and_monday_are_two_days_before_and_one_after(year: int) -> None:
    sunday = easter(year, EASTER_ORTHODOX)
    friday = parse(f"Orthodox Good Friday {year}", reference="2000-01-01").span
    monday = parse(f"Orthodox Easter Monday {year}", reference="2000-01-01").span
    assert friday is not None
    assert friday.start is not None
    assert monday is not None
    assert monday.start is not None
    assert friday.start.date() == sunday - timedelta(days=2)
    assert monday.start.date() == sunday + timedelta(days=1)
