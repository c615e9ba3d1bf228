"""The kernel that takes one edge into solved labels (:func:`insert`), against a fresh solve.

Each row is a small network with its labels solved, then one more edge: :func:`insert` must
leave the labels a fresh solve of the whole network gives, each predecessor a tight edge,
and report exactly the points whose label fell — or hand back a negative cycle (or a spent
budget) with every label and predecessor as it was.
"""

from __future__ import annotations

from array import array

import pytest

from chronos.timeline.stn._dynamic import insert
from chronos.timeline.stn._paths import Csr, Stop, fresh_labels, join, negative, spfa

H = 1000  # the horizon (value)
SH = 4 * H + 1  # the scaled weight of an implicit horizon edge


def le(w: int) -> int:
    """The scaled weight of ``t_v - t_u <= w``."""
    return 4 * w


def lt(w: int) -> int:
    """The scaled weight of ``t_v - t_u < w``."""
    return 4 * w - 2


Edge = tuple[int, int, int]  # (tail, head, scaled weight)


def solved(points: int, edges: list[Edge]) -> tuple[Csr, list[int], array[int], array[int]]:
    """The edges laid out by point, as a solve does, and their labels from the origin 0."""
    groups = [array("q") for _ in range(points)]
    for e, (u, v, w) in enumerate(edges):
        groups[u].extend((e, v, w))
    sources = [u for u, _, _ in edges]
    g = Csr.build(groups, sources=sources)
    dist, pred = fresh_labels(points, origin=0, scaled_horizon=SH)
    run = spfa(g, dist, pred, [0], origin=0, scaled_horizon=SH, budget=10_000)
    assert run.status is Stop.DONE
    return g, sources, dist, pred  # type: ignore[return-value]


def taken_in(
    points: int, edges: list[Edge], later: list[Edge], new: Edge, budget: int | None = None
) -> tuple[Stop, list[tuple[int, int]], Csr, list[int], list[int], array[int], array[int]]:
    """Solve ``edges``; append ``later`` (live, labels left alone: as edges a change added
    while a point was out of reach) and ``new`` after the layout; insert ``new``.
    Returns the status, the cycle, the graph, the labels before and the changed points,
    and the labels after."""
    g, sources, dist, pred = solved(points, edges)
    for u, v, w in later:
        # An edge that cannot lower a label yet stays where it is (the rows make sure).
        sources.append(u)
        g.append(u, v, w, len(sources) - 1, 1)
    before = list(dist)
    u, v, w = new
    sources.append(u)
    position = g.append(u, v, w, len(sources) - 1, 1)
    changed: list[int] = []
    status, steps = insert(
        g, dist, pred, position, origin=0, scaled_horizon=SH, budget=budget, changed=changed
    )
    return status, steps, g, before, changed, dist, pred


CHAIN = [(0, 1, le(0)), (0, 2, le(10)), (2, 3, le(0)), (3, 4, le(0)), (4, 5, le(0))]


@pytest.mark.parametrize(
    ("points", "edges", "later", "new", "once"),
    [
        # Every point after the head falls by one amount (reduced cost zero all along): the
        # breadth-first run alone, no heap.
        (6, CHAIN, [], (1, 2, le(-2)), True),
        # 3 is bound by the origin more tightly than by 2 (5 < 10): it falls less than 2
        # does, and so does all after it; through the heap.
        (6, [*CHAIN, (0, 3, le(5))], [], (1, 2, le(-2)), True),
        # Points the horizon alone bounded (labels marked by bit 0) come within reach: each
        # falls from the horizon by the same amount.
        (5, [(0, 1, le(3)), (2, 3, le(1)), (3, 4, le(2))], [], (1, 2, le(0)), True),
        # 5 is one edge from the head and three edges away along a way that makes it fall
        # further: it is settled once, at the end of the longer way (by fall, not by hops).
        (
            7,
            [
                (0, 1, le(0)),
                (2, 5, le(3)),
                (2, 3, le(0)),
                (3, 4, le(0)),
                (4, 5, le(0)),
                (5, 6, le(0)),
            ],
            [],
            (1, 2, le(0)),
            True,
        ),
        # Two ways from the head to 4, one strict: 4 is reached first by the plain edge (one
        # hop) and settled, then over the strict way at the same value (two hops): it turns
        # strict and is settled once more, and 5 after it turns strict too.
        (
            6,
            [(0, 1, le(0)), (2, 4, le(0)), (2, 3, lt(0)), (3, 4, le(0)), (4, 5, le(0))],
            [],
            (1, 2, le(0)),
            False,
        ),
        # ... the edge to 4 laid out after those of the strict way: 4 is lowered twice
        # before it is popped, and the first of its two entries popped settles it.
        (6, [(0, 1, le(0)), (2, 3, lt(0)), (3, 4, le(0)), (2, 4, le(0))], [], (1, 2, le(0)), False),
        # 4 is lowered three times: over 2 -> 4 (value 5), then 2 -> 3 -> 4 (value 0) before
        # it is settled, then strict over 2 -> 6 -> 7 -> 4 after: settled once more, 5 with it.
        (
            8,
            [
                (0, 1, le(0)),
                (2, 4, le(5)),
                (2, 3, le(0)),
                (2, 6, lt(0)),
                (3, 4, le(0)),
                (6, 7, le(0)),
                (7, 4, le(0)),
                (4, 5, le(0)),
            ],
            [],
            (1, 2, le(0)),
            False,
        ),
        # An edge appended after the layout (3 -> 5, off the arrays of the layout) is
        # followed like the others.
        (6, CHAIN[:4], [(3, 5, le(-1))], (1, 2, le(-2)), True),
        # A diamond whose two sides fall by different amounts meeting again at 5: it
        # takes the lower label, from the side that falls further.
        (
            6,
            [(0, 1, le(0)), (2, 3, le(0)), (2, 4, le(1)), (3, 5, le(3)), (4, 5, le(0))],
            [(0, 4, le(1))],
            (1, 2, le(-1)),
            True,
        ),
        # An edge the labels already satisfy: nothing falls.
        (6, CHAIN, [], (1, 2, le(20)), True),
        # ... in a network with strict edges (a cycle of value zero is looked for then).
        (6, [*CHAIN, (0, 5, lt(10))], [], (1, 2, le(20)), False),
    ],
)
def test_insert_gives_the_labels_of_a_fresh_solve(
    points: int, edges: list[Edge], later: list[Edge], new: Edge, once: bool
) -> None:
    status, steps, g, before, changed, dist, pred = taken_in(points, edges, later, new)
    assert (status, steps) == (Stop.DONE, [])
    _, _, expected, _ = solved(points, [*edges, *later, new])
    assert list(dist) == list(expected)
    # Every predecessor is a tight live edge into its point.
    for v in range(1, points):
        code = pred[v]
        tail = g.parent(code, 0)
        weight = g.wts[code] if code >= 0 else SH
        assert dist[v] == join(dist[tail], weight)
    # Exactly the points whose label fell are reported, each once.
    assert sorted(changed) == [v for v in range(points) if dist[v] != before[v]]
    if once:
        # Each point whose label falls is settled once: the edges out of them are all the
        # work (a spent budget would say otherwise). Rows with strict edges spend scans on
        # the search for a cycle of value zero as well, and settle some points twice.
        assert not g.strict
        scans = sum(len(list(g.positions(v))) for v in changed)
        assert taken_in(points, edges, later, new, budget=scans)[0] is Stop.DONE


