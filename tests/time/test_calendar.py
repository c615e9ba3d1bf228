"""The calendar module: floating local time, the integer time axis, moving by whole units."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from chronos import Grain, InvalidArgumentError, floating
from chronos.time import _calendar as cal

UTC = timezone.utc


class TestFloating:
    @pytest.mark.parametrize(
        ("moment", "zone", "expected"),
        [
            (date(2024, 2, 8), None, datetime(2024, 2, 8)),  # a date is its midnight
            (datetime(2024, 2, 8, 9), None, datetime(2024, 2, 8, 9)),  # naive: already floating
            (datetime(2024, 2, 8, 3, tzinfo=UTC), None, datetime(2024, 2, 8, 3)),
            # ^ aware, no zone: its own wall time
            (datetime(2024, 2, 8, 3, tzinfo=UTC), "Asia/Karachi", datetime(2024, 2, 8, 8)),
            # ^ a zone by name: that zone's wall time
            (
                datetime(2024, 2, 8, 3, tzinfo=UTC),
                timezone(timedelta(hours=-5)),
                datetime(2024, 2, 7, 22),
            ),  # a tzinfo: the day before, west of Greenwich
        ],
    )
    def test_wall_time(
        self, moment: date | datetime, zone: str | timezone | None, expected: datetime
    ) -> None:
        """floating gives the naive wall time of a moment, converted once if a zone is given."""
        assert floating(moment, zone) == expected

    @pytest.mark.parametrize(
        ("moment", "zone", "argument"),
        [
            ("2024-02-08", None, "moment"),  # a str is not a moment
            (datetime(2024, 2, 8), "Asia/Karachi", "zone"),  # naive: no zone to convert from
            (datetime(2024, 2, 8, tzinfo=UTC), "Mars/Olympus_Mons", "zone"),  # no such zone
            (datetime(2024, 2, 8, tzinfo=UTC), 5, "zone"),  # neither a name nor a tzinfo
            (datetime(1, 1, 1, tzinfo=UTC), timezone(timedelta(hours=-5)), "moment"),
            # ^ its wall time would be in year 0
            (datetime.max.replace(tzinfo=UTC), "Asia/Karachi", "moment"),
            # ^ its wall time would be in year 10000
        ],
    )
    def test_refusals_name_the_argument(self, moment: object, zone: object, argument: str) -> None:
        """floating raises InvalidArgumentError naming what it cannot convert."""
        with pytest.raises(InvalidArgumentError) as info:
            floating(moment, zone)  # type: ignore[arg-type]
        assert info.value.argument == argument


PLUS_FIVE = timezone(timedelta(hours=5))


class TestMomentArgument:
    """moment_argument reads the reference date of parse, Timeline, extract and Statement."""

    @pytest.mark.parametrize(
        ("value", "options", "expected"),
        [
            (date(2024, 10, 25), {}, datetime(2024, 10, 25)),  # a date is its midnight
            (datetime(2024, 10, 25, 16, 45), {}, datetime(2024, 10, 25, 16, 45)),  # naive
            (datetime(2024, 10, 25, 16, 45, 30, 999_999), {}, datetime(2024, 10, 25, 16, 45, 30)),
            # ^ to the second: the fraction is dropped, not rounded
            ("2024-10-25", {}, datetime(2024, 10, 25)),  # an ISO date
            (" 2024-10-25T16:45 ", {}, datetime(2024, 10, 25, 16, 45)),  # spaces around
            ("2024-10-25 16:45:30.25", {}, datetime(2024, 10, 25, 16, 45, 30)),
            # ^ a space for the T, and a fraction dropped
            ("2024-10-25T23:30+05:00", {}, datetime(2024, 10, 25, 23, 30)),
            # ^ an offset: its own wall time, not converted
            ("2024-10-25T23:30Z", {}, datetime(2024, 10, 25, 23, 30)),  # Z is an offset too
            ("2024-W43-5", {}, datetime(2024, 10, 25)),  # an ISO week date
            (None, {"optional": True}, None),  # optional: None is no moment
            (date(2024, 10, 25), {"optional": True}, datetime(2024, 10, 25)),
            # ^ optional takes every form all the same
        ],
    )
    def test_accepted(self, value: object, options: dict[str, Any], expected: object) -> None:
        """Each accepted form is a naive datetime to the second (or None when optional)."""
        assert cal.moment_argument(value, "reference", **options) == expected

    @pytest.mark.parametrize(
        ("value", "options", "error", "reason"),
        [
            (datetime(2024, 10, 25, tzinfo=UTC), {}, InvalidArgumentError, "must be naive"),
            # ^ an aware datetime: which wall time is meant is the caller's choice
            (
                datetime(2024, 10, 25, tzinfo=PLUS_FIVE),
                {"optional": True},
                InvalidArgumentError,
                "must be naive",
            ),  # optional does not take it either
            ("25/10/2024", {}, InvalidArgumentError, "is not an ISO date or date-time"),
            # ^ not ISO: a mistake in the call, not a phrase that did not read
            ("", {}, InvalidArgumentError, "is not an ISO date"),  # an empty string
            ("last week", {}, InvalidArgumentError, "is not an ISO date"),
            # ^ a phrase is not a reference
            ("2024-02-30", {}, InvalidArgumentError, "is not an ISO date"),  # no such day
            ("2024-10-25T23:30+25:00", {}, InvalidArgumentError, "is not an ISO date"),
            # ^ an offset past a day
            (20241025, {}, InvalidArgumentError, "must be a date, a datetime or an ISO string"),
            # ^ a number that looks like a date
            (None, {}, InvalidArgumentError, "must be a date, a datetime or an ISO string"),
            # ^ None, unless optional
            (
                1.5,
                {"optional": True},
                InvalidArgumentError,
                "must be a date, a datetime, an ISO string or None",
            ),  # optional says None too
            (b"2024-10-25", {}, InvalidArgumentError, "must be a date"),  # bytes are not a str
        ],
    )
    def test_refused(
        self, value: object, options: dict[str, Any], error: type[Exception], reason: str
    ) -> None:
        """Each refusal is the chronos error asked for, naming the argument the caller gives
        and showing the input."""
        with pytest.raises(error) as info:
            cal.moment_argument(value, "dct", **options)
        assert type(info.value) is error
        assert info.value.argument == "dct"  # type: ignore[attr-defined]
        assert reason in str(info.value)
        assert (repr(value) if error is InvalidArgumentError else str(value)) in str(info.value)


class TestTimeAxis:
    @pytest.mark.parametrize(
        ("moment", "seconds"),
        [
            (datetime(1, 1, 1), 0),  # the origin of the axis
            (datetime(1, 1, 1, 0, 0, 1), 1),  # one second in
            (datetime(1, 1, 2), 86400),  # one day in
            (datetime(2024, 2, 29, 12), 63844804800),  # a leap day, at noon
            (datetime(9999, 12, 31, 23, 59, 59), 315537897599),  # the last whole second
        ],
    )
    def test_seconds_from_the_start_of_year_1(self, moment: datetime, seconds: int) -> None:
        """to_seconds counts whole seconds from 0001-01-01T00:00; from_seconds inverts it."""
        assert cal.to_seconds(moment) == seconds
        assert cal.from_seconds(seconds) == moment


class TestAdvance:
    @pytest.mark.parametrize(
        ("start", "grain", "units", "expected"),
        [
            (datetime(2024, 2, 8), Grain.DAY, 30, datetime(2024, 3, 9)),  # across a leap day
            (datetime(2024, 2, 5), Grain.WEEK, -1, datetime(2024, 1, 29)),  # a week back
            (datetime(2024, 2, 8, 21), Grain.PART_OF_DAY, 1, datetime(2024, 2, 9, 5)),
            # ^ from the night to the next morning
            (datetime(2024, 2, 8, 5), Grain.PART_OF_DAY, -1, datetime(2024, 2, 7, 21)),
            # ^ from the morning back to the night before
            (datetime(2024, 2, 8, 12), Grain.PART_OF_DAY, 9, datetime(2024, 2, 10, 17)),
            # ^ two whole days and one part
            (datetime(2023, 12, 1), Grain.SEASON, 1, datetime(2024, 3, 1)),  # winter to spring
            (datetime(2024, 9, 1), Grain.THIRD, 1, datetime(2025, 1, 1)),  # third to third
            (datetime(2024, 7, 1), Grain.HALF, -2, datetime(2023, 7, 1)),  # a year of halves
            (datetime(1990, 1, 1), Grain.DECADE, 3, datetime(2020, 1, 1)),  # decades
            (datetime(10, 1, 1), Grain.DECADE, -1, datetime(1, 1, 1)),  # the first decade
            (datetime(100, 1, 1), Grain.CENTURY, -1, datetime(1, 1, 1)),  # the first century
            (datetime(1, 1, 1), Grain.CENTURY, 19, datetime(1900, 1, 1)),  # from the first one
            (datetime(2024, 1, 1), Grain.YEAR, 0, datetime(2024, 1, 1)),  # nowhere
        ],
    )
    def test_moves_by_whole_units(
        self, start: datetime, grain: Grain, units: int, expected: datetime
    ) -> None:
        """advance moves a unit's start by whole units, and agrees with stepping unit by unit."""
        assert cal.advance(start, grain, units) == expected
        stepped = start
        for _ in range(abs(units)):
            stepped = (
                cal.following(stepped, grain)
                if units > 0
                else cal.floor(stepped - timedelta(seconds=1), grain)
            )
        assert stepped == expected

    @pytest.mark.parametrize(
        ("start", "grain", "units"),
        [
            (datetime(1, 1, 1), Grain.DECADE, -1),  # no decade before the first
            (datetime(9990, 1, 1), Grain.DECADE, 1),  # the 10000s
            (datetime(2024, 1, 1), Grain.SECOND, 10**12),  # past year 9999, at once
            (datetime(2024, 1, 1), Grain.MONTH, -(10**30)),  # far before year 1
            (datetime(1, 1, 1, 5), Grain.PART_OF_DAY, -1),  # the night of year 0
        ],
    )
    def test_leaving_the_calendar_is_an_invalid_argument(
        self, start: datetime, grain: Grain, units: int
    ) -> None:
        """Moving outside the years datetime holds raises InvalidArgumentError naming units."""
        with pytest.raises(InvalidArgumentError) as info:
            cal.advance(start, grain, units)
        assert info.value.argument == "units"


