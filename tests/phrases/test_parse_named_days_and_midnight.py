"""Weekdays with a name of their own ("Ash Wednesday", "Black Monday"), midnight on a named
day, and seasons counted without a cue, read by ``parse`` and ``extract``.

The phrases and sentences are written for these tests; the reference is Friday 25 October
2024.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse
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
    ("text", "expected"),
    [
        # the name is the whole extent, and its date is history's, not this week's
        ("Brokers still dread the anniversary of Black Monday.", [("Black Monday", "1987-10-19")]),
        # in lower case "black" is a colour, and Monday a weekday
        ("A black Monday mood hung over the floor.", [("Monday", "2024-10-21")]),
        # a movable one in running text, with its year
        ("Queues formed before dawn on Black Friday 2023.", [("Black Friday 2023", "2023-11-24")]),
        # "Sept. 11" before the word for the attacks is the day of 2001, whatever the DCT
        ("Airport checks grew after the Sept. 11 attacks.", [("Sept. 11", "2001-09-11")]),
        # "September 11th" and "terrorist"
        (
            "Flights were grounded as after the September 11th terrorist attacks.",
            [("September 11th", "2001-09-11")],
        ),
        # before any other noun it is a day of the year, placed as such
        ("The levy was paid on September 11.", [("September 11", "2024-09-11")]),
        # "midnight" then a weekday, in a future clause
        ("The ceasefire will lapse at midnight Sunday.", [("midnight Sunday", "2024-10-27T24:00")]),
    ],
)
def test_named_days_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of summers after "for": the same set as "the past three summers"
        ("The lodge hired her for three summers.", ("three summers", "XXXX-SU")),
        # digits, winters
        ("The glacier shrank over 12 winters.", ("12 winters", "XXXX-WI")),
        # "falls" are autumns
        ("They harvested together for two falls.", ("two falls", "XXXX-FA")),
    ],
)
def test_counted_seasons_without_a_cue_are_a_set(text: str, expected: tuple[str, str]) -> None:
    (mention,) = extract(text, dct=REF)
    assert (mention.text, mention.timex.type, mention.timex.value) == (
        *expected[:1],
        "SET",
        expected[1],
    )
    assert mention.expression is not None
    (note,) = [a.text for a in mention.expression.assumptions if a.kind == "recurrence"]
    assert "not one length of time" in note
    assert "before" not in note
