"""The Simple Temporal Network engine: bounds, conflicts, explanations, queries, updates."""

from __future__ import annotations

import doctest
import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar

import pytest

from chronos.errors import InvalidArgumentError
from chronos.timeline.stn import (
    _dynamic as _stn_dynamic,
    _paths as _stn_paths,
    _repair as _stn_repair,
    _restore as _stn_restore,
    _solver as _stn,
)
from chronos.timeline.stn._solver import Conflict, Edge, Network

#: (u, v, weight, cid): the edge t_v - t_u <= weight of constraint cid.
Spec = tuple[int, int, int, int]

H = 1_000


def network(points: int, edges: Sequence[Spec], **options: int) -> Network:
    """A network of ``points`` points (0 is the origin) holding ``edges``."""
    net = Network(**options)
    net.add_points(points)
    for u, v, w, cid in edges:
        net.add_constraint(u, v, w, cid)
    return net


def summary(conflicts: Sequence[Conflict]) -> list[tuple[tuple[int, ...], int, int]]:
    """Each conflict as (cids, slack, cid set aside), sorted."""
    return sorted((c.cids, c.slack, c.set_aside) for c in conflicts)


class TestPoints:
    def test_points_are_numbered_from_zero(self) -> None:
        """add_point and add_points hand out consecutive indices."""
        net = Network()
        assert net.add_point() == 0
        assert net.add_points(3) == range(1, 4)
        assert net.point_count == 4

    def test_repr_shows_the_size(self) -> None:
        """The repr counts points and edges."""
        net = network(2, [(0, 1, 5, 7), (1, 0, -5, 7)])
        assert repr(net) == "<Network: 2 points, 2 edges>"


class TestInvalidArguments:
    @pytest.mark.parametrize(
        ("call", "argument"),
        [
            (lambda n: n.add_constraint(0, 5, 1, 1), "v"),  # a point that does not exist
            (lambda n: n.add_constraint(-1, 1, 1, 1), "u"),  # negative indices are not points
            (lambda n: n.add_constraint(True, 1, 1, 1), "u"),  # a bool is not a point
            (lambda n: n.add_constraint(0, 1, 1.5, 1), "weight"),  # seconds are integers
            (lambda n: n.add_constraint(0, 1, "5", 1), "weight"),  # not even a string of them
            (lambda n: n.add_constraint(0, 1, False, 1), "weight"),  # nor a bool
            (lambda n: n.add_constraint(0, 1, 2**61, 1), "weight"),  # beyond what arrays hold
            (lambda n: n.add_constraint(0, 1, 1, "c"), "cid"),  # ids are integers
            (lambda n: n.add_points(-1), "count"),  # no negative number of points
            (lambda n: n.solve(9, H), "origin"),  # the origin must be a point
            (lambda n: n.solve(0, 0), "horizon"),  # the horizon must be positive
            (lambda n: n.solve(0, 2**61), "horizon"),  # and fit the arrays
            (lambda n: n.solve(0, 10.0), "horizon"),  # and be an integer
            (lambda n: n.solve(0, H, budget=-1), "budget"),  # budgets count work
            (lambda n: n.upper(0), "network"),  # no bounds before a solve
            (lambda n: n.edges(99), "cid"),  # an id no constraint has
            (lambda n: n.disable(99), "cid"),  # same, when disabling
            (lambda n: n.remove(99), "cid"),  # same, when removing
            (lambda n: Network(incremental_budget=-5), "incremental_budget"),  # a count
            (lambda n: n.within_all([1], [1], 0, apart=[True, True]), "apart"),  # one per pair
            (lambda n: n.within_all([1, 1], [1, 1], 0, apart=[]), "apart"),  # not fewer
        ],
    )
    def test_bad_arguments_raise_invalid_argument(
        self, call: Callable[[Network], object], argument: str
    ) -> None:
        """A bad argument raises InvalidArgumentError naming it, never IndexError or KeyError."""
        net = network(2, [(0, 1, 5, 1)])
        with pytest.raises(InvalidArgumentError) as caught:
            call(net)
        assert caught.value.argument == argument

    @pytest.mark.parametrize(
        "call",
        [
            lambda n: n.upper(2),  # past the last point
            lambda n: n.lower(-1),  # before the first
            lambda n: n.explain_upper(7),  # explanations too
            lambda n: n.explain_lower(7),  # both of them
            lambda n: n.distance(0, 9),  # and queries
            lambda n: n.distance(0, 1, limit=0.5),  # whose limit is in whole seconds
            lambda n: n.lowers_of([0, 2], within=(0, 9), otherwise=-1),  # in bulk: past the last
            lambda n: n.uppers_of([True], within=(0, 9), otherwise=-1),  # a bool is not a point
            lambda n: n.lowers_of([1, True], within=(0, 9), otherwise=-1),  # nor among points
        ],
    )
    def test_queries_check_their_arguments(self, call: Callable[[Network], object]) -> None:
        """Queries on a solved network reject unknown points and bad limits."""
        net = network(2, [(0, 1, 5, 1)])
        net.solve(0, H)
        with pytest.raises(InvalidArgumentError):
            call(net)


