"""Shortest-path kernels of the STN engine: compact integer arrays in, labels out.

One direction of a network is a :class:`Csr` graph (compressed sparse rows: the out-edges of
point ``u`` sit at positions ``off[u]`` to ``off[u + 1]``). Weights are *scaled*: a claim of
weight ``w`` is stored as ``4 * w`` and an implicit horizon edge as ``4 * horizon + 1``, so that
of two paths of equal weight the one that avoids the horizon is strictly shorter. The low two
bits of a label then say whether its bound came from the horizon, with no extra work in the
inner loops.

A label is paired with a *predecessor code*: a position ``>= 0`` (the edge that set the label),
:data:`HORIZON` (the implicit edge from the origin), or :data:`ROOT` (the origin). In a cycle,
``-3 - x`` stands for the implicit horizon edge from point ``x`` back to the origin.

The origin's label stays 0: an edge that would lower it closes a negative cycle with the
predecessor path of its tail, which the kernels hand over at once instead of letting a negative
origin spoil every label.

Nothing here knows about constraint ids, conflicts or repair:
:mod:`chronos.timeline.stn._solver` does.

>>> runs = [array("q", [0, 1, 20]), array("q", [1, 2, -4]), array("q")]
>>> g = Csr.build(runs, sources=[0, 1])
>>> dist, pred = fresh_labels(3, origin=0, scaled_horizon=401)
>>> spfa(g, dist, pred, [0], origin=0, scaled_horizon=401, budget=100).status
<Stop.DONE: 1>
>>> list(dist)
[0, 20, 16]
"""

from __future__ import annotations

import enum
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, MutableSequence, Sequence
from dataclasses import dataclass, field
from heapq import heappop, heappush
from itertools import accumulate, chain
from operator import sub

__all__ = [
    "HORIZON",
    "ROOT",
    "Csr",
    "Run",
    "Step",
    "Stop",
    "analyse_predecessors",
    "bidirectional",
    "closed_cycles",
    "fresh_labels",
    "goldberg_radzik",
    "spfa",
    "subtree",
]

HORIZON = -1
ROOT = -2

#: One edge of a cycle as (head point, predecessor code of the edge into it).
Step = tuple[int, int]


class Stop(enum.Enum):
    """Why a kernel returned."""

    DONE = 1
    CYCLES = 2
    BUDGET = 3


@dataclass(slots=True)
class Run:
    """What a kernel run found: its stop reason, pending points, cycles, and its work."""

    status: Stop
    pending: list[int] = field(default_factory=list)
    cycles: list[list[Step]] = field(default_factory=list)
    scanned: int = 0


