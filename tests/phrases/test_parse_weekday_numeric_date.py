"""A weekday before a date in digits with its year is one date, and where both orders of
the numbers are days the weekday picks the one it falls on (docs/parsing.md, "Dates,
relative days and units"). The phrases are written for these tests; the reference is
Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # one order only (21 is no month): the weekday rides along
        ("Saturday 3/21/2026", "DATE 2026-03-21"),
        # with a comma and a two-digit year
        ("Wed., 11/19/25", "DATE 2025-11-19"),
        # both orders are days: 4 March 2026 is a Wednesday, 3 April a Friday
        ("Wednesday 4/3/2026", "DATE 2026-03-04"),
        ("Friday 4/3/2026", "DATE 2026-04-03"),
        # a weekday neither order falls on: the policy's order (day first)
        ("Sunday 4/3/2026", "DATE 2026-03-04"),
    ],
)
def test_weekday_and_numeric_date(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


def test_weekday_and_numeric_date_in_text() -> None:
    # one mention over the weekday and the date, not two
    found = extract("Ballots are counted on Monday 12/15/2025 in every ward.", dct=REF)
    assert [(m.text, str(m.timex)) for m in found] == [("Monday 12/15/2025", "DATE 2025-12-15")]