class TestBounds:
    @pytest.mark.parametrize(
        ("points", "edges", "lows", "ups"),
        [
            (2, [], [0, None], [0, None]),  # no claim: only the horizon bounds a point
            (
                3,
                [(2, 1, 0, 1), (0, 2, 100, 2), (1, 0, -40, 3)],
                [0, 40, 40],
                [0, 100, 100],
            ),  # start <= end, end <= 100, start >= 40
            (2, [(0, 1, 10, 1), (1, 0, -10, 1)], [0, 10], [0, 10]),  # an equality pins a point
            (
                3,
                [(0, 1, 10, 1), (1, 0, -10, 1), (2, 1, -5, 2)],
                [0, 10, 15],
                [0, 10, None],
            ),  # at least 5 after a pinned point: no upper bound
            (3, [(2, 1, -5, 1)], [0, None, None], [0, None, None]),  # a gap between loose points
            (2, [(0, 1, -30, 1)], [0, None], [0, -30]),  # before the origin
            (
                3,
                [(1, 2, 0, 1), (2, 1, 0, 1), (0, 1, 50, 2)],
                [0, None, None],
                [0, 50, 50],
            ),  # simultaneous points share their bounds
            (2, [(0, 1, 10, 1), (0, 1, 7, 2)], [0, None], [0, 7]),  # the tighter claim wins
        ],
    )
    def test_bounds(
        self,
        points: int,
        edges: list[Spec],
        lows: list[int | None],
        ups: list[int | None],
    ) -> None:
        """Bounds are the tightest the claims entail; None where only the horizon bounds."""
        net = network(points, edges)
        assert net.solve(0, H).conflicts == ()
        assert net.bounds() == (lows, ups)
        assert [net.lower(p) for p in range(points)] == lows
        assert [net.upper(p) for p in range(points)] == ups

    @pytest.mark.parametrize(
        ("edges", "within", "lows", "ups"),
        [
            # pinned at 10, the last point at least 5 after it: no upper bound, so otherwise
            ([(0, 1, 10, 1), (1, 0, -10, 1), (2, 1, -5, 2)], (0, 100), [0, 10, 15], [0, 10, -1]),
            # a range that leaves out 0 and 10: those bounds read as otherwise too
            ([(0, 1, 10, 1), (1, 0, -10, 1), (2, 1, -5, 2)], (12, 100), [-1, -1, 15], [-1, -1, -1]),
            # both ends of the range are in it
            ([(0, 1, 10, 1), (1, 0, -10, 1), (2, 1, -5, 2)], (0, 10), [0, 10, -1], [0, 10, -1]),
            # an upper bound before the origin lies outside a range from 0
            ([(0, 1, -30, 1), (0, 2, 0, 2), (2, 0, 0, 2)], (0, 100), [0, -1, 0], [0, -1, 0]),
        ],
    )
    def test_bounds_in_bulk_within_a_range(
        self,
        edges: list[Spec],
        within: tuple[int, int],
        lows: list[int],
        ups: list[int],
    ) -> None:
        """lowers_of and uppers_of read each point's bound as lower and upper do, ``otherwise``
        where only the horizon bounds it or it lies outside ``within``; in any order."""
        net = network(3, edges)
        assert net.solve(0, H).conflicts == ()
        order = [2, 0, 1]
        assert net.lowers_of(order, within=within, otherwise=-1) == [lows[p] for p in order]
        assert net.uppers_of(order, within=within, otherwise=-1) == [ups[p] for p in order]
        assert net.lowers_of([], within=within, otherwise=-1) == []

    def test_bounds_are_relative_to_the_chosen_origin(self) -> None:
        """Any point can be the origin."""
        net = network(3, [(0, 1, 10, 1), (1, 0, -10, 1), (1, 2, 5, 2), (2, 1, -5, 2)])
        net.solve(2, H)
        assert net.bounds() == ([-15, -5, 0], [-15, -5, 0])

    def test_huge_weights_switch_to_exact_integers(self) -> None:
        """Weights near the limit are solved exactly, beyond 64-bit label arithmetic."""
        big = 2**60
        net = network(3, [(0, 1, big, 1), (1, 2, big, 2), (2, 0, -big, 3)])
        net.solve(0, big)
        assert net.bounds() == ([0, 0, big], [0, big, None])

    @pytest.mark.parametrize(
        "budget",
        [
            0,  # Goldberg–Radzik from the first scan
            1,  # after one round of the queue
            3,  # after a few edges
        ],
    )
    def test_goldberg_radzik_fallback_gives_the_same_bounds(self, budget: int) -> None:
        """When the relaxation budget runs out, the fallback finishes with the same bounds."""
        # Points 1-4 form one strongly connected component (the last edge closes a positive
        # cycle), so the solve runs FIFO rounds rather than a topological sweep.
        edges = [(0, 1, 40, 1), (1, 2, -3, 2), (2, 3, -3, 3), (1, 3, -4, 4), (3, 4, 2, 5)]
        edges.append((4, 1, 100, 6))
        net = network(5, edges)
        reference = net.solve(0, H)
        expected = net.bounds()
        report = net.solve(0, H, budget=budget)
        assert report.fallback
        assert not reference.fallback
        assert net.bounds() == expected == ([0, None, None, None, None], [0, 40, 37, 34, 36])


class TestConflicts:
    @pytest.mark.parametrize(
        ("points", "edges", "weakness", "expected"),
        [
            (
                2,
                [(0, 1, 10, 1), (1, 0, -20, 2)],
                None,
                [((1, 2), -10, 2)],
            ),  # at most 10 and at least 20: the later claim goes
            (
                2,
                [(0, 1, 10, 1), (1, 0, -20, 2)],
                {1: 0.2, 2: 0.9}.__getitem__,
                [((1, 2), -10, 1)],
            ),  # the less confident claim goes
            (
                3,
                [(0, 1, 10, 1), (1, 0, -20, 2), (0, 2, 5, 3), (2, 0, -8, 4)],
                None,
                [((1, 2), -10, 2), ((3, 4), -3, 4)],
            ),  # two independent conflicts, one claim each
            (
                2,
                [(1, 0, -5_000, 1)],
                None,
                [((1,), -4_000, 1)],
            ),  # a claim that puts a point beyond the horizon
            (
                2,
                [(0, 1, 50, 1), (1, 0, -50, 1), (0, 1, 30, 2)],
                None,
                [((2, 1), -20, 2)],
            ),  # an equality against a window
            (
                3,
                [(1, 2, -1, 1), (2, 1, -1, 2), (1, 2, -1, 3)],
                {1: 0, 2: 1, 3: 2}.__getitem__,
                [((3, 2), -2, 2)],
            ),  # a claim repeated: the claim against the stronger copy goes, the weaker
            # copy agrees with what is kept and stays
            (
                3,
                [(0, 1, 10, 1), (0, 2, 5, 2), (1, 0, -20, 3), (2, 1, 0, 4)],
                None,
                [((1, 3), -10, 3)],
            ),  # claim 4 contradicts only claim 3, which claims 1 and 2 already set aside
        ],
    )
    def test_repair_sets_aside_the_weakest_claim_of_each_cycle(
        self,
        points: int,
        edges: list[Spec],
        weakness: _stn.Weakness | None,
        expected: list[tuple[tuple[int, ...], int, int]],
    ) -> None:
        """Claims are taken strongest first and kept if consistent with those kept: each one
        set aside is the weakest on its conflict, a negative cycle; nothing raises."""
        net = network(points, edges)
        report = net.solve(0, H, weakness=weakness)
        assert summary(report.conflicts) == expected
        assert sorted(report.set_aside) == sorted({c for _, _, c in expected})
        assert all(not net.is_enabled(cid) for cid in report.set_aside)

    def test_a_conflict_is_a_chain_of_edges_head_to_tail(self) -> None:
        """The edges of a conflict close a cycle and carry the horizon as cid None."""
        net = network(2, [(1, 0, -5_000, 1)])
        (conflict,) = net.solve(0, H).conflicts
        assert conflict.edges == (Edge(0, 1, H, None), Edge(1, 0, -5_000, 1))

    def test_solving_again_restores_what_a_repair_set_aside(self) -> None:
        """A solve depends only on the enabled claims: a second solve repeats the repair."""
        net = network(2, [(0, 1, 10, 1), (1, 0, -20, 2)])
        first = net.solve(0, H)
        second = net.solve(0, H)
        assert first == second
        assert not net.is_enabled(2)

    def test_a_disabled_claim_stays_out(self) -> None:
        """Disabling one side of a conflict removes the conflict; enabling brings it back."""
        net = network(2, [(0, 1, 10, 1), (1, 0, -20, 2)])
        net.disable(1)
        assert net.solve(0, H).conflicts == ()
        assert net.bounds() == ([0, 20], [0, None])
        net.enable(1)
        assert summary(net.report.conflicts) == [((1, 2), -10, 2)]
        assert net.bounds() == ([0, None], [0, 10])

    def test_removed_claims_are_gone(self) -> None:
        """remove() deletes every edge of a cid."""
        net = network(2, [(0, 1, 50, 1), (1, 0, -50, 1), (0, 1, 30, 2)])
        net.solve(0, H)
        net.remove(1)
        assert net.edge_count == 1
        assert net.report.conflicts == ()
        assert net.bounds() == ([0, None], [0, 30])
        with pytest.raises(InvalidArgumentError):
            net.edges(1)

    def test_a_removed_claim_is_never_decided_again(self) -> None:
        """A claim set aside and then removed leaves nothing waiting on it: a later conflict
        that takes claims out decides only the claims still there (found by the change law)."""
        net = Network()
        net.add_points(4)
        net.solve(0, H)
        net.add_constraint(0, 0, 0, 0)
        net.add_constraint(1, 0, -1, 1)
        net.add_constraint(0, 1, 0, 0)  # claim 1 contradicts claim 0: set aside
        net.remove(1)
        net.add_constraint(1, 3, 14, 2)
        net.remove(2)
        net.add_constraint(0, 0, -21, 0)  # claim 0 now contradicts itself
        assert net.report.set_aside == (0,)
        assert net.solves == 1


