"""Duration: bounded lengths of time, calendar-aware, with their TimeML form."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from chronos import Duration, Grain, InvalidArgumentError, ParseError, Policy


def wrong(value: object) -> Any:
    """``value`` unchanged, typed as anything: an argument of the wrong type, on purpose."""
    return value


class TestOf:
    @pytest.mark.parametrize(
        ("amounts", "low_days", "high_days", "value"),
        [
            ({"months": 1}, 28, 31, "P1M"),  # February to a 31-day month
            ({"months": 2}, 59, 62, "P2M"),  # January+February to July+August
            ({"years": 1}, 365, 366, "P1Y"),  # common or leap
            ({"years": 4}, 1460, 1461, "P4Y"),  # 1897–1900 holds no leap day
            ({"years": 3}, 1095, 1096, "P3Y"),  # at most one leap day in three years
            ({"weeks": 2}, 14, 14, "P2W"),  # weeks are exact
            ({"days": 30}, 30, 30, "P30D"),  # days are exact
        ],
    )
    def test_calendar_bounds(
        self, amounts: dict[str, int], low_days: int, high_days: int, value: str
    ) -> None:
        """Calendar amounts become ranges of days."""
        d = Duration.of(**amounts)
        assert d.minimum == timedelta(days=low_days)
        assert d.maximum == timedelta(days=high_days)
        assert d.value == value

    def test_time_amounts_are_exact(self) -> None:
        """Hours and minutes are fixed lengths."""
        d = Duration.of(hours=2, minutes=30)
        assert d.minimum == d.maximum == timedelta(hours=2, minutes=30)
        assert d.value == "PT2H30M"

    def test_negative_amount_is_refused(self) -> None:
        """A duration cannot be negative."""
        with pytest.raises(InvalidArgumentError, match="days"):
            Duration.of(days=-1)

    @pytest.mark.parametrize(
        ("amounts", "argument"),
        [
            ({"years": 10**30}, "amount"),  # longer than any timedelta: not OverflowError
            ({"days": 10**9}, "amount"),  # a day past the longest timedelta
            ({"weeks": True}, "weeks"),  # a bool is not a count
            ({"hours": 1.5}, "hours"),  # a fraction is for Duration.parse("PT1.5H")
            ({"months": "2"}, "months"),  # a str is not a count
        ],
    )
    def test_bad_amounts_name_the_argument(self, amounts: dict[str, object], argument: str) -> None:
        """An amount chronos cannot use raises InvalidArgumentError naming it."""
        with pytest.raises(InvalidArgumentError) as info:
            Duration.of(**amounts)  # type: ignore[arg-type]
        assert info.value.argument == argument

    def test_nothing_stated_is_no_time(self) -> None:
        """Duration.of() is zero seconds, written PT0S."""
        assert (Duration.of().maximum, str(Duration.of())) == (timedelta(0), "PT0S")


class TestConstructor:
    @pytest.mark.parametrize(
        ("fields", "argument"),
        [
            ({"minimum": timedelta(-1), "maximum": None}, "minimum"),  # negative
            ({"minimum": 3, "maximum": None}, "minimum"),  # not a timedelta
            ({"minimum": timedelta(2), "maximum": timedelta(1)}, "maximum"),  # below the minimum
            ({"minimum": timedelta(0), "maximum": None, "value": 3}, "value"),  # not a str
            ({"minimum": timedelta(0), "maximum": None, "mod": "SOON"}, "mod"),  # not TimeML's
            ({"minimum": timedelta(0), "maximum": None, "mod": 1}, "mod"),  # not a str
        ],
    )
    def test_bad_fields_name_the_argument(self, fields: dict[str, object], argument: str) -> None:
        """Duration refuses bounds, values and mods it cannot use, naming the field."""
        with pytest.raises(InvalidArgumentError) as info:
            Duration(**fields)  # type: ignore[arg-type]
        assert info.value.argument == argument

    @pytest.mark.parametrize(
        ("value", "position"),
        [
            ("3 years", 0),  # prose
            ("P3", 2),  # no unit
            ("PT", 2),  # nothing after T
        ],
    )
    def test_a_malformed_value_is_a_parse_error(self, value: str, position: int) -> None:
        """The TimeML value a duration keeps must be one: its timex can always be made."""
        with pytest.raises(ParseError) as info:
            Duration(timedelta(0), None, value)
        assert (info.value.argument, info.value.position) == ("value", position)

    @pytest.mark.parametrize(
        ("grain", "value", "low"),
        [
            (Grain.YEAR, "PXY", timedelta(days=365)),  # "several years"
            (Grain.MONTH, "PXM", timedelta(days=28)),  # "several months"
            (Grain.WEEK, "PXW", timedelta(days=7)),  # "several weeks"
            (Grain.DAY, "PXD", timedelta(days=1)),  # "a few days"
            (Grain.HOUR, "PTXH", timedelta(hours=1)),  # "some hours": a time part
            (Grain.MINUTE, "PTXM", timedelta(minutes=1)),  # "a few minutes": M after T
            (Grain.SECOND, "PTXS", timedelta(seconds=1)),  # "seconds"
        ],
    )
    def test_unknown_is_at_least_one_unit(self, grain: Grain, value: str, low: timedelta) -> None:
        """Duration.unknown is at least one unit, unbounded, with TimeML's X value."""
        several = Duration.unknown(grain)
        assert (several.minimum, several.maximum, several.value) == (low, None, value)

    @pytest.mark.parametrize(
        "grain",
        [
            Grain.DECADE,  # TimeML writes decades as P10Y, not with a letter of their own
            Grain.SEASON,  # no letter
            Grain.PART_OF_DAY,  # no letter
            "year",  # a name, not a Grain
            [],  # not even hashable
        ],
    )
    def test_unknown_refuses_grains_without_a_letter(self, grain: object) -> None:
        """Duration.unknown raises InvalidArgumentError for a grain TimeML has no letter for."""
        with pytest.raises(InvalidArgumentError) as info:
            Duration.unknown(grain)  # type: ignore[arg-type]
        assert info.value.argument == "grain"

    @pytest.mark.parametrize(
        ("minimum", "maximum", "text"),
        [
            (timedelta(days=1, seconds=5), None, "P1DT5S/.."),  # days and seconds, open
            (timedelta(seconds=30), timedelta(days=2), "PT30S/P2D"),  # seconds to days
        ],
    )
    def test_str_of_bounds_only(
        self, minimum: timedelta, maximum: timedelta | None, text: str
    ) -> None:
        """A duration known only by its bounds prints them; its timex is its minimum."""
        duration = Duration.between(minimum, maximum)
        assert str(duration) == text
        assert duration.timex.value == text.partition("/")[0]


