"""The structure of a network: strongly connected components, taken in topological order.

Typical chronologies are almost acyclic: "before" links run one way in time, and only
equalities (instants, "the same day") and contradictions close cycles. Solving by structure
finds the strongly connected components of the live edges once (Tarjan, iterative), the
origin left out, and settles them in topological order — shortest paths on the acyclic
condensation cost one pass over the edges; only a component of several points needs
Bellman–Ford rounds, among its own points.

The component numbers double as a *rank*: an edge ``x -> y`` between points other than the
origin always has ``rank[x] >= rank[y]``, so no path from ``x`` to ``y`` avoids the origin
when ``rank[x] < rank[y]``. Distance queries use this to prune their search; an edge added
later keeps the rule true by raising the ranks of the points behind it (:func:`raise_ranks`).

>>> from array import array
>>> from chronos.timeline.stn._paths import Csr, fresh_labels
>>> runs = [array("q", [0, 1, 20]), array("q", [1, 2, -4]), array("q")]
>>> g = Csr.build(runs, sources=[0, 1])
>>> structure = condense(g, origin=0)
>>> structure.rank[1] >= structure.rank[2], structure.largest
(True, 1)
"""

from __future__ import annotations

from array import array
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass
from operator import sub

from chronos.timeline.stn._paths import Csr

__all__ = ["Structure", "Tree", "condense", "raise_ranks", "topological_pass", "tree_of"]


@dataclass(slots=True)
class Structure:
    """The components of a network's live edges (the origin apart), sinks first."""

    #: The component of every point (the origin's is -1).
    comp: array[int]
    #: The points of every component, flattened in the order Tarjan closed them.
    members: list[int]
    #: Where each component's points end in ``members``.
    ends: list[int]
    #: A rank for every point: ``rank[x] >= rank[y]`` along every live edge ``x -> y``.
    rank: array[int]

    @property
    def largest(self) -> int:
        """The number of points of the largest component."""
        return max(map(sub, self.ends, [0, *self.ends[:-1]]), default=0)


def condense(g: Csr, *, origin: int) -> Structure:
    """The strongly connected components of the live edges of ``g``, the origin left out.

    Iterative Tarjan: O(n + m), no recursion. Edges appended after ``g`` was built count.
    """
    off, tgt, alive, extra = g.off, g.tgt, g.alive, g.extra
    n = len(off) - 1
    index = array("q", [-1]) * n
    low = array("q", [0]) * n
    comp = array("q", [-1]) * n
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
                if onstack[w] and iw < lu:
                    lu = iw
            low[u] = lu
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
                while True:
                    x = stack.pop()
                    onstack[x] = 0
                    comp[x] = c
                    members.append(x)
                    if x == u:
                        break
                ends.append(len(members))
            if stack_u:
                parent = stack_u[-1]
                if lu < low[parent]:
                    low[parent] = lu
    return Structure(comp, members, ends, array("q", comp))


def raise_ranks(rank: array[int], rev: Csr, u: int, v: int, *, origin: int, budget: int) -> bool:
    """Keep ``rank[x] >= rank[y]`` along every edge after a live edge ``u -> v`` was added.

    Raises the rank of ``u`` and, backwards through live in-edges, of every point that must
    then rise too; the work is the points raised. Returns False (the ranks are then unusable)
    if more than ``budget`` edges had to be looked at.
    """
    if u == origin or v == origin:
        return True
    need = rank[v]
    if rank[u] >= need:
        return True
    tgt, alive = rev.tgt, rev.alive
    rank[u] = need
    todo = [u]
    scanned = 0
    while todo:
        x = todo.pop()
        for p in rev.positions(x):
            y = tgt[p]
            if y != origin and alive[p] and rank[y] < need:
                rank[y] = need
                todo.append(y)
            scanned += 1
        if scanned > budget:
            return False
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