@pytest.mark.parametrize(
    ("points", "edges", "new", "cycle"),
    [
        # The edge 4 -> 1 closes two cycles of the same weight, 1 -> 2 -> 4 and
        # 1 -> 3 -> 5 -> 4 (laid out first): the one of fewer edges is given.
        (
            6,
            [
                (0, 1, le(0)),
                (1, 3, le(0)),
                (3, 5, le(0)),
                (5, 4, le(0)),
                (1, 2, le(0)),
                (2, 4, le(0)),
            ],
            (4, 1, le(-1)),
            [1, 2, 4],
        ),
        # A cycle through the origin: 1 is at most 5 after it, and now 5 before it.
        (3, [(0, 1, le(5)), (1, 2, le(0))], (2, 0, le(-6)), [0, 1, 2]),
        # A label falls below minus the horizon: the implicit edge back to the origin
        # closes the cycle.
        (3, [(0, 1, le(0))], (1, 2, le(-H - 1)), [0, 1, 2]),
        # Two strict edges of value zero: "2 before 3 before 2".
        (4, [(0, 1, le(0)), (1, 2, le(0)), (2, 3, lt(0)), (1, 3, le(0))], (3, 2, lt(0)), [2, 3]),
        # A point before itself.
        (3, [(0, 1, le(0)), (1, 2, le(0))], (2, 2, le(-1)), [2]),
        # An edge into the origin that its tail's bound contradicts (2 at most 3 after it).
        (3, [(0, 1, le(0)), (1, 2, le(3))], (2, 0, le(-4)), [0, 1, 2]),
    ],
)
def test_insert_hands_back_a_negative_cycle_and_leaves_the_labels(
    points: int, edges: list[Edge], new: Edge, cycle: list[int]
) -> None:
    _, _, _, pred0 = solved(points, edges)
    status, steps, g, before, changed, dist, pred = taken_in(points, edges, [], new)
    assert status is Stop.CYCLES
    assert sorted(x for x, _ in steps) == cycle
    # A closed walk: each step's edge leaves the point of the step before.
    points_on = [x for x, _ in steps]
    for k, (_, code) in enumerate(steps):
        assert g.parent(code, 0) == points_on[k - 1]
    assert negative(*(g.wts[code] if code >= 0 else SH for _, code in steps))
    assert (list(dist), list(pred), changed) == (before, list(pred0), [])


def test_insert_puts_everything_back_when_the_budget_is_spent() -> None:
    # A chain of 40 points after the head, every one of which would fall: 10 scans are
    # not enough to take the edge in.
    edges = [(0, 1, le(0)), (0, 2, le(50))] + [(k, k + 1, le(0)) for k in range(2, 41)]
    _, _, _, pred0 = solved(42, edges)
    status, steps, _, before, changed, dist, pred = taken_in(
        42, edges, [], (1, 2, le(-1)), budget=10
    )
    assert (status, steps) == (Stop.BUDGET, [])
    assert (list(dist), list(pred), changed) == (before, list(pred0), [])
