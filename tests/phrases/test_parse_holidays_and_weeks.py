"""Holidays of lunar calendars and numbered weeks, read by ``parse`` and ``extract``; the
reference is Friday 25 October 2024."""

from __future__ import annotations

from datetime import date

import pytest

from chronos import ParseError, extract, parse
from chronos.phrases._lunar import islamic_days, islamic_holiday, lunar_new_year, ramadan

REF = "2024-10-25"

# Lunar New Year as published (the first day of the Chinese year), 2000–2025: the dates
# the computed new moons must meet.
PUBLISHED_LUNAR_NEW_YEARS = {
    2000: "02-05",
    2001: "01-24",
    2002: "02-12",
    2003: "02-01",
    2004: "01-22",
    2005: "02-09",
    2006: "01-29",
    2007: "02-18",
    2008: "02-07",
    2009: "01-26",
    2010: "02-14",
    2011: "02-03",
    2012: "01-23",
    2013: "02-10",
    2014: "01-31",
    2015: "02-19",
    2016: "02-08",
    2017: "01-28",
    2018: "02-16",
    2019: "02-05",
    2020: "01-25",
    2021: "02-12",
    2022: "02-01",
    2023: "01-22",
    2024: "02-10",
    2025: "01-29",
}


@pytest.mark.parametrize(("year", "day"), sorted(PUBLISHED_LUNAR_NEW_YEARS.items()))
def test_lunar_new_year_meets_the_published_dates(year: int, day: str) -> None:
    assert lunar_new_year(year) == date.fromisoformat(f"{year}-{day}")


@pytest.mark.parametrize(
    ("key", "year", "tabular", "observed"),
    [
        # the tabular day and the day Saudi Arabia observed: equal, or one day apart
        ("eid al-fitr", 2024, "2024-04-10", "2024-04-10"),
        ("eid al-fitr", 2023, "2023-04-22", "2023-04-21"),
        ("eid al-fitr", 2021, "2021-05-13", "2021-05-13"),
        ("eid al-adha", 2024, "2024-06-17", "2024-06-16"),
        ("eid al-adha", 2021, "2021-07-20", "2021-07-20"),
    ],
)
def test_tabular_islamic_days_are_within_a_day_of_the_observed(
    key: str, year: int, tabular: str, observed: str
) -> None:
    day = islamic_holiday(key, year)
    assert day == date.fromisoformat(tabular)
    assert abs((day - date.fromisoformat(observed)).days) <= 1


def test_ramadan_runs_to_eid_al_fitr() -> None:
    """The month of fasting ends the day before Eid al-Fitr, after 29 or 30 days (2000
    holds two Eids al-Fitr, in January and December)."""
    for year in range(1990, 2040):
        first, after = ramadan(year)
        assert after in islamic_days("eid al-fitr", after.year)
        assert 29 <= (after - first).days <= 30
    assert len(islamic_days("eid al-fitr", 2000)) == 2


@pytest.mark.parametrize(
    ("phrase", "tense", "timex", "span"),
    [
        # the spellings news uses, with a year
        ("Eid al-Fitr 2024", None, "DATE 2024-04-10", "2024-04-10"),
        ("Eid ul-Adha 2023", None, "DATE 2023-06-29", "2023-06-29"),
        # year-less: the past tense takes the one that is over
        ("Eid al-Fitr", "past", "DATE 2024-04-10", "2024-04-10"),
        # Ramadan is its month of fasting: a span of days, the timex its smallest unit
        ("Ramadan 2025", None, "DATE 2025-03", "2025-03-01/2025-03-30"),
        ("during Ramadan", "past", "DATE 2024-SP", "2024-03-11/2024-04-09"),
        # Lunar New Year, and its other names
        ("Lunar New Year", "future", "DATE 2025-01-29", "2025-01-29"),
        ("Chinese New Year 2021", None, "DATE 2021-02-12", "2021-02-12"),
        ("the Spring Festival", "past", "DATE 2024-02-10", "2024-02-10"),
        # Canada's Thanksgiving: the second Monday of October
        ("Canadian Thanksgiving", "past", "DATE 2024-10-14", "2024-10-14"),
        # the US one, as before
        ("Thanksgiving", "future", "DATE 2024-11-28", "2024-11-28"),
        # a holiday before "week" is the ISO week that holds it (Christmas Day 2024 is a
        # Wednesday)
        ("Christmas week", None, "DATE 2024-W52", "2024-W52"),
        # the past tense takes the holiday that is over, and its week (31 March 2024)
        ("Easter week", "past", "DATE 2024-W13", "2024-W13"),
        # "the week of" a holiday, as "the week of March 6" is of a day
        ("the week of Thanksgiving", None, "DATE 2024-W48", "2024-W48"),
    ],
)
def test_holiday(phrase: str, tense: str | None, timex: str, span: str) -> None:
    e = parse(phrase, reference=REF, tense=tense)
    assert (str(e.timex), str(e.span)) == (timex, span)


