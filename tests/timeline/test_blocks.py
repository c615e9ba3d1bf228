"""The sorted blocks behind the window queries: edge cases, one table row each."""

from __future__ import annotations

import pytest

from chronos import InvalidArgumentError
from chronos.timeline._blocks import INF, Dominance, Sorted


def grown(load: int, keys: list[int]) -> Sorted:
    """An empty structure with ``keys`` set one at a time (item ``i`` gets ``keys[i]``)."""
    index = Sorted([], load=load)
    for i, key in enumerate(keys):
        index.set(i, key)
    return index


class TestSorted:
    """at_most / at_least on one key, as items are set, moved and removed."""

    @pytest.mark.parametrize(
        ("keys", "p", "at_most", "at_least"),
        [
            ([], 0, [], []),  # empty: nothing either side
            ([5], 5, [0], [0]),  # one item, exactly at p: on both sides
            ([3, 1, 2], 2, [1, 2], [2, 0]),  # one block: by key
            ([7, 7, 7, 7, 7], 7, [0, 1, 2, 3, 4], [0, 1, 2, 3, 4]),  # equal keys: by number
            ([7, 7, 7, 7, 7], 6, [], [0, 1, 2, 3, 4]),  # equal keys, all above p
            ([-INF, 0, INF], 0, [0, 1], [1, 2]),  # open ends sort first and last
            ([-INF, 0, INF], INF, [0, 1, 2], [2]),  # p at the open end itself
            ([-INF, 0, INF], 10 * INF, [0, 1, 2], []),  # p past the open end: clamped
            ([-INF, 0, INF], -10 * INF, [], [0, 1, 2]),  # p before the open start
        ],
    )
    def test_built_at_once(
        self, keys: list[int], p: int, at_most: list[int], at_least: list[int]
    ) -> None:
        """Built from a list of keys, small blocks or large, it answers by key then number."""
        for load in (2, 3, 512):
            index = Sorted(keys, load=load)
            assert index.at_most(p) == at_most
            assert index.at_least(p) == at_least
            assert len(index) == len(keys)

    def test_splits_keep_blocks_within_bounds(self) -> None:
        """Twenty items added one by one into blocks of two: split every time one passes
        four, never left longer, and every block holds at least one item."""
        index = grown(2, list(range(20)))
        assert sum(index.block_sizes) == 20
        assert len(index.block_sizes) > 4
        assert all(1 <= size <= 4 for size in index.block_sizes)
        assert index.at_most(9) == list(range(10))

    def test_merges_after_removals(self) -> None:
        """Blocks emptied by removals are dropped, short ones merged: the blocks left hold
        the items left, in order."""
        index = Sorted(list(range(40)), load=4)
        before = len(index.block_sizes)
        for i in range(0, 40, 3):
            index.remove(i)
        for i in range(1, 30):
            index.remove(i)
        left = [i for i in range(30, 40) if i % 3]
        assert index.at_least(-INF) == left
        assert len(index.block_sizes) < before
        assert all(2 <= size <= 8 for size in index.block_sizes)

    @pytest.mark.parametrize(
        ("item", "key", "expected"),
        [
            (0, 100, [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]),  # the first item moves to the last block
            (9, -1, [9, 0, 1, 2, 3, 4, 5, 6, 7, 8]),  # the last item moves to the first block
            (4, 4, list(range(10))),  # set to the key it has: nothing moves
            (12, 5, [0, 1, 2, 3, 4, 5, 12, 6, 7, 8, 9]),  # a new item, numbers skipped
            (7, 5, [0, 1, 2, 3, 4, 5, 7, 6, 8, 9]),  # a tie with item 5: the number decides
        ],
    )
    def test_moves_across_blocks(self, item: int, key: int, expected: list[int]) -> None:
        """An item set to a new key leaves its block for the one its key belongs to."""
        index = Sorted(list(range(10)), load=2)
        index.set(item, key)
        assert index.at_least(-INF) == expected
        assert all(1 <= size <= 4 for size in index.block_sizes)

    def test_set_many_last_counts(self) -> None:
        """An item named twice in one batch ends with the last key given."""
        index = Sorted([0, 1, 2])
        index.set_many([0, 1, 0], [9, 5, 4])
        assert index.at_least(-INF) == [2, 0, 1]

    def test_remove_absent_and_twice(self) -> None:
        """Removing an item that is not there (never added, removed already, a negative or
        huge number) changes nothing."""
        index = Sorted([4, 5])
        for item in (7, 0, 0, -1, 2**40):
            index.remove(item)
        assert index.at_most(INF) == [1]
        assert len(index) == 1

    def test_emptied_then_refilled(self) -> None:
        """A structure emptied of every item answers nothing, then takes items again."""
        index = Sorted([1, 2, 3], load=2)
        for i in range(3):
            index.remove(i)
        assert index.block_sizes == ()
        assert index.at_most(INF) == []
        index.set(1, 8)
        assert index.at_least(-INF) == [1]