class TestExplanations:
    NET: tuple[Spec, ...] = ((0, 1, 10, 1), (1, 0, -10, 1), (2, 1, -5, 2))

    @pytest.mark.parametrize(
        ("which", "point", "expected"),
        [
            ("upper", 1, [Edge(0, 1, 10, 1)]),  # the claim that pins point 1
            ("lower", 2, [Edge(2, 1, -5, 2), Edge(1, 0, -10, 1)]),  # gap, then the pin
            ("upper", 2, [Edge(0, 2, H, None)]),  # only the horizon bounds it
            ("lower", 0, []),  # the origin needs no explanation
        ],
    )
    def test_explanations_are_the_chain_of_claims_behind_a_bound(
        self, which: str, point: int, expected: list[Edge]
    ) -> None:
        """An explanation is the path of edges whose weights add up to the bound."""
        net = network(3, self.NET)
        net.solve(0, H)
        explain = net.explain_upper if which == "upper" else net.explain_lower
        assert list(explain(point)) == expected

    def test_edges_of_a_cid_in_order(self) -> None:
        """edges() lists the edges of one constraint in the order they were added."""
        net = network(3, self.NET)
        assert net.edges(1) == (Edge(0, 1, 10, 1), Edge(1, 0, -10, 1))


class TestDistance:
    CHAIN: tuple[Spec, ...] = ((1, 2, 5, 1), (2, 3, -2, 2), (1, 3, 9, 3), (0, 1, 20, 4))

    @pytest.mark.parametrize(
        ("u", "v", "limit", "expected"),
        [
            (1, 3, None, 3),  # through 2 beats the direct claim of 9
            (1, 2, None, 5),  # a single claim
            (3, 1, None, None),  # nothing bounds t_1 - t_3
            (2, 2, None, 0),  # a point and itself
            (0, 3, None, 23),  # from the origin, as the upper bound
            (1, 3, 3, 3),  # exactly at the limit
            (1, 3, 2, None),  # beyond the limit
            (1, 3, -10, None),  # far beyond it
        ],
    )
    def test_distance_is_the_tightest_entailed_bound(
        self, u: int, v: int, limit: int | None, expected: int | None
    ) -> None:
        """distance(u, v) is the shortest chain of claims from u to v."""
        net = network(4, self.CHAIN)
        net.solve(0, H)
        assert net.distance(u, v, limit=limit) == expected

    @pytest.mark.parametrize(
        ("u", "v", "limit", "expected"),
        [
            (1, 3, 9, True),  # the direct claim is within the limit, and so is the chain
            (1, 3, 3, True),  # only the chain through 2 is
            (1, 3, 2, False),  # neither
            (3, 1, 10**6, False),  # no chain at all, however loose the limit
            (2, 2, 0, True),  # a point and itself
            (2, 2, -1, False),  # ... never closer than 0
        ],
    )
    def test_within_says_whether_some_chain_is_within_the_limit(
        self, u: int, v: int, limit: int, expected: bool
    ) -> None:
        """within(u, v, limit) is whether distance(u, v) <= limit."""
        net = network(4, self.CHAIN)
        net.solve(0, H)
        assert net.within(u, v, limit) is expected

    def test_distance_through_the_origin(self) -> None:
        """Anchors on both points bound their difference through the origin."""
        net = network(3, [(1, 0, -40, 1), (0, 2, 100, 2)])
        net.solve(0, H)
        assert net.distance(1, 2) == 60
        assert net.distance(2, 1) is None

    def test_distance_ignores_disabled_claims(self) -> None:
        """A disabled claim entails nothing."""
        net = network(4, self.CHAIN)
        net.solve(0, H)
        net.disable(2)
        assert net.distance(1, 3) == 9


