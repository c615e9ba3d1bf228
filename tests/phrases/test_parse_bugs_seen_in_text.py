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
        ("in 2h", "TIME 2024-10-25T02:00"),  # two hours, not the second half
        ("within 48h", "DURATION PT48H EQUAL_OR_LESS"),  # hours written short
        ("2H 2024", "DATE 2024-H2"),  # the half, written with a capital
        ("H2 2024", "DATE 2024-H2"),  # the half, letter first
    ],
)
def test_reading(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_a_year_before_a_singular_unit_counts_nothing() -> None:
    """ "the 1991 quarter" is no duration of 1991 quarters (the text stage places it)."""
    with pytest.raises(ParseError):
        parse("the 1991 quarter", reference=REF)
    assert str(parse("1991 quarters", reference=REF).timex) == "DURATION P5973M"
