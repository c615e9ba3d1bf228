"""A range from a day to a clock time with no day of its own ("Friday until 5 pm") ends
at that clock time on that day, not on the DCT's (docs/extraction.md, "Extents follow
TimeML"). All sentences and phrases are written for these tests; the DCT is Wednesday 23
October 2024."""

from __future__ import annotations

import pytest

from chronos import extract, parse

DCT = "2024-10-23"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a weekday ahead in a future clause, then "until" and a clock time: both that Saturday
        (
            "The bridge will stay shut Saturday until 4 p.m.",
            [("Saturday", "DATE 2024-10-26"), ("4 p.m.", "TIME 2024-10-26T16:00")],
        ),
        # a weekday in a past clause: the clock time is on the past Monday
        (
            "The depot closed Monday until noon.",
            [("Monday", "DATE 2024-10-21"), ("noon", "TIME 2024-10-21T12:00")],
        ),
        # "from" a weekday "until" a clock time, past
        (
            "The road was shut from Sunday until 6 a.m.",
            [("Sunday", "DATE 2024-10-20"), ("6 a.m.", "TIME 2024-10-20T06:00")],
        ),
        # a relative day keeps working as before
        (
            "Polls are open tomorrow until 8 pm.",
            [("tomorrow", "DATE 2024-10-24"), ("8 pm", "TIME 2024-10-24T20:00")],
        ),
    ],
)
def test_day_until_clock(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found


def test_day_until_clock_span() -> None:
    # the range runs from the start of that Friday to 17:00 on it
    e = parse("Friday until 5 pm", reference=DCT, tense="future")
    assert str(e.span) == "2024-10-25T00:00/2024-10-25T17:00"
    assert [str(p.span) for p in e.parts] == ["2024-10-25", "2024-10-25T17:00"]