@pytest.mark.parametrize(
    "grain",
    [
        "month",  # a name
        None,  # nothing
        3,  # a rank
    ],
)
def test_check_grain_refuses_what_is_not_a_grain(grain: object) -> None:
    """check_grain raises InvalidArgumentError naming the grain."""
    with pytest.raises(InvalidArgumentError) as info:
        cal.check_grain(grain)  # type: ignore[arg-type]
    assert info.value.argument == "grain"


@pytest.mark.parametrize(
    ("moment", "grain", "expected"),
    [
        (datetime(2024, 2, 5), Grain.WEEK, True),  # a Monday starts an ISO week
        (datetime(2024, 2, 6), Grain.WEEK, False),  # a Tuesday does not
        (datetime(2024, 2, 5, 0, 0, 0, 1), Grain.SECOND, False),  # microseconds: nothing
        (datetime(1, 1, 1), Grain.DECADE, True),  # year 1 stands in for year 0
        (datetime(10, 1, 1), Grain.DECADE, True),  # the second decade
        (datetime(11, 1, 1), Grain.DECADE, False),  # a year into it
        (datetime(1, 1, 1), Grain.PART_OF_DAY, False),  # inside the night of year 0
        (datetime(1, 1, 1), Grain.SEASON, False),  # inside the winter of year 0
        (datetime(1, 3, 1), Grain.SEASON, True),  # the first spring
    ],
)
def test_is_aligned(moment: datetime, grain: Grain, expected: bool) -> None:
    """is_aligned tells whether a moment starts a unit; units starting in year 0 do not count."""
    assert cal.is_aligned(moment, grain) is expected
