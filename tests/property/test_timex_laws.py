"""Laws of Timex: its compact form round-trips, and it maps spans to values and back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from hypothesis import assume, given, strategies as st

from chronos import Grain, InvalidArgumentError, ParseError, Span
from chronos.time._timex import Timex

from .strategies import bounded_spans, datetimes, grains, spans, timexes, unit_spans

_THIRD_OF = {"START": 1, "MID": 2, "END": 3}

# Text near the compact form, so the fuzzing reaches past the type.
near_timex = st.builds(
    lambda kind, value, rest: f"{kind} {value}{rest}",
    st.sampled_from(["DATE", "TIME", "DURATION", "SET", "date"]),
    st.text(alphabet="0123456789-WQHXPYMDT:ZSUFAEVNIO_R+", max_size=16),
    st.text(alphabet=" STARTMIDENfrq=2XEVY", max_size=12),
)


@given(timexes())
def test_timex_str_parse_roundtrip(timex: Timex) -> None:
    """Timex.parse(str(t)) == t for every valid timex."""
    assert Timex.parse(str(timex)) == timex


@given(timexes())
def test_timex_repr_evaluates_to_itself(timex: Timex) -> None:
    """repr(t) is code that rebuilds t."""
    assert eval(repr(timex), {"Timex": Timex}) == timex  # noqa: S307 - our own repr


@given(unit_spans())
def test_span_timex_span_roundtrip_on_unit_spans(span: Span) -> None:
    """Span.from_timex(s.timex) == s for a unit of every grain but a third or a minute hh:00."""
    assume(span.grain is not Grain.THIRD)
    assume(not (span.grain is Grain.MINUTE and span.start is not None and span.start.minute == 0))
    assert Span.from_timex(span.timex) == span


@given(datetimes.map(lambda d: Span.unit(d, Grain.THIRD)))
def test_span_timex_of_third_is_its_year_with_mod(span: Span) -> None:
    """A third of a year is written as its year with mod START, MID or END."""
    timex = span.timex
    assert timex.mod is not None
    back = Span.from_timex(timex)
    assert back is not None
    assert back.start is not None
    assert Span.third(back.start.year, _THIRD_OF[timex.mod]) == span


@given(datetimes.map(lambda d: Span.unit(d.replace(minute=0), Grain.MINUTE)))
def test_span_timex_of_minute_on_the_hour_reads_back_as_its_hour(span: Span) -> None:
    """The minute hh:00 is written like its hour, so it reads back as that hour."""
    assert span.start is not None
    assert Span.from_timex(span.timex) == Span.unit(span.start, Grain.HOUR)


@given(bounded_spans())
def test_span_timex_contains_span(span: Span) -> None:
    """The value of a bounded span is a unit that contains it (or none crosses a century)."""
    try:
        timex = span.timex
    except InvalidArgumentError:
        assert span.start is not None
        assert not Span.unit(span.start, Grain.CENTURY).contains(span)
        return
    back = Span.from_timex(timex)
    assert back is not None
    if timex.mod in _THIRD_OF:
        assert back.start is not None
        back = Span.third(back.start.year, _THIRD_OF[timex.mod])
    assert back.contains(span)


@given(spans())
def test_timex_from_open_span_names_its_known_end(span: Span) -> None:
    """An open-ended span is its known end's unit with ON_OR_AFTER or ON_OR_BEFORE."""
    assume(span.start is None or span.end is None)
    timex = span.timex
    grain = Grain.MONTH if span.grain is Grain.THIRD else span.grain
    if span.start is not None:
        unit = Span.unit(span.start, grain)
        assert timex.mod == "ON_OR_AFTER"
    else:
        assert span.end is not None
        unit = Span.unit(span.end - timedelta(seconds=1), grain)
        assert timex.mod == "ON_OR_BEFORE"
    assert timex.value == unit.timex.value
    back = Span.from_timex(timex)
    assert back is not None
    assert back.contains(unit)


@given(datetimes, grains)
def test_span_timex_reads_back_from_its_string(moment: datetime, grain: Grain) -> None:
    """The timex of any unit is well formed: its string form parses back to it."""
    span = Span.unit(moment, grain)
    assert Timex.parse(str(span.timex)) == span.timex


PARSERS: list[tuple[str, Callable[[str], object]]] = [
    ("Timex.parse", Timex.parse),
    ("Span.parse", Span.parse),
]


@pytest.mark.parametrize(("name", "parser"), PARSERS)
@given(text=st.one_of(st.text(max_size=40), near_timex))
def test_timex_parse_gives_value_or_parse_error_with_input(
    name: str, parser: Callable[[str], object], text: str
) -> None:
    """Any text gives a timex or a ParseError whose message contains repr(text)."""
    try:
        parser(text)
    except ParseError as exc:
        assert repr(text) in str(exc), name  # noqa: PT017 - the law is about the message


@given(text=st.text(alphabet="0123456789-WQHXPYMDT:ZSUFAEVNIO_R+.", max_size=20))
def test_timex_value_gives_timex_or_parse_error(text: str) -> None:
    """A malformed value raises ParseError showing it; a valid one has a span or None."""
    for kind in ("DATE", "DURATION", "SET"):
        try:
            timex = Timex(kind, text)
        except ParseError as exc:
            assert repr(text) in str(exc)  # noqa: PT017 - the law is about the message
        else:
            try:
                Span.from_timex(timex)
            except InvalidArgumentError as exc:
                assert "years 1–9998" in str(exc)  # noqa: PT017 - the law is about the message
