"""A weekday with a day of the month, "Friday the 13th": the day of a month on which it falls
on that weekday, read by ``parse`` and by ``extract``. The reference is Friday 25 October
2024 (around it: Friday 13 September and Friday 13 December 2024; Thursday 12 September and
Thursday 12 December 2024)."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "tense", "timex"),
    [
        # no tense: the nearer of the two (September is 42 days back, December 49 ahead)
        ("Friday the 13th", None, "DATE 2024-09-13"),
        # the past tense takes the latest one over
        ("Friday the 13th", "past", "DATE 2024-09-13"),
        # the future tense the first one to come
        ("Friday the 13th", "future", "DATE 2024-12-13"),
        # a comma after the weekday, as datelines write it
        ("Thursday, the 12th", "future", "DATE 2024-12-12"),
        # an abbreviated weekday with its dot, the ordinal without "the"
        ("Tue. 5th", "future", "DATE 2024-11-05"),
        # the ordinal as a word
        ("Wednesday the twenty-first", "past", "DATE 2024-08-21"),
        # a day the current month holds on that weekday: 1 October 2024 is a Tuesday
        ("on Tuesday the 1st", "past", "DATE 2024-10-01"),
        # "since" looks back even without a tense
        ("since Monday the 30th", None, "DATE 2024-09-30"),
        # the 31st: only months that have it count (Thursday 31 October 2024 is ahead)
        ("Thursday the 31st", "future", "DATE 2024-10-31"),
        # behind, a Saturday 31st: August 2024
        ("Saturday the 31st", "past", "DATE 2024-08-31"),
        # with a clock time, the day takes it
        ("Friday the 13th at 9 p.m.", "future", "TIME 2024-12-13T21:00"),
        # a month after the day is the full date (weekday_date), not this rule
        ("Friday the 13th of September", None, "DATE 2024-09-13"),
    ],
)
def test_weekday_with_day(phrase: str, tense: str | None, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense=tense).timex) == timex


def test_the_other_side_is_kept_as_the_other_reading() -> None:
    """Without a cue the other direction stays an alternative, as for a bare weekday."""
    e = parse("Friday the 13th", reference=REF)
    assert [str(a.span) for a in e.alternatives] == ["2024-12-13"]


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "message"),
    [
        # no Friday 13th in the year before 2002-08-15 (the last was in July 2001)
        (
            "Friday the 13th",
            "2002-08-15",
            "past",
            "no such day: no Friday the 13th within a year before 2002-08-15",
        ),
        # none in the year after 2001-07-15 (the next was in September 2002)
        (
            "Friday the 13th",
            "2001-07-15",
            "future",
            "no such day: no Friday the 13th within a year after 2001-07-15",
        ),
        # a weekday's 31st is rarer still: the last Thursday 31st before the reference was
        # 31 August 2023, fourteen months back
        (
            "Thursday the 31st",
            REF,
            "past",
            "no such day: no Thursday the 31st within a year before 2024-10-25",
        ),
    ],
)
def test_none_within_a_year_on_the_side_asked(
    phrase: str, reference: str, tense: str, message: str
) -> None:
    with pytest.raises(ParseError, match=message):
        parse(phrase, reference=reference, tense=tense)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the past tense of the clause picks September's
        (
            "Officials met on Friday the 13th to sign the pact.",
            [("Friday the 13th", "DATE 2024-09-13")],
        ),
        # the future tense picks December's; the comma stays inside the extent
        (
            "The board will vote on Thursday, the 12th.",
            [("Thursday, the 12th", "DATE 2024-12-12")],
        ),
        # an ordinal of something else is no day: only the weekday is a date
        (
            "He spoke on Monday, the 25th anniversary of the ruling.",
            [("Monday", "DATE 2024-10-21")],
        ),
        # a bare number after a weekday is not read as its day
        (
            "On Monday 3 protesters were held.",
            [("Monday", "DATE 2024-10-21")],
        ),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=REF)] == expected
