"""``gather``: many items of a column read at once, as the engine and the reading of a
document use it in place of a read per item."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import pytest

from chronos.timeline.stn import gather


@pytest.mark.parametrize(
    ("values", "indexes", "expected"),
    [
        # no index: nothing (an itemgetter of no item would be an error)
        ([5, 6, 7], [], []),
        # one index: a sequence of one item (an itemgetter of one gives it bare)
        ([5, 6, 7], [2], [7]),
        # several, in any order, each as often as asked
        ([5, 6, 7], [2, 0, 2, 1], [7, 5, 7, 6]),
        # negative indexes count from the end, as the engine's codes -1 and -2 do
        ([5, 6, 7, -2, -1], [-1, 0, -2], [-1, 5, -2]),
        # indexes in an array of 64-bit ints (a column read packed)
        ([5, 6, 7], array("q", [1, 1, 0]), [6, 6, 5]),
        # values in an array: its items, as ints
        (array("q", [50, 60, 70]), [0, 2], [50, 70]),
        # indexes as a range (every point, in order)
        ([5, 6, 7], range(3), [5, 6, 7]),
        # values of any kind (an event's bounds, an event)
        (["a", None, "c"], [1, 2], [None, "c"]),
    ],
)
def test_gather(values: Sequence[object], indexes: Sequence[int], expected: list[object]) -> None:
    assert list(gather(values, indexes)) == expected


@pytest.mark.parametrize(
    ("values", "indexes"),
    [
        ([5, 6, 7], [3]),  # one index past the end
        ([5, 6, 7], [0, 3]),  # one of several past the end
        ([], [0, 0]),  # nothing to read from
    ],
)
def test_gather_past_the_end_is_an_index_error(
    values: Sequence[object], indexes: Sequence[int]
) -> None:
    """As a read of one item: no index is taken modulo the length or left out."""
    with pytest.raises(IndexError):
        gather(values, indexes)
