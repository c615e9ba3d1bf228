"""Changing a solved network in place: one edge in, one edge out, labels repaired locally.

Both kernels keep the labels exact shortest-path weights from the origin and the predecessor
codes a tree of tight edges; their work is that of the points whose label moves, never a pass
over the network.

- :func:`insert` adds a live edge: Dijkstra on reduced costs with the labels before the change
  as potentials (Ramalingam and Reps), so each point whose label falls is settled once. If the
  edge closes a negative cycle, the cycle is handed back and every label is restored: the
  caller decides which claim gives way, and nothing else moved.
- :func:`delete` takes edges out (their ``alive`` flags already cleared): only the points whose
  predecessor path used them can rise; they are seeded from their other in-edges and settled
  by Dijkstra on reduced costs, the old labels again the potentials (they satisfy every edge
  that is left, so no reduced cost is negative).

>>> from array import array
>>> from chronos.timeline.stn._paths import Csr, fresh_labels, spfa
>>> runs = [array("q", [0, 1, 20]), array("q"), array("q")]
>>> sources = [0]                         # the tail of every edge, by edge id
>>> g = Csr.build(runs, sources=sources)
>>> dist, pred = fresh_labels(3, origin=0, scaled_horizon=401)
>>> spfa(g, dist, pred, [0], origin=0, scaled_horizon=401, budget=100).status
<Stop.DONE: 1>
>>> sources.append(1)
>>> position = g.append(1, 2, -8, 1, 1)   # edge 1: t2 - t1 <= -2 (scaled by 4)
>>> insert(g, dist, pred, position, origin=0, scaled_horizon=401, budget=None)
(<Stop.DONE: 1>, [])
>>> list(dist)
[0, 20, 12]
"""

from __future__ import annotations

from collections.abc import MutableSequence, Sequence
from heapq import heappop, heappush
from itertools import chain

from chronos.timeline.stn._paths import HORIZON, Csr, Step, Stop, subtree

__all__ = ["closing_cycle", "delete", "insert", "shorten"]


def insert(
    g: Csr,
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    position: int,
    *,
    origin: int,
    scaled_horizon: int,
    budget: int | None,
    changed: list[int] | None = None,
) -> tuple[Stop, list[Step]]:
    """Take the live edge at ``position`` into consistent labels.

    Returns ``(DONE, [])`` with the labels updated (every point whose label fell appended to
    ``changed``); ``(CYCLES, cycle)`` when the edge closes a negative cycle — a simple one, as
    steps (head point, predecessor code) — or ``(BUDGET, [])`` after more than ``budget``
    edge scans. In both of these the labels are as they were before the call.
    """
    off, tgt, wts, alive, extra = g.off, g.tgt, g.wts, g.alive, g.extra
    tail = g.sources[g.eid[position]]
    head = tgt[position]
    nd = dist[tail] + wts[position]
    if nd >= dist[head]:
        return Stop.DONE, []
    if head == tail:
        return Stop.CYCLES, [(head, position)]
    saved: dict[int, tuple[int, int]] = {}
    if head == origin:
        return Stop.CYCLES, _closing(g, dist, pred, saved, origin, position, origin)
    shift = max(len(dist), 2).bit_length()
    mask = (1 << shift) - 1
    saved[head] = (dist[head], pred[head])
    dist[head] = nd
    pred[head] = position
    # Keys: the decrease, then the edges from ``head`` (so that of equally tight cycles the
    # one with the fewest claims is met first: the shortest explanation), then the point.
    hops = {head: 0}
    heap = [((((nd - saved[head][0]) << shift) | 0) << shift) | head]
    done: set[int] = set()
    scanned = 0
    back = -scaled_horizon
    while heap:
        u = heappop(heap) & mask
        if u in done:
            continue
        done.add(u)
        du = dist[u]
        if du < back:
            # The implicit horizon edge u -> origin closes the cycle.
            return Stop.CYCLES, _closing(g, dist, pred, saved, origin, -3 - u, origin)
        more = extra.get(u)
        span = range(off[u], off[u + 1])
        for i in span if more is None else chain(span, more):
            v = tgt[i]
            nv = du + wts[i]
            dv = dist[v]
            if nv < dv and alive[i]:
                if v in (origin, tail):
                    return Stop.CYCLES, _closing(g, dist, pred, saved, v, i, origin)
                if v not in saved:
                    saved[v] = (dv, pred[v])
                done.discard(v)  # never with consistent labels; kept for safety
                dist[v] = nv
                pred[v] = i
                hv = hops[v] = hops[u] + 1
                heappush(heap, ((((nv - saved[v][0]) << shift) | hv) << shift) | v)
        scanned += off[u + 1] - off[u] + (0 if more is None else len(more))
        if budget is not None and scanned > budget:
            _restore(dist, pred, saved)
            return Stop.BUDGET, []
    if changed is not None:
        changed.extend(saved)
    return Stop.DONE, []


