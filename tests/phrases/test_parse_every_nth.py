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
    "phrase",
    [
        # "every first week" steps by nothing: not read
        "every first week",
        # an ordinal weekday is not this rule (see docs/parsing.md: not read yet)
        "every second Monday",
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
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected
