"""A unit placed by an event the text names without a date: "[the week] prior to the vote".

The sentences are written for these tests; the DCT is Friday 25 October 2024.
"""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"
# a dated event first: the text is at Tuesday 8 October 2024 (ISO week 41)
DATED = "The strike was called on Tuesday, Oct. 8. "


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "prior to" an event: the week before the time the text is at
        (DATED + "Stocks ran low in the week prior to the walkout.", ("the week", "2024-W40")),
        # "before" an event: the day before that day
        (DATED + "Talks broke down the day before the stoppage.", ("the day", "2024-10-07")),
        # "after" an event: the day after it
        (DATED + "The day after the walkout, the depots were empty.", ("The day", "2024-10-09")),
        # a month before an event, with "during" before it
        (DATED + "Sales fell during the month before the strike.", ("the month", "2024-09")),
        # no date named: the unit before the DCT's
        ("Queues formed the day before the launch.", ("the day", "2024-10-24")),
        # in apposition to a date: the apposition names that day
        (
            "The ship left on Oct. 3, the day before the storm hit.",
            ("the day", "2024-10-03"),
        ),
    ],
)
def test_unit_beside_an_event(text: str, expected: tuple[str, str]) -> None:
    assert _found(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deictic after the unit: "the week before last", not an event
        ("It rained the day before yesterday.", [("the day before yesterday", "2024-10-23")]),
        # a date after the signal: the grammar's own phrase
        ("Crowds came the day before Christmas.", [("the day before Christmas", "2023-12-24")]),
    ],
)
def test_units_before_a_time_stay_the_grammars(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
