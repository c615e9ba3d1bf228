"""Hours, minutes and seconds counted from a reference: from a reference given as a date
(its whole day) the moment is a window of a day, not an hour of it; from a reference with
its time of day, the hour itself. A bound ("more than", "less than") is the moment the
amount reaches, at the amount's own grain."""

from __future__ import annotations

import pytest

from chronos import parse

DAY = "2024-10-25"  # a Friday, given as a date: its whole day
TIMED = "2024-10-25T15:00"


@pytest.mark.parametrize(
    ("phrase", "reference", "timex", "span"),
    [
        # hours back from a whole day: the window of those hours before each moment of it,
        # named by the day holding most of it
        ("three hours ago", DAY, "DATE 2024-10-25", "2024-10-24T21/2024-10-25T20"),
        # ... most of it the day before, when the hours are many
        ("eighteen hours ago", DAY, "DATE 2024-10-24", "2024-10-24T06/2024-10-25T05"),
        # minutes ahead, likewise
        ("in 45 minutes", DAY, "DATE 2024-10-25", "2024-10-25T00:45/2024-10-26T00:44"),
        # "about": the window already holds the hour either side
        ("about four hours ago", DAY, "DATE 2024-10-25 APPROX", "2024-10-24T20/2024-10-25T19"),
        # "more than three hours ago": before the latest moment it can be, 21:00
        ("more than three hours ago", DAY, "DATE 2024-10-25 BEFORE", "2024-10-25T21"),
        # "less than an hour ago": after the earliest, 23:00 the day before (the hour
        # ending then is the bound)
        ("less than an hour ago", DAY, "DATE 2024-10-25 AFTER", "2024-10-24T22"),
        # with the time of day, the hour itself
        ("three hours ago", TIMED, "TIME 2024-10-25T12:00", "2024-10-25T12"),
        ("in 45 minutes", TIMED, "TIME 2024-10-25T15:45", "2024-10-25T15:45"),
        # ... and a bound at that hour, not at its day
        ("more than three hours ago", TIMED, "TIME 2024-10-25T12:00 BEFORE", "2024-10-25T12"),
        ("less than three hours ago", TIMED, "TIME 2024-10-25T12:00 AFTER", "2024-10-25T11"),
        # days and more keep the day the amount reaches as their bound
        ("more than two days ago", TIMED, "DATE 2024-10-23 BEFORE", "2024-10-23"),
    ],
)
def test_hours_counted_from_a_reference(phrase: str, reference: str, timex: str, span: str) -> None:
    expression = parse(phrase, reference=reference)
    assert (str(expression.timex), str(expression.span)) == (timex, span)


def test_the_window_is_said() -> None:
    """The window of a whole day is an assumption the expression states."""
    (note,) = parse("two hours ago", reference=DAY).assumptions
    assert note.kind == "day"
    assert "2024-10-24T22/2024-10-25T21" in note.text
