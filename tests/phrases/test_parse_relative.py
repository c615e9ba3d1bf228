"""``parse`` on phrases relative to the reference: days, cued units, shifts, vague and
partial spans, and periods. The reference is Friday 25 October 2024 (ISO week 43)."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.phrases._parse import parse

REF = date(2024, 10, 25)


def resolved(phrase: str) -> tuple[str, str]:
    expr = parse(phrase, reference=REF)
    return str(expr.span), str(expr.timex)


class TestRelativeDays:
    """Days named from the reference."""

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("today", "2024-10-25"),  # the reference day
            ("yesterday", "2024-10-24"),  # one day back
            ("tomorrow", "2024-10-26"),  # one day on
            ("the day before yesterday", "2024-10-23"),  # two days back
            ("the day after tomorrow", "2024-10-27"),  # two days on
            ("two weeks ago", "2024-10-11"),  # the example
            ("in two weeks", "2024-11-08"),  # the example
            ("three days ago", "2024-10-22"),  # days ago
            ("10 days ago", "2024-10-15"),  # digits
            ("a week ago", "2024-10-18"),  # a week is a day-grain shift
            ("two weeks from now", "2024-11-08"),  # "from now"
            ("in 3 days", "2024-10-28"),  # "in" with digits
            ("five days hence", "2024-10-30"),  # "hence"
        ],
    )
    def test_day(self, phrase: str, expected: str) -> None:
        """The phrase is one day, counted from the reference."""
        assert resolved(phrase)[0] == expected

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("three years ago", "2021"),  # a year-grain shift
            ("a decade ago", "2014"),  # a decade back, at year grain
            ("five months ago", "2024-05"),  # a month-grain shift
            ("in three months", "2025-01"),  # a month-grain shift forward
            ("in two years", "2026"),  # a year-grain shift forward
            ("two and a half years ago", "2022-04"),  # a fraction shifts at month grain
            ("a year ago", "2023"),  # a year back
        ],
    )
    def test_coarser_shift(self, phrase: str, expected: str) -> None:
        """A shift by months or years names the month or the year it lands in."""
        assert resolved(phrase)[0] == expected


class TestCuedUnits:
    """ "last", "this", "next" and their kin pick a unit around the reference."""

    @pytest.mark.parametrize(
        ("phrase", "span", "timex"),
        [
            ("last week", "2024-W42", "DATE 2024-W42"),  # the example
            ("this week", "2024-W43", "DATE 2024-W43"),  # the reference's week
            ("next week", "2024-W44", "DATE 2024-W44"),  # the week after
            ("the coming week", "2024-W44", "DATE 2024-W44"),  # "coming" is next
            ("last month", "2024-09", "DATE 2024-09"),  # previous month
            ("this month", "2024-10", "DATE 2024-10"),  # the reference's month
            ("next month", "2024-11", "DATE 2024-11"),  # following month
            ("the current month", "2024-10", "DATE 2024-10"),  # "current" is this
            ("last year", "2023", "DATE 2023"),  # previous year
            ("this year", "2024", "DATE 2024"),  # the reference's year
            ("next year", "2025", "DATE 2025"),  # following year
            ("the past year", "2023", "DATE 2023"),  # TimeML reads it as last year
            ("the last quarter", "2024-35", "DATE 2024-Q3"),  # previous quarter
            ("this quarter", "2024-36", "DATE 2024-Q4"),  # the reference's quarter
            ("the latest quarter", "2024-35", "DATE 2024-Q3"),  # "latest" is last
            ("last decade", "201X", "DATE 201"),  # previous decade
            ("this century", "20XX", "DATE 20"),  # the reference's century
            ("this weekend", "2024-10-26/2024-10-27", "DATE 2024-W43-WE"),  # weekend
            ("last weekend", "2024-10-19/2024-10-20", "DATE 2024-W42-WE"),  # weekend before
            ("next weekend", "2024-11-02/2024-11-03", "DATE 2024-W44-WE"),  # weekend after
            ("last August", "2024-08", "DATE 2024-08"),  # latest August before it
            ("last October", "2023-10", "DATE 2023-10"),  # the current one is not "last"
            ("next August", "2025-08", "DATE 2025-08"),  # first August after it
            ("this August", "2024-08", "DATE 2024-08"),  # the reference year's August
            ("last summer", "2024-22", "DATE 2024-SU"),  # the example
            ("next spring", "2025-21", "DATE 2025-SP"),  # next spring
            ("this past spring", "2024-21", "DATE 2024-SP"),  # "this past" is last
            ("last winter", "2023-24", "DATE 2023-WI"),  # the winter begun December 2023
            ("last Monday", "2024-10-21", "DATE 2024-10-21"),  # latest Monday before it
            ("last Friday", "2024-10-18", "DATE 2024-10-18"),  # not the reference day
            ("next Friday", "2024-11-01", "DATE 2024-11-01"),  # not the reference day
            ("next Monday", "2024-10-28", "DATE 2024-10-28"),  # the coming Monday
            ("this coming Sunday", "2024-10-27", "DATE 2024-10-27"),  # "this coming"
            ("this Monday", "2024-10-21", "DATE 2024-10-21"),  # Monday of this week
            # a cued month with its day: the latest such day before it, as "last Monday"
            ("last Aug. 3", "2024-08-03", "DATE 2024-08-03"),
            ("last October 28th", "2023-10-28", "DATE 2023-10-28"),  # 28 October is ahead
            ("next Oct. 23", "2025-10-23", "DATE 2025-10-23"),  # the first after it
        ],
    )
    def test_cued(self, phrase: str, span: str, timex: str) -> None:
        """The cue decides which unit, with no other reading kept."""
        expr = parse(phrase, reference=REF)
        assert (str(expr.span), str(expr.timex)) == (span, timex)
        assert expr.alternatives == ()


class TestVagueParts:
    """ "early", "mid", "late", "the end of", "around": narrowed or widened by the policy."""

    @pytest.mark.parametrize(
        ("phrase", "span", "timex"),
        [
            ("early 2024", "2024-37", "DATE 2024 START"),  # the example
            ("mid-2024", "2024-38", "DATE 2024 MID"),  # middle third
            ("late 2024", "2024-39", "DATE 2024 END"),  # last third
            ("mid-October", "2024-10-11/2024-10-20", "DATE 2024-10 MID"),  # the example
            ("early October", "2024-10-01/2024-10-10", "DATE 2024-10 START"),  # days 1–10
            ("late October", "2024-10-21/2024-10-31", "DATE 2024-10 END"),  # days 21–31
            ("late February 2023", "2023-02-21/2023-02-28", "DATE 2023-02 END"),  # short month
            ("mid October", "2024-10-11/2024-10-20", "DATE 2024-10 MID"),  # no hyphen
            ("late last year", "2023-39", "DATE 2023 END"),  # of a relative year
            ("early next week", "2024-10-28/2024-10-29", "DATE 2024-W44 START"),  # of a week
            ("the beginning of 2024", "2024-37", "DATE 2024 START"),  # "the beginning of"
            ("the start of the year", "2024-37", "DATE 2024 START"),  # "the year" is this one
            ("the end of the year", "2024-39", "DATE 2024 END"),  # end of this year
            ("the end of October", "2024-10-21/2024-10-31", "DATE 2024-10 END"),  # a month
            ("the middle of next month", "2024-11-11/2024-11-20", "DATE 2024-11 MID"),  # mid
            ("year-end", "2024-39", "DATE 2024 END"),  # "year-end"
            ("the first half of October", "2024-10-01/2024-10-15", "DATE 2024-10"),  # half
            ("the mid-1990s", "1993/1996", "DATE 199 MID"),  # mid of a decade
            ("the early 1990s", "1990/1992", "DATE 199 START"),  # early of a decade
            ("around 2010", "2009/2011", "DATE 2010 APPROX"),  # one year either side
            ("about March 2022", "2022-02/2022-04", "DATE 2022-03 APPROX"),  # a month
            ("circa 1990", "1989/1991", "DATE 1990 APPROX"),  # "circa"
            ("midweek", "2024-10-23/2024-10-25", "DATE 2024-W43 MID"),  # the middle of a week
            ("early in the year", "2024-37", "DATE 2024 START"),  # "early in"
        ],
    )
    def test_vague(self, phrase: str, span: str, timex: str) -> None:
        """The policy's part of the base span, with the base's timex and a mod."""
        expr = parse(phrase, reference=REF)
        assert (str(expr.span), str(expr.timex)) == (span, timex)
        assert any(a.kind in ("part", "around") for a in expr.assumptions)


class TestPartialUnits:
    """ "earlier this month", "later this year": the part before or after the reference."""

    @pytest.mark.parametrize(
        ("phrase", "span", "timex"),
        [
            ("earlier this month", "2024-10-01/2024-10-24", "DATE 2024-10 START"),  # the issue
            ("earlier this year", "2024-01-01/2024-10-24", "DATE 2024 START"),  # year
            ("later this year", "2024-10-26/2024-12-31", "DATE 2024 END"),  # after today
            ("later this month", "2024-10-26/2024-10-31", "DATE 2024-10 END"),  # month
            ("earlier this week", "2024-10-21/2024-10-24", "DATE 2024-W43 START"),  # week
            ("later in the week", "2024-10-26/2024-10-27", "DATE 2024-W43 END"),  # "in the"
            ("earlier today", "2024-10-25", "DATE 2024-10-25 START"),  # the whole day
        ],
    )
    def test_partial(self, phrase: str, span: str, timex: str) -> None:
        """The span runs from the unit's start up to the reference, or on to its end."""
        expr = parse(phrase, reference=REF)
        assert (str(expr.span), str(expr.timex)) == (span, timex)