@dataclass(slots=True)
class Csr:
    """One direction of the network as compact arrays, plus edges appended since the build."""

    off: array[int]
    tgt: array[int]
    wts: array[int]
    eid: array[int]
    alive: bytearray
    deg: array[int]
    #: The point every global edge leaves from, in this direction (shared with the network).
    sources: Sequence[int]
    #: point -> positions appended after the build (incremental edges), outside ``off``.
    extra: dict[int, list[int]] = field(default_factory=dict)
    #: edge -> position, built on first need (setting a claim aside), then kept up to date.
    where: array[int] | None = None

    @classmethod
    def build(cls, groups: Sequence[array[int]], *, sources: Sequence[int]) -> Csr:
        """Lay out ``groups[u]``, the (edge, target, scaled weight) triples of ``u``, contiguously.

        Every edge starts alive; the caller marks the others.
        """
        flat = array("q")
        flat.frombytes(b"".join(groups))
        off = array("q", [0])
        off.extend(accumulate(map(len, groups)))
        off = array("q", map((3).__rfloordiv__, off))
        eid, tgt, wts = flat[0::3], flat[1::3], flat[2::3]
        deg = array("q", map(sub, off[1:], off[:-1]))
        return cls(off, tgt, wts, eid, bytearray(b"\x01") * len(eid), deg, sources)

    def grow(self, count: int) -> None:
        """Make room for ``count`` new points, with no edges yet."""
        self.off.extend([self.off[-1]] * count)
        self.deg.extend([0] * count)

    def append(self, point: int, target: int, weight: int, edge: int, alive: int) -> int:
        """Add an out-edge of ``point`` after the build; return its position."""
        pos = len(self.tgt)
        self.tgt.append(target)
        self.wts.append(weight)
        self.eid.append(edge)
        self.alive.append(alive)
        self.extra.setdefault(point, []).append(pos)
        if self.where is not None:
            self.where.extend([-1] * (edge + 1 - len(self.where)))
            self.where[edge] = pos
        return pos

    def positions(self, point: int) -> Iterable[int]:
        """Every position of an out-edge of ``point``, built or appended."""
        more = self.extra.get(point)
        span = range(self.off[point], self.off[point + 1])
        return span if more is None else chain(span, more)

    def position_of(self, edge: int) -> int:
        """The position of global edge ``edge`` (which must be in this graph).

        From the table of every edge if it was made; otherwise a point's edges, built or
        appended, lie in the order of their ids (the layout sorts them stably by point; later
        edges have larger ids), so its run is bisected: O(log degree), with no table to make
        first (which a change's first contradiction would wait for).
        """
        where = self.where
        if where is not None:
            return where[edge]
        u = self.sources[edge]
        eid = self.eid
        lo, hi = self.off[u], self.off[u + 1]
        k = bisect_left(eid, edge, lo, hi)
        if k < hi and eid[k] == edge:
            return k
        more = self.extra.get(u, [])
        k = bisect_left(more, edge, key=eid.__getitem__)
        if k < len(more) and eid[more[k]] == edge:
            return more[k]
        # A run laid out by hand in another order (Csr.build): look at every edge of u.
        return next(p for p in chain(range(lo, hi), more) if eid[p] == edge)

    def edge_positions(self) -> array[int]:
        """The position of every global edge, by edge id (-1 for none), made on first need:
        a hub such as the origin has so many edges that searching its run is too slow."""
        where = self.where
        if where is None:
            where = self.where = array("q", [-1]) * len(self.sources)
            deque(map(where.__setitem__, self.eid, range(len(self.eid))), maxlen=0)
        return where

    def parent(self, code: int, origin: int) -> int:
        """The point a predecessor code comes from, or -1 for the root."""
        if code >= 0:
            return self.sources[self.eid[code]]
        if code == HORIZON:
            return origin
        if code == ROOT:
            return -1
        return -3 - code


def fresh_labels(
    n: int, *, origin: int, scaled_horizon: int, exact: bool = False
) -> tuple[MutableSequence[int], array[int]]:
    """Labels before any relaxation: the horizon everywhere, zero at the origin.

    Labels are 64-bit machine integers (compact and fast) unless ``exact`` asks for Python
    integers, which the caller does when weights are so large that a label could overflow.
    """
    dist: MutableSequence[int] = [scaled_horizon] * n if exact else array("q", [scaled_horizon]) * n
    pred = array("q", [HORIZON]) * n
    dist[origin] = 0
    pred[origin] = ROOT
    return dist, pred


def spfa(
    g: Csr,
    dist: MutableSequence[int],
    pred: array[int],
    queue: list[int],
    *,
    origin: int,
    scaled_horizon: int,
    budget: int,
) -> Run:
    """Queue-based Bellman–Ford (FIFO, in rounds) from the points in ``queue``.

    Stops with DONE when no label can improve, BUDGET (with the points still queued) once
    more than ``budget`` edges were scanned, or CYCLES. Cycles through the origin show at the
    end of the round that meets them; any other negative cycle shows as a cycle of the
    predecessor graph (Tarjan: every such cycle is negative), looked for whenever the scans
    since the last look reach twice the number of points, so detection costs O(n) per
    doubling of the work.
    """
    off, tgt, wts, alive, deg = g.off, g.tgt, g.wts, g.alive, g.deg
    n = len(dist)
    inq = bytearray(n)
    for v in queue:
        inq[v] = 1
    # The implicit horizon edge u -> origin would lower the origin iff dist[u] < back.
    back = -scaled_horizon
    closing: list[Step] = []
    scanned = 0
    next_look = 2 * n
    since = 0
    cur = queue
    while cur:
        nxt: list[int] = []
        push = nxt.append
        for u in cur:
            inq[u] = 0
            du = dist[u]
            if du < back:
                closing.append((u, -3 - u))
            for i in range(off[u], off[u + 1]):
                v = tgt[i]
                nd = du + wts[i]
                if nd < dist[v] and alive[i]:
                    if v == origin:
                        closing.append((u, i))
                        continue
                    dist[v] = nd
                    pred[v] = i
                    if not inq[v]:
                        inq[v] = 1
                        push(v)
        since += len(cur)
        scanned += sum(map(deg.__getitem__, cur))
        cur = nxt
        if closing:
            cycles = closed_cycles(g, pred, origin, closing)
            if cycles:
                return Run(Stop.CYCLES, cur, cycles, scanned)
            next_look = since
        if since >= next_look:
            next_look = since * 2
            cycles, _ = analyse_predecessors(g, pred, origin)
            if cycles:
                return Run(Stop.CYCLES, cur, cycles, scanned)
        if scanned > budget and cur:
            return Run(Stop.BUDGET, cur, [], scanned)
    return Run(Stop.DONE, [], [], scanned)


