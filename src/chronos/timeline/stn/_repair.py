"""The canonical repair of conflicts, and changes to a solved network made in place.

A mixin of :class:`~chronos.timeline.stn._solver.Network`: the methods that take one edge in
(:meth:`Repairs._incremental`), decide which cids are set aside by the one rule
(:meth:`Repairs._canonical`), and take cids out, each with the kernels of
:mod:`chronos.timeline.stn._dynamic` — local work, never a re-solve.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableSequence
from heapq import heappop, heappush

from chronos.timeline.stn._dynamic import closing_cycle, delete, insert, shorten
from chronos.timeline.stn._facet import Facet
from chronos.timeline.stn._model import (
    Conflict,
    Edge,
    SolveReport,
    Weakness,
    _Job,
    _Solution,
    _Strongest,
)
from chronos.timeline.stn._paths import Csr, Step, Stop
from chronos.timeline.stn._structure import condense, raise_ranks

__all__ = ["Repairs"]

#: The least edge scans the search for a closing cycle may take (more on large networks).
SEARCH_SCANS = 20_000


class Repairs(Facet):
    """In-place changes and the canonical repair, over the network's own state."""

    __slots__ = ()

    def _incremental(self, s: _Solution, fpos: int, rpos: int) -> Stop:
        """Take a new live edge (at ``fpos`` forward, ``rpos`` backward) into the labels.

        DONE: the bounds are up to date. CYCLES: the edge closes a negative cycle, and the
        labels are as before it. BUDGET: a full re-solve is needed.
        """
        if not s.exact and self._needs_exact(s.job.horizon):
            return Stop.BUDGET
        budget = self._incremental_budget
        status, _ = self._insert_forward(s, fpos, budget)
        if status is Stop.CYCLES:
            return status
        if status is Stop.DONE:
            status, _ = self._insert(s, s.rev, s.low, s.low_pred, rpos, budget)
        if status is not Stop.DONE:
            # The reverse labels cannot meet a cycle the forward ones did not: re-solve.
            return Stop.BUDGET
        self._trim_log()
        return Stop.DONE

    def _insert(
        self,
        s: _Solution,
        g: Csr,
        dist: MutableSequence[int],
        pred: MutableSequence[int],
        position: int,
        budget: int | None,
    ) -> tuple[Stop, list[Step]]:
        """:func:`insert` on one side of the solution; an overflow counts as a spent budget."""
        try:
            return insert(
                g,
                dist,
                pred,
                position,
                origin=s.job.origin,
                scaled_horizon=self._scaled_horizon(s.job.horizon),
                budget=budget,
                changed=self._changed,
                rank=s.rank,
            )
        except OverflowError:
            return Stop.BUDGET, []

    def _insert_forward(
        self, s: _Solution, position: int, budget: int | None
    ) -> tuple[Stop, list[Step]]:
        """:meth:`_insert` on the forward side, a closing cycle looked for by a search aimed at
        the edge's tail (:func:`closing_cycle`) when lowering labels takes long: in a weakly
        anchored network, an edge that contradicts its neighbours would otherwise lower most
        labels of the network before it meets the cycle, and put them back."""
        after = self._search_after
        quick = after if budget is None else min(budget, after)
        status, steps = self._insert(s, s.fwd, s.up, s.up_pred, position, quick)
        if status is not Stop.BUDGET or quick == budget:
            return status, steps
        rank = s.rank
        found, steps = closing_cycle(
            s.fwd,
            s.rev,
            s.up,
            s.up_pred,
            s.low,
            s.low_pred,
            position,
            origin=s.job.origin,
            rank=rank,
            budget=max(SEARCH_SCANS, self.point_count // 4),
        )
        if found is Stop.CYCLES:
            return found, steps
        return self._insert(s, s.fwd, s.up, s.up_pred, position, budget)

    def _cycle_edges(self, g: Csr, steps: list[Step], job: _Job, *, forward: bool) -> list[Edge]:
        """A cycle of steps as edges in the constraints' own orientation, canonically rotated."""
        edges = [self._step_edge(g, x, code, job.origin, job.horizon, forward) for x, code in steps]
        if not forward:
            edges.reverse()
        first = min(range(len(edges)), key=lambda k: (edges[k].u, edges[k].v))
        return edges[first:] + edges[:first]

    def _raise_ranks(self, s: _Solution, u: int, v: int) -> None:
        """Keep the ranks a valid order with the new live edge ``u -> v`` (found again first
        if a solution read back came without them): the search for a strict cycle through
        the edge is kept to the points of one rank by them."""
        if s.rank is None:
            s.rank = condense(s.fwd, origin=s.job.origin).rank
        else:
            raise_ranks(s.rank, s.rev, u, v, origin=s.job.origin)

    # -- the canonical repair ---------------------------------------------------------------

    def _canonical(
        self, s: _Solution, pending: Iterable[int], *, budget: int | None = None
    ) -> bool:
        """Decide the set-aside cids of ``pending`` (and of any cid they push out) by the rule.

        The rule: cids are taken strongest first, each kept if it is consistent with the
        stronger cids kept, set aside otherwise — so the result is a function of the cids and
        their weakness alone, whatever the order of adds and solves. Every live cid not in
        question is consistent with the stronger live ones (the labels prove the live set
        consistent), so only the cids in question are decided, strongest first: a cid with a
        valid certificate (a cycle of it and stronger live cids) stays aside; otherwise it is
        inserted; if it closes a cycle through a weaker live cid, the weakest such is taken
        out and decided later in its turn; if every other cid on the cycle is stronger, the
        cycle is its certificate. A cid taken out puts back in question every set-aside cid
        whose certificate used it. Returns False if an insertion ran out of budget.
        """
        weakness = s.job.weakness
        heap: list[tuple[_Strongest, int]] = []
        queued: set[int] = set()

        def push(cid: int) -> None:
            if cid not in queued:
                queued.add(cid)
                heappush(heap, (_Strongest(weakness(cid)), cid))

        for cid in pending:
            push(cid)
        while heap:
            _, x = heappop(heap)
            queued.discard(x)
            if x not in self._aside or x in self._disabled or x not in self._by_cid:
                continue
            cert = s.certs.get(x)
            if cert is not None and self._certifies(cert, x, weakness):
                # Kept aside by the same cycle; each of its cids may have left and come
                # back since (taking it out dropped its dependents): register it again.
                self._certify(s, cert)
                continue
            while True:
                status, cycle = self._try_add(s, x, budget)
                if status is Stop.BUDGET:
                    return False
                if status is Stop.DONE:
                    self._aside.discard(x)
                    s.certs.pop(x, None)
                    break
                key = weakness(x)
                cids = dict.fromkeys(e.cid for e in cycle if e.cid is not None and e.cid != x)
                weaker = [c for c in cids if weakness(c) < key]
                if not weaker:
                    self._certify(s, Conflict(tuple(cycle), self._total(cycle), x))
                    break
                y = min(weaker, key=weakness)
                for c in self._take_out(s, y):
                    push(c)
                push(y)
        s.report = self._fresh_report(s)
        return True

    @staticmethod
    def _certify(s: _Solution, conflict: Conflict) -> None:
        """Make ``conflict`` the certificate of its set-aside cid, and register the cid with
        every other cid on the cycle, so that it is decided again when one of them leaves."""
        x = conflict.set_aside
        s.certs[x] = conflict
        for c in conflict.cids:
            if c != x:
                s.dependents.setdefault(c, set()).add(x)

    def _certifies(self, cert: Conflict, x: int, weakness: Weakness) -> bool:
        """Whether ``cert`` still keeps ``x`` aside: every other cid on it live and stronger."""
        key = weakness(x)
        for c in cert.cids:
            if c == x:
                continue
            if c in self._aside or c in self._disabled or c not in self._by_cid:
                return False
            if not key < weakness(c):
                return False
        return True

    def _try_add(self, s: _Solution, cid: int, budget: int | None) -> tuple[Stop, list[Edge]]:
        """Make the set-aside ``cid`` live again: DONE, or CYCLES (it stays dead), or BUDGET."""
        edges = self._edges_of(cid)
        fwd, rev = s.fwd, s.rev
        origin, hs = s.job.origin, self._scaled_horizon(s.job.horizon)
        done: list[int] = []
        for e in edges:
            # One edge at a time, so that each goes into labels consistent without it (the
            # edges of one cid may contradict each other).
            self._set_live([e], 1)
            self._raise_ranks(s, self._src[e], self._dst[e])
            status, steps = self._insert_forward(s, fwd.position_of(e), budget)
            if status is not Stop.DONE:
                self._set_live(edges, 0)
                if done:
                    self._repair_after_removal(s, done)
                if status is Stop.CYCLES:
                    tail = self._src[e]
                    steps = shorten(
                        fwd, rev, s.up, steps, origin=origin, tail=tail, scaled_horizon=hs
                    )
                    return status, self._cycle_edges(fwd, steps, s.job, forward=True)
                return status, []
            done.append(e)
        for e in edges:
            status, _ = self._insert(s, rev, s.low, s.low_pred, rev.position_of(e), budget)
            if status is not Stop.DONE:
                return Stop.BUDGET, []
        self._trim_log()
        return Stop.DONE, []

    def _take_out(self, s: _Solution, cid: int) -> list[int]:
        """Set ``cid`` aside and repair the labels; return the set-aside cids to decide again
        (those whose certificate used it)."""
        self._aside.add(cid)
        edges = self._edges_of(cid)
        self._set_live(edges, 0)
        self._repair_after_removal(s, edges, backward=True)
        waiting = s.dependents.pop(cid, set())
        return sorted(waiting)

    def _repair_after_removal(
        self, s: _Solution, edges: list[int], *, backward: bool = False
    ) -> None:
        """Bring the labels up to date after ``edges`` died (forward only, or both ways)."""
        origin, hs = s.job.origin, self._scaled_horizon(s.job.horizon)
        sides = [(s.fwd, s.rev, s.up, s.up_pred, True)]
        if backward:
            sides.append((s.rev, s.fwd, s.low, s.low_pred, False))
        for g, other, dist, pred, rising in sides:
            positions = [g.position_of(e) for e in edges]
            delete(
                g,
                other,
                dist,
                pred,
                positions,
                origin=origin,
                scaled_horizon=hs,
                changed=self._changed,
                rank=s.rank,
                rising=rising,
            )
        self._trim_log()

    def _fresh_report(self, s: _Solution) -> SolveReport:
        """The report of the current repair: one conflict per cid set aside."""
        aside = sorted(c for c in self._aside if c not in self._disabled)
        conflicts = tuple(s.certs[c] for c in aside if c in s.certs)
        old = s.report
        return SolveReport(conflicts, tuple(aside), old.scanned, old.fallback)
