"""A night "at" a bare hour: 1 to 4 are the small hours of the next day, 5 to 11 p.m., 12
the night's midnight (docs/parsing.md, "Clock times"). The phrases are written for these
tests; the reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # an hour after midnight: 01:00 of the day after the night's evening
        ("tonight at 1", "TIME 2024-10-26T01:00"),
        # the hour in words, with the small hours' last hour
        ("tonight at four", "TIME 2024-10-26T04:00"),
        # minutes after a small hour
        ("tonight at 2:40", "TIME 2024-10-26T02:40"),
        # a weekday's night: Saturday's small hours
        ("Wednesday night at 3", "TIME 2024-10-24T03:00"),
        # a cued night in the past: its small hours are the DCT's own day
        ("last night at 1:30", "TIME 2024-10-25T01:30"),
        # 12 at night is the night's midnight, the end of its day
        ("tonight at 12", "TIME 2024-10-25T24:00"),
        # and minutes after it are the next day's
        ("tonight at 12:20", "TIME 2024-10-26T00:20"),
        # 11 at night stays p.m.
        ("tonight at 11", "TIME 2024-10-25T23:00"),
        # 5:30 tonight is the evening, p.m.
        ("tonight at 5:30", "TIME 2024-10-25T17:30"),
        # an evening has no small hours: its 1 stays p.m.
        ("this evening at 1", "TIME 2024-10-25T13:00"),
    ],
)
def test_night_at_an_hour(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_night_hour_in_text() -> None:
    # the ferry leaves in the small hours: one mention, the next day's 01:15
    found = extract("The last ferry sails tonight at 1:15, the port said.", dct=REF)
    assert [(m.text, str(m.timex)) for m in found] == [("tonight at 1:15", "TIME 2024-10-26T01:15")]
