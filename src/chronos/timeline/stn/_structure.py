"""The structure of a network: strongly connected components, taken in topological order.

Typical chronologies are almost acyclic: "before" links run one way in time, and only
equalities (instants, "the same day") and contradictions close cycles. Solving by structure
finds the strongly connected components of the live edges once (Tarjan, iterative), the
origin left out, and settles them in topological order — shortest paths on the acyclic
condensation cost one pass over the edges; only a component of several points needs
Bellman–Ford rounds, among its own points.

Each point also gets a *rank*: an edge ``x -> y`` between points other than the origin
always has ``rank[x] >= rank[y]``, so no path from ``x`` to ``y`` avoids the origin when
``rank[x] < rank[y]``, and a cycle through an edge keeps to the points of its ends' rank.
Distance queries and the search for a strict cycle through a new edge use this to prune.
The ranks :func:`condense` gives are the *levels* of the components (a sink component is
level 0, any other one more than the highest it has an edge into), so they differ along
every edge between components, and in a network whose links are local in time, points
close in time have close levels. An edge added later keeps the rule true by raising the
ranks of the points behind it (:func:`raise_ranks`), which on levels touches only the points
between its two ends; ranks never fall (an edge taken out leaves them valid).

>>> from array import array
>>> from chronos.timeline.stn._paths import Csr, fresh_labels
>>> runs = [array("q", [0, 1, 20]), array("q", [1, 2, -4]), array("q")]
>>> g = Csr.build(runs, sources=[0, 1])
>>> structure = condense(g, origin=0)
>>> structure.rank[1], structure.rank[2], structure.largest
(1, 0, 1)
"""

from __future__ import annotations

from array import array
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass
from operator import sub

from chronos.timeline.stn._paths import Csr

__all__ = [
    "Structure",
    "Tree",
    "condense",
    "raise_ranks",
    "topological_pass",
    "tree_of",
    "tree_walk",
]


@dataclass(slots=True)
class Structure:
    """The components of a network's live edges (the origin apart), sinks first."""

    #: The component of every point (the origin's is -1).
    comp: array[int]
    #: The points of every component, flattened in the order Tarjan closed them.
    members: list[int]
    #: Where each component's points end in ``members``.
    ends: list[int]
    #: A rank for every point: ``rank[x] >= rank[y]`` along every live edge ``x -> y``, ``>``
    #: between components (the level of the point's component; the origin's is -1).
    rank: array[int]

    @property
    def largest(self) -> int:
        """The number of points of the largest component."""
        return max(map(sub, self.ends, [0, *self.ends[:-1]]), default=0)


def condense(g: Csr, *, origin: int) -> Structure:
    """The strongly connected components of the live edges of ``g``, the origin left out.

    Iterative Tarjan: O(n + m), no recursion. Edges appended after ``g`` was built count.
    The levels come with it: a component closes after every component it has an edge into.
    """
    off, tgt, alive, extra = g.off, g.tgt, g.alive, g.extra
    n = len(off) - 1
    index = array("q", [-1]) * n
    low = array("q", [0]) * n
    comp = array("q", [-1]) * n
    # The level of each point's component once closed; before, ``top`` is one more than the
    # highest level of a closed component the point has an edge into.
    rank = array("q", [0]) * n
    top = array("q", [0]) * n
    onstack = bytearray(n)
    stack: list[int] = []
    members: list[int] = []
    ends: list[int] = []
    counter = 0

    def out(u: int) -> Sequence[int]:
        more = extra.get(u)
        span = range(off[u], off[u + 1])
        return span if more is None else [*span, *more]

    for s in range(n):
        if index[s] >= 0 or s == origin:
            continue
        index[s] = low[s] = counter
        counter += 1
        stack.append(s)
        onstack[s] = 1
        stack_u = [s]
        stack_e = [out(s)]
        stack_i = [0]
        while stack_u:
            u = stack_u[-1]
            edges = stack_e[-1]
            i = stack_i[-1]
            lu = low[u]
            tu = top[u]
            v = -1
            while i < len(edges):
                p = edges[i]
                i += 1
                w = tgt[p]
                if w == origin or not alive[p]:
                    continue
                iw = index[w]
                if iw < 0:
                    v = w
                    break
                if onstack[w]:
                    if iw < lu:
                        lu = iw
                elif rank[w] >= tu:  # closed: a component below this one
                    tu = rank[w] + 1
            low[u] = lu
            top[u] = tu
            if v >= 0:
                stack_i[-1] = i
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                onstack[v] = 1
                stack_u.append(v)
                stack_e.append(out(v))
                stack_i.append(0)
                continue
            stack_u.pop()
            stack_e.pop()
            stack_i.pop()
            if lu == index[u]:
                c = len(ends)
                x = stack.pop()
                onstack[x] = 0
                comp[x] = c
                members.append(x)
                level = top[x]
                if x != u:  # a component of several points: one level for all
                    first = len(members) - 1
                    while x != u:
                        x = stack.pop()
                        onstack[x] = 0
                        comp[x] = c
                        members.append(x)
                        if top[x] > level:
                            level = top[x]
                    for x in members[first:]:
                        rank[x] = level
                else:
                    rank[x] = level
                ends.append(len(members))
                if stack_u:
                    parent = stack_u[-1]
                    if level >= top[parent]:
                        top[parent] = level + 1
            elif lu < low[stack_u[-1]]:
                low[stack_u[-1]] = lu
    if 0 <= origin < n:
        rank[origin] = -1  # never read: marked apart, as its component is
    return Structure(comp, members, ends, rank)


