"""Window, Bounds and the three-valued Certainty."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import pytest

from chronos import AmbiguousTruthError, Bounds, Certainty, InvalidArgumentError, Span, Window


def wrong(value: object) -> Any:
    """``value`` unchanged, typed as anything: an argument of the wrong type, on purpose."""
    return value


C, P, NO = Certainty.CERTAIN, Certainty.POSSIBLE, Certainty.IMPOSSIBLE
aug23 = Window.of(Span.month(2023, 8))
feb24 = Window.of(Span.month(2024, 2))
since_aug = Window(datetime(2023, 8, 1), None)
aug5 = Window.exactly(date(2023, 8, 5))


class TestCertainty:
    @pytest.mark.parametrize("value", list(Certainty))
    def test_refuses_bool(self, value: Certainty) -> None:
        """bool() of any Certainty raises: three values do not collapse to two."""
        with pytest.raises(AmbiguousTruthError):
            bool(value)

    @pytest.mark.parametrize(
        ("value", "certain", "possible", "negated"),
        [
            (C, True, True, NO),  # certain is possible; its negation impossible
            (P, False, True, P),  # possible either way
            (NO, False, False, C),  # impossible; its negation certain
        ],
    )
    def test_views(
        self, value: Certainty, certain: bool, possible: bool, negated: Certainty
    ) -> None:
        """is_certain, is_possible and negate."""
        assert (value.is_certain, value.is_possible, value.negate()) == (
            certain,
            possible,
            negated,
        )


class TestWindow:
    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            (aug23, feb24, C),  # a month before another
            (feb24, aug23, NO),  # the converse
            (aug23, aug23, P),  # two unknown moments in one month: either order
            (aug5, aug23, P),  # a known day inside a month
            (since_aug, feb24, P),  # open end: may be before February
            (aug5, aug5, NO),  # a moment is not before itself
        ],
    )
    def test_before(self, a: Window, b: Window, expected: Certainty) -> None:
        """before is three-valued: certain, possible or impossible."""
        assert a.before(b) is expected
        assert b.after(a) is expected

    @pytest.mark.parametrize(
        ("a", "span", "expected"),
        [
            (aug5, Span.month(2023, 8), C),  # a day in its month
            (aug23, Span.year(2023), C),  # a month in its year
            (aug23, Span.day(2023, 8, 5), P),  # somewhere in August: maybe that day
            (aug23, Span.month(2023, 9), NO),  # not in another month
            (since_aug, Span.year(2023), P),  # open: maybe in 2023
            (since_aug, Span.between(date(2023, 1, 1), None), C),  # open in an open span
            (Window(None, datetime(2020, 1, 1)), Span.between(None, date(2021, 1, 1)), C),
            # ^ open at the start, in a span open at the start
            (Window(None, None), Span.between(None, None), C),  # anything lies in all of time
            (Window(None, None), Span.year(2023), P),  # an unknown moment: maybe in 2023
        ],
    )
    def test_within(self, a: Window, span: Span, expected: Certainty) -> None:
        """within asks whether the moment falls in a span."""
        assert a.within(span) is expected

    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            (aug5, date(2023, 8, 5), C),  # the same exact moment, given as a date
            (aug23, aug5, P),  # somewhere in August: maybe that moment
            (aug23, feb24, NO),  # disjoint windows
            (since_aug, feb24, P),  # open end reaches February
            (feb24, since_aug, P),  # the converse
            (Window(None, datetime(2023, 1, 1)), since_aug, NO),  # open start, still disjoint
            (since_aug, since_aug, P),  # an open window is never known to the second
        ],
    )
    def test_same(self, a: Window, b: Window | date, expected: Certainty) -> None:
        """same is certain only for two equal exact moments, impossible for disjoint windows."""
        assert a.same(b) is expected

    @pytest.mark.parametrize(
        ("window", "text"),
        [
            (Window(datetime(2024, 1, 1), datetime(9999, 12, 31, 23, 59, 59)), "2024/.."),
            # ^ reaches the last second datetime holds: no exclusive end, so open
            (Window.exactly(datetime(2024, 2, 8, 9, 30)), "2024-02-08T09:30:00"),  # one second
            (Window(None, datetime(2023, 12, 31, 23, 59, 59)), "../2023"),  # open start
        ],
    )
    def test_span_is_the_smallest_holding_every_instant(self, window: Window, text: str) -> None:
        """A window's span holds all its instants; at the end of the calendar it is open."""
        assert str(window.span) == text

    @pytest.mark.parametrize(
        ("make", "argument"),
        [
            (lambda: Window(wrong(date(2024, 1, 1)), None), "earliest"),  # a date is not an instant
            (lambda: Window(datetime(2024, 1, 1, tzinfo=timezone.utc), None), "earliest"),
            # ^ aware: convert it with chronos.floating first
            (lambda: Window(None, datetime(2024, 1, 1, 0, 0, 0, 5)), "latest"),  # microseconds
            (lambda: Window.of(wrong(date(2024, 1, 1))), "span"),  # of takes a Span
            (lambda: Window.exactly(wrong("2024-01-01")), "moment"),  # a str is not a moment
            (lambda: Window.exactly(datetime(2024, 1, 1, tzinfo=timezone.utc)), "moment"),
            # ^ aware
            (lambda: aug23.before(wrong("2024")), "other"),  # a str is not a moment
            (lambda: aug23.within(wrong(aug5)), "span"),  # within takes a Span, not a Window
        ],
    )
    def test_bad_arguments_name_the_argument(self, make: object, argument: str) -> None:
        """A bad argument raises InvalidArgumentError naming that argument."""
        with pytest.raises(InvalidArgumentError) as info:
            make()  # type: ignore[operator]
        assert info.value.argument == argument

    def test_exactly_takes_a_date_as_its_midnight(self) -> None:
        """Window.exactly(date) is the midnight that starts the day."""
        assert Window.exactly(date(2023, 8, 5)) == Window.exactly(datetime(2023, 8, 5))

    def test_str_and_parse(self) -> None:
        """A window prints as the EDTF of the span it covers and parses back."""
        assert str(aug23) == "2023-08"
        assert str(since_aug) == "2023-08/.."
        assert Window.parse("2023-08") == aug23

    def test_latest_before_earliest_is_refused(self) -> None:
        """A window cannot end before it starts."""
        with pytest.raises(InvalidArgumentError, match="latest"):
            Window(datetime(2024, 1, 2), datetime(2024, 1, 1))


