"""``extract``: the day or night of a counted run ("the twelfth day of the blockade"), the
extent of a part of the day after "that", ages written as decades of a life, and the order
of a text's slash dates.

All sentences are written for these tests; the DCT is Friday 25 October 2024 unless a row
says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import Policy, Relation, extract

DCT = date(2024, 10, 25)


def _found(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    return [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal word past "tenth": the latest day of the run is the DCT's
        (
            "Bakers ran out of flour on the twelfth day of the blockade.",
            [("the twelfth day", "DATE", "2024-10-25")],
        ),
        # "twentieth", and a week
        (
            "Pickets stood firm into a twentieth straight week.",
            [("a twentieth straight week", "DATE", "2024-W43")],
        ),
        # tens and an ordinal joined by a hyphen
        (
            "It was the thirty-second day of the sit-in.",
            [("the thirty-second day", "DATE", "2024-10-25")],
        ),
        # a run of nights: the latest is the DCT's night, the whole phrase the extent
        (
            "Drummers marched for a fifth consecutive night.",
            [("a fifth consecutive night", "TIME", "2024-10-25TNI")],
        ),
        # "successive" and digits
        (
            "Lamps stayed dark for a 3rd successive night.",
            [("a 3rd successive night", "TIME", "2024-10-25TNI")],
        ),
    ],
)
def test_counted_runs_of_days_and_nights(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" is inside the extent, as in "that day"; with no day named, the DCT's
        (
            "The ferry sailed that morning and docked at dusk.",
            [("that morning", "TIME", "2024-10-25TMO")],
        ),
        # after a day named, that day's evening
        (
            "Crews landed on Tuesday. That evening the wind dropped.",
            [("Tuesday", "DATE", "2024-10-22"), ("That evening", "TIME", "2024-10-22TEV")],
        ),
        # "the same" is inside too
        (
            "The vote passed on 2 March 2021; the same night, crowds gathered.",
            [("2 March 2021", "DATE", "2021-03-02"), ("the same night", "TIME", "2021-03-02TNI")],
        ),
    ],
)
def test_that_part_of_the_day_keeps_its_determiner(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mid-" joined to the decade after a possessive: an age
        ("The envoy, in his mid-60s, stepped down.", []),
        # "late-" likewise, plural owner
        ("Most recruits were in their late-20s.", []),
        # without a possessive it is the decade of the century
        ("Rents soared in the mid-1980s.", [("the mid-1980s", "DATE", "198")]),
    ],
)
def test_decades_of_a_life_are_ages(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text that writes "June 3" writes its slash dates month first
        (
            "Filed June 3, 2011. The invoice, dated 4/5/11, was unpaid.",
            [("June 3, 2011", "DATE", "2011-06-03"), ("4/5/11", "DATE", "2011-04-05")],
        ),
        # one that writes "3 June" writes them day first
        (
            "Filed 3 June 2011. The invoice, dated 4/5/11, was unpaid.",
            [("3 June 2011", "DATE", "2011-06-03"), ("4/5/11", "DATE", "2011-05-04")],
        ),
        # abbreviated months count: "Sept. 9" is month first
        (
            "On Sept. 9 the firm paid the bill of 2/3/2011.",
            [("Sept. 9", "DATE", "2024-09-09"), ("2/3/2011", "DATE", "2011-02-03")],
        ),
        # no written date: the policy's default, day first
        ("The invoice, dated 4/5/11, was unpaid.", [("4/5/11", "DATE", "2011-05-04")]),
        # "may" the modal is no month: the default stands
        (
            "They may 3D-print it; the invoice, dated 4/5/11, was unpaid.",
            [("4/5/11", "DATE", "2011-05-04")],
        ),
    ],
)
def test_slash_dates_follow_the_texts_own_order(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


def test_a_given_policy_overrides_the_texts_order() -> None:
    # the caller's policy wins over the text's habit
    text = "Filed June 3, 2011. The invoice, dated 4/5/11, was unpaid."
    mentions = extract(text, dct=DCT, policy=Policy(day_first=True))
    assert [m.timex.value for m in mentions] == ["2011-06-03", "2011-05-04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of months that names its month: the run is at that month, not the DCT's
        (
            "Factory output shrank for a fourth straight month in August.",
            [("a fourth straight month", "DATE", "2024-08"), ("August", "DATE", "2024-08")],
        ),
        # the month with its year
        (
            "Rents climbed for a sixth consecutive month in March 2022.",
            [
                ("a sixth consecutive month", "DATE", "2022-03"),
                ("March 2022", "DATE", "2022-03"),
            ],
        ),
        # a run of days on a weekday
        (
            "Crowds gathered for a ninth successive day on Wednesday.",
            [("a ninth successive day", "DATE", "2024-10-23"), ("Wednesday", "DATE", "2024-10-23")],
        ),
        # a run of days in a month names no day of its own: still the DCT's
        (
            "Miners stayed out for a third straight day in October.",
            [("a third straight day", "DATE", "2024-10-25"), ("October", "DATE", "2024-10")],
        ),
        # a run of months with no time named ends in the DCT's month
        (
            "Orders dropped for a second straight month.",
            [("a second straight month", "DATE", "2024-10")],
        ),
    ],
)
def test_a_run_that_names_its_latest_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in a row" after the unit is part of the run, which ends at the DCT
        (
            "Rents climbed a sixth month in a row.",
            [("a sixth month in a row", "DATE", "2024-10")],
        ),
        # "in a row" and then the month the run reached: that month, not "a sixth month"
        (
            "Ticket sales sagged for a second month in a row in July.",
            [("a second month in a row", "DATE", "2024-07"), ("July", "DATE", "2024-07")],
        ),
        # "running" after the unit, a run of days
        (
            "The ferries stayed in port for the fourth day running.",
            [("the fourth day running", "DATE", "2024-10-25")],
        ),
        # a run of years needs a word that makes it one: "running" after it
        (
            "The orchard lost money for the third year running.",
            [("the third year running", "DATE", "2024")],
        ),
        # ... or one before it; quarters likewise
        (
            "Margins narrowed for a seventh consecutive quarter.",
            [("a seventh consecutive quarter", "DATE", "2024-Q4")],
        ),
        # a run of weeks "in a row", digits for the ordinal
        (
            "Queues lengthened for a 9th week in a row.",
            [("a 9th week in a row", "DATE", "2024-W43")],
        ),
        # "running" before a noun is a verb: the run ends at its unit
        (
            "She spent a second day running the stall.",
            [("a second day", "DATE", "2024-10-25")],
        ),
    ],
)
def test_runs_counted_in_a_row_or_running(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal quarter with no word of a run is a named quarter, not a run
        "Profits fell in the second quarter.",
        # an ordinal year with no word of a run is a year of something else
        "The scheme is now in its third year of funding.",
    ],
)
def test_ordinal_years_and_quarters_without_a_run_word_are_no_run(text: str) -> None:
    values = [m.timex.value for m in extract(text, dct=DCT)]
    assert "2024-Q4" not in values
    assert "2024" not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day and month: the mention is the date alone, "on or after" its signal
        (
            "Refunds can be claimed on or after 14 November.",
            [("14 November", "2024-11-14", "on or after", Relation.ON_OR_AFTER)],
        ),
        # a weekday in a future clause
        (
            "The bridge will reopen on or after Thursday.",
            [("Thursday", "2024-10-31", "on or after", Relation.ON_OR_AFTER)],
        ),
        # "no earlier than", the same relation
        (
            "Voting starts no earlier than 2 December.",
            [("2 December", "2024-12-02", "no earlier than", Relation.ON_OR_AFTER)],
        ),
        # "on or" before "off" is no signal, and "after" alone stays strict
        (
            "Lights went on or off after midnight.",
            [("midnight", "2024-10-25T00:00", "after", Relation.AFTER)],
        ),
    ],
)
def test_on_or_after_in_text(text: str, expected: list[tuple[str, str, str, Relation]]) -> None:
    assert [
        (m.text, m.timex.value, m.signal, m.relation) for m in extract(text, dct=DCT)
    ] == expected
