"""TimelineJS3 JSON and iCalendar of the seed chronology, read back by their consumers:
``json`` for TimelineJS and the ``icalendar`` package for RFC 5545."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import icalendar
import pytest

from chronos import Span, Timeline, render

#: Each event of the seed chronology: its calendar days [first, exclusive end), all-day.
DAYS = {
    "Toshakhana conviction": (date(2023, 8, 1), date(2023, 9, 1)),  # the month
    "Khan imprisoned": (date(2023, 8, 1), date(2024, 10, 26)),  # ongoing: to its earliest end
    "Sentencing in other cases": (date(2023, 8, 1), date(2024, 2, 9)),  # the possible range
    "General elections": (date(2024, 2, 8), date(2024, 2, 9)),  # one day
    "26th amendment passed": (date(2024, 10, 25), date(2024, 10, 26)),  # by: its last day
    "US lawmakers' letter to President Biden": (date(2024, 10, 25), date(2024, 10, 26)),
    "OHCHR statement on the amendment": (date(2024, 10, 25), date(2024, 10, 26)),
    "Foreign Office reaction to the letter": (date(2024, 10, 25), date(2024, 10, 26)),
    "Foreign Office rejects the OHCHR statement": (date(2024, 10, 25), date(2024, 10, 26)),
}


BRIEFING_END = datetime(2024, 10, 25, 12, 30)


def calendar_of(text: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(text)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


class TestICalendar:
    """The iCalendar file, parsed by the icalendar package."""

    def test_every_event_date_and_uid(self, seed: Timeline, table: render.Table) -> None:
        """One VEVENT per event, in order, all-day, with its days, summary and UID."""
        calendar = calendar_of(render.icalendar(seed))
        events = list(calendar.walk("VEVENT"))
        assert [str(e["SUMMARY"]) for e in events] == [r.label for r in table.rows]
        uids = [str(e["UID"]) for e in events]
        assert len(set(uids)) == len(uids)
        for event in events:
            label = str(event["SUMMARY"])
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            # all-day values are dates, never datetimes
            assert type(start) is date
            assert type(end) is date
            assert (start, end) == DAYS[label], label
            assert str(event["UID"]) == render.icalendar_uid(label)
            stamp = event.decoded("DTSTAMP")  # the reference, in UTC form: no clock read
            assert stamp.tzinfo is not None
            assert stamp.replace(tzinfo=None) == datetime(2024, 10, 25)

    def test_description_has_uncertainty_and_sources(self, seed: Timeline) -> None:
        """The description says when in words, the EDTF, the order and the sources."""
        calendar = calendar_of(render.icalendar(seed))
        text = {str(e["SUMMARY"]): str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")}
        prison = text["Khan imprisoned"].splitlines()
        assert prison[0] == "When: since Aug 2023, ongoing (EDTF 2023-08/..)"
        assert "Certainly going on from 1 Sep 2023 through 25 Oct 2024" in prison
        assert "Place in the order: uncertain among 2–3" in prison
        assert "Sources: statement 1, sentence 3" in prison
        assert "“held in prison since August 2023”" in prison
        letter = text["US lawmakers' letter to President Biden"]
        assert "When: by 25 Oct 2024 (EDTF ../2024-10-25)" in letter
        assert "shown on the last day it can fall on" in letter
        assert "Place in the order: certain" in text["Toshakhana conviction"]

    def test_uids_are_stable(self, example: object) -> None:
        """The same chronology built twice gives the same file, byte for byte."""
        build = example.build  # type: ignore[attr-defined]
        assert render.icalendar(build()) == render.icalendar(build())

    def test_lines_folded_and_crlf(self, seed: Timeline) -> None:
        """Every content line ends in CRLF and has at most 75 octets (RFC 5545 §3.1)."""
        text = render.icalendar(seed)
        assert text.endswith("\r\n")
        lines = text.split("\r\n")[:-1]
        assert all(len(line.encode("utf-8")) <= 75 for line in lines)
        assert "\n" not in text.replace("\r\n", "")

    def test_times_of_day_are_floating(self) -> None:
        """Bounds finer than a day give date-times with no zone (floating local time)."""
        tl = Timeline(reference="2024-10-25")
        tl.add("press briefing", when=Span.between(datetime(2024, 10, 25, 11), BRIEFING_END))
        (event,) = calendar_of(render.icalendar(tl)).walk("VEVENT")
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert (start, end) == (datetime(2024, 10, 25, 11), datetime(2024, 10, 25, 12, 30))
        assert start.tzinfo is None

    def test_undated_event_left_out(self) -> None:
        """An event nothing bounds has no place in a calendar."""
        tl = Timeline(reference="2024-10-25")
        tl.add("undated")
        tl.add("dated", when="in 2020")
        events = calendar_of(render.icalendar(tl)).walk("VEVENT")
        assert [str(e["SUMMARY"]) for e in events] == ["dated"]

    @pytest.mark.parametrize(
        "label",
        [
            "a, b; c",  # separators of iCalendar values
            "back\\slash",  # the escape character itself
            "ünïcödé " * 12,  # multi-byte characters across a fold
        ],
    )
    def test_text_escaped(self, label: str) -> None:
        """Labels with separators, backslashes and long non-ASCII text read back intact."""
        tl = Timeline(reference="2024-10-25")
        tl.add(label.strip(), when="in 2020")
        (event,) = calendar_of(render.icalendar(tl)).walk("VEVENT")
        assert str(event["SUMMARY"]) == label.strip()


class TestTimelineJS:
    """The TimelineJS3 document, read back with json."""

    def test_slides(self, seed: Timeline, table: render.Table) -> None:
        """One slide per event, in order: dates, display date, headline, text, unique id."""
        document = json.loads(render.timelinejs(seed))
        slides = document["events"]
        assert [s["text"]["headline"] for s in slides] == [
            r.label.replace("'", "&#x27;") for r in table.rows
        ]
        for slide, row in zip(slides, table.rows, strict=True):
            first, end = DAYS[row.label]
            last = end - timedelta(days=1)  # TimelineJS ends are inclusive
            assert slide["start_date"] == {
                "year": first.year,
                "month": first.month,
                "day": first.day,
            }
            assert slide["end_date"] == {"year": last.year, "month": last.month, "day": last.day}
            assert slide["display_date"] == row.when
            for quote in row.quotes:
                assert f"<p>“{quote}”</p>" in slide["text"]["text"]
        ids = [s["unique_id"] for s in slides]
        assert len(set(ids)) == len(ids)
        assert document["title"]["text"]["headline"] == "Chronology as of 25 October 2024"
        assert "off by 182 days" in document["title"]["text"]["text"]

    def test_html_escaped(self) -> None:
        """TimelineJS reads HTML: a label with markup is shown, not interpreted."""
        tl = Timeline(reference="2024-10-25")
        tl.add("<b>talks</b> & more", when="in 2020")
        (slide,) = json.loads(render.timelinejs(tl))["events"]
        assert slide["text"]["headline"] == "&lt;b&gt;talks&lt;/b&gt; &amp; more"

    def test_times_of_day(self) -> None:
        """Bounds finer than a day keep their hour, minute and second."""
        tl = Timeline(reference="2024-10-25")
        tl.add("press briefing", when=Span.between(datetime(2024, 10, 25, 11), BRIEFING_END))
        (slide,) = json.loads(render.timelinejs(tl))["events"]
        assert slide["start_date"] == {
            "year": 2024,
            "month": 10,
            "day": 25,
            "hour": 11,
            "minute": 0,
            "second": 0,
        }
        assert slide["end_date"]["hour"] == 12
        assert slide["end_date"]["minute"] == 30
