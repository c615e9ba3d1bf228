"""Laws of the ranks the engine keeps for pruning its searches.

Every point has a rank, and along every live edge ``x -> y`` between points other than the
origin ``rank[x] >= rank[y]``: a path (so a cycle) keeps to ranks between its ends, which is
what lets the search for a strict cycle through a new edge look only at the points of its
ends' rank, and the distance search only at points ranked between its two ends. A wrong
rank would prune a path that exists: a conflict missed, a bound or a distance wrong.

- :func:`condense` gives levels: equal inside a strongly connected component, a component
  one above the highest it has an edge into (sinks 0), so ranks differ across components;
- after a solve, any sequence of changes in place (constraints added, disabled, enabled,
  removed for good, points added) keeps the ranks valid and below the number of points,
  never dropped, and the answers those searches give equal a fresh batch solve's.
"""

from __future__ import annotations

from array import array

from hypothesis import given, settings, strategies as st
from hypothesis.stateful import invariant, precondition, rule

from chronos.timeline.stn._paths import Csr
from chronos.timeline.stn._structure import condense

from .networks import Changes, code


def reaches(n: int, edges: list[tuple[int, int]], origin: int) -> list[set[int]]:
    """Every point's set of points reachable by a path that avoids the origin (itself in)."""
    out: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        if origin not in (u, v):
            out[u].append(v)
    found = []
    for s in range(n):
        seen = {s}
        todo = [s]
        while todo:
            for y in out[todo.pop()]:
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        found.append(seen)
    return found


@st.composite
def graphs(draw: st.DrawFn) -> tuple[int, list[tuple[int, int]], int]:
    """A small directed graph (loops and parallel edges allowed) and an origin."""
    n = draw(st.integers(1, 9))
    point = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(point, point), max_size=3 * n))
    return n, edges, draw(point)


@given(graphs())
def test_condense_ranks_are_the_levels_of_the_components(
    graph: tuple[int, list[tuple[int, int]], int],
) -> None:
    n, edges, origin = graph
    groups = [array("q") for _ in range(n)]  # each point's (edge, target, weight) triples
    for e, (u, v) in enumerate(edges):
        groups[u].extend((e, v, 0))
    g = Csr.build(groups, sources=[u for u, _ in edges])
    structure = condense(g, origin=origin)
    rank, comp = structure.rank, structure.comp
    reach = reaches(n, edges, origin)
    for x in range(n):
        if x == origin:
            continue
        # Same component exactly when each reaches the other; same rank inside one.
        for y in range(n):
            if y != origin:
                assert (comp[x] == comp[y]) == (y in reach[x] and x in reach[y])
        # A component's level: one above the highest other component any of its points has
        # an edge into, 0 for none.
        mates = {y for y in range(n) if y != origin and comp[y] == comp[x]}
        below = [rank[y] for u, y in edges if u in mates and y != origin and y not in mates]
        assert rank[x] == max(below, default=-1) + 1
        assert 0 <= rank[x] < n


class RankedChanges(Changes):
    """A coded network solved once, then changed in place — points added too, and often a
    "before" link from a new point to one already there (a chain grown after the solve): its
    ranks stay valid, and its answers those of a network built afresh from what is left."""

    POINTS = 5
    HORIZON = 400
    CODED = True
    #: How many points the network may grow to.
    MOST = 9

    @rule(data=st.data(), value=st.integers(-4, 8), strict=st.booleans(), zero=st.booleans())
    def add(self, data: st.DataObject, value: int, strict: bool, zero: bool) -> None:
        """A new constraint, often a strict link of value 0 ("before")."""
        point = st.integers(0, self.POINTS - 1)
        u, v = data.draw(point), data.draw(point)
        self.added(u, v, code(0 if zero else value, strict), self.new_cid())

    @precondition(lambda self: self.POINTS < self.MOST)
    @rule()
    def grow(self) -> None:
        """A new point, with no edge yet (the machine's count of points, read by its questions
        and by the batch it compares with, grows with it)."""
        self.net.add_point()
        self.POINTS += 1

    @invariant()
    def ranks_stay_valid(self) -> None:
        """After the solve: never dropped, below the number of points, never rising along a
        live edge between points other than the origin."""
        if not self.solved:
            return
        solution = self.net._solution
        assert solution is not None
        rank = solution.rank
        assert rank is not None
        assert len(rank) == self.POINTS
        assert all(0 <= r < self.POINTS for p, r in enumerate(rank) if p != self.ORIGIN)
        net = self.net
        for x, y, live in zip(net._src, net._dst, net._live, strict=True):
            if live and self.ORIGIN not in (x, y):
                assert rank[x] >= rank[y]

    @invariant()
    def equals_a_batch_solve(self) -> None:
        """Same bounds, distances and cids set aside as a fresh solve; no second solve."""
        if self.solved:
            self.answers_as(self.batch())


RankedChanges.TestCase.settings = settings(stateful_step_count=40, deadline=None)
test_ranks_stay_valid_through_changes_in_place = RankedChanges.TestCase
