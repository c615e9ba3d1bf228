"""A Simple Temporal Network over integer points: bounds, conflicts, explanations, entailment.

Every claim of a timeline compiles to difference constraints ``t_v - t_u <= weight`` between
integer time points (seconds). This module knows nothing of dates or events: only points,
integer weights, and integer constraint ids (*cids*) that the caller maps back to claims. Several
edges may share a cid (an equality is two edges); they are set aside and restored together.

Solving is two single-source shortest-path runs from an origin point, one on the graph (upper
bounds of ``t_p - t_origin``) and one on its reverse (lower bounds), over compact arrays
(see :mod:`chronos.timeline.stn._paths`). An implicit horizon bounds every point,
``-horizon <= t_p - t_origin <= horizon``, so every point is reachable; a bound that only the
horizon provides is reported as ``None``. Negative cycles are conflicts. Which cids are set
aside is canonical — cids taken strongest first, each kept if consistent with those kept —
and each set-aside cid is reported with one simple negative cycle of it and stronger live
cids, with its (negative) total weight. Conflicting input is normal and never raises.

>>> net = Network()
>>> origin, start, end = net.add_points(3)
>>> net.add_constraint(end, start, 0, cid=1)          # start <= end
>>> net.add_constraint(origin, end, 100, cid=2)       # end <= origin + 100
>>> net.add_constraint(start, origin, -40, cid=3)     # start >= origin + 40
>>> net.solve(origin, horizon=10**6).conflicts
()
>>> net.lower(end), net.upper(start), net.distance(start, end)   # end - start <= 60
(40, 100, 60)
>>> [edge.cid for edge in net.explain_upper(start)]
[2, 1]
>>> net.add_constraint(end, start, -70, cid=4)        # end >= start + 70: impossible now
>>> [(c.cids, c.slack, c.set_aside) for c in net.report.conflicts]
[((2, 4, 3), -10, 4)]
"""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, chain, compress, islice, repeat
from operator import and_, eq, itemgetter, le, mul, sub, truth

from chronos.errors import InvalidArgumentError
from chronos.timeline.stn._answers import Answers
from chronos.timeline.stn._batch import Batch
from chronos.timeline.stn._model import (
    MAX_WEIGHT,
    Conflict,
    Edge,
    SolveReport,
    Weakness,
    _check_count,
    _check_int,
    _Job,
    _Solution,
)
from chronos.timeline.stn._paths import (
    HORIZON,
    Csr,
    Stop,
    machine,
)
from chronos.timeline.stn._persist import Persistence
from chronos.timeline.stn._repair import Repairs

__all__ = ["Conflict", "Edge", "Network", "SolveReport", "Weakness"]


