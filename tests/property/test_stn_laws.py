"""Laws of the STN engine, checked against brute force on small networks.

The networks and the oracle (Floyd–Warshall: cubic, all pairs) are in ``networks``: the
engine itself never computes all pairs.
"""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from hypothesis import given, settings, strategies as st

from chronos.timeline.stn import Network
from chronos.timeline.stn._dive import dive

from .networks import (
    INF,
    Case,
    build,
    cases,
    coded_cases,
    enabled_edges,
    expected_bounds,
    floyd_warshall,
    greedy_aside,
    is_negative_cycle,
    negative_cycle,
)

HORIZON = 200


@settings(max_examples=150)
@given(cases(consistent=False), st.sampled_from([None, 0, 4]))
def test_bounds_equal_floyd_warshall(case: Case, budget: int | None) -> None:
    """After the repair, the bounds are the brute-force shortest paths over the enabled claims."""
    net = build(case)
    net.solve(case.origin, HORIZON, budget=budget)
    expected = expected_bounds(case.points, enabled_edges(net, case), case.origin, HORIZON)
    assert expected is not None, "the repair left the network inconsistent"
    assert net.bounds() == expected


@settings(max_examples=150)
@given(cases(consistent=True, max_points=40), cases(consistent=False, max_points=40))
def test_the_structured_solve_equals_fifo_rounds(good: Case, bad: Case) -> None:
    """Solving component by component in topological order gives the bounds that FIFO rounds
    from the origin alone (the earlier algorithm) give on consistent networks, and finds a
    conflict exactly when they do. Which claims a repair sets aside depends on the order the
    cycles are met (a greedy choice, weakest claim on each cycle met), so on contradictory
    networks both repairs set aside the same claims (the rule is canonical, see
    ``test_the_repair_is_the_greedy_one_whenever_it_is_solved``), the cycles shown may differ."""
    structured, fifo = build(good), build(good, structured=False)
    assert structured.solve(good.origin, HORIZON).conflicts == ()
    assert fifo.solve(good.origin, HORIZON).conflicts == ()
    assert structured.bounds() == fifo.bounds()
    structured, fifo = build(bad), build(bad, structured=False)
    mine = structured.solve(bad.origin, HORIZON)
    reference = fifo.solve(bad.origin, HORIZON)
    assert mine.set_aside == reference.set_aside
    assert expected_bounds(bad.points, enabled_edges(structured, bad), bad.origin, HORIZON) == (
        structured.bounds()
    )


@settings(max_examples=100)
@given(cases(consistent=True))
def test_ground_truth_lies_within_bounds(case: Case) -> None:
    """Claims made from an assignment never conflict, and its times lie inside every window."""
    net = build(case)
    assert net.solve(case.origin, HORIZON).conflicts == ()
    lows, ups = net.bounds()
    for p, low, up in zip(range(case.points), lows, ups, strict=True):
        t = case.truth[p] - case.truth[case.origin]
        assert low is None or low <= t
        assert up is None or t <= up


@settings(max_examples=150)
@given(cases(consistent=False), st.sampled_from([None, 0]))
def test_conflicts_are_simple_negative_cycles_broken_by_any_of_their_cids(
    case: Case, budget: int | None
) -> None:
    """Each conflict chains head to tail through distinct points with a negative total, and
    dropping any one of its claims leaves no negative cycle among the rest of its edges."""
    net = build(case)
    report = net.solve(case.origin, HORIZON, budget=budget)
    for conflict in report.conflicts:
        assert is_negative_cycle(conflict)
        assert conflict.set_aside in conflict.cids
        for cid in conflict.cids:
            rest = [(e.u, e.v, e.weight) for e in conflict.edges if e.cid != cid]
            assert not negative_cycle(case.points, rest)
    assert sorted(report.set_aside) == sorted({c.set_aside for c in report.conflicts})


