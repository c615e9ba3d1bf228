"""A weekday counted in every month ("every first Tuesday", "the last Friday of every
month"): one SET, the month as its period, read by ``parse`` and by ``extract``.

The phrases and sentences are written for these tests; the reference is Friday 25 October
2024.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "rank", "weekday"),
    [
        # "of the month" after an ordinal word counts in the month, not a step of weeks
        ("every third Wednesday of the month", "third", "Wednesday"),
        # "each" and a digit ordinal, "of every month"
        ("each 4th Saturday of every month", "fourth", "Saturday"),
        # "first" needs no tail: a step of one week would be every week
        ("every first Thursday", "first", "Thursday"),
        # "last" needs none either: weeks have no last
        ("each last Sunday", "last", "Sunday"),
        # "final" is "last"
        ("every final Tuesday of the month", "last", "Tuesday"),
        # counted from the end, two back
        ("every penultimate Monday", "penultimate", "Monday"),
        # "in" as well as "of", and a fifth weekday, which some months lack
        ("every fifth Friday in the month", "fifth", "Friday"),
        # "a month" as the tail
        ("every second Sunday a month", "second", "Sunday"),
        # after "the", a tail that says "every month" makes it recur
        ("the first Monday of each month", "first", "Monday"),
        # ... and with "calendar"
        ("the 2nd Thursday of every calendar month", "second", "Thursday"),
        # an abbreviated weekday
        ("every last Fri of the month", "last", "Friday"),
    ],
)
def test_weekday_in_every_month(phrase: str, rank: str, weekday: str) -> None:
    """The value is the month, one day in it the frequency; the weekday and its rank, which
    TIMEX3 cannot hold, are named in the assumption."""
    e = parse(phrase, reference=REF)
    assert str(e.timex) == "SET P1M freq=1D"
    assert e.span is None
    (note,) = e.assumptions
    assert note.kind == "recurrence"
    assert note.text.startswith(f"the {rank} {weekday} of every month")


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # without a tail an ordinal from two up steps weeks, as before
        ("every third Saturday", "SET P3W freq=1D"),
        # "other" likewise
        ("every other Friday", "SET P2W freq=1D"),
        # a plain weekday recurs weekly
        ("each Wednesday", "SET XXXX-WXX-3"),
    ],
)
def test_steps_of_weeks_stay(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # "of the month" after "the" is one day of the month spoken of, not a recurrence
        ("the first Monday of the month", "2024-10-07"),
        # a named month likewise
        ("the last Friday of November", "2024-11-29"),
    ],
)
def test_one_day_of_one_month_stays_a_date(phrase: str, value: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == f"DATE {value}"


def test_no_sixth_weekday() -> None:
    """A month holds at most five of a weekday: "every sixth Monday" steps weeks."""
    assert str(parse("every sixth Monday", reference=REF).timex) == "SET P6W freq=1D"
    with pytest.raises(ParseError):
        parse("every sixth Monday of the month", reference=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one mention, no stray weekday or month beside it
        (
            "The tenants' board convenes every second Tuesday of the month.",
            [("every second Tuesday of the month", "SET", "P1M")],
        ),
        # "first" alone counts months
        ("Pensions are paid every first Wednesday.", [("every first Wednesday", "SET", "P1M")]),
        # after "on the", the recurrence keeps its article and leaves the preposition out
        (
            "Bins are emptied on the last Thursday of every month.",
            [("the last Thursday of every month", "SET", "P1M")],
        ),
        # "each" with an ordinal from two and no tail: one Thursday in three weeks
        ("The choir sings each third Thursday.", [("each third Thursday", "SET", "P3W")]),
        # a date of one month beside a recurrence: both read, each for what it is
        (
            "Since the first Monday of March, stalls open each last Saturday.",
            [
                ("the first Monday of March", "DATE", "2024-03-04"),
                ("each last Saturday", "SET", "P1M"),
            ],
        ),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=REF)] == expected
