"""An offset by a count given as a range ("in a year or two", "two to three weeks ago") is
no one date: TimeML's vague reference, FUTURE_REF or PAST_REF, with the stretch it may
fall in as its span (docs/parsing.md, "Durations, recurrences and references"). All
sentences are written for these tests; the DCT is Friday 25 October 2024."""

from __future__ import annotations

import pytest

from chronos import extract, parse

DCT = "2024-10-25"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "a year or two" after "in" in a future clause: some time ahead
        ("The line should reopen in a year or two.", [("a year or two", "DATE FUTURE_REF")]),
        # the same, the clause with no tense cue, set off by commas
        ("Prices may, in a month or two, settle.", [("a month or two", "DATE FUTURE_REF")]),
        # counted back: some time behind
        ("The roof caved in a week or two ago.", [("a week or two ago", "DATE PAST_REF")]),
        # a range of counts in digits, ahead
        ("Repairs finish in 3 to 4 weeks.", [("3 to 4 weeks", "DATE FUTURE_REF")]),
        # a length, not an offset: a length of unknown count of its unit
        ("The strike may last a day or two.", [("a day or two", "DURATION PXD")]),
        # "or" before another unit joins no range: the first length alone
        (
            "Expect a wait of an hour or 90 minutes.",
            [("an hour", "DURATION PT1H"), ("90 minutes", "DURATION PT90M")],
        ),
        # one count after "in" in a future clause stays a date
        ("The line will reopen in two years.", [("two years", "DATE 2026")]),
    ],
)
def test_vague_offset(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.timex)) for m in extract(text, dct=DCT)] == found


def test_vague_offset_span() -> None:
    # the stretch the time falls in is kept, from one year on to two years on
    e = parse("in a year or two", reference=DCT, tense="future")
    assert (str(e.timex), str(e.span)) == ("DATE FUTURE_REF", "2025-10-25/2026-10-24")
