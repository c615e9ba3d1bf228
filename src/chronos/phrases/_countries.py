"""Holidays whose day depends on a country or on a calendar chronos does not compute.

**Independence Day** is a different day in every country that keeps one. The table gives
the day of the countries whose Independence Day is a fixed day of the Gregorian year, as
listed in Wikipedia's "List of national independence days", and checked in the test suite
against the national-holiday data of the python-holidays package where it has them; a
country whose day follows another calendar (Israel's Yom HaAtzmaut, on the Hebrew
calendar) is not in it. A country is named as news names it: "Pakistan's Independence
Day", "Indian Independence Day", "Independence Day in Kenya", "the US Independence Day".

**Diwali** (Deepavali) falls on the new moon (amavasya) of the month of Kartika of the
Hindu lunisolar calendar, whose rules (the tithi in force at a given hour of the day)
chronos does not compute. The table gives its main day, Lakshmi Puja, as the Government of
India's annual lists of holidays for central government offices give it, for 2000 to 2026
(2001 to 2026 checked in the test suite against the python-holidays package's data for
India); regions may keep it a day apart. Outside those years Diwali is not placed.

>>> INDEPENDENCE_DAYS["pk"], DIWALI[2024]
((8, 14), datetime.date(2024, 10, 31))
"""

from __future__ import annotations

from datetime import date
from typing import Final

__all__ = ["COUNTRY_NAMES", "COUNTRY_TITLES", "DIWALI", "DIWALI_YEARS", "INDEPENDENCE_DAYS"]

#: Country code -> (month, day) of its Independence Day.
INDEPENDENCE_DAYS: Final[dict[str, tuple[int, int]]] = {
    "us": (7, 4),
    "in": (8, 15),
    "pk": (8, 14),
    "bd": (3, 26),
    "lk": (2, 4),
    "id": (8, 17),
    "ph": (6, 12),
    "mx": (9, 16),
    "br": (9, 7),
    "ar": (7, 9),
    "cl": (9, 18),
    "co": (7, 20),
    "pe": (7, 28),
    "ve": (7, 5),
    "ke": (12, 12),
    "ng": (10, 1),
    "gh": (3, 6),
    "ua": (8, 24),
    "fi": (12, 6),
    "pl": (11, 11),
    "dz": (7, 5),
    "zw": (4, 18),
    "vn": (9, 2),
    "mm": (1, 4),
    "my": (8, 31),
    "ss": (7, 9),
}

#: The names and adjectives news gives a country (lower-case tokens) -> its code.
COUNTRY_NAMES: Final[dict[tuple[str, ...], str]] = {
    ("united", "states"): "us",
    ("america",): "us",
    ("american",): "us",
    ("us",): "us",
    ("u", ".", "s", "."): "us",
    ("india",): "in",
    ("indian",): "in",
    ("pakistan",): "pk",
    ("pakistani",): "pk",
    ("bangladesh",): "bd",
    ("bangladeshi",): "bd",
    ("sri", "lanka"): "lk",
    ("sri", "lankan"): "lk",
    ("indonesia",): "id",
    ("indonesian",): "id",
    ("philippines",): "ph",
    ("philippine",): "ph",
    ("mexico",): "mx",
    ("mexican",): "mx",
    ("brazil",): "br",
    ("brazilian",): "br",
    ("argentina",): "ar",
    ("argentine",): "ar",
    ("argentinian",): "ar",
    ("chile",): "cl",
    ("chilean",): "cl",
    ("colombia",): "co",
    ("colombian",): "co",
    ("peru",): "pe",
    ("peruvian",): "pe",
    ("venezuela",): "ve",
    ("venezuelan",): "ve",
    ("kenya",): "ke",
    ("kenyan",): "ke",
    ("nigeria",): "ng",
    ("nigerian",): "ng",
    ("ghana",): "gh",
    ("ghanaian",): "gh",
    ("ukraine",): "ua",
    ("ukrainian",): "ua",
    ("finland",): "fi",
    ("finnish",): "fi",
    ("poland",): "pl",
    ("polish",): "pl",
    ("algeria",): "dz",
    ("algerian",): "dz",
    ("zimbabwe",): "zw",
    ("zimbabwean",): "zw",
    ("vietnam",): "vn",
    ("vietnamese",): "vn",
    ("myanmar",): "mm",
    ("burmese",): "mm",
    ("malaysia",): "my",
    ("malaysian",): "my",
    ("south", "sudan"): "ss",
}

#: Country code -> the name an assumption gives it.
COUNTRY_TITLES: Final[dict[str, str]] = {
    "us": "the United States",
    "in": "India",
    "pk": "Pakistan",
    "bd": "Bangladesh",
    "lk": "Sri Lanka",
    "id": "Indonesia",
    "ph": "the Philippines",
    "mx": "Mexico",
    "br": "Brazil",
    "ar": "Argentina",
    "cl": "Chile",
    "co": "Colombia",
    "pe": "Peru",
    "ve": "Venezuela",
    "ke": "Kenya",
    "ng": "Nigeria",
    "gh": "Ghana",
    "ua": "Ukraine",
    "fi": "Finland",
    "pl": "Poland",
    "dz": "Algeria",
    "zw": "Zimbabwe",
    "vn": "Vietnam",
    "mm": "Myanmar",
    "my": "Malaysia",
    "ss": "South Sudan",
}

#: Year -> the main day of Diwali (Lakshmi Puja) in India.
DIWALI: Final[dict[int, date]] = {
    year: date(year, month, day)
    for year, month, day in (
        (2000, 10, 26),
        (2001, 11, 14),
        (2002, 11, 4),
        (2003, 10, 25),
        (2004, 11, 12),
        (2005, 11, 1),
        (2006, 10, 21),
        (2007, 11, 9),
        (2008, 10, 28),
        (2009, 10, 17),
        (2010, 11, 5),
        (2011, 10, 26),
        (2012, 11, 13),
        (2013, 11, 3),
        (2014, 10, 23),
        (2015, 11, 11),
        (2016, 10, 30),
        (2017, 10, 19),
        (2018, 11, 7),
        (2019, 10, 27),
        (2020, 11, 14),
        (2021, 11, 4),
        (2022, 10, 24),
        (2023, 11, 12),
        (2024, 10, 31),
        (2025, 10, 20),
        (2026, 11, 8),
    )
}
#: The years the Diwali table covers.
DIWALI_YEARS: Final = (min(DIWALI), max(DIWALI))
