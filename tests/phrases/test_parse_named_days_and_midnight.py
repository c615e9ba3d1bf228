"""Weekdays with a name of their own ("Ash Wednesday", "Black Monday") and midnight on a
named day, read by ``parse``; tests/text/test_named_days_in_text.py reads them in text.

The phrases and sentences are written for these tests; the reference is Friday 25 October
2024.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, parse
from chronos.time import Span, Timex

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # midnight before a weekday is the moment that day ends, written 24:00 of it
        ("midnight Saturday", "TIME 2024-10-26T24:00"),
        # the weekday first, "at" between
        ("Sunday at midnight", "TIME 2024-10-27T24:00"),
        # "12 midnight" and a date with "on"
        ("12 midnight on 3 November", "TIME 2024-11-03T24:00"),
        # "tonight" is a day too: the end of the reference day
        ("midnight tonight", "TIME 2024-10-25T24:00"),
        # with no day named, midnight stays the first moment of the reference day
        ("at midnight", "TIME 2024-10-25T00:00"),
        # noon is unchanged beside a day
        ("noon Saturday", "TIME 2024-10-26T12:00"),
    ],
)
def test_midnight_on_a_named_day_is_its_end(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("reference", "weekday", "tense"),
    [
        # a Monday reference, no tense: the Thursday the weekday alone gives
        ("2024-05-06", "Thursday", None),
        # the same, told of as past and as ahead
        ("2024-05-06", "Thursday", "past"),
        ("2024-05-06", "Thursday", "future"),
        # the day before the weekday named: its end is still to come
        ("2024-10-24", "Friday", None),
        # on the very weekday named
        ("2024-10-25", "Friday", None),
        # abbreviated, with a stop
        ("2023-02-14", "Wed.", "future"),
    ],
)
def test_midnight_picks_the_day_the_weekday_alone_picks(
    reference: str, weekday: str, tense: str | None
) -> None:
    # the day is chosen as the weekday is; midnight then marks where it ends
    day = parse(weekday, reference=reference, tense=tense).timex.value
    end = parse(f"midnight {weekday}", reference=reference, tense=tense).timex.value
    assert end == f"{day}T24:00"


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "timex"),
    [
        # a future clause on a day given as a date: the midnight still to come ends it
        ("at midnight", REF, "future", "TIME 2024-10-25T24:00"),
        # ... a past one: the midnight that began it
        ("at midnight", REF, "past", "TIME 2024-10-25T00:00"),
        # ... no tense: the first moment of the day, as before
        ("at midnight", REF, None, "TIME 2024-10-25T00:00"),
        # "00:00" is midnight too
        ("at 00:00", REF, "future", "TIME 2024-10-25T24:00"),
        # a reference with its time: a future hour already past is the next day's
        ("at 7 a.m.", "2024-10-25T15:30", "future", "TIME 2024-10-26T07:00"),
        # ... one still to come stays on the day
        ("at 9 p.m.", "2024-10-25T15:30", "future", "TIME 2024-10-25T21:00"),
        # a past hour not yet reached is the day before's
        ("at 9 p.m.", "2024-10-25T15:30", "past", "TIME 2024-10-24T21:00"),
        # ... one already reached stays on the day
        ("at 7 a.m.", "2024-10-25T15:30", "past", "TIME 2024-10-25T07:00"),
        # a reference given as a date is the whole day: no hour of it is surely to come
        ("at 9 p.m.", REF, "past", "TIME 2024-10-25T21:00"),
        # a time in another zone is not compared with the reference's wall clock
        ("at 16:45 GMT", "2024-10-25T15:30", "past", "TIME 2024-10-25T16:45Z"),
        # a part of the day is not moved
        ("in the evening", "2024-10-25T22:30", "future", "TIME 2024-10-25TEV"),
    ],
)
def test_a_time_with_no_day_follows_the_tense(
    phrase: str, reference: str, tense: str | None, timex: str
) -> None:
    assert str(parse(phrase, reference=reference, tense=tense).timex) == timex


def test_midnight_span_is_the_first_minute_of_the_next_day() -> None:
    # the value keeps the day the text names; the span is the instant after it
    span = parse("midnight Saturday", reference=REF).span
    assert span is not None
    assert span.start is not None
    assert span.start.isoformat() == "2024-10-27T00:00:00"


def test_a_timex_at_24_00_spans_from_the_next_days_start() -> None:
    # read back from its value, 24:00 of the 26th is the hour that starts the 27th
    span = Span.from_timex(Timex("TIME", "2024-10-26T24:00"))
    assert span is not None
    assert span.start is not None
    assert span.start.isoformat() == "2024-10-27T00:00:00"


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        # 24:00 ends a day
        ("2024-10-26T24:00", True),
        # with seconds at zero too
        ("2024-10-26T24:00:00", True),
        # 24:30 is no time of any day
        ("2024-10-26T24:30", False),
        # nor is 25:00
        ("2024-10-26T25:00", False),
    ],
)
def test_hour_24_is_valid_only_as_the_end_of_a_day(value: str, valid: bool) -> None:
    if valid:
        assert Timex("TIME", value).value == value
    else:
        with pytest.raises(ParseError):
            Timex("TIME", value)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # 46 days before Easter (20 April 2025)
        ("Ash Wednesday 2025", "2025-03-05"),
        # the day before it
        ("Shrove Tuesday 2025", "2025-03-04"),
        # a week before Easter
        ("Palm Sunday 2025", "2025-04-13"),
        # three days before
        ("Maundy Thursday 2025", "2025-04-17"),
        # the day before
        ("Holy Saturday 2025", "2025-04-19"),
        # the day after US Thanksgiving (28 November 2024)
        ("Black Friday 2024", "2024-11-29"),
        # the Monday after it
        ("Cyber Monday 2024", "2024-12-02"),
    ],
)
def test_movable_named_weekdays(phrase: str, value: str) -> None:
    timex = parse(phrase, reference=REF).timex
    assert timex is not None
    assert timex.value == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # the crash of 1987
        ("Black Monday", "1987-10-19"),
        # the crash of 1929, its worst day
        ("Black Tuesday", "1929-10-29"),
        # and its first
        ("Black Thursday", "1929-10-24"),
        # the pound leaves the ERM
        ("Black Wednesday", "1992-09-16"),
    ],
)
def test_historic_named_weekdays_are_one_day(phrase: str, value: str) -> None:
    timex = parse(phrase, reference=REF).timex
    assert timex is not None
    assert timex.value == value


@pytest.mark.parametrize(
    ("phrase", "reference", "value"),
    [
        # before 1987 the Monday of the crash of 1929 is the one the name means
        ("Black Monday", "1975-06-02", "1929-10-28"),
        # on the day itself, that day
        ("Black Monday", "1987-10-19", "1987-10-19"),
        # ... and the day before it, still 1929's
        ("Black Monday", "1987-10-18", "1929-10-28"),
        # the pound's exit, once it has happened
        ("Black Wednesday", "1992-09-16", "1992-09-16"),
    ],
)
def test_historic_days_are_the_latest_by_the_reference(
    phrase: str, reference: str, value: str
) -> None:
    timex = parse(phrase, reference=reference).timex
    assert timex is not None
    assert timex.value == value


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [
        # no Black Monday had happened in 1920
        ("Black Monday", "1920-03-01"),
        # nor Black Wednesday in 1990: the name of a day still to come
        ("Black Wednesday", "1990-01-01"),
    ],
)
def test_a_historic_day_before_any_of_its_name_is_refused(phrase: str, reference: str) -> None:
    with pytest.raises(ParseError, match="no such day"):
        parse(phrase, reference=reference)
