"""Span: named constructors, canonical strings, set operations and shifting."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from chronos import Grain, InvalidArgumentError, ParseError, Span


def wrong(value: object) -> Any:
    """``value`` unchanged, typed as anything: an argument of the wrong type, on purpose."""
    return value


class TestConstructors:
    @pytest.mark.parametrize(
        ("span", "start", "end", "grain"),
        [
            (Span.day(2023, 8, 5), datetime(2023, 8, 5), datetime(2023, 8, 6), Grain.DAY),  # a day
            (
                Span.month(2023, 8),
                datetime(2023, 8, 1),
                datetime(2023, 9, 1),
                Grain.MONTH,
            ),  # a month
            (
                Span.month(2023, 12),
                datetime(2023, 12, 1),
                datetime(2024, 1, 1),
                Grain.MONTH,
            ),  # December rolls the year
            (Span.year(2024), datetime(2024, 1, 1), datetime(2025, 1, 1), Grain.YEAR),  # a year
            (
                Span.week(2024, 6),
                datetime(2024, 2, 5),
                datetime(2024, 2, 12),
                Grain.WEEK,
            ),  # ISO week, Monday start
            (
                Span.week(2020, 53),
                datetime(2020, 12, 28),
                datetime(2021, 1, 4),
                Grain.WEEK,
            ),  # week 53 crosses the year
            (
                Span.quarter(2024, 1),
                datetime(2024, 1, 1),
                datetime(2024, 4, 1),
                Grain.QUARTER,
            ),  # first quarter
            (
                Span.quarter(2024, 4),
                datetime(2024, 10, 1),
                datetime(2025, 1, 1),
                Grain.QUARTER,
            ),  # last quarter
            (
                Span.third(2024, 2),
                datetime(2024, 5, 1),
                datetime(2024, 9, 1),
                Grain.THIRD,
            ),  # May–August
            (
                Span.half(2024, 2),
                datetime(2024, 7, 1),
                datetime(2025, 1, 1),
                Grain.HALF,
            ),  # second half
            (
                Span.season(2023, "summer"),
                datetime(2023, 6, 1),
                datetime(2023, 9, 1),
                Grain.SEASON,
            ),  # summer
            (
                Span.season(2023, "fall"),
                datetime(2023, 9, 1),
                datetime(2023, 12, 1),
                Grain.SEASON,
            ),  # fall = autumn
            (
                Span.season(2023, "WI"),
                datetime(2023, 12, 1),
                datetime(2024, 3, 1),
                Grain.SEASON,
            ),  # winter of 2023 starts in its December
            (
                Span.decade(1990),
                datetime(1990, 1, 1),
                datetime(2000, 1, 1),
                Grain.DECADE,
            ),  # the 1990s
            (
                Span.century(1900),
                datetime(1900, 1, 1),
                datetime(2000, 1, 1),
                Grain.CENTURY,
            ),  # TimeML's "19"
            (
                Span.hour(2024, 2, 8, 22),
                datetime(2024, 2, 8, 22),
                datetime(2024, 2, 8, 23),
                Grain.HOUR,
            ),  # an hour
            (
                Span.minute(2023, 5, 3, 10, 30),
                datetime(2023, 5, 3, 10, 30),
                datetime(2023, 5, 3, 10, 31),
                Grain.MINUTE,
            ),  # a minute
            (
                Span.second(2023, 5, 3, 10, 30, 5),
                datetime(2023, 5, 3, 10, 30, 5),
                datetime(2023, 5, 3, 10, 30, 6),
                Grain.SECOND,
            ),  # a second
            (
                Span.part_of_day(2024, 10, 22, "evening"),
                datetime(2024, 10, 22, 17),
                datetime(2024, 10, 22, 21),
                Grain.PART_OF_DAY,
            ),  # evening 17–21
            (
                Span.part_of_day(2024, 10, 22, "NI"),
                datetime(2024, 10, 22, 21),
                datetime(2024, 10, 23, 5),
                Grain.PART_OF_DAY,
            ),  # night runs into the next day
        ],
    )
    def test_named_constructor(
        self, span: Span, start: datetime, end: datetime, grain: Grain
    ) -> None:
        """Each named constructor gives the exact half-open interval of its unit."""
        assert (span.start, span.end, span.grain) == (start, end, grain)

    @pytest.mark.parametrize(
        ("make", "argument"),
        [
            (lambda: Span.month(2023, 13), "month"),  # no thirteenth month
            (lambda: Span.day(2023, 2, 29), "day"),  # not a leap year
            (lambda: Span.week(2023, 53), "week"),  # 2023 has 52 ISO weeks
            (lambda: Span.quarter(2024, 5), "quarter"),  # four quarters
            (lambda: Span.season(2024, "monsoon"), "season"),  # not a season chronos knows
            (lambda: Span.decade(1995), "first_year"),  # decades start on a multiple of ten
            (lambda: Span.year(0), "year"),  # before year 1
            (lambda: Span.year(10000), "year"),  # past the representable years
            (lambda: Span.part_of_day(2024, 1, 1, "noonish"), "part"),  # unknown part of day
            (lambda: Span.hour(2024, 1, 1, 24), "hour"),  # hours run 0–23
            (lambda: Span.minute(2024, 1, 1, 10, 60), "minute"),  # minutes run 0–59
            (lambda: Span.second(2024, 1, 1, 10, 0, 60), "second"),  # no leap seconds
            (lambda: Span.hour(2024, 1, 1, 10**30), "hour"),  # past a C long: not OverflowError
            (lambda: Span.day(2024, 1, -(10**30)), "day"),  # far below a C long
            (lambda: Span.day(2024, wrong("1"), 1), "month"),  # a str is not a month
            (lambda: Span.week(2024, True), "week"),  # a bool is not a week number
            (lambda: Span.week(2024, 10**30), "week"),  # past a C int: not OverflowError
            (lambda: Span.week(2024, wrong(1.0)), "week"),  # a float is not a week number
            (lambda: Span.decade(False), "first_year"),  # a bool is not the year 0
            (lambda: Span.century(1950), "first_year"),  # centuries start on a multiple of 100
            (lambda: Span.part_of_day(2024, 1, 1, wrong(5)), "part"),  # an int, not a name
            (lambda: Span.season(2024, wrong(None)), "season"),  # not a name: no AttributeError
            (lambda: Span.unit(date(2024, 1, 1), wrong("month")), "grain"),  # a name, not a Grain
            (lambda: Span.unit(wrong(None), Grain.DAY), "moment"),  # no moment at all
            (lambda: Span.unit(datetime(9999, 12, 31), Grain.DAY), "moment"),  # past year 9998
            (lambda: Span.unit(datetime(1, 1, 1, 2), Grain.PART_OF_DAY), "moment"),  # night of 0
            (lambda: Span.decade(9990), "moment"),  # the 9990s end in year 10000
        ],
    )
    def test_bad_arguments_name_the_argument(self, make: object, argument: str) -> None:
        """A bad argument raises InvalidArgumentError naming that argument."""
        with pytest.raises(InvalidArgumentError) as info:
            make()  # type: ignore[operator]
        assert info.value.argument == argument

    @pytest.mark.parametrize(
        ("end", "grain"),
        [
            (datetime(1, 1, 1), Grain.DAY),  # nothing lies before the first instant
            (datetime(1, 1, 1), Grain.CENTURY),  # not even a century
            (datetime(1, 1, 1, 5), Grain.PART_OF_DAY),  # the night before would start in year 0
            (datetime(1, 3, 1), Grain.SEASON),  # the winter before would start in year 0
        ],
    )
    def test_an_end_that_closes_no_unit_after_year_1_is_refused(
        self, end: datetime, grain: Grain
    ) -> None:
        """An open-start span must end after some unit of its grain that year 1 holds."""
        with pytest.raises(InvalidArgumentError) as info:
            Span(None, end, grain)
        assert info.value.argument == "end"

    @pytest.mark.parametrize(
        ("end", "grain", "text"),
        [
            (datetime(1, 1, 2), Grain.DAY, "../0001-01-01"),  # the first day
            (datetime(1, 1, 1, 12), Grain.PART_OF_DAY, "../0001-01-01TMO"),  # the first morning
            (datetime(1, 6, 1), Grain.SEASON, "../0001-21"),  # the first spring
        ],
    )
    def test_an_end_in_year_1_after_a_whole_unit_is_kept(
        self, end: datetime, grain: Grain, text: str
    ) -> None:
        """An end in year 1 that closes a unit the calendar holds makes a span that prints."""
        span = Span(None, end, grain)
        assert str(span) == text
        assert Span.parse(text) == span

    def test_unaligned_ends_are_refused(self) -> None:
        """A span's ends must be starts of units of its grain."""
        with pytest.raises(InvalidArgumentError, match="start"):
            Span(datetime(2024, 1, 2), datetime(2024, 2, 1), Grain.MONTH)

    def test_empty_span_is_refused(self) -> None:
        """A span must end after it starts."""
        with pytest.raises(InvalidArgumentError, match="end"):
            Span(datetime(2024, 1, 2), datetime(2024, 1, 2), Grain.DAY)

    def test_aware_datetimes_are_refused(self) -> None:
        """Spans are in floating local time; an aware datetime must be converted first."""
        from datetime import timezone

        with pytest.raises(InvalidArgumentError, match="floating"):
            Span.between(datetime(2024, 1, 1, tzinfo=timezone.utc), None)

    @pytest.mark.parametrize(
        ("start", "end", "grain"),
        [
            (date(2024, 1, 1), date(2024, 4, 1), Grain.MONTH),  # three months, not a named quarter
            (date(2024, 1, 1), date(2024, 3, 1), Grain.MONTH),  # two months
            (date(2024, 2, 5), date(2024, 2, 19), Grain.WEEK),  # two ISO weeks
            # one open end: a Monday reads as its day, not as the start of an ISO week
            (date(2024, 2, 5), None, Grain.DAY),
            (None, date(2024, 2, 19), Grain.DAY),
            (date(2024, 2, 1), None, Grain.MONTH),  # the first of a month stays a month
            (date(2024, 10, 11), date(2024, 10, 21), Grain.DAY),  # ten days
            (date(1990, 1, 1), date(2010, 1, 1), Grain.DECADE),  # two decades
            (
                datetime(2024, 1, 1, 10),
                datetime(2024, 1, 1, 11, 30),
                Grain.MINUTE,
            ),  # ninety minutes
        ],
    )
    def test_between_infers_the_coarsest_grain(
        self, start: date | None, end: date | None, grain: Grain
    ) -> None:
        """Span.between picks the coarsest grain both ends align to (never a week for a span
        with an open end)."""
        assert Span.between(start, end).grain is grain

    @pytest.mark.parametrize(
        ("start", "end", "grain", "text"),
        [
            (date(2024, 1, 1), date(2024, 4, 1), Grain.QUARTER, "2024-33"),  # named: a quarter
            (date(2024, 3, 1), date(2024, 6, 1), Grain.SEASON, "2024-21"),  # named: spring
            (date(2024, 1, 1), date(2025, 1, 1), Grain.DAY, "2024-01-01/2024-12-31"),  # finer
        ],
    )
    def test_between_keeps_a_grain_given(
        self, start: date, end: date, grain: Grain, text: str
    ) -> None:
        """A grain passed to Span.between is kept, even one it would never infer."""
        span = Span.between(start, end, grain=grain)
        assert (span.grain, str(span)) == (grain, text)

    def test_between_refuses_microseconds(self) -> None:
        """chronos models whole seconds: an end with microseconds is refused."""
        with pytest.raises(InvalidArgumentError, match="whole second"):
            Span.between(datetime(2024, 1, 1, 0, 0, 0, 500), None)