class TestQualified:
    two_years = Duration.of(years=2)

    @pytest.mark.parametrize(
        ("method", "low_days", "high_days", "mod"),
        [
            ("more_than", 730, None, "MORE_THAN"),  # no upper bound
            ("at_least", 730, None, "EQUAL_OR_MORE"),  # inclusive
            ("at_most", 0, 731, "EQUAL_OR_LESS"),  # up to the longest two years
            ("less_than", 0, 730, "LESS_THAN"),  # strictly under the longest
        ],
    )
    def test_qualifiers(self, method: str, low_days: int, high_days: int | None, mod: str) -> None:
        """Qualifiers open one side of the range and record a TimeML mod."""
        d = getattr(self.two_years, method)()
        assert d.minimum.days == low_days
        assert (None if d.maximum is None else d.maximum.days) == high_days
        assert d.mod == mod
        assert d.timex.value == "P2Y"

    @pytest.mark.parametrize(
        ("call", "argument"),
        [
            (lambda: Duration.between(timedelta.max, None).more_than(), "minimum"),
            # ^ nothing is longer than the longest timedelta
            (lambda: Duration.between(timedelta(0), timedelta.max).about(), "maximum"),
            # ^ widening the longest timedelta overflows it
            (lambda: Duration.of(days=1).about(wrong("loose")), "policy"),  # not a Policy
        ],
    )
    def test_qualifiers_at_the_limits_name_the_argument(self, call: object, argument: str) -> None:
        """Qualifiers that cannot be represented raise InvalidArgumentError, not OverflowError."""
        with pytest.raises(InvalidArgumentError) as info:
            call()  # type: ignore[operator]
        assert info.value.argument == argument

    def test_about_an_open_duration_stays_open(self) -> None:
        """'About at least a week' has no upper bound either."""
        about = Duration.of(weeks=1).at_least().about()
        assert (about.minimum, about.maximum) == (timedelta(days=5, hours=6), None)

    def test_about_widens_by_the_policy(self) -> None:
        """'about a month' widens 28–31 days by the policy's fraction."""
        d = Duration.of(months=1).about(Policy(duration_approx=0.5))
        assert d.minimum == timedelta(days=14)
        assert d.maximum == timedelta(days=46, hours=12)
        assert d.mod == "APPROX"


