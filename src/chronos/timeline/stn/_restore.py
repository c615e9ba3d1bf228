"""A solution written down, and checked when it is read back: bounds, trees, conflicts.

A solved network is described by plain data (:class:`Snapshot`): for each direction, every
point's bound (rounded outward to a whole number of a ``unit`` of the caller's, with a flag
where the rounding moved it) and the edge that gives it (its *predecessor*, or the implicit
horizon edge), and the conflicts found with the constraint set aside for each. A snapshot
read back is not trusted; :func:`check_direction` and :func:`replay_conflicts` prove it is
the solution of the network as it stands, in passes linear in its size:

- the predecessors form a tree rooted at the origin and the horizon: the labels are taken
  down the tree from its roots, one pass in breadth-first order, and a point the pass does
  not reach (a cycle of predecessors, or a point hanging from one) refuses the snapshot.
  Each label is then the length of a path in the network's own units: no bound is lower than
  the shortest path;
- every predecessor edge is live, and leads to the point it is the predecessor of;
- every live edge, and the horizon both ways, is *satisfied* (no head's bound exceeds its
  tail's plus the weight), so no bound is higher than the shortest path either;
- each label, rounded, is the bound written, its flag included (a point only the horizon
  bounds may leave its bound out): a bound edited by hand is found out, and the written
  bounds never need the network's units;
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

The work is done by ``map`` over arrays, with no Python loop per edge except for the conflicts
(and one step per point down the trees).
"""

from __future__ import annotations

from array import array
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, islice, repeat
from operator import add, and_, floordiv, gt, is_, le, ne, neg, not_, rshift, sub, truth

from chronos.timeline.stn._paths import HORIZON, ROOT, Csr, join

__all__ = [
    "BY_HORIZON",
    "BY_ROOT",
    "Snapshot",
    "check_direction",
    "check_ranks",
    "depths",
    "on_path",
    "rounded",
    "positions",
    "replay_conflicts",
    "strict_by",
]

#: A predecessor that is the implicit horizon edge from the origin (the kernels' code).
BY_HORIZON = HORIZON
#: The predecessor of the origin itself.
BY_ROOT = ROOT

