"""The Diwali and Independence Day tables, checked against an independent source: the
national-holiday data of the python-holidays package (a test dependency only)."""

from __future__ import annotations

import warnings
from datetime import date

import holidays
import pytest

from chronos.phrases._countries import DIWALI, INDEPENDENCE_DAYS

# The years python-holidays has India's calendar for, within the table's years.
_CHECKED_YEARS = [year for year in sorted(DIWALI) if year >= 2001]

# Countries whose day python-holidays names another way ("Jamhuri Day", "National Day") or,
# for Ukraine, leaves out of the years it lists; their day is checked by date alone below.
_NAMED_OTHERWISE = {"ke", "ng", "vn", "my"}


@pytest.mark.parametrize("year", _CHECKED_YEARS)
def test_diwali_is_the_day_indian_holiday_lists_give(year: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        india = holidays.country_holidays("IN", years=year, language="en_IN")
    diwali = [day for day, name in india.items() if "Diwali" in name or "Deepavali" in name]
    assert DIWALI[year] in diwali, (year, DIWALI[year], diwali)


@pytest.mark.parametrize("country", sorted(INDEPENDENCE_DAYS))
def test_independence_day_is_a_holiday_of_that_country(country: str) -> None:
    month, day = INDEPENDENCE_DAYS[country]
    # 2021: python-holidays leaves Ukraine's holidays out while martial law cancels them,
    # from 2022.
    year = 2021
    calendar = holidays.country_holidays(country.upper(), years=year, language="en_US")
    name = calendar.get(date(year, month, day))
    assert name is not None, (country, month, day)
    if country not in _NAMED_OTHERWISE:
        assert "ndependence" in name, (country, name)
