"""Informal spellings of time words, as messages and posts write them: each row one
spelling, read as the word in full (the reference is Friday 25 October 2024)."""

from __future__ import annotations

import pytest

from chronos import ParseError, Relation, extract, parse
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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a weekday before it dates it, and the two are one mention
        ("drinks thurs 11/21?", [("thurs 11/21", "2024-11-21")]),
        ("Wednesday, 10/30 is the deadline", [("Wednesday, 10/30", "2024-10-30")]),
        # day first after a weekday, as the rest of the world writes it
        ("Tues 29/10 suits me", [("Tues 29/10", "2024-10-29")]),
        # both ends of a range of slash dates
        ("we're away 11/14 to 11/18", [("11/14", "2024-11-14"), ("11/18", "2024-11-18")]),
        ("from 30/10 till 14/11", [("30/10", "2024-10-30"), ("14/11", "2024-11-14")]),
        # a pair whose order is in doubt stays unread, even in a range
        ("away 11/14 to 12/2", [("11/14", "2024-11-14")]),
        # a weekday before a share or a fraction is no date: "13/20 from three"
        ("Tuesday 13/20 shots went in", [("Tuesday", "2024-10-22")]),
        # "to" a slash pair with no slash date before it is a rise, not a range
        ("the score went to 15/8", []),
    ],
)
def test_slash_date_dated_by_its_neighbours(text: str, found: list[tuple[str, str]]) -> None:
    """In running text a slash date without its year is read after a preposition that
    dates it, after a weekday, and at either end of a range of two of them."""
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found
