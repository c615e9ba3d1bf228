"""Laws of the renderers: every format holds every event, and what reads back is the same.

Timelines here are random: events placed in random spans or left open, related at random
(so some claims conflict), with labels, sources and quotes in any characters a user may
type — separators of CSV, Markdown and iCalendar, quotes, line breaks, markup.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import datetime

import icalendar
from hypothesis import given, strategies as st

from chronos import Bounds, Provenance, Span, Timeline, Window, render
from tests.property.strategies import bounded_spans

#: Text a user may type, with every separator the formats must escape.
words = st.text(
    alphabet=st.sampled_from(list("abcxyz ÄŠ—“”'\",;|\\\n<>&:")),
    min_size=1,
    max_size=24,
).filter(lambda s: s.strip() != "")

RELATIONS = ("before", "after", "during", "overlaps", "meets")


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    """A small random timeline: some events dated, some related, some claims conflicting."""
    tl = Timeline(reference=draw(st.sampled_from(["2024-10-25", "1999-01-01T12:30"])))
    names = draw(st.lists(words.map(str.strip), min_size=1, max_size=7, unique=True))
    for name in names:
        when = draw(st.one_of(st.none(), bounded_spans()))
        source = draw(
            st.one_of(
                st.none(),
                words,
                st.builds(
                    Provenance,
                    statement=st.sampled_from(["1", "2"]),
                    sentence=st.integers(1, 9),
                    quote=words,
                ),
            )
        )
        tl.add(name, when=when, source=source, instant=draw(st.booleans()))
    for _ in range(draw(st.integers(0, 2 * len(names)))):
        a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
        if a != b:
            tl.relate(a, draw(st.sampled_from(RELATIONS)), b, source=draw(st.none() | words))
    return tl


def _unescaped_cells(line: str) -> list[str]:
    """The cells of a Markdown table row, split on pipes that are not escaped."""
    return re.split(r"(?<!\\)\|", line.strip())[1:-1]


@given(timelines())
def test_json_round_trip(tl: Timeline) -> None:
    """The chronology JSON reads back to an equal table, which writes the same text."""
    table = render.table(tl)
    text = render.json(tl)
    back = render.Table.from_json(text)
    assert back == table
    assert back.to_json() == text


@given(timelines())
def test_rows_are_the_events_in_runs(tl: Timeline) -> None:
    """One row per event, positions 1…n, and runs that tile the positions."""
    rows = render.table(tl).rows
    assert sorted(r.label for r in rows) == sorted(e.name for e in tl.events)
    assert [r.position for r in rows] == list(range(1, len(rows) + 1))
    for row in rows:
        first, last = row.run
        assert first <= row.position <= last
        assert all(rows[p - 1].run == row.run for p in range(first, last + 1))
        assert row.order.is_certain == (first == last)


@given(timelines())
def test_csv_reads_back(tl: Timeline) -> None:
    """The csv module reads one row per event, labels and instants intact."""
    table = render.table(tl)
    got = list(csv.DictReader(io.StringIO(render.csv(tl), newline="")))
    assert [g["label"] for g in got] == [r.label for r in table.rows]
    for g, row in zip(got, table.rows, strict=True):
        start = g["earliest_start"]
        assert (datetime.fromisoformat(start) if start else None) == row.earliest_start


@given(timelines())
def test_markdown_has_one_row_of_six_cells_per_event(tl: Timeline) -> None:
    """Pipes and line breaks in any text never break the Markdown table."""
    lines = render.markdown(tl).splitlines()
    rows = len(tl.events)
    body = lines[4 : 4 + rows]
    assert all(len(_unescaped_cells(line)) == 6 for line in body)
    assert len(lines) == 4 + rows or lines[4 + rows] == ""


@given(timelines())
def test_icalendar_reads_back(tl: Timeline) -> None:
    """icalendar parses the file; every dated event is there once, its summary intact."""
    table = render.table(tl)
    calendar = icalendar.Calendar.from_ical(render.icalendar(tl))
    events = list(calendar.walk("VEVENT"))
    dated = [r.label for r in table.rows if r.earliest_start or r.latest_end]
    assert [str(e["SUMMARY"]) for e in events] == dated
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:
        assert event.decoded("DTSTART") < event.decoded("DTEND")


@given(st.data())
def test_describe_when_names_every_bounds(data: st.DataObject) -> None:
    """Any bounds of a span have words; bounds inside one day, month or year name it."""
    span = data.draw(bounded_spans())
    assert span.start is not None
    assert span.end is not None
    whole = Bounds(Window.of(span), Window(span.start, span.end))
    words_ = render.describe_when(whole)
    assert words_
    if span.is_unit and span.grain.value in ("day", "month", "year"):
        assert "between" not in words_
    open_end = Bounds(Window.of(span), Window(span.start, None))
    assert render.describe_when(open_end).startswith(("from ", "started "))
    assert isinstance(Span.between(span.start, span.end), Span)


@given(timelines())
def test_timelinejs_has_every_dated_event(tl: Timeline) -> None:
    """TimelineJS reads one slide per dated event, its display date the row's words."""
    table = render.table(tl)
    slides = json.loads(render.timelinejs(tl))["events"]
    dated = [r for r in table.rows if r.earliest_start or r.latest_end]
    assert [s["display_date"] for s in slides] == [r.when for r in dated]
    assert [html.unescape(s["text"]["headline"]) for s in slides] == [r.label for r in dated]


@given(timelines())
def test_html_has_one_bar_per_event_and_no_raw_markup(tl: Timeline) -> None:
    """One bar per event, in order, and no text of the user's opens a tag of its own."""
    page = render.html(tl)
    positions = [int(p) for p in re.findall(r'class="bar[^"]*"[^>]*data-position="(\d+)"', page)]
    assert positions == list(range(1, len(tl.events) + 1))
    body = page[page.index("<body>") + len("<body>") : page.index("<script>")]
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", body))
    assert tags <= {
        "header",
        "h1",
        "h2",
        "p",
        "span",
        "div",
        "button",
        "main",
        "small",
        "blockquote",
        "pre",
        "section",
        "ul",
        "li",
    }