class TestViews:
    @pytest.mark.parametrize(
        ("span", "bounded", "unit", "length"),
        [
            (Span.month(2024, 2), True, True, timedelta(days=29)),  # a leap February
            (Span.between(date(2024, 1, 1), date(2024, 3, 1)), True, False, timedelta(days=60)),
            # ^ two months: bounded, not one unit
            (Span.between(date(2024, 1, 1), None), False, False, None),  # open end
            (Span.between(None, date(2024, 1, 1)), False, False, None),  # open start
        ],
    )
    def test_bounded_unit_and_length(
        self, span: Span, bounded: bool, unit: bool, length: timedelta | None
    ) -> None:
        """is_bounded, is_unit and length describe the span's extent."""
        assert (span.is_bounded, span.is_unit, span.length) == (bounded, unit, length)

    def test_edtf_is_str(self) -> None:
        """The edtf property is the canonical string."""
        assert Span.quarter(2024, 2).edtf == str(Span.quarter(2024, 2)) == "2024-34"


class TestStr:
    @pytest.mark.parametrize(
        ("span", "text"),
        [
            (Span.year(2024), "2024"),  # EDTF year
            (Span.month(2023, 8), "2023-08"),  # EDTF month
            (Span.day(2024, 2, 8), "2024-02-08"),  # EDTF day
            (Span.season(2023, "summer"), "2023-22"),  # EDTF season code
            (Span.quarter(2024, 3), "2024-35"),  # EDTF level 2 quarter
            (Span.third(2024, 1), "2024-37"),  # EDTF quadrimester
            (Span.half(2024, 1), "2024-40"),  # EDTF semestral
            (Span.decade(1990), "199X"),  # decade as unspecified digit
            (Span.century(1900), "19XX"),  # century as unspecified digits
            (Span.week(2024, 6), "2024-W06"),  # ISO week (chronos extension)
            (Span.part_of_day(2024, 10, 22, "evening"), "2024-10-22TEV"),  # part of day (extension)
            (Span.hour(2024, 2, 8, 22), "2024-02-08T22"),  # hour
            (Span.minute(2023, 5, 3, 10, 30), "2023-05-03T10:30"),  # minute
            (
                Span.between(date(2022, 3, 1), date(2022, 6, 1)),
                "2022-03/2022-05",
            ),  # closed EDTF interval
            (Span.between(date(2023, 8, 1), None), "2023-08/.."),  # open end
            (Span.between(None, date(2024, 2, 8)), "../2024-02-07"),  # open start, last day shown
            (Span.between(date(2024, 10, 1), date(2024, 10, 25)), "2024-10-01/2024-10-24"),  # days
        ],
    )
    def test_canonical_string(self, span: Span, text: str) -> None:
        """str() is EDTF where EDTF can say it, and Span.parse reads it back."""
        assert str(span) == text
        assert Span.parse(text) == span

    @pytest.mark.parametrize(
        ("text", "position"),
        [
            ("", 0),  # empty
            ("2024-13", 0),  # no month 13
            ("2023-02-29", 0),  # no such day
            ("2024-08/2023-08", 0),  # an interval that ends before it starts
            ("2024/2024-08", 5),  # two grains in one interval
            ("August 2023", 0),  # prose is for chronos.parse, not Span.parse
        ],
    )
    def test_parse_errors_show_the_input(self, text: str, position: int) -> None:
        """A string that is not a canonical span raises ParseError with the input shown."""
        with pytest.raises(ParseError) as info:
            Span.parse(text)
        assert repr(text) in str(info.value)
        assert info.value.position == position

    @pytest.mark.parametrize(
        "span",
        [
            Span.month(2023, 8),  # named constructor
            Span.week(2024, 6),  # week
            Span.season(2023, "winter"),  # season
            Span.between(date(2022, 3, 1), date(2022, 6, 1)),  # interval falls back to parse
            Span.minute(2023, 5, 3, 10, 30),  # sub-day unit falls back to parse
            Span.year(2024),  # year
            Span.day(2024, 2, 29),  # day
            Span.quarter(2024, 4),  # quarter
            Span.third(2024, 2),  # third
            Span.half(2024, 2),  # half
            Span.decade(1990),  # decade
            Span.century(1900),  # century
            Span.unit(date(5, 1, 1), Grain.DECADE),  # the first decade starts in year 1
            Span.unit(date(50, 1, 1), Grain.CENTURY),  # the first century starts in year 1
        ],
    )
    def test_repr_pastes_back(self, span: Span) -> None:
        """repr() is code that builds an equal span."""
        assert eval(repr(span), {"Span": Span}) == span  # noqa: S307 - the point of the test