class TestParse:
    @pytest.mark.parametrize(
        ("value", "low_days", "high_days"),
        [
            ("P3Y", 1095, 1096),  # years
            ("P1W", 7, 7),  # a week
            ("P1Y6M", 546, 550),  # mixed: may be a day loose, never tight
            ("PXY", 365, None),  # "several years": at least one
            ("PXD", 1, None),  # "a few days"
            ("P1.5Y", 547, 548),  # a fractional year
        ],
    )
    def test_values(self, value: str, low_days: int, high_days: int | None) -> None:
        """TimeML duration values parse to bounds, keeping the value."""
        d = Duration.parse(value)
        assert d.minimum.days == low_days
        assert (None if d.maximum is None else d.maximum.days) == high_days
        assert d.value == value

    def test_hours(self) -> None:
        """Time parts follow the T."""
        assert Duration.parse("PT30M").minimum == timedelta(minutes=30)

    @pytest.mark.parametrize(
        "value",
        [
            "",  # empty
            "P",  # nothing after P
            "3Y",  # no P
            "P3",  # no unit
            "PT",  # T with nothing after it
            "P3Q",  # no such unit
            "P٣Y",  # an Arabic-Indic digit: TimeML values are ASCII
            "P99999999999999999999Y",  # longer than any timedelta: not OverflowError
            "PT86400000000000S",  # one second past the longest timedelta
            "P" + "9" * 5000 + "D",  # more digits than int() reads: not a bare ValueError
        ],
    )
    def test_bad_values(self, value: str) -> None:
        """Malformed values raise ParseError showing the input (its first 80 characters)."""
        with pytest.raises(ParseError) as info:
            Duration.parse(value)
        assert repr(value[:80]) in str(info.value)


class TestParseLimits:
    def test_the_longest_duration_parses(self) -> None:
        """The longest whole-second timedelta is a duration value like any other."""
        longest = Duration.parse("PT86399999999999S")
        assert longest.minimum == longest.maximum == timedelta(days=999999999, seconds=86399)

    def test_too_long_a_value_says_so(self) -> None:
        """A value longer than any timedelta is a ParseError that says why."""
        with pytest.raises(ParseError, match="too long"):
            Duration.parse("P3000000Y")


class TestContains:
    @pytest.mark.parametrize(
        ("length", "expected"),
        [
            (timedelta(days=30), True),  # a 30-day month
            (timedelta(days=28), True),  # February
            (timedelta(days=32), False),  # no month is that long
            (timedelta(days=27, hours=23), False),  # nor that short
        ],
    )
    def test_contains(self, length: timedelta, expected: bool) -> None:
        """contains tells whether a length is one a month can have."""
        assert Duration.of(months=1).contains(length) is expected

    def test_contains_takes_a_timedelta(self) -> None:
        """A length that is not a timedelta raises InvalidArgumentError naming it."""
        with pytest.raises(InvalidArgumentError) as info:
            Duration.of(months=1).contains(30)  # type: ignore[arg-type]
        assert info.value.argument == "length"