class TestBounds:
    def test_views_and_str(self) -> None:
        """Bounds expose the four endpoint limits and print the hull of the event."""
        b = Bounds(
            Window.of(Span.month(2023, 8)), Window(datetime(2023, 8, 5), datetime(2024, 2, 8))
        )
        assert b.earliest_start == datetime(2023, 8, 1)
        assert b.latest_start == datetime(2023, 8, 31, 23, 59, 59)
        assert b.earliest_end == datetime(2023, 8, 5)
        assert b.latest_end == datetime(2024, 2, 8)
        assert str(b) == "2023-08-01/2024-02-07"

    def test_ongoing(self) -> None:
        """An event that may still go on has an open latest end."""
        b = Bounds(Window.of(Span.month(2023, 8)), Window(datetime(2023, 8, 1), None))
        assert str(b) == "2023-08/.."

    @pytest.mark.parametrize(
        ("start", "end", "text"),
        [
            (aug5, aug5, "2023-08-05T00:00:00"),  # an instant known to the second: that second
            (aug5, Window(datetime(2023, 8, 5), None), "2023-08-05/.."),  # may still go on
            (Window(None, None), Window(None, None), "../.."),  # nothing known
        ],
    )
    def test_instantaneous_events(self, start: Window, end: Window, text: str) -> None:
        """An event whose end may be its start has a span and a str (no empty span)."""
        assert str(Bounds(start, end)) == text

    @pytest.mark.parametrize(
        ("start", "end", "argument"),
        [
            (aug23, "2023-08", "end"),  # not a Window
            (Span.month(2023, 8), aug23, "start"),  # a Span, not a Window
            (feb24, aug23, "end"),  # over before it can start
        ],
    )
    def test_bad_bounds_name_the_argument(self, start: object, end: object, argument: str) -> None:
        """Bounds refuses a non-Window and an end that is surely before the start."""
        with pytest.raises(InvalidArgumentError) as info:
            Bounds(start, end)  # type: ignore[arg-type]
        assert info.value.argument == argument


def test_bounds_over_by_the_first_instant_print_that_second() -> None:
    """An event over by 0001-01-01T00:00 with no known start is held by that second."""
    b = Bounds(Window(None, None), Window(None, datetime(1, 1, 1)))
    assert str(b) == "../0001-01-01T00:00:00"
