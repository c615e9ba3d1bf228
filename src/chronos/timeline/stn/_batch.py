"""The batch solve: both directions from the origin, every conflict repaired.

A mixin of :class:`~chronos.timeline.stn._solver.Network`: by components in topological
order where the network allows it, FIFO rounds and Goldberg–Radzik otherwise, each negative
cycle met recorded and its weakest claim set aside, then the canonical rule over what was
set aside (see :mod:`chronos.timeline.stn._repair`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, MutableSequence, Sequence
from itertools import compress
from operator import eq
from typing import TYPE_CHECKING

from chronos.timeline.stn._facet import Facet
from chronos.timeline.stn._model import (
    Conflict,
    SolveReport,
    _Job,
    _Repair,
    _Solution,
)
from chronos.timeline.stn._paths import (
    HORIZON,
    Csr,
    Step,
    Stop,
    fresh_labels,
    goldberg_radzik,
    spfa,
    strict_cycles,
    subtree,
)
from chronos.timeline.stn._structure import Structure, condense, topological_pass

__all__ = ["Batch"]


class Batch(Facet):
    """The batch solve and its repair of the cycles it meets."""

    if not TYPE_CHECKING:  # slots: see Facet
        __slots__ = ()

    def _solve(self, job: _Job, fwd: Csr, rev: Csr, *, exact: bool) -> SolveReport:
        self._solution = None
        self._solves += 1
        self._epoch += 1
        del self._changed[:]
        repair = _Repair(job.weakness)
        scanned = 0
        fallback = False
        structure = condense(fwd, origin=job.origin)
        # One component holding most points leaves no order to gain: FIFO rounds instead.
        small = 2 * structure.largest <= self.point_count
        sweep = structure if self._structured and small else None
        # Where a cycle of value zero through a strict edge may hide (see ``strict_cycles``):
        # the components of several points, and points with a loop. Once a claim was set
        # aside the components are found again: they may have split (a chain closed into a
        # cycle is a chain again), which leaves fewer points to search, and sharper ranks.
        found = [(0, structure)]

        def components() -> list[int]:
            if found[-1][0] != len(repair.order):
                found.append((len(repair.order), condense(fwd, origin=job.origin)))
            return self._suspects(found[-1][1])

        suspects = components if fwd.strict else None
        while True:
            up, up_pred, n1, f1 = self._settle(
                fwd, rev, job, repair, sweep, exact=exact, hint=None, suspects=suspects
            )
            known = len(repair.order)
            low, low_pred, n2, f2 = self._settle(
                rev, fwd, job, repair, sweep, exact=exact, hint=up, suspects=suspects
            )
            scanned += n1 + n2
            fallback = fallback or f1 or f2
            # Both directions hold the same cycles, so the reverse run finds none once the
            # forward one is consistent; should it ever, the forward bounds are redone.
            if len(repair.order) == known:
                break
        conflicts, order = repair.conflicts, repair.order
        report = SolveReport(tuple(conflicts), tuple(order), scanned, fallback)
        count, latest = found[-1]
        rank = latest.rank if count == len(order) else structure.rank
        s = _Solution(job, fwd, rev, up, up_pred, low, low_pred, exact, report, rank)
        self._solution = s
        # The cycles met decided what was set aside, in the order met; the canonical rule
        # decides again, each cycle that chose its weakest cid serving as its certificate.
        for conflict in conflicts:
            if conflict.set_aside not in s.certs:
                self._certify(s, conflict)
        if order and not self._canonical(s, order):
            raise OverflowError  # 64-bit labels overflowed: solve() starts over exactly
        return s.report

    def _settle(
        self,
        g: Csr,
        other: Csr,
        job: _Job,
        repair: _Repair,
        sweep: Structure | None,
        *,
        exact: bool,
        hint: Sequence[int] | None,
        suspects: Callable[[], list[int]] | None = None,
    ) -> tuple[MutableSequence[int], array[int], int, bool]:
        """Shortest paths from the origin in ``g``, repairing every negative cycle found.

        With ``sweep``, the components of the network, the origin's edges are relaxed and the
        components settled once each in topological order (one pass over the edges when they
        are single points); the kernel then only checks the edges into the origin, where a
        negative cycle would show, and does all the work only if a component holds one.
        Without it (one component holds most points): FIFO rounds, the points reached from the
        origin through claims first. ``hint`` is None for the forward graph; for the reverse
        graph it holds the forward labels. ``suspects`` are the points among which a cycle of
        value zero through a strict edge may lie unseen by the kernels, looked for at the end.
        """
        forward = hint is None
        origin, horizon, budget = job.origin, job.horizon, job.scan_budget
        hs = self._scaled_horizon(horizon)
        n = self.point_count
        dist, pred = fresh_labels(n, origin=origin, scaled_horizon=hs, exact=exact)
        # Points reached from the origin through claims settle first; only then do the points
        # bounded by the horizon alone start, so their large labels spread no useless work.
        queue = [origin]
        horizon_phase = True
        slow = False
        scanned = 0
        # The budget counts the work since the last repair, since each repair is progress.
        spent = 0
        if sweep is not None:
            horizon_phase = False
            tgt, wts, alive = g.tgt, g.wts, g.alive
            for i in g.positions(origin):
                v = tgt[i]
                if wts[i] < dist[v] and alive[i] and v != origin:
                    dist[v] = wts[i]
                    pred[v] = i
            done, spent = topological_pass(
                g, dist, pred, sweep, origin=origin, budget=budget, forward=forward
            )
            scanned = spent
            if done:
                queue = self._after_sweep(other, dist, hs, origin)
            else:
                # A component holds a negative cycle: FIFO rounds from the origin meet first
                # the cycles through the dates, the ones that explain a conflict best.
                dist, pred = fresh_labels(n, origin=origin, scaled_horizon=hs, exact=exact)
                horizon_phase = True
                spent = 0
        while True:
            if slow:
                run = goldberg_radzik(g, dist, pred, queue, origin=origin, scaled_horizon=hs)
            else:
                left = max(0, budget - spent)
                run = spfa(g, dist, pred, queue, origin=origin, scaled_horizon=hs, budget=left)
            scanned += run.scanned
            spent += run.scanned
            queue = run.pending
            if run.status is not Stop.CYCLES:
                if horizon_phase and (run.status is Stop.BUDGET or not queue):
                    horizon_phase = False
                    loose = list(compress(range(n), map(HORIZON.__eq__, pred)))
                    structure = condense(g, origin=origin) if 2 * len(loose) >= n else None
                    if structure is not None and 2 * structure.largest <= n:
                        # Mostly unanchored: FIFO rounds would meet the chains in the wrong
                        # order, so sweep the components in topological order first; the
                        # kernel then only checks every point (and finds any cycle).
                        left = max(0, budget - spent)
                        done, swept = topological_pass(
                            g, dist, pred, structure, origin=origin, budget=left, forward=True
                        )
                        scanned += swept
                        spent += swept
                        if done:
                            queue = self._after_sweep(other, dist, hs, origin)
                        else:
                            queue = [v for v in range(n) if v != origin]
                    else:
                        # One component holds most points: no order to gain.
                        if hint is not None:
                            loose.sort(key=hint.__getitem__)
                        queue = queue + loose
                slow = slow or run.status is Stop.BUDGET
                if queue:
                    continue
                points = [] if suspects is None else suspects()
                cycles = strict_cycles(g, dist, points, origin=origin) if points else []
                if not cycles:
                    return dist, pred, scanned, slow
                run.cycles = cycles
            killed = self._set_aside(run.cycles, g, origin, horizon, repair, forward=forward)
            # Only the labels that hung on a killed edge lose their justification.
            positions = [g.position_of(e) for e in killed]
            roots = [g.tgt[p] for p in positions if pred[g.tgt[p]] == p]
            queue = self._requeue(other, dist, pred, hs, queue, subtree(g, pred, roots))
            spent = 0

    def _suspects(self, structure: Structure) -> list[int]:
        """The points of the components of several points, and those with a loop."""
        members, ends = structure.members, structure.ends
        out: list[int] = []
        start = 0
        for end in ends:
            if end - start > 1:
                out.extend(members[start:end])
            start = end
        out.extend(compress(self._src, map(eq, self._src, self._dst)))
        return out

    @staticmethod
    def _after_sweep(other: Csr, dist: MutableSequence[int], hs: int, origin: int) -> list[int]:
        """After a full sweep every edge but those into the origin is tight: only the tails of
        those (the origin itself for a loop on it), and points under the horizon's mirror,
        can close a negative cycle."""
        tails = {other.tgt[p] for p in other.positions(origin)}
        tails.update(v for v in range(len(dist)) if dist[v] < -hs)
        return sorted(tails)

    @staticmethod
    def _requeue(
        other: Csr,
        dist: MutableSequence[int],
        pred: array[int],
        hs: int,
        pending: list[int],
        bad: list[int],
    ) -> list[int]:
        """Reset the labels that no longer stand; return the points to scan again."""
        mark = bytearray(len(dist))
        queue = list(pending)
        for v in queue:
            mark[v] = 1
        for y in bad:
            dist[y] = hs
            pred[y] = HORIZON
            if not mark[y]:
                mark[y] = 1
                queue.append(y)
        # A live in-edge of a reset point may relax it again: rescan its tail.
        otgt, oalive = other.tgt, other.alive
        for y in bad:
            for p in other.positions(y):
                x = otgt[p]
                if oalive[p] and not mark[x]:
                    mark[x] = 1
                    queue.append(x)
        return queue

    def _set_aside(
        self,
        cycles: list[list[Step]],
        g: Csr,
        origin: int,
        horizon: int,
        repair: _Repair,
        *,
        forward: bool,
    ) -> list[int]:
        """Record each cycle as a conflict, set aside its weakest claim; return the edges killed."""
        killed: list[int] = []
        for steps in cycles:
            edges = [self._step_edge(g, x, code, origin, horizon, forward) for x, code in steps]
            if not forward:
                edges.reverse()
            # A canonical rotation, so that the same cycle always reads the same.
            first = min(range(len(edges)), key=lambda k: (edges[k].u, edges[k].v))
            edges = edges[first:] + edges[:first]
            cids = [e.cid for e in edges if e.cid is not None]
            broken = [c for c in cids if c in self._aside]
            if broken:
                chosen = broken[0]
            else:
                chosen = min(dict.fromkeys(cids), key=repair.weakness)
                self._aside.add(chosen)
                repair.order.append(chosen)
                dead = self._edges_of(chosen)
                self._set_live(dead, 0)
                killed.extend(dead)
            repair.conflicts.append(Conflict(tuple(edges), self._total(edges), chosen))
        return killed