@settings(max_examples=100)
@given(
    cases(consistent=True),
    st.randoms(use_true_random=False),
    st.sampled_from([0, 3, 20_000, None]),
    st.sampled_from([4096, 0]),
)
def test_incremental_adds_equal_the_batch_solve(
    case: Case, rng: random.Random, incremental_budget: int | None, search_after: int
) -> None:
    """Claims added one by one after a solve, in any order, give the batch solve's bounds
    (the search for a closing cycle, run at once with ``search_after=0``, finds none)."""
    order = list(case.edges)
    rng.shuffle(order)
    cut = rng.randint(0, len(order))
    net = build(case, order[:cut], incremental_budget=incremental_budget, search_after=search_after)
    net.solve(case.origin, HORIZON)
    for u, v, w, cid in order[cut:]:
        net.add_constraint(u, v, w, cid)
    batch = build(case)
    batch.solve(case.origin, HORIZON)
    assert net.bounds() == batch.bounds()


@settings(max_examples=100)
@given(
    cases(consistent=False, max_points=10),
    st.randoms(use_true_random=False),
    st.sampled_from([4096, 0]),
)
def test_incremental_adds_with_conflicts_equal_a_batch_solve_of_what_stays(
    case: Case, rng: random.Random, search_after: int
) -> None:
    """With conflicts, adding one by one ends where a batch solve of the enabled claims does,
    cycles met by lowering labels or by the search between an edge's ends."""
    order = list(case.edges)
    rng.shuffle(order)
    net = build(case, [], search_after=search_after)
    net.solve(case.origin, HORIZON)
    for u, v, w, cid in order:
        net.add_constraint(u, v, w, cid)
    kept = [e for e in case.edges if net.is_enabled(e[3])]
    batch = build(case, kept)
    assert batch.solve(case.origin, HORIZON).conflicts == ()
    assert net.bounds() == batch.bounds()


@settings(max_examples=150)
@given(
    cases(consistent=False, max_points=12),
    st.randoms(use_true_random=False),
    st.sampled_from([4096, 0]),
)
def test_the_repair_is_the_greedy_one_whenever_it_is_solved(
    case: Case, rng: random.Random, search_after: int
) -> None:
    """Which cids are set aside is a function of the cids alone: the strongest-first greedy
    choice, computed by brute force — whether the network is solved once at the end, or
    solved at some point and changed edge by edge after (each edge repaired in place), or
    solved again in between; and whether an edge's cycle is met by lowering labels or by the
    search between its ends (``search_after=0``: always by search). Every conflict is a
    simple cycle of its set-aside cid and stronger cids in use, so each set-aside cid is the
    weakest on its own conflict."""
    order = list(case.edges)
    rng.shuffle(order)
    expected = greedy_aside(case, order, HORIZON)
    batch = build(case, order)
    assert sorted(batch.solve(case.origin, HORIZON).set_aside) == expected
    net = Network(search_after=search_after)
    net.add_points(case.points)
    cut = rng.randint(0, len(order))
    for k, (u, v, w, cid) in enumerate(order):
        if k == cut or rng.random() < 0.1:
            net.solve(case.origin, HORIZON)
        net.add_constraint(u, v, w, cid)
    if cut >= len(order):
        net.solve(case.origin, HORIZON)
    report = net.report
    assert sorted(report.set_aside) == expected
    assert net.bounds() == batch.bounds()
    first = {cid: k for k, (_, _, _, cid) in reversed(list(enumerate(order)))}
    for conflict in report.conflicts:
        assert is_negative_cycle(conflict)
        others = [c for c in conflict.cids if c != conflict.set_aside]
        assert all(net.is_enabled(c) and first[c] < first[conflict.set_aside] for c in others)
    assert sorted(c.set_aside for c in report.conflicts) == expected


