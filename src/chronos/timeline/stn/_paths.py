"""Shortest-path kernels of the STN engine: compact integer arrays in, labels out.

One direction of a network is a :class:`Csr` graph (compressed sparse rows: the out-edges of
point ``u`` sit at positions ``off[u]`` to ``off[u + 1]``). Weights are *scaled*: a bound
``t_v - t_u <= w`` is stored as ``4 * w``, a strict one ``t_v - t_u < w`` as ``4 * w - 2``, and
an implicit horizon edge as ``4 * horizon + 1``, so that of two paths of equal weight the one
that avoids the horizon is shorter. Bit 1 of a label says its bound is strict,
bit 0 that it came from the horizon.

Strictness is a flag, not an amount: the weight of a path is the sum of the values of its
edges, strict if any edge is (the bounds of difference-bound matrices). On scaled weights that
is ``join(x, y) = x + y + (x & y & 2)`` (two strict bounds add up to one strict bound, not to two
of them), and the integer order of scaled weights is the order of bounds: ``< w`` below ``<= w``
below ``< w + 1``. A network without strict edges has bit 1 clear everywhere and ``join`` is
plain addition. A cycle is negative (a conflict) when its joined weight is below 0, so a cycle
of strict zero-length edges ("a before b before a") is one. Relaxing labels finds every negative
cycle whose value is below zero, and those through the origin (whose label stays 0, not
strict); a cycle of value exactly zero elsewhere may leave strict labels unchanged around it, so
:func:`strict_cycles` looks for it among the edges that are tight in value.

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
import struct
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Collection, Iterable, MutableSequence, Sequence
from dataclasses import dataclass, field
from heapq import heappop, heappush
from itertools import accumulate, chain, compress, repeat
from operator import and_, itemgetter, sub
from typing import TypeVar

from chronos.timeline.stn._scc import components

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
    "gather",
    "goldberg_radzik",
    "join",
    "machine",
    "negative",
    "spfa",
    "strict_cycles",
    "subtree",
    "value",
]

T = TypeVar("T")

HORIZON = -1
ROOT = -2


def join(x: int, y: int) -> int:
    """The scaled weight of a path of weight ``x`` followed by one of weight ``y`` (at most
    one of them from the horizon): values add, strict if either is.

    >>> join(4 * 3 - 2, 4 * 2 - 2) == 4 * 5 - 2, join(4 * 3, 4 * 2 - 2) == 4 * 5 - 2
    (True, True)
    """
    return x + y + (x & y & 2)


def value(label: int) -> int:
    """The value of a scaled weight or label, strictness and the horizon mark dropped."""
    return (label + 2) >> 2


def negative(*weights: int) -> bool:
    """Whether a cycle of these scaled weights (any of them from the horizon) is negative:
    its value below 0, or 0 with a strict edge."""
    total = sum(map(value, weights))
    return total < 0 or (total == 0 and any(w & 2 for w in weights))


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
    #: Whether an edge may be strict (bit 1 of its scaled weight): the kernels then look for
    #: cycles of value zero that relaxing misses (see :func:`strict_cycles`).
    strict: bool = False

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
        alive = bytearray(b"\x01") * len(eid)
        strict = any(w & 2 for w in wts)
        return cls(off, tgt, wts, eid, alive, deg, sources, strict=strict)

    def grow(self, count: int) -> None:
        """Make room for ``count`` new points, with no edges yet."""
        self.off.extend([self.off[-1]] * count)
        self.deg.extend([0] * count)

    def append(self, point: int, target: int, weight: int, edge: int, alive: int) -> int:
        """Add an out-edge of ``point`` after the build; return its position."""
        pos = len(self.tgt)
        if weight & 2:
            self.strict = True
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


def gather(values: Sequence[T], indexes: Sequence[int]) -> Sequence[T]:
    """``values[i]`` for every ``i`` of ``indexes``, at once: a tuple, made by one call of an
    ``itemgetter`` (several times faster than a read per item, as ``map`` does)."""
    if len(indexes) > 1:
        return itemgetter(*indexes)(values)  # type: ignore[no-any-return]
    return [values[i] for i in indexes]


def machine(values: Sequence[int]) -> array[int]:
    """``values`` as an array of 64-bit ints, packed in one call: about twice as fast as
    the array made from them item by item when the ints lie scattered in memory (as those
    of a column gathered in another order do)."""
    column = array("q")
    column.frombytes(struct.pack(f"{len(values)}q", *values))
    return column


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
                w = wts[i]
                nd = du + w + (du & w & 2)
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
                w = wts[i]
                if du + w + (du & w & 2) < dist[tgt[i]] and alive[i]:
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
                    w = wts[i]
                    rc = du + w + (du & w & 2) - dist[v]
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
                w = wts[i]
                nd = du + w + (du & w & 2)
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

    Costs and potentials are *values* (strictness apart: values add along a path); each point
    is searched in two states, reached by a path with a strict edge or not, so that of two
    paths of the same value the strict one wins, as in :func:`join`.
    """
    if source == target:
        return 0 if cap is None or cap >= 0 else None
    up_s, low_s = value(upper[source]), value(lower[source])
    up_t, low_t = value(upper[target]), value(lower[target])
    # States: 2 * point + (1 if a strict edge was met).
    shift = max(2 * len(upper), 2).bit_length()
    mask = (1 << shift) - 1

    def p(x: int) -> int:
        # Twice the average of the two consistent potentials (to source, from target).
        ux, lx = value(upper[x]), value(lower[x])
        a, b = up_t - ux, lx - low_t
        c, d = ux - up_s, low_s - lx
        return (a if a > b else b) - (c if c > d else d)

    # A path of value W has the reduced length R = 2 * W + base; with its strictness s,
    # the key 2 * R - s orders paths as bounds.
    base = p(target) - p(source)

    def key(scaled: int) -> int:
        return 2 * (2 * value(scaled) + base) - ((scaled >> 1) & 1)

    mu = None if known is None else key(known)
    stop_cap = None if cap is None else key(cap)
    dist: tuple[dict[int, int], dict[int, int]] = ({2 * source: 0}, {2 * target: 0})
    done: tuple[set[int], set[int]] = (set(), set())
    if known is not None and hub not in (source, target):
        done[0].update((2 * hub, 2 * hub + 1))
        done[1].update((2 * hub, 2 * hub + 1))
    heaps = ([2 * source], [2 * target])
    graphs = (fwd, rev)
    if rank is not None and hub not in (source, target):
        floor, ceiling = rank[target], rank[source]
    else:
        rank, floor, ceiling = None, 0, 0
    # Keys: the reduced distance, then (with ranks) how far in rank the point still is from
    # the other end, so that of equally short paths the search follows those that head for
    # it (most reduced costs are 0 where the bounds say little), then the state.
    rb = 0 if rank is None else shift
    key_shift = shift + rb
    while heaps[0] and heaps[1]:
        best = 2 * ((heaps[0][0] >> key_shift) + (heaps[1][0] >> key_shift)) - 1
        if (mu is not None and best >= mu) or (stop_cap is not None and best > stop_cap):
            break
        side = 0 if len(heaps[0]) <= len(heaps[1]) else 1
        heap, mine, theirs, g = heaps[side], dist[side], dist[1 - side], graphs[side]
        item = heappop(heap)
        state = item & mask
        seen = done[side]
        if state in seen:
            continue
        seen.add(state)
        x, sx = state >> 1, state & 1
        # The potential of a point, inlined below: forward, p(y) - p(x); backward, p(x) - p(y)
        # (and so is value(): ``(label + 2) >> 2``).
        ux, lx = (upper[x] + 2) >> 2, (lower[x] + 2) >> 2
        a, b = up_t - ux, lx - low_t
        c, d = ux - up_s, low_s - lx
        px = (a if a > b else b) - (c if c > d else d)
        forward = side == 0
        dx = mine[state] - px if forward else mine[state] + px
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
            uy, ly = (upper[y] + 2) >> 2, (lower[y] + 2) >> 2
            a, b = up_t - uy, ly - low_t
            c, d = uy - up_s, low_s - ly
            py = (a if a > b else b) - (c if c > d else d)
            w = wts[i]
            ny = dx + 2 * ((w + 2) >> 2) + (py if forward else -py)
            sy = sx | ((w >> 1) & 1)
            to = 2 * y + sy
            old = get(to)
            if old is not None and ny >= old:
                continue
            for so in (0, 1):
                other = theirs.get(2 * y + so)
                if other is not None:
                    k = 2 * (ny + other) - (sy | so)
                    if mu is None or k < mu:
                        mu = k
                        if enough and stop_cap is not None and mu <= stop_cap:
                            return _scaled(mu - 2 * base)
            if mu is not None and 2 * ny - 1 >= mu:
                continue
            mine[to] = ny
            heappush(heap, (((ny << rb) | gap) << shift) | to)
    if mu is None or (stop_cap is not None and mu > stop_cap):
        return None
    return _scaled(mu - 2 * base)


