"""``parse`` on calendar anchors: dates, months, years, quarters, seasons, decades, times.

Every row is resolved against Friday 25 October 2024 unless it says otherwise; the expected
span is written as its canonical string (EDTF), the expected timex as ``str(Timex)``.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronos.phrases._expression import Relation
from chronos.phrases._parse import parse

REF = date(2024, 10, 25)  # a Friday


def span_of(phrase: str, **options: object) -> str:
    expr = parse(phrase, reference=REF, **options)  # type: ignore[arg-type]
    assert expr.span is not None, phrase
    return str(expr.span)


class TestFullDates:
    """A date that states its day, month and year names exactly that day."""

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("26 October 2023", "2023-10-26"),  # day month year
            ("26 Oct 2023", "2023-10-26"),  # abbreviated month
            ("26th October 2023", "2023-10-26"),  # ordinal day
            ("the 26th of October 2023", "2023-10-26"),  # "the … of"
            ("26 October, 2023", "2023-10-26"),  # comma before the year
            ("Oct. 26, 2023", "2023-10-26"),  # US order with a full stop
            ("October 26, 2023", "2023-10-26"),  # US order, full month
            ("October 26 2023", "2023-10-26"),  # no comma
            ("October 26th, 2023", "2023-10-26"),  # US order with an ordinal
            ("Sept. 3, 2021", "2021-09-03"),  # four-letter abbreviation
            ("Sep 3 2021", "2021-09-03"),  # three-letter abbreviation
            ("March 01 , 2008", "2008-03-01"),  # zero-padded day, spaced comma
            ("2023-10-26", "2023-10-26"),  # ISO 8601
            ("20231026", "2023-10-26"),  # ISO 8601 basic form
            ("26/10/2023", "2023-10-26"),  # day first with slashes
            ("26.10.2023", "2023-10-26"),  # day first with dots
            ("26-10-2023", "2023-10-26"),  # day first with hyphens
            ("10/26/2023", "2023-10-26"),  # month first: 26 cannot be a month
            ("5/3/2024", "2024-03-05"),  # ambiguous: day first by default
            ("26/10/23", "2023-10-26"),  # two-digit year
            ("Monday, October 21, 2024", "2024-10-21"),  # with its weekday
            ("Monday 21 October 2024", "2024-10-21"),  # weekday, no comma
            ("twenty-sixth of October 2023", "2023-10-26"),  # ordinal in words
            ("October the 26th, 2023", "2023-10-26"),  # "October the 26th"
            ("29 February 2024", "2024-02-29"),  # a leap day in a leap year
            ("1 January 2000", "2000-01-01"),  # the first day of a century year
            ("31 December 1999", "1999-12-31"),  # the last day of a year
            ("Jan. 5, 1998", "1998-01-05"),  # another abbreviation
            ("Dec 31, 2030", "2030-12-31"),  # a future date
            ("Thursday, Nov. 7, 2024", "2024-11-07"),  # weekday with an abbreviated month
        ],
    )
    def test_day(self, phrase: str, expected: str) -> None:
        """The phrase denotes the one day it names, at day grain."""
        assert span_of(phrase) == expected

    def test_day_first_policy_can_be_turned_off(self) -> None:
        """With ``day_first=False`` an ambiguous slash date is read month first."""
        from chronos.time._policy import Policy

        assert span_of("5/3/2024", policy=Policy(day_first=False)) == "2024-05-03"

    def test_ambiguous_slash_date_records_its_reading(self) -> None:
        """An ambiguous slash date says which way round it was read."""
        expr = parse("5/3/2024", reference=REF)
        assert [a.kind for a in expr.assumptions] == ["numeric date"]

    def test_wrong_weekday_is_kept_with_an_assumption(self) -> None:
        """A weekday that does not fit the date is reported, and the date kept."""
        expr = parse("Tuesday, October 21, 2024", reference=REF)
        assert str(expr.span) == "2024-10-21"
        assert any(a.kind == "weekday" for a in expr.assumptions)


class TestMonthsYearsAndLargerUnits:
    """Months, years, quarters, halves, seasons, decades and centuries."""

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("August 2023", "2023-08"),  # month and year
            ("Aug 2023", "2023-08"),  # abbreviated month and year
            ("August, 2023", "2023-08"),  # with a comma
            ("August of 2023", "2023-08"),  # with "of"
            ("May 2024", "2024-05"),  # the short month name
            ("2023-08", "2023-08"),  # ISO year-month
            ("December last year", "2023-12"),  # month of a relative year
            ("March of next year", "2025-03"),  # month of next year
            ("2023", "2023"),  # a bare year
            ("the year 2020", "2020"),  # "the year …"
            ("fiscal 2024", "2024"),  # a fiscal year, taken as the calendar year
            ("nineteen ninety-seven", "1997"),  # a year in words
            ("two thousand and eight", "2008"),  # a year in words, 2000s
            ("Q3 2024", "2024-35"),  # quarter code
            ("Q1", "2025-33"),  # a year-less quarter: the nearest one is next year's
            ("3Q24", "2024-35"),  # compact quarter
            ("the third quarter of 2023", "2023-35"),  # quarter in words
            ("the fourth quarter of last year", "2023-36"),  # quarter of a relative year
            ("third-quarter", "2024-35"),  # hyphenated, year-less
            ("last year's third quarter", "2023-35"),  # possessive year
            ("the 1988 third quarter", "1988-35"),  # year before the ordinal
            ("H1 2023", "2023-40"),  # half code
            ("the first half of 2023", "2023-40"),  # half in words
            ("the second half of 2022", "2022-41"),  # second half
            ("summer 2023", "2023-22"),  # season and year
            ("the summer of 2023", "2023-22"),  # "the summer of"
            ("spring 2019", "2019-21"),  # spring
            ("autumn 2020", "2020-23"),  # autumn
            ("fall 2020", "2020-23"),  # fall is autumn
            ("winter 2023", "2023-24"),  # the winter that starts in December 2023
            ("the 1990s", "199X"),  # a decade
            ("the 1990's", "199X"),  # with an apostrophe
            ("the '90s", "199X"),  # a two-digit decade
            ("the nineties", "199X"),  # a decade in words
            ("the twenties", "202X"),  # the nearest twenties that have begun
            ("the 20th century", "19XX"),  # a century
            ("the twenty-first century", "20XX"),  # a century in words
            ("the nineteenth century", "18XX"),  # another century
        ],
    )
    def test_unit(self, phrase: str, expected: str) -> None:
        """The phrase denotes the whole unit it names."""
        assert span_of(phrase) == expected

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("August 2023", "DATE 2023-08"),  # month
            ("2023", "DATE 2023"),  # year
            ("Q3 2024", "DATE 2024-Q3"),  # quarter
            ("H1 2023", "DATE 2023-H1"),  # half
            ("summer 2023", "DATE 2023-SU"),  # season
            ("autumn 2020", "DATE 2020-FA"),  # autumn is FA
            ("the 1990s", "DATE 199"),  # decade
            ("the 20th century", "DATE 19"),  # century
            ("26 October 2023", "DATE 2023-10-26"),  # day
        ],
    )
    def test_timex(self, phrase: str, expected: str) -> None:
        """The TIMEX3 value follows TimeML's conventions."""
        expr = parse(phrase, reference=REF)
        assert str(expr.timex) == expected