class TestWithinAllApart:
    """within_all(..., apart=...): a pair the caller says no chain within the limit joins
    without the origin is decided by its bounds (the chain through the origin) alone."""

    # 1 -> 2 weighs -3 (t_2 <= t_1 - 3); 0 -> 3 weighs 10 and 4 -> 0 weighs -10 (t_3 at
    # most 10, t_4 at least 10): 3 and 4 are joined only through the origin.
    EDGES: tuple[Spec, ...] = ((1, 2, -3, 1), (0, 3, 10, 2), (4, 0, -10, 3))

    @pytest.mark.parametrize(
        ("u", "v", "limit", "apart", "expected"),
        [
            (4, 3, 0, False, True),  # t_3 <= t_4 through the origin, asked as usual
            (4, 3, 0, True, True),  # said apart: the bounds still join them
            (1, 2, -3, False, True),  # a chain of one claim, found by a search
            (1, 2, -4, True, False),  # truly apart within -4: no search, and none found
            (2, 1, 0, True, False),  # nothing leads from 2 to 1: apart, and not joined
        ],
    )
    def test_pairs_said_apart_are_decided_by_their_bounds(
        self, u: int, v: int, limit: int, apart: bool, expected: bool
    ) -> None:
        """Flagged or not, a pair gets the answer brute force gives (here, of the claims)."""
        net = network(5, self.EDGES)
        net.solve(0, H)
        assert net.within_all([u], [v], limit, apart=[apart]) == [expected]
        assert net.within(u, v, limit) is expected


class TestTreeProofs:
    CHAIN = tuple((k + 1, k, -1, k) for k in range(1, 9))  # t_k <= t_(k+1) - 1, 1..9
    ANCHOR = ((1, 0, -5, 100), (9, 0, -3, 101))  # only lower bounds: t_1 >= 5, t_9 >= 3

    @pytest.mark.parametrize(
        ("u", "v", "limit", "expected"),
        [
            (9, 1, -8, True),  # t_1 <= t_9 - 8: the whole chain, one tree path
            (9, 1, -9, False),  # tighter than the chain: no proof (and not entailed)
            (5, 2, -3, True),  # a stretch in the middle
            (2, 5, 3, False),  # against the chain: no tree path (nothing entails it)
            (0, 5, 100, False),  # from the origin: the horizon is no claim
        ],
    )
    def test_paths_of_the_trees_prove_entailments(
        self, u: int, v: int, limit: int, expected: bool
    ) -> None:
        """A chain of claims along a tree of the solution proves a bound at once."""
        net = network(10, [*self.CHAIN, *self.ANCHOR])
        net.solve(0, H)
        assert net.proves(u, v, limit) is expected
        if expected:
            assert (net.distance(u, v) or 0) <= limit


class TestIncremental:
    BASE: tuple[Spec, ...] = ((2, 1, 0, 1), (0, 2, 100, 2), (1, 0, -40, 3))

    def test_an_add_updates_bounds_in_place(self) -> None:
        """A consistent add propagates locally: no new solve, the same result as one."""
        net = network(3, self.BASE)
        report = net.solve(0, H)
        net.add_constraint(0, 2, 60, 4)
        assert net.report is report
        assert net.bounds() == ([0, 40, 40], [0, 60, 60])
        assert net.explain_upper(1) == (Edge(0, 2, 60, 4), Edge(2, 1, 0, 1))

    def test_a_conflicting_add_is_repaired_in_place(self) -> None:
        """An add that closes a negative cycle sets the weakest claim aside with no new solve
        (the log of moved bounds goes on), and the bounds are those of the claims kept."""
        net = network(3, self.BASE)
        report = net.solve(0, H)
        mark = net.mark()
        net.add_constraint(2, 1, -70, 4)  # end >= start + 70: impossible within [40, 100]
        assert net.report is not report
        assert summary(net.report.conflicts) == [((2, 4, 3), -10, 4)]
        assert net.changed_since(mark) == []
        assert net.bounds() == ([0, 40, 40], [0, 100, 100])

    def test_a_stronger_conflicting_add_pushes_out_the_weaker_claim_in_place(self) -> None:
        """A new claim stronger than the one it contradicts stays; the weaker one is set
        aside with no new solve, the bounds that hung on it are recomputed locally, and the
        result is a batch solve's."""
        strength = {1: 5, 2: 1, 3: 3, 4: 4}.__getitem__  # claim 2 (end <= 100) the weakest
        net = network(3, self.BASE)
        net.solve(0, H, weakness=strength)
        mark = net.mark()
        net.add_constraint(2, 0, -110, 4)  # the end at 110 or later: against claim 2
        assert net.changed_since(mark) is not None
        assert summary(net.report.conflicts) == [((2, 4), -10, 2)]
        assert net.bounds() == ([0, 40, 110], [0, None, None])
        batch = network(3, [*self.BASE, (2, 0, -110, 4)])
        assert batch.solve(0, H, weakness=strength).set_aside == net.report.set_aside == (2,)
        assert net.bounds() == batch.bounds()

    def test_a_spent_budget_falls_back_to_the_same_result(self) -> None:
        """With no budget for local work, an add re-solves and still gets the same bounds."""
        net = network(3, self.BASE, incremental_budget=0)
        report = net.solve(0, H)
        net.add_constraint(0, 2, 60, 4)
        net.add_constraint(1, 0, -50, 5)
        assert net.report is not report
        assert net.bounds() == ([0, 50, 50], [0, 60, 60])

    def test_the_moved_points_are_logged_until_the_log_outgrows_the_network(self) -> None:
        """changed_since names the points an add moved; after a solve, or once the log grows
        past its limit, it answers None (any bound may have moved) and bounds stay exact."""
        net = network(3, self.BASE)
        net.solve(0, H)
        mark = net.mark()
        net.add_constraint(0, 2, 60, 4)  # end <= 60: moves the upper bounds of 2, then 1
        assert sorted(set(net.changed_since(mark) or [])) == [1, 2]
        assert net.changed_since(net.mark()) == []
        # Raising a lower bound a second at a time moves two points per add (1, and 2 after
        # it): 5,100 adds pass the log's limit of 4 * 3 + 10,000 entries.
        net = network(3, [(2, 1, 0, 1), (1, 0, -40, 2)])
        net.solve(0, 10**6)  # a horizon beyond every bound reached here
        mark = net.mark()
        for k in range(5_100):
            net.add_constraint(1, 0, -41 - k, 3 + k)
        assert net.changed_since(mark) is None
        assert (net.lower(1), net.lower(2)) == (5_140, 5_140)
        assert net.report.conflicts == ()
        # The log, started anew, names the points of the next add again.
        mark = net.mark()
        net.add_constraint(1, 0, -6_000, 6_000)
        assert sorted(net.changed_since(mark) or []) == [1, 2]

    def test_a_point_added_after_solving_is_unbounded(self) -> None:
        """A new point has only the horizon until claims reach it."""
        net = network(3, self.BASE)
        net.solve(0, H)
        p = net.add_point()
        assert (net.lower(p), net.upper(p)) == (None, None)
        net.add_constraint(2, p, 5, 4)
        assert (net.lower(p), net.upper(p)) == (None, 105)

    def test_a_disabled_claim_loosens_bounds_in_place(self) -> None:
        """Disabling takes the claim out in place: the bounds it gave are settled again, with
        no second solve; enabling it brings them back, again in place."""
        net = network(3, self.BASE)
        net.solve(0, H)
        before = net.bounds()
        net.disable(2)
        assert net.bounds() == ([0, 40, 40], [0, None, None])
        net.enable(2)
        assert net.bounds() == before
        assert net.solves == 1

    def test_adds_to_a_stale_network_wait_for_the_next_query(self) -> None:
        """An add after a change waits for the re-solve rather than propagating."""
        net = network(3, self.BASE)
        net.solve(0, H)
        net.disable(3)
        net.add_constraint(1, 0, -45, 4)
        assert net.bounds() == ([0, 45, 45], [0, 100, 100])

    def test_an_add_under_a_disabled_cid_is_disabled(self) -> None:
        """An edge joining a disabled cid takes no part until the cid is enabled."""
        net = network(3, self.BASE)
        net.solve(0, H)
        net.disable(3)
        net.solve(0, H)
        net.add_constraint(1, 0, -45, 3)
        assert net.lower(1) is None
        net.enable(3)
        assert net.lower(1) == 45


