"""Dates that name what happened on them ("the Sept. 11 attacks", "the 7 July bombings"):
one day in history, not a day of the DCT's year. The sentences are written for these tests;
the DCT is Friday 25 October 2024 unless a row gives another."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the day first, as British papers write it
        ("Checks grew after the 11 September attacks.", DCT, ("11 September", "2001-09-11")),
        # the London bombings, the day first
        ("The 7 July bombings closed three lines.", DCT, ("7 July", "2005-07-07")),
        # ... the month first
        ("Survivors of the July 7 bombings met.", DCT, ("July 7", "2005-07-07")),
        # Madrid's trains
        ("The March 11 bombings changed the vote.", DCT, ("March 11", "2004-03-11")),
        # Paris, with "attackers"
        ("The November 13 attackers were tried.", DCT, ("November 13", "2015-11-13")),
        # the US Capitol: an ordinal day and "riot"
        ("The January 6th riot led to trials.", DCT, ("January 6th", "2021-01-06")),
        # ... a short month with its stop, and the committee named after the day
        ("The Jan. 6 committee published its report.", DCT, ("Jan. 6", "2021-01-06")),
        # Israel: "hostages"
        ("Families of the October 7 hostages marched.", DCT, ("October 7", "2023-10-07")),
        # no DCT: the day in history all the same
        ("Checks grew after the Sept. 11 attacks.", None, ("Sept. 11", "2001-09-11")),
        # a slash date, month first as US papers write it
        ("Airports changed after the 9/11 hijackings.", DCT, ("9/11", "2001-09-11")),
        # ... the same numbers both ways
        ("A plaque recalls the 7/7 bombers' victims.", DCT, ("7/7", "2005-07-07")),
        # ... day first, as French papers write it
        ("The 13/11 attacks were tried in Paris.", DCT, ("13/11", "2015-11-13")),
        # a year later and more: the name still means that day
        ("The 13 November attacks still haunt Paris.", "2025-11-20", ("13 November", "2015-11-13")),
        # ... and on the anniversary, when the same day of this year is a day back
        ("Vigils mourned the October 7 attack.", "2024-10-08", ("October 7", "2023-10-07")),
    ],
)
def test_a_date_before_the_name_of_its_event_is_that_day(
    text: str, dct: str | None, expected: tuple[str, str]
) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # written before 7 October 2023: an attack on the 7th of that month
        ("The October 7 attack was foiled by police.", "2019-10-09", ("October 7", "2019-10-07")),
        # a word that names no event: a day of the year, placed by the tense
        ("The levy was paid on September 11.", DCT, ("September 11", "2024-09-11")),
        # "attack" after the date, not after a date of the table: the DCT's year
        ("The May 3 attack was foiled by police.", DCT, ("May 3", "2024-05-03")),
        # the event word before the date, not after it: a day of the year
        ("The attack on July 7 was foiled.", DCT, ("July 7", "2024-07-07")),
        # a slash date written before the day in history: not read as that day
        ("The 9/11 attacks hit the port.", "1999-01-04", None),
        # a slash date that names no event day ("3/4 attacks"): not read
        ("The 3/4 attacks were planned.", DCT, None),
    ],
)
def test_other_dates_stay_days_of_the_year(
    text: str, dct: str, expected: tuple[str, str] | None
) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=dct)] == (
        [expected] if expected else []
    )
