"""Laws of EDTF: canonical strings round-trip, spans are hulls, and Span.parse agrees."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given, strategies as st

from chronos import InvalidArgumentError, ParseError, Span
from chronos.formats._edtf import (
    Edtf,
    EdtfDate,
    EdtfInterval,
    EdtfRange,
    EdtfSet,
    parse_edtf,
)

from .strategies import edtf_dates, edtf_intervals, edtf_sets, edtfs, spans

# Text near EDTF, so the fuzzing reaches past the first character.
near_edtf = st.text(alphabet="0123456789-/.,[]{}XYESTZ:+?~%", max_size=28)


def _span_or_none(value: Edtf | EdtfRange) -> Span | None:
    """The value's span, or None when it reaches outside chronos's years."""
    try:
        if isinstance(value, EdtfRange):
            ends = [d.span for d in (value.start, value.end) if d is not None]
            return ends[0].hull(ends[-1])
        return value.span
    except InvalidArgumentError:
        return None


@given(spans())
def test_span_str_parse_roundtrip(span: Span) -> None:
    """Span.parse(str(s)) == s for every span."""
    assert Span.parse(str(span)) == span


@given(edtf_dates())
def test_edtf_date_str_parse_roundtrip(date: EdtfDate) -> None:
    """EdtfDate.parse(str(d)) == d, and parse_edtf reads the same date."""
    assert EdtfDate.parse(str(date)) == date
    assert parse_edtf(str(date)) == date


@given(edtf_intervals())
def test_edtf_interval_str_parse_roundtrip(interval: EdtfInterval) -> None:
    """EdtfInterval.parse(str(i)) == i, and parse_edtf reads the same interval."""
    assert EdtfInterval.parse(str(interval)) == interval
    assert parse_edtf(str(interval)) == interval


@given(edtf_sets())
def test_edtf_set_str_parse_roundtrip(value: EdtfSet) -> None:
    """EdtfSet.parse(str(s)) == s, and parse_edtf reads the same set."""
    assert EdtfSet.parse(str(value)) == value
    assert parse_edtf(str(value)) == value


@given(edtfs)
def test_edtf_repr_evaluates_to_itself(value: Edtf) -> None:
    """repr(v) is code that rebuilds v."""
    names = {"EdtfDate": EdtfDate, "EdtfInterval": EdtfInterval, "EdtfSet": EdtfSet}
    assert eval(repr(value), names) == value  # noqa: S307 - our own repr


@given(edtfs)
def test_edtf_str_is_canonical(value: Edtf) -> None:
    """Formatting what was parsed gives the same string back."""
    text = str(value)
    assert str(parse_edtf(text)) == text


@given(edtfs)
def test_parse_edtf_agrees_with_span_parse_on_edtf_strings(value: Edtf) -> None:
    """Where Span.parse also reads an EDTF string, both give the same span."""
    text = str(value)
    try:
        expected = Span.parse(text)
    except ParseError:
        return
    assert value.span == expected


@given(spans())
def test_parse_edtf_agrees_with_span_parse_on_span_strings(span: Span) -> None:
    """Where parse_edtf also reads a span's string, its span is that span."""
    try:
        value = parse_edtf(str(span))
    except ParseError:
        return
    assert value.span == span


@given(edtf_dates())
def test_qualifiers_do_not_change_the_span(date: EdtfDate) -> None:
    """A date's span is the same with or without its qualifiers."""
    plain = attrs.evolve(date, year_qualifier=None, month_qualifier=None, day_qualifier=None)
    assert _span_or_none(date) == _span_or_none(plain)


@given(edtf_dates())
def test_edtf_date_span_is_unit_or_hull_of_its_digits(date: EdtfDate) -> None:
    """A date without X or S digits denotes exactly one unit; with them, a wider hull."""
    span = _span_or_none(date)
    if span is None:
        return
    if not date.has_unspecified_digits and date.significant is None:
        assert span.is_unit


@given(edtf_intervals())
def test_edtf_interval_span_runs_from_earliest_start_to_latest_end(interval: EdtfInterval) -> None:
    """An interval's span starts with its start's span and ends with its end's; else open."""
    span = _span_or_none(interval)
    if span is None:
        return
    start = _span_or_none(interval.start) if isinstance(interval.start, EdtfDate) else None
    end = _span_or_none(interval.end) if isinstance(interval.end, EdtfDate) else None
    assert span.start == (None if start is None else start.start)
    assert span.end == (None if end is None else end.end)


@given(edtf_sets())
def test_edtf_set_span_contains_its_members(value: EdtfSet) -> None:
    """A set's span contains the span of each of its members."""
    span = _span_or_none(value)
    if span is None:
        return
    for member in value.members:
        inner = _span_or_none(member)
        assert inner is not None
        assert span.contains(inner)


@given(edtfs)
def test_edtf_level_is_between_0_and_2(value: Edtf) -> None:
    """Every value has a level 0, 1 or 2, and a set is level 2."""
    assert value.level in (0, 1, 2)
    if isinstance(value, EdtfSet):
        assert value.level == 2


PARSERS: list[tuple[str, Callable[[str], object]]] = [
    ("parse_edtf", parse_edtf),
    ("EdtfDate.parse", EdtfDate.parse),
    ("EdtfInterval.parse", EdtfInterval.parse),
    ("EdtfSet.parse", EdtfSet.parse),
    ("Span.parse", Span.parse),
]


@pytest.mark.parametrize(("name", "parser"), PARSERS)
@given(text=st.one_of(st.text(max_size=40), near_edtf))
def test_edtf_parse_gives_value_or_parse_error_with_input(
    name: str, parser: Callable[[str], object], text: str
) -> None:
    """Any text gives a value or a ParseError whose message contains repr(text)."""
    try:
        parser(text)
    except ParseError as exc:
        assert repr(text) in str(exc), name  # noqa: PT017 - the law is about the message


@given(text=near_edtf)
def test_edtf_span_of_parsed_text_is_span_or_range_error(text: str) -> None:
    """A value read from any text has a span or says it is outside chronos's years."""
    try:
        value = parse_edtf(text)
    except ParseError:
        return
    try:
        value.span  # noqa: B018 - the property must not fail in any other way
    except InvalidArgumentError as exc:
        assert "years 1–9998" in str(exc)  # noqa: PT017 - the law is about the message