class TestTimesOfDay:
    """Clock times and parts of the day, on a stated or a relative day."""

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("at 10:30 a.m. on 3 May 2023", "2023-05-03T10:30"),  # the example
            ("10:30 a.m. on 3 May 2023", "2023-05-03T10:30"),  # without "at"
            ("3 May 2023 at 10:30", "2023-05-03T10:30"),  # date first, 24-hour clock
            ("2023-05-03T10:30", "2023-05-03T10:30"),  # ISO date-time
            ("10 p.m. on 3 May 2023", "2023-05-03T22:00"),  # p.m.
            ("10pm on 3 May 2023", "2023-05-03T22:00"),  # p.m. written together
            ("12 a.m. on 3 May 2023", "2023-05-03T00:00"),  # midnight as 12 a.m.
            ("12 p.m. on 3 May 2023", "2023-05-03T12:00"),  # noon as 12 p.m.
            ("noon on 3 May 2023", "2023-05-03T12:00"),  # noon
            # midnight on a named day ends it: the first minute of the next day
            ("midnight on 3 May 2023", "2023-05-04T00:00"),
            ("14:45:30 on 3 May 2023", "2023-05-03T14:45:30"),  # seconds
            ("at 4 in the morning on 3 May 2023", "2023-05-03T04:00"),  # a bare hour
            ("at 9 in the evening on 3 May 2023", "2023-05-03T21:00"),  # an evening hour
            ("at 10 o'clock on 3 May 2023", "2023-05-03T10:00"),  # o'clock
            ("18:00 UTC on 3 May 2023", "2023-05-03T18:00"),  # a zone is set aside
            ("the morning of 3 May 2023", "2023-05-03TMO"),  # a part of a stated day
            ("yesterday morning", "2024-10-24TMO"),  # a part of a relative day
            ("this morning", "2024-10-25TMO"),  # this morning
            ("this afternoon", "2024-10-25TAF"),  # this afternoon
            ("tonight", "2024-10-25TNI"),  # tonight
            ("last night", "2024-10-24TNI"),  # last night is yesterday's
            ("tomorrow evening", "2024-10-26TEV"),  # tomorrow evening
            ("Friday morning", "2024-10-25TMO"),  # a weekday that holds the reference
            ("afternoon yesterday", "2024-10-24TAF"),  # part before the day
        ],
    )
    def test_time(self, phrase: str, expected: str) -> None:
        """The phrase denotes the minute or the part of the day it names."""
        assert span_of(phrase) == expected

    def test_time_without_a_day_is_on_the_reference_day(self) -> None:
        """A bare clock time is taken on the reference day, and says so."""
        expr = parse("at 10:30 a.m.", reference=REF)
        assert str(expr.span) == "2024-10-25T10:30"
        assert [a.kind for a in expr.assumptions] == ["day"]

    def test_utc_is_kept_in_the_timex(self) -> None:
        """A UTC time keeps its zone in the TIMEX3 value, as TimeML writes it."""
        expr = parse("18:00 UTC on 3 May 2023", reference=REF)
        assert str(expr.timex) == "TIME 2023-05-03T18:00Z"

    def test_reference_may_be_a_datetime(self) -> None:
        """A datetime reference places "later today" after its time of day."""
        expr = parse("later today", reference=datetime(2024, 10, 25, 15, 0))
        assert str(expr.span) == "2024-10-25T15/2024-10-25T23"
        assert expr.relation is Relation.ON


class TestHolidays:
    """Holidays by name, with their fixed or rule-given dates."""

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("Christmas 2023", "2023-12-25"),  # fixed date
            ("Christmas Eve 2023", "2023-12-24"),  # the day before
            ("New Year's Day 2025", "2025-01-01"),  # with an apostrophe
            ("New Year’s Eve 2024", "2024-12-31"),  # with a typographic apostrophe
            ("Easter 2024", "2024-03-31"),  # by the computus
            ("Easter 2025", "2025-04-20"),  # another Easter
            ("Good Friday 2024", "2024-03-29"),  # two days before Easter
            ("Thanksgiving 2024", "2024-11-28"),  # fourth Thursday of November
            ("Labor Day 2024", "2024-09-02"),  # first Monday of September
            ("Memorial Day 2024", "2024-05-27"),  # last Monday of May
            ("Election Day 2024", "2024-11-05"),  # Tuesday after the first Monday
            ("last Christmas", "2023-12-25"),  # with a cue
            ("Halloween", "2024-10-31"),  # year-less: the nearest
        ],
    )
    def test_holiday(self, phrase: str, expected: str) -> None:
        """The holiday is the day its name or rule gives in the year chosen."""
        assert span_of(phrase) == expected
