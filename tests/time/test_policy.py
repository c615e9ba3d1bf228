"""Vague parts of spans under a Policy, each with the Assumption it rests on."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chronos import (
    DEFAULT_POLICY,
    ChronosError,
    Grain,
    InvalidArgumentError,
    ParseError,
    Part,
    Policy,
    Span,
)


class TestNarrow:
    @pytest.mark.parametrize(
        ("span", "part", "expected"),
        [
            (Span.year(2024), Part.EARLY, "2024-37"),  # January–April
            (Span.year(2024), Part.MID, "2024-38"),  # May–August
            (Span.year(2024), Part.LATE, "2024-39"),  # September–December
            (Span.year(2024), Part.BEGINNING, "2024-37"),  # beginning = early
            (Span.year(2024), Part.END, "2024-39"),  # end = late
            (Span.year(2024), Part.FIRST_HALF, "2024-40"),  # January–June
            (Span.year(2024), Part.SECOND_HALF, "2024-41"),  # July–December
            (Span.month(2024, 10), Part.EARLY, "2024-10-01/2024-10-10"),  # days 1–10
            (Span.month(2024, 10), Part.MID, "2024-10-11/2024-10-20"),  # days 11–20
            (Span.month(2024, 10), Part.LATE, "2024-10-21/2024-10-31"),  # days 21–end
            (Span.month(2024, 2), Part.LATE, "2024-02-21/2024-02-29"),  # leap February's end
            (Span.month(2024, 10), Part.SECOND_HALF, "2024-10-16/2024-10-31"),  # 16–end
            (Span.decade(1990), Part.EARLY, "1990/1992"),  # three years of ten
            (Span.decade(1990), Part.MID, "1993/1996"),  # the middle four
            (Span.week(2024, 6), Part.EARLY, "2024-02-05/2024-02-06"),  # Monday–Tuesday
            (Span.month(2024, 10), Part.AROUND, "2024-09/2024-11"),  # one month either side
            (Span.year(2010), Part.AROUND, "2009/2011"),  # one year either side
            (Span.decade(1990), Part.FIRST_HALF, "1990/1994"),  # five years of ten
            (Span.decade(1990), Part.SECOND_HALF, "1995/1999"),  # the other five
            (Span.decade(1990), Part.LATE, "1997/1999"),  # the last three
            (Span.week(2024, 6), Part.END, "2024-02-10/2024-02-11"),  # the weekend
            (Span.day(2024, 2, 8), Part.EARLY, "2024-02-08T00/2024-02-08T07"),  # 8 hours of 24
            (Span.quarter(2024, 2), Part.MID, "2024-05"),  # the middle month
            (
                Span.part_of_day(2024, 10, 22, "evening"),
                Part.AROUND,
                "2024-10-22TAF/2024-10-22TNI",
            ),  # the part of the day either side
            (
                Span.part_of_day(2024, 10, 22, "morning"),
                Part.AROUND,
                "2024-10-21TNI/2024-10-22TAF",
            ),  # the night before belongs to the day before
            (Span.unit(date(15, 1, 1), Grain.DECADE), Part.AROUND, "000X/002X"),
            # ^ the decade before the 10s is the first one, from year 1
            (
                Span.second(2024, 1, 1, 0, 0, 0),
                Part.AROUND,
                "2023-12-31T23:59:59/2024-01-01T00:00:01",
            ),
            # ^ a second either side
        ],
    )
    def test_default_policy(self, span: Span, part: Part, expected: str) -> None:
        """The default policy cuts spans into documented parts."""
        assert str(DEFAULT_POLICY.narrow(span, part).span) == expected

    def test_every_part_records_an_assumption(self) -> None:
        """Each narrowing says in words what it took."""
        for part in Part:
            vague = DEFAULT_POLICY.narrow(Span.month(2024, 10), part)
            assert vague.assumption.text
            assert vague.base == Span.month(2024, 10)
            assert vague.part is part

    def test_policy_overrides_month_thirds(self) -> None:
        """A policy passed explicitly changes where "early" ends."""
        policy = Policy(month_thirds=(7, 14))
        assert str(policy.narrow(Span.month(2024, 10), "mid").span) == "2024-10-08/2024-10-14"

    def test_policy_overrides_around(self) -> None:
        """around_units widens by more units."""
        policy = Policy(around_units=2)
        assert str(policy.narrow(Span.year(2010), Part.AROUND).span) == "2008/2012"

    @pytest.mark.parametrize(
        ("span", "part", "argument"),
        [
            (Span.year(2024), "earlyish", "part"),  # a name that is no part
            (Span.year(2024), "", "part"),  # no name at all
        ],
    )
    def test_narrow_refuses_what_it_cannot_read(self, span: Any, part: Any, argument: str) -> None:
        """narrow reads a part by its name, and names the argument when it cannot."""
        with pytest.raises(ChronosError) as info:
            DEFAULT_POLICY.narrow(span, part)
        assert info.value.argument == argument

    @pytest.mark.parametrize(
        ("options", "argument"),
        [
            ({"month_thirds": (20, 10)}, "month_thirds"),  # not increasing
            ({"month_thirds": (10, 30)}, "month_thirds"),  # past day 27
            ({"around_units": 0}, "around_units"),  # must widen
            ({"duration_approx": 1.5}, "duration_approx"),  # a fraction
            ({"month_thirds": [10, 20]}, "month_thirds"),  # a list, not a tuple
            ({"month_thirds": (True, 5)}, "month_thirds"),  # a bool is not a day
            ({"around_units": True}, "around_units"),  # a bool is not a count
            ({"around_units": 1.5}, "around_units"),  # nor is a float
            ({"day_first": "yes"}, "day_first"),  # a str is not a bool
            ({"day_first": None}, "day_first"),  # nor is None
            ({"duration_approx": "0.25"}, "duration_approx"),  # a str is not a number
            ({"duration_approx": float("nan")}, "duration_approx"),  # NaN is in no range
        ],
    )
    def test_bad_policy_options(self, options: dict[str, object], argument: str) -> None:
        """A policy refuses options it cannot use, naming the option."""
        with pytest.raises(InvalidArgumentError) as info:
            Policy(**options)  # type: ignore[arg-type]
        assert info.value.argument == argument

    def test_open_span_has_no_part(self) -> None:
        """An open span cannot be narrowed."""
        with pytest.raises(InvalidArgumentError):
            DEFAULT_POLICY.narrow(Span.parse("2023-08/.."), "early")

    @pytest.mark.parametrize(
        ("span", "part", "policy", "argument"),
        [
            ("2024", Part.EARLY, DEFAULT_POLICY, "span"),  # a str, not a Span
            (Span.year(2024), 3, DEFAULT_POLICY, "part"),  # a part is a Part or its name
            (Span.second(2024, 1, 1, 0, 0, 0), Part.EARLY, DEFAULT_POLICY, "span"),
            # ^ a second has no smaller part
            (Span.between(date(100, 1, 1), date(1500, 1, 1)), Part.MID, DEFAULT_POLICY, "span"),
            # ^ fourteen centuries are too long to cut into years
            (Span.century(9800), Part.AROUND, Policy(around_units=2), "units"),
            # ^ two centuries after the 9800s run past the calendar
            (Span.second(2024, 1, 1, 0, 0, 0), Part.AROUND, Policy(around_units=10**12), "units"),
            # ^ 10**12 seconds: refused at once, not stepped through
        ],
    )
    def test_narrow_refusals_name_the_argument(
        self, span: object, part: object, policy: Policy, argument: str
    ) -> None:
        """narrow raises InvalidArgumentError naming what it cannot take a part of."""
        with pytest.raises(InvalidArgumentError) as info:
            policy.narrow(span, part)  # type: ignore[arg-type]
        assert info.value.argument == argument


class TestPartParse:
    @pytest.mark.parametrize(
        ("text", "part"),
        [
            ("early", Part.EARLY),  # the value
            ("LATE", Part.LATE),  # any case
            ("first-half", Part.FIRST_HALF),  # hyphen as a space
            ("middle", Part.MID),  # synonym
            ("circa", Part.AROUND),  # synonym
        ],
    )
    def test_names(self, text: str, part: Part) -> None:
        """Part.parse reads values, names and common synonyms."""
        assert Part.parse(text) is part

    def test_a_non_string_is_an_invalid_argument(self) -> None:
        """Part.parse of a non-str raises InvalidArgumentError naming the part."""
        with pytest.raises(InvalidArgumentError) as info:
            Part.parse(3)  # type: ignore[arg-type]
        assert info.value.argument == "part"

    def test_near_miss_suggests(self) -> None:
        """A misspelt part gets a suggestion."""
        with pytest.raises(ParseError, match="did you mean 'early'"):
            Part.parse("eraly")
