"""Days counted inside a month or a year, weekdays of a named week, days shifted from a day,
and years of an era, read by ``parse`` and by ``extract`` (the same grammar, with TimeML's
extents). The reference is Friday 25 October 2024 throughout."""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "tense", "timex"),
    [
        # a named month with a year: counted in it, no choice to make
        ("the third Wednesday of January 2023", None, "DATE 2023-01-18"),
        # from the end of a month: the last Sunday of September 2021
        ("the last Sunday of September 2021", None, "DATE 2021-09-26"),
        # a year as the unit: its last Friday
        ("the last Friday of 2024", None, "DATE 2024-12-27"),
        # the first weekday of a year that starts on it (1 January 2024 is a Monday)
        ("the first Monday of 2024", None, "DATE 2024-01-01"),
        # a year-less month: the past tense takes the one that is over
        ("the second Monday of March", "past", "DATE 2024-03-11"),
        # the future tense takes the one to come
        ("the second Monday of March", "future", "DATE 2025-03-10"),
        # "in" as well as "of", and an abbreviated weekday: November 2024 is still ahead
        ("the fourth Thu. in November", "past", "DATE 2023-11-23"),
        # digits as the ordinal
        ("the 2nd Tuesday of February 2022", None, "DATE 2022-02-08"),
        # "final" counts from the end like "last"
        ("the final Saturday of May 2020", None, "DATE 2020-05-30"),
        # the last but one
        ("the penultimate day of 2019", None, "DATE 2019-12-30"),
        # a day of a year
        ("the last day of 2019", None, "DATE 2019-12-31"),
        # a day counted from the start of a year
        ("the 100th day of 2023", None, "DATE 2023-04-10"),
        # the current month, said "the month"
        ("the first day of the month", None, "DATE 2024-10-01"),
        # the current year, said "the year"
        ("the last day of the year", None, "DATE 2024-12-31"),
        # a cued month: the day counted in next month
        ("the 15th of next month", None, "DATE 2024-11-15"),
        # a cued year, a weekday from its end
        ("the last Monday of next year", None, "DATE 2025-12-29"),
        # a leap year's last day of February
        ("the last day of February 2024", None, "DATE 2024-02-29"),
        # a word ordinal above ten
        ("the twenty-first day of June 2015", None, "DATE 2015-06-21"),
    ],
)
def test_counted_day(phrase: str, tense: str | None, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense=tense).timex) == timex


def test_year_less_month_keeps_the_other_reading() -> None:
    """The month is chosen as any year-less month is: the other year stays an alternative,
    counted the same way."""
    e = parse("the first Friday of August", reference=REF)
    assert str(e.span) == "2024-08-02"  # the nearest August
    assert [str(a.span) for a in e.alternatives] == ["2025-08-01"]


