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
