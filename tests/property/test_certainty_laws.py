"""Laws of three-valued answers: Certainty, and Window's before / after / same / within."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import example, given, strategies as st

from chronos import Bounds, Certainty, Grain, Span, Window

from .strategies import dates, datetimes, spans, windows

certainties = st.sampled_from(list(Certainty))


# -- Certainty ----------------------------------------------------------------------------


@given(certainties)
def test_negate_is_an_involution(answer: Certainty) -> None:
    """Negating twice gives the answer back."""
    assert answer.negate().negate() is answer


@given(certainties)
def test_negation_is_possible_exactly_when_the_answer_is_not_certain(answer: Certainty) -> None:
    """The opposite may hold exactly when the answer is not certain, and is certain when the
    answer is impossible."""
    assert answer.negate().is_possible == (not answer.is_certain)
    assert answer.negate().is_certain == (not answer.is_possible)


@given(certain=st.booleans(), possible=st.booleans())
def test_certainty_of_agrees_with_its_views(certain: bool, possible: bool) -> None:
    """Certainty.of(certain, possible) is certain iff certain, possible iff either holds."""
    answer = Certainty.of(certain=certain, possible=possible)
    assert answer.is_certain == certain
    assert answer.is_possible == (certain or possible)


@given(certainties)
def test_certain_implies_possible(answer: Certainty) -> None:
    """What is certain is possible."""
    assert not answer.is_certain or answer.is_possible


# -- Window: order ------------------------------------------------------------------------


@given(windows(), windows())
def test_before_is_the_converse_of_after(a: Window, b: Window) -> None:
    """a.before(b) is b.after(a): converse symmetry of the three-valued order."""
    assert a.before(b) is b.after(a)
    assert a.after(b) is b.before(a)


@given(windows(), windows())
def test_certainly_before_makes_the_converse_impossible(a: Window, b: Window) -> None:
    """If a is certainly before b, b is certainly not before a (and not the same instant)."""
    if a.before(b).is_certain:
        assert b.before(a) is Certainty.IMPOSSIBLE
        assert a.same(b) is Certainty.IMPOSSIBLE


@given(windows())
def test_nothing_is_certainly_before_itself(a: Window) -> None:
    """A moment is never certainly before itself: before is irreflexive."""
    assert not a.before(a).is_certain


@given(windows(), windows())
def test_same_is_symmetric(a: Window, b: Window) -> None:
    """a.same(b) is b.same(a)."""
    assert a.same(b) is b.same(a)


@given(datetimes, datetimes)
def test_exact_moments_are_totally_ordered(x: datetime, y: datetime) -> None:
    """For two moments known to the second, exactly one of before, same, after is certain
    and the other two are impossible."""
    a, b = Window.exactly(x), Window.exactly(y)
    answers = [a.before(b), a.same(b), a.after(b)]
    assert answers.count(Certainty.CERTAIN) == 1
    assert answers.count(Certainty.IMPOSSIBLE) == 2


@given(windows(), dates)
def test_a_date_is_compared_as_its_midnight(a: Window, day: date) -> None:
    """Comparing with a date is comparing with the exact window of its midnight."""
    midnight = Window.exactly(datetime(day.year, day.month, day.day))
    assert a.before(day) is a.before(midnight)
    assert a.after(day) is a.after(midnight)
    assert a.same(day) is a.same(midnight)


# -- Window: within -----------------------------------------------------------------------


@given(windows(), spans())
@example(Window(datetime(2024, 1, 1), None), Span(datetime(2023, 1, 1), None, Grain.YEAR))
def test_within_is_certain_exactly_when_the_span_contains_the_window(
    window: Window, span: Span
) -> None:
    """window.within(span) is CERTAIN iff span.contains(window.span)."""
    assert window.within(span).is_certain == span.contains(window.span)


@given(windows(), spans())
def test_within_is_possible_exactly_when_the_span_overlaps_the_window(
    window: Window, span: Span
) -> None:
    """window.within(span) is possible iff span.overlaps(window.span)."""
    assert window.within(span).is_possible == span.overlaps(window.span)


@given(spans())
def test_the_window_of_a_span_is_certainly_within_it(span: Span) -> None:
    """Every instant of a span lies inside it."""
    assert Window.of(span).within(span) is Certainty.CERTAIN


# -- Window: text, and Bounds -------------------------------------------------------------


@given(windows())
def test_window_str_parse_roundtrip(window: Window) -> None:
    """Window.parse(str(w)) == w."""
    assert Window.parse(str(window)) == window


@given(windows())
def test_window_span_holds_exactly_its_instants(window: Window) -> None:
    """The window of a window's span is the window itself."""
    assert Window.of(window.span) == window


@given(windows(), windows())
def test_bounds_span_runs_from_earliest_start_to_latest_end(start: Window, end: Window) -> None:
    """The span of Bounds starts at the earliest start and ends at the latest end (or holds
    the one second of an instantaneous event)."""
    if end.latest is not None and start.earliest is not None and end.latest < start.earliest:
        return  # not an event: refused by Bounds
    span = Bounds(start, end).span
    assert span.start == start.earliest
    if end.latest is not None and end.latest == start.earliest:
        assert span == Span.unit(end.latest, Grain.SECOND)
    else:
        assert span.end == end.latest