class TestSetOperations:
    aug = Span.month(2023, 8)
    summer = Span.season(2023, "summer")

    @pytest.mark.parametrize(
        ("outer", "inner", "expected"),
        [
            (summer, aug, True),  # August is in summer
            (aug, summer, False),  # but not the other way round
            (aug, aug, True),  # a span contains itself
            (Span.between(date(2023, 8, 1), None), Span.year(2030), True),  # open end
            (aug, Span.between(date(2023, 8, 1), None), False),  # bounded cannot hold open
        ],
    )
    def test_contains(self, outer: Span, inner: Span, expected: bool) -> None:
        """contains is inclusion of instants, open ends being unbounded."""
        assert outer.contains(inner) is expected

    def test_contains_a_date_means_its_whole_day(self) -> None:
        """A date is contained when its whole day is."""
        assert self.aug.contains(date(2023, 8, 31))
        assert not self.aug.contains(date(2023, 9, 1))

    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            (Span.month(2023, 8), Span.month(2023, 9), None),  # adjacent months share nothing
            (Span.month(2023, 8), summer, "2023-08"),  # nested
            (Span.month(2024, 1), Span.week(2024, 5), "2024-01-29/2024-01-31"),  # week cut by month
            (
                Span.between(date(2023, 8, 1), None),
                Span.year(2023),
                "2023-08/2023-12",
            ),  # open ∩ year
        ],
    )
    def test_intersection(self, a: Span, b: Span, expected: str | None) -> None:
        """intersection is the shared instants, at the finest grain that fits."""
        result = a.intersection(b)
        assert (None if result is None else str(result)) == expected

    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            (Span.month(2024, 1), Span.month(2024, 3), "2024-01/2024-03"),  # gap filled
            (Span.quarter(2024, 1), Span.quarter(2024, 2), "2024-33/2024-34"),  # stays in quarters
            (Span.day(2024, 1, 1), Span.between(None, date(2023, 1, 1)), "../2024-01-01"),  # open
        ],
    )
    def test_hull(self, a: Span, b: Span, expected: str) -> None:
        """hull is the smallest span holding both."""
        assert str(a.hull(b)) == expected