def _closing(
    g: Csr,
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    saved: dict[int, tuple[int, int]],
    point: int,
    code: int,
    origin: int,
) -> list[Step]:
    """The cycle that the improving edge ``code`` into ``point`` closes, labels restored.

    With the edge as ``point``'s predecessor, walking predecessors from ``point`` comes back to
    a point already walked: the loop is a negative cycle (each of its edges was tight when set
    and labels only fell since, the closing edge strictly improving). It passes through
    ``point`` unless the walk ran into a label lowered by this very insertion first.
    """
    keep = pred[point]
    pred[point] = code
    seen: dict[int, int] = {}
    walk: list[int] = []
    v = point
    while v not in seen:
        seen[v] = len(walk)
        walk.append(v)
        v = g.parent(pred[v], origin)
        if v < 0:  # the root: impossible while ``point`` hangs on the new edge
            raise AssertionError("a predecessor walk left the cycle")
    loop = walk[seen[v] :]
    steps = [(x, pred[x]) for x in reversed(loop)]
    pred[point] = keep
    _restore(dist, pred, saved)
    return steps


def _restore(
    dist: MutableSequence[int], pred: MutableSequence[int], saved: dict[int, tuple[int, int]]
) -> None:
    for v, (d, p) in saved.items():
        dist[v] = d
        pred[v] = p


def delete(
    g: Csr,
    other: Csr,
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    positions: Sequence[int],
    *,
    origin: int,
    scaled_horizon: int,
    changed: list[int] | None = None,
) -> int:
    """Repair the labels after the edges at ``positions`` of ``g`` were marked dead.

    ``other`` is the reverse of ``g`` (its out-edges are ``g``'s in-edges). Returns the number
    of points whose predecessor path used a dead edge (their labels recomputed).
    """
    tgt, wts, alive = g.tgt, g.wts, g.alive
    roots = [tgt[p] for p in positions if pred[tgt[p]] == p]
    if not roots:
        return 0
    affected = subtree(g, pred, roots)
    inside = set(affected)
    shift = max(len(dist), 2).bit_length()
    mask = (1 << shift) - 1
    old = {v: dist[v] for v in affected}
    otgt, owts, oalive, oeid = other.tgt, other.wts, other.alive, other.eid
    heap: list[int] = []
    for v in affected:
        best, code = scaled_horizon, HORIZON
        for q in other.positions(v):
            x = otgt[q]
            if x in inside or not oalive[q]:
                continue
            c = dist[x] + owts[q]
            if c < best:
                best, code = c, q
        dist[v] = best
        pred[v] = g.position_of(oeid[code]) if code >= 0 else HORIZON
        heap.append(((best - old[v]) << shift) | v)
    heap.sort()
    done: set[int] = set()
    while heap:
        u = heappop(heap) & mask
        if u in done:
            continue
        done.add(u)
        du = dist[u]
        for i in g.positions(u):
            v = tgt[i]
            if v in inside and v not in done and alive[i]:
                nv = du + wts[i]
                if nv < dist[v]:
                    dist[v] = nv
                    pred[v] = i
                    heappush(heap, ((nv - old[v]) << shift) | v)
    if changed is not None:
        changed.extend(affected)
    return len(affected)


