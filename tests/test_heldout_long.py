"""The whole-statement held-out set's definitions are consistent with their texts.

These tests check the items of ``benchmarks/heldout_long.py`` only (offsets, order, overlap,
length); they run no extraction and assert nothing about chronos's score.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout_long.py"


@pytest.fixture(scope="module")
def heldout() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_long", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["heldout_long"] = module
    spec.loader.exec_module(module)
    return module


def test_every_offset_reads_its_extent_and_no_spans_overlap(heldout: ModuleType) -> None:
    assert heldout.check() == []


def test_the_set_holds_eleven_statements_with_a_dct_free_one(heldout: ModuleType) -> None:
    statements = heldout.STATEMENTS
    assert len(statements) == 11
    assert [st.genre for st in statements if st.dct is None] == ["undated"]
    assert all(st.gold and st.lookalikes for st in statements)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        # an offset one character late no longer reads its extent
        (lambda st, g: [dataclasses.replace(g[0], start=g[0].start + 1), *g[1:]], "reads"),
        # a span placed inside the one before it overlaps it
        (lambda st, g: [g[0], dataclasses.replace(g[1], start=g[0].start), *g[2:]], "overlaps"),
    ],
)
def test_the_check_finds_a_broken_definition(
    heldout: ModuleType, change: Callable[..., list[object]], complaint: str
) -> None:
    first = heldout.STATEMENTS[0]
    broken = dataclasses.replace(first, gold=tuple(change(first, list(first.gold))))
    problems = heldout.check([broken])
    assert problems
    assert any(complaint in p for p in problems)
