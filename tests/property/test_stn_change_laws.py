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
from hypothesis.stateful import invariant, rule

from .networks import Changes


class PlainChanges(Changes):
    """A network solved once, then changed step by step; the log to build it again."""

    POINTS = 7
    HORIZON = 500
    CODED = False

    @rule(
        u=st.integers(0, POINTS - 1),
        v=st.integers(0, POINTS - 1),
        weight=st.integers(-30, 40),
        join=st.booleans(),
        data=st.data(),
    )
    def add(self, u: int, v: int, weight: int, join: bool, data: st.DataObject) -> None:
        """A new constraint, or one more edge of a constraint there is (an equality's half)."""
        live = self.cids()
        cid = data.draw(st.sampled_from(live)) if join and live else self.new_cid()
        self.added(u, v, weight, cid)

    @invariant()
    def equals_a_batch_solve(self) -> None:
        """Same bounds, same cids set aside, each for a negative cycle of stronger live cids;
        and no solve but the first."""
        if not self.solved:
            return
        self.answers_as(self.batch())
        report = self.net.report
        first: dict[int, int] = {}
        for e, (*_, cid) in enumerate(s for s in self.log if s[3] not in self.removed):
            first.setdefault(cid, e)
        for conflict in report.conflicts:
            others = [c for c in conflict.cids if c != conflict.set_aside]
            # The default weakness: the cid whose first edge came last gives way.
            assert all(
                self.net.is_enabled(c) and first[c] < first[conflict.set_aside] for c in others
            )
        for cid in self.cids():
            expected = cid not in self.disabled and cid not in report.set_aside
            assert self.net.is_enabled(cid) == expected


PlainChanges.TestCase.settings = settings(stateful_step_count=40, deadline=None)
test_changes_in_place_equal_a_batch_solve = PlainChanges.TestCase
