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
  the shortest path. A snapshot that writes every bound (the horizon's flagged) and the
  depths needs no such order: each label is read from its bound, the depths (each point one
  deeper than its parent) prove the tree has no cycle, and each tree edge is tested tight
  where it is, in the same pass over the edges as the next rule;
- every predecessor edge is live, and leads to the point it is the predecessor of;
- every live edge, and the horizon both ways, is *satisfied* (no head's bound exceeds its
  tail's plus the weight), so no bound is higher than the shortest path either;
- each label, rounded, is the bound written, its flag included (a point only the horizon
  bounds may leave its bound out): a bound edited by hand is found out, and the written
  bounds never need the network's units (labels read from the bounds are them by making);
- the ranks, when written, never rise along a live edge between points other than the
  origin (``rank[x] >= rank[y]`` for every live ``x -> y``): the rule distance queries rely
  on to prune their search (:mod:`chronos.timeline.stn._structure`). Ranks that break it are
  dropped (:func:`ranks_within`), and found again on the first query that needs them;
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
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, islice, repeat
from operator import (
    add,
    and_,
    eq,
    floordiv,
    gt,
    is_,
    le,
    lshift,
    ne,
    neg,
    not_,
    or_,
    rshift,
    sub,
    truth,
)

from chronos.timeline.stn._paths import HORIZON, ROOT, Csr, gather, join, machine

__all__ = [
    "BY_HORIZON",
    "BY_ROOT",
    "Snapshot",
    "check_direction",
    "ranks_within",
    "strict_candidates",
    "zero_cycle_points",
    "depths",
    "on_path",
    "rounded",
    "rounded_all",
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
    #: 1 for every point only the horizon bounds, whose item in ``latest`` is then the
    #: horizon's bound (rounded and flagged likewise) rather than None; None if not given.
    #: With them and the depths, every label is read from what is written, and the check
    #: tests each tree edge where it is rather than taking the labels down the trees.
    latest_horizon: bytes | None = None
    earliest_horizon: bytes | None = None


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


def rounded_all(
    labels: Sequence[int], unit: int, *, shift: int = 2
) -> tuple[list[int], bytes, bytes]:
    """The times of labels (of one direction) rounded up to whole ``unit``s, a byte per label
    1 where the rounding moved it, and a byte per label 1 where the horizon is behind it:
    every bound written, the horizon's included (see :class:`Snapshot`)."""
    up, moved, under = _rounded(labels, unit, shift)
    return up, bytes(moved), bytes(under)


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
    horizon: bytes | None = None,
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

    ``horizon``, when given, is 1 for each point only the horizon bounds, whose bound is
    then written all the same (see :class:`Snapshot`). With the depths, and a ``unit`` of 1
    or 2 (a time is then its bound times the unit, less its flag), every label is read from
    what is written, and each tree edge is tested where it is: in bulk, with no order of the
    points (:func:`_labels_written`). Otherwise those points' bounds are taken as left out.
    An array of 64-bit ints (``bounds``, ``by``, ``depth``) holds ints only: it is not
    looked at item by item for one that is not.
    """
    n = len(by)
    m = len(tails)
    if type(unit) is not int or unit < 1 or len(bounds) != n:
        return None
    if inexact is None:
        inexact = bytes(n)
    if len(inexact) != n or not (_ints(by) or set(map(type, by)) <= {int}):
        return None
    if not (_ints(bounds) or set(map(type, bounds)) <= {int, type(None)}):
        return None
    by = by.tolist() if isinstance(by, array) else by
    bounds = bounds.tolist() if isinstance(bounds, array) else bounds
    read = False
    if horizon is not None:
        if len(horizon) != n or horizon.count(0) + horizon.count(1) != n:
            return None
        read = unit <= 2 and None not in bounds and depth is not None and len(depth) == n
        if not read:
            # The horizon's bounds left out, as a snapshot without them has them.
            bounds = [None if h else b for b, h in zip(bounds, horizon, strict=True)]
            inexact = bytes(map(and_, inexact, map(not_, horizon)))
    if not 0 <= origin < n or by[origin] != BY_ROOT:
        return None
    if min(by, default=0) < BY_ROOT or max(by, default=0) >= m or by.count(BY_ROOT) != 1:
        return None
    edged = list(map((-1).__lt__, by))  # the points whose bound an edge gives
    tree = list(compress(by, edged))
    if live.count(0) and not all(map(live.__getitem__, tree)):
        return None
    with_tree = list(compress(range(n), edged))
    if any(map(ne, gather(heads, tree), with_tree)):
        return None
    # Every point's parent: the tail of its edge; -1 for the origin and under the horizon
    # (the codes -1 and -2 index the two items added at the end).
    table = [*tails, -1, -1]
    parent = list(gather(table, by))
    if read and depth is not None and horizon is not None:
        written = _labels_written(
            bounds,  # type: ignore[arg-type] # no None in them (``read``)
            inexact,
            horizon,
            by,
            parent,
            origin=origin,
            scaled_horizon=scaled_horizon,
            unit=unit,
            depth=depth,
            shift=shift,
        )
        if written is None or not _paths_of(written, tree, tails, heads, scaled, live):
            return None
        if max(written) > scaled_horizon or min(written) < -scaled_horizon:
            return None
        return written, parent
    roots = parent.count(-1)
    order = _down(parent, roots, depth)
    if order is None:
        return None  # a cycle of predecessors: its points hang from no root
    # Each point's label: its parent's, plus the weight of the edge between them.
    table = [*scaled, 0, 0]
    weight = gather(table, by)
    # Joined with plain addition where no weight is strict (bit 1 clear everywhere).
    plus = join if any(map(and_, scaled, repeat(2))) else add
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
    if _checked(labels, parent, tails, heads, scaled, live, plus, scaled_horizon) is None:
        return None
    if not _written(labels, bounds, inexact, unit, shift):
        return None
    return labels, parent


def _ints(column: Sequence[object]) -> bool:
    """Whether ``column`` is an array of 64-bit ints (which holds ints only)."""
    return isinstance(column, array) and column.typecode == "q"


def _checked(
    labels: list[int],
    parent: list[int],
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    live: bytes | bytearray,
    plus: Callable[[int, int], int],
    scaled_horizon: int,
) -> tuple[list[int], list[int]] | None:
    """``(labels, parent)`` if the labels satisfy every live edge and the horizon both
    ways, else None."""
    if not _satisfied(labels, tails, heads, scaled, live, strict=plus is join):
        return None
    if max(labels) > scaled_horizon or min(labels) < -scaled_horizon:
        return None
    return labels, parent


def _labels_written(
    bounds: Sequence[int],
    inexact: bytes,
    horizon: bytes,
    by: Sequence[int],
    parent: list[int],
    *,
    origin: int,
    scaled_horizon: int,
    unit: int,
    depth: Sequence[int],
    shift: int,
) -> list[int] | None:
    """Every label as written (its time ``bound * unit - inexact``, exact for a ``unit`` of 1
    or 2, shifted, and its horizon bit), if the roots' are right (time zero at the origin,
    the horizon at a point under it) and the depths prove the tree has no cycle; else None.
    In bulk, in no order: a label need not wait for its parent's, since both are written."""
    if not (_ints(depth) or set(map(type, depth)) <= {int}):
        return None
    if unit == 1 and inexact.count(0) != len(inexact):
        return None  # a whole unit is never rounded
    if inexact.count(0) + inexact.count(1) != len(inexact):
        return None
    times = map(sub, map(unit.__mul__, bounds), inexact)
    labels = list(map(or_, map(lshift, times, repeat(shift)), horizon))
    if labels[origin] != 0:
        return None
    # A root (parent -1) has depth 0, any other point one more than its parent: no cycle.
    table = [*depth, -1]
    if any(map(ne, gather(table, parent), map((-1).__add__, depth))):
        return None
    if not all(map(scaled_horizon.__eq__, compress(labels, map(BY_HORIZON.__eq__, by)))):
        return None
    return labels


def _paths_of(
    labels: list[int],
    tree: list[int],
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    live: bytes | bytearray,
) -> bool:
    """Whether ``labels`` satisfy every live edge and every edge of the ``tree`` (edge ids)
    is tight: then, the tree having no cycle and its roots right, each label is the length
    of the path down the tree, and no path is shorter.

    One pass over the edges, in bulk: each edge's slack against the plain sum (its tail's
    label plus its weight, less its head's label). The join is never below the sum, and
    above it by 2 only where the tail's label and the weight are both strict: a slack below
    zero is allowed only there, down to -2, and a tree edge must have slack 0 or that -2.
    """
    slack = list(map(sub, map(add, gather(labels, tails), scaled), gather(labels, heads)))
    under = list(compress(range(len(slack)), map((0).__gt__, slack)))
    if under and live.count(0):
        under = list(compress(under, map(live.__getitem__, under)))
    # The join's own 2 on each edge below the sum, and the slack it leaves (0 for a tight
    # edge, above 0 for a slack one).
    extra = list(
        map(
            and_,
            map(
                and_,
                map(labels.__getitem__, map(tails.__getitem__, under)),
                map(scaled.__getitem__, under),
            ),
            repeat(2),
        )
    )
    left = list(map(add, map(slack.__getitem__, under), extra))
    if left and min(left) < 0:
        return False
    # Tree edges: slack 0, or -2 where the join makes it 0.
    on_tree = gather(slack, tree)
    if not any(on_tree):
        return True
    loose = dict(zip(under, left, strict=True))
    return not any(map(loose.get, compress(tree, on_tree), repeat(1)))


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
    live: bytes | bytearray = b"",
    *,
    strict: bool,
) -> bool:
    """Whether ``labels[head] <= labels[tail] ⊕ weight`` along every edge given (every live
    one, when ``live`` is given).

    In bulk, with no list made per edge: a join is never below the plain sum, and above it
    only where the tail's label and the weight are both strict (by 2), so every edge is
    tested against the sum in one pass, and the join is taken only for the few above it
    (a tight edge of two strict bounds, or a dead one), which are left over.
    """
    over = list(
        compress(
            range(len(heads)),
            map(gt, gather(labels, heads), map(add, gather(labels, tails), scaled)),
        )
    )
    if over and live and live.count(0):
        over = list(compress(over, map(live.__getitem__, over)))
    if not over:
        return True
    if not strict:
        return False
    above = list(map(labels.__getitem__, map(tails.__getitem__, over)))
    weights = list(map(scaled.__getitem__, over))
    raised = map(add, map(add, above, weights), map(and_, map(and_, above, weights), repeat(2)))
    return all(map(le, map(labels.__getitem__, map(heads.__getitem__, over)), raised))


def ranks_within(
    rank: Sequence[int],
    tails: Sequence[int],
    heads: Sequence[int],
    live: bytes | bytearray,
    *,
    origin: int,
) -> array[int] | None:
    """``rank`` as an array if it keeps ``rank[x] >= rank[y]`` along every live edge
    ``x -> y`` between points other than ``origin``; None if the ranks rise along one.

    Any such ranks are sound for pruning, whatever produced them: a path between two
    points that avoids the origin never rises in rank (so a cycle that avoids it keeps to
    one rank: :func:`zero_cycle_points` reads them so).

    One pass over the edges: each edge's two ranks are looked up once (the origin's as a
    tail above every rank, as a head below every one, so that its edges are never a rise).
    """
    n = len(rank)
    if not (_ints(rank) or set(map(type, rank)) <= {int}) or not 0 <= origin < n:
        return None
    if n and (min(rank) < -1 or max(rank) >= n):
        return None
    as_tail = rank.tolist() if isinstance(rank, array) else list(rank)
    as_head = list(as_tail)
    as_tail[origin], as_head[origin] = n, -2
    rises = list(
        compress(range(len(tails)), map(gt, gather(as_head, heads), gather(as_tail, tails)))
    )
    if rises and live.count(0):
        rises = list(compress(rises, map(live.__getitem__, rises)))
    if rises:
        return None
    return array("q", rank)


def strict_candidates(
    group: Sequence[int],
    labels: Sequence[int],
    tails: Sequence[int],
    heads: Sequence[int],
    scaled: Sequence[int],
    live: bytes | bytearray,
    *,
    origin: int,
) -> list[int]:
    """The edges a cycle of value zero through a strict edge may pass through as its strict
    one: every live strict edge between two points of one group, the origin left out, tight
    in value (:func:`zero_cycle_points` looks for the rest of such a cycle).

    ``group`` is every point's rank or component: a cycle that avoids the origin keeps to
    one group. ``labels`` satisfy every live edge, so such a cycle is made of edges tight
    in value (its slacks add up to its value, and none is negative): a strict edge of it is
    one. In bulk: one pass over the weights for the strict bit, then the strict edges alone.
    """
    strict = list(compress(range(len(scaled)), map(and_, scaled, repeat(2))))
    if not strict:
        return []
    # The origin's groups are ones no point has (one as a tail, another as a head): its
    # edges are never within a group.
    as_tail = group.tolist() if isinstance(group, array) else list(group)
    as_head = list(as_tail)
    as_tail[origin], as_head[origin] = -3, -4
    tail_of, head_of = gather(tails, strict), gather(heads, strict)
    kept = list(compress(strict, map(eq, gather(as_tail, tail_of), gather(as_head, head_of))))
    if kept and live.count(0):
        kept = list(compress(kept, map(live.__getitem__, kept)))
    if not kept:
        return []
    # Tight in value: value(tail) + value(weight) == value(head), value(x) = (x + 2) >> 2.
    tail_of, head_of = gather(tails, kept), gather(heads, kept)
    tight = map(
        eq,
        map(add, _values(gather(labels, tail_of)), _values(gather(scaled, kept))),
        _values(gather(labels, head_of)),
    )
    return list(compress(kept, tight))


def zero_cycle_points(
    edges: Sequence[int],
    labels: Sequence[int],
    group: Sequence[int],
    fwd: Csr,
    rev: Csr,
    *,
    origin: int,
) -> list[int]:
    """The points where a cycle of value zero through one of ``edges`` (edge ids, as
    :func:`strict_candidates` gives them) may lie, sorted: those the tail of one reaches
    backwards, and the head of one forwards, along live edges tight in value within one
    group, the origin apart. Such a cycle leads from its strict edge's head back to the
    tail along such edges, so every point of it is reached both ways.

    One visit per point reached, each of its edges read once: backwards from the tails
    first (in a chronology, few edges lead into a point that is followed by a strict one),
    then forwards from the heads among the points reached.
    """
    if not edges:
        return []
    tails = gather(fwd.sources, edges)
    heads = gather(rev.sources, edges)
    behind = _tight_reach(rev, labels, group, tails, origin=origin, forward=False)
    starts = [y for y in heads if y in behind]
    ahead = _tight_reach(fwd, labels, group, starts, origin=origin, forward=True, within=behind)
    return sorted(ahead)


def _tight_reach(
    g: Csr,
    labels: Sequence[int],
    group: Sequence[int],
    starts: Sequence[int],
    *,
    origin: int,
    forward: bool,
    within: Container[int] | None = None,
) -> set[int]:
    """The points ``starts`` reach in ``g`` along live edges tight in value (the labels of
    the forward direction: in ``g`` the reverse, an edge to ``y`` is tight read from ``y``)
    between points of one group, the origin apart, and only through points ``within``
    (None: any)."""
    tgt, wts, alive = g.tgt, g.wts, g.alive
    seen = set(starts)
    todo = list(seen)
    while todo:
        x = todo.pop()
        gx = group[x]
        vx = (labels[x] + 2) >> 2
        for i in g.positions(x):
            y = tgt[i]
            if y in seen or y == origin or group[y] != gx or not alive[i]:
                continue
            if within is not None and y not in within:
                continue
            vw = (wts[i] + 2) >> 2
            vy = (labels[y] + 2) >> 2
            if (vx + vw == vy) if forward else (vy + vw == vx):
                seen.add(y)
                todo.append(y)
    return seen


def _values(scaled: Sequence[int]) -> Iterator[int]:
    """The value of each scaled weight or label (:func:`~chronos.timeline.stn._paths.value`),
    in bulk."""
    return map(rshift, map(add, scaled, repeat(2)), repeat(2))


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
        if not any(map(ne, gather(table, parent), map((-1).__add__, depth))):
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
    parent = list(gather(table, by))
    roots = parent.count(-1)
    order = _down(parent, roots, None)
    if order is None:
        raise ValueError("the predecessors hold a cycle")
    depth = [0] * len(by)
    for x in islice(order, roots, None):
        depth[x] = depth[parent[x]] + 1
    return depth


def strict_by(by: Sequence[int], scaled: Sequence[int]) -> bytearray:
    """Whether each point's predecessor edge (an edge id, or a negative code for none) is
    strict, given every edge's ``scaled`` weight (bit 1: strict). One pass, in bulk."""
    table = [*scaled, 0, 0]
    return bytearray(map(rshift, map(and_, map(table.__getitem__, by), repeat(2)), repeat(1)))


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
    table = array("q", g.edge_positions())
    table.extend((BY_ROOT, BY_HORIZON))
    return machine(gather(table, by))