class TestShift:
    @pytest.mark.parametrize(
        ("span", "amounts", "expected"),
        [
            (Span.month(2024, 1), {"months": 1}, "2024-02"),  # next month
            (Span.day(2024, 1, 31), {"months": 1}, "2024-02-29"),  # clamped to leap February
            (Span.day(2023, 1, 31), {"months": 1}, "2023-02-28"),  # clamped, common year
            (Span.day(2024, 2, 29), {"years": 1}, "2025-02-28"),  # 29 February has no twin
            (Span.week(2024, 52), {"weeks": 1}, "2025-W01"),  # across the ISO year
            (Span.quarter(2024, 4), {"months": 3}, "2025-33"),  # next quarter
            (Span.quarter(2024, 1), {"months": 1}, "2024-02/2024-04"),  # off-grid: month grain
            (Span.year(2024), {"years": -1}, "2023"),  # previous year
            (
                Span.between(date(2023, 8, 1), None),
                {"days": 2},
                "2023-08-03/..",
            ),  # open end stays open
        ],
    )
    def test_shift(self, span: Span, amounts: dict[str, int], expected: str) -> None:
        """shift moves a span by calendar amounts, keeping its length in grain units."""
        assert str(span.shift(**amounts)) == expected

    @pytest.mark.parametrize(
        ("span", "amounts"),
        [
            (Span.year(9998), {"years": 5}),  # past the representable years
            (Span.year(2), {"years": -5}),  # before year 1
            (Span.day(9998, 12, 31), {"days": 365}),  # the end overflows, the start does not
            (Span.day(2024, 1, 1), {"days": 10**30}),  # beyond any timedelta
            (Span.day(2024, 1, 1), {"years": -(2**63)}),  # beyond any C long
        ],
    )
    def test_shift_out_of_range_is_an_error(self, span: Span, amounts: dict[str, int]) -> None:
        """Moving past the representable years raises InvalidArgumentError naming the amount."""
        with pytest.raises(InvalidArgumentError) as info:
            span.shift(**amounts)
        assert info.value.argument == "amount"

    @pytest.mark.parametrize(
        ("amount", "name"),
        [
            (1.5, "days"),  # a float
            (True, "days"),  # a bool
            ("1", "months"),  # a str
        ],
    )
    def test_shift_refuses_amounts_that_are_not_ints(self, amount: object, name: str) -> None:
        """An amount that is not an int raises InvalidArgumentError naming it."""
        with pytest.raises(InvalidArgumentError) as info:
            Span.day(2024, 1, 1).shift(**{name: amount})  # type: ignore[arg-type]
        assert info.value.argument == name

    def test_shift_of_an_open_start_moves_the_end(self) -> None:
        """A span open at the start stays open; its end moves (to a finer grain if need be)."""
        before_2024 = Span.between(None, date(2024, 1, 1))
        assert str(before_2024) == "../2023"
        assert str(before_2024.shift(months=1)) == "../2024-01"


def test_spans_have_no_order() -> None:
    """Spans define no <: intervals are not totally ordered."""
    with pytest.raises(TypeError):
        _ = Span.year(2023) < Span.year(2024)  # type: ignore[operator]


def test_sort_key_orders_by_start_then_end() -> None:
    """sort_key is the explicit display order: start, then end, open ends outermost."""
    spans = [Span.year(2024), Span.month(2024, 1), Span.between(None, date(2024, 1, 1))]
    assert [str(s) for s in sorted(spans, key=lambda s: s.sort_key)] == [
        "../2023",
        "2024-01",
        "2024",
    ]
