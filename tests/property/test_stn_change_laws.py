"""The engine's change law: a solved network changed in place — constraints added, disabled,
enabled, removed for good, in any order — answers as a network built afresh from what is
left and solved once, and never solves the world again to get there.

A stateful test: hypothesis drives one :class:`Network` through random changes after a first
solve, with questions in between (bounds, distances, tree proofs) so that the labels, the
trees and the ranks are warm when the next change comes. After every step a batch network —
the constraints not removed, added in the same order, the disabled ones disabled, solved
once — must have the same bounds and set the same cids aside, each with a conflict that is
a negative cycle of it and stronger live cids; and the changed network must still have run
a single solve.
"""

from __future__ import annotations

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from chronos.timeline.stn import Network

POINTS = 7
ORIGIN = 0
HORIZON = 500
#: (u, v, weight, cid): the edge t_v - t_u <= weight of constraint cid.
Spec = tuple[int, int, int, int]

point = st.integers(0, POINTS - 1)


class Changes(RuleBasedStateMachine):
    """A network solved once, then changed step by step; the log to build it again."""

    def __init__(self) -> None:
        super().__init__()
        self.net = Network()
        self.net.add_points(POINTS)
        self.log: list[Spec] = []
        self.removed: set[int] = set()
        self.disabled: set[int] = set()
        self.next_cid = 0
        self.solved = False

    def cids(self) -> list[int]:
        """The cids that still have edges, in the order they came."""
        return sorted({c for *_, c in self.log} - self.removed)

    @rule(u=point, v=point, weight=st.integers(-30, 40), join=st.booleans(), data=st.data())
    def add(self, u: int, v: int, weight: int, join: bool, data: st.DataObject) -> None:
        """A new constraint, or one more edge of a constraint there is (an equality's half)."""
        live = self.cids()
        if join and live:
            cid = data.draw(st.sampled_from(live))
        else:
            cid, self.next_cid = self.next_cid, self.next_cid + 1
        self.net.add_constraint(u, v, weight, cid)
        self.log.append((u, v, weight, cid))

    @precondition(lambda self: not self.solved)
    @rule()
    def solve(self) -> None:
        """The one solve: every change after it is made in place."""
        self.net.solve(ORIGIN, HORIZON)
        self.solved = True

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def disable(self, data: st.DataObject) -> None:
        """A constraint taken out until enabled (live, set aside or disabled already)."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.disable(cid)
        self.disabled.add(cid)

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def enable(self, data: st.DataObject) -> None:
        """A constraint taken into account again (disabled, set aside, or live already)."""
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

    def batch(self) -> Network:
        """What is left, built afresh in the same order and solved once."""
        fresh = Network()
        fresh.add_points(POINTS)
        for u, v, w, cid in self.log:
            if cid not in self.removed:
                fresh.add_constraint(u, v, w, cid)
        for cid in sorted(self.disabled):
            fresh.disable(cid)
        fresh.solve(ORIGIN, HORIZON)
        return fresh

    @invariant()
    def equals_a_batch_solve(self) -> None:
        """Same bounds, same cids set aside, each for a negative cycle of stronger live cids;
        and no solve but the first."""
        if not self.solved:
            return
        fresh = self.batch()
        report = self.net.report
        assert self.net.solves == 1
        assert sorted(report.set_aside) == sorted(fresh.report.set_aside)
        assert self.net.bounds() == fresh.bounds()
        for p in range(POINTS):
            for q in range(POINTS):
                assert self.net.distance(p, q) == fresh.distance(p, q)
        first = {}
        for e, (*_, cid) in enumerate(s for s in self.log if s[3] not in self.removed):
            first.setdefault(cid, e)
        for conflict in report.conflicts:
            assert conflict.slack < 0
            assert sum(e.weight for e in conflict.edges) == conflict.slack
            edges = conflict.edges
            assert all(a.v == b.u for a, b in zip(edges, edges[1:] + edges[:1], strict=True))
            others = [c for c in conflict.cids if c != conflict.set_aside]
            # The default weakness: the cid whose first edge came last gives way.
            assert all(
                self.net.is_enabled(c) and first[c] < first[conflict.set_aside] for c in others
            )
        for cid in self.cids():
            expected = cid not in self.disabled and cid not in report.set_aside
            assert self.net.is_enabled(cid) == expected


Changes.TestCase.settings = settings(stateful_step_count=40, deadline=None)
test_changes_in_place_equal_a_batch_solve = Changes.TestCase
