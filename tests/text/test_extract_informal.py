"""``extract`` on informal text (messages, posts): short spellings, ambiguous short words.

All sentences are written for these tests; the DCT is Friday 25 October 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import extract

DCT = date(2024, 10, 25)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a short spelling keeps its extent as written
        ("can we move it to tmrw?", [("tmrw", "DATE 2024-10-26")]),
        # a digit for "to", at the end of a message
        ("Running late, be there 2nite", [("2nite", "TIME 2024-10-25TNI")]),
        # short weeks, then "ago"
        ("she moved out 3 wks ago", [("3 wks ago", "DATE 2024-10-04")]),
        # "back" for "ago"
        ("we spoke a couple weeks back", [("a couple weeks back", "DATE 2024-10-11")]),
        # a day not long ago, with a comma after it
        ("saw him the other day, he looked fine", [("the other day", "DATE PAST_REF")]),
    ],
)
def test_informal_spellings(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found
