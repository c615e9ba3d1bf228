"""Laws of failure: chronos returns a value or raises a ChronosError, never a bare error.

Every public constructor and method of the time model is called here with arguments of any
kind — ints far beyond the calendar, datetimes at its very edges, strings, None, objects of
the wrong type — and must either return or raise a :class:`chronos.ChronosError` subclass.
A bare ``ValueError``, ``TypeError``, ``OverflowError``, ``KeyError``, ``IndexError`` or
``AttributeError`` from chronos's internals fails the law.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import partial
from typing import Any, TypeVar

import pytest
from hypothesis import example, given, strategies as st

from chronos import (
    DEFAULT_POLICY,
    Bounds,
    Certainty,
    ChronosError,
    Duration,
    Grain,
    InvalidArgumentError,
    Part,
    Policy,
    Span,
    Window,
    floating,
)
from chronos.formats._edtf import EdtfDate, EdtfEnd, EdtfInterval, EdtfRange, EdtfSet, parse_edtf
from chronos.time._timex import Timex
from chronos.time._timex_value import MODS, TYPES

from .strategies import (
    any_ints,
    any_moments,
    anything,
    calendar_spans,
    calendar_windows,
    edtf_dates,
    grains,
)

T = TypeVar("T")


def outcome(call: Callable[[], T]) -> T | None:
    """The value of ``call()``, or None when it raised a ChronosError; anything else escapes."""
    try:
        return call()
    except ChronosError:
        return None


# Arguments for the named constructors: mostly ints (of any size), sometimes anything.
ints_or_anything = st.one_of(any_ints, any_ints, anything)
texts_or_anything = st.one_of(
    st.sampled_from(["summer", "WI", "fall", "evening", "NI", " morning "]),
    st.text(max_size=10),
    anything,
)

SPAN_CONSTRUCTORS: list[tuple[Callable[..., Span], list[st.SearchStrategy[Any]]]] = [
    (Span.second, [ints_or_anything] * 6),
    (Span.minute, [ints_or_anything] * 5),
    (Span.hour, [ints_or_anything] * 4),
    (Span.part_of_day, [ints_or_anything] * 3 + [texts_or_anything]),
    (Span.day, [ints_or_anything] * 3),
    (Span.week, [ints_or_anything] * 2),
    (Span.month, [ints_or_anything] * 2),
    (Span.quarter, [ints_or_anything] * 2),
    (Span.third, [ints_or_anything] * 2),
    (Span.half, [ints_or_anything] * 2),
    (Span.season, [ints_or_anything, texts_or_anything]),
    (Span.year, [ints_or_anything]),
    (Span.decade, [ints_or_anything]),
    (Span.century, [ints_or_anything]),
    (Span.of, [anything]),
]
PARSERS: list[Callable[[Any], object]] = [
    Span.parse,
    Window.parse,
    Duration.parse,
    Timex.parse,
    parse_edtf,
    EdtfDate.parse,
    EdtfInterval.parse,
    EdtfSet.parse,
    Grain.parse,
    Part.parse,
]
AMOUNT_NAMES = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")


# -- Span ---------------------------------------------------------------------------------


@given(moment=st.one_of(any_moments, anything), grain=st.one_of(grains, anything))
@example(moment=date(2024, 2, 8), grain="month")  # was a bare KeyError
@example(moment=None, grain=Grain.DAY)  # was a bare AssertionError
def test_span_unit_returns_or_raises_chronos_error_over_the_whole_calendar(
    moment: Any, grain: Any
) -> None:
    """Span.unit of any moment (years 1–9999, every grain) holds it or raises ChronosError."""
    span = outcome(lambda: Span.unit(moment, grain))
    if span is not None and isinstance(moment, datetime):
        assert span.start is not None
        assert span.end is not None
        assert span.start <= moment < span.end


@given(moment=any_moments, grain=grains)
def test_span_unit_anywhere_in_the_calendar_roundtrips_through_str(
    moment: datetime, grain: Grain
) -> None:
    """Every unit Span.unit gives, at the edges of the calendar too, parses back from str."""
    span = outcome(lambda: Span.unit(moment, grain))
    if span is not None:
        assert Span.parse(str(span)) == span


@pytest.mark.parametrize(
    ("constructor", "arguments"),
    SPAN_CONSTRUCTORS,
    ids=[constructor.__name__ for constructor, _ in SPAN_CONSTRUCTORS],
)
@given(data=st.data())
def test_span_named_constructors_return_or_raise_chronos_error(
    constructor: Callable[..., Span], arguments: list[st.SearchStrategy[Any]], data: st.DataObject
) -> None:
    """Span.day, Span.week, Span.season, … given any arguments return or raise ChronosError."""
    values = [data.draw(strategy) for strategy in arguments]
    outcome(lambda: constructor(*values))


@given(start=st.one_of(any_moments, anything), end=st.one_of(any_moments, anything))
def test_span_between_returns_or_raises_chronos_error(start: Any, end: Any) -> None:
    """Span.between of any two values, swapped ends included, returns or raises ChronosError."""
    outcome(lambda: Span.between(start, end))


@given(
    start=st.one_of(any_moments, anything),
    end=st.one_of(any_moments, anything),
    grain=st.one_of(grains, anything),
)
def test_span_constructor_returns_or_raises_chronos_error(start: Any, end: Any, grain: Any) -> None:
    """Span(start, end, grain) with any fields returns or raises ChronosError."""
    outcome(lambda: Span(start, end, grain))


@given(
    span=calendar_spans(),
    amounts=st.dictionaries(st.sampled_from(AMOUNT_NAMES), st.one_of(any_ints, anything)),
)
@example(span=Span.day(9998, 12, 31), amounts={"days": 365})  # was a bare OverflowError
def test_span_shift_returns_or_raises_chronos_error(span: Span, amounts: dict[str, Any]) -> None:
    """Shifting any span by any amounts, however huge, returns or raises ChronosError."""
    outcome(lambda: span.shift(**amounts))


@given(
    span=calendar_spans(),
    other=st.one_of(calendar_spans(), anything),
    part=st.one_of(st.sampled_from(list(Part)), st.text(max_size=8), anything),
    policy=st.one_of(st.none(), st.just(Policy()), anything),
)
@example(span=Span.year(2024), other=None, part="early", policy="x")  # was an AttributeError
def test_span_methods_return_or_raise_chronos_error_for_any_argument(
    span: Span, other: Any, part: Any, policy: Any
) -> None:
    """contains, overlaps, intersection, hull and narrow take any argument without a bare error."""
    outcome(lambda: span.contains(other))
    outcome(lambda: span.overlaps(other))
    outcome(lambda: span.intersection(other))
    outcome(lambda: span.hull(other))
    outcome(lambda: DEFAULT_POLICY.narrow(span, part))
    if isinstance(policy, Policy):
        outcome(lambda: policy.narrow(other, part))


@given(calendar_spans())
def test_every_span_has_a_str_and_a_repr(span: Span) -> None:
    """str() and repr() of any span, anywhere in the calendar, never raise."""
    assert str(span)
    assert repr(span)
    assert span.edtf == str(span)
    assert span.sort_key
    outcome(lambda: span.timex)


@given(text=anything)
@example(text=3)  # Grain.parse raised a bare AttributeError
def test_parsers_given_any_object_return_or_raise_chronos_error(text: Any) -> None:
    """Every parser given a non-str (or any str) returns or raises ChronosError."""
    for parser in PARSERS:
        outcome(partial(parser, text))


# -- Window and Bounds --------------------------------------------------------------------


@given(earliest=st.one_of(any_moments, anything), latest=st.one_of(any_moments, anything))
def test_window_constructors_return_or_raise_chronos_error(earliest: Any, latest: Any) -> None:
    """Window(…), Window.exactly and Window.of given anything return or raise ChronosError."""
    outcome(lambda: Window(earliest, latest))
    outcome(lambda: Window.exactly(earliest))
    outcome(lambda: Window.of(latest))


@given(a=any_moments, b=any_moments)
def test_window_with_swapped_ends_raises_invalid_argument_error(a: datetime, b: datetime) -> None:
    """A window whose latest instant is before its earliest is refused, naming ``latest``."""
    a, b = a.replace(microsecond=0), b.replace(microsecond=0)
    if a == b:
        return
    with pytest.raises(InvalidArgumentError) as info:
        Window(max(a, b), min(a, b))
    assert info.value.argument == "latest"


@given(window=calendar_windows(), other=st.one_of(calendar_windows(), any_moments, anything))
def test_window_methods_return_or_raise_chronos_error(window: Window, other: Any) -> None:
    """before, after, same and within given anything return or raise ChronosError."""
    outcome(lambda: window.before(other))
    outcome(lambda: window.after(other))
    outcome(lambda: window.same(other))
    outcome(lambda: window.within(other))


@given(window=calendar_windows(), span=calendar_spans())
@example(  # the span of a window ending at the last second was a bare OverflowError
    window=Window(datetime(2024, 1, 1), datetime(9999, 12, 31, 23, 59, 59)), span=Span.year(2024)
)
def test_every_window_has_a_span_and_a_str(window: Window, span: Span) -> None:
    """Any window, up to the last second datetime holds, has a span and a str; within works."""
    assert window.span.contains(window.span)
    assert str(window)
    assert isinstance(window.within(span), Certainty)


@given(start=st.one_of(calendar_windows(), anything), end=st.one_of(calendar_windows(), anything))
@example(  # the str of an instantaneous event known to the second raised
    start=Window.exactly(datetime(2024, 2, 8)), end=Window.exactly(datetime(2024, 2, 8))
)
def test_bounds_constructor_returns_or_raises_chronos_error(start: Any, end: Any) -> None:
    """Bounds of any two values returns or raises ChronosError; a Bounds made has a str."""
    bounds = outcome(lambda: Bounds(start, end))
    if bounds is not None:
        assert str(bounds)
        assert bounds.span.start == bounds.earliest_start


# -- Duration -----------------------------------------------------------------------------


@given(amounts=st.dictionaries(st.sampled_from(AMOUNT_NAMES), st.one_of(any_ints, anything)))
@example(amounts={"years": 10**30})  # was a bare OverflowError
def test_duration_of_returns_or_raises_chronos_error(amounts: dict[str, Any]) -> None:
    """Duration.of with any amounts, however huge, returns or raises ChronosError."""
    outcome(lambda: Duration.of(**amounts))


@given(
    minimum=st.one_of(st.timedeltas(), anything),
    maximum=st.one_of(st.none(), st.timedeltas(), anything),
    value=st.one_of(st.none(), st.sampled_from(["P1Y", "PXD", "PT2H"]), anything),
    mod=st.one_of(st.none(), st.sampled_from(MODS), anything),
)
@example(minimum=timedelta(0), maximum=None, value=123, mod=None)  # str() raised TypeError
@example(minimum=timedelta(0), maximum=None, value=None, mod=[])  # unknown() raised TypeError
def test_duration_constructors_return_or_raise_chronos_error(
    minimum: Any, maximum: Any, value: Any, mod: Any
) -> None:
    """Duration(…), Duration.between and Duration.unknown return or raise ChronosError."""
    duration = outcome(lambda: Duration(minimum, maximum, value, mod))
    if duration is not None:
        assert isinstance(str(duration), str)
        outcome(lambda: duration.timex)
    outcome(lambda: Duration.between(minimum, maximum))
    outcome(lambda: Duration.unknown(mod))


@given(
    bounds=st.lists(st.timedeltas(min_value=timedelta(0)), min_size=2, max_size=2),
    open_ended=st.booleans(),
    policy=st.one_of(st.none(), st.just(Policy(duration_approx=0.9)), anything),
    length=st.one_of(st.timedeltas(), anything),
)
@example(  # more_than and about overflowed with a bare OverflowError
    bounds=[timedelta.max, timedelta.max], open_ended=False, policy="x", length=None
)
def test_duration_methods_return_or_raise_chronos_error(
    bounds: list[timedelta], open_ended: bool, policy: Any, length: Any
) -> None:
    """The qualifiers, about, contains and timex of any duration return or raise ChronosError."""
    minimum, maximum = sorted(bounds)
    duration = Duration(minimum, None if open_ended else maximum)
    for qualify in (duration.more_than, duration.at_least, duration.less_than, duration.at_most):
        outcome(qualify)
    outcome(lambda: duration.about(policy))
    outcome(lambda: duration.contains(length))
    outcome(lambda: duration.timex)
    assert str(duration)


# -- Policy -------------------------------------------------------------------------------


@given(
    options=st.dictionaries(
        st.sampled_from(["month_thirds", "around_units", "day_first", "duration_approx"]),
        anything,
    )
)
def test_policy_options_of_any_type_return_or_raise_chronos_error(options: dict[str, Any]) -> None:
    """Policy(**options) with options of any type or value returns or raises ChronosError."""
    outcome(lambda: Policy(**options))


def _right_type(option: str, value: object) -> bool:
    """Whether ``value`` is of the type the Policy option takes (its range aside)."""
    if option == "month_thirds":
        return (
            isinstance(value, tuple)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        )
    if option == "day_first":
        return isinstance(value, bool)
    if option == "around_units":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@given(
    option=st.sampled_from(["month_thirds", "around_units", "day_first", "duration_approx"]),
    value=anything,
)
@example(option="day_first", value="yes")  # was accepted
@example(option="month_thirds", value=(True, 5))  # was accepted
def test_policy_refuses_an_option_of_the_wrong_type_naming_it(option: str, value: Any) -> None:
    """A Policy option of the wrong type raises InvalidArgumentError naming the option."""
    if _right_type(option, value):
        return
    with pytest.raises(InvalidArgumentError) as info:
        Policy(**{option: value})
    assert info.value.argument == option


@given(
    span=st.one_of(calendar_spans(), anything),
    part=st.one_of(st.sampled_from(list(Part)), anything),
    around=st.integers(min_value=1),
)
@example(span=Span.second(2024, 1, 1, 0, 0, 0), part=Part.AROUND, around=10**12)  # was a loop
def test_policy_narrow_returns_or_raises_chronos_error(span: Any, part: Any, around: int) -> None:
    """narrow of any span and part, "around" by any number of units, returns promptly."""
    vague = outcome(lambda: Policy(around_units=around).narrow(span, part))
    if vague is not None:
        assert str(vague.span)
        outcome(lambda: vague.timex)


# -- Timex --------------------------------------------------------------------------------


@given(
    kind=st.one_of(st.sampled_from(TYPES), anything),
    value=st.one_of(
        st.text(alphabet="0123456789-WQHXPYMDT:ZSUFAEVNIO_R+.", max_size=16),
        st.text(max_size=12),
        anything,
    ),
    mod=st.one_of(st.none(), st.sampled_from(MODS), anything),
    freq=st.one_of(st.none(), st.sampled_from(["2X", "1D"]), anything),
    quant=st.one_of(st.none(), st.just("EVERY"), anything),
)
def test_timex_returns_or_raises_chronos_error(
    kind: Any, value: Any, mod: Any, freq: Any, quant: Any
) -> None:
    """Timex(…) with any attributes returns or raises ChronosError; one made has its views."""
    timex = outcome(lambda: Timex(kind, value, mod, freq=freq, quant=quant))
    if timex is not None:
        outcome(lambda: Span.from_timex(timex))
        assert Timex.parse(str(timex)) == timex
        assert repr(timex)
        assert timex.has_unknown_digits in (True, False)
        assert timex.is_reference in (True, False)


@given(span=st.one_of(calendar_spans(), anything))
def test_span_timex_conversions_return_or_raise_chronos_error(span: Any) -> None:
    """span.timex of any span, anywhere in the calendar, and Span.from_timex of anything
    return or raise ChronosError."""
    if isinstance(span, Span):
        outcome(lambda: span.timex)
    outcome(lambda: Span.from_timex(span))


# -- EDTF ---------------------------------------------------------------------------------

two_chars = st.one_of(st.none(), st.text(alphabet="0123456789X", min_size=2, max_size=2), anything)


@given(
    year=st.one_of(st.text(alphabet="0123456789X-Y", max_size=8), anything),
    month=two_chars,
    day=two_chars,
    time=st.one_of(st.none(), st.just("10:10:10"), anything),
    zone=st.one_of(st.none(), st.sampled_from(["Z", "+04:30"]), anything),
    exponent=st.one_of(st.none(), any_ints, anything),
    significant=st.one_of(st.none(), any_ints, anything),
    qualifiers=st.lists(
        st.one_of(st.sampled_from([None, "?", "~", "%"]), anything), min_size=3, max_size=3
    ),
)
def test_edtf_date_returns_or_raises_chronos_error(
    year: Any,
    month: Any,
    day: Any,
    time: Any,
    zone: Any,
    exponent: Any,
    significant: Any,
    qualifiers: list[Any],
) -> None:
    """EdtfDate(…) with any components returns or raises ChronosError; one made has a span."""
    date = outcome(
        lambda: EdtfDate(
            year,
            month,
            day,
            time=time,
            zone=zone,
            exponent=exponent,
            significant=significant,
            year_qualifier=qualifiers[0],
            month_qualifier=qualifiers[1],
            day_qualifier=qualifiers[2],
        )
    )
    if date is not None:
        assert EdtfDate.parse(str(date)) == date
        assert date.level in (0, 1, 2)
        outcome(lambda: date.span)


ends = st.one_of(edtf_dates(), st.sampled_from(list(EdtfEnd)), st.none(), anything)


@given(start=ends, end=ends, members=st.one_of(st.lists(ends, max_size=3), anything))
def test_edtf_interval_range_and_set_return_or_raise_chronos_error(
    start: Any, end: Any, members: Any
) -> None:
    """EdtfInterval, EdtfRange and EdtfSet of any parts return or raise ChronosError."""
    for build in (
        lambda: EdtfInterval(start, end),
        lambda: EdtfRange(start, end),
        lambda: EdtfSet(members),
        lambda: EdtfSet([EdtfRange(start, end)]),
    ):
        value = outcome(build)
        if value is not None and not isinstance(value, EdtfRange):
            assert parse_edtf(str(value)) == value
            outcome(partial(getattr, value, "span"))


@given(
    moment=st.one_of(any_moments, st.datetimes(timezones=st.timezones()), anything),
    zone=st.one_of(st.none(), st.timezones(), st.sampled_from(["Asia/Karachi", "UTC"]), anything),
)
@example(moment=datetime(1, 1, 1, tzinfo=timezone.utc), zone="America/New_York")  # year 0
@example(moment=datetime(2024, 1, 1, tzinfo=timezone.utc), zone=5)  # was a bare TypeError
def test_floating_returns_or_raises_chronos_error(moment: Any, zone: Any) -> None:
    """floating of any moment in any zone, at the edges of the calendar too, returns a naive
    datetime or raises ChronosError."""
    result = outcome(lambda: floating(moment, zone))
    if result is not None:
        assert result.tzinfo is None


# -- Grain --------------------------------------------------------------------------------


@given(grain=grains, other=st.one_of(grains, anything))
@example(grain=Grain.DAY, other="day")  # was a bare KeyError
def test_grain_comparison_returns_or_raises_chronos_error(grain: Grain, other: Any) -> None:
    """Grain.is_finer_than given anything returns or raises ChronosError."""
    outcome(lambda: grain.is_finer_than(other))
