"""Laws of the STN engine with strict bounds, checked against brute force on small networks.

A network built with ``coded=True`` takes every weight as a *bound code*: ``2 * w`` for
``t_v - t_u <= w``, ``2 * w - 1`` for ``t_v - t_u < w``. A path's bound is the sum of the values,
strict if any edge is: on codes, ``a ⊕ b = a + b + (a & b & 1)`` (:func:`plus` below), and the
integer order of codes is the order of bounds. A cycle whose ⊕ is below 0 is a conflict: "a
before b before a" (two strict edges of value 0) is one, though relaxing labels that are
already strict never lowers them around it. Floyd–Warshall over ⊕ is the reference here.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import reduce
from itertools import pairwise

from hypothesis import given, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from chronos.timeline.stn import Network

#: The horizon as a code (a bound ``<= 200``).
HORIZON = 400
INF = math.inf

#: (u, v, code, cid): the edge t_v - t_u <= or < w of constraint cid.
Spec = tuple[int, int, int, int]


def plus(a: float, b: float) -> float:
    """Two bounds joined: values add, strict if either is (codes; INF absorbs)."""
    if a == INF or b == INF:
        return INF
    x, y = int(a), int(b)
    return x + y + (x & y & 1)


def code(value: int, strict: bool) -> int:
    """The code of ``<= value`` or ``< value``."""
    return 2 * value - (1 if strict else 0)


@dataclass(frozen=True)
class Case:
    """A small network: its points, a hidden assignment, its edges and its origin."""

    points: int
    truth: list[int]
    edges: list[Spec]
    origin: int


@st.composite
def cases(draw: st.DrawFn, *, consistent: bool, max_points: int = 14) -> Case:
    """A network of coded edges; ``consistent`` ones fit a hidden integer assignment (an edge
    may be strict only where the assignment leaves room). Values cluster near 0 so that
    cycles of strict zero edges ("before" both ways) are common in the others."""
    n = draw(st.integers(min_value=1, max_value=max_points))
    truth = draw(st.lists(st.integers(-20, 20), min_size=n, max_size=n))
    point = st.integers(0, n - 1)
    size = draw(st.integers(0, 3 * n))
    edge = st.tuples(point, point, st.integers(0, 4), st.integers(-6, 12), st.booleans())
    raw = draw(st.lists(edge, min_size=size, max_size=size))
    cids = draw(
        st.lists(st.integers(0, max(0, len(raw) - 1)), min_size=len(raw), max_size=len(raw))
    )
    edges = []
    for (u, v, slack, weight, strict), cid in zip(raw, cids, strict=True):
        if consistent:
            w = code(truth[v] - truth[u] + slack, strict and slack > 0)
        else:
            w = code(weight if weight < 7 else 0, strict)
        edges.append((u, v, w, cid))
    return Case(n, truth, edges, draw(point))


def build(case: Case, edges: list[Spec] | None = None, **options: int | None) -> Network:
    """The coded network of ``case`` (or of ``edges`` over its points)."""
    net = Network(coded=True, **options)  # type: ignore[arg-type]
    net.add_points(case.points)
    for u, v, w, cid in case.edges if edges is None else edges:
        net.add_constraint(u, v, w, cid)
    return net


def floyd_warshall(n: int, edges: list[tuple[int, int, int]]) -> list[list[float]]:
    """All-pairs shortest bounds over ⊕, by brute force."""
    d: list[list[float]] = [[INF] * n for _ in range(n)]
    for i in range(n):
        d[i][i] = 0
    for u, v, w in edges:
        d[u][v] = min(d[u][v], w)
    for k in range(n):
        dk = d[k]
        for i in range(n):
            dik = d[i][k]
            if dik == INF:
                continue
            di = d[i]
            for j in range(n):
                c = plus(dik, dk[j])
                if c < di[j]:
                    di[j] = c
    return d


def horizon_edges(n: int, origin: int) -> list[tuple[int, int, int]]:
    """The implicit horizon, made explicit."""
    return [
        e for p in range(n) if p != origin for e in ((origin, p, HORIZON), (p, origin, HORIZON))
    ]


def negative_cycle(n: int, edges: list[tuple[int, int, int]]) -> bool:
    """Whether some cycle of ``edges`` joins to a bound below ``<= 0``."""
    d = floyd_warshall(n, edges)
    return any(d[i][i] < 0 for i in range(n))


def expected_bounds(
    n: int, edges: list[tuple[int, int, int]], origin: int
) -> tuple[list[float | None], list[float | None]] | None:
    """The bounds by brute force (codes; a lower bound ``>= t`` is ``2t``, ``> t`` is
    ``2t + 1``), or None when the claims and the horizon are inconsistent."""
    full = floyd_warshall(n, edges + horizon_edges(n, origin))
    if any(full[i][i] < 0 for i in range(n)):
        return None
    real = floyd_warshall(n, edges)
    ups = [full[origin][p] if real[origin][p] == full[origin][p] else None for p in range(n)]
    lows = [-full[p][origin] if real[p][origin] == full[p][origin] else None for p in range(n)]
    return lows, ups


def enabled_edges(net: Network, case: Case) -> list[tuple[int, int, int]]:
    """The edges of ``case`` whose cid the network still takes into account."""
    return [(u, v, w) for u, v, w, cid in case.edges if net.is_enabled(cid)]


def greedy_aside(case: Case, order: list[Spec]) -> list[int]:
    """The canonical repair by brute force: cids strongest (first added) first, each kept if
    consistent with those kept and the horizon."""
    by_cid: dict[int, list[tuple[int, int, int]]] = {}
    for u, v, w, cid in order:
        by_cid.setdefault(cid, []).append((u, v, w))
    kept: list[tuple[int, int, int]] = []
    aside = []
    frame = horizon_edges(case.points, case.origin)
    for cid, edges in by_cid.items():
        if negative_cycle(case.points, kept + edges + frame):
            aside.append(cid)
        else:
            kept += edges
    return sorted(aside)


def joined(weights: list[int]) -> int:
    """The bound of a path or cycle of these codes."""
    return int(reduce(plus, weights, 0))


def test_a_cycle_of_strict_links_is_a_conflict_though_no_label_falls() -> None:
    """a < b < a, both already strictly before 5 by other claims: the labels of a and b are
    ``< 5`` whichever way round, so relaxing lowers nothing; the cycle is found all the same,
    by the batch solve and by an edge added after it."""
    for late in (False, True):
        net = Network(coded=True)
        origin, a, b = net.add_points(3)
        net.add_constraint(origin, a, code(5, True), cid=0)  # a < 5
        net.add_constraint(origin, b, code(5, True), cid=1)  # b < 5
        net.add_constraint(b, a, code(0, True), cid=2)  # a < b
        if late:
            net.solve(origin, HORIZON)
        net.add_constraint(a, b, code(0, True), cid=3)  # b < a
        report = net.solve(origin, HORIZON) if not late else net.report
        assert report.set_aside == (3,)
        (conflict,) = report.conflicts
        assert conflict.slack == code(0, True)
        assert sorted(conflict.cids) == [2, 3]
        assert net.upper(a) == net.upper(b) == code(5, True)


def test_strictness_is_a_flag_not_an_amount() -> None:
    """A chain of a thousand strict links below a bound is strictly below it, not a thousand
    steps below: the labels downstream of a new strict link do not move."""
    net = Network(coded=True)
    points = net.add_points(1001)
    net.add_constraint(points[0], points[1], code(10, False), cid=0)  # p1 <= 10
    for k in range(1, 1000):
        net.add_constraint(points[k], points[k + 1], code(0, True), cid=k)  # p_{k+1} < p_k
    net.solve(points[0], HORIZON)
    assert net.upper(points[1]) == code(10, False)
    assert net.upper(points[2]) == net.upper(points[1000]) == code(10, True)
    mark = net.mark()
    net.add_constraint(points[1], points[500], code(0, True), cid=5000)  # p500 < p1
    assert net.changed_since(mark) == []
    net.add_constraint(points[0], points[2], code(10, True), cid=5001)  # p2 < 10
    assert net.changed_since(mark) == []
    # p2 < p1 no more: p2 hangs on p2 < 10 instead, nothing below it moves (p1 had its
    # lower bound, the horizon's, through p2: only p1 and p2 are touched).
    net.remove(1)
    assert set(net.changed_since(mark) or [-1]) <= {points[1], points[2]}
    assert net.upper(points[1000]) == code(10, True)


def test_a_tree_path_of_strict_links_proves_a_strict_bound() -> None:
    """Bounds tied by a chain of strict links ("< 10" all along) say nothing of the order
    between them; the tree of the solution does, in O(1) (a count of strict edges along each
    tree path), and so does a solution read back (walking up from the later point)."""
    net = Network(coded=True)
    points = net.add_points(6)
    net.add_constraint(points[0], points[1], code(10, False), cid=0)  # p1 <= 10
    for k in range(1, 5):
        net.add_constraint(points[k], points[k + 1], code(0, True), cid=k)  # p_{k+1} < p_k
    net.solve(points[0], HORIZON)
    assert net.upper(points[2]) == net.upper(points[5]) == code(10, True)
    for network in (net, Network(coded=True)):
        if network is not net:
            network.add_points(6)
            for k, edge in enumerate(net.edge_arrays()[0]):
                network.add_constraint(edge, net.edge_arrays()[1][k], net.edge_arrays()[2][k], k)
            assert network.adopt(net.snapshot())
        assert network.proves(points[2], points[5], code(0, True))  # p5 - p2 < 0
        assert network.proves(points[1], points[3], code(0, True))
        assert not network.proves(points[5], points[2], code(0, False))


@settings(max_examples=150, deadline=None)
@given(cases(consistent=False), st.sampled_from([None, 0, 4]), st.booleans())
def test_bounds_equal_floyd_warshall(case: Case, budget: int | None, structured: bool) -> None:
    """After the repair, the bounds are the brute-force shortest bounds over the enabled
    claims, the repair the greedy one, structured solve or FIFO rounds alike."""
    net = build(case, structured=structured)
    report = net.solve(case.origin, HORIZON, budget=budget)
    expected = expected_bounds(case.points, enabled_edges(net, case), case.origin)
    assert expected is not None, "the repair left the network inconsistent"
    assert net.bounds() == expected
    assert sorted(report.set_aside) == greedy_aside(case, case.edges)


@settings(max_examples=150, deadline=None)
@given(cases(consistent=False))
def test_conflicts_are_simple_negative_cycles_broken_by_any_of_their_cids(case: Case) -> None:
    """Each conflict chains head to tail through distinct points and joins to a bound below
    ``<= 0``; dropping any one of its claims leaves no negative cycle among the rest."""
    net = build(case)
    report = net.solve(case.origin, HORIZON)
    for conflict in report.conflicts:
        edges = conflict.edges
        assert conflict.slack == joined([e.weight for e in edges]) < 0
        assert all(a.v == b.u for a, b in pairwise((*edges, edges[0])))
        assert len({e.u for e in edges}) == len(edges)
        assert conflict.set_aside in conflict.cids
        for cid in conflict.cids:
            rest = [(e.u, e.v, e.weight) for e in edges if e.cid != cid]
            assert not negative_cycle(case.points, rest)


@settings(max_examples=150, deadline=None)
@given(
    cases(consistent=False, max_points=10),
    st.randoms(use_true_random=False),
    st.sampled_from([4096, 0]),
)
def test_incremental_adds_equal_the_greedy_repair_and_the_batch_bounds(
    case: Case, rng: random.Random, search_after: int
) -> None:
    """Edges added one by one after a solve (a cycle met by lowering labels, by the search
    between an edge's ends, or by the search for a strict cycle of value zero) end where a
    batch solve does: the same cids set aside, the same bounds."""
    order = list(case.edges)
    rng.shuffle(order)
    expected = greedy_aside(case, order)
    net = Network(coded=True, search_after=search_after)
    net.add_points(case.points)
    cut = rng.randint(0, len(order))
    for k, (u, v, w, cid) in enumerate(order):
        if k == cut:
            net.solve(case.origin, HORIZON)
        net.add_constraint(u, v, w, cid)
    if cut >= len(order):
        net.solve(case.origin, HORIZON)
    assert sorted(net.report.set_aside) == expected
    batch = build(case, order)
    batch.solve(case.origin, HORIZON)
    assert net.bounds() == batch.bounds()
    for conflict in net.report.conflicts:
        assert conflict.slack == joined([e.weight for e in conflict.edges]) < 0


@settings(max_examples=100, deadline=None)
@given(cases(consistent=True), st.data())
def test_distances_equal_floyd_warshall(case: Case, data: st.DataObject) -> None:
    """distance(u, v) is the brute-force shortest bound u -> v over the claims, strict or not
    (None if none); with a limit, that bound if within it; within() agrees; a tree proof is
    never wrong."""
    net = build(case)
    net.solve(case.origin, HORIZON)
    d = floyd_warshall(case.points, [(u, v, w) for u, v, w, _ in case.edges])
    for u in range(case.points):
        for v in range(case.points):
            assert net.distance(u, v) == (None if d[u][v] == INF else d[u][v])
    for _ in range(5):
        limit = data.draw(st.integers(-30, 30))
        u, v = data.draw(st.tuples(*[st.integers(0, case.points - 1)] * 2))
        within = d[u][v] if d[u][v] <= limit else None
        assert net.distance(u, v, limit=limit) == within
        assert net.within(u, v, limit) is (within is not None)
        if net.proves(u, v, limit):
            assert d[u][v] <= limit


@settings(max_examples=100, deadline=None)
@given(cases(consistent=False))
def test_explanations_join_to_the_bounds(case: Case) -> None:
    """Each bound's explanation chains from the origin (or to it) and joins to it."""
    net = build(case)
    net.solve(case.origin, HORIZON)
    lows, ups = net.bounds()
    for p in range(case.points):
        if p == case.origin:
            continue
        for path, bound, sign in (
            (net.explain_upper(p), ups[p], 1),
            (net.explain_lower(p), lows[p], -1),
        ):
            assert (bound is None) == any(e.cid is None for e in path)
            if bound is not None:
                assert sign * joined([e.weight for e in path]) == bound


POINTS = 6
point = st.integers(0, POINTS - 1)


class StrictChanges(RuleBasedStateMachine):
    """A coded network solved once, then changed step by step (adds, disables, enables,
    removals for good); it must answer as a network built afresh from what is left."""

    def __init__(self) -> None:
        super().__init__()
        self.net = Network(coded=True)
        self.net.add_points(POINTS)
        self.log: list[Spec] = []
        self.removed: set[int] = set()
        self.disabled: set[int] = set()
        self.next_cid = 0
        self.solved = False

    def cids(self) -> list[int]:
        """The cids that still have edges, in the order they came."""
        return sorted({c for *_, c in self.log} - self.removed)

    @rule(u=point, v=point, value=st.integers(-6, 10), strict=st.booleans(), zero=st.booleans())
    def add(self, u: int, v: int, value: int, strict: bool, zero: bool) -> None:
        """A new constraint, often a strict link of value 0 ("before")."""
        cid, self.next_cid = self.next_cid, self.next_cid + 1
        w = code(0 if zero else value, strict)
        self.net.add_constraint(u, v, w, cid)
        self.log.append((u, v, w, cid))

    @precondition(lambda self: not self.solved)
    @rule()
    def solve(self) -> None:
        """The one solve: every change after it is made in place."""
        self.net.solve(0, HORIZON)
        self.solved = True

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def disable(self, data: st.DataObject) -> None:
        """A constraint taken out until enabled."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.disable(cid)
        self.disabled.add(cid)

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def enable(self, data: st.DataObject) -> None:
        """A constraint taken into account again."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.enable(cid)
        self.disabled.discard(cid)

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        """A constraint deleted for good."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.remove(cid)
        self.removed.add(cid)
        self.disabled.discard(cid)

    @precondition(lambda self: self.solved)
    @rule(u=point, v=point)
    def ask(self, u: int, v: int) -> None:
        """Questions that warm the caches: a distance and a tree proof."""
        self.net.distance(u, v)
        self.net.proves(u, v, 0)

    @invariant()
    def equals_a_batch_solve(self) -> None:
        """Same bounds, distances and cids set aside as a fresh solve; no second solve."""
        if not self.solved:
            return
        fresh = Network(coded=True)
        fresh.add_points(POINTS)
        for u, v, w, cid in self.log:
            if cid not in self.removed:
                fresh.add_constraint(u, v, w, cid)
        for cid in sorted(self.disabled):
            fresh.disable(cid)
        fresh.solve(0, HORIZON)
        assert self.net.solves == 1
        assert sorted(self.net.report.set_aside) == sorted(fresh.report.set_aside)
        assert self.net.bounds() == fresh.bounds()
        for p in range(POINTS):
            for q in range(POINTS):
                assert self.net.distance(p, q) == fresh.distance(p, q)
        for conflict in self.net.report.conflicts:
            assert conflict.slack == joined([e.weight for e in conflict.edges]) < 0


StrictChanges.TestCase.settings = settings(stateful_step_count=40, deadline=None)
test_strict_changes_in_place_equal_a_batch_solve = StrictChanges.TestCase