def shorten(
    g: Csr,
    other: Csr,
    dist: Sequence[int],
    steps: list[Step],
    *,
    origin: int,
    tail: int,
    scaled_horizon: int,
) -> list[Step]:
    """The cycle ``steps`` with its stretch from the origin to ``tail`` replaced by one of
    fewer edges, if there is one that keeps the cycle negative and simple.

    The predecessor tree holds *a* shortest path to every point, which may go the long way
    round for a tick's difference; the fewest claims make the best explanation. Breadth-first
    backwards from ``tail`` over live in-edges (``other`` is the reverse of ``g``) whose
    reduced costs add up to less than the cycle's slack, within a few times the length of the
    path it would replace.
    """
    points = [x for x, _ in steps]
    if tail == origin or origin not in points or tail not in points:
        return steps
    total = sum(g.wts[code] if code >= 0 else scaled_horizon for _, code in steps)
    allowance = -total - 1
    k = points.index(origin)
    order = steps[k + 1 :] + steps[: k + 1]
    j = [x for x, _ in order].index(tail)
    prefix, rest = order[: j + 1], order[j + 1 :]
    if len(prefix) <= 1:
        return steps
    otgt, owts, oalive, oeid = other.tgt, other.wts, other.alive, other.eid
    # point -> (the point after it on the way to ``tail``, the edge, reduced cost so far)
    parent: dict[int, tuple[int, int, int]] = {tail: (-1, -1, 0)}
    frontier = [tail]
    budget = 8 * len(prefix) + 64
    while frontier and budget > 0 and origin not in parent:
        level: dict[int, tuple[int, int, int]] = {}
        for y in frontier:
            dy, cy = dist[y], parent[y][2]
            for q in other.positions(y):
                budget -= 1
                x = otgt[q]
                if x in parent or not oalive[q]:
                    continue
                c = cy + dist[x] + owts[q] - dy
                if c <= allowance and (x not in level or c < level[x][2]):
                    level[x] = (y, q, c)
        parent.update(level)
        frontier = list(level)
        if len(parent) > budget + len(prefix) or len(frontier) > budget:
            break
    if origin not in parent:
        return steps
    path: list[Step] = []
    x = origin
    while x != tail:
        y, q, _ = parent[x]
        path.append((y, g.position_of(oeid[q])))
        x = y
    if len(path) >= len(prefix) or {y for y, _ in path} & {y for y, _ in rest}:
        return steps
    return path + rest