def test_islamic_days_say_how_they_were_dated() -> None:
    notes = [a.text for a in parse("Eid al-Adha 2024", reference=REF).assumptions]
    assert any("tabular Islamic calendar" in note for note in notes)


def test_lunar_new_year_outside_its_years_is_refused() -> None:
    with pytest.raises(ParseError, match="computed for the years 1900 to 2100 only"):
        parse("Lunar New Year 2150", reference=REF)
    # year-less near the edge: only the years in reach are candidates
    assert str(parse("Lunar New Year", reference="2100-06-01").span) == "2100-02-09"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # an ISO week by its number
        ("week 12 of 2024", "DATE 2024-W12"),
        # ordinal, "of"
        ("the 12th week of 2024", "DATE 2024-W12"),
        # with a comma, and "calendar"
        ("calendar week 3, 2023", "DATE 2023-W03"),
        # a cued year
        ("week 40 of last year", "DATE 2023-W40"),
        # a year with 53 ISO weeks
        ("week 53 of 2020", "DATE 2020-W53"),
        # alone, nearest: week 12 of 2025 is nearer than that of 2024
        ("week 12", "DATE 2025-W12"),
    ],
)
def test_numbered_week(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_a_week_the_year_lacks_is_refused() -> None:
    with pytest.raises(ParseError, match="no such week: 2021 has 52 weeks"):
        parse("week 53 of 2021", reference=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday in running text, the signal outside
        ("Markets closed for Eid al-Adha.", [("Eid al-Adha", "DATE 2024-06-17")]),
        ("Shops shut during Ramadan 2025.", [("Ramadan 2025", "DATE 2025-03")]),
        # a surname is no holiday
        ("The scholar Tariq Ramadan spoke on Friday.", [("Friday", "DATE 2024-10-25")]),
        # a numbered week with its year
        ("Deliveries resume in week 12 of 2025.", [("week 12 of 2025", "DATE 2025-W12")]),
        # without a year, a week number in running text counts something else
        ("The team lost in week 12.", []),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # a fiscal quarter is taken as the calendar one, and the assumption says so
        ("the fiscal third quarter", "DATE 2024-Q3"),
        ("fiscal third quarter", "DATE 2024-Q3"),
        ("the fiscal-first quarter", "DATE 2025-Q1"),
        ("the third fiscal quarter", "DATE 2024-Q3"),
        ("the fiscal third quarter of 2023", "DATE 2023-Q3"),
        ("the fiscal first half", "DATE 2025-H1"),
    ],
)
def test_fiscal_period(phrase: str, timex: str) -> None:
    e = parse(phrase, reference=REF)
    assert str(e.timex) == timex
    assert any(a.kind == "fiscal" for a in e.assumptions)


@pytest.mark.parametrize(
    ("phrase", "timex", "span"),
    [
        # the last seven days of a month, Wednesday to Tuesday: the ISO week holding most of
        # them (their middle day, a Saturday) is written; the span stays the seven days
        ("the last week of March 2009", "DATE 2009-W13", "2009-03-25/2009-03-31"),
        # the first seven days, Sunday to Saturday: the week of their Wednesday
        ("the first week of March 2009", "DATE 2009-W10", "2009-03-01/2009-03-07"),
        # days 8-14 of a month starting on a Saturday
        ("the second week of June 2024", "DATE 2024-W24", "2024-06-08/2024-06-14"),
    ],
)
def test_week_counted_in_a_month_is_written_as_an_iso_week(
    phrase: str, timex: str, span: str
) -> None:
    e = parse(phrase, reference=REF)
    assert (str(e.timex), str(e.span)) == (timex, span)