@settings(max_examples=100)
@given(cases(consistent=True), st.data())
def test_entailment_equals_floyd_warshall_distance(case: Case, data: st.DataObject) -> None:
    """distance(u, v) is the brute-force shortest path u -> v over the claims (None if none),
    and with a limit it is that distance when within the limit, None otherwise; within(u, v,
    limit) says whether some path is within the limit."""
    net = build(case)
    net.solve(case.origin, HORIZON)
    d = floyd_warshall(case.points, [(u, v, w) for u, v, w, _ in case.edges])
    for u in range(case.points):
        for v in range(case.points):
            expected = None if d[u][v] == INF else d[u][v]
            assert net.distance(u, v) == expected
    limit = data.draw(st.integers(-50, 50))
    u, v = data.draw(st.tuples(*[st.integers(0, case.points - 1)] * 2))
    within = d[u][v] if d[u][v] <= limit else None
    assert net.distance(u, v, limit=limit) == within
    assert net.within(u, v, limit) is (within is not None)


@settings(max_examples=100)
@given(st.booleans(), st.data(), st.randoms(use_true_random=False))
def test_within_all_says_of_every_pair_what_brute_force_says(
    coded: bool, data: st.DataObject, rng: random.Random
) -> None:
    """within_all(us, vs, limit) answers of every pair at once whether some chain of claims
    weighs at most limit (brute force over the enabled claims): after a solve, after edges
    added in place (the ranks it prunes by are raised then, not found again) and after a
    claim is left out (ranks are kept: they stay valid). Plain and coded networks (strict
    links, whose cycles of zero seconds are common there)."""
    case = data.draw(coded_cases(consistent=True) if coded else cases(consistent=True))
    order = list(case.edges)
    cut = rng.randint(0, len(order))
    net = build(case, order[:cut], coded=coded)
    net.solve(case.origin, HORIZON)
    everything = [(u, v) for u in range(case.points) for v in range(case.points)]
    us, vs = [u for u, _ in everything], [v for _, v in everything]

    def agrees(edges: list[tuple[int, int, int]]) -> None:
        d = floyd_warshall(case.points, edges, coded=coded)
        limit = rng.randint(-40, 40)
        assert net.within_all(us, vs, limit) == [d[u][v] <= limit for u, v in everything]
        assert net.within_all(us, vs, limit) == [net.within(u, v, limit) for u, v in everything]

    for k in range(cut, len(order) + 1):
        agrees([(u, v, w) for u, v, w, _ in order[:k]])
        if k < len(order):
            net.add_constraint(*order[k])
    if order:
        net.disable(rng.choice(order)[3])
        agrees(enabled_edges(net, case))


@settings(max_examples=100)
@given(st.booleans(), st.data(), st.randoms(use_true_random=False))
def test_within_all_of_pairs_said_apart_is_what_brute_force_says(
    coded: bool, data: st.DataObject, rng: random.Random
) -> None:
    """within_all(us, vs, limit, apart=...) still answers of every pair what brute force
    over the claims says when the caller flags some pairs that no chain within the limit
    joins without the origin (what ordered() knows of pairs from the links tight in a
    schedule): such a pair is decided by the chain through the origin alone, which the
    bounds give. Any such pairs may be flagged, or none."""
    case = data.draw(coded_cases(consistent=True) if coded else cases(consistent=True))
    net = build(case, coded=coded)
    net.solve(case.origin, HORIZON)
    everything = [(u, v) for u in range(case.points) for v in range(case.points)]
    us, vs = [u for u, _ in everything], [v for _, v in everything]
    edges = [(u, v, w) for u, v, w, _ in case.edges]
    d = floyd_warshall(case.points, edges, coded=coded)
    inner = [(u, v, w) for u, v, w in edges if case.origin not in (u, v)]
    without = floyd_warshall(case.points, inner, coded=coded)
    # Limits a chain through the origin meets and no other does: there, a pair said apart
    # is still joined (by the bounds), and only there can flagging it go wrong.
    through = sorted({int(d[u][v]) for u, v in everything if d[u][v] < without[u][v]})
    for limit in [rng.randint(-40, 40), *rng.sample(through, min(4, len(through)))]:
        apart = [
            case.origin not in (u, v) and without[u][v] > limit and rng.random() < 0.8
            for u, v in everything
        ]
        expected = [d[u][v] <= limit for u, v in everything]
        assert net.within_all(us, vs, limit, apart=apart) == expected


