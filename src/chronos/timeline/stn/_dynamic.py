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

from collections import deque
from collections.abc import Callable, MutableSequence, Sequence
from heapq import heappop, heappush
from itertools import chain

from chronos.timeline.stn._paths import HORIZON, Csr, Step, Stop, join, negative, value

__all__ = ["closing_cycle", "delete", "insert", "shorten", "strict_cycle_through"]


def insert(
    g: Csr,
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    position: int,
    *,
    origin: int,
    scaled_horizon: int,
    budget: int | None,
    changed: MutableSequence[int] | None = None,
    rank: Sequence[int] | None = None,
) -> tuple[Stop, list[Step]]:
    """Take the live edge at ``position`` into consistent labels.

    Returns ``(DONE, [])`` with the labels updated (every point whose label fell appended to
    ``changed``); ``(CYCLES, cycle)`` when the edge closes a negative cycle — a simple one, as
    steps (head point, predecessor code) — or ``(BUDGET, [])`` after more than ``budget``
    edge scans. In both of these the labels are as they were before the call.

    Points are settled in the order of the fall of the *value* of their labels (Dijkstra on
    reduced costs): along a path it never shrinks, since the old labels satisfy every edge.
    Of equal falls, the point reached over fewer edges from the head comes first, so that of
    equally tight cycles the one with the fewest claims is met first (the shortest
    explanation). A label may still turn strict after its point was settled, at the same
    value: the point is then settled once more. A cycle of value zero through a strict edge
    need not lower strict labels around it; :func:`strict_cycle_through` finds it (``rank``
    keeps that search among the points it could pass through).

    The queue is a heap beside a plain first-in first-out *run*: a point that falls as far
    as the one it is reached from (over an edge of reduced cost zero) has a fall and a count
    of hops no smaller than those of any point in the run, and joins its end; only the
    others go through the heap, and the lesser of the two fronts is popped. Where a change
    moves the bounds of much of the network by one amount (an anchor reached by chains of
    "before"), the walk is breadth-first and the heap stays all but empty.
    """
    off, tgt, wts, alive, extra = g.off, g.tgt, g.wts, g.alive, g.extra
    tail = g.sources[g.eid[position]]
    head = tgt[position]
    nd = join(dist[tail], wts[position])
    if nd >= dist[head]:
        if g.strict:
            # Labels already strict may stand still around a cycle of value zero.
            return strict_cycle_through(g, dist, position, origin=origin, rank=rank, budget=budget)
        return Stop.DONE, []
    if head == tail:
        return Stop.CYCLES, [(head, position)]
    # The labels before the call, of every point whose label fell (ints only: no container
    # per point for the garbage collector to count).
    olds: dict[int, int] = {}
    preds: dict[int, int] = {}
    if head == origin:
        return Stop.CYCLES, _closing(g, dist, pred, olds, preds, origin, position, origin)
    # Keys: ((fall << shift) | hops) << shift | point, the fall that of the value (<= 0).
    shift = max(len(dist), 2).bit_length()
    mask = (1 << shift) - 1
    twice = 2 * shift
    olds[head] = dist[head]
    preds[head] = pred[head]
    dist[head] = nd
    pred[head] = position
    run = deque([((value(nd) - value(olds[head])) << twice) | head])
    popleft, append = run.popleft, run.append
    heap: list[int] = []
    # A point queued once is settled when it is popped; of one queued again (its label
    # lowered again before or after it was settled), the first entry popped after its latest
    # lowering settles it (``done`` then has it until it is lowered once more).
    again: set[int] = set()
    done: set[int] = set()
    scanned = 0
    back = -scaled_horizon
    ends = (origin, tail)  # lowering either closes a cycle
    while run or heap:
        item = heappop(heap) if heap and (not run or heap[0] < run[0]) else popleft()
        u = item & mask
        if u in again:
            if u in done:
                continue
            done.add(u)
        du = dist[u]
        if du < back:
            # The implicit horizon edge u -> origin closes the cycle.
            return Stop.CYCLES, _closing(g, dist, pred, olds, preds, origin, -3 - u, origin)
        fall = item >> twice
        # What a point reached from u over an edge of reduced cost zero has in its key.
        same = (item | mask) + 1
        lo, hi = off[u], off[u + 1]
        more = extra.get(u)
        for i in range(lo, hi) if more is None else chain(range(lo, hi), more):
            v = tgt[i]
            w = wts[i]
            nv = du + w + (du & w & 2)
            dv = dist[v]
            if nv < dv and alive[i]:
                if v in ends:
                    return Stop.CYCLES, _closing(g, dist, pred, olds, preds, v, i, origin)
                first = olds.get(v)
                if first is None:
                    olds[v] = dv
                    preds[v] = pred[v]
                else:
                    dv = first
                    again.add(v)
                    done.discard(v)
                dist[v] = nv
                pred[v] = i
                fv = ((nv + 2) >> 2) - ((dv + 2) >> 2)
                if fv == fall:
                    append(same | v)
                else:
                    heappush(heap, (((fv << shift) | (same >> shift & mask)) << shift) | v)
        scanned += hi - lo if more is None else hi - lo + len(more)
        if budget is not None and scanned > budget:
            _restore(dist, pred, olds, preds)
            return Stop.BUDGET, []
    if g.strict:
        left = None if budget is None else budget - scanned
        status, steps = strict_cycle_through(
            g, dist, position, origin=origin, rank=rank, budget=left
        )
        if status is not Stop.DONE:
            _restore(dist, pred, olds, preds)
            return status, steps
    if changed is not None:
        changed.extend(olds)
    return Stop.DONE, []


