"""Seasons counted back or ahead ("the past three summers", "the coming two winters"): a
set of seasons, not a length of time, read by ``parse`` and by ``extract``.

The phrases and sentences are written for these tests; the reference is Friday 25 October
2024.
"""

from __future__ import annotations

import pytest

from chronos import extract, parse

REF = "2024-10-25"


@pytest.mark.parametrize(
    ("phrase", "value", "note"),
    [
        # a count back: the summers, with the autumns, winters and springs between left out
        ("the past four summers", "XXXX-SU", "4 summers before"),
        # "last" as the cue, winters
        ("the last two winters", "XXXX-WI", "2 winters before"),
        # ahead, springs, with a digit count
        ("the coming 3 springs", "XXXX-SP", "3 springs after"),
        # "next" and "autumns"
        ("the next five autumns", "XXXX-FA", "5 autumns after"),
        # "falls" is autumns too
        ("the previous two falls", "XXXX-FA", "2 autumns before"),
        # a vague count
        ("the past several winters", "XXXX-WI", "some winters before"),
        # "a couple of" is two
        ("the last couple of summers", "XXXX-SU", "2 summers before"),
        # "recent" without a count looks back
        ("recent springs", "XXXX-SP", "some springs before"),
        # no article
        ("past six summers", "XXXX-SU", "6 summers before"),
    ],
)
def test_counted_seasons_are_a_set(phrase: str, value: str, note: str) -> None:
    e = parse(phrase, reference=REF)
    assert str(e.timex) == f"SET {value}"
    assert e.span is None
    (assumption,) = e.assumptions
    assert assumption.kind == "recurrence"
    assert assumption.text.startswith(note)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        # one season with a cue is that season, a date
        ("the past summer", "DATE 2024-SU"),
        # counted months stay a length: they run on without a gap
        ("the past three months", "DURATION P3M"),
        # every season recurs as before
        ("every winter", "SET XXXX-WI"),
    ],
)
def test_neighbours_unchanged(phrase: str, timex: str) -> None:
    assert str(parse(phrase, reference=REF).timex) == timex


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole phrase, not "the past" as a vague past
        (
            "Wildfires scorched the valley over the past three summers.",
            [("the past three summers", "SET", "XXXX-SU")],
        ),
        # "last" with a count of winters, sentence-initial capital
        (
            "The last two winters emptied the reservoirs.",
            [("The last two winters", "SET", "XXXX-WI")],
        ),
        # a forecast ahead
        (
            "Growers expect drought for the coming three springs.",
            [("the coming three springs", "SET", "XXXX-SP")],
        ),
        # beside a date, each read for what it is
        (
            "In 2019 the fair moved; in recent summers it has drawn crowds.",
            [("2019", "DATE", "2019"), ("recent summers", "SET", "XXXX-SU")],
        ),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.text, m.timex.type, m.timex.value) for m in extract(text, dct=REF)] == expected
