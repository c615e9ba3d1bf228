"""Window, Bounds and the three-valued Certainty."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronos import AmbiguousTruthError, Bounds, Certainty, InvalidArgumentError, Span, Window

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
        ],
    )
    def test_within(self, a: Window, span: Span, expected: Certainty) -> None:
        """within asks whether the moment falls in a span."""
        assert a.within(span) is expected

    def test_same(self) -> None:
        """same is certain only for two equal exact moments."""
        assert aug5.same(date(2023, 8, 5)) is C
        assert aug23.same(aug5) is P
        assert aug23.same(feb24) is NO

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