@settings(max_examples=100)
@given(cases(consistent=True), st.sampled_from([1, 3, 10**6]), st.randoms(use_true_random=False))
def test_the_small_search_is_exact_or_gives_up(case: Case, budget: int, rng: random.Random) -> None:
    """dive(...) — the small search within_all tries first — says whether a path that
    avoids the origin weighs at most the limit, exactly as brute force over the claims that
    do not touch the origin says; or gives up (None) once its budget of points is spent,
    never with a wrong answer."""
    net = build(case)
    net.solve(case.origin, HORIZON)
    solution = net._current()
    rank = net.ranks()
    apart = [(u, v, w) for u, v, w, _ in case.edges if case.origin not in (u, v)]
    d = floyd_warshall(case.points, apart)
    for u in range(case.points):
        for v in range(case.points):
            if case.origin in (u, v) or u == v:
                continue
            limit = rng.randint(-40, 40)
            found = dive(
                solution.rev,
                solution.up,
                solution.low,
                rank,
                u,
                v,
                cap=limit << 2,
                hub=case.origin,
                budget=budget,
            )
            assert found is None or found is (d[u][v] <= limit), (u, v, limit, found)
            if budget == 10**6:
                assert found is (d[u][v] <= limit)


@settings(max_examples=100)
@given(cases(consistent=True), st.randoms(use_true_random=False))
def test_tree_proofs_are_true(case: Case, rng: random.Random) -> None:
    """proves(u, v, limit) only when brute force finds a path of weight at most limit,
    before and after edges added in place (the trees are taken again once bounds moved)."""
    order = list(case.edges)
    cut = rng.randint(0, len(order))
    net = build(case, order[:cut])
    net.solve(case.origin, HORIZON)
    for k in range(cut, len(order) + 1):
        edges = order[:k]
        d = floyd_warshall(case.points, [(u, v, w) for u, v, w, _ in edges])
        for _ in range(12):
            u, v = rng.randrange(case.points), rng.randrange(case.points)
            limit = rng.randint(-40, 40)
            if net.proves(u, v, limit):
                assert d[u][v] <= limit
        if k < len(order):
            net.add_constraint(*order[k])


@settings(max_examples=100)
@given(cases(consistent=False))
def test_explanations_add_up_to_the_bounds(case: Case) -> None:
    """Each bound's explanation chains from the origin (or to it) and its weights sum to it;
    it uses the horizon exactly when the bound is None."""
    net = build(case)
    net.solve(case.origin, HORIZON)
    lows, ups = net.bounds()
    for p in range(case.points):
        for path, bound, sign in (
            (net.explain_upper(p), ups[p], 1),
            (net.explain_lower(p), lows[p], -1),
        ):
            if p == case.origin:
                assert path == ()
                continue
            assert all(a.v == b.u for a, b in pairwise(path))
            ends = (path[0].u, path[-1].v)
            assert ends == ((case.origin, p) if sign == 1 else (p, case.origin))
            assert (bound is None) == any(e.cid is None for e in path)
            if bound is not None:
                assert sign * sum(e.weight for e in path) == bound
            assert all(e.cid is None or net.is_enabled(e.cid) for e in path)


@pytest.mark.slow
@settings(max_examples=60)
@given(cases(consistent=False, max_points=60))
def test_bounds_equal_floyd_warshall_on_larger_networks(case: Case) -> None:
    """The first law again, on networks of up to 60 points."""
    net = build(case)
    net.solve(case.origin, HORIZON)
    expected = expected_bounds(case.points, enabled_edges(net, case), case.origin, HORIZON)
    assert net.bounds() == expected