def raise_ranks(rank: array[int], rev: Csr, u: int, v: int, *, origin: int) -> int:
    """Keep ``rank[x] >= rank[y]`` along every live edge after the live edge ``u -> v`` was
    added; return the number of points raised.

    Unless ``u`` already ranks above ``v``, it is raised *above* it (``rank[v] + 1``), and
    backwards through live in-edges every point that must then rise too, to the same rank.
    Should that reach ``v``, the edge closes a cycle: the ranks are put back and ``u`` and
    the points behind it are raised to ``v``'s rank instead (the cycle's points share it).
    The work is that of the points raised and their in-edges: on ranks that are levels (see
    :func:`condense`), the points behind ``u`` whose level lies below ``v``'s. Raising above
    rather than level with ``v`` keeps points that share a rank to those of one cycle: a
    chain of new events each after the last rises one rank per event, rather than all
    sharing one, which would leave the search for a strict cycle nothing to prune.
    """
    if u in (origin, v) or v == origin or rank[u] > rank[v]:
        return 0
    need = rank[v] + 1
    if need < len(rank):  # ranks stay below the number of points (see ``ranks_within``)
        saved: dict[int, int] = {}
        if _lift(rank, rev, u, need, origin=origin, stop=v, saved=saved):
            return len(saved)
        for x, r in saved.items():
            rank[x] = r
    if rank[u] == rank[v]:
        return 0
    saved = {}
    _lift(rank, rev, u, rank[v], origin=origin, stop=-1, saved=saved)
    return len(saved)


def _lift(
    rank: array[int], rev: Csr, u: int, need: int, *, origin: int, stop: int, saved: dict[int, int]
) -> bool:
    """Raise ``u`` and every point behind it (live in-edges of ``rev``'s reverse) to ``need``
    at least, the old ranks kept in ``saved``; False as soon as ``stop`` would rise."""
    tgt, alive = rev.tgt, rev.alive
    saved[u] = rank[u]
    rank[u] = need
    todo = [u]
    while todo:
        x = todo.pop()
        for p in rev.positions(x):
            y = tgt[p]
            if y != origin and alive[p] and rank[y] < need:
                if y == stop:
                    return False
                saved[y] = rank[y]
                rank[y] = need
                todo.append(y)
    return True


def topological_pass(
    g: Csr,
    dist: MutableSequence[int],
    pred: array[int],
    structure: Structure,
    *,
    origin: int,
    budget: int,
    forward: bool,
) -> tuple[bool, int]:
    """Lower the labels in one sweep over the components, in topological order.

    As in shortest paths on a DAG: a component settles by FIFO rounds among its own points
    (at most one round per point, or it holds a negative cycle), then relaxes its edges into
    later components once. ``forward`` says whether ``g`` is the graph the structure was found
    on (sources are then the components Tarjan closed last) or its reverse. Edges into the
    origin are left alone, and every label stays the weight of a path: the caller checks the
    edges into the origin afterwards (a negative cycle through it shows there). Returns
    whether the sweep ran to the end within ``budget`` edge scans, and the scans made.
    """
    off, tgt, wts, alive, extra = g.off, g.tgt, g.wts, g.alive, g.extra
    comp, members, ends = structure.comp, structure.members, structure.ends
    n = len(dist)
    inq = bytearray(n)
    scanned = 0
    count = len(ends)
    for k in range(count):
        c = count - 1 - k if forward else k
        start = ends[c - 1] if c else 0
        size = ends[c] - start
        if size == 1 and not extra:
            # A point on its own: one scan of its out-edges, nothing to repeat.
            u = members[start]
            du = dist[u]
            for i in range(off[u], off[u + 1]):
                v = tgt[i]
                w = wts[i]
                nd = du + w + (du & w & 2)
                if nd < dist[v] and alive[i] and v != origin:
                    if v == u:  # a negative loop: the caller's kernel reports it
                        return False, scanned
                    dist[v] = nd
                    pred[v] = i
            scanned += off[u + 1] - off[u]
            if scanned > budget:
                return False, scanned
            continue
        cur = members[start : ends[c]]
        rounds = 0
        while cur:
            rounds += 1
            if rounds > size:  # a component of k points settles in k rounds
                return False, scanned
            nxt: list[int] = []
            for u in cur:
                inq[u] = 0
                du = dist[u]
                for i in g.positions(u):
                    v = tgt[i]
                    w = wts[i]
                    nd = du + w + (du & w & 2)
                    if nd < dist[v] and alive[i] and v != origin:
                        dist[v] = nd
                        pred[v] = i
                        if comp[v] == c and not inq[v]:
                            inq[v] = 1
                            nxt.append(v)
                    scanned += 1
            cur = nxt
        if scanned > budget:
            return False, scanned
    return True, scanned


