"""A day, or a part of one, written first and the clock times in it after: a range of
hours ("Thursday between 10 and 11:30 a.m."), a signal before an hour ("Monday after 6
p.m."), "at about" an hour, a 24-hour clock in an afternoon or evening, and a part of the
day written after its date ("2 October in the morning"). Whole phrases; in running text
the day and the clock times stay two TIMEX3s, as TimeML tags them.

The reference is Wednesday 17 September 2025; the tense is the future, as in a schedule.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2025-09-17"


def _read(phrase: str) -> tuple[str | None, list[str], str]:
    e = parse(phrase, reference=REF, tense="future")
    relation = None if e.relation is None else e.relation.name
    return relation, [str(p.span) for p in e.parts] or [str(e.span)], str(e.timex)


@pytest.mark.parametrize(
    ("phrase", "relation", "spans"),
    [
        # a weekday, then a range whose second end's meridiem covers the first
        ("Thursday between 10 and 11:30 a.m.", "FROM_TO", ["2025-09-18T10:00", "2025-09-18T11:30"]),
        # a date after "on", one end a clock word
        ("on 2 October between 9am and noon", "FROM_TO", ["2025-10-02T09:00", "2025-10-02T12:00"]),
        # a relative day and a comma before the range
        ("tomorrow, between 1 and 3 pm", "FROM_TO", ["2025-09-18T13:00", "2025-09-18T15:00"]),
        # the part of the day puts bare hours after noon
        ("Tuesday evening between 7 and 8", "FROM_TO", ["2025-09-23T19:00", "2025-09-23T20:00"]),
        # a part of the reference day with "in the"
        ("in the afternoon between 2 and 4", "FROM_TO", ["2025-09-17T14:00", "2025-09-17T16:00"]),
        # "from … till", British dotted clock times
        ("on 3 October from 9.15 till 10.40", "FROM_TO", ["2025-10-03T09:15", "2025-10-03T10:40"]),
        # 24-hour clock times need no part of the day
        ("Friday from 20:00 to 22:30", "FROM_TO", ["2025-09-19T20:00", "2025-09-19T22:30"]),
        # bare hours past 12 are the 24-hour clock's
        ("on Friday between 20 and 21", "FROM_TO", ["2025-09-19T20:00", "2025-09-19T21:00"]),
        # dotted hours before 12 in an evening are p.m.
        (
            "in the evening between 9.30 and 10.45",
            "FROM_TO",
            ["2025-09-17T21:30", "2025-09-17T22:45"],
        ),
        # after an hour of the day
        ("Monday after 6 p.m.", "AFTER", ["2025-09-22T18:00"]),
        # before a clock word
        ("Thursday before noon", "BEFORE", ["2025-09-18T12:00"]),
        # a bare hour in a morning stays a.m.
        ("in the morning before 7", "BEFORE", ["2025-09-17T07:00"]),
        # a bare hour in an evening is p.m.
        ("on Sunday evening after 11", "AFTER", ["2025-09-21T23:00"]),
        # a night's evening hour
        ("Saturday night after 9", "AFTER", ["2025-09-20T21:00"]),
        # "by" a 24-hour clock time: a deadline
        ("tomorrow by 17:00", "BY", ["2025-09-18T17:00"]),
        # "until" a dotted clock time
        ("on 1 October until 15.30", "UNTIL", ["2025-10-01T15:30"]),
        # a dotted clock time in a night
        ("Friday night after 10.30", "AFTER", ["2025-09-19T22:30"]),
    ],
)
def test_clock_times_after_a_day(phrase: str, relation: str, spans: list[str]) -> None:
    got = _read(phrase)
    assert (got[0], got[1]) == (relation, spans)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # "at around" a 24-hour clock time: approximate, as "around 19:45" is
        ("Tuesday at around 19:45", "TIME 2025-09-23T19:45 APPROX"),
        # "at about" a clock time with a meridiem, on a date
        ("on 5 October at about 6 a.m.", "TIME 2025-10-05T06:00 APPROX"),
        # "at approximately" an hour in a morning
        ("Sunday morning at approximately 7", "TIME 2025-09-21T07:00 APPROX"),
        # a 24-hour clock time that falls in the afternoon named
        ("the afternoon at 15:10", "TIME 2025-09-17T15:10"),
        # a dotted one in an evening
        ("in the evening at 22.15", "TIME 2025-09-17T22:15"),
        # on a named day
        ("Monday evening at 18:20", "TIME 2025-09-22T18:20"),
        # a night of a date, then the hour
        ("the night of 20 September at 23:40", "TIME 2025-09-20T23:40"),
        # a part of the day after its date
        ("2 October in the morning", "TIME 2025-10-02TMO"),
        # after a weekday and an ordinal day
        ("Friday the 19th in the afternoon", "TIME 2025-09-19TAF"),
        # "early" before a part written after the date
        ("4 October early morning", "TIME 2025-10-04TMO START"),
        # "late in the" part
        ("Thursday late in the evening", "TIME 2025-09-18TEV END"),
    ],
)
def test_an_hour_or_part_in_a_day(phrase: str, timex: str) -> None:
    assert _read(phrase)[2] == timex


@pytest.mark.parametrize(
    "phrase",
    [
        # bare hours with nothing to say a.m. or p.m.: not guessed
        "Monday between 8 and 9",
        # a share, not hours
        "Monday between 8 and 9 per cent",
        # the small hours of a night are the next day's: not guessed
        "Saturday night between 11 and 1",
        "Saturday night after 2",
        # a 24-hour clock time outside the part named
        "morning at 17:20",
    ],
)
def test_what_is_not_read(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF, tense="future")


def test_running_text_keeps_the_day_and_the_clock_times_apart() -> None:
    text = "The consulate will open on Thursday between 10 and 11:30 a.m. for visas."
    found = [(m.text, m.timex.value) for m in extract(text, dct=REF)]
    # TimeML tags the day and each clock time; the clock times take the day
    assert found == [
        ("Thursday", "2025-09-18"),
        ("10", "2025-09-18T10:00"),
        ("11:30 a.m.", "2025-09-18T11:30"),
    ]


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # a clock time on a date, then the part of the day that makes it p.m.
        ("on 30 September at 7:15 in the evening", "TIME 2025-09-30T19:15"),
        # a morning keeps it a.m.
        ("Thursday 2 October at 9 in the morning", "TIME 2025-10-02T09:00"),
        # a weekday's part of the day, then its date after a comma
        ("Friday evening, 3 October", "TIME 2025-10-03TEV"),
        # without the comma
        ("Tuesday morning 30 September", "TIME 2025-09-30TMO"),
        # with its year
        ("Sunday afternoon, 5 October 2025", "TIME 2025-10-05TAF"),
        # then an hour, which the night puts after noon
        ("Saturday night, 4 October at 11", "TIME 2025-10-04T23:00"),
        # the weekday picks the year: 4 October is a Friday in 2030
        ("Friday evening, 4 October", "TIME 2030-10-04TEV"),
        # a weekday and a bare day of the month, as the whole phrase
        ("Saturday 27", "DATE 2025-09-27"),
        # a comma between
        ("Thursday, 2", "DATE 2025-10-02"),
        # the next month where the 4th is a Wednesday
        ("Wednesday 4", "DATE 2026-02-04"),
    ],
)
def test_a_day_named_twice(phrase: str, timex: str) -> None:
    assert _read(phrase)[2] == timex


@pytest.mark.parametrize(
    "phrase",
    [
        # no 32nd day
        "Saturday 32",
        # a count after a weekday, not its day
        "Saturday 27 people",
    ],
)
def test_a_weekday_and_a_number_that_is_no_day(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF, tense="future")


def test_a_weekday_then_a_count_in_running_text() -> None:
    # "Saturday 27" in a sentence is a weekday and a count
    found = extract("On Saturday 27 trucks crossed the border.", dct=REF)
    assert [(m.text, m.timex.value) for m in found] == [("Saturday", "2025-09-13")]


def test_the_part_after_a_clock_time_in_running_text() -> None:
    text = "Witnesses saw him on 30 September at 7:15 in the evening."
    # one mention, p.m. by its part of the day; the clause is past, so last year's
    found = [(m.text, m.timex.value) for m in extract(text, dct=REF)]
    assert found == [("30 September at 7:15 in the evening", "2024-09-30T19:15")]
