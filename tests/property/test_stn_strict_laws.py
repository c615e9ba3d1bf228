"""Laws of the STN engine with strict bounds, checked against brute force on small networks.

A network built with ``coded=True`` takes every weight as a *bound code*: ``2 * w`` for
``t_v - t_u <= w``, ``2 * w - 1`` for ``t_v - t_u < w``. A path's bound is the sum of the values,
strict if any edge is: on codes, ``a ⊕ b = a + b + (a & b & 1)`` (``networks.plus``), and the
integer order of codes is the order of bounds. A cycle whose ⊕ is below 0 is a conflict: "a
before b before a" (two strict edges of value 0) is one, though relaxing labels that are
already strict never lowers them around it. Floyd–Warshall over ⊕ is the reference here.
"""

from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st
from hypothesis.stateful import invariant, rule

from chronos.timeline.stn import Network
from chronos.timeline.stn._dive import dive

from .networks import (
    INF,
    Case,
    Changes,
    build,
    code,
    coded_cases as cases,
    enabled_edges,
    expected_bounds,
    floyd_warshall,
    greedy_aside,
    is_negative_cycle,
    joined,
    negative_cycle,
)

#: The horizon as a code (a bound ``<= 200``).
HORIZON = 400


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


@settings(max_examples=400, deadline=None)
@given(cases(consistent=False), st.data())
def test_a_snapshot_is_adopted_only_where_it_is_the_solution(
    case: Case, data: st.DataObject
) -> None:
    """The solution of some claims, read back into a network of more claims, is taken only
    if it is that network's own: the same bounds and the same claims set aside as a solve of
    it. Every point is first held strictly within 5 of the origin both ways, and the claims
    added ("t_u <= t_v + c") are the tightest the bounds written still satisfy, so that the
    bounds alone cannot refuse them: each closes a cycle with the claims from ``u`` to
    ``v``, a conflict where those entail ``t_v - t_u < -c`` (or ``<=`` and below), which
    the check must find all the same (through a strict edge, relaxing the bounds finds
    nothing). Read back into the network it came from, a solution is always taken."""
    others = [p for p in range(case.points) if p != case.origin]
    box = [(case.origin, p, code(5, True), len(case.edges) + 2 * p) for p in others]
    box += [(p, case.origin, code(5, True), len(case.edges) + 2 * p + 1) for p in others]
    held = case.edges + box
    first = build(case, held, coded=True)
    first.solve(case.origin, HORIZON)
    snapshot = first.snapshot()
    assert build(case, held, coded=True).adopt(snapshot)
    lows, ups = first.bounds()
    point = st.integers(0, case.points - 1)
    closers = []
    for k, (u, v) in enumerate(
        data.draw(st.lists(st.tuples(point, point), min_size=2, max_size=6))
    ):
        ends = (lows[u], lows[v], ups[u], ups[v])
        if u == v or None in ends:
            continue
        # The values of the codes: a lower bound's rounded down, an upper one's up.
        low_u, low_v, up_u, up_v = (b // 2 if b is not None else 0 for b in ends)
        up_u, up_v = up_u + ups[u] % 2, up_v + ups[v] % 2  # type: ignore[operator]
        # t_u - t_v <= c, the smallest c both bounds of u and v leave room for.
        c = max(up_u - up_v, low_u - low_v)
        closers.append((v, u, code(c, False), len(held) + 2 * case.points + k))
    edges = held + closers
    whole = build(case, edges, coded=True)
    if whole.adopt(snapshot):
        solved = build(case, edges, coded=True)
        report = solved.solve(case.origin, HORIZON)
        assert whole.bounds() == solved.bounds()
        assert whole.report.set_aside == report.set_aside


@settings(max_examples=150, deadline=None)
@given(cases(consistent=False), st.sampled_from([None, 0, 4]), st.booleans())
def test_bounds_equal_floyd_warshall(case: Case, budget: int | None, structured: bool) -> None:
    """After the repair, the bounds are the brute-force shortest bounds over the enabled
    claims, the repair the greedy one, structured solve or FIFO rounds alike."""
    net = build(case, coded=True, structured=structured)
    report = net.solve(case.origin, HORIZON, budget=budget)
    enabled = enabled_edges(net, case)
    expected = expected_bounds(case.points, enabled, case.origin, HORIZON, coded=True)
    assert expected is not None, "the repair left the network inconsistent"
    assert net.bounds() == expected
    assert sorted(report.set_aside) == greedy_aside(case, case.edges, HORIZON, coded=True)


@settings(max_examples=150, deadline=None)
@given(cases(consistent=False))
def test_conflicts_are_simple_negative_cycles_broken_by_any_of_their_cids(case: Case) -> None:
    """Each conflict chains head to tail through distinct points and joins to a bound below
    ``<= 0``; dropping any one of its claims leaves no negative cycle among the rest."""
    net = build(case, coded=True)
    report = net.solve(case.origin, HORIZON)
    for conflict in report.conflicts:
        assert is_negative_cycle(conflict, coded=True)
        assert conflict.set_aside in conflict.cids
        for cid in conflict.cids:
            rest = [(e.u, e.v, e.weight) for e in conflict.edges if e.cid != cid]
            assert not negative_cycle(case.points, rest, coded=True)


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
    expected = greedy_aside(case, order, HORIZON, coded=True)
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
    batch = build(case, order, coded=True)
    batch.solve(case.origin, HORIZON)
    assert net.bounds() == batch.bounds()
    for conflict in net.report.conflicts:
        assert conflict.slack == joined((e.weight for e in conflict.edges), coded=True) < 0


@settings(max_examples=100, deadline=None)
@given(cases(consistent=True), st.data())
def test_distances_equal_floyd_warshall(case: Case, data: st.DataObject) -> None:
    """distance(u, v) is the brute-force shortest bound u -> v over the claims, strict or not
    (None if none); with a limit, that bound if within it; within() agrees; a tree proof is
    never wrong."""
    net = build(case, coded=True)
    net.solve(case.origin, HORIZON)
    d = floyd_warshall(case.points, [(u, v, w) for u, v, w, _ in case.edges], coded=True)
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
    net = build(case, coded=True)
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
                assert sign * joined((e.weight for e in path), coded=True) == bound


class StrictChanges(Changes):
    """A coded network solved once, then changed step by step (adds, disables, enables,
    removals for good); it must answer as a network built afresh from what is left."""

    POINTS = 6
    HORIZON = HORIZON
    CODED = True

    @rule(
        u=st.integers(0, POINTS - 1),
        v=st.integers(0, POINTS - 1),
        value=st.integers(-6, 10),
        strict=st.booleans(),
        zero=st.booleans(),
    )
    def add(self, u: int, v: int, value: int, strict: bool, zero: bool) -> None:
        """A new constraint, often a strict link of value 0 ("before")."""
        self.added(u, v, code(0 if zero else value, strict), self.new_cid())

    @invariant()
    def equals_a_batch_solve(self) -> None:
        """Same bounds, distances and cids set aside as a fresh solve; no second solve."""
        if self.solved:
            self.answers_as(self.batch())


StrictChanges.TestCase.settings = settings(stateful_step_count=40, deadline=None)
test_strict_changes_in_place_equal_a_batch_solve = StrictChanges.TestCase


@settings(max_examples=100, deadline=None)
@given(cases(consistent=True), st.sampled_from([1, 3, 10**6]), st.data())
def test_the_dive_is_exact_or_gives_up(case: Case, budget: int, data: st.DataObject) -> None:
    """dive(...) — the search within() tries first — says whether a path that avoids the
    origin is within the limit, strict or not, exactly as brute force over the claims that do
    not touch the origin says; or gives up (None) once its budget of points is spent, or when
    it found only paths of the limit's value under a strict limit — never a wrong answer."""
    net = build(case, coded=True)
    net.solve(case.origin, HORIZON)
    solution = net._current()
    rank = net.ranks()
    apart = [(u, v, w) for u, v, w, _ in case.edges if case.origin not in (u, v)]
    d = floyd_warshall(case.points, apart, coded=True)
    for u in range(case.points):
        for v in range(case.points):
            if case.origin in (u, v) or u == v:
                continue
            limit = data.draw(st.integers(-30, 30))
            found = dive(
                solution.rev,
                solution.up,
                solution.low,
                rank,
                u,
                v,
                cap=limit << 1,
                hub=case.origin,
                budget=budget,
            )
            assert found is None or found is (d[u][v] <= limit), (u, v, limit, found)
            if budget == 10**6 and not (limit & 1 and d[u][v] in (limit, limit + 1)):
                # Undecided only when the best path has the value of a strict limit.
                assert found is (d[u][v] <= limit), (u, v, limit, found)


@settings(max_examples=100, deadline=None)
@given(cases(consistent=True), st.randoms(use_true_random=False))
def test_tree_walks_prove_what_the_numbered_trees_prove(case: Case, rng: random.Random) -> None:
    """proves(u, v, limit) right after a solve, when it walks up the predecessors, says what
    it says once both trees are numbered — before and after edges added in place."""
    order = list(case.edges)
    cut = rng.randint(0, len(order))
    walked, numbered = build(case, order[:cut], coded=True), build(case, order[:cut], coded=True)
    for net in (walked, numbered):
        net.solve(case.origin, HORIZON)
    for k in range(cut, len(order) + 1):
        # No walks: the trees are numbered afresh on the first question.
        solution = numbered._current()
        solution.walked, solution.trees = -1, None
        for u in range(case.points):
            for v in range(case.points):
                limit = rng.randint(-20, 20)
                assert walked.proves(u, v, limit) is numbered.proves(u, v, limit), (u, v, limit)
        assert walked._current().trees is None
        if k < len(order):
            for net in (walked, numbered):
                net.add_constraint(*order[k])
