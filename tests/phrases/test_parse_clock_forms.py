"""Clock times in the forms news writes them: spoken ("half past four"), with a zone or
"local time", ranges with one meridiem for both ends, a part of a day then "at" an hour.
Read by ``parse`` and ``extract``; the reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # half an hour after the hour, as written (no meridiem: the morning's)
        ("half past four", "TIME 2024-10-25T04:30"),
        # a quarter before the hour
        ("quarter to nine", "TIME 2024-10-25T08:45"),
        # "a quarter", digits for the hour, and a meridiem
        ("a quarter past 10 p.m.", "TIME 2024-10-25T22:15"),
        # minutes in words need a meridiem or the word "minutes"
        ("ten past six pm", "TIME 2024-10-25T18:10"),
        ("twenty minutes to three", "TIME 2024-10-25T02:40"),
        # minutes in digits with "minutes"
        ("5 minutes past 9", "TIME 2024-10-25T09:05"),
        # "after" for "past", "noon" for the hour
        ("a quarter after noon", "TIME 2024-10-25T12:15"),
        # just after midnight: the start of the reference day
        ("quarter past midnight", "TIME 2024-10-25T00:15"),
        # an hour in words with "o'clock"
        ("nine o'clock", "TIME 2024-10-25T09:00"),
        # an hour in words with a meridiem
        ("seven p.m.", "TIME 2024-10-25T19:00"),
        # a spoken time on a day
        ("half past four on Monday", "TIME 2024-10-28T04:30"),
    ],
)
def test_spoken_clock(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense="future").timex) == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # a zone that is UTC marks the value
        ("16:45 GMT", "TIME 2024-10-25T16:45Z"),
        # "local time" is read and changes nothing
        ("9pm local time", "TIME 2024-10-25T21:00"),
        # after a zone too
        ("10:30 a.m. EST local time", "TIME 2024-10-25T10:30"),
        # after a spoken time
        ("half past six local time", "TIME 2024-10-25T06:30"),
    ],
)
def test_zones_and_local_time(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the p.m. of the second end holds for the first
        ("2:30–3:30 p.m.", "2024-10-25T14:30", "2024-10-25T15:30"),
        # a bare first hour, "from … to"
        ("from 2 to 4 pm", "2024-10-25T14:00", "2024-10-25T16:00"),
        # "between … and", a.m.
        ("between 9 and 11 a.m.", "2024-10-25T09:00", "2024-10-25T11:00"),
        # across noon: 11 p.m. would come after 1 p.m., so the first end stays a.m.
        ("11–1 pm", "2024-10-25T11:00", "2024-10-25T13:00"),
        # a day after the range holds for both ends
        ("2-4 p.m. Friday", "2024-10-25T14:00", "2024-10-25T16:00"),
        # 12 before a p.m. end is noon
        ("12–2 p.m.", "2024-10-25T12:00", "2024-10-25T14:00"),
        # a first end with its own meridiem keeps it
        ("10 a.m. to 2 p.m.", "2024-10-25T10:00", "2024-10-25T14:00"),
    ],
)
def test_meridiem_applies_to_both_ends(phrase: str, first: str, last: str) -> None:
    e = parse(phrase, reference=REF)
    assert [str(p.span) for p in e.parts] == [first, last]


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # an evening to a morning runs through the night: the morning is the next day's
        ("from 11 p.m. to 6 a.m.", "2024-10-25T23:00", "2024-10-26T06:00"),
        ("between 9 pm and 1 am", "2024-10-25T21:00", "2024-10-26T01:00"),
        # the 24-hour clock says which half of the day each end is in
        ("21:30 to 04:15", "2024-10-25T21:30", "2024-10-26T04:15"),
        # an evening up to midnight: the midnight that ends the day
        ("from 8 p.m. until midnight", "2024-10-25T20:00", "2024-10-26T00:00"),
        # a day named once holds for the night's first end, the morning after it
        ("from 10 p.m. to 4 a.m. on Sunday", "2024-10-27T22:00", "2024-10-28T04:00"),
        # a day named for each end keeps each on its day
        ("from 11 p.m. Sunday to 6 a.m. Monday", "2024-10-27T23:00", "2024-10-28T06:00"),
        # a range that stays in one day is not moved
        ("from 1 a.m. to 5 a.m.", "2024-10-25T01:00", "2024-10-25T05:00"),
        # ... but a future clause's midnight is the one still to come: the first moment
        # of the reference day is past, and the morning after it follows
        ("from midnight to 5 a.m.", "2024-10-26T00:00", "2024-10-26T05:00"),
    ],
)
def test_a_range_through_the_night(phrase: str, first: str, last: str) -> None:
    e = parse(phrase, reference=REF, tense="future")
    assert [str(p.span) for p in e.parts] == [first, last]


@pytest.mark.parametrize(
    "phrase",
    [
        # no half of the day stated: 3:45 may as well be the afternoon's, so no reading
        "9:15 to 3:45",
        # the same day named for both ends, the second earlier: a slip, not a night
        "from 11 p.m. Sunday to 6 a.m. Sunday",
        # both ends in the afternoon, backwards
        "from 5 p.m. to 2 p.m.",
    ],
)
def test_a_range_that_ends_before_it_starts(phrase: str) -> None:
    with pytest.raises(ParseError, match="ends before it starts"):
        parse(phrase, reference=REF, tense="future")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a curfew with no day: tonight into tomorrow morning
        (
            "A curfew is in force from 11 p.m. to 6 a.m.",
            [("11 p.m.", "2024-10-25T23:00"), ("6 a.m.", "2024-10-26T06:00")],
        ),
        # the day the sentence names gives the night its start
        (
            "On Tuesday the vigil lasted from 9 p.m. until 2 a.m.",
            [
                ("Tuesday", "2024-10-22"),
                ("9 p.m.", "2024-10-22T21:00"),
                ("2 a.m.", "2024-10-23T02:00"),
            ],
        ),
        # a day after the range
        (
            "The bridge was closed from 10 p.m. to 5 a.m. on Saturday.",
            [("10 p.m.", "2024-10-19T22:00"), ("5 a.m. on Saturday", "2024-10-20T05:00")],
        ),
        # a day range that stays within the day named, both ends on it
        (
            "Counting resumed on Wednesday between 8 a.m. and 6 p.m.",
            [
                ("Wednesday", "2024-10-23"),
                ("8 a.m.", "2024-10-23T08:00"),
                ("6 p.m.", "2024-10-23T18:00"),
            ],
        ),
    ],
)
def test_extract_a_range_through_the_night(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # tonight's hours before 12 are p.m.
        ("tonight at 9", "TIME 2024-10-25T21:00"),
        # an evening's, with minutes
        ("Friday evening at 7:30", "TIME 2024-10-25T19:30"),
        # a morning's stay a.m.
        ("tomorrow morning at 8", "TIME 2024-10-26T08:00"),
        # a cued part of the day
        ("this afternoon at 3", "TIME 2024-10-25T15:00"),
        # the hour in words
        ("tonight at nine", "TIME 2024-10-25T21:00"),
        # a relative day with a full clock time, as before
        ("yesterday at 3 p.m.", "TIME 2024-10-24T15:00"),
        # noon on a weekday
        ("noon on Friday", "TIME 2024-10-25T12:00"),
        # midnight alone: the start of the reference day
        ("midnight", "TIME 2024-10-25T00:00"),
    ],
)
def test_part_of_day_then_hour(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    "phrase",
    [
        "twenty to five",  # no meridiem, no "minutes": a count as likely as a time
        "2 to 4",  # hours without a meridiem are no range of times
        "20 minutes to 3 hours",  # a range of lengths, not a time
    ],
)
def test_not_a_clock_time(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one TIMEX3 for each end of a range, the meridiem applied to the first
        (
            "The polls are open from 2 to 4 pm on Friday.",
            [("2", "TIME 2024-10-25T14:00"), ("4 pm on Friday", "TIME 2024-10-25T16:00")],
        ),
        (
            "Briefings run 2:30–3:30 p.m. daily.",
            [
                ("2:30", "TIME 2024-10-25T14:30"),
                ("3:30 p.m.", "TIME 2024-10-25T15:30"),
                ("daily", "SET P1D"),
            ],
        ),
        # a spoken time in running text
        ("The blast came at half past four.", [("half past four", "TIME 2024-10-25T04:30")]),
        # "local time" inside the extent
        ("Voting closes at 9pm local time.", [("9pm local time", "TIME 2024-10-25T21:00")]),
        # a part of the day with its hour, one extent
        ("He will speak tonight at 9.", [("tonight at 9", "TIME 2024-10-25T21:00")]),
        # "twenty to five" in a count is left alone
        ("Twenty to five percent of voters stayed home.", []),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        # the day written before the morning's clock is the morning's: the night is the eve
        ("from 9 p.m. to Tuesday 3 a.m.", "2024-10-28T21:00", "2024-10-29T03:00"),
        # "at" between the day and the clock changes nothing
        ("from 11 pm until Sunday at 6 am", "2024-10-26T23:00", "2024-10-27T06:00"),
        # the 24-hour clock, a date for the day
        ("from 23:30 to 5 November 04:00", "2024-11-04T23:30", "2024-11-05T04:00"),
        # a day written before a morning that stays in the day: both ends on that day
        ("from 8 a.m. to Thursday 4 p.m.", "2024-10-31T08:00", "2024-10-31T16:00"),
        # the day on the first end: the morning is the day after it
        ("between 10 p.m. Monday and 4 a.m.", "2024-10-28T22:00", "2024-10-29T04:00"),
        # a day after the last clock still names the night's first day (unchanged)
        ("from 10 p.m. to 4 a.m. Sunday", "2024-10-27T22:00", "2024-10-28T04:00"),
    ],
)
def test_a_night_ending_on_a_named_morning(phrase: str, first: str, last: str) -> None:
    e = parse(phrase, reference=REF, tense="future")
    assert [str(p.span) for p in e.parts] == [first, last]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the weekday on the morning only: the night starts the evening before it
        (
            "Trains will not run from 11 p.m. to Monday 5 a.m. while the line is repaired.",
            [("11 p.m.", "2024-10-27T23:00"), ("Monday 5 a.m.", "2024-10-28T05:00")],
        ),
        # each end with its day: read together, as one night, not each on its own
        (
            "The tunnel shut from 10 p.m. Wednesday to 6 a.m. Thursday.",
            [("10 p.m. Wednesday", "2024-10-23T22:00"), ("6 a.m. Thursday", "2024-10-24T06:00")],
        ),
        # the day on the first end only, the morning after it
        (
            "Shops were looted between 11 p.m. Tuesday and 3 a.m.",
            [("11 p.m. Tuesday", "2024-10-22T23:00"), ("3 a.m.", "2024-10-23T03:00")],
        ),
    ],
)
def test_extract_a_night_with_its_day_on_one_end(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found
