"""Approximate dates news writes with fixed phrases: the turn of a century or a
millennium (its boundary year, ``APPROX``, five years either side) and a day given "on or
about" (the day, ``APPROX``, "on or" the signal)."""

from __future__ import annotations

import pytest

from chronos import ParseError, Relation, extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "timex", "span"),
    [
        # the bare phrase in 2024: the boundary behind
        ("the turn of the century", REF, None, "DATE 2000 APPROX", "1995/2004"),
        # written in 1997, untensed: 2000 is three years off, 1900 ninety-seven back
        ("the turn of the century", "1997-06-01", None, "DATE 2000 APPROX", "1995/2004"),
        # written in 1962: the one behind, though 2000 is nearer in years
        ("the turn of the century", "1962-01-01", None, "DATE 1900 APPROX", "1895/1904"),
        # a future clause in 2024 points ahead
        ("the turn of the century", REF, "future", "DATE 2100 APPROX", "2095/2104"),
        # a past clause in 1997 points back
        ("the turn of the century", "1997-06-01", "past", "DATE 1900 APPROX", "1895/1904"),
        # a millennium in words
        ("the turn of the millennium", REF, None, "DATE 2000 APPROX", "1995/2004"),
        # an ordinal century starts the century it names
        ("the turn of the 19th century", REF, None, "DATE 1800 APPROX", "1795/1804"),
        ("the turn of the twentieth century", REF, "future", "DATE 1900 APPROX", "1895/1904"),
        ("the turn of the third millennium", REF, None, "DATE 2000 APPROX", "1995/2004"),
        # a cue counts from the reference's own century
        ("the turn of the last century", REF, None, "DATE 1900 APPROX", "1895/1904"),
        ("the turn of this century", "1950-01-01", None, "DATE 1900 APPROX", "1895/1904"),
        # "around" adds nothing to what is vague already
        ("around the turn of the century", REF, None, "DATE 2000 APPROX", "1995/2004"),
    ],
)
def test_the_turn_of(phrase: str, reference: str, tense: str | None, timex: str, span: str) -> None:
    e = parse(phrase, reference=reference, tense=tense)
    assert (str(e.timex), str(e.span)) == (timex, span)


@pytest.mark.parametrize(
    "phrase",
    [
        # a turn of something that is not a unit of years
        "the turn of the tide",
        # no "of the"
        "the turn century",
    ],
)
def test_turns_that_are_no_time(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse(phrase, reference=REF)


@pytest.mark.parametrize(
    ("phrase", "timex", "relation"),
    [
        # a day with "on or about": the day, approximate, the relation "on"
        ("on or about March 14", "DATE 2024-03-14 APPROX", Relation.ON),
        ("on or around 9 August 2019", "DATE 2019-08-09 APPROX", Relation.ON),
        ("on or approximately June 3, 2021", "DATE 2021-06-03 APPROX", Relation.ON),
        # "on or before" is a deadline: the day is the last one allowed
        ("on or before 30 June 2025", "DATE 2025-06-30", Relation.BY),
    ],
)
def test_on_or_about(phrase: str, timex: str, relation: Relation) -> None:
    e = parse(phrase, reference=REF, tense="past" if "2025" not in phrase else None)
    assert (str(e.timex), e.relation) == (timex, relation)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the approximation inside the extent, "on or" the signal
        (
            "Inspectors say the leak began on or about Sept. 12.",
            [("about Sept. 12", "2024-09-12", "APPROX", "on or")],
        ),
        # "on or" before anything else is no signal: the month is read with its own "in"
        (
            "He stayed on or off the bench in March.",
            [("March", "2024-03", None, "in")],
        ),
        # the turn of a century in a past clause
        (
            "The chapel was rebuilt at the turn of the century.",
            [("the turn of the century", "2000", "APPROX", "at")],
        ),
    ],
)
def test_extract_approximate_dates(
    text: str, found: list[tuple[str, str, str | None, str]]
) -> None:
    got = [(m.text, m.timex.value, m.timex.mod, m.signal) for m in extract(text, dct=REF)]
    assert got == found


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "timex", "span"),
    [
        # in late October, untensed: the coming 1 January is less than half as far
        ("the turn of the year", REF, None, "DATE 2025-01-01 APPROX", "2024-12-18/2025-01-14"),
        # in March, untensed: the 1 January behind
        (
            "the turn of the year",
            "2021-03-09",
            None,
            "DATE 2021-01-01 APPROX",
            "2020-12-18/2021-01-14",
        ),
        # a past clause in October points back
        ("the turn of the year", REF, "past", "DATE 2024-01-01 APPROX", "2023-W51/2024-W02"),
        # a future clause in February points ahead
        (
            "the turn of the year",
            "2022-02-02",
            "future",
            "DATE 2023-01-01 APPROX",
            "2022-12-18/2023-01-14",
        ),
        # "the new year" is the same turn
        ("the turn of the new year", REF, None, "DATE 2025-01-01 APPROX", "2024-12-18/2025-01-14"),
        # a year written out is the turn into it
        ("the turn of 2019", REF, None, "DATE 2019-01-01 APPROX", "2018-12-18/2019-01-14"),
        # "next year" and "last year" count from the reference's year
        (
            "the turn of next year",
            "2022-06-30",
            None,
            "DATE 2023-01-01 APPROX",
            "2022-12-18/2023-01-14",
        ),
        (
            "the turn of last year",
            "2022-06-30",
            None,
            "DATE 2021-01-01 APPROX",
            "2020-12-18/2021-01-14",
        ),
        # "this year": its own 1 January
        (
            "the turn of this year",
            "2022-06-30",
            None,
            "DATE 2022-01-01 APPROX",
            "2021-12-18/2022-01-14",
        ),
        # "around" adds nothing
        (
            "around the turn of the year",
            "2021-03-09",
            None,
            "DATE 2021-01-01 APPROX",
            "2020-12-18/2021-01-14",
        ),
    ],
)
def test_the_turn_of_the_year(
    phrase: str, reference: str, tense: str | None, timex: str, span: str
) -> None:
    e = parse(phrase, reference=reference, tense=tense)
    assert (str(e.timex), str(e.span)) == (timex, span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at" is the signal, the article inside
        (
            "Orders dried up at the turn of the year.",
            [("the turn of the year", "DATE 2024-01-01 APPROX", "at")],
        ),
        # "around" is inside, as for the century
        (
            "Rates should ease around the turn of the year.",
            [("around the turn of the year", "DATE 2025-01-01 APPROX", None)],
        ),
        # a year after "of"
        (
            "The merger closed at the turn of 2023.",
            [("the turn of 2023", "DATE 2023-01-01 APPROX", "at")],
        ),
        # a turn of things that are not years
        ("A turn of events and the turn of the tide helped.", []),
    ],
)
def test_the_turn_of_the_year_in_text(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, str(m.timex), m.signal) for m in extract(text, dct=REF)] == expected
