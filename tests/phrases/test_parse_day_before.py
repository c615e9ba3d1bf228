"""``parse`` on "the day before/after" a named day: one day, not a signal and a date. The
reference is Thursday 9 January 2025."""

from __future__ import annotations

from datetime import date

import pytest

from chronos.phrases._expression import Relation, Tense
from chronos.phrases._parse import parse

REF = date(2025, 1, 9)  # a Thursday
PAST, FUTURE = Tense.PAST, Tense.FUTURE


@pytest.mark.parametrize(
    ("phrase", "tense", "day"),
    [
        # a weekday with its cue: the day before last Wednesday (8 January)
        ("the day before last Wednesday", None, "2025-01-07"),
        # a bare weekday keeps the clause's tense: the Saturday just gone, then Sunday
        ("the day after Saturday", PAST, "2025-01-05"),
        # ... and in a future clause the Saturday to come
        ("the day after Saturday", FUTURE, "2025-01-12"),
        # a dated day with its year
        ("the day before 1 May 2010", None, "2010-04-30"),
        # a holiday, across a year end
        ("the day after New Year's Day", PAST, "2025-01-02"),
        # a day before a month's first day crosses into the previous month
        ("the day before March 1", FUTURE, "2025-02-28"),
    ],
)
def test_one_day(phrase: str, tense: Tense | None, day: str) -> None:
    """The phrase names the day the table says, as a date on that day."""
    e = parse(phrase, reference=REF, tense=tense)
    assert e.relation is Relation.ON
    assert str(e.span) == day


@pytest.mark.parametrize(
    ("phrase", "relation"),
    [
        # an event after it: a day before the event, not a date
        ("the day before the hearing", Relation.BEFORE),
        # a month names no day to count from: the month stays the anchor
        ("the day before March", Relation.BEFORE),
        # a counted amount keeps its length and its signal
        ("three days after Monday", Relation.AFTER),
        # a longer unit keeps its signal
        ("the week before Easter", Relation.BEFORE),
    ],
)
def test_still_a_signal(phrase: str, relation: Relation) -> None:
    """What is not "the day" before or after a day keeps its signal."""
    assert parse(phrase, reference=REF).relation is relation
