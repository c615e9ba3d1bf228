"""Informal spellings of time words, as messages and posts write them: each row one
spelling, read as the word in full (the reference is Friday 25 October 2024)."""

from __future__ import annotations

import pytest

from chronos import ParseError, Relation, parse
from chronos.phrases._tokenizer import tokenize

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("tmrw", "DATE 2024-10-26"),  # tomorrow, letters only
        ("Tmrw", "DATE 2024-10-26"),  # ... capitalised at the start of a message
        ("TMRW", "DATE 2024-10-26"),  # ... in capitals
        ("tomoz", "DATE 2024-10-26"),  # ... British slang
        ("2morrow", "DATE 2024-10-26"),  # ... with a digit for "to"
        ("2moz", "DATE 2024-10-26"),  # ... the British slang with a digit
        ("2MORO", "DATE 2024-10-26"),  # ... digit and capitals
        ("2day", "DATE 2024-10-25"),  # today with a digit
        ("yday", "DATE 2024-10-24"),  # yesterday
        ("yest", "DATE 2024-10-24"),  # ... cut short
        ("tonite", "TIME 2024-10-25TNI"),  # tonight
        ("2nite", "TIME 2024-10-25TNI"),  # ... with a digit
        ("tmrw nite", "TIME 2024-10-26TNI"),  # a day and a part of it, both short
        ("yday arvo", "TIME 2024-10-24TAF"),  # "arvo", the Australian afternoon
        ("this wknd", "DATE 2024-W43-WE"),  # the weekend of this week
        ("next wkend", "DATE 2024-W44-WE"),  # ... of next week
        ("last wk", "DATE 2024-W42"),  # a week, short
        ("3 wks", "DURATION P3W"),  # a length in short weeks
        ("2 mths", "DURATION P2M"),  # ... in short months
        ("xmas eve", "DATE 2024-12-24"),  # "xmas" is Christmas in every holiday name
        ("three days back", "DATE 2024-10-22"),  # "back" after a length is "ago"
        ("a couple weeks back", "DATE 2024-10-11 APPROX"),  # ... "a couple": about two
        ("the other day", "DATE PAST_REF"),  # a day not long ago, unnamed
    ],
)
def test_informal_spelling(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_b4_is_before() -> None:
    """ "b4" is the signal "before", its date outside the extent."""
    e = parse("b4 Monday", reference=REF)
    assert e.relation is Relation.BEFORE
    assert e.text[e.timex_start : e.timex_end] == "Monday"


def test_the_token_keeps_its_spelling() -> None:
    """The grammar reads the word in full; the token's text (so the extent) is as written."""
    token = tokenize("see u 2moro!")[2]
    assert (token.text, token.lower, token.start, token.end) == ("2moro", "tomorrow", 6, 11)


@pytest.mark.parametrize(
    "phrase",
    [
        "the SEC",  # "sec" is no short "second": the regulator in capitals
        "b4b",  # a spelling is read whole, not its first two characters
    ],
)
def test_not_a_spelling_of_a_time_word(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("6/20", "DATE 2024-06-20"),  # month first: 20 cannot be a month
        ("20/6", "DATE 2024-06-20"),  # day first: the same day
        ("on 28/10", "DATE 2024-10-28"),  # after a preposition: three days on is nearest
        ("29/2", "DATE 2024-02-29"),  # a leap day: the nearest year that has one
    ],
)
def test_slash_date_without_its_year(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    "phrase",
    [
        "3/4",  # either way round, or a fraction: not read
        "31/6",  # no 31 June
        "24/7",  # all the time
    ],
)
def test_slash_pair_that_is_no_date(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)