def goldberg_radzik(
    g: Csr,
    dist: MutableSequence[int],
    pred: array[int],
    labeled: list[int],
    *,
    origin: int,
    scaled_horizon: int,
) -> Run:
    """Goldberg–Radzik: passes that scan points in topological order of the admissible graph.

    Each pass starts from the labeled points that have an improving out-edge, orders every
    point they reach through edges of reduced cost <= 0 by depth-first search, and scans in
    that order, so a pass does the work of many FIFO rounds. The search tracks the reduced
    cost along its stack, which makes a back edge closing a negative cycle an O(1) test and
    hands over that cycle, simple by construction. Zero-cost cycles (equalities) are ignored;
    a predecessor-graph check after every pass is the safety net that guarantees termination.

    Why this fallback rather than Bellman–Ford with Tarjan's subtree disassembly: both are
    O(nm) and robust in Cherkassky–Goldberg's experiments, but subtree disassembly updates a
    linked preorder of the shortest-path tree on every relaxation, a cost that pure Python
    pays in bytecodes per edge; Goldberg–Radzik's extra work is one depth-first search per
    pass, and on the inputs that defeat FIFO (long chains met in the wrong order) its passes
    are few because each follows the topological order.
    """
    off, tgt, wts, alive = g.off, g.tgt, g.wts, g.alive
    n = len(dist)
    stamp = array("q", [0]) * n
    onstack = bytearray(n)
    cum: MutableSequence[int] = [0] * n
    edge_in = array("q", [-1]) * n
    inl = bytearray(n)
    scanned = 0
    passes = 0
    while labeled:
        passes += 1
        roots = []
        for u in labeled:
            du = dist[u]
            for i in range(off[u], off[u + 1]):
                if du + wts[i] < dist[tgt[i]] and alive[i]:
                    roots.append(u)
                    break
        if not roots:
            return Run(Stop.DONE, [], [], scanned)
        post: list[int] = []
        for r in roots:
            if stamp[r] == passes:
                continue
            stamp[r] = passes
            onstack[r] = 1
            cum[r] = 0
            stack_u = [r]
            stack_i = [off[r]]
            while stack_u:
                u = stack_u[-1]
                i = stack_i[-1]
                end = off[u + 1]
                du = dist[u]
                while i < end:
                    v = tgt[i]
                    rc = du + wts[i] - dist[v]
                    if rc <= 0 and alive[i]:
                        if stamp[v] != passes:
                            break
                        if onstack[v] and cum[u] - cum[v] + rc < 0:
                            k = stack_u.index(v)
                            cycle = [(x, edge_in[x]) for x in stack_u[k + 1 :]]
                            cycle.append((v, i))
                            return Run(Stop.CYCLES, labeled, [cycle], scanned)
                    i += 1
                if i < end:
                    stack_i[-1] = i + 1
                    stamp[v] = passes
                    onstack[v] = 1
                    cum[v] = cum[u] + rc
                    edge_in[v] = i
                    stack_u.append(v)
                    stack_i.append(off[v])
                else:
                    stack_u.pop()
                    stack_i.pop()
                    onstack[u] = 0
                    post.append(u)
        nxt: list[int] = []
        closing: list[Step] = []
        for u in reversed(post):
            du = dist[u]
            if du < -scaled_horizon:
                closing.append((u, -3 - u))
            for i in range(off[u], off[u + 1]):
                v = tgt[i]
                nd = du + wts[i]
                if nd < dist[v] and alive[i]:
                    if v == origin:
                        closing.append((u, i))
                        continue
                    dist[v] = nd
                    pred[v] = i
                    if not inl[v]:
                        inl[v] = 1
                        nxt.append(v)
            scanned += off[u + 1] - off[u]
        for v in nxt:
            inl[v] = 0
        labeled = nxt
        cycles = closed_cycles(g, pred, origin, closing) if closing else []
        if not cycles:
            cycles = analyse_predecessors(g, pred, origin)[0]
        if cycles:
            return Run(Stop.CYCLES, labeled, cycles, scanned)
    return Run(Stop.DONE, [], [], scanned)


