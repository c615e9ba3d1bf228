"""A range in running text is tagged as TimeML does, one TIMEX3 for each end; the ends
are split at the word or dash that joins them, never at a dash inside an end ("mid-June",
"2025-03-04"). The DCT is Wednesday 17 September 2025."""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2025-09-17"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ISO dates at both ends, "to" between
        (
            "Voting runs from 2025-10-06 to 2025-10-20 nationwide.",
            [("2025-10-06", "2025-10-06"), ("2025-10-20", "2025-10-20")],
        ),
        # "between … and"
        (
            "Polls close between 2025-10-06 and 2025-10-08.",
            [("2025-10-06", "2025-10-06"), ("2025-10-08", "2025-10-08")],
        ),
        # a spaced hyphen between two ISO dates
        (
            "Registration: 2025-11-03 - 2025-11-07.",
            [("2025-11-03", "2025-11-03"), ("2025-11-07", "2025-11-07")],
        ),
        # an en dash with no spaces between two ISO dates
        (
            "Registration: 2025-11-03–2025-11-07.",
            [("2025-11-03", "2025-11-03"), ("2025-11-07", "2025-11-07")],
        ),
        # a hyphen inside the first end ("mid-June"), "to" between the ends
        (
            "Roadworks last from mid-June to late August.",
            [("mid-June", "2025-06"), ("late August", "2025-08")],
        ),
        # one dash, no word: the dash joins
        ("Sales fell in 2016-2018.", [("2016", "2016"), ("2018", "2018")]),
        # a day range inside one month
        ("The fair is open October 8-12.", [("October 8", "2025-10-08"), ("12", "2025-10-12")]),
    ],
)
def test_each_end_of_a_range(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=DCT)] == found
