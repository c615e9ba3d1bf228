""" "the month of" before a month is that month, the words inside the extent, as TimeML
writes "[the week of March 6]"; "during the month", "during the week" and "over the
weekend" stay the unit the text is about (docs/extraction.md, "Extents follow TimeML").
All sentences are written for these tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after "during", a month of this year in a past clause
        ("Ferries were idle during the month of June.", [("the month of June", "DATE 2024-06")]),
        # with its year
        (
            "Orders slumped in the month of August 2021.",
            [("the month of August 2021", "DATE 2021-08")],
        ),
        # "during the month" alone: the DCT's month, as before
        ("Orders slumped during the month.", [("the month", "DATE 2024-10")]),
        # "during the week" alone: the DCT's week
        ("Ferries were idle during the week.", [("the week", "DATE 2024-W43")]),
        # "over the weekend" in a past clause: the weekend before the DCT
        ("Ferries were idle over the weekend.", [("the weekend", "DATE 2024-W42-WE")]),
    ],
)
def test_the_month_of(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a holiday that is a month: "the month of" inside the extent, the value the
        # holiday's (Ramadan 2025 runs from 1 to 30 March: the month holds it)
        (
            "Traders sell lanterns in the month of Ramadan.",
            [("the month of Ramadan", "DATE 2025-03")],
        ),
        # "the holy month of"
        (
            "Cafés close at dusk for the holy month of Ramadan.",
            [("the holy month of Ramadan", "DATE 2025-03")],
        ),
        # the holiday alone, as before
        ("Traders sell lanterns during Ramadan.", [("Ramadan", "DATE 2025-03")]),
    ],
)
def test_the_month_of_a_holiday(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct="2025-02-10")] == found