@pytest.mark.parametrize(
    ("phrase", "tense", "timex"),
    [
        # the 12th of this month is over: the past tense takes it
        ("on the 12th", "past", "DATE 2024-10-12"),
        # the future tense takes next month's
        ("on the 12th", "future", "DATE 2024-11-12"),
        # the nearest: the 31st of this month is six days ahead
        ("the 31st", None, "DATE 2024-10-31"),
        # a month without the day is skipped: in the past, September has no 31st
        ("by the 31st", "past", "DATE 2024-08-31"),
        # today's day of the month holds the reference
        ("the 25th", "future", "DATE 2024-10-25"),
    ],
)
def test_day_of_the_month(phrase: str, tense: str | None, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense=tense).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        # February 2024 has four Mondays
        ("the fifth Monday of February 2024", "has no fifth Monday"),
        # no month has a 32nd day
        ("the 32nd day of March 2024", "no such day"),
        # a weekday counts at most five times in a month
        ("the sixth Monday of March 2024", "not a temporal expression"),
    ],
)
def test_impossible_counts_are_refused(phrase: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # the weekday of the next week
        ("Thursday of next week", "DATE 2024-10-31"),
        # the same without "of"
        ("Thursday next week", "DATE 2024-10-31"),
        # the possessive order
        ("next week's Tuesday", "DATE 2024-10-29"),
        # the previous week's
        ("Monday of last week", "DATE 2024-10-14"),
        # the current week's, already past
        ("Tuesday this week", "DATE 2024-10-22"),
        # "the coming week" is next week
        ("Wednesday of the coming week", "DATE 2024-10-30"),
    ],
)
def test_weekday_of_a_week(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # next Monday is 28 October; the one after it 4 November
        ("Monday after next", "DATE 2024-11-04"),
        # said on a Friday: next Friday is 1 November, so the one after is 8 November
        ("Friday after next", "DATE 2024-11-08"),
        # a week after the Friday to come, the reference's own Friday counting
        ("a week from Friday", "DATE 2024-11-01"),
        # the British form of the same
        ("Friday week", "DATE 2024-11-01"),
        # a week after the coming Monday
        ("Monday week", "DATE 2024-11-04"),
        # counted from a relative day
        ("two weeks from tomorrow", "DATE 2024-11-09"),
        # counted from a dated day, in days
        ("ten days from 3 March 2024", "DATE 2024-03-13"),
        # a month from a weekday
        ("a month from Tuesday", "DATE 2024-11-29"),
    ],
)
def test_day_shifted_from_a_day(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # "the" before a weekday after next: the same day as without it
        ("the Wednesday after next", "DATE 2024-11-06"),
        # last Thursday was 24 October; the one before it 17 October
        ("Thursday before last", "DATE 2024-10-17"),
        # said on a Friday: last Friday is the 18th, the one before it the 11th
        ("the Friday before last", "DATE 2024-10-11"),
        # this is week 43: the week after next is week 45, the one before last week 41
        ("the week after next", "DATE 2024-W45"),
        ("the week before last", "DATE 2024-W41"),
        # the weekend of that week
        ("the weekend after next", "DATE 2024-W45-WE"),
        ("the weekend before last", "DATE 2024-W41-WE"),
        # months, quarters and years two away
        ("the month after next", "DATE 2024-12"),
        ("the year before last", "DATE 2022"),
        ("the quarter before last", "DATE 2024-Q2"),
    ],
)
def test_two_away(phrase: str, timex: str) -> None:
    """ "after next" and "before last": two units, or two weekdays of a name, away."""
    e = parse(phrase, reference=REF)
    assert (str(e.timex), e.text[e.timex_start : e.timex_end]) == (timex, phrase)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "last" that opens a date of its own stays with it: "the week before" is no unit
        # two away here
        ("Prices fell the week before last Friday's rate cut.", [("last Friday", "2024-10-18")]),
        # "next" before a unit of its own likewise
        ("The count ends the week after next month's poll.", [("next month", "2024-11")]),
        # in running text
        (
            "The ferries stopped the weekend before last.",
            [("the weekend before last", "2024-W41-WE")],
        ),
    ],
)
def test_two_away_in_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # a year before the common era: TimeML's BC prefix, four digits
        ("323 BC", "DATE BC0323"),
        # with stops
        ("44 B.C.", "DATE BC0044"),
        # the neutral name of the era
        ("1200 BCE", "DATE BC1200"),
        # thousands written with a comma
        ("2,500 BC", "DATE BC2500"),
        # the common era, "AD" before the year
        ("AD 79", "DATE 0079"),
        # "A.D." after the year
        ("1066 A.D.", "DATE 1066"),
        # "CE" after the year
        ("632 CE", "DATE 0632"),
        # the fifth century BC: 500–401 BC, written with its hundreds
        ("the 5th century BC", "DATE BC04"),
        # the same in words
        ("the fifth century B.C.", "DATE BC04"),
        # the first century AD: years 1–99
        ("the first century AD", "DATE 00"),
        # a later century of the era is the ordinary century
        ("the 9th century AD", "DATE 08"),
    ],
)
def test_era(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_a_year_bc_has_no_span() -> None:
    """chronos's calendar starts at year 1: a year BC has a TIMEX3 value but no span."""
    e = parse("in 323 BC", reference=REF)
    assert (e.span, str(e.timex)) == (None, "DATE BC0323")
    assert str(parse("AD 79", reference=REF).span) == "0079"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted day with its modifiers inside the extent, the signal outside
        (
            "The board meets on the second Tuesday of November.",
            [("the second Tuesday of November", "DATE 2024-11-12", "on")],
        ),
        # a bare day of the month after a preposition, in the past tense
        (
            "The ministry said the vote was held on the 12th.",
            [("the 12th", "DATE 2024-10-12", "on")],
        ),
        # two bare days, a deadline and a future date
        (
            "It will reopen by the 30th and close on the 31st.",
            [("the 30th", "DATE 2024-10-30", "by"), ("the 31st", "DATE 2024-10-31", "on")],
        ),
        # an ordinal that counts something else is no day
        ("Voters backed the 26th amendment on Friday.", [("Friday", "DATE 2024-10-25", "on")]),
        # an ordinal without a preposition before it is no day either
        ("He finished the 12th in a row.", []),
        # a weekday of a week, one extent
        ("They met Thursday of last week.", [("Thursday of last week", "DATE 2024-10-17", None)]),
        # a day shifted from a weekday, one extent
        (
            "The verdict is due a week from Monday.",
            [("a week from Monday", "DATE 2024-11-04", None)],
        ),
        # eras, upper case in running text
        (
            "Caesar crossed the Rubicon in 49 BC; Pompeii was buried in AD 79.",
            [("49 BC", "DATE BC0049", "in"), ("AD 79", "DATE 0079", "in")],
        ),
        # "ad" in lower case is the noun
        ("The ad 79 ran twice.", []),
        # a vague part of a year BC: no span to narrow, the mod says it
        ("Built around 300 BC, the temple stood.", [("around 300 BC", "DATE BC0300 APPROX", None)]),
        (
            "It fell in the late 5th century BC.",
            [("the late 5th century BC", "DATE BC04 END", "in")],
        ),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [(m.text, str(m.timex), m.signal) for m in extract(text, dct=REF)]
    assert found == expected


def test_a_counted_weekday_needs_the_in_running_text() -> None:
    """ "every second Monday of the month" recurs: it is one SET, no single counted day (see
    test_parse_monthly_weekday.py); with "the" it is one day."""
    found = extract("They meet every second Monday of the month.", dct=REF)
    assert [(m.text, m.timex.type) for m in found] == [("every second Monday of the month", "SET")]
    assert [m.text for m in extract("They meet on the second Monday of the month.", dct=REF)] == [
        "the second Monday of the month"
    ]
