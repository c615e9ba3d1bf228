"""Words that read as times in one sentence and not in another, found by measuring
``extract`` on text written apart from the grammar. All sentences are written for these
tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2024, 10, 25)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "fall of" a city: the noun
        ("The fall of Warsaw shocked Europe.", []),
        # ... of a thing after "the"
        ("They watched the fall of the Berlin Wall.", []),
        # "fall of" a year: the season
        ("The mill closed in the fall of 1989.", [("the fall of 1989", "DATE 1989-FA")]),
        # a month heading a sentence before "said": a person
        ("June said she would come.", []),
        # ... before "told"
        ("April told the board everything.", []),
        # any verb of saying, in the past: "explained"
        ("June explained why the plant shut.", []),
        # ... in the present, "-ies": "replies"
        ("Summer replies to every letter.", []),
        # ... a doubled consonant: "admitted"
        ("August admitted the figures were wrong.", []),
        # a first name and a surname before the verb
        ("April Ryan asked about the budget.", []),
        # ... after "and" in the middle of a sentence
        ("The chair left, and June Carter announced the vote.", []),
        # a month after "in" before a capitalised subject that speaks: still the month
        ("In June Congress said nothing.", [("June", "DATE 2024-06")]),
        # a month as the subject of a verb that is not of saying: the month
        ("June saw the driest week on record.", [("June", "DATE 2024-06")]),
        # a month after "in", then "said" later: the month
        ("In June, officials said it would open.", [("June", "DATE 2024-06")]),
        # "will last": the verb, and the length after it
        ("The ban will last two years.", [("two years", "DURATION P2Y")]),
        # "didn't last": the same
        ("It didn't last two days.", [("two days", "DURATION P2D")]),
        # "the last two years": the stretch
        ("Prices rose over the last two years.", [("the last two years", "DURATION P2Y")]),
        # a season heading a name: a palace, not the summer
        ("Crowds filled the Summer Palace gardens.", []),
        # ... a street with no article
        ("The shop on Winter Street reopened.", []),
        # ... a budget statement
        ("The Autumn Statement raised fuel duty.", []),
        # ... the games of the winter, named with their year: the year alone
        ("She raced at the 2018 Winter Games.", [("2018", "DATE 2018")]),
        # a season before a year is dated by it, capitalised or not
        ("Sales fell in Spring 2023.", [("Spring 2023", "DATE 2023-SP")]),
        # a capitalised season before a comma is the season: the one the DCT is in
        ("In the Autumn, Congress returns.", [("the Autumn", "DATE 2024-FA")]),
        # "lately": a vague past, as "recently" is
        ("The ferry has run late lately.", [("lately", "DATE PAST_REF")]),
        # "previously" orders events and stays out
        ("The ferry had previously run late.", []),
        # "the mid-1990s" before a clause keeps its article: no noun follows to qualify
        ("By the mid-1990s the mill was idle.", [("the mid-1990s", "DATE 199 MID")]),
        # ... before a noun it qualifies, the article goes with the noun
        ("The mid-1990s slump hit the mill.", [("mid-1990s", "DATE 199 MID")]),
    ],
)
def test_reading_in_context(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "a fortnight later": two weeks on, a day; not the next week
        ("The dam failed on 3 March 2021. A fortnight later, it was rebuilt.", "2021-03-17"),
        # "a decade later": ten years on, a year
        ("The dam failed in 1921. A decade later, it was rebuilt.", "1931"),
        # "a week later" stays the next week
        ("The dam failed on 3 March 2021. A week later, it was rebuilt.", "2021-W10"),
    ],
)
def test_a_unit_of_several_later(text: str, value: str) -> None:
    assert extract(text, dct=DCT)[-1].timex.value == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a noun of a timetable before "hours": no length
        ("The library cut its opening hours.", []),
        # "office hours" and "business hours" in one sentence
        ("Reach the desk in office hours or, failing that, business hours.", []),
        # "working hours" as the object of a verb
        ("The union wants shorter working hours.", []),
        # an adjective of a habit: "early", "unsocial"
        ("Bakers keep early hours and nurses unsocial hours.", []),
        # "the early hours" of something that is not a day: that thing's first hours
        ("The currency slid in the early hours of the auction.", []),
        # "after hours": once business is over, with or without a hyphen
        ("The shares gained after hours and again in after-hours deals.", []),
        # "out of hours", with or without hyphens
        ("A locum covers out of hours; an out-of-hours line is free.", []),
        # singular idioms were never read: a crowded time of day, a bar's offer, the last
        # moment
        ("At rush hour the trains fill; happy hour ends; a pact came at the eleventh hour.", []),
        # "after hours of" a thing: a length after all
        ("After hours of haggling the deal was signed.", [("hours", "DURATION PTXH")]),
        # "for hours" and "within hours": lengths
        (
            "Crowds waited for hours; the news spread within hours.",
            [
                ("hours", "DURATION PTXH"),
                ("hours", "DURATION PTXH"),
            ],
        ),
        # "the early hours" with a day stay the small hours of that day
        (
            "Looters struck in the early hours of Tuesday.",
            [
                ("the early hours of Tuesday", "TIME 2024-10-22TMO START"),
            ],
        ),
    ],
)
def test_hours_of_a_timetable_or_an_idiom_are_no_length(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found
