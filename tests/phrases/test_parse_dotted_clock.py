"""The British dotted 24-hour clock ("at 16.05", "23.10 on Saturday"), read where nothing
else can be meant: beside a day or after "at" in a whole phrase, or with a zone anywhere.
In running text a dotted figure beside a day is as often a price or a rate.

The reference is Wednesday 17 September 2025.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2025-09-17"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # after "at": the phrase says it is a time
        ("at 16.05", "TIME 2025-09-17T16:05"),
        # a leading zero
        ("at 07.50", "TIME 2025-09-17T07:50"),
        # before its day
        ("23.10 on Saturday", "TIME 2025-09-20T23:10"),
        # after its day and "at"
        ("Saturday at 23.10", "TIME 2025-09-20T23:10"),
        # right after a date
        ("12 October 08.45", "TIME 2025-10-12T08:45"),
        # after a weekday and a date
        ("Monday 3 November 17.25", "TIME 2025-11-03T17:25"),
        # after a date, "at" between
        ("on 9 October at 13.05", "TIME 2025-10-09T13:05"),
        # a part of the day after it says p.m.
        ("at 9.45 in the evening", "TIME 2025-09-17T21:45"),
        # a zone
        ("at 16.05 BST", "TIME 2025-09-17T16:05"),
        # after a weekday, a minute past 12 cannot be a month
        ("Tuesday 10.25", "TIME 2025-09-23T10:25"),
        # "at" says a figure that could be a day and month is a time
        ("Tuesday at 10.05", "TIME 2025-09-23T10:05"),
    ],
)
def test_dotted_clock(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense="future").timex) == timex


@pytest.mark.parametrize(
    "phrase",
    [
        # alone: a decimal as much as a time
        "16.05",
        # no 24th hour, no 75th minute
        "at 24.10",
        "at 16.75",
        # one digit after the dot: a decimal
        "Tuesday 16.5",
        # a rate
        "at 4.20 per cent",
        # right after a weekday, 10 May as much as 10:05
        "Tuesday 10.05",
    ],
)
def test_dotted_numbers_that_are_no_clock(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF, tense="future")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a price beside a day in running text stays a price
        ("The index closed at 16.05 on Monday.", [("Monday", "2025-09-15")]),
        # with a zone it is a time anywhere
        (
            "The ferry sails at 07.50 GMT daily.",
            [("07.50 GMT", "2025-09-17T07:50Z"), ("daily", "P1D")],
        ),
        # a figure beside a day
        ("Growth was 4.20 on Friday.", [("Friday", "2025-09-12")]),
    ],
)
def test_dotted_clock_in_running_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found