def strict_cycle_through(
    g: Csr,
    dist: Sequence[int],
    position: int,
    *,
    origin: int,
    rank: Sequence[int] | None,
    budget: int | None,
) -> tuple[Stop, list[Step]]:
    """Whether the live edge at ``position``, taken into the labels ``dist``, closes a cycle
    of value zero with a strict edge, the origin left out (through the origin, whose label
    stays 0 and not strict, lowering labels finds every negative cycle).

    Such a cycle is the edge, tight in value, and a path of tight edges back from its head to
    its tail; a strict edge on either. Breadth-first from the head over tight live edges, two
    states per point (a strict edge met on the way or not); with ``rank`` (see
    :mod:`chronos.timeline.stn._structure`) only points of the rank of both ends, the only
    ones a cycle through the edge can pass. ``(CYCLES, steps)``, ``(DONE, [])``, or
    ``(BUDGET, [])`` after ``budget`` edge scans.
    """
    tgt, wts, alive = g.tgt, g.wts, g.alive
    tail = g.sources[g.eid[position]]
    head = tgt[position]
    w = wts[position]
    if tail == origin or head == origin:
        return Stop.DONE, []
    if value(dist[tail]) + value(w) != value(dist[head]):
        return Stop.DONE, []
    level = -1
    if rank is not None:
        level = rank[head]
        if rank[tail] != level:
            return Stop.DONE, []
    # state 2 * x + strict -> (previous state, position of the edge into x)
    first = 2 * head + (1 if w & 2 else 0)
    if first == 2 * tail + 1:
        return Stop.CYCLES, [(head, position)]  # a strict loop of value zero
    via: dict[int, tuple[int, int]] = {first: (-1, position)}
    queue = deque([first])
    scanned = 0
    goal = -1
    while queue and goal < 0:
        state = queue.popleft()
        x, sx = state >> 1, state & 1
        vx = value(dist[x])
        for i in g.positions(x):
            scanned += 1
            y = tgt[i]
            if y == origin or not alive[i] or (rank is not None and rank[y] != level):
                continue
            wi = wts[i]
            if vx + value(wi) != value(dist[y]):
                continue
            nxt = 2 * y + (sx | (1 if wi & 2 else 0))
            if nxt in via:
                continue
            via[nxt] = (state, i)
            if nxt == 2 * tail + 1:
                goal = nxt
                break
            if y != tail:
                queue.append(nxt)
        if budget is not None and scanned > budget:
            return Stop.BUDGET, []
    if goal < 0:
        return Stop.DONE, []
    steps: list[Step] = []
    state = goal
    while state >= 0:
        prev, i = via[state]
        steps.append((state >> 1, i))
        state = prev
    steps.reverse()
    return Stop.CYCLES, _simple(steps, head, strict=lambda code: code >= 0 and wts[code] & 2 != 0)


