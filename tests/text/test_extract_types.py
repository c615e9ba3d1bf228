"""``extract``: what a unit phrase is (DATE, DURATION, SET) from its neighbours, and the
phrases that look temporal in one place and are not in another.

All sentences are written for these tests; the DCT is Friday 25 October 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2024, 10, 25)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a quantity, "a week" is a rate
        ("The ferry makes 40 crossings a week.", [("a week", "SET", "P1W")]),
        # a plural written in capitals is a quantity too
        ("The plant pressed 9,000 DVDs a day.", [("a day", "SET", "P1D")]),
        # before "after", the same words are an offset from an event, not a rate
        ("The strike came a day after the talks broke down.", [("a day", "DURATION", "P1D")]),
        # before "before", likewise
        ("Pay talks opened a week before the ballot.", [("a week", "DURATION", "P1W")]),
        # "one day" after a modal is some time to come
        ("The valley might one day hold a reservoir.", [("one day", "DATE", "FUTURE_REF")]),
        # after "will" too
        ("She will one day run the bank.", [("one day", "DATE", "FUTURE_REF")]),
        # without a modal it stays a length
        ("The inspectors stayed one day.", [("one day", "DURATION", "P1D")]),
        # before "when", "a day" is a day the clause names: a point with unknown fields
        ("Then came a day when the mill fell silent.", [("a day", "DATE", "XXXX-XX-XX")]),
        # a year likewise, after a verb of memory
        ("Elders recall a year when the lake froze.", [("a year", "DATE", "XXXX")]),
        # a week after "was"
        ("It was a week when every ferry sailed late.", [("a week", "DATE", "XXXX-WXX")]),
        # a month likewise
        ("There was a month when no rain fell.", [("a month", "DATE", "XXXX-XX")]),
        # after a verb that takes a length, "when" contrasts: the length stays
        (
            "The audit took a day when it should take an hour.",
            [("a day", "DURATION", "P1D"), ("an hour", "DURATION", "PT1H")],
        ),
        # after "for" likewise
        ("They queued for a week when tickets went on sale.", [("a week", "DURATION", "P1W")]),
        # a comma between them: the clause is not about the day
        ("The ferry waited a day, when the storm eased.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_unit_phrases_by_their_neighbours(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A unit phrase is a rate after a quantity, an offset before "after", a vague future
    after a modal."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the fiscal year" is the year the text is about, as "the year" is
        ("Margins should widen over the fiscal year.", [("the fiscal year", "DATE", "2024")]),
        # "the full year" likewise
        ("The chain sees flat sales for the full year.", [("the full year", "DATE", "2024")]),
        # "the entire year" likewise, after the year the text named
        (
            "Output fell in 2021 and stayed low for the entire year.",
            [("2021", "DATE", "2021"), ("the entire year", "DATE", "2021")],
        ),
        # before "ended" it is the length of a reporting period
        (
            "In the fiscal year ended June 30, exports rose.",
            [("the fiscal year", "DURATION", "P1Y"), ("June 30", "DATE", "2024-06-30")],
        ),
        # before an amount of money: the year's high, the quarter's revenue
        ("Shares hit a low for the year of $12.40.", [("the year", "DATE", "2024")]),
        # "to $…" after the quarter is an amount, not a clock time
        ("Revenue slid in the quarter to $410 million.", [("the quarter", "DATE", "2024-Q4")]),
        # "on" before a noun other than "which"
        (
            "The lender broke even for the quarter on lower costs.",
            [("the quarter", "DATE", "2024-Q4")],
        ),
        # a possessive: the unit is inside, "'s" outside
        ("It was the week's busiest session.", [("the week", "DATE", "2024-W43")]),
        # "the day of the vote" names the day by an event: not a bare unit
        ("Crowds gathered on the day of the vote.", []),
        # "the year-earlier nine months" is a length of nine months, as "the first nine
        # months" is
        (
            "Profit for the year-earlier nine months included a tax credit.",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
    ],
)
def test_whole_units_and_reporting_periods(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "the fiscal year", "the full year" are the unit the text is about."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of trading days is a count of days
        (
            "Nine trading days passed before the shares recovered.",
            [("Nine trading days", "DURATION", "P9D")],
        ),
        # business days too
        ("Refunds arrive within ten business days.", [("ten business days", "DURATION", "P10D")]),
        # working days, with "later"
        (
            "The mill shut on Monday and reopened three working days later.",
            [("Monday", "DATE", "2024-10-21"), ("three working days later", "DATE", "2024-10-24")],
        ),
    ],
)
def test_days_of_a_working_calendar(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "trading days", "business days", "working days" are counted as days (the calendar
    of a market or an office is not modelled: a count of them is that many days)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before an ordinal makes it a day, even before a noun
        ("A June 3rd memo set out the plan.", [("June 3rd", "DATE", "2024-06-03")]),
        # with an abbreviated month
        ("The Sept. 9th filing was late.", [("Sept. 9th", "DATE", "2024-09-09")]),
        # another month, another day, another noun
        ("A Dec. 21st deadline loomed.", [("Dec. 21st", "DATE", "2024-12-21")]),
        # an ordinal alone before a noun is still an ordinal of something else
        ("The 19th amendment was cited.", []),
        # a share of a number of things
        ("The chain shut 212, or about a quarter, of its 850 branches.", []),
        # a month heading a name, with "the" inside the name
        ("She led the March of the Silent Widows.", []),
        # a season heading a name
        ("Volunteers joined the Summer of Service drive.", []),
        # a month with "of" and a year stays a date
        ("The plant opened in March of 2019.", [("March of 2019", "DATE", "2019-03")]),
        # a decade of someone's life is an age
        ("The author wrote it in her 30s.", []),
        # with a modifier and in words
        ("He retired in his early forties.", []),
        # another possessive, another decade in words
        ("Their coach quit in his late fifties.", []),
        # a decade of the century stays
        ("Rents doubled in the 1990s.", [("the 1990s", "DATE", "199")]),
        # "future" before a plural unit is the times to come, one mention, as "coming" is
        (
            "Credits will trim its tax bill in future quarters.",
            [("future quarters", "DATE", "FUTURE_REF")],
        ),
        # before a noun that is no unit it is an adjective, no time
        ("The fund saves for future generations.", []),
    ],
)
def test_what_looks_temporal(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Ordinals, fractions, names and ages by their neighbours."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no tense cue, "in" a length shorter than a day is how long it took
        (
            "Shares shedding 8% in forty minutes, traders fled.",
            [("forty minutes", "DURATION", "PT40M")],
        ),
        # a future clause keeps the time to come: two hours from a DCT given as a day, some
        # time in that day, not 02:00
        ("The polls will close in two hours.", [("two hours", "DATE", "2024-10-25")]),
        # a length of days or more keeps its reading
        ("Bonds mature in ten years.", [("ten years", "DATE", "2034")]),
        # "between" two counts makes two ends, the first with the second's unit
        (
            "Repairs will take between 30 and 45 days.",
            [("30", "DURATION", "P30D"), ("45 days", "DURATION", "P45D")],
        ),
        # "between … to …" as well, in words
        (
            "Recovery takes between three to five weeks.",
            [("three", "DURATION", "P3W"), ("five weeks", "DURATION", "P5W")],
        ),
        # without "between", a range of counts is one vague length
        ("Recovery takes three to five weeks.", [("three to five weeks", "DURATION", "PXW")]),
        # the gap before a date is a length of its own
        (
            "Six days after Oct. 2, the dam broke.",
            [("Six days", "DURATION", "P6D"), ("Oct. 2", "DATE", "2024-10-02")],
        ),
        # before a holiday as well
        (
            "Stocks rallied two weeks before Christmas.",
            [("two weeks", "DURATION", "P2W"), ("Christmas", "DATE", "2024-12-25")],
        ),
    ],
)
def test_lengths_and_their_ends(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Lengths after "in", between two counts and before a date."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the latest day of a run the news reports is the DCT's day
        (
            "Ferries stayed in port for a third straight day.",
            [("a third straight day", "DATE", "2024-10-25")],
        ),
        # "the nth day of" an event too
        ("It was the sixth day of the walkout.", [("the sixth day", "DATE", "2024-10-25")]),
        # a week
        (
            "The index slid for a fifth consecutive week.",
            [("a fifth consecutive week", "DATE", "2024-W43")],
        ),
        # "a second" alone stays a length
        ("The lights flickered for a second.", [("a second", "DURATION", "PT1S")]),
        # a counted day of a month stays the grammar's
        ("The second day of March was wet.", [("The second day of March", "DATE", "2024-03-02")]),
    ],
)
def test_runs_of_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "weekly", "hourly" before a noun recur: SETs, as "daily" is
        ("He gave his weekly briefing.", [("weekly", "SET", "P1W")]),
        ("Average hourly pay rose.", [("hourly", "SET", "PT1H")]),
        # "annual", "quarterly" before a noun name a report's period: not read
        ("The annual report and quarterly figures are out.", []),
        # a year in short after a name with a capital is a version
        ("The studio shipped Photon '19 last spring.", [("last spring", "DATE", "2024-SP")]),
        # after another quote mark it opens a quotation
        ("He told ''20 Questions'' viewers.", []),
        # a year in short after a preposition is a year
        ("The mill closed in '98.", [("'98", "DATE", "1998")]),
        # "post-" and "pre-" joined to a year: one word, one TIMEX3, the prefix its signal
        ("The post-2008 rules were stricter.", [("post-2008", "DATE", "2008")]),
        ("A pre-1990 model was recalled.", [("pre-1990", "DATE", "1990")]),
        # a number joined by a dash to another stays part of it
        ("Dial 555-2024 for details.", []),
        # an adjectival length of unknown count
        ("She left after a several-year stint abroad.", [("several-year", "DURATION", "PXY")]),
        # a weekday ending a headline is not joined to the dateline below it
        (
            "Port strike will last until Monday\nOctober 25 , 2024\nDockers said.",
            [("Monday", "DATE", "2024-10-28"), ("October 25 , 2024", "DATE", "2024-10-25")],
        ),
        # with a comma, a wrapped line still joins weekday and date
        (
            "It reopens on Monday,\nOct. 28, the port said.",
            [("Monday,\nOct. 28", "DATE", "2024-10-28")],
        ),
    ],
)
def test_recurrences_versions_and_headlines(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "single" counts one before a unit, joined by a hyphen
        (
            "It was the steepest single-day fall in a decade.",
            [("single-day", "DURATION", "P1D"), ("a decade", "DURATION", "P10Y")],
        ),
        # with the article inside the extent
        ("Not a single week passed without a strike.", [("a single week", "DURATION", "P1W")]),
        # before another noun "single" counts nothing
        ("She released a single album.", []),
        # a newspaper called a daily, before its name, is no recurrence
        ("The ruling party daily Pravda ran the letter.", []),
        # nor a weekly
        ("The news weekly Stern printed the photos.", []),
        # "daily" before a common noun still recurs
        ("The army gives daily briefings.", [("daily", "SET", "P1D")]),
        # two weekdays sharing a plural part of the day: both recur
        (
            "Buses run on Friday and Saturday nights.",
            [("Friday", "SET", "XXXX-WXX-5TNI"), ("Saturday nights", "SET", "XXXX-WXX-6TNI")],
        ),
        # "or" likewise, mornings
        (
            "Lessons are on Tuesday or Thursday mornings.",
            [("Tuesday", "SET", "XXXX-WXX-2TMO"), ("Thursday mornings", "SET", "XXXX-WXX-4TMO")],
        ),
        # three weekdays in a list: every one recurs
        (
            "The clinic opens Monday, Wednesday and Friday evenings.",
            [
                ("Monday", "SET", "XXXX-WXX-1TEV"),
                ("Wednesday", "SET", "XXXX-WXX-3TEV"),
                ("Friday evenings", "SET", "XXXX-WXX-5TEV"),
            ],
        ),
        # ... with the serial comma
        (
            "Trams stop on Sunday, Monday, and Tuesday afternoons.",
            [
                ("Sunday", "SET", "XXXX-WXX-7TAF"),
                ("Monday", "SET", "XXXX-WXX-1TAF"),
                ("Tuesday afternoons", "SET", "XXXX-WXX-2TAF"),
            ],
        ),
        # a comma and "and" after one weekday join two clauses: Monday is one day
        (
            "The crew left on Monday, and Friday nights stay quiet.",
            [("Monday", "DATE", "2024-10-21"), ("Friday nights", "SET", "XXXX-WXX-5TNI")],
        ),
    ],
)
def test_counts_papers_and_shared_parts_of_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected
