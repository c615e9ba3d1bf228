"""Anaphors that name a season, a month or a part of the day ("that autumn", "the
following spring", "the next morning"), and words that name a part of an anaphor's time
("later that year"). All sentences are written for these tests; the DCT is Friday 25
October 2024, the first sentence of each text names 12 March 1911 (a Sunday)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronos import PRECEDING_EVENT, extract, parse

DCT = date(2024, 10, 25)
FIRE = "The mill burned on 12 March 1911. "


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # "that" and a season: the season of the year the text is at
        ("That summer, it was rebuilt.", ("That summer", "DATE 1911-SU")),
        # ... a winter too: TimeML names it by its year
        ("That winter, the river froze.", ("That winter", "DATE 1911-WI")),
        # "the following": the first season after the day named
        ("The following winter, wages fell.", ("The following winter", "DATE 1911-WI")),
        # "the previous": the last one before it
        ("The previous autumn, the owners quarrelled.", ("The previous autumn", "DATE 1910-FA")),
        # a month after "that", capitalised
        ("That October, the looms arrived.", ("That October", "DATE 1911-10")),
        # a part of the day after "the next": the morning after the day named
        ("The next morning, the ruins smoked.", ("The next morning", "TIME 1911-03-13TMO")),
        # "that same" and a part of the day
        ("That same evening, the town met.", ("That same evening", "TIME 1911-03-12TEV")),
        # "that same" and a unit
        ("That same day, the owner fled.", ("That same day", "DATE 1911-03-12")),
        # "later" before the anaphor: inside the extent, the end of the year
        ("Later that year, the mill reopened.", ("Later that year", "DATE 1911 END")),
        # "the end of" before it
        (
            "At the end of that month, the insurers paid.",
            ("the end of that month", "DATE 1911-03 END"),
        ),
        # "early" before "the following year"
        ("Early the following year, wages rose.", ("Early the following year", "DATE 1912 START")),
        # a weekday after "the following": the first one after the day named (a Sunday)
        ("The following Thursday, the owners met.", ("The following Thursday", "DATE 1911-03-16")),
        # ... the weekday of the day named itself: a week on, not that day
        ("The following Sunday, a mass was said.", ("The following Sunday", "DATE 1911-03-19")),
        # "the previous": the last one before it, abbreviated with its stop
        ("The previous Wed. a clerk had warned them.", ("The previous Wed.", "DATE 1911-03-08")),
        # "the preceding", lower case inside a sentence
        (
            "Workers said the preceding Monday was calm.",
            ("the preceding Monday", "DATE 1911-03-06"),
        ),
    ],
)
def test_named_anaphor_after_a_day(sentence: str, found: tuple[str, str]) -> None:
    mentions = extract(FIRE + sentence, dct=DCT)
    assert [(m.text, str(m.timex)) for m in mentions[1:]] == [found]
    assert mentions[1].anchor is mentions[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a season of the year named: known
        ("The strike began in 1911. That winter was hard.", "1911-WI"),
        # the spring after some day of 1911: 1911's or 1912's, the text does not say
        ("The strike began in 1911. The following spring, it ended.", "XXXX-SP"),
    ],
)
def test_named_anaphor_after_a_year(text: str, value: str) -> None:
    assert extract(text, dct=DCT)[1].timex.value == value


def test_that_may_is_the_modal() -> None:
    """A month after "that" needs its capital: "that may change" is the modal."""
    mentions = extract(FIRE + "He said that may change soon.", dct=DCT)
    assert [m.text for m in mentions] == ["12 March 1911", "soon"]


def test_the_latest_time_whatever_its_unit() -> None:
    """ "that same day" after a month names a day of that month, not an earlier day."""
    text = "The vote was on Monday. The last one was in June 2023, and it failed that same day."
    last = extract(text, dct=DCT)[-1]
    assert (last.text, last.timex.value) == ("that same day", "2023-06-XX")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("that autumn", "XXXX-FA"),  # read alone: an autumn of an unknown year
        ("the following March", "XXXX-03"),  # a March, its year unknown
        ("that night", "XXXX-XX-XXTNI"),  # a night of an unknown day
    ],
)
def test_parse_points_back(phrase: str, value: str) -> None:
    e = parse(phrase, reference="2024-10-25")
    assert (e.timex.value if e.timex else None, e.anchor_event) == (value, PRECEDING_EVENT)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # read alone, a weekday after "the following" points back to an event not given:
        # its week is unknown, as TimeML writes a weekday of no known week
        ("the following Friday", "XXXX-WXX-5"),
        # ... "the previous" too
        ("the previous Tuesday", "XXXX-WXX-2"),
    ],
)
def test_anaphoric_weekday_alone(phrase: str, value: str) -> None:
    expression = parse(phrase, reference=DCT)
    assert expression.timex is not None
    assert (expression.timex.value, expression.anchor_event) == (value, PRECEDING_EVENT)


def test_the_next_weekday_stays_the_writers() -> None:
    """ "the next Monday" read alone is the one after the reference, as "next Monday" is:
    only "the following" and "the previous" make a weekday an anaphor."""
    expression = parse("the next Monday", reference=DCT)
    assert (str(expression.span), expression.anchor_event) == ("2024-10-28", None)


def test_an_anaphoric_weekday_with_nothing_before_it_takes_the_dct() -> None:
    """With no time named before it, "the following Monday" counts from the DCT."""
    mentions = extract("The following Monday will be busy.", dct=DCT)
    assert [(m.text, str(m.timex), m.anchor) for m in mentions] == [
        ("The following Monday", "DATE 2024-10-28", datetime(2024, 10, 25))
    ]