def _closing(
    g: Csr,
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    olds: dict[int, int],
    preds: dict[int, int],
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
    _restore(dist, pred, olds, preds)
    return steps


def _restore(
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    olds: dict[int, int],
    preds: dict[int, int],
) -> None:
    for v, d in olds.items():
        dist[v] = d
        pred[v] = preds[v]


def delete(
    g: Csr,
    other: Csr,
    dist: MutableSequence[int],
    pred: MutableSequence[int],
    positions: Sequence[int],
    *,
    origin: int,
    scaled_horizon: int,
    changed: MutableSequence[int] | None = None,
    rank: Sequence[int] | None = None,
    rising: bool = True,
) -> int:
    """Repair the labels after the edges at ``positions`` of ``g`` were marked dead.

    ``other`` is the reverse of ``g`` (its out-edges are ``g``'s in-edges). Returns the number
    of points whose labels were settled again.

    First each point that hung on a dead edge (a *root*) is hung on another live in-edge that
    is as tight, from a point whose own bound stands (Ramalingam and Reps): its label stands,
    and so do those of every point below it. A root that cannot be hung so is *affected*, and
    each point hanging on an affected one is tried the same way in its turn, breadth-first
    down the tree: bounds tie often (a strict bound is one bound, however many strict claims
    lead to it), so the walk usually ends a few points below the roots, not at the bottom of
    their subtrees. Only the affected points are settled again, by Dijkstra on reduced costs.

    A point's bound stands when its predecessor path reaches the origin through live edges
    and no affected point (walked up, the verdict kept for every point on the way). ``rank``
    (see :mod:`chronos.timeline.stn._structure`; ``rising`` says whether it rises or falls up
    the predecessor paths of ``g``) ends that walk once it has passed the rank of every root:
    nothing above can hang below one.
    """
    tgt, wts, alive = g.tgt, g.wts, g.alive
    roots = [tgt[p] for p in positions if pred[tgt[p]] == p]
    if not roots:
        return 0
    roots = list(dict.fromkeys(roots))
    otgt, owts, oalive, oeid = other.tgt, other.wts, other.alive, other.eid
    sign = 1 if rising else -1
    level = None if rank is None else max(sign * rank[r] for r in roots)
    affected: list[int] = []
    inside: set[int] = set()
    standing: set[int] = {origin}
    walked = 0
    limit = 4 * len(dist) + 64

    def stands(x: int) -> bool:
        """Whether the bound of ``x`` stands: its path up avoids dead edges and ``inside``
        (a point of that path not decided yet is below an affected point or a root, whose
        own path shows it). Past the walking limit, no (the point is then settled again)."""
        nonlocal walked
        path = []
        while x not in standing:
            if x in inside or walked > limit:
                return False
            if level is not None and rank is not None and sign * rank[x] > level:
                break
            code = pred[x]
            if code >= 0 and not alive[code]:
                return False
            path.append(x)
            walked += 1
            x = g.parent(code, origin)
            if x < 0:
                break
        standing.update(path)
        return True

    hung: list[int] = []
    queue = roots
    while queue:
        below: list[int] = []
        for v in queue:
            dv = dist[v]
            for q in other.positions(v):
                x = otgt[q]
                if x != v and oalive[q] and join(dist[x], owts[q]) == dv and stands(x):
                    pred[v] = g.position_of(oeid[q])
                    hung.append(v)
                    break
            else:
                affected.append(v)
                inside.add(v)
                # The points hanging on v are tried in their turn.
                below.extend(tgt[i] for i in g.positions(v) if alive[i] and pred[tgt[i]] == i)
        queue = [y for y in dict.fromkeys(below) if y not in inside]
    if changed is not None:
        # A point hung elsewhere keeps its bound, but its predecessor path changed.
        changed.extend(hung)
    if not affected:
        return 0
    shift = max(len(dist), 2).bit_length()
    mask = (1 << shift) - 1
    old = {v: dist[v] for v in affected}
    heap: list[int] = []
    for v in affected:
        best, code = scaled_horizon, HORIZON
        for q in other.positions(v):
            x = otgt[q]
            if x in inside or not oalive[q]:
                continue
            c = join(dist[x], owts[q])
            if c < best:
                best, code = c, q
        dist[v] = best
        pred[v] = g.position_of(oeid[code]) if code >= 0 else HORIZON
        heap.append(((2 * (value(best) - value(old[v])) + (0 if best & 2 else 1)) << shift) | v)
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
            if v in inside and alive[i]:
                w = wts[i]
                nv = du + w + (du & w & 2)
                if nv < dist[v]:
                    done.discard(v)  # turned strict at a value already settled
                    dist[v] = nv
                    pred[v] = i
                    fall = 2 * (value(nv) - value(old[v])) + (0 if nv & 2 else 1)
                    heappush(heap, (fall << shift) | v)
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

    def weight(code: int) -> int:
        return g.wts[code] if code >= 0 else scaled_horizon

    # Values: a path in place of the prefix adds its reduced costs to the cycle's value.
    allowance = -sum(value(weight(code)) for _, code in steps)
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
            dy, cy = value(dist[y]), parent[y][2]
            for q in other.positions(y):
                budget -= 1
                x = otgt[q]
                if x in parent or not oalive[q]:
                    continue
                c = cy + value(dist[x]) + value(owts[q]) - dy
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
    if not negative(*(weight(code) for _, code in path + rest)):
        return steps  # as long in value, but without the strict edge that made it negative
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
    if join(dist[tail], w) >= dist[head]:
        return Stop.DONE, []  # ``dist`` stays a potential: no cycle can close
    if origin in (head, tail) or head == tail:
        return Stop.BUDGET, []  # :func:`insert` has the answer at once
    if negative(back[head], dist[tail], w):
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
    # The search is on values: a cycle of value zero with a strict edge, the edge tight in
    # value, is left to :func:`insert` (see :func:`strict_cycle_through`).
    delta = value(dist[head]) - value(dist[tail]) - value(w)
    if delta <= 0:
        return Stop.DONE, []
    graphs = (g, other)
    # Forward: reduced cost of x -> y is dist[x] + w - dist[y] (values); backward, the same
    # edge seen from y. Keys are (reduced distance << shift) | point.
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
                ny = dx + value(dist[x]) + value(gx.wts[i]) - value(dist[y])
            else:
                ny = dx + value(dist[y]) + value(gx.wts[i]) - value(dist[x])
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


def _simple(
    steps: list[Step], head: int, strict: Callable[[int], bool] | None = None
) -> list[Step]:
    """The closed walk ``steps`` (the new edge into ``head`` first, then a walk from ``head``
    to the edge's tail) with every loop of the walk cut out: a simple cycle, still negative,
    since a loop without the new edge weighs at least zero in a network consistent without it.

    With ``strict`` (whether the edge of a code is strict), the walk is one of edges tight in
    value, and a loop of it with a strict edge is itself a negative cycle (one that the other
    edges of the new edge's constraint close): that loop is the answer.
    """
    kept: list[Step] = []
    at = {head: 0}  # point -> how many kept steps lead to it
    for y, code in steps[1:]:
        k = at.get(y)
        if k is None:
            kept.append((y, code))
            at[y] = len(kept)
            continue
        loop = [*kept[k:], (y, code)]
        if strict is not None and any(strict(c) for _, c in loop):
            return loop
        for x, _ in kept[k:]:
            del at[x]
        del kept[k:]
    return [steps[0], *kept]
