"""More words that only look temporal: numbers in a labelled list or range, "weekly" or
"daily" naming a newspaper after a place, and the clocks' "summer time" and "winter time".

All sentences are written for these tests; the DCT is Wednesday 22 October 2025.
"""

from __future__ import annotations

import pytest

from chronos import extract

DCT = "2025-10-22"


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.timex)) for m in extract(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a plural label before a range of numbers: neither end is a year
        ("Kits with serial numbers 2090 to 2099 are affected.", []),
        ("The lots 2030 through 2045 were sold at auction.", []),
        # a range written with a dash, read whole, after a label
        ("Rooms 2010-2014 are closed for repairs.", []),
        # a list joined by "and" after a label heading the sentence
        ("Articles 2014 and 2015 of the code were repealed.", []),
        # ... the list's numbers go, the weekday of the sentence stays
        ("Flights 1201 and 1209 were cancelled on Sunday.", [("Sunday", "DATE 2025-10-19")]),
        # neighbours: a range of years after a preposition is two years
        ("Prices rose between 2019 and 2021.", [("2019", "DATE 2019"), ("2021", "DATE 2021")]),
        ("Output will grow from 2030 to 2045.", [("2030", "DATE 2030"), ("2045", "DATE 2045")]),
        # "weekly" or "daily" after "a" and a place name, ending its clause: a newspaper
        ("The story first ran in a Lagos daily.", []),
        # ... or before a verb of publishing
        ("A Berlin weekly reported the deal on Monday.", [("Monday", "DATE 2025-10-20")]),
        # neighbours: after a verb it is how often, and so before a noun
        ("The board meets weekly.", [("weekly", "SET P1W")]),
        ("The Tokyo weekly meeting was cancelled.", [("weekly", "SET P1W")]),
        # "summer time" and "winter time" with no determiner are the clocks' time
        (
            "Clocks go forward when summer time begins on Sunday.",
            [("Sunday", "DATE 2025-10-26")],
        ),
        (
            "Most of Europe returns to winter time this weekend.",
            [("this weekend", "DATE 2025-W43-WE")],
        ),
        ("Summer time starts in March.", [("March", "DATE 2026-03")]),
        # neighbour: a season with its determiner stays a season
        ("The bridge is closed in the summer.", [("the summer", "DATE 2025-SU")]),
    ],
)
def test_what_only_looks_temporal(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found