class TestPeriods:
    """ "the past three months": a duration that ends (or starts) at the reference."""

    @pytest.mark.parametrize(
        ("phrase", "span", "timex"),
        [
            ("the past three months", "2024-07-25/2024-10-24", "DURATION P3M"),  # back
            ("the last two weeks", "2024-10-11/2024-10-24", "DURATION P2W"),  # "last"
            ("the next two weeks", "2024-10-25/2024-11-07", "DURATION P2W"),  # forward
            ("the next 12 months", "2024-10-25/2025-10-24", "DURATION P12M"),  # digits
            ("past 20 years", "2004-10-25/2024-10-24", "DURATION P20Y"),  # no article
            ("the last 24 hours", "2024-10-24", "DURATION PT24H"),  # hours
            ("the past decade", "2014-10-25/2024-10-24", "DURATION P10Y"),  # "past decade"
            ("the coming three years", "2024-10-25/2027-10-24", "DURATION P3Y"),  # coming
        ],
    )
    def test_period(self, phrase: str, span: str, timex: str) -> None:
        """The span is the stated length just before or after the reference."""
        expr = parse(phrase, reference=REF)
        assert (str(expr.span), str(expr.timex)) == (span, timex)
        assert expr.duration is not None

    @pytest.mark.parametrize(
        ("phrase", "timex"),
        [
            ("the past few weeks", "DURATION PXW"),  # a vague count
            ("the next several days", "DURATION PXD"),  # several
            ("recent weeks", "DURATION PXW"),  # "recent"
            ("the weeks ahead", "DURATION PXW"),  # "ahead"
        ],
    )
    def test_period_of_unknown_length(self, phrase: str, timex: str) -> None:
        """A period of unstated length has a duration but no span."""
        expr = parse(phrase, reference=REF)
        assert (expr.span, str(expr.timex)) == (None, timex)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # "fiscal" between the cue and the unit: the unit the cue names, as "fiscal 2024"
        # is the year 2024 (no company's fiscal calendar is known)
        ("the current fiscal year", "2024"),
        # the one before
        ("last fiscal year", "2023"),
        # a quarter ahead
        ("next fiscal quarter", "2025-Q1"),
    ],
)
def test_a_cue_then_fiscal_then_a_unit(phrase: str, value: str) -> None:
    timex = parse(phrase, reference="2024-10-25").timex
    assert timex is not None
    assert timex.value == value
