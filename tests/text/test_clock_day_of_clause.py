"""The day of a clock time that names none: its own clause first, then its sentence before
it, then the sentence before (in the same paragraph, when the day fits the clause's
tense), then its sentence after it; and an anaphor of "that" in a future clause, which
points past a time that is over. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from chronos import extract


@pytest.mark.parametrize(
    ("text", "dct", "clock", "value"),
    [
        # the day of the sentence before, not the day of the next clause of its own sentence
        (
            "Crews will dig up Harbour Road on Wednesday night. The water goes off at 10 "
            "p.m. and will be back by 6 a.m. Thursday.",
            "2025-06-02",
            "10 p.m.",
            "2025-06-04T22:00",
        ),
        # "and" before a verb with no auxiliary ends the clause too
        (
            "Engineers will reline the tunnel on Friday night. Trains stop at 11:30 p.m. "
            "and restart by 5 a.m. Saturday.",
            "2025-06-02",
            "11:30 p.m.",
            "2025-06-06T23:30",
        ),
        # "and" before the time itself does not: both clocks are on the day after it
        (
            "Lanes will shut between 9 a.m. and noon on Sunday.",
            "2025-06-02",
            "9 a.m.",
            "2025-06-08T09:00",
        ),
        # the same in the past, hours and a semicolon instead of "and"
        (
            "The bridge was closed on Saturday. Traffic was stopped at 9:30; it moved "
            "again on Sunday.",
            "2025-06-02",
            "9:30",
            "2025-05-31T09:30",
        ),
        # a day in its own clause after it beats the day of the sentence before
        (
            "Talks stalled on Monday. The envoys flew out at 4 p.m. from Geneva on Tuesday.",
            "2025-06-05",
            "4 p.m.",
            "2025-06-03T16:00",
        ),
        # a day before it in its sentence, another clause: still its sentence's day
        (
            "On Friday the polls closed, and counting began at 8 p.m.",
            "2025-06-02",
            "8 p.m.",
            "2025-05-30T20:00",
        ),
        # a day the sentence before names but that is over cannot be a future clause's
        (
            "The board met on Friday. The results will be posted at 5 p.m.",
            "2025-06-02",
            "5 p.m.",
            "2025-06-02T17:00",
        ),
        # nor a day ahead a past clause's
        (
            "The vote is due on Thursday. Officials gathered at 11 a.m.",
            "2025-06-02",
            "11 a.m.",
            "2025-06-02T11:00",
        ),
        # a day two sentences back is no longer the day the text is at
        (
            "Storms hit on Tuesday. Roads flooded. Rail services stopped at 7 p.m.",
            "2025-06-05",
            "7 p.m.",
            "2025-06-05T19:00",
        ),
        # a day in the paragraph before is not either
        (
            "The ferry sank on Tuesday.\n\nDivers went down at 7 a.m.",
            "2025-06-05",
            "7 a.m.",
            "2025-06-05T07:00",
        ),
        # with no day in the clause, before it or in the sentence before: the day after
        # it in its sentence, in another clause, as before
        (
            "Pumps start at 6 a.m. and the canal refills by Saturday.",
            "2025-06-05",
            "6 a.m.",
            "2025-06-07T06:00",
        ),
    ],
)
def test_clock_time_takes_the_day_of_its_clause(
    text: str, dct: str, clock: str, value: str
) -> None:
    assert _value_of(text, dct, clock) == value


@pytest.mark.parametrize(
    ("text", "dct", "anaphor", "value"),
    [
        # "that day" in a future clause is not in a year that is over
        (
            "Ministers meet on Thursday to discuss the dam, which burst in 2018. Farmers "
            "will protest that day.",
            "2025-06-02",
            "that day",
            "2025-06-05",
        ),
        # "the same day" too, after a month that is over
        (
            "The cup final will be played on Saturday; tickets sold out in March. Fans will gather "
            "in the square the same day.",
            "2025-06-02",
            "the same day",
            "2025-06-07",
        ),
        # in a past clause the year stays the antecedent: the day is unknown
        (
            "The dam burst in 2018. Farmers protested that day.",
            "2025-06-02",
            "that day",
            "2018-XX-XX",
        ),
    ],
)
def test_future_anaphor_points_past_what_is_over(
    text: str, dct: str, anaphor: str, value: str
) -> None:
    assert _value_of(text, dct, anaphor) == value


def test_a_clock_time_on_the_day_of_a_future_anaphor() -> None:
    # the clock time takes the anaphor's day once the anaphor finds its day
    text = (
        "The council will sit on Thursday afternoon to vote on the bypass, built in 2019. "
        "Cyclists will ride past that day, and roads may shut from 8 a.m."
    )
    assert _value_of(text, "2025-06-02", "8 a.m.") == "2025-06-05T08:00"


def _value_of(text: str, dct: str, extent: str) -> str:
    """The TIMEX3 value of the one mention of ``text`` whose extent is ``extent``."""
    (mention,) = [m for m in extract(text, dct=dct) if m.text == extent]
    return mention.timex.value
