"""``Built``: the tuple a conflict lists its constraints in, each item made when first read."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

from chronos.timeline._types import Built


def squares(n: int, made: list[int] | None = None) -> Built[int]:
    def make(i: int) -> int:
        if made is not None:
            made.append(i)
        return i * i

    return Built(n, make)


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        (lambda b: b[0], 0),  # the first item
        (lambda b: b[3], 9),  # the last item by its index
        (lambda b: b[-1], 9),  # the last item counted from the end
        (lambda b: b[-4], 0),  # the first item counted from the end
        (lambda b: b[1:3], (1, 4)),  # a slice is a tuple
        (lambda b: b[::-2], (9, 1)),  # a slice with a step
        (lambda b: len(b), 4),  # the length, nothing made
        (lambda b: list(b), [0, 1, 4, 9]),  # iteration in order
        (lambda b: 4 in b, True),  # membership, as a tuple answers it
        (lambda b: b.index(4), 2),  # index(), from Sequence
        (lambda b: repr(b), "(0, 1, 4, 9)"),  # shown as the tuple of its items
        (lambda b: str(b), "(0, 1, 4, 9)"),  # printed the same
    ],
)
def test_reads_as_the_tuple_of_its_items(read: Any, expected: object) -> None:
    assert read(squares(4)) == expected


@pytest.mark.parametrize(
    ("left", "right", "equal"),
    [
        (squares(3), (0, 1, 4), True),  # equal to the tuple of its items
        ((0, 1, 4), squares(3), True),  # from the tuple's side too
        (squares(3), squares(3), True),  # two of them, item by item
        (squares(3), (0, 1), False),  # a shorter tuple
        (squares(3), (0, 1, 5), False),  # one item differs
        (squares(0), (), True),  # empty
        (squares(3), [0, 1, 4], False),  # a list is not a tuple, as for tuples
    ],
)
def test_equality_is_that_of_tuples(left: object, right: object, equal: bool) -> None:
    assert (left == right) is equal
    assert (left != right) is not equal


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        # RUF005 is off in these rows: "+" itself is what they test
        (lambda: squares(2) + (7,), (0, 1, 7)),  # noqa: RUF005 (a tuple after it)
        (lambda: (7,) + squares(2), (7, 0, 1)),  # noqa: RUF005 (a tuple before it)
        (lambda: squares(2) + squares(2), (0, 1, 0, 1)),  # two of them
        (lambda: squares(0) + (), ()),  # noqa: RUF005 (both empty)
    ],
)
def test_joins_with_plus_as_a_tuple(joined: Any, expected: tuple[int, ...]) -> None:
    result = joined()
    assert result == expected
    assert type(result) is tuple


def test_joining_a_list_is_refused_as_for_a_tuple() -> None:
    with pytest.raises(TypeError):
        squares(2) + [7]  # noqa: RUF005 (the "+" refused is the test)


def test_hashes_as_the_tuple_of_its_items() -> None:
    assert hash(squares(3)) == hash((0, 1, 4))
    found: dict[object, str] = {squares(3): "x"}
    assert found[(0, 1, 4)] == "x"


def test_items_are_made_once_and_only_when_read() -> None:
    made: list[int] = []
    b = squares(5, made)
    assert made == []
    assert len(b) == 5
    assert made == []
    assert b[2] == 4
    assert b[2] == 4
    assert b[-3] == 4  # the same item counted from the end: not made again
    assert made == [2]


@pytest.mark.parametrize("index", [5, -6, 100])
def test_an_index_out_of_range_raises_index_error_as_a_tuple(index: int) -> None:
    with pytest.raises(IndexError):
        squares(5)[index]


def test_pickles_and_copies_as_a_tuple() -> None:
    back = pickle.loads(pickle.dumps(squares(3)))  # noqa: S301 (its own bytes)
    assert back == (0, 1, 4)
    assert type(back) is tuple
    b = squares(3)
    assert copy.deepcopy(b) == (0, 1, 4)