def closed_cycles(g: Csr, pred: array[int], origin: int, closing: list[Step]) -> list[list[Step]]:
    """The cycles that edges ``(tail, code)`` into the origin close with the tail's path.

    Such a cycle is negative: the tail's label is at least the weight of its predecessor path
    (labels only fall), and that label plus the edge is below the origin's 0. A tail whose
    path runs into a predecessor cycle instead is left to :func:`analyse_predecessors`.
    """
    cycles = []
    for tail, code in closing:
        steps = [(origin, code)]
        seen = set()
        v = tail
        while v != origin and v not in seen:
            seen.add(v)
            steps.append((v, pred[v]))
            v = g.parent(pred[v], origin)
        if v == origin:
            steps.reverse()
            cycles.append(steps)
    return cycles


def subtree(g: Csr, pred: Sequence[int], roots: Iterable[int]) -> list[int]:
    """``roots`` and every point whose predecessor path passes through one of them.

    A child of ``x`` is the head of an out-edge of ``x`` whose position is its predecessor
    code, so the walk costs the out-degrees of the subtree, not a pass over every point.
    """
    tgt = g.tgt
    found = list(dict.fromkeys(roots))
    seen = set(found)
    for x in found:  # grows as it goes: a breadth-first walk
        for p in g.positions(x):
            y = tgt[p]
            if pred[y] == p and y not in seen:
                seen.add(y)
                found.append(y)
    return found


def analyse_predecessors(
    g: Csr, pred: array[int], origin: int
) -> tuple[list[list[Step]], list[int]]:
    """The cycles of the predecessor graph, and the points whose bound no longer stands.

    A label stands when its predecessor chain reaches the origin through live edges: it is
    then at least the weight of that path, hence a valid upper bound. Points on a cycle, or
    below an edge that was set aside, must be reset. One pass, O(n): each point is walked once.
    """
    n = len(pred)
    alive, eid, sources = g.alive, g.eid, g.sources
    # 0 unknown, 1 on the current walk, 2 stands, 3 must be reset
    state = bytearray(n)
    cycles: list[list[Step]] = []
    bad: list[int] = []
    for s in range(n):
        if state[s]:
            continue
        walk: list[int] = []
        v = s
        verdict = 2
        while True:
            st = state[v]
            if st:
                if st == 1:
                    k = walk.index(v)
                    cycles.append([(x, pred[x]) for x in reversed(walk[k:])])
                    verdict = 3
                else:
                    verdict = st
                break
            state[v] = 1
            walk.append(v)
            code = pred[v]
            if code >= 0:
                if not alive[code]:
                    verdict = 3
                    break
                v = sources[eid[code]]
            elif code == HORIZON:
                v = origin
            else:
                break
        for x in walk:
            state[x] = verdict
        if verdict == 3:
            bad.extend(walk)
    return cycles, bad


