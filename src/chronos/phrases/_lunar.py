"""Holidays of lunar calendars: the Islamic feasts and month of fasting, and Lunar New Year.

**Islamic holidays** (Ramadan, Eid al-Fitr, Eid al-Adha) follow the *tabular* Islamic
calendar: months of 30 and 29 days in turn, the last month of 30 days in 11 years of each
30-year cycle (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29), counted from the epoch
1 Muharram AH 1 = 16 July 622 (Julian), as in E. M. Reingold and N. Dershowitz,
*Calendrical Calculations* (Cambridge University Press), chapter "The Islamic Calendar".
Where a holiday's date is fixed by sighting the new crescent, the observed day may fall a
day (rarely two) after the tabular one, and countries differ; the assumption says so.

**Lunar New Year** (Chinese New Year) is the day, in China's time zone (UTC+8), of the new
moon that falls from 21 January to 20 February, which is the second new moon after the
winter solstice in all years this rule is used for. The new moon is computed with the
algorithm of J. Meeus, *Astronomical Algorithms* (2nd ed., Willmann-Bell, 1998), chapter 49
(mean new moon and the main periodic terms, accurate to a few minutes), with a difference
TT − UT of 69 seconds. The rule is checked against the published dates of 2000–2025 in
the tests; outside the years 1900–2100, where TT − UT is not known to within minutes, it is
refused with a ChronosError.

>>> islamic_holiday("eid al-fitr", 2024), islamic_holiday("eid al-adha", 2024)
(datetime.date(2024, 4, 10), datetime.date(2024, 6, 17))
>>> lunar_new_year(2024)
datetime.date(2024, 2, 10)
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import Final

from chronos.phrases._unplaceable import UnplaceableError

__all__ = [
    "ISLAMIC_HOLIDAYS",
    "LUNAR_NEW_YEAR_YEARS",
    "islamic_days",
    "islamic_holiday",
    "lunar_new_year",
    "ramadan",
]

# Day numbers counted from 1 January of year 1 (proleptic Gregorian) = 1, as date.toordinal.
# 16 July 622 Julian is 19 July 622 proleptic Gregorian.
_ISLAMIC_EPOCH: Final = date(622, 7, 19).toordinal()
#: Islamic holidays -> (month, day) of the Islamic year.
ISLAMIC_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "eid al-fitr": (10, 1),  # 1 Shawwal
    "eid al-adha": (12, 10),  # 10 Dhu al-Hijja
    "ramadan": (9, 1),  # 1 Ramadan: the first day of the month of fasting
    "islamic new year": (1, 1),  # 1 Muharram
}
#: The years Lunar New Year is computed for.
LUNAR_NEW_YEAR_YEARS: Final = (1900, 2100)


def _islamic_day(year: int, month: int, day: int) -> int:
    """The day number (``date.toordinal``) of a tabular Islamic date."""
    return (
        _ISLAMIC_EPOCH
        - 1
        + 354 * (year - 1)
        + (3 + 11 * year) // 30
        + 29 * (month - 1)
        + month // 2
        + day
    )


def _islamic_year_at(ordinal: int) -> int:
    """The Islamic year that holds the day number ``ordinal``."""
    return (30 * (ordinal - _ISLAMIC_EPOCH) + 10646) // 10631


def islamic_days(key: str, year: int) -> list[date]:
    """The days of the holiday ``key`` that fall in the Gregorian ``year`` (one, or two
    about once in 33 years, when the Islamic year runs twice through one Gregorian year)."""
    month, day = ISLAMIC_HOLIDAYS[key]
    first = _islamic_year_at(date(year, 1, 1).toordinal())
    found = []
    for islamic in (first - 1, first, first + 1):
        if islamic < 1:
            continue
        ordinal = _islamic_day(islamic, month, day)
        if date(year, 1, 1).toordinal() <= ordinal <= date(year, 12, 31).toordinal():
            found.append(date.fromordinal(ordinal))
    return found


def islamic_holiday(key: str, year: int) -> date:
    """The (tabular) day of the Islamic holiday ``key`` in the Gregorian ``year``: the first
    one, in a year that holds two."""
    found = islamic_days(key, year)
    if not found:  # cannot happen: every Gregorian year holds each Islamic day once or twice
        raise UnplaceableError(f"no {key} in {year}")
    return found[0]


def ramadan(year: int) -> tuple[date, date]:
    """The month of fasting that starts in the Gregorian ``year``: its first day and the day
    after its last (Eid al-Fitr)."""
    start = islamic_holiday("ramadan", year)
    islamic = _islamic_year_at(start.toordinal())
    return start, date.fromordinal(_islamic_day(islamic, 10, 1))


# -- Lunar New Year -----------------------------------------------------------------------

_CHINA: Final = timedelta(hours=8)
_TT_MINUS_UT: Final = timedelta(seconds=69)
_JD_UNIX: Final = 2440587.5  # the Julian day of 1970-01-01 00:00 UT


def _new_moon(k: int) -> datetime:
    """The moment (UT) of new moon number ``k`` counted from the one of 6 January 2000
    (Meeus, chapter 49, main terms)."""
    t = k / 1236.85
    jde = (
        2451550.09766
        + 29.530588861 * k
        + 0.00015437 * t**2
        - 0.000000150 * t**3
        + 0.00000000073 * t**4
    )
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    mp = math.radians(
        201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4
    )
    f = math.radians(
        160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4
    )
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3)
    jde += (
        -0.40720 * math.sin(mp)
        + 0.17241 * e * math.sin(m)
        + 0.01608 * math.sin(2 * mp)
        + 0.01039 * math.sin(2 * f)
        + 0.00739 * e * math.sin(mp - m)
        - 0.00514 * e * math.sin(mp + m)
        + 0.00208 * e * e * math.sin(2 * m)
        - 0.00111 * math.sin(mp - 2 * f)
        - 0.00057 * math.sin(mp + 2 * f)
        + 0.00056 * e * math.sin(2 * mp + m)
        - 0.00042 * math.sin(3 * mp)
        + 0.00042 * e * math.sin(m + 2 * f)
        + 0.00038 * e * math.sin(m - 2 * f)
        - 0.00024 * e * math.sin(2 * mp - m)
        - 0.00017 * math.sin(om)
        - 0.00007 * math.sin(mp + 2 * m)
        + 0.00004 * math.sin(2 * mp - 2 * f)
        + 0.00004 * math.sin(3 * m)
        + 0.00003 * math.sin(mp + m - 2 * f)
        + 0.00003 * math.sin(2 * mp + 2 * f)
        - 0.00003 * math.sin(mp + m + 2 * f)
        + 0.00003 * math.sin(mp - m + 2 * f)
        - 0.00002 * math.sin(mp - m - 2 * f)
        - 0.00002 * math.sin(3 * mp + m)
        + 0.00002 * math.sin(4 * mp)
    )
    return datetime(1970, 1, 1) + timedelta(days=jde - _JD_UNIX) - _TT_MINUS_UT


def lunar_new_year(year: int) -> date:
    """The first day of the Chinese year that starts in the Gregorian ``year``."""
    low, high = LUNAR_NEW_YEAR_YEARS
    if not low <= year <= high:
        raise UnplaceableError(
            f"Lunar New Year is computed for the years {low} to {high} only, not {year}"
        )
    # The new moons around late January of the year, in China's time zone.
    k = math.floor((year + 20 / 365.25 - 2000) * 12.3685)
    for step in range(k - 1, k + 3):
        day = (_new_moon(step) + _CHINA).date()
        if date(year, 1, 21) <= day <= date(year, 2, 20):
            return day
    raise UnplaceableError(f"no new moon from 21 January to 20 February {year}")
