"""A solution written down and read back: :meth:`Persistence.snapshot` and
:meth:`Persistence.adopt`.

A mixin of :class:`~chronos.timeline.stn._solver.Network`; the checks themselves live in
:mod:`chronos.timeline.stn._restore`.
"""

from __future__ import annotations

from array import array
from operator import neg
from typing import TYPE_CHECKING

from chronos.timeline.stn._facet import Facet
from chronos.timeline.stn._model import (
    MAX_WEIGHT,
    Conflict,
    Edge,
    SolveReport,
    Weakness,
    _Job,
    _Solution,
)
from chronos.timeline.stn._paths import (
    strict_cycles,
)
from chronos.timeline.stn._restore import (
    CycleRef,
    Snapshot,
    check_direction,
    depths,
    positions,
    ranks_within,
    replay_conflicts,
    rounded_all,
    strict_by,
    strict_candidates,
    zero_cycle_points,
)
from chronos.timeline.stn._structure import condense

__all__ = ["Persistence"]


class Persistence(Facet):
    """A solution as plain data, and taken back after it checks."""

    if not TYPE_CHECKING:  # slots: see Facet
        __slots__ = ()

    def snapshot(self, *, unit: int = 1) -> Snapshot:
        """The current solution as plain data (see :mod:`chronos.timeline.stn._restore`), its
        bounds rounded outward to whole ``unit``s of the network's units."""
        s = self._current()
        origin = s.job.origin
        if s.rank is None:
            # Found now rather than by the first query after the snapshot is read back.
            s.rank = condense(s.fwd, origin=origin).rank
        fwd_eid, rev_eid = s.fwd.eid, s.rev.eid
        conflicts: list[tuple[list[CycleRef], int]] = []
        for c in s.report.conflicts:
            refs: list[CycleRef] = []
            for edge in c.edges:
                if edge.cid is None:
                    refs.append((edge.u, edge.v))
                    continue
                found = [e for e in self._edges_of(edge.cid) if self._edge(e) == edge]
                refs.append(found[0])
            conflicts.append((refs, c.set_aside))
        # Every bound, the horizon's included (flagged): what the check reads labels from.
        latest, latest_inexact, latest_horizon = rounded_all(s.up, unit, shift=self._shift)
        lows, earliest_inexact, earliest_horizon = rounded_all(s.low, unit, shift=self._shift)
        latest_by = [fwd_eid[p] if p >= 0 else p for p in s.up_pred]
        earliest_by = [rev_eid[p] if p >= 0 else p for p in s.low_pred]
        return Snapshot(
            origin=origin,
            horizon=s.job.horizon,
            latest=latest,
            latest_by=latest_by,
            earliest=list(map(neg, lows)),
            earliest_by=earliest_by,
            conflicts=conflicts,
            rank=s.rank.tolist(),
            unit=unit,
            latest_inexact=latest_inexact,
            earliest_inexact=earliest_inexact,
            latest_depth=depths(latest_by, self._src.tolist()),
            earliest_depth=depths(earliest_by, self._dst.tolist()),
            latest_horizon=latest_horizon,
            earliest_horizon=earliest_horizon,
        )

    def adopt(self, snapshot: Snapshot, *, weakness: Weakness | None = None) -> bool:
        """Take ``snapshot`` as the solution, with no solve, if it checks (see
        :mod:`chronos.timeline.stn._restore`): True if it does; False, and the network as it
        was, if it is not the solution of this network as it stands. One pass over the edges.
        Disabled constraints take no part: a conflict through one of their edges does not check.
        """
        snap = snapshot
        n = self.point_count
        horizon = snap.horizon
        if (
            self._solution is not None
            or type(horizon) is not int
            or not 0 < horizon <= MAX_WEIGHT
            or (self._coded and horizon & 1)
            or type(snap.origin) is not int
            or not 0 <= snap.origin < n
            or not len(snap.latest) == len(snap.earliest) == n
        ):
            return False
        job = _Job(
            snap.origin,
            horizon,
            self._lateness if weakness is None else weakness,
            None,
            16 * (len(self._src) + n) + 100_000,
        )

        def edge(ref: CycleRef) -> tuple[int, int, int, int | None] | None:
            if isinstance(ref, tuple):
                u, v = ref
                ok = snap.origin in ref and all(type(p) is int and 0 <= p < n for p in ref)
                return (u, v, horizon, None) if ok else None
            if type(ref) is not int or not 0 <= ref < len(self._src) or not self._live[ref]:
                return None
            return self._src[ref], self._dst[ref], self._w[ref], self._cid[ref]

        replayed = replay_conflicts(snap.conflicts, edge, job.weakness, total=self._total)
        if replayed is None:
            return False
        found, order = replayed
        self._restore_aside()
        self._aside.update(order)
        for cid in order:
            self._set_live(self._edges_of(cid), 0)
        columns = self._columns()
        fwd, rev = self._layout(columns)
        exact = self._needs_exact(horizon)
        hs = self._scaled_horizon(horizon)
        live = self._live
        tails, heads, scaled = columns
        up = check_direction(
            snap.latest,
            snap.latest_inexact,
            snap.latest_by,
            tails,
            heads,
            scaled,
            live,
            origin=snap.origin,
            scaled_horizon=hs,
            unit=snap.unit,
            depth=snap.latest_depth,
            shift=self._shift,
            horizon=snap.latest_horizon,
        )
        low = None
        earliest = snap.earliest
        if up is not None and (
            isinstance(earliest, array) or set(map(type, earliest)) <= {int, type(None)}
        ):
            # The lower bounds as the reverse direction holds them: minus the earliest times.
            low = check_direction(
                array("q", map(neg, earliest))
                if isinstance(earliest, array)
                else [t if t is None else -t for t in earliest],
                snap.earliest_inexact,
                snap.earliest_by,
                heads,
                tails,
                scaled,
                live,
                origin=snap.origin,
                scaled_horizon=hs,
                unit=snap.unit,
                depth=snap.earliest_depth,
                shift=self._shift,
                horizon=snap.earliest_horizon,
            )
        # Ranks are an aid to queries only: ones that do not check are found again on need.
        rank = None
        if up is not None and low is not None and snap.rank is not None and len(snap.rank) == n:
            rank = ranks_within(snap.rank, tails, heads, live, origin=snap.origin)
        # Bounds that satisfy every edge may still hide a cycle of value zero through a
        # strict edge (see ``strict_cycles``): only within a rank (or a component), through
        # a strict edge tight in value.
        if up is not None and low is not None and fwd.strict:
            group = condense(fwd, origin=snap.origin).comp if rank is None else rank
            labels = up[0]
            edges = strict_candidates(group, labels, tails, heads, scaled, live, origin=snap.origin)
            within = zero_cycle_points(edges, labels, group, fwd, rev, origin=snap.origin)
            if within and strict_cycles(fwd, labels, within, origin=snap.origin):
                up = None
        if up is None or low is None:
            self._restore_aside()
            return False
        (up_labels, up_parents), (low_labels, low_parents) = up, low
        conflicts = tuple(
            Conflict(tuple(Edge(*e) for e in walk), slack, chosen)
            for walk, slack, chosen in sorted(found, key=lambda f: f[2])
        )
        report = SolveReport(conflicts, tuple(order), 0, False)
        up_pred = positions(fwd, snap.latest_by)
        low_pred = positions(rev, snap.earliest_by)
        self._epoch += 1
        del self._changed[:]
        s = _Solution(
            job,
            fwd,
            rev,
            up_labels if exact else array("q", up_labels),
            up_pred,
            low_labels if exact else array("q", low_labels),
            low_pred,
            exact,
            report,
            rank,
        )
        # The two trees as parents, walked by the first questions (see :meth:`proves`).
        s.parents = (up_parents, low_parents)
        s.parents_strict = (strict_by(snap.latest_by, scaled), strict_by(snap.earliest_by, scaled))
        s.parents_mark = (self._epoch, 0)
        self._solution = s
        # Each conflict certifies its cid, as after a solve.
        for conflict in conflicts:
            self._certify(s, conflict)
        return True