class TestKernels:
    def test_predecessor_cycles_are_found_and_their_points_reset(self) -> None:
        """The predecessor analysis finds a cycle and marks every point that hangs on it."""
        runs = [array("q") for _ in range(4)]
        for e, (u, v, w) in enumerate([(1, 2, -4), (2, 1, 0), (2, 3, 0)]):
            runs[u].extend((e, v, w))
        g = _stn_paths.Csr.build(runs, sources=[1, 2, 2])
        pred = array("q", [_stn_paths.ROOT, 1, 0, 2])
        cycles, bad = _stn_paths.analyse_predecessors(g, pred, 0)
        assert [sorted(cycle) for cycle in cycles] == [[(1, 1), (2, 0)]]
        assert sorted(bad) == [1, 2, 3]


@pytest.mark.parametrize("module", [_stn, _stn_paths, _stn_dynamic])
def test_docstring_examples_run(module: object) -> None:
    """The >>> examples in the engine's docstrings give the output written under them."""
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0


class TestOverflow:
    def test_labels_that_overflow_64_bits_are_solved_again_exactly(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """If machine-integer labels overflow, the solve starts over with Python integers."""
        monkeypatch.setattr(Network, "_needs_exact", lambda self, horizon: False)
        big = 2**60
        net = network(3, [(0, 1, big, 1), (1, 2, big, 2), (2, 0, -big, 3)])
        net.solve(0, big)
        assert net.bounds() == ([0, 0, big], [0, big, None])

    def test_an_add_that_overflows_re_solves(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An incremental add whose labels overflow falls back to a full solve."""

        def overflowing(*args: object, **kwargs: object) -> _stn_paths.Stop:
            raise OverflowError

        net = network(3, [(0, 1, 10, 1)])
        report = net.solve(0, H)
        monkeypatch.setattr(_stn_repair, "insert", overflowing)
        net.add_constraint(1, 2, 5, 2)
        assert net.report is not report
        assert net.upper(2) == 15


class TestBulk:
    def test_add_constraints_equals_adding_one_by_one(self) -> None:
        """Edges added in bulk (each cid's edges together) are the edges added one by one:
        the same edges per cid, the same bounds."""
        specs = [(i % 7, (3 * i + 1) % 7, 5 + i % 4, i // 3) for i in range(90)]
        one = network(7, specs)
        bulk = Network()
        bulk.add_points(7)
        bulk.add_constraints(*(list(column) for column in zip(*specs, strict=True)))
        for cid in {c for *_, c in specs}:
            assert bulk.edges(cid) == one.edges(cid)
        assert bulk.solve(0, H).conflicts == one.solve(0, H).conflicts
        assert bulk.bounds() == one.bounds()

    @pytest.mark.parametrize(
        "counts",
        [
            [3] * 30,  # every cid with three edges (90 in all)
            [1, 0, 2, 0, 0, 87],  # cids with none between them, and one with most
            [0, 0, 90],  # only the last cid has edges
            [90],  # one cid
            [1] * 90,  # one edge each (a document of relations only): read in one step
            [1] * 45 + [0] + [1] * 44 + [1],  # one each but for a cid with none
        ],
    )
    def test_add_runs_equals_adding_one_by_one(self, counts: list[int]) -> None:
        """Edges added by runs (``counts[c]`` of them for cid ``c``, in order, as a network
        read back has them) are the edges added one by one: the same edges per cid, the
        cids without edges unknown, the same bounds; removing a cid takes out its edges."""
        cids = [c for c, count in enumerate(counts) for _ in range(count)]
        specs = [(i % 7, (3 * i + 1) % 7, 5 + i % 4, cid) for i, cid in enumerate(cids)]
        one = network(7, specs)
        runs = Network()
        runs.add_points(7)
        runs.add_runs(*(list(column) for column in list(zip(*specs, strict=True))[:3]), counts)
        for cid, count in enumerate(counts):
            if count:
                assert runs.edges(cid) == one.edges(cid)
            else:
                with pytest.raises(InvalidArgumentError, match="cid"):
                    runs.edges(cid)
        assert runs.solve(0, H).conflicts == one.solve(0, H).conflicts
        assert runs.bounds() == one.bounds()
        last = len(counts) - 1
        runs.remove(last)
        one.remove(last)
        assert runs.bounds() == one.bounds()

    @pytest.mark.parametrize(
        ("counts", "shown"),
        [
            ([1, 1], "counts=2: must add up to 3"),  # one edge too few
            ([2, -1, 2], "counts=-1"),  # a count below zero
            ([1.5, 1.5], "counts=1.5"),  # not an int
        ],
    )
    def test_add_runs_refuses_counts_that_are_not(self, counts: list[Any], shown: str) -> None:
        """Counts that do not say how many edges each cid has are an error naming them."""
        net = Network()
        net.add_points(3)
        with pytest.raises(InvalidArgumentError, match=re.escape(shown)):
            net.add_runs([0, 1, 2], [1, 2, 0], [1, 1, 1], counts)


class TestCheckDirection:
    """A direction of a snapshot read back: its labels are taken down the tree its
    predecessors form, and kept only if they satisfy every live edge and round to the
    bounds written."""

    # Edges by id: 0 -> 1 (10), 1 -> 2 (5), 0 -> 2 (20), 2 -> 3 (-3), 2 -> 1 (1), and
    # 0 -> 3 (1), dead unless a case makes it live. Point 4 has only the horizon (1000).
    TAILS = (0, 1, 0, 2, 2, 0)
    HEADS = (1, 2, 2, 3, 1, 3)
    WEIGHTS = (10, 5, 20, -3, 1, 1)
    # Times 0, 10, 15, 12 and the horizon, in units of 4: rounded up, flagged where moved.
    BASE: ClassVar[dict[str, Any]] = {
        "bounds": [0, 3, 4, 3, None],
        "inexact": b"\0\1\1\0\0",
        "by": [-2, 0, 1, 3, -1],
        "depth": [0, 1, 2, 3, 0],
        "live": b"\1\1\1\1\1\0",
    }

    @pytest.mark.parametrize(
        ("edit", "kept"),
        [
            ({}, True),  # the solution, its depths given
            ({"depth": None}, True),  # without depths: found breadth first
            ({"bounds": [0, 3, 4, 3, 250]}, True),  # the horizon's bound written: it rounds
            # Flagged as the horizon's: with a unit of 4 a label cannot be read from its
            # bound, so the flagged bound is dropped and the tree walked.
            ({"bounds": [0, 3, 4, 3, 250], "horizon": b"\0\0\0\0\1"}, True),
            ({"bounds": [0, 3, 4, 3, 250], "horizon": b"\0\0\0\0\2"}, False),  # not a flag
            ({"depth": [0, 1, 1, 3, 0]}, False),  # a depth that is not its parent's plus one
            ({"by": [-2, 4, 1, 3, -1]}, False),  # 1 and 2 each other's predecessor: a cycle
            ({"by": [-2, 4, 1, 3, -1], "depth": None}, False),  # the same, without depths
            ({"by": [-2, 0, 1, 1, -1]}, False),  # an edge that does not lead to point 3
            ({"by": [-2, 0, 2, 3, -1], "depth": [0, 1, 1, 2, 0]}, False),  # not the shortest
            ({"bounds": [0, 3, 4, 4, None]}, False),  # a bound a unit later
            ({"inexact": b"\0\1\1\1\0"}, False),  # a flag turned: 12 is a whole 3 units
            ({"bounds": [0, None, 4, 3, None]}, False),  # left out where a claim bounds it
            ({"live": b"\1\1\1\1\1\1"}, False),  # 0 -> 3 (1) live: 12 is broken by it
            ({"by": [-2, 0, 1, 3, 4]}, False),  # a predecessor beyond the edges
        ],
    )
    def test_check_direction(self, edit: dict[str, Any], kept: bool) -> None:
        case = {**self.BASE, **edit}
        found = _stn_restore.check_direction(
            case["bounds"],
            case["inexact"],
            case["by"],
            self.TAILS,
            self.HEADS,
            [4 * w for w in self.WEIGHTS],
            case["live"],
            origin=0,
            scaled_horizon=4 * H + 1,
            unit=4,
            depth=case["depth"],
            horizon=case.get("horizon"),
        )
        assert (found is not None) is kept
        if found is not None:
            labels, parents = found
            assert labels == [0, 40, 60, 48, 4 * H + 1]
            assert parents == [-1, 0, 1, 2, -1]


def test_check_direction_level_by_level() -> None:
    """A wide, shallow tree (here 3 levels of 201 points) is taken down a level at a time:
    the same labels as point by point, and a depth that lies is still found out."""
    tails = [0] * 100 + list(range(1, 101))
    heads = list(range(1, 201))
    weights = list(range(1, 101)) + [-1] * 100
    by = [-2, *range(200)]
    depth = [0] + [1] * 100 + [2] * 100
    labels = [0, *(4 * w for w in range(1, 101)), *(4 * w - 4 for w in range(1, 101))]
    times = [label // 4 for label in labels]
    found = [
        _stn_restore.check_direction(
            times,
            None,
            by,
            tails,
            heads,
            [4 * w for w in weights],
            b"\1" * 200,
            origin=0,
            scaled_horizon=4 * H + 1,
            unit=1,
            depth=given,
        )
        for given in (depth, None, [0] + [1] * 100 + [2] * 99 + [1])
    ]
    assert found[0] is not None
    assert found[1] is not None
    assert found[0][0] == found[1][0] == labels
    assert found[2] is None


@pytest.mark.parametrize(
    ("labels", "unit", "bounds", "moved"),
    [
        ([0, 40, 60, 48, 4001], 1, [0, 10, 15, 12, None], b"\0\0\0\0\0"),  # whole units
        ([0, 40, 60, 48, 4001], 4, [0, 3, 4, 3, None], b"\0\1\1\0\0"),  # up, by shifts
        ([0, 40, 60, 48, 4001], 3, [0, 4, 5, 4, None], b"\0\1\0\0\0"),  # up, by division
        ([-40, -32], 4, [-2, -2], b"\1\0"),  # below zero: still up (-10 to -8), and -8
        ([-40, -36], 3, [-3, -3], b"\1\0"),  # -10 to -9, and -9 itself
    ],
)
def test_rounded(labels: list[int], unit: int, bounds: list[int | None], moved: bytes) -> None:
    """A snapshot's bounds: each label's time rounded up to whole units, flagged where that
    moved it; None (never flagged) below the horizon (a label ending in 1)."""
    assert _stn_restore.rounded(labels, unit) == (bounds, moved)


class TestCheckDirectionCoded:
    """The same check on bound codes (``Network(coded=True)``: ``2s`` for ``<= s``, ``2s - 1``
    for ``< s``; labels scaled by 2): labels are joined down the tree and every edge tested
    with the join, strict if either side is, not with addition."""

    # Edges by id: 0 -> 1 (< 5), 1 -> 2 (< 0: "before"), 0 -> 2 (<= 5), 2 -> 3 (<= 0).
    TAILS = (0, 1, 0, 2)
    HEADS = (1, 2, 2, 3)
    CODES = (9, -1, 10, 0)
    # Every point but the origin is before 5 s (code 9), through edges 0, 1 and 3; point 4
    # has only the horizon.
    BASE: ClassVar[dict[str, Any]] = {
        "bounds": [0, 5, 5, 5, None],
        "inexact": b"\0\1\1\1\0",
        "by": [-2, 0, 1, 3, -1],
        "depth": [0, 1, 2, 3, 0],
    }

    def _check(self, case: dict[str, Any], **more: Any) -> Any:
        """``check_direction`` of the four edges above, with the case's columns."""
        return _stn_restore.check_direction(
            case["bounds"],
            case["inexact"],
            case["by"],
            self.TAILS,
            self.HEADS,
            [2 * c for c in self.CODES],
            b"\1\1\1\1",
            origin=0,
            scaled_horizon=4 * H + 1,
            unit=2,
            depth=case["depth"],
            shift=1,
            **more,
        )

    @pytest.mark.parametrize(
        ("edit", "kept"),
        [
            ({}, True),  # the solution: "< 5" then "< 0" is "< 5", not "<= 4"
            ({"depth": None}, True),  # the same, point by point (breadth first)
            ({"bounds": [0, 5, 4, 4, None], "inexact": b"\0\1\0\0\0"}, False),  # added
            ({"inexact": b"\0\1\0\1\0"}, False),  # the strict flag of point 2 taken off
            # Point 2 by 0 -> 2 (<= 5): "< 5" through point 1 is shorter.
            ({"by": [-2, 0, 2, 3, -1], "inexact": b"\0\1\0\0\0"}, False),
        ],
    )
    def test_check_direction(self, edit: dict[str, Any], kept: bool) -> None:
        case = {**self.BASE, **edit}
        found = self._check(case)
        assert (found is not None) is kept
        if found is not None:
            labels, parents = found
            assert labels == [0, 18, 18, 18, 4 * H + 1]
            assert parents == [-1, 0, 1, 2, -1]

    @pytest.mark.parametrize(
        ("edit", "kept"),
        [
            ({}, True),  # the solution, every label read as written
            ({"depth": None}, True),  # no depths: the horizon's bound dropped, the tree walked
            ({"horizon": b"\0\0\0\0\0"}, False),  # point 4 said bounded, under the horizon
            ({"horizon": b"\0\0\0\1\1"}, False),  # point 3 said under it: 2 -> 3 not tight
            ({"bounds": [0, 5, 5, 5, H + 1]}, False),  # the horizon's bound a second later
            ({"bounds": [0, 5, 5, 6, H], "inexact": b"\0\1\1\0\0"}, False),  # 2 -> 3 slack
            ({"inexact": b"\0\1\0\1\0"}, False),  # point 2 not strict: 1 -> 2 not tight
            ({"depth": [0, 1, 1, 3, 0]}, False),  # a depth that is not its parent's plus one
            # Point 1 by edge 2, which is 0 -> 2: it does not lead to point 1.
            ({"by": [-2, 2, 1, 3, -1], "depth": [0, 2, 1, 2, 0]}, False),
            # Point 2 by 0 -> 2 (<= 5): "< 5" through point 1 is shorter, 1 -> 2 broken.
            ({"by": [-2, 0, 2, 3, -1], "inexact": b"\0\1\0\0\0", "depth": [0, 1, 1, 2, 0]}, False),
            ({"inexact": b"\0\2\1\1\0"}, False),  # a flag that is neither 0 nor 1
        ],
    )
    def test_check_direction_as_written(self, edit: dict[str, Any], kept: bool) -> None:
        """With every bound written (the horizon's flagged) and the depths, each label is
        read from its bound, each tree edge must be tight and every edge satisfied, the
        join taken where both sides are strict."""
        case = {**self.BASE, "bounds": [0, 5, 5, 5, H], "horizon": b"\0\0\0\0\1", **edit}
        found = self._check(case, horizon=case["horizon"])
        assert (found is not None) is kept
        if found is not None:
            labels, parents = found
            assert labels == [0, 18, 18, 18, 4 * H + 1]
            assert parents == [-1, 0, 1, 2, -1]

    def test_rounded(self) -> None:
        """Codes to whole seconds (a unit of 2 codes): ``< 5`` (9) is 5, flagged; ``<= 5``
        (10) is 5; ``< -4`` (-9) is -4, flagged; under the horizon, None."""
        labels = [0, 18, 20, -18, 4 * H + 1]
        found = _stn_restore.rounded(labels, 2, shift=1)
        assert found == ([0, 5, 5, -4, None], b"\0\1\0\1\0")


class TestRanks:
    """Ranks read back with a solution are kept only if they never rise along a live edge."""

    # Points 0 (the origin) to 3; edges 0 -> 1, 1 -> 2, 2 -> 3, 3 -> 0.
    TAILS = (0, 1, 2, 3)
    HEADS = (1, 2, 3, 0)

    @pytest.mark.parametrize(
        ("rank", "live", "kept"),
        [
            ([-1, 2, 1, 0], b"\1\1\1\1", True),  # falls along every edge
            ([-1, 1, 1, 1], b"\1\1\1\1", True),  # equal ranks keep the rule: one group
            ([-1, 1, 1, 0], b"\1\1\1\1", True),  # 1 and 2 one group, 3 below it
            ([-1, 0, 1, 0], b"\1\1\1\1", False),  # rises along 1 -> 2
            ([-1, 2, 0, 1], b"\1\1\1\1", False),  # rises along 2 -> 3
            ([-1, 0, 1, 0], b"\1\0\1\1", True),  # 1 -> 2 rises but is set aside (not live)
            ([3, 1, 1, 1], b"\1\1\1\1", True),  # the origin above 3, which leads to it: exempt
            ([-1, 2, 1, 4], b"\1\1\1\1", False),  # a rank beyond the number of points
            ([-1, 2, 1, -2], b"\1\1\1\1", False),  # a rank below the origin's
            ([-1, 2.0, 1, 0], b"\1\1\1\1", False),  # not an int
        ],
    )
    def test_ranks_within(self, rank: list[int], live: bytes, kept: bool) -> None:
        """Ranks that never rise along a live edge between points other than the origin
        are kept (as an array); any other ranks are not."""
        found = _stn_restore.ranks_within(rank, self.TAILS, self.HEADS, live, origin=0)
        assert (found is not None) is kept
        if found is not None:
            assert found.tolist() == rank

    # Points 0 (the origin) to 4; scaled weights (4w, 4w - 2 for a strict one): 0 -> 1
    # "< 10", 1 -> 2 "< 0", 2 -> 1 "<= 0", 3 -> 4 "< 5", 4 -> 3 "<= -4".
    CYCLE_TAILS = (0, 1, 2, 3, 4)
    CYCLE_HEADS = (1, 2, 1, 4, 3)
    CYCLE_SCALED = (38, -2, 0, 18, -16)
    # Labels satisfying every edge: 1 and 2 "< 10" (1 -> 2 -> 1 is a cycle of value zero
    # through a strict edge that the labels do not show), 3 at 25 and 4 at "< 30".
    LABELS = (0, 38, 38, 100, 118)

    @pytest.mark.parametrize(
        ("group", "labels", "live", "edges"),
        [
            ([-1, 1, 1, 0, 0], LABELS, b"\1\1\1\1\1", [1, 3]),  # a strict edge tight in each
            ([-1, 1, 1, 0, 2], LABELS, b"\1\1\1\1\1", [1]),  # 3 -> 4 joins two groups
            ([-1, 1, 1, 0, 0], LABELS, b"\1\0\1\1\1", [3]),  # 1 -> 2 set aside (not live)
            ([-1, 1, 1, 0, 0], (0, 38, 38, 100, 116), b"\1" * 5, [1]),  # 3 -> 4 slack: 25 + 5 > 29
            ([1, 1, 1, 0, 0], LABELS, b"\1\0\1\1\1", [3]),  # the origin's strict edge: none
            ([-1, 1, 1, 0, 0], LABELS, b"\0\0\1\0\1", []),  # no live strict edge
        ],
    )
    def test_strict_candidates(
        self, group: list[int], labels: Sequence[int], live: bytes, edges: list[int]
    ) -> None:
        """The strict edges a cycle of value zero may pass through: live, between two
        points of one group (the origin's edges left out), tight in value."""
        found = _stn_restore.strict_candidates(
            group, labels, self.CYCLE_TAILS, self.CYCLE_HEADS, self.CYCLE_SCALED, live, origin=0
        )
        assert found == edges

    @pytest.mark.parametrize(
        ("edges", "labels", "group", "points"),
        [
            ([1], LABELS, [-1, 1, 1, 0, 0], [1, 2]),  # 2 -> 1 tight: back to the tail
            ([3], LABELS, [-1, 1, 1, 0, 0], []),  # 4 -> 3 slack (30 - 4 > 25): no way back
            ([1, 3], LABELS, [-1, 1, 1, 0, 0], [1, 2]),  # of two edges, the one with a way back
            ([3], (0, 38, 38, 100, 116), [-1, 1, 1, 0, 0], [3, 4]),  # 4 -> 3 tight (29 - 4)
            ([1], LABELS, [-1, 1, 2, 0, 0], []),  # the way back leaves the group
            ([], LABELS, [-1, 1, 1, 0, 0], []),  # no edge: nowhere to look
        ],
    )
    def test_zero_cycle_points(
        self, edges: list[int], labels: Sequence[int], group: list[int], points: list[int]
    ) -> None:
        """A cycle of value zero through one of the edges is looked for only among the
        points reached backwards from a tail and forwards from a head along live edges
        tight in value within one group."""
        codes = [w // 2 for w in self.CYCLE_SCALED]  # a coded network scales codes by 2
        specs = list(zip(self.CYCLE_TAILS, self.CYCLE_HEADS, codes, range(5), strict=True))
        fwd, rev = network(5, specs, coded=True)._layout()
        found = _stn_restore.zero_cycle_points(edges, labels, group, fwd, rev, origin=0)
        assert found == points

    @pytest.mark.parametrize(
        "rank",
        [
            None,  # as written: rising along the new edge 2 -> 1, dropped (components used)
            [-1, 0, 0],  # forged to one rank: kept, and the cycle is looked for in it
        ],
    )
    def test_a_snapshot_hiding_a_strict_cycle_of_value_zero_is_refused(
        self, rank: list[int] | None
    ) -> None:
        """Bounds that satisfy every edge, and trees that are tight, may still belong to a
        network with a cycle "1 < 2 <= 1" of value zero: the labels of both ("< 10" and
        "> 5") do not move around it. Such a snapshot is refused whatever ranks it carries
        (and without that search, it would be taken)."""
        # Codes: 1 < 10, 2 < 1, 1 > 5, 2 > 5.
        edges = [(0, 1, 19, 0), (1, 2, -1, 1), (1, 0, -11, 2), (2, 0, -11, 3)]
        net = network(3, edges, coded=True)
        net.solve(0, 2 * H)
        snap = net.snapshot()
        if rank is not None:
            snap = replace(snap, rank=rank)
        assert network(3, edges, coded=True).adopt(snap)  # the network it was taken from
        cycle = network(3, [*edges, (2, 1, 0, 4)], coded=True)  # and 1 <= 2
        assert not cycle.adopt(snap)
        assert cycle._solution is None
        assert cycle.solve(0, 2 * H).set_aside == (4,)

    def test_a_snapshot_carries_the_ranks_and_adopting_keeps_them(self) -> None:
        """The ranks written are the solve's; read back into the same network they are taken
        as they are (no search needs to find them again); broken, they are dropped while the
        bounds are still adopted."""
        edges = [(1, 2, 5, 0), (2, 3, 5, 1), (0, 1, 10, 2), (3, 2, -1, 3)]
        net = network(4, edges)
        net.solve(0, H)
        snap = net.snapshot()
        assert snap.rank is not None
        ranks = list(snap.rank)
        assert ranks[1] >= ranks[2] == ranks[3]  # 2 and 3 are one component, below 1
        again = network(4, edges)
        assert again.adopt(snap)
        assert again._solution is not None
        assert again._solution.rank is not None
        assert again._solution.rank.tolist() == ranks
        broken = network(4, edges)
        bad = [*ranks]
        bad[1], bad[2] = bad[2] - 1, bad[1] + 1  # now rising along 1 -> 2
        assert broken.adopt(replace(snap, rank=bad))
        assert broken._solution is not None
        assert broken._solution.rank is None
        assert broken.distance(1, 3) == net.distance(1, 3) == 10


def test_a_network_and_each_of_its_parts_keep_no_instance_dict() -> None:
    # The network's state lives in its slots; a mixin without slots of its own would give
    # every network a dict as well (memory at 100,000 events is a budget).
    from chronos.timeline.stn._answers import Answers
    from chronos.timeline.stn._batch import Batch
    from chronos.timeline.stn._facet import Facet
    from chronos.timeline.stn._persist import Persistence
    from chronos.timeline.stn._repair import Repairs

    assert not hasattr(Network(), "__dict__")
    for part in (Facet, Answers, Batch, Persistence, Repairs):
        assert "__slots__" in vars(part), part
