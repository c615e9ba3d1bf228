"""A text with no DCT: the fields only a DCT could fix are written ``X``, field by field.
A weekday is a day of an unknown week (``XXXX-WXX-5``), a clock time keeps its hour and
minutes, and a range is two TIMEX3s, each end read so. All sentences are written for these
tests."""

from __future__ import annotations

import pytest

from chronos import extract


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a weekday after a deadline's signal: the day of the week is known, the week not
        ("Loans may be renewed until Thursday.", [("Thursday", "DATE XXXX-WXX-4")]),
        # a weekday in the past, abbreviated
        ("The pool reopened on Sat, after repairs.", [("Sat", "DATE XXXX-WXX-6")]),
        # a weekday with its part of the day: TIME, the part kept
        ("The choir sings on Sunday evening.", [("Sunday evening", "TIME XXXX-WXX-7TEV")]),
        # a weekday with a clock time: the clock kept too
        ("Doors open on Tuesday at 10 a.m.", [("Tuesday at 10 a.m.", "TIME XXXX-WXX-2T10:00")]),
        # a clock time alone keeps its hour and minutes, only the day is unknown
        ("The gates shut at 6:45 p.m.", [("6:45 p.m.", "TIME XXXX-XX-XXT18:45")]),
        # a year-less date is not a weekday, even if its day falls on the same one twice
        ("The fair opens on 3 June.", [("3 June", "DATE XXXX-06-03")]),
        # a deictic day names no day of the week: all its fields are unknown
        ("The fair opened yesterday.", [("yesterday", "DATE XXXX-XX-XX")]),
    ],
)
def test_unknown_fields_without_a_dct(text: str, want: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "from … until …": one TIMEX3 for each end, signals outside, each with X fields
        (
            "The museum will shut from 12 May until the end of August.",
            [("12 May", "DATE XXXX-05-12"), ("the end of August", "DATE XXXX-08 END")],
        ),
        # "between" two weekdays
        (
            "Deliveries stop between Monday and Wednesday.",
            [("Monday", "DATE XXXX-WXX-1"), ("Wednesday", "DATE XXXX-WXX-3")],
        ),
        # "to" between two months
        (
            "The ferry runs from April to October.",
            [("April", "DATE XXXX-04"), ("October", "DATE XXXX-10")],
        ),
        # an end that names its year depends on nothing: the other end takes that year
        (
            "The dig ran from 4 March 1925 to 9 May.",
            [("4 March 1925", "DATE 1925-03-04"), ("9 May", "DATE 1925-05-09")],
        ),
        # two clock times: each keeps its own
        (
            "The desk is staffed from 9 a.m. to 1 p.m.",
            [("9 a.m.", "TIME XXXX-XX-XXT09:00"), ("1 p.m.", "TIME XXXX-XX-XXT13:00")],
        ),
    ],
)
def test_a_range_without_a_dct_is_two_timexes(text: str, want: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text)] == want
