"""A weekday in a clause about what is to come, where a word of the clause looked like a
past cue or the future verb stood too far off; and in a past clause, where part of a name
looked like a timetable verb. All sentences are written for these tests; the DCT is
Wednesday 14 May 2025."""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2025, 5, 14)


def _values(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the last" before a noun that is no time is "final", not a past cue
        ("On Saturday the last tram on the old line will run.", [("Saturday", "2025-05-17")]),
        # ... with a possessive
        ("On Friday her last match at the club will be played.", [("Friday", "2025-05-16")]),
        # "the last" before a unit stays the time gone by
        (
            "In the last week he saw us on Monday.",
            [("the last week", "2025-W19"), ("Monday", "2025-05-12")],
        ),
        # a number with its thousands group counts as one word in the window
        (
            "The utility will cut water to 1,250 flats in the Harbour district on Monday "
            "night to swap a main fitted in 1988.",
            [("Monday night", "2025-05-19TNI"), ("1988", "1988")],
        ),
        # a timetable word with a capital inside its sentence is part of a name ("Open"),
        # no cue: the past verb after it decides
        ("On Sunday the Lakeside Open drew 4,000 fans.", [("Sunday", "2025-05-11")]),
        # ... "End" of a district's name, in other words and order
        (
            "On Saturday crowds in the North End cheered the parade.",
            [("Saturday", "2025-05-10")],
        ),
        # a headline in title case: the capital is the style of the line, not a name, and
        # the timetable verb puts the day ahead
        ("New Ferry Service Resumes on Monday", [("Monday", "2025-05-19")]),
        # ... in other words, with more of the line after the day
        ("City Marathon Starts on Sunday Near the Old Harbour", [("Sunday", "2025-05-18")]),
        # a sentence with words in lower case keeps the name reading ("the Downtown Open")
        ("On Friday the Downtown Open ended in a tie.", [("Friday", "2025-05-09")]),
        # "comes on" a day: a release ahead
        ("The next jobs report comes on Friday.", [("Friday", "2025-05-16")]),
        # "comes out on" a day
        ("Her memoir comes out on Tuesday.", [("Tuesday", "2025-05-20")]),
        # "comes on the heels of": no timetable, the news reading stays
        ("The fine comes on the heels of Monday's audit.", [("Monday", "2025-05-12")]),
        # a participle of state after "is" before "till": the state ends ahead
        ("The library is closed till monday.", [("monday", "2025-05-19")]),
        # ... after "remains", before "until"
        ("The border remains shut until Sunday.", [("Sunday", "2025-05-18")]),
        # ... an adjective of state after "stays"
        ("The pool stays open until Tuesday.", [("Tuesday", "2025-05-20")]),
        # ... after an adverb, in a message after a past clause
        ("rang the garage, apparently closed till tuesday", [("tuesday", "2025-05-20")]),
        # after "was" the state is past
        ("The road was closed until Monday.", [("Monday", "2025-05-12")]),
        # a verb in the past after its subject before "until" stays past
        ("She worked until Tuesday.", [("Tuesday", "2025-05-13")]),
    ],
)
def test_weekday_in_a_future_clause(text: str, found: list[tuple[str, str]]) -> None:
    assert _values(text) == found
