"""Holidays whose day depends on a country or on a table: each country's Independence Day,
and Diwali, read by ``parse`` and by ``extract``. The reference is Friday 25 October 2024;
all sentences are written for these tests."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest

from chronos import ParseError, extract, parse
from chronos.phrases._countries import (
    COUNTRY_NAMES,
    COUNTRY_TITLES,
    DIWALI,
    DIWALI_YEARS,
    INDEPENDENCE_DAYS,
)
from chronos.phrases._lunar import _new_moon

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "tense", "timex", "extent"),
    [
        # a possessive names the country, and is inside the extent
        ("Ghana's Independence Day", "past", "DATE 2024-03-06", "Ghana's Independence Day"),
        # an adjective names it
        ("Mexican Independence Day", "past", "DATE 2024-09-16", "Mexican Independence Day"),
        # "in" and the country after it: the place is outside the extent
        ("Independence Day in Kenya", "future", "DATE 2024-12-12", "Independence Day"),
        # "of the" and a country whose name has "the"
        ("Independence Day of the Philippines", "future", "DATE 2025-06-12", "Independence Day"),
        # a name of two words
        (
            "Sri Lanka's Independence Day",
            "future",
            "DATE 2025-02-04",
            "Sri Lanka's Independence Day",
        ),
        # the United States only where the text says so
        ("the US Independence Day", "past", "DATE 2024-07-04", "the US Independence Day"),
        # with a year
        (
            "Ukrainian Independence Day 2022",
            None,
            "DATE 2022-08-24",
            "Ukrainian Independence Day 2022",
        ),
    ],
)
def test_independence_day_of_a_country(
    phrase: str, tense: str | None, timex: str, extent: str
) -> None:
    e = parse(phrase, reference=REF, tense=tense)
    assert str(e.timex) == timex
    assert e.text[e.timex_start : e.timex_end] == extent


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # no country: the day is unknown, not the United States' by default
        ("Independence Day", "DATE XXXX-XX-XX"),
        # with a year, the year is known and the day is not
        ("Independence Day 2019", "DATE 2019-XX-XX"),
    ],
)
def test_independence_day_of_no_country(phrase: str, timex: str) -> None:
    e = parse(phrase, reference=REF)
    assert str(e.timex) == timex
    assert e.span is None
    assert [a.kind for a in e.assumptions] == ["country"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country named in the phrase
        (
            "Bands played on Nigeria's Independence Day.",
            [("Nigeria's Independence Day", "DATE 2024-10-01")],
        ),
        # the country after it, outside the extent
        (
            "Schools shut for Independence Day in Bangladesh.",
            [("Independence Day", "DATE 2024-03-26")],
        ),
        # the one country the statement names elsewhere
        (
            "ACCRA, Ghana: Crowds filled the square on Independence Day.",
            [("Independence Day", "DATE 2024-03-06")],
        ),
        # "US" in capitals names the United States
        ("US embassies closed on Independence Day.", [("Independence Day", "DATE 2024-07-04")]),
        # two countries named: whose it is stays unknown
        (
            "Indian and Pakistani guards saluted on Independence Day.",
            [("Independence Day", "DATE XXXX-XX-XX")],
        ),
        # no country, and "us" the pronoun names none
        (
            "They invited us to march on Independence Day.",
            [("Independence Day", "DATE XXXX-XX-XX")],
        ),
    ],
)
def test_extract_independence_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected


def test_every_country_has_its_day_and_names() -> None:
    """Each country of the table has a day, a title and at least one name."""
    assert set(INDEPENDENCE_DAYS) == set(COUNTRY_TITLES) == set(COUNTRY_NAMES.values())
    for month, day in INDEPENDENCE_DAYS.values():
        date(2023, month, day)  # a real day of a common year


@pytest.mark.parametrize(
    ("phrase", "tense", "timex"),
    [
        # with a year: the table's day
        ("Diwali 2016", None, "DATE 2016-10-30"),
        # the other spellings
        ("Deepavali 2021", None, "DATE 2021-11-04"),
        ("Divali 2009", None, "DATE 2009-10-17"),
        # year-less: the tense picks the side, as for any holiday
        ("Diwali", "past", "DATE 2023-11-12"),
        ("Diwali", "future", "DATE 2024-10-31"),
        # a cue
        ("last Diwali", None, "DATE 2023-11-12"),
    ],
)
def test_diwali(phrase: str, tense: str | None, timex: str) -> None:
    e = parse(phrase, reference=REF, tense=tense)
    assert str(e.timex) == timex


@pytest.mark.parametrize("year", [1999, 2027, 2150])
def test_diwali_outside_the_table_is_refused(year: int) -> None:
    """A year the table does not cover is a ParseError that says which years it does."""
    with pytest.raises(ParseError, match="tabulated for the years 2000 to 2026 only"):
        parse(f"Diwali {year}", reference=REF)


def test_diwali_near_the_end_of_the_table() -> None:
    """Year-less, past the table's last year, only the years in it are candidates."""
    assert str(parse("Diwali", reference="2027-06-01").timex) == "DATE 2026-11-08"


def test_diwali_falls_on_the_eve_of_a_new_moon() -> None:
    """Every day of the table is the day of a new moon in India or the day before it (the
    amavasya that prevails in the evening), in late October or early November: a check
    against an independent computation (Meeus's new moons, chronos.phrases._lunar)."""
    india = timedelta(hours=5, minutes=30)
    assert DIWALI_YEARS == (2000, 2026)
    for year, day in DIWALI.items():
        assert date(year, 10, 15) <= day <= date(year, 11, 16)
        k = math.floor((year + day.timetuple().tm_yday / 365.25 - 2000) * 12.3685)
        moons = [(_new_moon(step) + india).date() for step in range(k - 2, k + 3)]
        assert any(0 <= (moon - day).days <= 1 for moon in moons), (year, day, moons)


def test_extract_diwali() -> None:
    # written after it, a past clause: the Diwali just over
    found = extract("Lamps were lit for Diwali.", dct=date(2024, 11, 6))
    assert [(m.text, str(m.timex)) for m in found] == [("Diwali", "DATE 2024-10-31")]
    # a year outside the table is not placed: no mention rather than a guessed day
    assert extract("The Diwali 2031 fair is planned.", dct=datetime(2024, 10, 25)) == []
