"""Which occurrence a year-less date names when the clause says more than its tense: a part
of a month in a past clause, a date that dates a noun ("the vote of 2 March"), a decision
about a later act, and a deictic neighbour ("begins next week"). ``parse`` given the same
tense agrees with ``extract``. All sentences are written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from chronos import Tense, extract, parse


@pytest.mark.parametrize(
    ("text", "dct", "value", "tense"),
    [
        # a part of a month in a past clause is the one that is over, like the month itself
        ("The summit was held in early March.", "2024-02-10", "2023-03", Tense.PAST),
        # "mid-" as well
        ("Strikes spread in mid-April.", "2024-03-20", "2023-04", Tense.PAST),
        # "late" as well
        ("The ferry sank in late May.", "2024-05-02", "2023-05", Tense.PAST),
        # a decision looks ahead: the act comes after it, whatever the tense of the decision
        (
            "The council has decided to reopen the bridge in early March.",
            "2024-02-10",
            "2024-03",
            Tense.FUTURE,
        ),
        # a promise too
        (
            "The minister pledged to publish the audit on 4 March.",
            "2024-02-10",
            "2024-03-04",
            Tense.FUTURE,
        ),
        # "was planned for" is a plan, not a report
        ("The launch was planned for late March.", "2024-02-10", "2024-03", Tense.FUTURE),
        # "had been planned for" is a plan that lapsed
        ("The launch had been planned for late March.", "2024-02-10", "2023-03", Tense.PAST),
        # a noun before "pledge to" makes it no decision verb: the clause stays past
        ("Their pledge to cut fares came in early March.", "2024-02-10", "2023-03", Tense.PAST),
    ],
)
def test_parts_of_months_and_decisions(text: str, dct: str, value: str, tense: Tense) -> None:
    (m,) = extract(text, dct=dct)
    assert (m.timex.value, m.tense) == (value, tense)
    # the phrase alone, given the same tense, is the same occurrence
    assert parse(m.text, reference=dct, tense=tense).timex.value == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a date after "of" dates the noun before it: in a past clause, the one before now
        ("The vote of 2 March was postponed.", "2024-01-10", "2023-03-02"),
        # "since" before the noun phrase, as before
        ("Since the landslide of 14 March, the road was shut.", "2024-01-10", "2023-03-14"),
        # a weekday
        ("The ruling of Thursday was appealed.", "2024-10-22", "2024-10-17"),
        # a future clause keeps the coming one
        ("The vote of 2 March will be postponed.", "2024-01-10", "2024-03-02"),
        # "most of" names part of a month, not the date of a noun; the past clause still
        # takes the March that is over
        ("Rain fell for most of March.", "2024-02-20", "2023-03"),
        # untensed, "most of" a month nearly a year back is the coming one (the news rule)
        ("Rain for most of March, forecasters say.", "2024-02-20", "2024-03"),
    ],
)
def test_a_date_of_a_noun(text: str, dct: str, value: str) -> None:
    (m,) = extract(text, dct=dct)
    assert m.timex.value == value


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a deictic time beside a year-less holiday gives the clause its time: the coming one
        (
            "Ramadan begins next week.",
            "2024-10-25",
            [("Ramadan", "2025-03"), ("next week", "2024-W44")],
        ),
        # the same sentence just before the one of 2025 starts
        (
            "Ramadan begins next week.",
            "2025-02-20",
            [("Ramadan", "2025-03"), ("next week", "2025-W09")],
        ),
        # a deictic past beside a weekday
        (
            "Yesterday the depot shut and Thursday it burned.",
            "2024-10-26",
            [("Yesterday", "2024-10-25"), ("Thursday", "2024-10-24")],
        ),
        # far from the mention, in another clause, the deictic time says nothing of it
        (
            "Sales slumped on Monday, the chain said, and it expects a rebound next year.",
            "2024-10-23",
            [("Monday", "2024-10-21"), ("next year", "2025")],
        ),
    ],
)
def test_a_deictic_neighbour(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.timex.value) for m in extract(text, dct=dct)] == expected


@pytest.mark.parametrize("dct", [date(2024, 1, 3) + timedelta(weeks=k) for k in range(0, 110, 9)])
def test_extract_and_parse_agree_on_ramadan(dct: date) -> None:
    """Through two years of DCTs, "Ramadan begins next week" is the Ramadan that
    ``parse("Ramadan", tense="future")`` names."""
    (ramadan, _) = extract("Ramadan begins next week.", dct=dct)
    assert ramadan.timex == parse("Ramadan", reference=dct, tense="future").timex
