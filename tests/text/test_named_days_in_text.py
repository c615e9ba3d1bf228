"""Weekdays with a name of their own ("Black Monday", "Black Friday 2023"), dates that name
an event, midnight on a named day, and seasons counted without a cue, read by ``extract``.

The sentences are written for these tests; the reference is Friday 25 October 2024.
"""

from __future__ import annotations

import pytest

from chronos import extract

REF = "2024-10-25"


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
        # a deadline in the present, placed as the weekday alone is (the nearest Monday)
        ("The filing deadline is midnight Monday.", [("midnight Monday", "2024-10-28T24:00")]),
        # in a past clause, the Tuesday gone
        ("The offer expired at midnight Tuesday.", [("midnight Tuesday", "2024-10-22T24:00")]),
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


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a text of 1960: the Monday of 1929's crash, the only one by then
        ("Old brokers spoke of Black Monday.", "1960-05-02", [("Black Monday", "1929-10-28")]),
        # a text of 1925: no day had that name yet, and no weekday is read in its place
        ("Old brokers spoke of Black Monday.", "1925-05-04", []),
        # no DCT: the latest such day
        ("Old brokers spoke of Black Monday.", None, [("Black Monday", "1987-10-19")]),
    ],
)
def test_historic_days_by_the_dct(
    text: str, dct: str | None, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=dct)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future clause: the midnight that ends the publication day
        ("Officials said the ban will start at midnight.", ("midnight", "2024-10-25T24:00")),
        # a past clause: the one that began it
        ("The shelling stopped at midnight.", ("midnight", "2024-10-25T00:00")),
        # "midnight tonight" is the end of the day whatever the tense
        ("The shelling stopped at midnight tonight.", ("midnight tonight", "2024-10-25T24:00")),
    ],
)
def test_midnight_with_no_day_follows_the_clause(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct="2024-10-25")] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # said on the Monday of Easter week 2024 (Easter Sunday was 31 March): the week
        # under way, though the feast is ahead, not the Easter week of 2023
        (
            "Pilgrims filled the squares as Easter week began.",
            "2024-03-25",
            ("Easter week", "2024-W13"),
        ),
        # a future clause: the coming one
        ("Many shops will shut in Christmas week.", "2024-10-25", ("Christmas week", "2024-W52")),
        # a past clause with the holiday well over: last year's
        (
            "Traffic jammed the roads in Thanksgiving week.",
            "2024-10-25",
            ("Thanksgiving week", "2023-W47"),
        ),
    ],
)
def test_the_week_of_a_holiday(text: str, dct: str, expected: tuple[str, str]) -> None:
    """A holiday before "week" is one mention, the ISO week that holds it, placed by its
    clause; in a past clause a week already begun by the DCT is the one meant."""
    assert [(m.text, m.timex.value) for m in extract(text, dct=dct)] == [expected]
