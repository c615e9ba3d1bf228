"""A length given in several units, each finer than the one before it: "four years, seven
months and twelve days", "3 hours 20 minutes". A whole phrase may list the parts with
commas, "and" or nothing between them; running text needs "and" before the last of a list
with commas, and reads parts side by side only for hours, minutes and seconds, the way race
times and delays are written ("ran 2 hours 6 minutes").

The reference is Wednesday 17 September 2025.
"""

from __future__ import annotations

import pytest

from chronos import ParseError, extract, parse

REF = "2025-09-17"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # three parts, commas and a last "and"
        ("four years, seven months and twelve days", "P4Y7M12D"),
        # articles for one
        ("a year, two months and a day", "P1Y2M1D"),
        # side by side, digits
        ("3 hours 20 minutes", "PT3H20M"),
        # down to seconds
        ("2 hours, 15 minutes and 10 seconds", "PT2H15M10S"),
        # commas only, in a whole phrase
        ("five weeks, 3 days", "P5W3D"),
        # words and digits mixed, side by side
        ("one year 4 months", "P1Y4M"),
        # two parts with "and", as before
        ("six months and two weeks", "P6M2W"),
    ],
)
def test_lists_of_units(phrase: str, value: str) -> None:
    e = parse(phrase, reference=REF)
    assert (e.timex.type, e.timex.value) == ("DURATION", value)


@pytest.mark.parametrize(
    "phrase",
    [
        # a coarser unit after a finer one is no single length
        "18 minutes 2 hours",
        # nor the same unit twice
        "two years and five years",
    ],
)
def test_parts_out_of_order(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a list ending in "and": one length
        (
            "The siege lasted four years, seven months and twelve days.",
            [("four years, seven months and twelve days", "P4Y7M12D")],
        ),
        # hours and minutes side by side: one length
        ("The marathon winner ran 2 hours 6 minutes.", [("2 hours 6 minutes", "PT2H6M")]),
        # a comma and no "and": two amounts of two clauses
        (
            "Talks ran for six weeks, 10 days of them in Geneva.",
            [("six weeks", "P6W"), ("10 days", "P10D")],
        ),
    ],
)
def test_lists_in_running_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=REF)] == found
