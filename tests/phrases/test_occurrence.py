"""The choice of one occurrence at its boundaries: one in reach, an exact tie, the
reference inside the occurrence, and a reference with a time of day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chronos import ParseError, parse

BEYOND = "the answer falls outside the supported calendar (years 1 to 9998)"


def reading(phrase: str, reference: object, tense: str | None = None) -> tuple[str, list[str]]:
    """The span chosen and the other readings kept."""
    e = parse(phrase, reference=reference, tense=tense)  # type: ignore[arg-type]
    return str(e.span), [str(a.span) for a in e.alternatives]


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "span"),
    [
        ("in March", "9998-06-01", None, "9998-03"),  # next March is past the calendar
        ("in March", "9998-06-01", "past", "9998-03"),  # the tense agrees with it
        ("in October", "0001-03-01", None, "0001-10"),  # last October is before year 1
        ("in October", "0001-03-01", "future", "0001-10"),  # the tense agrees
        ("on February 29", "9997-06-01", "past", "9996-02-29"),  # the last leap day in reach
    ],
)
def test_the_only_occurrence_within_reach_has_no_alternative(
    phrase: str, reference: str, tense: str | None, span: str
) -> None:
    """Where the calendar holds one occurrence only, it is taken and says why."""
    e = parse(phrase, reference=reference, tense=tense)
    assert (str(e.span), e.alternatives) == (span, ())
    assert "the only occurrence within reach" in e.assumptions[0].text


@pytest.mark.parametrize(
    ("phrase", "reference", "tense"),
    [
        ("in March", "9998-06-01", "future"),  # the next March is 9999-03
        ("in October", "0001-03-01", "past"),  # the last October is in year 0
        ("on February 29", "9997-06-01", "future"),  # the next leap day is in 10000
    ],
)
def test_a_tense_asking_beyond_the_calendar_is_refused(
    phrase: str, reference: str, tense: str
) -> None:
    """The tense asks for an occurrence the calendar cannot hold: no silent other answer."""
    with pytest.raises(ParseError) as info:
        parse(phrase, reference=reference, tense=tense)
    assert info.value.reason == BEYOND


@pytest.mark.parametrize(
    ("reference", "span", "other"),
    [
        # 15 September 2023: 167 days since March 2023 ended, 167 until March 2024 begins
        ("2023-09-15", "2023-03", ["2024-03"]),  # an exact tie goes to the past
        ("2023-09-14", "2023-03", ["2024-03"]),  # a day earlier: the past is nearer
        ("2023-09-16", "2024-03", ["2023-03"]),  # a day later: the future is nearer
    ],
)
def test_an_exact_tie_goes_to_the_past(reference: str, span: str, other: list[str]) -> None:
    """With no cue and no tense, the nearest occurrence; a tie is decided for the past."""
    assert reading("in March", reference) == (span, other)


@pytest.mark.parametrize(
    "reference",
    [
        datetime(2024, 10, 25, 9, 0),  # said on a Friday morning
        date(2024, 10, 25),  # said on a Friday: the whole day is the reference
        datetime(2024, 10, 25, 5, 0),  # at the first minute of the morning
    ],
)
def test_friday_morning_said_on_a_friday_morning_is_that_morning(reference: object) -> None:
    """The occurrence holding the reference is taken, with no alternative."""
    e = parse("Friday morning", reference=reference)  # type: ignore[arg-type]
    assert (str(e.span), e.alternatives) == ("2024-10-25TMO", ())
    assert "the occurrence that holds it" in e.assumptions[0].text


@pytest.mark.parametrize(
    ("tense", "span", "other"),
    [
        # Thursday noon: Friday morning starts within the next 24 hours, but not yet
        ("past", "2024-10-18TMO", ["2024-10-25TMO"]),  # not started: the past one
        ("future", "2024-10-25TMO", ["2024-10-18TMO"]),  # the coming one
        (None, "2024-10-25TMO", ["2024-10-18TMO"]),  # the nearest: 17 hours ahead
    ],
)
def test_a_reference_with_a_time_of_day_is_that_instant(
    tense: str | None, span: str, other: list[str]
) -> None:
    """A datetime reference is its instant, not its whole day: an occurrence later that
    day or the next morning has not started by it."""
    assert reading("Friday morning", datetime(2024, 10, 24, 12, 0), tense) == (span, other)


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "span", "why"),
    [
        # a cue decides first, with no alternative
        (
            "last Friday",
            "2024-10-25",
            None,
            "2024-10-18",
            "'last' takes the latest occurrence before it",
        ),
        # said on a Friday (the whole day): this Friday has begun, so "next" is a week on
        (
            "next Friday",
            "2024-10-25",
            None,
            "2024-11-01",
            "'next' takes the first occurrence after it",
        ),
        (
            "this October",
            "2024-10-25",
            None,
            "2024-10",
            "'this' takes the occurrence that holds it",
        ),
        # nothing holds the reference: the occurrence in its own year, or its own week
        (
            "this March",
            "2024-10-25",
            None,
            "2024-03",
            "'this' takes the occurrence in its own year or week",
        ),
        (
            "this Monday",
            "2024-10-25",
            None,
            "2024-10-21",
            "'this' takes the occurrence in its own year or week",
        ),
        (
            "this Friday",
            "2024-10-23",
            None,
            "2024-10-25",
            "'this' takes the occurrence in its own year or week",
        ),
        # then the tense
        ("in March", "2024-10-25", "past", "2024-03", "the past tense takes the latest before it"),
        ("in March", "2024-10-25", "future", "2025-03", "the future tense takes the next after it"),
        # then the nearest, either side
        ("in August", "2024-10-25", None, "2024-08", "the nearest occurrence to it"),
        ("in December", "2024-10-25", None, "2024-12", "the nearest occurrence to it"),
        ("in October", "2024-10-25", None, "2024-10", "the occurrence that holds it"),
        ("in March", "9998-06-01", None, "9998-03", "the only occurrence within reach"),
    ],
)
def test_each_choice_says_why_in_its_own_words(
    phrase: str, reference: str, tense: str | None, span: str, why: str
) -> None:
    """The span chosen, and the reason recorded for it, word for word."""
    e = parse(phrase, reference=reference, tense=tense)
    assert str(e.span) == span
    chosen = e.assumptions[0].text
    assert chosen.split(" (", 1)[1].startswith(f"{why}, the reference being {reference}")
