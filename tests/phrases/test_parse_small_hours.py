"""The hours after midnight ("the early hours of Sunday", "the small hours of 3 May"):
TimeML has no code for them, so their TIMEX3 is the start of the day's morning (``TMO``,
mod ``START``) and their span midnight to 5 a.m., where chronos's morning begins. The
reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex", "span"),
    [
        # a weekday named after "of": its own occurrence, the hours from midnight
        ("the early hours of Monday", "TIME 2024-10-28TMO START", "2024-10-28T00/2024-10-28T04"),
        # a date with its month first, "small" for "early"
        ("the small hours of June 9", "TIME 2025-06-09TMO START", "2025-06-09T00/2025-06-09T04"),
        # "wee", "wee small", a day before the morning
        ("the wee hours of Sunday", "TIME 2024-10-27TMO START", "2024-10-27T00/2024-10-27T04"),
        (
            "the wee small hours of 2 March 2021",
            "TIME 2021-03-02TMO START",
            "2021-03-02T00/2021-03-02T04",
        ),
        # "early morning hours", the day's morning named after the day
        (
            "the early morning hours of Tuesday",
            "TIME 2024-10-29TMO START",
            "2024-10-29T00/2024-10-29T04",
        ),
        (
            "early hours of Wednesday morning",
            "TIME 2024-10-30TMO START",
            "2024-10-30T00/2024-10-30T04",
        ),
        # no day: the reference day's, with or without "of the morning"
        ("in the small hours", "TIME 2024-10-25TMO START", "2024-10-25T00/2024-10-25T04"),
        (
            "the early hours of the morning",
            "TIME 2024-10-25TMO START",
            "2024-10-25T00/2024-10-25T04",
        ),
        # a deictic day
        ("the early hours of tomorrow", "TIME 2024-10-26TMO START", "2024-10-26T00/2024-10-26T04"),
        # "on" instead of "of"
        ("the early hours on Saturday", "TIME 2024-10-26TMO START", "2024-10-26T00/2024-10-26T04"),
    ],
)
def test_the_small_hours(phrase: str, timex: str, span: str) -> None:
    e = parse(phrase, reference=REF, tense="future")
    assert (str(e.timex), str(e.span)) == (timex, span)
    assert any("small hours" in a.text for a in e.assumptions)


@pytest.mark.parametrize(
    "phrase",
    [
        # the first hours of something that is no day
        "the early hours of trading",
        # long working days, not a time
        "early hours",
        # no "the" and no day
        "small hours",
    ],
)
def test_hours_that_are_not_the_night(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the whole phrase is the extent, "in" its signal
        (
            "A convoy was shelled in the small hours of Tuesday.",
            [("the small hours of Tuesday", "2024-10-22TMO")],
        ),
        # with no day of its own: the day the text reports
        (
            "Riots spread on Wednesday. In the early hours, troops sealed the square.",
            [("Wednesday", "2024-10-23"), ("the early hours", "2024-10-23TMO")],
        ),
        # a morning the text names: the extent is that morning, the words before it narrow
        (
            "Medics reached the village in the wee hours of Thursday morning.",
            [("Thursday morning", "2024-10-24TMO")],
        ),
    ],
)
def test_extract_the_small_hours(text: str, found: list[tuple[str, str]]) -> None:
    mentions = extract(text, dct=REF)
    assert [(m.text, m.timex.value) for m in mentions] == found
    assert mentions[-1].timex.mod == "START"