@dataclass(slots=True)
class Tree:
    """Entry and exit numbers of a depth-first walk of a tree of predecessors: ``x`` is an
    ancestor of ``y`` (or ``y`` itself) exactly when ``x``'s interval holds ``y``'s."""

    tin: array[int]
    tout: array[int]
    #: How many strict edges the tree path from the root to each point holds: a tree path
    #: from ``x`` down to ``y`` is strict exactly when ``depth[y] > depth[x]``.
    depth: array[int]

    def holds(self, x: int, y: int) -> bool:
        """Whether the tree path from the root to ``y`` passes through ``x``."""
        return self.tin[x] <= self.tin[y] and self.tout[y] <= self.tout[x]


def tree_of(g: Csr, pred: Sequence[int], *, origin: int) -> Tree:
    """The intervals of the predecessor tree ``pred`` (codes of ``g``), rooted at the origin.

    O(n): children are gathered by a counting sort on their parents, then walked without
    recursion.
    """
    n = len(pred)
    parent = array("q", [-1]) * n
    for x in range(n):
        if x != origin:
            parent[x] = g.parent(pred[x], origin)
    count = array("q", [0]) * (n + 1)
    for x in range(n):
        if parent[x] >= 0:
            count[parent[x] + 1] += 1
    for k in range(n):
        count[k + 1] += count[k]
    start = array("q", count)
    kids = array("q", [0]) * max(n - 1, 0)
    fill = array("q", count)
    for x in range(n):
        p = parent[x]
        if p >= 0:
            kids[fill[p]] = x
            fill[p] += 1
    tin = array("q", [-1]) * n
    tout = array("q", [-1]) * n
    depth = array("q", [0]) * n
    wts = g.wts
    clock = 0
    stack = [origin]
    while stack:
        x = stack[-1]
        if tin[x] < 0:
            tin[x] = clock
            clock += 1
            code = pred[x]
            if x != origin and parent[x] >= 0:
                depth[x] = depth[parent[x]] + (1 if code >= 0 and wts[code] & 2 else 0)
            stack.extend(kids[start[x] : start[x + 1]])
        else:
            stack.pop()
            if tout[x] < 0:
                tout[x] = clock
                clock += 1
    return Tree(tin, tout, depth)


def tree_walk(
    g: Csr,
    pred: Sequence[int],
    rank: Sequence[int],
    x: int,
    y: int,
    *,
    origin: int,
    rising: bool,
    budget: int,
) -> tuple[int, int]:
    """What :meth:`Tree.holds` and :attr:`Tree.depth` say of ``x`` and ``y`` in the tree of
    predecessors ``pred`` (codes of ``g``), found by walking up from ``y`` instead of numbering
    the tree: -1 if ``x`` is not ``y`` or an ancestor of it below the origin, else whether a
    strict edge lies on the way down from ``x`` (1 or 0); and the steps walked. Neither point
    is the origin.

    Ranks end the walk early: along the tree edges of ``g`` ranks never fall (``rising``: the
    forward graph, where a parent ranks at least as high as its child) or never rise (the
    reverse graph), so once the walk passes ``x``'s rank, ``x`` is not above. The work is the
    points between the two ranks on ``y``'s path at most; a walk that would take more than
    ``budget`` steps stops there: -2.

    >>> from array import array
    >>> from chronos.timeline.stn._paths import Csr
    >>> runs = [array("q", [0, 1, 20]), array("q", [1, 2, -2]), array("q")]
    >>> g = Csr.build(runs, sources=[0, 1])
    >>> pred, rank = [-2, 0, 1], [-1, 1, 0]
    >>> tree_walk(g, pred, rank, 1, 2, origin=0, rising=True, budget=10)
    (1, 1)
    >>> tree_walk(g, pred, rank, 2, 1, origin=0, rising=True, budget=10)
    (-1, 1)
    """
    sources, eid, wts = g.sources, g.eid, g.wts
    top = rank[x]
    strict = 0
    steps = 0
    while y != x:
        if steps == budget:
            return -2, steps
        steps += 1
        code = pred[y]
        if code >= 0:
            if wts[code] & 2:
                strict = 1
            y = sources[eid[code]]
        else:
            y = g.parent(code, origin)
        if y < 0 or y == origin:
            return -1, steps
        r = rank[y]
        if (r > top) if rising else (r < top):
            return -1, steps
    return strict, steps
