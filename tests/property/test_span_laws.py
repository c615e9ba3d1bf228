"""Laws of Span: set operations and calendar shifting."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import assume, given, strategies as st

from chronos import Grain, InvalidArgumentError, Span
from chronos.time import _calendar as cal

from .strategies import bounded_spans, datetimes, grains, small_amounts, spans, unit_spans


@given(spans(), spans())
def test_intersection_commutative(a: Span, b: Span) -> None:
    """a ∩ b and b ∩ a hold the same instants."""
    ab, ba = a.intersection(b), b.intersection(a)
    assert (ab is None) == (ba is None)
    if ab is not None and ba is not None:
        assert (ab.start, ab.end) == (ba.start, ba.end)


@given(spans(), spans(), spans())
def test_intersection_associative(a: Span, b: Span, c: Span) -> None:
    """(a ∩ b) ∩ c and a ∩ (b ∩ c) hold the same instants."""
    ab = a.intersection(b)
    bc = b.intersection(c)
    left = None if ab is None else ab.intersection(c)
    right = None if bc is None else a.intersection(bc)
    assert (left is None) == (right is None)
    if left is not None and right is not None:
        assert (left.start, left.end) == (right.start, right.end)


@given(spans())
def test_hull_idempotent(a: Span) -> None:
    """The hull of a span with itself is that span."""
    assert a.hull(a) == a


@given(spans(), spans())
def test_hull_contains_both(a: Span, b: Span) -> None:
    """The hull of two spans contains each of them."""
    h = a.hull(b)
    assert h.contains(a)
    assert h.contains(b)


@given(spans(), spans())
def test_contains_implies_overlaps(a: Span, b: Span) -> None:
    """A span that contains another overlaps it."""
    if a.contains(b):
        assert a.overlaps(b)


@given(spans(), spans())
def test_overlaps_symmetric(a: Span, b: Span) -> None:
    """Overlap is symmetric, and it is exactly a non-empty intersection."""
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(b) == (a.intersection(b) is not None)


@given(bounded_spans(), small_amounts)
def test_shift_days_inverse(a: Span, days: int) -> None:
    """Shifting by +n days then −n days gives the span back (days never clamp)."""
    assume(a.grain.rank <= Span.day(2000, 1, 1).grain.rank)
    assert a.shift(days=days).shift(days=-days) == a


@given(bounded_spans(), small_amounts)
def test_shift_months_inverse_where_the_calendar_allows(a: Span, months: int) -> None:
    """Shifting by +n then −n months returns the span when no day of the month is clamped."""
    assert a.start is not None
    assume(a.start.day <= 28)
    back = a.shift(months=months).shift(months=-months)
    assert back.start == a.start


@given(unit_spans())
def test_repr_evaluates_to_itself(a: Span) -> None:
    """repr(s) is code that builds s: a named constructor, or Span.parse of its string."""
    assert eval(repr(a), {"Span": Span}) == a  # noqa: S307 - our own repr


@given(datetimes, grains, st.integers(min_value=-30, max_value=30))
def test_advancing_by_n_units_is_n_steps(moment: datetime, grain: Grain, units: int) -> None:
    """Moving a unit's start by n units at once lands where n single steps do, and leaves
    the calendar exactly when they do."""
    start = cal.floor(moment, grain)
    stepped = start
    try:
        for _ in range(abs(units)):
            if units > 0:
                stepped = cal.following(stepped, grain)
            else:
                stepped = cal.floor(stepped - timedelta(seconds=1), grain)
    except (InvalidArgumentError, OverflowError):
        with pytest.raises(InvalidArgumentError):
            cal.advance(start, grain, units)
        return
    assert cal.advance(start, grain, units) == stepped
