"""A date or time with a field out of range: the message names the field and its range."""

from __future__ import annotations

import pytest

from chronos import ParseError, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "reason", "caret"),
    [
        ("2024-13-01", "no such month: 13 (months run 1 to 12)", 5),  # ISO month
        ("2024-00-10", "no such month: 0 (months run 1 to 12)", 5),  # month zero
        ("24:01", "no such hour: 24 (hours run 0 to 23, and 24:00 ends a day)", 0),  # past 24:00
        ("week 53 of 2024", "no such week: 2024 has 52 weeks", 5),  # one past the last
        ("week 0 of 2024", "no such week: 2024 has 52 weeks", 5),  # before the first
        ("week 54", "no such week: 54 (weeks run 1 to 53)", 5),  # one past the widest range
        ("Q0 2024", "no such quarter: Q0 (quarters run 1 to 4)", 0),  # one before the first
        ("2023-02-29", "no such day: February 2023 has 28 days", 8),  # not a leap year
        ("2024-04-31", "no such day: April 2024 has 30 days", 8),  # a 30-day month
        ("25:00", "no such hour: 25 (hours run 0 to 23, and 24:00 ends a day)", 0),  # hour
        ("24:30", "no such hour: 24 (hours run 0 to 23, and 24:00 ends a day)", 0),  # past 24:00
        ("10:61 a.m.", "no such minute: 61 (minutes run 0 to 59)", 3),  # minute
        ("at 9:75", "no such minute: 75 (minutes run 0 to 59)", 5),  # after a signal
        ("10:30:61", "no such second: 61 (seconds run 0 to 59)", 6),  # second
        ("Q5 2024", "no such quarter: Q5 (quarters run 1 to 4)", 0),  # quarter
        ("q0 2024", "no such quarter: q0 (quarters run 1 to 4)", 0),  # quarter zero
        ("H3 2024", "no such half: H3 (halves run 1 to 2)", 0),  # half
        ("week 54 of 2024", "no such week: 2024 has 52 weeks", 5),  # ISO weeks of 2024
        ("the 54th week of 2024", "no such week: 2024 has 52 weeks", 4),  # as an ordinal
        ("week 60", "no such week: 60 (weeks run 1 to 53)", 5),  # no year: the widest range
        ("year 0", "no such year: 0 (years run 1 to 9998)", 5),  # year zero
        ("in year 10000", "no such year: 10000 (years run 1 to 9998)", 8),  # past the calendar
        ("13/45/2024", "no such month: neither 13 nor 45 is a month (1 to 12)", 0),  # slashes
    ],
)
def test_the_message_names_the_field_out_of_range(phrase: str, reason: str, caret: int) -> None:
    """The reason names the field and its range; the caret is under the field."""
    with pytest.raises(ParseError) as info:
        parse(phrase, reference=REF)
    assert (info.value.reason, info.value.position) == (reason, caret)


@pytest.mark.parametrize(
    "phrase",
    [
        "2024-12-31",  # the last day of a month: in range
        "23:59",  # the last minute of a day
        "10:30:59",  # the last second of a minute
        "Q1 2024",  # the first quarter
        "H1 2024",  # the first half
        "Q4 2024",  # the last quarter
        "H2 2024",  # the last half
    ],
)
def test_fields_in_range_read(phrase: str) -> None:
    """The diagnosis never refuses a phrase the grammar reads."""
    assert parse(phrase, reference=REF).span is not None
