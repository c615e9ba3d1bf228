"""``extract`` on informal text (messages, posts): short spellings, ambiguous short words.

All sentences are written for these tests; the DCT is Friday 25 October 2024.
"""

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
        # a short spelling keeps its extent as written
        ("can we move it to tmrw?", [("tmrw", "DATE 2024-10-26")]),
        # a digit for "to", at the end of a message
        ("Running late, be there 2nite", [("2nite", "TIME 2024-10-25TNI")]),
        # short weeks, then "ago"
        ("she moved out 3 wks ago", [("3 wks ago", "DATE 2024-10-04")]),
        # "back" for "ago"
        ("we spoke a couple weeks back", [("a couple weeks back", "DATE 2024-10-11 APPROX")]),
        # a day not long ago, with a comma after it
        ("saw him the other day, he looked fine", [("the other day", "DATE PAST_REF")]),
    ],
)
def test_informal_spellings(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a short weekday with its stop, mid-sentence: the stop is part of the extent
        ("The council met Thurs. in closed session.", [("Thurs.", "DATE 2024-10-24")]),
        # a short weekday that is no English word, without its stop
        ("pick u up fri", [("fri", "DATE 2024-10-25")]),
        # "Sat" after "on", capitalised; "sat" the verb is not read
        ("we sat down on Sat after the match", [("Sat", "DATE 2024-10-19")]),
        # a lower-case "sat" before a clock time
        ("drinks sat 8pm?", [("sat 8pm", "TIME 2024-10-26T20:00")]),
        # ... with a colon
        ("drinks sat 8:30?", [("sat 8:30", "TIME 2024-10-26T08:30")]),
        # ... and "p.m." with its stops
        ("drinks sat 8 p.m.?", [("sat 8 p.m.", "TIME 2024-10-26T20:00")]),
        # ... after "every"
        ("every sun we hike", [("every sun", "SET XXXX-WXX-7")]),
        # ... before a part of the day; a message with no tense word makes a plan: the
        # coming Wednesday, not the one two days back
        ("brunch wed morning", [("wed morning", "TIME 2024-10-30TMO")]),
        # a short month without its stop, before its day
        # (a message with no tense word speaks of the next one, as "rent due sept 30" does)
        ("the lease ends sept 30", [("sept 30", "DATE 2025-09-30")]),
        # a lower-case "jan" before an ordinal; "gonna" puts it ahead
        ("gonna visit jan 12th", [("jan 12th", "DATE 2025-01-12")]),
        # a lower-case "may" before a day and a year
        ("born may 3, 1990", [("may 3, 1990", "DATE 1990-05-03")]),
        # "gotta" looks ahead too: the coming Christmas, "b4" its signal
        ("gotta pay rent b4 xmas", [("xmas", "DATE 2024-12-25")]),
    ],
)
def test_short_weekdays_and_months(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "she sat on the bench",  # the verb
        "we soaked up the sun at the beach",  # the star, before "at" but no clock time
        "they plan to wed quietly",  # the verb
        "do not let it mar the view",  # the verb
        "you may want a coat",  # the modal
        "we march 3 miles",  # the verb: a word follows the number
        "it aired on Sun TV",  # a name after "on": a capitalised word follows
        "when he last sat in parliament",  # "last" then the verb, not "last Saturday"
        "the Sun said Mon was busy",  # a paper and "Mon" without its stop
    ],
)
def test_short_words_that_are_not_times(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "?" before a lower-case word ends the question: "met" does not reach "sat"
        ("we met at the cafe? drinks sat 9pm", [("sat 9pm", "TIME 2024-10-26T21:00")]),
        # "!" the same
        ("it rained all week! brunch sun morning", [("sun morning", "TIME 2024-10-27TMO")]),
    ],
)
def test_questions_and_exclamations_end_a_message_sentence(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a slash date without its year after a preposition
        ("the gig will be on 12/20", [("12/20", "DATE 2024-12-20")]),
        # ... day first, with a time
        ("rent due 15/11 at noon", [("15/11 at noon", "TIME 2024-11-15T12:00")]),
        # no preposition before it: an idiom, a score, a share
        ("open 24/7 now", [("now", "DATE PRESENT_REF")]),
        ("a 2/3 majority", []),
        ("backed by 14/3 of members", []),
        ("prices rose 15/8% on the year", [("the year", "DATE 2024")]),
    ],
)
def test_slash_dates_in_messages(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found