class Network(Answers, Persistence, Batch, Repairs):
    """Points, difference constraints between them, and their solved bounds.

    Adding a constraint to a solved network updates the bounds in place by a local search
    from the endpoint whose bound may improve (Dijkstra on reduced costs: each point whose
    bound moves is settled once), within ``incremental_budget`` edge scans if one is given.
    Past ``search_after`` scans, the cycle the new edge may close is looked for by a search
    between its two ends instead, and the labels lowered only if there is none. A negative
    cycle is repaired in place by the canonical rule (see ``_repair``), a spent budget falls
    back to a full :meth:`solve`. Disabling or removing a constraint takes it out in place
    (the bounds that hung on it settle again, the cids set aside for a cycle through it are
    decided again); enabling one decides it as an add does.
    :meth:`mark` and :meth:`changed_since` tell which bounds moved since a moment.
    """

    __slots__ = (
        "_aside",
        "_by_cid",
        "_changed",
        "_cid",
        "_coded",
        "_disabled",
        "_dst",
        "_edge_count",
        "_epoch",
        "_graphs",
        "_incremental_budget",
        "_live",
        "_max_weight",
        "_points",
        "_prev_same",
        "_rebuild",
        "_search_after",
        "_shift",
        "_solution",
        "_solves",
        "_src",
        "_structured",
        "_w",
    )

    def __init__(
        self,
        *,
        incremental_budget: int | None = None,
        structured: bool = True,
        search_after: int = 4096,
        coded: bool = False,
    ) -> None:
        self._incremental_budget = (
            None
            if incremental_budget is None
            else _check_count("incremental_budget", incremental_budget)
        )
        # Edge scans an incremental add spends lowering labels before it looks for the cycle
        # the new edge may close by a search aimed at its tail instead (0: search at once).
        self._search_after = _check_count("search_after", search_after)
        # False: solve by FIFO rounds from the origin alone, as before the components were
        # used (kept as the reference the structured solve is tested against).
        self._structured = structured is True
        # True: every weight, bound and distance is a *bound code* (see the module's doc):
        # 2 * w for ``<= w``, 2 * w - 1 for ``< w``. Kernels scale a weight by 1 << shift.
        self._coded = coded is True
        self._shift = 1 if self._coded else 2
        # Points whose bounds an incremental add moved since the latest solve (``_epoch``),
        # in a machine array: a change that moves most bounds leaves no int object per point
        # behind for a later trim of the log to free.
        self._changed = array("q")
        self._epoch = 0
        # One entry per edge ever added, indexed by edge id.
        self._src = array("q")
        self._dst = array("q")
        self._w = array("q")
        self._cid = array("q")
        self._live = bytearray()
        # The edges of cid c: the latest is _by_cid[c], each links to the one before it.
        self._by_cid: dict[int, int] = {}
        self._prev_same = array("q")
        self._edge_count = 0
        # Points; a solve lays the edges out by point from the arrays above (one sort each
        # way), so that no point keeps a list of its own.
        self._points = 0
        self._disabled: set[int] = set()
        self._aside: set[int] = set()
        self._max_weight = 0
        # The arrays of the last layout, kept up to date (edges appended, flags patched) so that
        # queries and repairs never wait for a new layout; ``_rebuild`` asks for a compact one.
        self._graphs: tuple[Csr, Csr] | None = None
        self._rebuild = True
        self._solution: _Solution | None = None
        # Full solves run so far (a re-solve after a change counts; an adopted snapshot not).
        self._solves = 0

    def __repr__(self) -> str:
        return f"<Network: {self.point_count} points, {self.edge_count} edges>"

    # -- building ---------------------------------------------------------------------------

    @property
    def point_count(self) -> int:
        """How many points the network has."""
        return self._points

    @property
    def edge_count(self) -> int:
        """How many edges the network holds, enabled or not."""
        return self._edge_count

    def add_point(self) -> int:
        """Add a point and return its index."""
        return self.add_points(1)[0]

    def add_points(self, count: int) -> range:
        """Add ``count`` points and return their indices."""
        _check_count("count", count)
        first = self._points
        self._points += count
        if self._graphs is not None:
            for g in self._graphs:
                g.grow(count)
        s = self._solution
        if s is not None:
            # A fresh point has only its horizon bounds, so the solution stays exact.
            hs = self._scaled_horizon(s.job.horizon)
            for labels in (s.up, s.low):
                labels.extend([hs] * count)
            for preds in (s.up_pred, s.low_pred):
                preds.extend([HORIZON] * count)
            if s.rank is not None:
                # No edge yet: any rank keeps the rule; edges out of it raise it.
                s.rank.extend([0] * count)
            if s.parents is not None:
                for walk in s.parents:
                    walk.extend([-1] * count)
                for flags in s.parents_strict:
                    flags.extend(bytes(count))
            if s.trees is not None:
                # A fresh point is a leaf under the horizon: no tree path passes through it
                # but its own. An interval of its own below every other one (-1 - p for
                # point p) says so; no label moved, so the trees stay valid for the rest.
                fresh = [-1 - p for p in range(first, first + count)]
                for tree in s.trees:
                    tree.tin.extend(fresh)
                    tree.tout.extend(fresh)
                    tree.depth.extend([0] * count)
        return range(first, first + count)

    def add_constraint(self, u: int, v: int, weight: int, cid: int) -> None:
        """Add the edge ``t_v - t_u <= weight`` under constraint id ``cid``."""
        n = self._points
        # One fast test for the common case; the slow path says what is wrong.
        if not (type(u) is int and type(v) is int and 0 <= u < n and 0 <= v < n):
            self._check_point("u", u)
            self._check_point("v", v)
        if type(cid) is not int:
            _check_int("cid", cid)
        if type(weight) is not int and (not isinstance(weight, int) or isinstance(weight, bool)):
            raise InvalidArgumentError("weight", weight, "must be an int (seconds)")
        size = abs(weight)
        if size > MAX_WEIGHT:
            raise InvalidArgumentError("weight", weight, "must lie within ±2**60")
        e = len(self._src)
        live = cid not in self._disabled and cid not in self._aside
        w4 = weight << self._shift
        self._src.append(u)
        self._dst.append(v)
        self._w.append(weight)
        self._cid.append(cid)
        self._live.append(live)
        by_cid = self._by_cid
        self._prev_same.append(by_cid.get(cid, -1))
        by_cid[cid] = e
        self._edge_count += 1
        if size > self._max_weight:
            self._max_weight = size
        self._rebuild = True
        if self._graphs is None:
            return
        fwd, rev = self._graphs
        fpos = fwd.append(u, v, w4, e, live)
        rpos = rev.append(v, u, w4, e, live)
        s = self._solution
        if s is None or s.stale or not live:
            return
        self._raise_ranks(s, u, v)
        status = self._incremental(s, fpos, rpos)
        if status is Stop.CYCLES:
            # The claim as it now stands contradicts the live ones: it gives way, or weaker
            # ones do, by the same rule as a batch solve (see :meth:`_canonical`).
            waiting = self._take_out(s, cid)
            settled = self._canonical(s, [cid, *waiting], budget=self._incremental_budget)
            status = Stop.DONE if settled else Stop.BUDGET
        if status is not Stop.DONE:
            self._resolve(s)

    def add_constraints(
        self,
        us: Sequence[int],
        vs: Sequence[int],
        weights: Sequence[int],
        cids: Sequence[int],
        *,
        counts: Sequence[int] | None = None,
        checked: bool = False,
    ) -> None:
        """Add the edges ``t_vs[k] - t_us[k] <= weights[k]`` under ``cids[k]``, in order: what
        :meth:`add_constraint` does for each, in bulk, for a network not solved yet.
        (``counts``: see :meth:`add_runs`, which gives them; ``checked``: every point is
        known to be one of the network's, as a document read back has checked them.)"""
        m = len(us)
        if not len(vs) == len(weights) == len(cids) == m:
            raise InvalidArgumentError("vs", len(vs), "must be as long as us, weights and cids")
        if self._solution is not None or self._disabled or self._aside or m < 64:
            for u, v, w, cid in zip(us, vs, weights, cids, strict=True):
                self.add_constraint(u, v, w, cid)
            return
        n = self._points
        for name, column in (("u", us), ("v", vs), ("weight", weights), ("cid", cids)):
            # A 64-bit array holds ints only; any other column is looked at.
            if not _int_array(column) and not set(map(type, column)) <= {int}:
                bad = next(x for x in column if type(x) is not int)
                raise InvalidArgumentError(name, bad, "must be an int")
        for name, column in () if checked else (("u", us), ("v", vs)):
            if min(column) < 0 or max(column) >= n:
                bad = next(x for x in column if not 0 <= x < n)
                self._check_point(name, bad)
        size = max(max(weights), -min(weights))
        if size > MAX_WEIGHT:
            bad = next(w for w in weights if abs(w) > MAX_WEIGHT)
            raise InvalidArgumentError("weight", bad, "must lie within ±2**60")
        first = len(self._src)
        self._src.extend(us)
        self._dst.extend(vs)
        self._w.extend(weights)
        self._cid.extend(cids)
        self._live.extend(b"\x01" * m)
        by_cid, prev = self._by_cid, self._prev_same
        ids = range(first, first + m)
        if counts is not None and not by_cid and first == 0:
            _linked(counts, by_cid, prev)
        elif not by_cid and all(map(le, cids, islice(cids, 1, None))):
            # The edges of each cid together (a network being read back): in bulk.
            prev.append(-1)
            # Edge e follows edge e - 1 of its cid if both have it: same * e - 1, in bulk.
            same = map(eq, islice(cids, 1, None), cids)
            prev.extend(map(sub, map(mul, same, range(first + 1, first + m)), repeat(1)))
            by_cid.update(zip(cids, ids, strict=True))
        else:
            get = by_cid.get
            for e, cid in zip(ids, cids, strict=True):
                prev.append(get(cid, -1))
                by_cid[cid] = e
        self._edge_count += m
        self._max_weight = max(self._max_weight, size)
        self._rebuild = True
        if self._graphs is not None:
            fwd, rev = self._graphs
            shift = self._shift
            for e, u, v, w in zip(ids, us, vs, weights, strict=True):
                fwd.append(u, v, w << shift, e, 1)
                rev.append(v, u, w << shift, e, 1)

    def add_runs(
        self,
        us: Sequence[int],
        vs: Sequence[int],
        weights: Sequence[int],
        counts: Sequence[int],
        *,
        checked: bool = False,
    ) -> None:
        """Add the edges ``t_vs[k] - t_us[k] <= weights[k]``, ``counts[c]`` of them under cid
        ``c`` for ``c`` = 0, 1, … in order: what :meth:`add_constraints` does, for a network
        with no edges yet (a network read back), with each cid's links between its edges
        made once per cid rather than once per edge. ``checked``: every point is known to be
        one of the network's (see :meth:`add_constraints`)."""
        if not (_int_array(counts) or set(map(type, counts)) <= {int}) or (
            counts and min(counts) < 0
        ):
            bad = next(c for c in counts if type(c) is not int or c < 0)
            raise InvalidArgumentError("counts", bad, "must be a count of edges (an int >= 0)")
        if sum(counts) != len(us):
            raise InvalidArgumentError("counts", sum(counts), f"must add up to {len(us)} edges")
        if _one_each(counts):
            cids = array("q", range(len(us)))  # one edge each (as a relation's claim has)
        else:
            cids = array("q", chain.from_iterable(map(repeat, range(len(counts)), counts)))
        self.add_constraints(us, vs, weights, cids, counts=counts, checked=checked)

    def edge_arrays(self) -> tuple[Sequence[int], Sequence[int], Sequence[int], Sequence[int]]:
        """Every edge as (tails, heads, weights, cids), in the order added (edges removed for
        good left out): the network's own arrays, not to be changed."""
        if self._edge_count == len(self._src):
            return self._src, self._dst, self._w, self._cid
        kept = bytearray(len(self._src))
        for cid in self._by_cid:
            for e in self._edges_of(cid):
                kept[e] = 1
        tails, heads, weights, cids = (
            list(compress(a, kept)) for a in (self._src, self._dst, self._w, self._cid)
        )
        return tails, heads, weights, cids

    def edges(self, cid: int) -> tuple[Edge, ...]:
        """The edges of constraint ``cid``, in the order they were added."""
        return tuple(self._edge(e) for e in self._edges_of(cid))

    def remove(self, cid: int) -> None:
        """Delete every edge of ``cid`` for good."""
        edges = self._edges_of(cid)
        was_live = self.is_enabled(cid)
        del self._by_cid[cid]
        self._edge_count -= len(edges)
        self._disabled.discard(cid)
        self._aside.discard(cid)
        self._rebuild = True
        self._withdraw(cid, edges, was_live=was_live)

    def disable(self, cid: int) -> None:
        """Ignore ``cid`` until :meth:`enable`; a repair never brings it back."""
        edges = self._edges_of(cid)
        was_live = self.is_enabled(cid)
        self._disabled.add(cid)
        self._aside.discard(cid)
        self._withdraw(cid, edges, was_live=was_live)

    def enable(self, cid: int) -> None:
        """Take ``cid`` into account again, whether disabled or set aside by a repair: it is
        decided by the rule, as a constraint just added (kept unless it contradicts stronger
        ones; weaker ones it contradicts give way)."""
        self._edges_of(cid)
        if self.is_enabled(cid):
            return
        self._disabled.discard(cid)
        s = self._solution
        if s is None or s.stale:
            self._aside.discard(cid)
            self._set_live(self._edges_of(cid), 1)
            self._mark_stale()
            return
        # Dead until the rule decides: set aside with no certificate, it is tried first.
        self._aside.add(cid)
        s.certs.pop(cid, None)
        if not self._canonical(s, [cid], budget=self._incremental_budget):
            self._resolve(s)

    def _decidable(self, cid: int) -> bool:
        return cid in self._aside and cid not in self._disabled and cid in self._by_cid

    def _withdraw(self, cid: int, edges: list[int], *, was_live: bool) -> None:
        """Take the edges of ``cid`` out of a solved network in place: the bounds that hung on
        them are settled again (forward and backward, the points below them in the trees of
        shortest paths only), and the cids set aside for a cycle through ``cid`` are decided
        again by the rule; never a re-solve unless a budget runs out."""
        s = self._solution
        self._set_live(edges, 0)
        if s is None or s.stale:
            self._mark_stale()
            return
        s.certs.pop(cid, None)
        if cid not in self._by_cid:
            # Removed for good: no certificate may name it as waiting for a decision.
            for users in s.dependents.values():
                users.discard(cid)
        if was_live:
            self._repair_after_removal(s, edges, backward=True)
        # Those still set aside (a removed or disabled one needs no decision).
        waiting = sorted(c for c in s.dependents.pop(cid, ()) if self._decidable(c))
        if not self._canonical(s, waiting, budget=self._incremental_budget):
            self._resolve(s)

    def is_enabled(self, cid: int) -> bool:
        """Whether ``cid`` takes part in solving (neither disabled nor set aside)."""
        self._edges_of(cid)
        return cid not in self._disabled and cid not in self._aside

    # -- solving ----------------------------------------------------------------------------

    def solve(
        self,
        origin: int,
        horizon: int,
        *,
        weakness: Weakness | None = None,
        budget: int | None = None,
    ) -> SolveReport:
        """Compute every bound relative to ``origin``, setting aside claims until consistent.

        Every cid set aside by an earlier repair is restored first, so a solve depends only on
        the enabled constraints. ``weakness`` orders cids from weakest (smallest key) up; by
        default the most recently added cid is the weakest. ``budget`` caps the edge scans of
        the queue-based Bellman–Ford before Goldberg–Radzik takes over (default: proportional
        to the network's size).
        """
        self._check_point("origin", origin)
        _check_int("horizon", horizon)
        if not 0 < horizon <= MAX_WEIGHT:
            raise InvalidArgumentError("horizon", horizon, "must lie within 1..2**60")
        if self._coded and horizon & 1:
            raise InvalidArgumentError("horizon", horizon, "must be the code of a bound <= h")
        if budget is not None:
            _check_count("budget", budget)
        self._restore_aside()
        fwd, rev = self._layout()
        job = _Job(
            origin,
            horizon,
            self._lateness if weakness is None else weakness,
            budget,
            16 * (len(self._src) + self.point_count) + 100_000 if budget is None else budget,
        )
        try:
            return self._solve(job, fwd, rev, exact=self._needs_exact(horizon))
        except OverflowError:
            self._restore_aside()
            return self._solve(job, fwd, rev, exact=True)

    @property
    def solves(self) -> int:
        """How many full solves the network ran (a change that re-solves counts one)."""
        return self._solves

    # -- internals --------------------------------------------------------------------------

    def _trim_log(self) -> None:
        if len(self._changed) > 4 * self.point_count + 10_000:
            # The log would outgrow the network: start a new one, as a solve does.
            self._epoch += 1
            del self._changed[:]

    def _resolve(self, s: _Solution) -> _Solution:
        self.solve(s.job.origin, s.job.horizon, weakness=s.job.weakness, budget=s.job.budget)
        return self._current()

    def _current(self) -> _Solution:
        s = self._solution
        if s is None:
            raise InvalidArgumentError("network", self, "is not solved: call solve() first")
        return self._resolve(s) if s.stale else s

    def _scaled_horizon(self, horizon: int) -> int:
        """The scaled weight of an implicit horizon edge: not strict, marked by bit 0."""
        return (horizon << self._shift) | 1

    def _total(self, edges: Iterable[Edge | tuple[int, int, int, int | None]]) -> int:
        """The weight of a cycle of edges: a sum, or bound codes joined (see the module)."""
        if not self._coded:
            return sum(e[2] for e in edges)
        total = 0
        for e in edges:
            w = e[2]
            total = total + w + (total & w & 1)
        return total

    def _needs_exact(self, horizon: int) -> bool:
        # 64-bit labels cannot overflow unless the weights are astronomically large for the
        # number of points (a label that leaves the bounds of every simple path proves a
        # negative cycle, found within a doubling of the work); Python integers take over then.
        return 16 * (self.point_count + 1) * self._max_weight + 8 * horizon >= 2**62

    def _columns(self) -> tuple[list[int], list[int], list[int]]:
        """Every edge's tail, head and scaled weight, by edge id, as lists (read in bulk)."""
        return self._src.tolist(), self._dst.tolist(), [w << self._shift for w in self._w]

    def _layout(
        self, columns: tuple[Sequence[int], Sequence[int], Sequence[int]] | None = None
    ) -> tuple[Csr, Csr]:
        if self._graphs is not None and not self._rebuild:
            return self._graphs
        n, live = self._points, self._live
        if columns is None:
            # The arrays themselves: lists would be read faster but hold an object per edge
            # for the whole layout, which a solve's peak memory would pay for.
            columns = (self._src, self._dst, array("q", map((1 << self._shift).__mul__, self._w)))
        tails, heads, scaled = columns
        # The points an edge leads to are gathered in the order of the layout, a random
        # one when the edges are in no order of their points: from the arrays, whose items
        # lie side by side, rather than from lists of ints that lie anywhere.
        self._graphs = (
            _csr(n, tails, self._dst, scaled, live, sources=self._src),
            _csr(n, heads, self._src, scaled, live, sources=self._dst),
        )
        self._rebuild = False
        for cid in self._disabled | self._aside:
            self._set_live(self._edges_of(cid), 0)
        return self._graphs

    def _restore_aside(self) -> None:
        for cid in self._aside:
            if cid not in self._disabled:
                self._set_live(self._edges_of(cid), 1)
        self._aside.clear()

    def _set_live(self, edges: Iterable[int], flag: int) -> None:
        graphs = self._graphs
        for e in edges:
            self._live[e] = flag
            if graphs is not None:
                for g in graphs:
                    g.alive[g.position_of(e)] = flag

    def _mark_stale(self) -> None:
        if self._solution is not None:
            self._solution.stale = True

    def _edges_of(self, cid: int) -> list[int]:
        _check_int("cid", cid)
        e = self._by_cid.get(cid)
        if e is None:
            raise InvalidArgumentError("cid", cid, "no constraint has this id")
        edges = []
        while e >= 0:
            edges.append(e)
            e = self._prev_same[e]
        edges.reverse()
        return edges

    def _lateness(self, cid: int) -> int:
        """The default weakness: the cid whose first edge came last is the weakest."""
        return -self._edges_of(cid)[0]

    def _edge(self, e: int) -> Edge:
        return Edge(self._src[e], self._dst[e], self._w[e], self._cid[e])

    def _step_edge(
        self, g: Csr, head: int, code: int, origin: int, horizon: int, forward: bool
    ) -> Edge:
        """The edge (in the constraints' own orientation) behind a predecessor code."""
        if code >= 0:
            return self._edge(g.eid[code])
        tail = origin if code == HORIZON else -3 - code
        if forward:
            return Edge(tail, head, horizon, None)
        return Edge(head, tail, horizon, None)

    def _check_point(self, name: str, value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidArgumentError(name, value, "must be a point index (an int)")
        if not 0 <= value < self._points:
            raise InvalidArgumentError(
                name, value, f"no such point; the network has {self._points} points"
            )


def _one_each(counts: Sequence[int]) -> bool:
    """Whether every cid has one edge (a network of relations read back)."""
    return counts.count(1) == len(counts)


def _linked(counts: Sequence[int], by_cid: dict[int, int], prev: array[int]) -> None:
    """Link the edges of cids 0, 1, … in order, ``counts[c]`` of them for ``c``, from edge 0
    on: each cid's last edge into ``by_cid``, and in ``prev`` each edge's one before it of
    its cid (-1 for its first). Per cid, in bulk."""
    if _one_each(counts):
        # One edge each (a network of relations read back): edge c is cid c's only one.
        prev.extend(array("q", [-1]) * len(counts))
        by_cid.update(zip(range(len(counts)), range(len(counts)), strict=True))
        return
    ends = list(accumulate(counts))
    held = list(map(truth, counts))
    # Edge e follows e - 1, but for the first edge of each cid that has edges.
    prev.extend(range(-1, ends[-1] - 1 if ends else -1))
    deque(map(prev.__setitem__, compress(map(sub, ends, counts), held), repeat(-1)), maxlen=0)
    last = map((-1).__add__, compress(ends, held))
    by_cid.update(zip(compress(range(len(counts)), held), last))  # noqa: B905 - as many


def _int_array(column: object) -> bool:
    return isinstance(column, array) and column.typecode == "q"


def _csr(
    n: int,
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    live: bytearray,
    *,
    sources: Sequence[int],
) -> Csr:
    """One direction of the network laid out by point: the edges out of each point ``u < n``
    together, in edge order (a stable sort), with ``scaled`` weights (4 times the edges');
    edges removed for good stay, dead, like disabled ones.

    Bulk work: a sort, a count of edges per point (one step per edge), and gathers in the
    sorted order (an ``itemgetter`` of the order, applied to each column).
    """
    m = len(tails)
    order = sorted(range(m), key=tails.__getitem__)
    # Counted in a list: a third of the time a Counter takes (no hashing).
    counts = [0] * n
    for u in tails:
        counts[u] += 1
    deg = array("q", counts)
    ends = array("q", [0])
    ends.extend(accumulate(deg))
    # One item would come back bare, not in a tuple: a few items go one by one.
    gather = itemgetter(*order) if m > 1 else functools.partial(_pick, order)
    alive = _alive(live, order, tails, ends, gather)
    wts = machine(gather(scaled))
    return Csr(
        off=ends,
        tgt=machine(gather(heads)),
        wts=wts,
        eid=machine(order),
        alive=alive,
        deg=deg,
        sources=sources,
        strict=any(map(and_, wts, repeat(2))),
    )


def _alive(
    live: bytearray,
    order: list[int],
    tails: Sequence[int],
    ends: array[int],
    gather: Callable[[Sequence[int]], Sequence[int]],
) -> bytearray:
    """The flags of the edges in the order laid out. A few dead edges (the claims set aside
    or disabled of a network read back) are each found where it lies in its point's run
    (in the order of edge ids there), rather than every flag gathered."""
    m = len(order)
    dead = live.count(0)
    if dead * 64 > m:
        return bytearray(gather(live))
    alive = bytearray(b"\x01") * m
    e = live.find(0)
    while e >= 0:
        u = tails[e]
        alive[bisect_left(order, e, ends[u], ends[u + 1])] = 0
        e = live.find(0, e + 1)
    return alive


def _pick(order: Sequence[int], column: Sequence[int]) -> list[int]:
    return [column[i] for i in order]