#: One edge of a conflict's cycle: an edge id, or ``(u, v)`` for an implicit horizon edge.
CycleRef = int | tuple[int, int]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A network's solution as plain data.

    ``latest[p]`` is the upper bound of ``t_p - t_origin`` rounded up to a whole number of
    ``unit`` (a count of the network's units, 1 by default: no rounding), in those units, or
    None where only the horizon bounds it; ``latest_inexact[p]`` is 1 where the rounding
    moved it (None: no point's did). ``latest_by[p]`` is the edge id that gives it,
    :data:`BY_HORIZON` or :data:`BY_ROOT`. ``earliest``, ``earliest_inexact`` and
    ``earliest_by`` likewise for the lower bound, rounded down (the edge leads from the point
    towards the origin); the depths, when given, spare the check a search of the trees.
    ``horizon`` is in the network's units. ``conflicts`` lists each
    conflict as its cycle and the cid set aside, in the order the repair met them. ``rank``
    is every point's rank (see :mod:`chronos.timeline.stn._structure`), or None if not
    written.
    """

    origin: int
    horizon: int
    latest: Sequence[int | None]
    latest_by: Sequence[int]
    earliest: Sequence[int | None]
    earliest_by: Sequence[int]
    conflicts: Sequence[tuple[Sequence[CycleRef], int]]
    rank: Sequence[int] | None = None
    unit: int = 1
    latest_inexact: bytes | None = None
    earliest_inexact: bytes | None = None
    #: Every point's depth in the tree of ``latest_by`` (the number of edges on the path that
    #: gives its bound; 0 for the origin and under the horizon), or None if not written.
    latest_depth: Sequence[int] | None = None
    earliest_depth: Sequence[int] | None = None


def rounded(labels: Sequence[int], unit: int, *, shift: int = 2) -> tuple[list[int | None], bytes]:
    """The times of labels (of one direction) rounded up to whole ``unit``s, None under the
    horizon, and a byte per label, 1 where the rounding moved it: what a snapshot holds.
    A label is its time ``<< shift`` (the kernels' scale), plus 1 under the horizon."""
    up, moved, under = _rounded(labels, unit, shift)
    out: list[int | None] = list(up)
    for p in compress(range(len(labels)), under):
        out[p] = None
        moved[p] = 0
    return out, bytes(moved)


def _rounded(
    labels: Sequence[int], unit: int, shift: int
) -> tuple[list[int], bytearray, list[int]]:
    """Every label's time rounded up to whole ``unit``s, whether that moved it, and whether
    the horizon is behind it (the label's lowest bit, whatever the scale)."""
    times = list(map(rshift, labels, repeat(shift)))
    under = list(map(and_, labels, repeat(1)))
    if unit == 1:
        return times, bytearray(len(times)), under
    if unit & (unit - 1) == 0:  # a power of two (as a second's ticks are): shifts and masks
        shift = unit.bit_length() - 1
        up = list(map(neg, map(rshift, map(neg, times), repeat(shift))))
        return up, bytearray(map(truth, map(and_, times, repeat(unit - 1)))), under
    up = list(map(neg, map(floordiv, map(neg, times), repeat(unit))))
    return up, bytearray(map(ne, map(unit.__mul__, up), times)), under


def check_direction(
    bounds: Sequence[int | None],
    inexact: bytes | None,
    by: Sequence[int],
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    live: bytes | bytearray,
    *,
    origin: int,
    scaled_horizon: int,
    unit: int,
    depth: Sequence[int] | None = None,
    shift: int = 2,
) -> tuple[list[int], list[int]] | None:
    """The labels of one direction, and every point's parent in its tree (-1 at a root), if
    ``bounds`` (rounded up to ``unit``s, ``inexact`` where that moved them) and ``by`` are
    its shortest paths; else None.

    ``tails``/``heads``/``scaled`` are every edge of the direction by edge id (weights scaled
    by ``1 << shift``, as the kernels keep them), ``live`` its flags. A label is ``time <<
    shift``, plus 1 when the path behind it starts with the horizon edge (the kernels'
    encoding); paths join as :func:`~chronos.timeline.stn._paths.join` says. The labels are
    taken down the tree of ``by`` (in the order of ``depth``, when given and true: each point
    one deeper than its parent; else breadth first), and checked against the bounds. Lists
    are read faster than arrays (an item of a list is not made anew on each read).
    """
    n = len(by)
    m = len(tails)
    if type(unit) is not int or unit < 1 or len(bounds) != n:
        return None
    if inexact is None:
        inexact = bytes(n)
    if len(inexact) != n or not set(map(type, by)) <= {int}:
        return None
    if not set(map(type, bounds)) <= {int, type(None)}:
        return None
    if not 0 <= origin < n or by[origin] != BY_ROOT:
        return None
    if min(by, default=0) < BY_ROOT or max(by, default=0) >= m or by.count(BY_ROOT) != 1:
        return None
    tree = list(compress(by, map((-1).__lt__, by)))
    if not all(map(live.__getitem__, tree)):
        return None
    with_tree = list(compress(range(n), map((-1).__lt__, by)))
    if any(map(ne, map(heads.__getitem__, tree), with_tree)):
        return None
    # Every point's parent: the tail of its edge; -1 for the origin and under the horizon
    # (the codes -1 and -2 index the two items added at the end).
    table = [*tails, -1, -1]
    parent = list(map(table.__getitem__, by))
    roots = parent.count(-1)
    order = _down(parent, roots, depth)
    if order is None:
        return None  # a cycle of predecessors: its points hang from no root
    # Each point's label: its parent's, plus the weight of the edge between them.
    table = [*scaled, 0, 0]
    weight = list(map(table.__getitem__, by))
    # Joined with plain addition where no weight is strict (bit 1 clear everywhere).
    plus = join if any(w & 2 for w in scaled) else add
    labels = [scaled_horizon] * n
    labels[origin] = 0
    # A level in bulk costs a few passes of its own: worth it on average levels of 64 points.
    shallow = depth is not None and (max(depth, default=0) + 1) * 64 <= n
    sizes = sorted(Counter(depth).items()) if shallow and depth is not None else None
    if sizes is not None:
        # A shallow tree (as chronologies' are): a level at a time, each in bulk.
        start = 0
        for _, size in sizes:
            level = order[start : start + size]
            start += size
            if level[0] == origin or parent[level[0]] < 0:
                continue  # the roots: time zero, and the points under the horizon
            found = map(
                plus,
                map(labels.__getitem__, map(parent.__getitem__, level)),
                map(weight.__getitem__, level),
            )
            deque(map(labels.__setitem__, level, found), maxlen=0)
    elif plus is add:
        for x in islice(order, roots, None):
            labels[x] = labels[parent[x]] + weight[x]
    else:
        # The join written out (a call per point costs as much as the rest of the step).
        for x in islice(order, roots, None):
            a = labels[parent[x]]
            b = weight[x]
            labels[x] = a + b + (a & b & 2)
    # Every live edge and the horizon, both ways, satisfied (all edges when all are live).
    if live.count(0):
        tails, heads, scaled = (list(compress(c, live)) for c in (tails, heads, scaled))
    if not _satisfied(labels, tails, heads, scaled, strict=plus is join):
        return None
    if max(labels) > scaled_horizon or min(labels) < -scaled_horizon:
        return None
    if not _written(labels, bounds, inexact, unit, shift):
        return None
    return labels, parent


def _written(
    labels: list[int], bounds: Sequence[int | None], inexact: bytes, unit: int, shift: int
) -> bool:
    """Whether ``bounds`` are the labels' times rounded up to whole ``unit``s, ``inexact``
    where that moved them; a point under the horizon (a label ending in 1) may leave its bound
    out (None), its flag then 0.

    In bulk, with no rounding done: a bound ``b`` is a label's time ``t`` rounded up exactly
    when ``0 <= b * unit - t < unit``, and moved when that is not 0.
    """
    times: Sequence[int] = list(map(rshift, labels, repeat(shift)))
    if None in bounds:
        absent = list(map(is_, bounds, repeat(None)))
        if not all(map(and_, compress(labels, absent), repeat(1))) or any(
            compress(inexact, absent)
        ):
            return False
        written = list(map(not_, absent))
        bounds = list(compress(bounds, written))
        times = list(compress(times, written))
        inexact = bytes(compress(inexact, written))
    given: Sequence[int] = bounds  # type: ignore[assignment] # no None left
    over = list(map(sub, map(unit.__mul__, given), times))
    if over and (min(over) < 0 or max(over) >= unit):
        return False
    return bytes(map(truth, over)) == inexact


def _satisfied(
    labels: list[int],
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    *,
    strict: bool,
) -> bool:
    """Whether ``labels[head] <= labels[tail] ⊕ weight`` along every edge given.

    In bulk, with no list made per edge: a join is the plain sum where the weight is not
    strict (bit 1 clear), and the tail's label plus its own bit 1 plus the weight where it
    is, so the edges are tested in two streams, the strict ones against the tails' labels
    so raised.
    """
    if not strict:
        return all(
            map(
                le, map(labels.__getitem__, heads), map(add, map(labels.__getitem__, tails), scaled)
            )
        )
    flags = list(map(and_, scaled, repeat(2)))
    plain = list(map(not_, flags))
    raised = list(map(add, labels, map(and_, labels, repeat(2))))
    for table, keep in ((labels, plain), (raised, flags)):
        if not all(
            map(
                le,
                map(labels.__getitem__, compress(heads, keep)),
                map(add, map(table.__getitem__, compress(tails, keep)), compress(scaled, keep)),
            )
        ):
            return False
    return True


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


def _down(parent: list[int], roots: int, depth: Sequence[int] | None) -> list[int] | None:
    """Every point, each after its parent (-1 at the ``roots`` roots), or None if some point
    hangs from no root. In the order of ``depth`` if it is each point's depth; else found
    breadth first."""
    n = len(parent)
    if depth is not None and len(depth) == n and set(map(type, depth)) <= {int}:
        # A root (parent -1) has depth 0, any other point one more than its parent: then no
        # point lies on a cycle, and sorting by depth puts each after its parent.
        table = [*depth, -1]
        if list(map(table.__getitem__, parent)) == list(map((-1).__add__, depth)):
            return sorted(range(n), key=depth.__getitem__)
        return None
    # The points by parent (a stable sort): the roots first, then each point's children.
    order = sorted(range(n), key=parent.__getitem__)
    # Children counted in a list (the last item counts the roots, parent -1, and is not read).
    count = [0] * (n + 1)
    for p in parent:
        count[p] += 1
    start = list(accumulate(islice(count, n), initial=roots))
    queue = order[:roots]
    for x in queue:
        a, b = start[x], start[x + 1]
        if a != b:
            queue += order[a:b]
    return queue if len(queue) == n else None


def depths(by: Sequence[int], tails: Sequence[int]) -> list[int]:
    """Every point's depth in the tree of predecessors ``by`` (edge ids, or the codes of the
    origin and the horizon, under which the depth is 0); ``tails`` by edge id."""
    table = [*tails, -1, -1]
    parent = list(map(table.__getitem__, by))
    roots = parent.count(-1)
    order = _down(parent, roots, None)
    if order is None:
        raise ValueError("the predecessors hold a cycle")
    depth = [0] * len(by)
    for x in islice(order, roots, None):
        depth[x] = depth[parent[x]] + 1
    return depth


def strict_by(by: Sequence[int], strict: Sequence[int]) -> bytearray:
    """Whether each point's predecessor edge (an edge id, or a negative code for none) is
    strict, given ``strict`` by edge id. One pass, in bulk."""
    table = [*strict, 0, 0]
    return bytearray(map(table.__getitem__, by))


def on_path(
    parent: Sequence[int], x: int, y: int, strict: Sequence[int] = b"", *, budget: int = -1
) -> tuple[int, int]:
    """Whether ``x`` is ``y`` or an ancestor of it in the tree ``parent`` (-1 at a root): -1
    if not, else whether a strict edge (``strict``, by point: of the edge to its parent) lies
    on the way, 1 or 0; and the number of steps walked.

    Walks up from ``y``: the work is the depth of ``y``, and only the points above it are
    read, so a tree read back answers its first question without being numbered first. With
    a ``budget`` of steps (not negative), a walk that would take more stops there: -2.
    """
    found = 0
    steps = 0
    while y != x:
        if steps == budget:
            return -2, steps
        steps += 1
        if strict and strict[y]:
            found = 1
        y = parent[y]
        if y < 0:
            return -1, steps
    return found, steps


def positions(g: Csr, by: Sequence[int]) -> array[int]:
    """The kernels' predecessor codes in ``g`` (positions) for predecessors given as edge ids."""
    if not g.eid:
        return array("q", by)
    # Read in bulk: the codes -1 and -2 (HORIZON, ROOT) index the two items added at the end,
    # which are those codes themselves.
    table = [*g.edge_positions().tolist(), BY_ROOT, BY_HORIZON]
    return array("q", map(table.__getitem__, by))
