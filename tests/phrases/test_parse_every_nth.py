"""Recurrences stepped by an ordinal, "every second week": the same SET as "every two weeks",
read by ``parse`` and by ``extract``. The reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # the ordinal word steps the unit: one week in two
        ("every second week", "SET P2W"),
        # the same as the cardinal and as "other"
        ("every two weeks", "SET P2W"),
        ("every other week", "SET P2W"),
        # a digit ordinal, a month unit
        ("every 3rd month", "SET P3M"),
        # "each" as well as "every", years
        ("each fourth year", "SET P4Y"),
        # days
        ("every fifth day", "SET P5D"),
        # "second" with no unit after it is the unit itself
        ("every second", "SET PT1S"),
    ],
)
def test_every_nth_unit(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "timex", "weekday"),
    [
        # "other" steps a weekday by two weeks: TimeML's step, one day in it
        ("every other Thursday", "SET P2W freq=1D", "Thursday"),
        # an ordinal word steps it the same way
        ("every second Sunday", "SET P2W freq=1D", "Sunday"),
        # a digit ordinal, three weeks
        ("every 3rd Wednesday", "SET P3W freq=1D", "Wednesday"),
        # "each" as well as "every"
        ("each fourth Saturday", "SET P4W freq=1D", "Saturday"),
    ],
)
def test_every_nth_weekday(phrase: str, timex: str, weekday: str) -> None:
    """A stepped weekday is the step as the value, one day in it as the frequency, and the
    weekday named in the assumption, since TIMEX3 has no field for it."""
    e = parse(phrase, reference=REF)
    assert str(e.timex) == timex
    (note,) = e.assumptions
    assert note.kind == "recurrence"
    assert f"one {weekday} in every" in note.text


@pytest.mark.parametrize(
    "phrase",
    [
        # "every first week" steps by nothing: not read
        "every first week",
        # "every first hour" neither (a first weekday counts months: see
        # test_parse_monthly_weekday.py)
        "every first hour",
    ],
)
def test_not_a_stepped_recurrence(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two stepped recurrences in one sentence
        (
            "Inspectors visit every second week and audit every 3rd month.",
            [("every second week", "SET P2W"), ("every 3rd month", "SET P3M")],
        ),
        # the clock unit "second" still reads after "every"
        ("A signal is sent every second.", [("every second", "SET PT1S")]),
        # a stepped weekday in running text
        ("The clinic opens every other Tuesday.", [("every other Tuesday", "SET P2W freq=1D")]),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected
