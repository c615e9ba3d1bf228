"""The first or last quarters or months of a year that one period of the calendar names
are that period, not a length: docs/parsing.md, "Stretches of a year". The phrases are
written for these tests; the reference is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "tense", "timex"),
    [
        # two quarters from the start of a named year: its first half
        ("the first two quarters of 2031", None, "DATE 2031-H1"),
        # counted back from the end, the year a cue names: its second half
        ("the last two quarters of last year", None, "DATE 2023-H2"),
        # "final" as "last", months in words: the fourth quarter
        ("the final three months of 1987", None, "DATE 1987-Q4"),
        # months in digits, without the article, a year ahead
        ("first 6 months of next year", None, "DATE 2025-H1"),
        # three months from the start: the first quarter
        ("the first three months of this year", None, "DATE 2024-Q1"),
        # all four quarters: the year itself
        ("the first four quarters of 2012", None, "DATE 2012"),
        # "in" before such a stretch is the stretch, not a date that far ahead
        ("in the first two quarters of next year", "future", "DATE 2025-H1"),
        # "in" before a length with its article: the stretch in view, no date ahead
        ("in the first nine months", "future", "DURATION P9M"),
        # a length with no article after "in" in a future clause still counts ahead
        ("in nine months", "future", "DATE 2025-07"),
    ],
)
def test_stretch_of_a_year(phrase: str, tense: str | None, timex: str) -> None:
    assert str(parse(phrase, reference=REF, tense=tense).timex) == timex
