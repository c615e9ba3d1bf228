"""Stretches of a year in running text: one mention where a period of the calendar names
the stretch, the length and the year where none does (docs/extraction.md, "Stretches of a
year"). All sentences are written for these tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a half named by two quarters, a year ahead, in a future clause
        (
            "Deliveries will slow in the first two quarters of next year.",
            [("the first two quarters of next year", "DATE 2025-H1")],
        ),
        # the last two quarters of the year the text is in
        (
            "Orders dried up over the last two quarters of the year.",
            [("the last two quarters of the year", "DATE 2024-H2")],
        ),
        # the last three months of a named year: its fourth quarter
        (
            "Rents fell in the last three months of 2019.",
            [("the last three months of 2019", "DATE 2019-Q4")],
        ),
        # no period names three quarters: the length and the year, and no date ahead
        (
            "Exports will recover in the first three quarters of 2026.",
            [("the first three quarters", "DURATION P9M"), ("2026", "DATE 2026")],
        ),
        # two months are no period either: the length and the year
        (
            "Fares jumped in the first two months of 2023.",
            [("the first two months", "DURATION P2M"), ("2023", "DATE 2023")],
        ),
    ],
)
def test_stretch_in_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found