def bidirectional(
    fwd: Csr,
    rev: Csr,
    upper: Sequence[int],
    lower: Sequence[int],
    source: int,
    target: int,
    *,
    known: int | None,
    cap: int | None,
    hub: int,
    rank: Sequence[int] | None = None,
    enough: bool = False,
) -> int | None:
    """The scaled weight of a shortest live path ``source -> target``, or None if there is none.

    Bidirectional Dijkstra on reduced costs (Johnson potentials from the solved labels). The
    labels ``upper`` and ``lower`` are two feasible schedules, so each gives a consistent lower
    bound of a distance by the triangle inequality; the potential is the average of the best
    such bound to the target and the best from the source, so that one reduced cost,
    non-negative after a consistent solve, serves both searches (Ikeda et al.). Each step
    advances the side with the smaller queue, so proving that no path exists costs only the
    smaller of the two reachable sets. ``known`` is the weight of some path already known
    (``source -> hub -> target``); then nothing at or beyond it is searched and ``hub`` (the
    origin, with its many edges) is never expanded. With ``cap``, the search gives up once
    every open path exceeds it. ``rank`` (see :mod:`chronos.timeline.stn._structure`) prunes
    both searches: a path ``x -> y`` that avoids the hub needs ``rank[x] >= rank[y]``, so the
    forward search skips points ranked below the target and the backward one points ranked
    above the source. With ``enough`` (and ``cap``), the first path found within ``cap`` ends
    the search: its weight is returned, perhaps not the shortest.
    """
    if source == target:
        return 0 if cap is None or cap >= 0 else None
    up_s, low_s, up_t, low_t = upper[source], lower[source], upper[target], lower[target]
    shift = max(len(upper), 2).bit_length()
    mask = (1 << shift) - 1

    def p(x: int) -> int:
        # Twice the average of the two consistent potentials (to source, from target).
        ux, lx = upper[x], lower[x]
        a, b = up_t - ux, lx - low_t
        c, d = ux - up_s, low_s - lx
        return (a if a > b else b) - (c if c > d else d)

    base = p(target) - p(source)  # reduced length = 2 * weight + base
    mu = None if known is None else 2 * known + base
    stop_cap = None if cap is None else 2 * cap + base
    dist = ({source: 0}, {target: 0})
    done: tuple[set[int], set[int]] = (set(), set())
    if known is not None and hub not in (source, target):
        done[0].add(hub)
        done[1].add(hub)
    heaps = ([source], [target])
    graphs = (fwd, rev)
    if rank is not None and hub not in (source, target):
        floor, ceiling = rank[target], rank[source]
    else:
        rank, floor, ceiling = None, 0, 0
    # Keys: the reduced distance, then (with ranks) how far in rank the point still is from
    # the other end, so that of equally short paths the search follows those that head for
    # it (most reduced costs are 0 where the bounds say little), then the point.
    rb = 0 if rank is None else shift
    key_shift = shift + rb
    while heaps[0] and heaps[1]:
        low_sum = (heaps[0][0] >> key_shift) + (heaps[1][0] >> key_shift)
        if (mu is not None and low_sum >= mu) or (stop_cap is not None and low_sum > stop_cap):
            break
        side = 0 if len(heaps[0]) <= len(heaps[1]) else 1
        heap, mine, theirs, g = heaps[side], dist[side], dist[1 - side], graphs[side]
        item = heappop(heap)
        x = item & mask
        seen = done[side]
        if x in seen:
            continue
        seen.add(x)
        # The potential of a point, inlined below: forward, p(y) - p(x); backward, p(x) - p(y).
        ux, lx = upper[x], lower[x]
        a, b = up_t - ux, lx - low_t
        c, d = ux - up_s, low_s - lx
        px = (a if a > b else b) - (c if c > d else d)
        forward = side == 0
        dx = mine[x] - px if forward else mine[x] + px
        off, tgt, wts, alive, extra = g.off, g.tgt, g.wts, g.alive, g.extra
        more = extra.get(x)
        span = range(off[x], off[x + 1])
        get = mine.get
        for i in span if more is None else chain(span, more):
            if not alive[i]:
                continue
            y = tgt[i]
            gap = 0
            if rank is not None and y != hub:
                ry = rank[y]
                gap = ry - floor if forward else ceiling - ry
                if gap < 0:
                    continue
            uy, ly = upper[y], lower[y]
            a, b = up_t - uy, ly - low_t
            c, d = uy - up_s, low_s - ly
            py = (a if a > b else b) - (c if c > d else d)
            ny = dx + 2 * wts[i] + (py if forward else -py)
            old = get(y)
            if old is not None and ny >= old:
                continue
            other = theirs.get(y)
            if other is not None and (mu is None or ny + other < mu):
                mu = ny + other
                if enough and stop_cap is not None and mu <= stop_cap:
                    return (mu - base) // 2
            if mu is not None and ny >= mu:
                continue
            mine[y] = ny
            heappush(heap, (((ny << rb) | gap) << shift) | y)
    if mu is None or (stop_cap is not None and mu > stop_cap):
        return None
    return (mu - base) // 2
