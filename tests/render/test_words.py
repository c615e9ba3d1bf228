"""An event's time in words, read off its solved bounds (``render.describe_when``)."""

from __future__ import annotations

from datetime import datetime

import pytest

from chronos import Bounds, Span, Timeline, Window, render

D = datetime
REF_END = D(2024, 10, 26)  # the end of the reference day, 25 October 2024


def bounds(es: D | None, ls: D | None, ee: D | None, le: D | None) -> Bounds:
    return Bounds(Window(es, ls), Window(ee, le))


class TestDescribeWhen:
    """Each row: the four bounds, and the words a reader expects."""

    @pytest.mark.parametrize(
        ("value", "words"),
        [
            (
                bounds(D(2023, 8, 1), D(2023, 8, 31, 23, 59, 59), D(2023, 8, 1), D(2023, 9, 1)),
                "August 2023",
            ),  # within one month: the month, in full
            (
                bounds(D(2024, 2, 8), D(2024, 2, 8, 23, 59, 59), D(2024, 2, 8), D(2024, 2, 9)),
                "8 February 2024",
            ),  # within one day
            (
                bounds(D(2020, 1, 1), D(2020, 12, 31), D(2020, 1, 2), D(2021, 1, 1)),
                "2020",
            ),  # within one year
            (
                bounds(D(2023, 8, 1), D(2024, 2, 8, 23, 59, 59), D(2023, 8, 1), D(2024, 2, 9)),
                "between 1 Aug 2023 and 8 Feb 2024",
            ),  # a range of days: its first and last day
            (
                bounds(D(2024, 1, 1), D(2024, 3, 31), D(2024, 1, 1), D(2024, 4, 1)),
                "between 1 Jan 2024 and 31 Mar 2024",
            ),  # a quarter is no named unit here
            (
                bounds(
                    D(2024, 2, 8, 9, 30),
                    D(2024, 2, 8, 9, 30),
                    D(2024, 2, 8, 9, 30),
                    D(2024, 2, 8, 9, 30),
                ),
                "8 Feb 2024 09:30",
            ),  # an instant known to the minute
            (
                bounds(
                    D(2024, 2, 8, 9), D(2024, 2, 8, 10), D(2024, 2, 8, 9), D(2024, 2, 8, 14, 30)
                ),
                "between 8 Feb 2024 09:00 and 8 Feb 2024 14:30",
            ),  # times of day kept
            (
                bounds(None, D(2024, 10, 25, 23, 59, 59), None, D(2024, 10, 26)),
                "by 25 Oct 2024",
            ),  # over by the end of the day: may fall on it
            (
                bounds(None, D(2024, 10, 22, 23, 59, 59), None, D(2024, 10, 23)),
                "by 22 Oct 2024",
            ),  # over by midnight of the 23rd: the 22nd at the latest
            (
                bounds(None, D(2024, 10, 25, 12), None, D(2024, 10, 25, 12)),
                "by 25 Oct 2024 12:00",
            ),  # over by noon
            (
                bounds(D(2023, 8, 1), D(2023, 8, 31, 23, 59, 59), REF_END, None),
                "since Aug 2023, ongoing",
            ),  # started that month, still going on
            (
                bounds(D(2023, 8, 3), D(2023, 8, 3, 23, 59, 59), D(2024, 11, 1), None),
                "since 3 Aug 2023, ongoing",
            ),  # started that day, going on past the reference
            (
                bounds(D(2023, 8, 3), D(2023, 9, 5, 23, 59, 59), REF_END, None),
                "started between 3 Aug 2023 and 5 Sep 2023, ongoing",
            ),  # a range of start days
            (
                bounds(D(2023, 8, 1), D(2023, 8, 31, 23, 59, 59), D(2023, 8, 1), None),
                "from Aug 2023 on",
            ),  # started that month, end unknown, may be over
            (
                bounds(D(2025, 4, 1), D(2025, 4, 1, 23, 59, 59), D(2025, 4, 2), None),
                "from 1 Apr 2025 on",
            ),  # starts after the reference: not ongoing, though not over by it either
            (
                bounds(D(2023, 8, 1), None, D(2023, 8, 1), None),
                "from 1 Aug 2023 on",
            ),  # only the earliest start is known
            (
                bounds(D(2023, 8, 3), D(2023, 9, 5), D(2023, 8, 3), None),
                "started between 3 Aug 2023 and 5 Sep 2023",
            ),  # a range of start days, not ongoing
            (bounds(None, None, None, None), "date unknown"),  # nothing is known
        ],
    )
    def test_words(self, value: Bounds, words: str) -> None:
        """The words name exactly the time the bounds leave open."""
        assert render.describe_when(value, reference_end=REF_END) == words

    def test_without_a_reference_nothing_is_ongoing(self) -> None:
        """With no reference, an open end is only "from … on"."""
        value = bounds(D(2023, 8, 1), D(2023, 8, 31, 23, 59, 59), REF_END, None)
        assert render.describe_when(value) == "from Aug 2023 on"


class TestFromTimeline:
    """Each row: what a statement said, and the words the table shows for it."""

    @pytest.mark.parametrize(
        ("when", "tense", "words"),
        [
            ("in August 2023", None, "August 2023"),  # a month
            ("on February 8", "past", "8 February 2024"),  # a year-less date, past tense
            ("since August 2023", None, "since Aug 2023, ongoing"),  # ongoing at the reference
            ("until March 2024", None, "by 31 Mar 2024"),  # ends in March: by its last day
            ("before March 2024", None, "by 29 Feb 2024"),  # over by March: leap day last
            ("after March 2024", None, "from 1 Apr 2024 on"),  # starts once March is over
            ("in 2022", None, "2022"),  # a year
            ("from March to May 2022", None, "between 1 Mar 2022 and 31 May 2022"),  # a range
        ],
    )
    def test_phrase(self, when: str, tense: str | None, words: str) -> None:
        """A fresh timeline with one event: the table's words for it."""
        tl = Timeline(reference="2024-10-25")
        tl.add("event", when=when, tense=tense)
        (row,) = render.table(tl).rows
        assert row.when == words

    def test_span(self) -> None:
        """A span given directly reads the same as its phrase."""
        tl = Timeline(reference="2024-10-25")
        tl.add("event", when=Span.month(2023, 8))
        assert render.table(tl).rows[0].when == "August 2023"
