"""Hypothesis strategies shared by every family of laws."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from chronos import Grain, Span

#: Years far enough from the edges of the representable range that shifting stays inside.
years = st.integers(min_value=1800, max_value=2200)
months = st.integers(min_value=1, max_value=12)
dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31))
datetimes = st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
grains = st.sampled_from(list(Grain))


@st.composite
def unit_spans(draw: st.DrawFn) -> Span:
    """One unit of any grain: a day, an ISO week, a quarter, a decade, …"""
    return Span.unit(draw(datetimes), draw(grains))


@st.composite
def bounded_spans(draw: st.DrawFn) -> Span:
    """A span of one or more whole units of a grain, both ends known."""
    first = draw(unit_spans())
    more = draw(st.integers(min_value=0, max_value=5))
    last = first
    for _ in range(more):
        assert last.end is not None
        last = Span.unit(last.end, first.grain)
    return first.hull(last)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """Any span, open ends included."""
    span = draw(bounded_spans())
    which = draw(st.sampled_from(["closed", "open start", "open end"]))
    if which == "open start":
        return Span(None, span.end, span.grain)
    if which == "open end":
        return Span(span.start, None, span.grain)
    return span


small_amounts = st.integers(min_value=-400, max_value=400)
timedeltas = st.integers(min_value=0, max_value=10**9).map(lambda s: timedelta(seconds=s))