def closing_cycle(
    g: Csr,
    other: Csr,
    dist: Sequence[int],
    pred: Sequence[int],
    back: Sequence[int],
    back_pred: Sequence[int],
    position: int,
    *,
    origin: int,
    rank: Sequence[int] | None,
    budget: int,
) -> tuple[Stop, list[Step]]:
    """Whether the live edge at ``position`` closes a negative cycle, found by a search aimed
    at the edge's tail rather than by lowering labels: the labels are left as they are.

    ``dist``/``pred`` are the labels of ``g`` (distances from the origin), ``back``/
    ``back_pred`` those of ``other``, its reverse (distances to the origin in ``g``); both
    consistent without the new edge ``tail -> head`` of weight ``w``, though ``back`` may lag
    behind edges of ``g`` (it then only misses cycles). The edge closes a negative cycle
    exactly when some path ``head -> tail`` weighs less than ``-w``:

    - through the origin, the best such path is the two trees' paths, ``back[head] +
      dist[tail]``: one test;
    - avoiding it, a bidirectional Dijkstra on reduced costs (``dist`` as the potential, so
      every cost is non-negative) from ``head`` forward and from ``tail`` backward, stopped
      at the first meeting under the bound: any negative cycle will do, the canonical repair
      decides by the claims on it, not by which one is met. ``rank`` (see
      :mod:`chronos.timeline.stn._structure`) keeps both searches between the two ends.

    Where :func:`insert` lowers every label the edge could lower before it meets the tail —
    in a weakly anchored network, most of the points before the head — this search visits
    only points that may lie on such a path. Returns ``(CYCLES, steps)`` (a simple cycle,
    as :func:`insert` gives it), ``(DONE, [])`` when there is no such cycle, or
    ``(BUDGET, [])`` after ``budget`` edge scans.
    """
    tail = g.sources[g.eid[position]]
    head = g.tgt[position]
    w = g.wts[position]
    delta = dist[head] - (dist[tail] + w)
    if delta <= 0:
        return Stop.DONE, []  # ``dist`` stays a potential: no cycle can close
    if origin in (head, tail) or head == tail:
        return Stop.BUDGET, []  # :func:`insert` has the answer at once
    if back[head] + dist[tail] + w < 0:
        steps = [(head, position)]
        x = head
        while x != origin:  # head -> origin along the tree of ``other``
            code = back_pred[x]
            if code < 0:
                steps.append((origin, -3 - x))  # the implicit horizon edge x -> origin
                break
            y = other.parent(code, origin)
            steps.append((y, g.position_of(other.eid[code])))
            x = y
        down: list[Step] = []
        x = tail
        while x != origin:  # origin -> tail along the tree of ``g``, read backwards
            code = pred[x]
            down.append((x, code))
            x = g.parent(code, origin)
        steps.extend(reversed(down))
        return Stop.CYCLES, _simple(steps, head)
    graphs = (g, other)
    # Forward: reduced cost of x -> y is dist[x] + w - dist[y]; backward, the same edge
    # seen from y. Keys are (reduced distance << shift) | point.
    shift = max(len(dist), 2).bit_length()
    mask = (1 << shift) - 1
    seen: tuple[dict[int, int], dict[int, int]] = ({head: 0}, {tail: 0})
    via: tuple[dict[int, int], dict[int, int]] = ({head: -1}, {tail: -1})
    done: tuple[set[int], set[int]] = (set(), set())
    heaps = ([head], [tail])
    low, high = (rank[tail], rank[head]) if rank is not None else (0, 0)
    if rank is not None and low > high:
        return Stop.DONE, []  # no path head -> tail avoids the origin
    scanned = 0
    while heaps[0] and heaps[1]:
        if (heaps[0][0] >> shift) + (heaps[1][0] >> shift) >= delta:
            return Stop.DONE, []
        side = 0 if len(heaps[0]) <= len(heaps[1]) else 1
        heap, mine, theirs = heaps[side], seen[side], seen[1 - side]
        x = heappop(heap) & mask
        if x in done[side]:
            continue
        done[side].add(x)
        dx = mine[x]
        gx = graphs[side]
        for i in gx.positions(x):
            y = gx.tgt[i]
            if not gx.alive[i] or y == origin or i == position:
                continue
            if rank is not None and not low <= rank[y] <= high:
                continue
            if side == 0:
                ny = dx + dist[x] + gx.wts[i] - dist[y]
            else:
                ny = dx + dist[y] + gx.wts[i] - dist[x]
            old = mine.get(y)
            if old is not None and ny >= old:
                continue
            mine[y] = ny
            via[side][y] = i
            meet = theirs.get(y)
            if meet is not None and ny + meet < delta:
                return Stop.CYCLES, _meeting(g, other, via, position, head, tail, y, origin)
            heappush(heap, (ny << shift) | y)
        scanned += gx.deg[x] + len(gx.extra.get(x, ()))
        if scanned > budget:
            return Stop.BUDGET, []
    return Stop.DONE, []


def _meeting(
    g: Csr,
    other: Csr,
    via: tuple[dict[int, int], dict[int, int]],
    position: int,
    head: int,
    tail: int,
    z: int,
    origin: int,
) -> list[Step]:
    """The cycle: the new edge into ``head``, the forward search's path to ``z``, the backward
    search's path from ``z`` to ``tail``."""
    forward: list[Step] = []
    x = z
    while x != head:
        code = via[0][x]
        forward.append((x, code))
        x = g.parent(code, origin)
    steps = [(head, position), *reversed(forward)]
    x = z
    while x != tail:
        code = via[1][x]  # the edge x -> y of g, seen backwards from y
        y = other.parent(code, origin)
        steps.append((y, g.position_of(other.eid[code])))
        x = y
    return _simple(steps, head)


def _simple(steps: list[Step], head: int) -> list[Step]:
    """The closed walk ``steps`` (the new edge into ``head`` first, then a walk from ``head``
    to the edge's tail) with every loop of the walk cut out: a simple cycle, still negative,
    since a loop without the new edge weighs at least zero in a network consistent without it.
    """
    kept: list[Step] = []
    at = {head: 0}  # point -> how many kept steps lead to it
    for y, code in steps[1:]:
        k = at.get(y)
        if k is None:
            kept.append((y, code))
            at[y] = len(kept)
            continue
        for x, _ in kept[k:]:
            del at[x]
        del kept[k:]
    return [steps[0], *kept]
