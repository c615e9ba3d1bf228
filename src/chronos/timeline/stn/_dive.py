"""A search that heads straight for its goal: the first question of a distance query.

Most questions a timeline is asked of two events far apart are decided by a chain of claims
with room to spare ("a before b" when a chain of "before" links leads from a to b), or by
no chain at all. :func:`dive` looks for such a chain from the end backwards, going on first
from the point ranked nearest the start (the ranks of :mod:`~chronos.timeline.stn._structure`
fall along every edge, so the chain must climb back to the start's rank), and prunes as the
full search prunes; with a budget of points, after which the search on reduced costs
(:func:`~chronos.timeline.stn._paths.bidirectional`) decides.

>>> from array import array
>>> from chronos.timeline.stn._paths import Csr
>>> # 0 is the hub; 1 -> 2 -> 3, each "before" the next (weight 0, not strict).
>>> runs = [array("q"), array("q"), array("q", [0, 1, 0]), array("q", [1, 2, 0])]
>>> rev = Csr.build(runs, sources=[2, 3])      # the reverse graph: 2 <- 1 and 3 <- 2
>>> up, low, rank = [0, 100, 100, 100], [0, 0, 0, 0], [-1, 2, 1, 0]
>>> dive(rev, up, low, rank, 1, 3, cap=0, hub=0, budget=10)      # t3 - t1 <= 0
True
>>> dive(rev, up, low, rank, 1, 3, cap=-4, hub=0, budget=10)     # t3 - t1 <= -1
False
"""

from __future__ import annotations

from collections.abc import Sequence
from heapq import heappop, heappush
from itertools import chain

from chronos.timeline.stn._paths import Csr

__all__ = ["dive"]


def dive(
    rev: Csr,
    upper: Sequence[int],
    lower: Sequence[int],
    rank: Sequence[int],
    source: int,
    target: int,
    *,
    cap: int,
    hub: int,
    budget: int,
) -> bool | None:
    """Whether a live path ``source -> target`` that avoids ``hub`` weighs at most ``cap``
    (scaled: a strict ``cap`` wants a value below its own, or equal to it on a strict path),
    or None if that takes more than ``budget`` points searched, or if the only paths found
    have the value of a strict ``cap`` (this search counts values, not strictness).

    Best first by rank, back from ``target`` on the reverse graph ``rev``: of the points
    reached, the one ranked nearest ``source`` goes on first, so a chain with room to spare
    is found in about as many steps as it has edges. It goes on from a point whenever a
    lighter path reaches it, and prunes only what cannot be within ``cap`` — by rank (a path
    ``x -> y`` that avoids the hub needs ``rank[x] >= rank[y]``) and by the labels, two
    feasible schedules, each a lower bound of the path still needed from ``source`` — so an
    answer within the budget is exact.
    """
    if target in (source, hub) or source == hub:
        return None
    strict = cap & 2
    limit = (cap + 2) >> 2
    up_s, low_s, ceiling = (upper[source] + 2) >> 2, (lower[source] + 2) >> 2, rank[source]
    if rank[target] > ceiling:
        return False
    off, tgt, wts, alive, extra = rev.off, rev.tgt, rev.wts, rev.alive, rev.extra
    best = {target: 0}
    todo = [(ceiling - rank[target], 0, target)]
    unsure = False
    while todo:
        _, gy, y = heappop(todo)
        if gy > best[y]:
            continue  # a lighter path got here since: searched from that one
        budget -= 1
        if budget < 0:
            return None
        more = extra.get(y)
        span = range(off[y], off[y + 1])
        for i in span if more is None else chain(span, more):
            x = tgt[i]
            if x == hub or not alive[i]:
                continue
            gx = gy + ((wts[i] + 2) >> 2)
            if x == source:
                if gx < limit or (gx == limit and not strict):
                    return True
                if gx == limit:
                    unsure = True
                continue
            rx = rank[x]
            if rx > ceiling:
                continue
            # The path still needed from the source weighs at least this in either schedule.
            a, b = ((upper[x] + 2) >> 2) - up_s, low_s - ((lower[x] + 2) >> 2)
            if gx + (a if a > b else b) > limit:
                continue
            old = best.get(x)
            if old is None or gx < old:
                best[x] = gx
                heappush(todo, (ceiling - rx, gx, x))
    return None if unsure else False
