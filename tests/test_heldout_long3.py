"""The third whole-statement held-out set's definitions are consistent with their texts.

These tests check the items of ``benchmarks/heldout_long3.py`` only (offsets, order, overlap,
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
    return load("heldout_long3", "heldout_long", "heldout_long2")


def test_every_offset_reads_its_extent_and_no_spans_overlap(heldout: ModuleType) -> None:
    assert heldout.problems() == []


def test_the_set_holds_nine_statements_one_undated_the_rest_distinct(
    heldout: ModuleType,
) -> None:
    statements = heldout.STATEMENTS
    assert len(statements) == 9
    dcts = [st.dct for st in statements]
    assert dcts.count(None) == 1
    dated = [dct for dct in dcts if dct is not None]
    assert len(set(dated)) == 8
    assert len({dct[:4] for dct in dated}) == 8  # every dated statement in its own year
    assert all(st.gold and st.lookalikes for st in statements)
    assert all(150 <= len(st.text.split()) <= 300 for st in statements)


def test_the_undated_statement_leaves_only_what_a_dct_would_fix_unknown(
    heldout: ModuleType,
) -> None:
    (undated,) = [st for st in heldout.STATEMENTS if st.dct is None]
    # explicit years and what is anchored on them are known; deictic phrases are not
    known = {g.extent: g.value for g in undated.gold if g.type == "DATE" and "X" not in g.value}
    assert known == {"October 1987": "1987-10", "the following year": "1988", "1952": "1952"}


@pytest.mark.parametrize(
    ("extent", "value"),
    [
        # the outage's "Thursday night", the Thursday after a Tuesday DCT
        ("Thursday night", "2021-08-12TNI"),
        # an informal "feb" inside "last winter" of a DCT on 31 December 2023
        ("feb", "2023-02"),
        # "the same day" takes the value of the deadline it points back to
        ("the same day", "2029-01-31"),
    ],
)
def test_an_extent_is_placed_where_the_text_has_it(
    heldout: ModuleType, extent: str, value: str
) -> None:
    golds = [g for st in heldout.STATEMENTS for g in st.gold if g.extent == extent]
    assert [g.value for g in golds] == [value]


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
