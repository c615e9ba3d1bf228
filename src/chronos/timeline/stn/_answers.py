"""What a solved network answers: bounds, schedules, explanations, entailment.

A mixin of :class:`~chronos.timeline.stn._solver.Network`: the questions asked of the
current solution (solving first if a change left it stale) — bounds and the two extreme
schedules, the chains of edges behind a bound, tree proofs and distance searches.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import compress
from typing import TYPE_CHECKING

from chronos.errors import InvalidArgumentError
from chronos.timeline.stn._dive import dive
from chronos.timeline.stn._facet import Facet
from chronos.timeline.stn._model import (
    Edge,
    SolveReport,
    _check_int,
    _Solution,
)
from chronos.timeline.stn._paths import (
    ROOT,
    Csr,
    bidirectional,
    gather,
    join,
    value,
)
from chronos.timeline.stn._restore import (
    on_path,
)
from chronos.timeline.stn._structure import condense, tree_of, tree_walk

__all__ = ["Answers"]

#: The steps a solution read back may walk up its trees, per point and on top of a few
#: thousand whatever its size, before they are numbered: enough for the first questions on
#: a deep chain (a walk is as long as the chain), a linear cost for any number of them. A
#: solution solved here walks up its predecessors from a budget of the same size.
#: (``ordered()``, which asks a question per event, asks them of :meth:`Answers.within_all`,
#: which needs no tree.)
_WALKS = 32
_WALKS_ANYWAY = 1 << 16
#: After a solve or a change, until trees are numbered for the bounds, the steps all
#: questions may walk up the two trees of predecessors (:func:`tree_walk`) per point, on top
#: of :data:`_WALKS_ANYWAY`. A step costs about a seventeenth of what numbering both trees
#: costs per point, so all the walks together cost about half the numbering they spare: a
#: single question may walk as far as that allows (the two ends of a chain of 100,000
#: events are 200,000 steps apart, about 40 ms), and the question whose walk the budget cuts
#: short numbers the trees.
_TREE_WALKS = 8
#: The points :meth:`Answers.within` may search by :func:`dive` before the search on reduced
#: costs takes it over.
_DIVE = 16384
#: The points a question of :meth:`Answers.within_all` may search by :func:`dive` before
#: the search of :meth:`Answers.within` takes it over.
_SMALL = 64


class Answers(Facet):
    """The questions a solution answers, over the network's own state."""

    if not TYPE_CHECKING:  # slots: see Facet
        __slots__ = ()

    def mark(self) -> tuple[int, int]:
        """A token for the current bounds, to ask :meth:`changed_since` later."""
        self._current()
        return (self._epoch, len(self._changed))

    def changed_since(self, mark: tuple[int, int]) -> list[int] | None:
        """The points whose bounds moved since :meth:`mark` gave ``mark`` (perhaps with
        repeats), or None if the network was solved anew since, so that any bound may have
        (or if so many bounds moved that the log of them was started anew)."""
        self._current()
        epoch, position = mark
        if epoch != self._epoch:
            return None
        return self._changed[position:].tolist()

    @property
    def report(self) -> SolveReport:
        """The report of the latest solve (an incremental fallback re-solve counts)."""
        return self._current().report

    def upper(self, point: int) -> int | None:
        """The latest ``t_point - t_origin`` can be, or None if only the horizon bounds it."""
        self._check_point("point", point)
        d = self._current().up[point]
        return None if d & 1 else d >> self._shift

    def lower(self, point: int) -> int | None:
        """The earliest ``t_point - t_origin`` can be, or None if only the horizon bounds it."""
        self._check_point("point", point)
        d = self._current().low[point]
        return None if d & 1 else -(d >> self._shift)

    def bounds(self) -> tuple[list[int | None], list[int | None]]:
        """Every lower bound and every upper bound, indexed by point."""
        s = self._current()
        k = self._shift
        lows = [None if d & 1 else -(d >> k) for d in s.low]
        ups = [None if d & 1 else d >> k for d in s.up]
        return lows, ups

    def lowers_of(
        self, points: Sequence[int], *, within: tuple[int, int], otherwise: int
    ) -> list[int]:
        """The lower bound of each of ``points``, in order, in bulk; ``otherwise`` where
        only the horizon bounds it or it lies outside ``within`` (both ends included). One
        call gathers the labels (:func:`gather`), one pass reads them."""
        self._check_points("points", points)
        k, (low, high) = self._shift, within
        return [
            otherwise if d & 1 or not low <= (v := -(d >> k)) <= high else v
            for d in gather(self._current().low, points)
        ]

    def uppers_of(
        self, points: Sequence[int], *, within: tuple[int, int], otherwise: int
    ) -> list[int]:
        """The upper bound of each of ``points``, as :meth:`lowers_of` reads lower bounds."""
        self._check_points("points", points)
        k, (low, high) = self._shift, within
        return [
            otherwise if d & 1 or not low <= (v := d >> k) <= high else v
            for d in gather(self._current().up, points)
        ]

    def schedules(self) -> tuple[list[int], list[int]]:
        """Two solutions of the network, every point at its latest and at its earliest time
        (``t_p - t_origin``), the horizon included: both satisfy every enabled constraint."""
        s = self._current()
        k = self._shift
        return [d >> k for d in s.up], [-(d >> k) for d in s.low]

    def live_edges(self) -> tuple[list[int], list[int], list[int]]:
        """The tails, heads and weights of every enabled edge."""
        live = self._live
        return (
            list(compress(self._src, live)),
            list(compress(self._dst, live)),
            list(compress(self._w, live)),
        )

    def explain_upper(self, point: int) -> tuple[Edge, ...]:
        """The path of edges from the origin to ``point`` that yields its upper bound."""
        self._check_point("point", point)
        s = self._current()
        chain = self._chain(s.fwd, s.up_pred, point, s, forward=True)
        chain.reverse()
        return tuple(chain)

    def explain_lower(self, point: int) -> tuple[Edge, ...]:
        """The path of edges from ``point`` to the origin that yields its lower bound."""
        self._check_point("point", point)
        s = self._current()
        return tuple(self._chain(s.rev, s.low_pred, point, s, forward=False))

    def proves(self, u: int, v: int, limit: int) -> bool:
        """Whether a path of the solution's own trees shows ``t_v - t_u <= limit``.

        The predecessors of the solved bounds form two trees of shortest paths, from the
        origin and to it. When ``u`` lies on the tree path from the origin to ``v``, the rest
        of that path is a chain of claims from ``u`` to ``v`` weighing the difference of
        their upper bounds; likewise for lower bounds when ``v`` lies on ``u``'s path to the
        origin. Each test is O(1) (entry and exit numbers of the trees, taken in O(n) once
        the bounds stand still); on a solution read back, until its bounds move, it walks up
        the trees from the two points instead (the depth of the points: no O(n) numbering on
        the first question). After a solve or a change, until a budget of steps a point is
        spent, it walks up the predecessors themselves, pruned by ranks (see
        :func:`~chronos.timeline.stn._structure.tree_walk`): the first questions after a solve
        wait for no numbering either. False says nothing (:meth:`distance` decides then).
        """
        self._check_point("u", u)
        self._check_point("v", v)
        _check_int("limit", limit)
        s = self._current()
        origin = s.job.origin
        if origin in (u, v):
            return False
        mark = (self._epoch, len(self._changed))
        # The rest of a tree path has the value of the difference of the labels' values; it
        # is strict if the label at its end is and the one at its start is not (if both are,
        # who knows: False, and the search decides).
        cap = limit << self._shift
        if s.parents is not None and s.trees is None and s.parents_mark == mark:
            # A solution read back, its bounds as read: walk up from the two points rather
            # than number both trees (O(n)) on the first question. Walks are paid from a
            # budget of a few steps per point: many questions on deep trees (as ``ordered()``
            # asks) number the trees after all, once, rather than walk them again and again.
            ups_of, lows_of = s.parents
            up_strict, low_strict = s.parents_strict
            budget = _WALKS * len(ups_of) + _WALKS_ANYWAY - s.parents_walked
            found = -1
            if _within(s.up[u], s.up[v], cap, 1):
                found, steps = on_path(ups_of, u, v, up_strict, budget=budget)
                budget -= steps
                s.parents_walked += steps
                if found >= 0 and _within(s.up[u], s.up[v], cap, found):
                    return True
            if found != -2 and _within(s.low[v], s.low[u], cap, 1):
                found, steps = on_path(lows_of, v, u, low_strict, budget=budget)
                s.parents_walked += steps
                if found != -2:
                    return found >= 0 and _within(s.low[v], s.low[u], cap, found)
            if found != -2:
                return False
            s.parents = None  # out of budget: the trees are numbered below
            s.walked = -1
        rank = s.rank
        if (s.trees is None or s.trees_mark != mark) and s.walked >= 0 and rank is not None:
            # No trees numbered for these bounds: walk up the predecessors from the two
            # points, pruned by ranks, all walks from one budget worth about half what
            # numbering both trees costs; a walk that would spend it numbers the trees at once
            # (rather than leave the search to cross a long chain), and so do all later ones.
            budget = _TREE_WALKS * len(s.up) + _WALKS_ANYWAY - s.walked
            if budget > 0:
                # Up the tree of latest times from v towards u, then of earliest from u.
                for g, pred, labels, x, y, rising in (
                    (s.fwd, s.up_pred, s.up, u, v, True),
                    (s.rev, s.low_pred, s.low, v, u, False),
                ):
                    if budget <= 0 or not _within(labels[x], labels[y], cap, 1):
                        continue
                    found, steps = tree_walk(
                        g,
                        pred,
                        rank,
                        x,
                        y,
                        origin=origin,
                        rising=rising,
                        budget=budget,
                    )
                    budget -= steps
                    s.walked += steps
                    if found == -2:
                        break  # too long to finish
                    if found >= 0 and _within(labels[x], labels[y], cap, found):
                        return True
                else:
                    return False
            # Out of budget (deep trees, as on a long chain, where the search would cost more
            # than numbering): the trees are numbered from now on.
            s.walked = -1
        if s.trees is None or s.trees_mark != mark:
            s.trees_missed += 1
            if s.trees is not None and s.trees_missed < 8:
                return False  # bounds in flux: no tree taken for every change
            s.trees = (
                tree_of(s.fwd, s.up_pred, origin=origin),
                tree_of(s.rev, s.low_pred, origin=origin),
            )
            s.trees_mark, s.trees_missed = mark, 0
        ups, lows = s.trees
        if ups.holds(u, v) and _within(s.up[u], s.up[v], cap, ups.depth[v] > ups.depth[u]):
            return True
        return lows.holds(v, u) and _within(s.low[v], s.low[u], cap, lows.depth[u] > lows.depth[v])

    def within(self, u: int, v: int, limit: int) -> bool:
        """Whether a chain of claims gives ``t_v - t_u <= limit``: :meth:`distance` with a
        limit, which stops at the first such chain rather than looking for the tightest.

        When the bounds show that no chain through the origin is within the limit (their
        sum exceeds it), a chain must avoid the origin: none if ``u`` ranks below ``v``, else
        a search that heads for ``u`` first (:func:`~chronos.timeline.stn._dive.dive`), which
        finds a chain with room to spare in about as many steps as it has claims; only if
        that runs long does the search on reduced costs decide.
        """
        self._check_point("u", u)
        self._check_point("v", v)
        _check_int("limit", limit)
        s = self._current()
        hub = s.job.origin
        if u != v and hub != u and hub != v:
            cap = limit << self._shift
            # Any chain through the origin weighs at least the sum of the two bounds' values
            # (each the weight of a shortest path, the horizon's included).
            up, low = s.up, s.low
            if value(up[v]) + value(low[u]) > value(cap):
                rank = self._ranks(s)
                if rank[u] < rank[v]:
                    return False
                if up[u] & low[u] & up[v] & low[v] & 1:
                    found = dive(s.rev, up, low, rank, u, v, cap=cap, hub=hub, budget=_DIVE)
                    if found is not None:
                        return found
        return self._search(u, v, limit, enough=True) is not None

    def within_all(
        self,
        us: Sequence[int],
        vs: Sequence[int],
        limit: int,
        *,
        apart: Sequence[bool] | None = None,
    ) -> list[bool]:
        """:meth:`within` of every pair ``(us[k], vs[k])``, in bulk: for a question about
        thousands of pairs at once (``ordered()`` asks one per event).

        A pair is decided by its bounds where they decide it (a chain through the origin);
        else, when ``u`` ranks below ``v`` (see :meth:`ranks`), no chain from ``u`` to ``v``
        avoids the origin, so there is none at all; nor is there when ``apart[k]`` says so
        (the caller knows, as ``ordered()`` knows from the links tight in a schedule, that
        no chain from ``us[k]`` to ``vs[k]`` within the limit avoids the origin); only the
        rest are searched, by a small search first
        (:func:`~chronos.timeline.stn._dive.dive`: most of them end after a few points) and,
        if that runs long, the search on reduced costs.

        >>> from chronos.timeline.stn import Network
        >>> net = Network()
        >>> o, a, b, c = net.add_points(4)
        >>> net.add_constraint(a, b, 0, cid=1)       # b <= a
        >>> net.add_constraint(b, c, -3, cid=2)      # c <= b - 3
        >>> net.add_constraint(o, c, 10, cid=3)      # c <= 10
        >>> _ = net.solve(o, horizon=10**6)
        >>> net.within_all([a, c, a], [c, a, b], -3)   # c - a <= -3? a - c? b - a?
        [True, False, False]
        """
        self._check_points("us", us)
        self._check_points("vs", vs)
        _check_int("limit", limit)
        if len(us) != len(vs):
            raise InvalidArgumentError("vs", len(vs), f"must pair with us ({len(us)} points)")
        if apart is not None and len(apart) != len(us):
            raise InvalidArgumentError("apart", len(apart), f"must pair with us ({len(us)})")
        s = self._current()
        rank = self._ranks(s)
        up, low, hub = s.up, s.low, s.job.origin
        cap = limit << self._shift
        out: list[bool] = []
        flags = [False] * len(us) if apart is None else apart
        for u, v, alone in zip(us, vs, flags, strict=True):
            up_v, low_u = up[v], low[u]
            # The chain through the origin, as the bounds give it (none if either is the
            # horizon's).
            known = None if (up_v | low_u) & 1 else join(up_v, low_u)
            if known is not None and known <= cap:
                out.append(True)
            elif alone or (u != v and hub != u and hub != v and rank[u] < rank[v]):
                out.append(False)
            else:
                small = dive(s.rev, up, low, rank, u, v, cap=cap, hub=hub, budget=_SMALL)
                if small is None:  # a long search, or undecided: the full one
                    small = (
                        bidirectional(
                            s.fwd,
                            s.rev,
                            up,
                            low,
                            u,
                            v,
                            known=known,
                            cap=cap,
                            hub=hub,
                            rank=rank,
                            enough=True,
                        )
                        is not None
                    )
                out.append(small)
        return out

    def ranks(self) -> list[int]:
        """A rank for every point: ``rank[x] >= rank[y]`` along every live edge ``x -> y``
        between points other than the origin (the levels of the components at the solve,
        kept valid by every change since; see :mod:`~chronos.timeline.stn._structure`), so
        no chain that avoids the origin leads from a point to one ranked above it. The
        origin's own rank says nothing."""
        return self._ranks(self._current()).tolist()

    def _ranks(self, s: _Solution) -> array[int]:
        if s.rank is None:
            s.rank = condense(s.fwd, origin=s.job.origin).rank
        return s.rank

    def _check_points(self, name: str, points: Sequence[int]) -> None:
        """Every point of ``points`` checked as :meth:`_check_point` checks one, in bulk."""
        if not set(map(type, points)) <= {int} or (
            points and not (min(points) >= 0 and max(points) < self.point_count)
        ):
            for p in points:
                self._check_point(name, p)

    def distance(self, u: int, v: int, *, limit: int | None = None) -> int | None:
        """The tightest entailed bound on ``t_v - t_u``, or None if no chain of claims gives one.

        With ``limit``, the search gives up (returning None) once every bound it could still
        find exceeds ``limit``: enough to decide whether ``t_v - t_u <= limit`` is entailed.
        The horizon is not a claim, so it never provides a bound here.
        """
        return self._search(u, v, limit, enough=False)

    def _search(self, u: int, v: int, limit: int | None, *, enough: bool) -> int | None:
        self._check_point("u", u)
        self._check_point("v", v)
        if limit is not None:
            _check_int("limit", limit)
        s = self._current()
        self._ranks(s)
        cap = None if limit is None else limit << self._shift
        # Claims that bound both points from the origin already give a path u -> origin -> v.
        up_v, low_u = s.up[v], s.low[u]
        known = None if (up_v | low_u) & 1 else join(up_v, low_u)
        found = bidirectional(
            s.fwd,
            s.rev,
            s.up,
            s.low,
            u,
            v,
            known=known,
            cap=cap,
            hub=s.job.origin,
            rank=s.rank,
            enough=enough,
        )
        return None if found is None else found >> self._shift

    def _chain(
        self, g: Csr, pred: array[int], point: int, s: _Solution, *, forward: bool
    ) -> list[Edge]:
        chain: list[Edge] = []
        v = point
        while True:
            code = pred[v]
            if code == ROOT:
                return chain
            chain.append(self._step_edge(g, v, code, s.job.origin, s.job.horizon, forward))
            v = g.parent(code, s.job.origin)


def _within(start: int, end: int, cap: int, strict: int) -> bool:
    """Whether a path along tight edges from a label ``start`` to a label ``end`` weighs no
    more than ``cap`` (scaled): its value is the difference of the labels' values, and it is
    strict if ``strict`` says so (a strict edge lies on it)."""
    gap = value(end) - value(cap) - value(start)
    if gap != 0:
        return gap < 0
    return bool(strict) or not cap & 2
