"""Laws of the sorted blocks behind the window queries: after any sequence of sets (one item
or many at once, new items or moved ones), removals and queries, each structure answers as a
brute-force scan of a plain list of the items' keys does, and its blocks stay within their
bounds (``load // 2`` to ``2 * load`` items, but for a single block).
"""

from __future__ import annotations

from hypothesis import given, strategies as st

from chronos.timeline._blocks import INF, Dominance, Sorted

#: Keys drawn near each other (so ties are common) and at the open ends.
keys = st.one_of(st.integers(-6, 6), st.sampled_from((-INF, INF)))
items = st.integers(0, 40)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("set"), items, keys, keys),
        st.tuples(st.just("many"), st.lists(st.tuples(items, keys, keys), max_size=12)),
        st.tuples(st.just("remove"), items),
        st.tuples(st.just("ask"), keys, keys),
    ),
    max_size=60,
)


def check_blocks(sizes: tuple[int, ...], load: int, count: int) -> None:
    """Every item in some block; no block empty, too long, or (unless alone) too short."""
    assert sum(sizes) == count
    assert all(0 < size <= 2 * load for size in sizes)
    if len(sizes) > 1:
        assert all(size >= load // 2 for size in sizes)


@given(
    start=st.lists(st.tuples(keys, keys), max_size=30),
    load=st.integers(2, 6),
    steps=steps,
)
def test_blocks_answer_as_a_scan_of_a_list(
    start: list[tuple[int, int]], load: int, steps: list[tuple[object, ...]]
) -> None:
    """Sorted and Dominance, changed at random, answer every query as the brute-force scan."""
    one = Sorted([a for a, _ in start], load=load)
    two = Dominance([a for a, _ in start], [b for _, b in start], load=load)
    truth: dict[int, tuple[int, int]] = dict(enumerate(start))
    for step in steps:
        if step[0] == "set":
            _, item, a, b = step
            assert isinstance(item, int)
            assert isinstance(a, int)
            assert isinstance(b, int)
            one.set(item, a)
            two.set(item, a, b)
            truth[item] = (a, b)
        elif step[0] == "many":
            batch = step[1]
            assert isinstance(batch, list)
            one.set_many([i for i, _, _ in batch], [a for _, a, _ in batch])
            two.set_many([i for i, _, _ in batch], [a for _, a, _ in batch], [b for *_, b in batch])
            truth.update((i, (a, b)) for i, a, b in batch)
        elif step[0] == "remove":
            item = step[1]
            assert isinstance(item, int)
            one.remove(item)
            two.remove(item)
            truth.pop(item, None)
        else:
            _, p, q = step
            assert isinstance(p, int)
            assert isinstance(q, int)
            by_key = sorted((a, i) for i, (a, _) in truth.items())
            assert one.at_most(p) == [i for a, i in by_key if a <= p]
            assert one.at_least(p) == [i for a, i in by_key if a >= p]
            assert sorted(two.query(p, q)) == sorted(
                i for i, (a, b) in truth.items() if a <= p and b >= q
            )
        assert len(one) == len(two) == len(truth)
        check_blocks(one.block_sizes, load, len(truth))
        check_blocks(two.block_sizes, load, len(truth))
