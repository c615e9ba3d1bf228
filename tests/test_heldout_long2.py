"""The second whole-statement held-out set's definitions are consistent with their texts.

These tests check the items of ``benchmarks/heldout_long2.py`` only (offsets, order, overlap,
length, the placement of each extent); they run no extraction and assert nothing about
chronos's score.
"""

from __future__ import annotations

import dataclasses
from types import ModuleType

import pytest

from tests.benchmark_scripts import load


@pytest.fixture(scope="module")
def heldout() -> ModuleType:
    return load("heldout_long2", "heldout_long")


def test_every_offset_reads_its_extent_and_no_spans_overlap(heldout: ModuleType) -> None:
    assert heldout.problems() == []


def test_the_set_holds_nine_statements_with_distinct_dcts(heldout: ModuleType) -> None:
    statements = heldout.STATEMENTS
    assert len(statements) == 9
    dcts = [st.dct for st in statements]
    assert None not in dcts
    assert len(set(dcts)) == 9
    assert len({dct[:4] for dct in dcts}) >= 6  # years vary
    assert all(st.gold and st.lookalikes for st in statements)
    assert all(150 <= len(st.text.split()) <= 300 for st in statements)


@pytest.mark.parametrize(
    ("extent", "value"),
    [
        # a year-less date after a past-tense verb, placed in the text's own 1926
        ("14 October", "1926-10-14"),
        # the union leader's name is a look-alike, the Friday of the talks a date
        ("Friday", "2028-01-14"),
        # the DCT's leap year holds the 29th of February
        ("29 February", "2028-02-29"),
    ],
)
def test_an_extent_is_placed_where_the_text_has_it(
    heldout: ModuleType, extent: str, value: str
) -> None:
    golds = [g for st in heldout.STATEMENTS for g in st.gold if g.value == value]
    assert [g.extent for g in golds] == [extent]


def test_the_length_bound_is_enforced(heldout: ModuleType) -> None:
    first = heldout.STATEMENTS[0]
    padded = dataclasses.replace(first, text=first.text + " word" * 120)
    heldout.STATEMENTS.append(padded)
    try:
        assert any("more than 300" in p for p in heldout.problems())
    finally:
        heldout.STATEMENTS.pop()


def test_a_missing_extent_is_refused(heldout: ModuleType) -> None:
    with pytest.raises(ValueError, match="not found"):
        heldout.statement("x", "2025-01-01", "on Monday we met", [("Tuesday", "DATE x", "c")], [])
