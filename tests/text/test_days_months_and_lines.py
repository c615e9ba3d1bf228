"""Days of the month, lower-case months, chat lines and deictic phrases without a DCT.

Rules read from whole statements: a bare "the 12th" where a copula or a pair makes it a
day, a month heading a sentence before its day, a lower-case short month, a speaker's line
as a sentence of its own, and deictic phrases with no DCT. All sentences are written for
these tests; the DCT is Friday 25 October 2024.
"""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


def _found(text: str, dct: str | None = DCT) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a copula before it makes the bare ordinal the day ("it's" splits as "it ' s")
        ("wait, it's the 31st already?", [("the 31st", "DATE 2024-10-31")]),
        # "is it" asks which day; the second of a pair of days joined by "or" is one too
        (
            "is it the 2nd or the 4th?",
            [("the 2nd", "DATE 2024-11-02"), ("the 4th", "DATE 2024-11-04")],
        ),
        # "make it" proposes a day, "then" may close the clause
        ("let's make it the 28th then", [("the 28th", "DATE 2024-10-28")]),
        # an ordinal of a noun after the copula stays an ordinal
        ("it was the 3rd time this week", [("this week", "DATE 2024-W43")]),
        # a pair after a verb that makes no day: neither is one
        ("they took the 5th and the 6th", []),
    ],
)
def test_bare_days_of_the_month(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a lower-case short month alone is the month: no name is written so
        ("feb was brutal lol", [("feb", "DATE 2024-02")]),
        # ... but "Jan" with its capital is a name, and "jan" in lower case may be one too
        ("Jan was brutal", []),
        ("jan and I went", []),
        # a month heading a sentence with its day before a verb of being is the month
        ("March 3 was the deadline.", [("March 3", "DATE 2024-03-03")]),
        # ... in lower case too, as messages write it
        ("march 9 is the vote", [("march 9", "DATE 2025-03-09")]),
        # the modal before a count stays the modal
        ("May 3 people come?", []),
    ],
)
def test_months_that_head_a_sentence_or_are_lower_case(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


def test_a_speakers_line_is_a_sentence_of_its_own() -> None:
    # the clock time takes no day from the next message: two lines, two sentences
    text = "ana: the shop shuts at 6pm\nben: see you on Saturday"
    assert _found(text) == [("6pm", "TIME 2024-10-25T18:00"), ("Saturday", "DATE 2024-10-26")]
    assert len({m.sentence for m in extract(text, dct=DCT)}) == 2


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # with no DCT, the text's own date is not the writer's now: "last year" is unknown
        (
            "The firm was founded on 2 May 2011. It moved last year.",
            [("2 May 2011", "DATE 2011-05-02"), ("last year", "DATE XXXX")],
        ),
        # ... and so are a count back and a week ahead
        (
            "Founded on 2 May 2011, it moved two years ago and moves again next week.",
            [
                ("2 May 2011", "DATE 2011-05-02"),
                ("two years ago", "DATE XXXX"),
                ("next week", "DATE XXXX-WXX"),
            ],
        ),
    ],
)
def test_deictic_phrases_without_a_dct(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, dct=None) == found


@pytest.mark.parametrize(
    ("text", "found", "sentences"),
    [
        # the stop of "p.m." before the weekday its clock time is on ends no sentence, so
        # the clock times after it take that weekday's day
        (
            "The march sets off at 11 a.m. Sunday, and streets stay shut from 9 a.m. to 4 p.m.",
            [
                ("11 a.m. Sunday", "TIME 2024-10-27T11:00"),
                ("9 a.m.", "TIME 2024-10-27T09:00"),
                ("4 p.m.", "TIME 2024-10-27T16:00"),
            ],
            1,
        ),
        # before any other capitalised word it still ends one
        (
            "The hearing closed at 4 p.m. Lawyers met on Monday.",
            [("4 p.m.", "TIME 2024-10-25T16:00"), ("Monday", "DATE 2024-10-21")],
            2,
        ),
    ],
)
def test_a_clock_time_before_its_weekday(
    text: str, found: list[tuple[str, str]], sentences: int
) -> None:
    mentions = extract(text, dct=DCT)
    assert [(m.text, str(m.timex)) for m in mentions] == found
    assert len({m.sentence for m in mentions}) == sentences


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare day of the month is in the month the text is at, not the nearest to the DCT
        (
            "The talks opened on April 28. They broke down on the 30th.",
            [("April 28", "DATE 2024-04-28"), ("the 30th", "DATE 2024-04-30")],
        ),
        # ... a day named in the message before gives its month to both days of a pair
        (
            "jo: dinner is dec 14\nal: is it the 14th or the 21st?",
            [
                ("dec 14", "DATE 2024-12-14"),
                ("the 14th", "DATE 2024-12-14"),
                ("the 21st", "DATE 2024-12-21"),
            ],
        ),
        # with no month near, the nearest one to the DCT
        ("We meet again on the 12th.", [("the 12th", "DATE 2024-11-12")]),
        # a weekday names no month the text is at: the nearest 28th still
        (
            "we fly out next Friday. is it the 28th?",
            [("next Friday", "DATE 2024-11-01"), ("the 28th", "DATE 2024-10-28")],
        ),
    ],
)
def test_a_bare_day_in_the_month_the_text_is_at(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "dct", "found"),
    [
        # "last year" compared with an amount, beside the year its sentence names: the year
        # before that one, not a year before a month named earlier
        (
            "Orders rose in June. The group now sees a margin for 2025 of 6%, against 5% "
            "last year.",
            "2025-07-30",
            [
                ("June", "DATE 2025-06"),
                ("now", "DATE PRESENT_REF"),
                ("2025", "DATE 2025"),
                ("last year", "DATE 2024"),
            ],
        ),
        # beside a quarter named in the sentence before, that quarter a year back
        (
            "Profit fell in the third quarter. It earned $3 million, against $5 million last year.",
            "2025-11-03",
            [("the third quarter", "DATE 2025-Q3"), ("last year", "DATE 2024-Q3")],
        ),
    ],
)
def test_last_year_beside_the_period_compared(
    text: str, dct: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, dct=dct) == found
