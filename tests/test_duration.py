"""Duration: bounded lengths of time, calendar-aware, with their TimeML form."""

from __future__ import annotations

from datetime import timedelta

import pytest

from chronos import Duration, InvalidArgumentError, ParseError, Policy


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
        ],
    )
    def test_bad_values(self, value: str) -> None:
        """Malformed values raise ParseError showing the input."""
        with pytest.raises(ParseError) as info:
            Duration.parse(value)
        assert repr(value) in str(info.value)


def test_contains() -> None:
    """contains tells whether a length is allowed."""
    d = Duration.of(months=1)
    assert d.contains(timedelta(days=30))
    assert not d.contains(timedelta(days=32))
