"""The date of a holiday in a given year: fixed dates from the vocabulary, rules for the rest.

Movable holidays follow their usual rule: Easter by the Gregorian computus (Good Friday two
days before, Easter Monday the day after, Ash Wednesday 46 days before, Palm Sunday a week
before, Shrove Tuesday the day before Ash Wednesday); the Orthodox Easter by the Julian
computus, given in the Gregorian calendar (Meeus's Julian algorithm; the two calendars
are 13 days apart from 1900 to 2099), with its Good Friday and Monday; and the US
observances by weekday —
Thanksgiving the fourth Thursday of November, Labor Day the first Monday of September,
Memorial Day the last Monday of May, Election Day the Tuesday after the first Monday of
November; Canada's Thanksgiving is the second Monday of October; Black Friday and Cyber
Monday are the Friday and the Monday after US Thanksgiving. The Islamic holidays and Lunar
New Year come from :mod:`chronos.phrases._lunar`, which gives the calendars and algorithms
used; Diwali and each country's Independence Day from the tables of
:mod:`chronos.phrases._countries`.

>>> holiday_date("easter", 2024), holiday_date("thanksgiving", 2024)
(datetime.date(2024, 3, 31), datetime.date(2024, 11, 28))
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from chronos.phrases._countries import DIWALI, DIWALI_YEARS, INDEPENDENCE_DAYS
from chronos.phrases._lunar import ISLAMIC_HOLIDAYS, islamic_holiday, lunar_new_year
from chronos.phrases._unplaceable import UnplaceableError
from chronos.phrases._vocabulary import HOLIDAY_DATES

__all__ = ["INDEPENDENCE_DAY", "holiday_date"]

#: The key of Independence Day whose country is not known.
INDEPENDENCE_DAY: Final = "independence day"


def _easter(year: int) -> date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _orthodox_easter(year: int) -> date:
    """The Orthodox Easter Sunday: Easter by the Julian computus (Meeus's Julian
    algorithm), moved into the Gregorian calendar by the days the Julian one lags."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    lag = year // 100 - year // 400 - 2  # Julian behind Gregorian, March to May
    return date(year, month, day + 1) + timedelta(days=lag)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _diwali(year: int) -> date:
    """The main day of Diwali in ``year``, from the table (:mod:`chronos.phrases._countries`)."""
    day = DIWALI.get(year)
    if day is None:
        low, high = DIWALI_YEARS
        raise UnplaceableError(
            f"Diwali follows the Hindu lunisolar calendar, which is not computed; its day "
            f"is tabulated for the years {low} to {high} only, not {year}"
        )
    return day


_RULES: Final[dict[str, Callable[[int], date]]] = {
    "easter": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "holy saturday": lambda y: _easter(y) - timedelta(days=1),
    "maundy thursday": lambda y: _easter(y) - timedelta(days=3),
    "palm sunday": lambda y: _easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: _easter(y) - timedelta(days=46),
    "shrove tuesday": lambda y: _easter(y) - timedelta(days=47),
    "orthodox easter": _orthodox_easter,
    "orthodox easter monday": lambda y: _orthodox_easter(y) + timedelta(days=1),
    "orthodox good friday": lambda y: _orthodox_easter(y) - timedelta(days=2),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "canadian thanksgiving": lambda y: _nth_weekday(y, 10, 0, 2),
    "lunar new year": lunar_new_year,
    "diwali": _diwali,
    **{key: functools.partial(islamic_holiday, key) for key in ISLAMIC_HOLIDAYS},
}


def holiday_date(key: str, year: int) -> date:
    """The day of the holiday ``key`` (a vocabulary key) in ``year``; a country's
    Independence Day is ``"independence day/<code>"``."""
    fixed = HOLIDAY_DATES.get(key)
    if fixed is not None:
        return date(year, *fixed)
    if key.startswith(INDEPENDENCE_DAY + "/"):
        return date(year, *INDEPENDENCE_DAYS[key.partition("/")[2]])
    return _RULES[key](year)
