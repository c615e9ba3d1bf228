"""A length in several units side by side before "ago", "later", "earlier" or "hence" is
one offset in running text, and its date has the grain of its finest unit
(docs/parsing.md, "Lengths as news writes them"). All sentences are written for these
tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract, parse

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # years and months in digits before "ago": one date, at month grain
        ("The mine shut 3 years 2 months ago.", [("3 years 2 months ago", "DATE 2021-08")]),
        # in words
        ("She fled four years nine months ago.", [("four years nine months ago", "DATE 2020-01")]),
        # three units, the finest a day
        (
            "It sank 1 year 2 months 5 days ago.",
            [("1 year 2 months 5 days ago", "DATE 2023-08-20")],
        ),
        # weeks and days
        (
            "Talks stalled two weeks three days ago.",
            [("two weeks three days ago", "DATE 2024-10-08")],
        ),
        # without such a word, coarse units side by side stay two lengths
        (
            "Officers sifted 2 years 3 months of logs.",
            [("2 years", "DURATION P2Y"), ("3 months", "DURATION P3M")],
        ),
    ],
)
def test_compound_offset(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # joined by "and", the date keeps the months
        ("six years and four months ago", "DATE 2018-06"),
        # a half of a year is months too, as before
        ("a year and a half ago", "DATE 2023-04"),
        # ahead, with "in"
        ("in 1 year and 5 months", "DATE 2026-03"),
    ],
)
def test_compound_offset_grain(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=DCT).timex) == timex
