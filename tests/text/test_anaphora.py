"""What a bare unit ("the week", "the month") points back to: the unit the text is about.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronos import Mention, extract

MONDAY = date(2024, 10, 28)  # the Friday before it is in the ISO week before: 2024-W43


@pytest.mark.parametrize(
    ("text", "dct", "unit", "value"),
    [
        # a day named in the sentence before: "the week" is the week of that day
        ("The index slid 2% on Friday. For the week, it lost 5%.", MONDAY, "the week", "2024-W43"),
        # in the same sentence, before a possessive
        ("Volume on Thursday was the week's highest.", MONDAY, "the week", "2024-W43"),
        # a time of a day names its day too
        (
            "A storm hit on Friday night. For the week, rainfall doubled.",
            MONDAY,
            "the week",
            "2024-W43",
        ),
        # "the month" likewise: the month of the day, not the DCT's
        (
            "Trading halted on 31 October 2024. For the month, the index fell 6%.",
            date(2024, 11, 4),
            "the month",
            "2024-10",
        ),
        # a day two sentences back is too far: the DCT's week
        (
            "The index slid on Friday. Brokers were calm. For the week, it lost 5%.",
            MONDAY,
            "the week",
            "2024-W44",
        ),
        # a day after "since" is the edge of a stretch, not what the text is about
        (
            "Shares have fallen since Friday; for the week, they lost 5%.",
            MONDAY,
            "the week",
            "2024-W44",
        ),
    ],
)
def test_a_bare_unit_after_a_day(text: str, dct: date, unit: str, value: str) -> None:
    """A bare "the week" or "the month" is the one holding the day the text is at, a day
    named in its sentence or the one before; else the DCT's."""
    (m,) = [m for m in extract(text, dct=dct) if m.text == unit]
    assert m.timex.value == value


def test_the_day_is_the_anchor() -> None:
    """The week points back to the day that places it."""
    (m,) = [
        m
        for m in extract("The index slid on Friday. For the week, it lost 5%.", dct=MONDAY)
        if m.text == "the week"
    ]
    assert isinstance(m.anchor, Mention)
    assert m.anchor.text == "Friday"


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        # a year named in the sentence before: "the full year" is that one
        (
            "The plant will reopen next year. For the full year, output should double.",
            "the full year",
            "2025",
        ),
        # a year named four sentences back: the text has moved on, the DCT's year
        (
            "The agency plans to hire staff next year. Its budget is tight. Unions are wary. "
            "Talks stalled. The chairman forecast higher profit for the full year.",
            "the full year",
            "2024",
        ),
        # a month in the sentence before
        (
            "Exports slumped in March 2023. For the month, the trade gap widened.",
            "the month",
            "2023-03",
        ),
        # the same month four sentences back: the DCT's month
        (
            "Exports slumped in March 2023. Ports were idle. Freight rates fell. Strikes "
            "spread. For the month, the trade gap widened.",
            "the month",
            "2024-10",
        ),
    ],
)
def test_a_bare_unit_looks_two_sentences_back(text: str, unit: str, value: str) -> None:
    """A bare unit finds its own unit in its sentence or the two before; a quarter or a
    half, what a report is about, however far back it was named."""
    (m,) = [m for m in extract(text, dct=date(2024, 10, 25)) if m.text == unit]
    assert m.timex.value == value
