"""Readings that running text showed wrong, each fixed for its whole phenomenon ("on
April 6:" before a line break is tested with extract, in tests/text/test_extract.py)."""

from __future__ import annotations

import pytest

from chronos import ParseError, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("the 1700s", "DATE 17"),  # a hundred years: the century, not a decade
        ("the 1800s", "DATE 18"),  # the same
        ("the 1990s", "DATE 199"),  # a decade stays a decade
        ("the 2000s", "DATE 200"),  # the decade news means
        ("in 2h", "DATE 2024-10-25"),  # two hours, not the second half; of a whole day
        ("within 48h", "DURATION PT48H"),  # hours written short (the bound is the signal's)
        ("2H 2024", "DATE 2024-H2"),  # the half, written with a capital
        ("H2 2024", "DATE 2024-H2"),  # the half, letter first
        ("a couple of years", "DURATION P2Y APPROX"),  # "a couple": about two
        ("couple of hours", "DURATION PT2H APPROX"),  # ... without its article
        ("the past couple of weeks", "DURATION P2W APPROX"),  # ... in a stretch
        ("the past two weeks or so", "DURATION P2W APPROX"),  # "or so" on a stretch
        ("a couple of days ago", "DATE 2024-10-23 APPROX"),  # ... and a day that far back
    ],
)
def test_reading(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("phrase", "reference", "value"),
    [
        ("the summer of '44", "2009-09-01", "1944-SU"),  # 2044 is nearer, but 35 years on
        ("'30", "2025-01-01", "2030"),  # five years on: ahead
        ("'35", "2025-01-01", "2035"),  # ten years on: still ahead
        ("'36", "2025-01-01", "1936"),  # eleven years on: the last century
        ("'98", "2024-01-01", "1998"),  # far ahead either way: back
        ("in '09", "1999-01-01", "2009"),  # ten years on, across the century
        ("in '10", "1999-01-01", "1910"),  # eleven years on: back
    ],
)
def test_a_short_year_lies_at_most_ten_years_ahead(phrase: str, reference: str, value: str) -> None:
    timex = parse(phrase, reference=reference).timex
    assert timex is not None
    assert timex.value == value


def test_a_year_before_a_singular_unit_counts_nothing() -> None:
    """ "the 1991 quarter" is no duration of 1991 quarters (the text stage places it)."""
    with pytest.raises(ParseError):
        parse("the 1991 quarter", reference=REF)
    assert str(parse("1991 quarters", reference=REF).timex) == "DURATION P5973M"
