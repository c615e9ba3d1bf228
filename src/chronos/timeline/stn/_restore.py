"""A solution written down, and checked when it is read back: bounds, trees, conflicts.

A solved network is described by plain data (:class:`Snapshot`): for each direction, every
point's bound in the network's units and the edge that gives it (its *predecessor*, or the
implicit horizon edge), and the conflicts found with the constraint set aside for each. A
snapshot read back is not trusted; :func:`check_direction` and :func:`replay_conflicts` prove
it is the solution of the network as it stands, in passes linear in its size:

- the predecessors form a tree rooted at the origin (pointer doubling: every point reaches
  the origin or the horizon within ``log2(n)`` rounds, or the tree has a cycle);
- every predecessor edge is live and *tight* (the bound of its head is the bound of its tail
  plus its weight), so each bound is the length of a path: no bound is lower than the shortest
  path;
- every live edge, and the horizon both ways, is *satisfied* (no head's bound exceeds its
  tail's plus the weight), so no bound is higher than the shortest path either;
- the ranks, when written, never rise along a live edge between points other than the
  origin (``rank[x] >= rank[y]`` for every live ``x -> y``): the rule distance queries rely
  on to prune their search (:mod:`chronos.timeline.stn._structure`). Ranks that break it are
  dropped (:func:`check_ranks`), and found again on the first query that needs them;
- each conflict is a closed walk of edges of negative total weight through the constraint
  set aside for it, every other constraint on it stronger and kept: the repair rule (the
  strongest first, each kept unless it contradicts the stronger ones kept) sets aside exactly
  such constraints.

Bounds that are the length of a path and satisfy every edge are the shortest paths: the
snapshot is the solution, whatever produced it. Anything else is refused (``None``), and the
caller solves the network as if nothing had been written.

The work is done by ``map`` over arrays, with no Python loop per edge except for the conflicts.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import add, gt, ne

from chronos.timeline.stn._paths import HORIZON, ROOT, Csr, join

__all__ = [
    "BY_HORIZON",
    "BY_ROOT",
    "Snapshot",
    "check_direction",
    "check_ranks",
    "on_path",
    "parents",
    "strict_by",
    "positions",
    "replay_conflicts",
]

#: A predecessor that is the implicit horizon edge from the origin (the kernels' code).
BY_HORIZON = HORIZON
#: The predecessor of the origin itself.
BY_ROOT = ROOT

#: One edge of a conflict's cycle: an edge id, or ``(u, v)`` for an implicit horizon edge.
CycleRef = int | tuple[int, int]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A network's solution as plain data, in the network's own terms.

    ``latest[p]`` is the upper bound of ``t_p - t_origin`` (the value in the latest schedule,
    the horizon included) and ``latest_by[p]`` the edge id that gives it, :data:`BY_HORIZON`
    or :data:`BY_ROOT`; ``earliest`` and ``earliest_by`` likewise for the lower bound (the
    edge leads from the point towards the origin). ``conflicts`` lists each conflict as its
    cycle and the cid set aside, in the order the repair met them. ``rank`` is every point's
    rank (see :mod:`chronos.timeline.stn._structure`), or None if not written.
    """

    origin: int
    horizon: int
    latest: Sequence[int]
    latest_by: Sequence[int]
    earliest: Sequence[int]
    earliest_by: Sequence[int]
    conflicts: Sequence[tuple[Sequence[CycleRef], int]]
    rank: Sequence[int] | None = None


def check_direction(
    times: Sequence[int],
    by: Sequence[int],
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    live: bytes | bytearray,
    *,
    origin: int,
    scaled_horizon: int,
    shift: int = 2,
) -> list[int] | None:
    """The labels of one direction if ``times`` and ``by`` are its shortest paths, else None.

    ``tails``/``heads``/``scaled`` are every edge of the direction by edge id (weights scaled
    by ``1 << shift``, as the kernels keep them), ``live`` its flags. A label is ``time <<
    shift``, plus 1 when the path behind it starts with the horizon edge (the kernels'
    encoding); paths join as :func:`~chronos.timeline.stn._paths.join` says. Lists are read
    faster than arrays (an item of a list is not made anew on each read).
    """
    n = len(times)
    m = len(tails)
    if not set(map(type, times)) | set(map(type, by)) <= {int}:
        return None
    if len(by) != n or not 0 <= origin < n or times[origin] != 0 or by[origin] != BY_ROOT:
        return None
    if min(by, default=0) < BY_ROOT or max(by, default=0) >= m or by.count(BY_ROOT) != 1:
        return None
    # The parent of every point in the tree; the horizon is a virtual point n (its own parent).
    tree = list(compress(by, map((-1).__lt__, by)))
    if not all(map(live.__getitem__, tree)):
        return None
    parent = [n if e == BY_HORIZON else origin if e == BY_ROOT else tails[e] for e in by]
    parent.append(n)
    with_tree = list(compress(range(n), map((-1).__lt__, by)))
    if any(map(ne, map(heads.__getitem__, tree), with_tree)):
        return None
    # Pointer doubling: after k rounds every point sees its 2**k-th ancestor.
    rounds = 0
    while True:
        jumped = list(map(parent.__getitem__, parent))
        if jumped == parent:
            break
        parent = jumped
        rounds += 1
        if rounds > n.bit_length() + 1:
            return None
    if any(root != origin and root != n for root in set(parent)):
        return None
    # A label is time << shift, plus 1 below the horizon.
    labels = list(map(add, map((1 << shift).__mul__, times), map(n.__eq__, parent)))
    # Joined with plain addition where no weight is strict (bit 1 clear everywhere).
    plus = join if any(w & 2 for w in scaled) else add
    # Tight predecessors: each label is its tail's plus the edge, or the horizon's.
    tight = map(
        plus, map(labels.__getitem__, map(tails.__getitem__, tree)), map(scaled.__getitem__, tree)
    )
    if any(map(ne, map(labels.__getitem__, with_tree), tight)):
        return None
    if any(map(scaled_horizon.__ne__, compress(labels, map(BY_HORIZON.__eq__, by)))):
        return None
    # Every live edge and the horizon, both ways, satisfied (all edges when all are live).
    if live.count(0):
        tails, heads, scaled = (list(compress(c, live)) for c in (tails, heads, scaled))
    reach = map(plus, map(labels.__getitem__, tails), scaled)
    if any(map(gt, map(labels.__getitem__, heads), reach)):
        return None
    if max(labels) > scaled_horizon or min(labels) < -scaled_horizon:
        return None
    return labels


