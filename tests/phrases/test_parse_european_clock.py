"""European clock times written with "h" ("15h30", "9h", "18h45") are times where a word
that sets a clock time or a day stands before them, and lengths elsewhere, their minutes
with them ("4h45") (docs/parsing.md, "Clock times"). The phrases are written for these
tests; the reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # hours and minutes after "at"
        ("at 16h20", "TIME 2024-10-25T16:20"),
        # an hour alone after "at"
        ("at 7h", "TIME 2024-10-25T07:00"),
        # after "until", a minute before midnight
        ("until 23h59", "TIME 2024-10-25T23:59"),
        # after a weekday, the day's time
        ("Tuesday 19h15", "TIME 2024-10-29T19:15"),
        # a range of two, the first end read
        ("from 8h to 12h30", "TIME 2024-10-25T08:00"),
    ],
)
def test_european_clock(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense="future").timex) == timex


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # three clock times in one sentence, each after "at"
        (
            "Doors open at 19h, the band plays at 20h30 and the bar shuts at 23h45.",
            [
                ("19h", "TIME 2024-10-25T19:00"),
                ("20h30", "TIME 2024-10-25T20:30"),
                ("23h45", "TIME 2024-10-25T23:45"),
            ],
        ),
        # no word of a clock before it: a length of hours, as before
        ("The relay took 3h in the rain.", [("3h", "DURATION PT3H")]),
        # a length with its minutes written onto the "h": hours and minutes, one length
        ("The climb took 4h45 from the hut.", [("4h45", "DURATION PT4H45M")]),
        # after "for", with a leading zero in the minutes
        ("The pumps ran for 1h05.", [("1h05", "DURATION PT1H5M")]),
    ],
)
def test_european_clock_in_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == found