class TestDominance:
    """query(p, q): the items with a ≤ p and b ≥ q."""

    A = (1, 2, 3, 4, 5, 6, 7, 8)
    B = (8, 1, 6, 3, 4, 5, 2, 7)

    @pytest.mark.parametrize(
        ("p", "q", "expected"),
        [
            (8, 1, [0, 1, 2, 3, 4, 5, 6, 7]),  # everything
            (0, -INF, []),  # no a that small
            (8, 9, []),  # no b that large
            (4, 4, [0, 2]),  # a ≤ 4 and b ≥ 4: items 0 (b 8) and 2 (b 6)
            (8, 7, [0, 7]),  # b ≥ 7 wherever a is
            (3, 6, [0, 2]),  # the partial block's items tested one by one
            (INF, -INF, [0, 1, 2, 3, 4, 5, 6, 7]),  # open bounds: everything
            (10 * INF, -10 * INF, [0, 1, 2, 3, 4, 5, 6, 7]),  # past the open bounds: clamped
        ],
    )
    def test_query(self, p: int, q: int, expected: list[int]) -> None:
        """The same answers with blocks of two items or one block of all."""
        for load in (2, 3, 512):
            assert sorted(Dominance(self.A, self.B, load=load).query(p, q)) == expected

    @pytest.mark.parametrize(
        ("a", "b", "p", "q", "expected"),
        [
            ([1, 2, 3, 4], [0, 0, 0, 9], 3, 5, []),  # one b ≥ q, three a ≤ p: by b, a > p
            ([1, 2, 3, 4], [0, 0, 9, 9], 3, 5, [2]),  # by b: item 2 has a ≤ p, item 3 not
            ([1, 2, 3, 4], [9, 9, 9, 0], 1, 5, [0]),  # one a ≤ p: by a, its b ≥ q
            ([1, 2, 3, 4], [9, 0, 9, 9], 2, 5, [0]),  # by a: item 1's b is under q
        ],
    )
    def test_the_block_across_p(
        self, a: list[int], b: list[int], p: int, q: int, expected: list[int]
    ) -> None:
        """In the block where a crosses p, the fewer of its items with a ≤ p and of those
        with b ≥ q are read, each tested on its other key."""
        assert sorted(Dominance(a, b, load=4).query(p, q)) == expected

    def test_empty(self) -> None:
        """No item: no answer, and the first item set makes a block."""
        index = Dominance([], [])
        assert index.query(INF, -INF) == []
        index.set(3, 0, 0)
        assert index.query(0, 0) == [3]
        assert index.block_sizes == (1,)

    @pytest.mark.parametrize(
        ("item", "a", "b", "p", "q", "expected"),
        [
            (1, 2, 9, 2, 9, [1]),  # only b moved: the item stays in its block, found by b
            (1, 2, 0, 8, 1, [0, 2, 3, 4, 5, 6, 7]),  # b moved below q: no longer found
            (0, 8, 8, 4, 4, [2]),  # a moved across blocks: out of the prefix
            (6, -INF, INF, 0, 9, [6]),  # moved to the open ends: found by any window
        ],
    )
    def test_moves(self, item: int, a: int, b: int, p: int, q: int, expected: list[int]) -> None:
        """An item whose keys change is found by its new keys only."""
        index = Dominance(self.A, self.B, load=2)
        index.set(item, a, b)
        assert sorted(index.query(p, q)) == expected

    def test_merged_blocks_keep_b_in_order(self) -> None:
        """A block merged into its neighbour brings its b keys along, in order with the
        neighbour's: a later query over whole blocks still finds them by b."""
        a = list(range(12))
        b = [10, 11, 12, 13, 0, 1, 2, 3, 20, 21, 22, 23]  # block by block: 10s, 0s, 20s
        index = Dominance(a, b, load=4)
        assert index.block_sizes == (4, 4, 4)
        index.set_many([0, 1, 2], [-INF] * 3, [-INF] * 3)  # three of the first four leave...
        index.remove(0)
        index.remove(1)
        index.remove(2)  # ...and go: the one left (b 13) joins the next block
        assert index.block_sizes == (5, 4)
        assert sorted(index.query(11, 5)) == [3, 8, 9, 10, 11]
        assert sorted(index.query(7, 3)) == [3, 7]

    def test_equal_keys_across_blocks(self) -> None:
        """Thirty items with one a and one b, in blocks of two: each is found, and each can
        be removed by number."""
        index = Dominance([5] * 30, [5] * 30, load=2)
        assert sorted(index.query(5, 5)) == list(range(30))
        for i in range(0, 30, 2):
            index.remove(i)
        assert sorted(index.query(5, 5)) == list(range(1, 30, 2))
        assert all(1 <= size <= 4 for size in index.block_sizes)


@pytest.mark.parametrize(
    ("make", "argument"),
    [
        (lambda: Sorted([0], load=1), "load"),  # blocks of one cannot be split
        (lambda: Sorted([INF + 1]), "keys"),  # a key past the open end
        (lambda: Dominance([0, 1], [0]), "b"),  # b keys not paired with a keys
        (lambda: Dominance([0], [-INF - 1]), "b"),  # a b key before the open start
        (lambda: Sorted([]).set(0, -INF - 1), "keys"),  # set beyond the open start
        (lambda: Dominance([], []).set(0, 0, INF + 1), "b"),  # set beyond the open end
        (lambda: Sorted([]).set(2**32, 0), "item"),  # an item number past the code's room
    ],
)
def test_bad_input_names_the_argument(make: object, argument: str) -> None:
    """Keys out of range, unpaired keys, tiny blocks: an error naming the argument."""
    with pytest.raises(InvalidArgumentError) as caught:
        make()  # type: ignore[operator]
    assert caught.value.argument == argument
