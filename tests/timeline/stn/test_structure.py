"""The ranks of :mod:`chronos.timeline.stn._structure`: levels found once, raised by new edges."""

from __future__ import annotations

from array import array
from dataclasses import replace

import pytest

from chronos.timeline.stn import Network
from chronos.timeline.stn._paths import Csr
from chronos.timeline.stn._structure import condense, raise_ranks


def graph(points: int, edges: list[tuple[int, int]]) -> Csr:
    """The live edges ``u -> v`` (weight 0) over ``points`` points, as laid out by a solve."""
    groups = [array("q") for _ in range(points)]
    for e, (u, v) in enumerate(edges):
        groups[u].extend((e, v, 0))
    return Csr.build(groups, sources=[u for u, _ in edges])


def reverse(points: int, edges: list[tuple[int, int]]) -> Csr:
    return graph(points, [(v, u) for u, v in edges])


@pytest.mark.parametrize(
    ("edges", "levels"),
    [
        # A chain 3 -> 2 -> 1: one level per link, the sink 0 (the origin 0 apart: -1).
        ([(3, 2), (2, 1)], [-1, 0, 1, 2]),
        # A cycle 1 <-> 2 is one component, one level; 3 leads into it: one above.
        ([(1, 2), (2, 1), (3, 1)], [-1, 0, 0, 1]),
        # Two ways down from 3, the longer decides: 3 -> 1 and 3 -> 2 -> 1.
        ([(3, 1), (3, 2), (2, 1)], [-1, 0, 1, 2]),
        # Edges into and out of the origin do not count: 1 -> 0 -> 2 is no path.
        ([(1, 0), (0, 2)], [-1, 0, 0, 0]),
        # A loop on a point leaves it where it is.
        ([(1, 1), (2, 1)], [-1, 0, 1, 0]),
    ],
)
def test_condense_gives_levels(edges: list[tuple[int, int]], levels: list[int]) -> None:
    assert condense(graph(4, edges), origin=0).rank.tolist() == levels


# Points 1..5 (0 the origin); the chain 5 -> 4 -> 3 -> 2 -> 1 with levels 4, 3, 2, 1, 0.
CHAIN = [(5, 4), (4, 3), (3, 2), (2, 1)]
# Two chains: 3 -> 2 -> 1 (levels 2, 1, 0) and 5 -> 4 (levels 1, 0).
TWO = [(3, 2), (2, 1), (5, 4)]


@pytest.mark.parametrize(
    ("edges", "new", "ranks", "raised"),
    [
        # Already above: nothing moves (a link the chain implies).
        (CHAIN, (5, 1), [-1, 0, 1, 2, 3, 4], 0),
        # 4 -> 2 joins the chains: 4 goes one above 2, and 5, behind it, level with 4 (only
        # the new edge asks for a step); nothing else is behind.
        (TWO, (4, 2), [-1, 0, 1, 2, 2, 2], 2),
        # 1 -> 5: 1 goes above 5 (rank 2), then 2 behind it; 3 was there already.
        (TWO, (1, 5), [-1, 2, 2, 2, 0, 1], 2),
        # 1 -> 3 closes the cycle 3 -> 2 -> 1 -> 3: level with 3, not above it.
        (CHAIN, (1, 3), [-1, 2, 2, 2, 3, 4], 2),
        # 1 -> 5 closes a cycle through the whole chain: all level with 5.
        (CHAIN, (1, 5), [-1, 4, 4, 4, 4, 4], 4),
        # A loop on 3: no change.
        (CHAIN, (3, 3), [-1, 0, 1, 2, 3, 4], 0),
        # Edges of the origin are exempt.
        (CHAIN, (1, 0), [-1, 0, 1, 2, 3, 4], 0),
        (CHAIN, (0, 5), [-1, 0, 1, 2, 3, 4], 0),
    ],
)
def test_raise_ranks(
    edges: list[tuple[int, int]], new: tuple[int, int], ranks: list[int], raised: int
) -> None:
    rank = condense(graph(6, edges), origin=0).rank
    assert raise_ranks(rank, reverse(6, [*edges, new]), *new, origin=0) == raised
    assert rank.tolist() == ranks


def test_raise_ranks_never_reaches_the_number_of_points() -> None:
    """Ranks stay below the number of points (the limit ranks read back are held to): where
    one above would reach it, the point is raised level instead."""
    rank = array("q", [0, 0, 2])  # 2 is the top rank of 3 points
    assert raise_ranks(rank, reverse(3, [(1, 2)]), 1, 2, origin=0) == 1
    assert rank.tolist() == [0, 2, 2]


def test_a_change_after_a_load_without_ranks_finds_them_first() -> None:
    """A solution read back whose ranks failed their check keeps none; the first change finds
    them again (the levels of the live edges, the new one in), and answers as a fresh solve:
    here a strict cycle 1 -> 2 -> 3 -> 1 of "before" links, which no bound shows by falling."""
    before = (2 * 0) - 1  # the code of "< 0": t_v - t_u < 0
    edges = [(1, 2, before, 0), (2, 3, before, 1), (0, 1, 20, 2)]
    net = Network(coded=True)
    net.add_points(4)
    for u, v, w, cid in edges:
        net.add_constraint(u, v, w, cid)
    net.solve(0, 400)
    snap = net.snapshot()
    assert snap.rank is not None
    loaded = Network(coded=True)
    loaded.add_points(4)
    for u, v, w, cid in edges:
        loaded.add_constraint(u, v, w, cid)
    bad = [-1, 0, 1, 2]  # rising along 1 -> 2 and 2 -> 3: dropped on reading
    assert loaded.adopt(replace(snap, rank=bad))
    assert loaded._solution is not None
    assert loaded._solution.rank is None
    loaded.add_constraint(3, 1, before, 3)  # closes the strict cycle
    assert loaded._solution.rank is not None
    assert loaded._solution.rank.tolist() == [-1, 0, 0, 0]  # one component, one level
    fresh = Network(coded=True)
    fresh.add_points(4)
    for u, v, w, cid in [*edges, (3, 1, before, 3)]:
        fresh.add_constraint(u, v, w, cid)
    fresh.solve(0, 400)
    assert loaded.report.set_aside == fresh.report.set_aside == (3,)
    assert loaded.bounds() == fresh.bounds()
    assert loaded.solves == 0