def check_ranks(
    rank: Sequence[int],
    tails: Sequence[int],
    heads: Sequence[int],
    live: bytes | bytearray,
    *,
    origin: int,
) -> array[int] | None:
    """``rank`` as an array if it keeps ``rank[x] >= rank[y]`` along every live edge
    ``x -> y`` between points other than ``origin``, else None.

    ``tails``/``heads`` are every edge by edge id, ``live`` their flags. Any such ranks are
    sound for pruning, whatever produced them: a path between two points that avoids the
    origin never rises in rank. One pass over the edges.
    """
    n = len(rank)
    if not set(map(type, rank)) <= {int} or not 0 <= origin < n:
        return None
    if n and (min(rank) < -1 or max(rank) >= n):
        return None
    if live.count(0):
        tails, heads = (list(compress(c, live)) for c in (tails, heads))
    # The origin's rank is never read, and its edges are exempt: as a tail it ranks above
    # every point, as a head below every one.
    as_tail, as_head = list(rank), list(rank)
    as_tail[origin], as_head[origin] = n, -2
    if any(map(gt, map(as_head.__getitem__, heads), map(as_tail.__getitem__, tails))):
        return None
    return array("q", rank)


def replay_conflicts(
    conflicts: Sequence[tuple[Sequence[CycleRef], int]],
    edge: Callable[[CycleRef], tuple[int, int, int, int | None] | None],
    weakness: Callable[[int], object],
    *,
    total: Callable[[list[tuple[int, int, int, int | None]]], int] | None = None,
) -> tuple[list[tuple[list[tuple[int, int, int, int | None]], int, int]], list[int]] | None:
    """Each conflict as (edges, slack, cid set aside) and the cids set aside, sorted, if every
    conflict certifies its cid; else None.

    A certificate is a closed walk of negative total weight through the cid set aside whose
    other cids are all stronger and all kept: the repair rule (strongest first, each cid kept
    unless it contradicts the stronger ones kept) sets exactly such cids aside, given that
    the kept ones are consistent (which the bounds prove). ``edge`` gives ``(u, v, weight,
    cid)`` of a reference (None if there is no such edge).
    """
    aside: dict[int, None] = {}
    out = []
    for refs, chosen in conflicts:
        edges = [edge(ref) for ref in refs]
        if not edges or None in edges or chosen in aside:
            return None
        walk = [e for e in edges if e is not None]
        if any(map(ne, [e[1] for e in walk], [e[0] for e in walk[1:] + walk[:1]])):
            return None
        slack = sum(e[2] for e in walk) if total is None else total(walk)
        cids = {e[3] for e in walk if e[3] is not None}
        if slack >= 0 or chosen not in cids:
            return None
        key = weakness(chosen)
        if not all(key < weakness(c) for c in cids if c != chosen):  # type: ignore[operator]
            return None
        aside[chosen] = None
        out.append((walk, slack, chosen))
    kept = all(
        e[3] is None or e[3] == chosen or e[3] not in aside for walk, _, chosen in out for e in walk
    )
    return (out, sorted(aside)) if kept else None


def parents(by: Sequence[int], tails: Sequence[int]) -> list[int]:
    """Every point's parent in a tree of predecessors given as edge ids (``tails`` by edge
    id): -1 for the origin and for a point under the horizon (whose path starts at the
    origin, which no question asks about). One pass, in bulk."""
    # The codes -1 and -2 (BY_HORIZON, BY_ROOT) index the two items added at the end.
    table = [*tails, -1, -1]
    return list(map(table.__getitem__, by))


def strict_by(by: Sequence[int], strict: Sequence[int]) -> bytearray:
    """Whether each point's predecessor edge (an edge id, or a negative code for none) is
    strict, given ``strict`` by edge id. One pass, in bulk."""
    table = [*strict, 0, 0]
    return bytearray(map(table.__getitem__, by))


def on_path(parent: Sequence[int], x: int, y: int, strict: Sequence[int] = b"") -> int:
    """Whether ``x`` is ``y`` or an ancestor of it in the tree ``parent`` (-1 at a root): -1
    if not, else whether a strict edge (``strict``, by point: of the edge to its parent) lies
    on the way, 1 or 0.

    Walks up from ``y``: the work is the depth of ``y``, and only the points above it are
    read, so a tree read back answers its first question without being numbered first.
    """
    found = 0
    while y != x:
        if strict and strict[y]:
            found = 1
        y = parent[y]
        if y < 0:
            return -1
    return found


def positions(g: Csr, by: Sequence[int]) -> array[int]:
    """The kernels' predecessor codes in ``g`` (positions) for predecessors given as edge ids."""
    if not g.eid:
        return array("q", by)
    # Read in bulk: the codes -1 and -2 (HORIZON, ROOT) index the two items added at the end,
    # which are those codes themselves.
    table = [*g.edge_positions().tolist(), BY_ROOT, BY_HORIZON]
    return array("q", map(table.__getitem__, by))
