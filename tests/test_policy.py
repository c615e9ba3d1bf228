"""Vague parts of spans under a Policy, each with the Assumption it rests on."""

from __future__ import annotations

import pytest

from chronos import DEFAULT_POLICY, InvalidArgumentError, ParseError, Part, Policy, Span


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
        ],
    )
    def test_default_policy(self, span: Span, part: Part, expected: str) -> None:
        """The default policy cuts spans into documented parts."""
        assert str(DEFAULT_POLICY.narrow(span, part).span) == expected

    def test_every_part_records_an_assumption(self) -> None:
        """Each narrowing says in words what it took."""
        for part in Part:
            vague = Span.month(2024, 10).vague(part)
            assert vague.assumption.text
            assert vague.base == Span.month(2024, 10)
            assert vague.part is part

    def test_policy_overrides_month_thirds(self) -> None:
        """A policy passed explicitly changes where "early" ends."""
        policy = Policy(month_thirds=(7, 14))
        assert str(Span.month(2024, 10).vague("mid", policy=policy).span) == (
            "2024-10-08/2024-10-14"
        )

    def test_policy_overrides_around(self) -> None:
        """around_units widens by more units."""
        policy = Policy(around_units=2)
        assert str(Span.year(2010).vague(Part.AROUND, policy=policy).span) == "2008/2012"

    @pytest.mark.parametrize(
        ("options", "argument"),
        [
            ({"month_thirds": (20, 10)}, "month_thirds"),  # not increasing
            ({"month_thirds": (10, 30)}, "month_thirds"),  # past day 27
            ({"around_units": 0}, "around_units"),  # must widen
            ({"duration_approx": 1.5}, "duration_approx"),  # a fraction
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
            Span.parse("2023-08/..").vague("early")


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

    def test_near_miss_suggests(self) -> None:
        """A misspelt part gets a suggestion."""
        with pytest.raises(ParseError, match="did you mean 'early'"):
            Part.parse("eraly")