def _strict_edge_among(g: Csr, inside: Collection[int]) -> bool:
    """Whether a live strict edge runs from a point of ``inside`` to another: one pass over
    the weights for the strict bit, then the ends of the strict edges alone; or, for a few
    points (as reading a solution back looks at), over their own edges."""
    if 16 * len(inside) < len(g.wts):
        tgt, wts, alive = g.tgt, g.wts, g.alive
        return any(
            wts[i] & 2 and alive[i] and tgt[i] in inside for x in inside for i in g.positions(x)
        )
    strict = list(compress(range(len(g.wts)), map(and_, g.wts, repeat(2))))
    if not strict:
        return False
    # In bulk: of each strict edge, whether it is live and both its ends are inside.
    heads = map(inside.__contains__, gather(g.tgt, strict))
    tails = map(inside.__contains__, gather(g.sources, gather(g.eid, strict)))
    return any(map(and_, map(and_, gather(g.alive, strict), heads), tails))


def _scaled(k: int) -> int:
    """The scaled weight of a path whose key, less twice the base, is ``k = 4 * W - s``."""
    s = k & 1
    return ((k + s) >> 2) * 4 - 2 * s


def strict_cycles(
    g: Csr, dist: Sequence[int], points: Iterable[int], *, origin: int
) -> list[list[Step]]:
    """Cycles of zero value with a strict edge among ``points`` (the origin left out): at most
    one per strongly connected component of the edges tight in value.

    With labels that are shortest paths (every live edge satisfied), a cycle of value zero is
    made of edges tight in value (``value(dist[x]) + value(w) == value(dist[y])``: the slacks
    around a cycle add up to its value, and none is negative), so such a cycle is a strict
    edge inside one component of the tight edges, closed by a path of tight edges back. Labels
    that are already strict need not fall around it, which is why relaxing alone can miss it.
    Tarjan's components of the tight edges of ``points``, then a breadth-first path: O(points
    + their edges).
    """
    tgt, wts, alive = g.tgt, g.wts, g.alive
    members = [p for p in dict.fromkeys(points) if p != origin]
    inside = {p: k for k, p in enumerate(members)}
    if not g.strict or not _strict_edge_among(g, inside):
        return []  # no strict edge joins two of them: no such cycle (the common case)
    count = len(members)
    vals = [value(dist[p]) for p in members]

    def tight(k: int) -> list[tuple[int, int]]:
        """(position, member index of the head) of every tight live out-edge of member k."""
        out = []
        vk = vals[k]
        for i in g.positions(members[k]):
            j = inside.get(tgt[i])
            if j is not None and alive[i] and vk + value(wts[i]) == vals[j]:
                out.append((i, j))
        return out

    edges = [tight(k) for k in range(count)]
    comp = components([[j for _, j in out] for out in edges])
    cycles: list[list[Step]] = []
    met: set[int] = set()
    for k in range(count):
        c = comp[k]
        if c in met:
            continue
        for i, j in edges[k]:
            if comp[j] != c or not wts[i] & 2:
                continue
            # The strict edge k -> j, closed by a tight path j -> k inside the component.
            via = {j: -1}
            queue = deque([j])
            while k not in via:
                x = queue.popleft()
                for p, y in edges[x]:
                    if comp[y] == c and y not in via:
                        via[y] = p
                        queue.append(y)
            steps = [(members[j], i)]
            path: list[Step] = []
            y = k
            while y != j:
                p = via[y]
                path.append((members[y], p))
                y = inside[g.parent(p, origin)]
            steps.extend(reversed(path))
            cycles.append(steps)
            met.add(c)
            break
    return cycles
