"""Where the time of ``withdraw + when`` goes: the times each withdrawal moves.

Replays the changes of ``bench_timeline.py`` on one shape and size (the same timeline, the
same questions before, the same 150 relations, 50 "after" links and 50 contradictions), then
withdraws the same 100 relations, each followed by the same ``when()``, and prints for the
slowest withdrawals their CPU time and how many latest and earliest times of points (two
per event) moved, and how many of those are no bound at all (``when`` shows ``..``: the
horizon alone gives them, so only their seconds moved, which ``ordered()`` reads). The
times are the figure of this script alone; the counts are read between withdrawals, off the
clock.

Run: ``python benchmarks/withdraw_moves.py one-anchor 100000`` (shapes as in
``bench_timeline.py``; ``--top 10`` rows); ``--profile`` runs the withdrawals under cProfile
(their times are then the profiler's) and prints where they went, by cumulative time.

``--floor`` keeps the labels before every call of the engine's ``insert`` during the
withdrawals (the copies then count in their times) and, after them, runs the call that
moved the most labels again, from those labels, side by side with a bare breadth-first walk
over the same arrays that only lowers labels (first in first out, no order by fall, nothing
kept to undo, no log of moved points): the floor of any repair that visits each moved point
in Python. Medians of 5 runs each, and the ratio.

``--groups`` prints, for the same slowest withdrawals, the shape of what moved on each side
(latest times, earliest times): how many times moved by the one amount most of them moved
by, and how many moved points kept their predecessor (their bound still hangs on the same
edge, from a point that moved by as much): such points move with a whole subtree of the
tree of bounds, and only the roots of those subtrees took a new edge.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import statistics
import sys
from array import array
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import replace
from itertools import chain
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_timeline import SHAPES, build, clock, draws

from chronos.timeline.stn import _repair
from chronos.timeline.stn._dynamic import insert
from chronos.timeline.stn._paths import Csr


def moved(before: list[int], after: list[int], bound: list[int | None]) -> tuple[int, int]:
    """How many times moved, and how many of them are still no bound."""
    points = [p for p, (x, y) in enumerate(zip(before, after, strict=True)) if x != y]
    return len(points), sum(1 for p in points if bound[p] is None)


def move_shape(
    before: list[int], after: list[int], pred_before: list[int], pred_after: list[int]
) -> tuple[int, int, int]:
    """How many times moved, how many of them by the commonest amount, and how many of the
    moved points kept their predecessor code."""
    amounts: Counter[int] = Counter()
    kept = 0
    for x, (b, a) in enumerate(zip(before, after, strict=True)):
        if a != b:
            amounts[a - b] += 1
            kept += pred_before[x] == pred_after[x]
    common = amounts.most_common(1)[0][1] if amounts else 0
    return sum(amounts.values()), common, kept


def bare_walk(g: Csr, dist: array[int], position: int) -> int:
    """Lower the labels that the edge at ``position`` lowers, breadth-first and first in
    first out, and nothing else; return how many points were taken off the queue."""
    off, tgt, wts, alive, extra = g.off, g.tgt, g.wts, g.alive, g.extra
    tail, head = g.sources[g.eid[position]], tgt[position]
    du, w = dist[tail], wts[position]
    dist[head] = du + w + (du & w & 2)
    queue = deque([head])
    popleft, append = queue.popleft, queue.append
    visits = 0
    while queue:
        u = popleft()
        visits += 1
        du = dist[u]
        more = extra.get(u)
        span = range(off[u], off[u + 1])
        for i in span if more is None else chain(span, more):
            v = tgt[i]
            w = wts[i]
            nv = du + w + (du & w & 2)
            if nv < dist[v] and alive[i]:
                dist[v] = nv
                append(v)
    return visits


def floor(calls: list[tuple[Any, ...]]) -> None:
    """Time the ``insert`` call that moved the most labels again, beside :func:`bare_walk`."""
    g, before, pred, position, kwargs, after = max(
        calls, key=lambda c: sum(map(int.__ne__, c[1], c[5]))
    )
    moved = sum(map(int.__ne__, before, after))

    def engine() -> None:
        dist, preds = array("q", before), array("q", pred)
        insert(g, dist, preds, position, **{**kwargs, "changed": []})
        assert dist == after

    def bare() -> None:
        dist = array("q", before)
        bare_walk(g, dist, position)
        assert dist == after  # the same labels: the walk is a floor of the same work

    times: dict[str, list[float]] = {"insert": [], "bare walk": []}
    runs: dict[str, Callable[[], None]] = {"insert": engine, "bare walk": bare}
    for _ in range(5):
        for name, run in runs.items():
            gc.collect()
            start = clock()
            run()
            times[name].append(clock() - start)
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"the insert that moved the most labels: {moved:,} of {len(before):,}")
    for name, m in medians.items():
        print(f"  {name:10} {1000 * m:8.1f} ms  {1e9 * m / moved:6.0f} ns per moved label")
    print(f"  ratio insert / bare walk: {medians['insert'] / medians['bare walk']:.2f}")


def main(argv: list[str] | None = None) -> None:
    """Replay the benchmark's changes on one shape and size and count what each withdrawal
    moves."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shape", choices=SHAPES)
    parser.add_argument("size", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--groups", action="store_true")
    args = parser.parse_args(argv)
    shape, n = args.shape, args.size
    tl, truth, order = build(shape, n, args.seed)
    tl.conflicts  # noqa: B018 (the first solve)
    tl.ordered()
    _, pairs, near, months, changes = draws(shape, n, args.seed, truth, order)
    by_id = {int(e.name[1:]): e for e in tl.events}
    events = [by_id[i] for i in range(n)]
    for a, b in pairs:
        tl.relation(events[a], "before", events[b])
    for a, b in near:
        tl.relation(events[a], "before", events[b])
    for month in months:
        tl.between(month, month)
    added = []
    for a, b in changes:
        added.append(tl.relate(events[a], "before", events[b]))
        tl.when(events[b])
    for k, (a, b) in enumerate(changes[:50]):
        tl.relate(events[b], "after", events[a])
        tl.between(months[k], months[k])
    for a, b in changes[50:100]:
        tl.relate(events[b], "before", events[a], gap="at least 1 day", confidence=0.5)
        tl.when(events[a])
    solver = tl._solver
    rows = []
    profile = cProfile.Profile()
    calls: list[tuple[Any, ...]] = []
    if args.floor:

        def kept(g: Csr, dist: Any, pred: Any, position: int, **kwargs: Any) -> Any:
            before, preds = array("q", dist), array("q", pred)
            # The graph as it is now: later changes mark edges dead and append others.
            now = replace(
                g, alive=bytearray(g.alive), extra={u: list(p) for u, p in g.extra.items()}
            )
            result = insert(g, dist, pred, position, **kwargs)
            if before != dist:
                kwargs.pop("changed", None)
                calls.append((now, before, preds, position, kwargs, array("q", dist)))
            return result

        _repair.insert = kept  # type: ignore[assignment]
    groups: dict[int, list[tuple[int, int, int]]] = {}
    for k in range(min(100, len(added))):
        latest, earliest = solver.schedules()
        if args.groups:
            labels = solver.network._current()
            preds = [list(labels.up_pred), list(labels.low_pred)]
        gc.collect()
        start = clock()
        if args.profile:
            profile.enable()
        tl.withdraw(added[k])
        tl.when(events[changes[k][1]])
        if args.profile:
            profile.disable()
        seconds = clock() - start
        latest_now, earliest_now = solver.schedules()
        lows, ups = solver.all_bounds()
        if args.groups:
            labels = solver.network._current()
            groups[k] = [
                move_shape(latest, latest_now, preds[0], list(labels.up_pred)),
                move_shape(earliest, earliest_now, preds[1], list(labels.low_pred)),
            ]
        rows.append(
            (seconds, k, moved(latest, latest_now, ups), moved(earliest, earliest_now, lows))
        )
    print(f"{shape} at {n:,}: {len(rows)} withdrawals, load average {os.getloadavg()[0]:.2f}")
    print("  ms       # latest times moved (no bound)   earliest times moved (no bound)")
    for seconds, k, (up, up_none), (low, low_none) in sorted(rows, reverse=True)[: args.top]:
        print(f"{1000 * seconds:9.1f}  {k:3}  {up:10,} ({up_none:,}){low:22,} ({low_none:,})")
    total = [sum(r[2][0] for r in rows), sum(r[3][0] for r in rows)]
    hidden = [sum(r[2][1] for r in rows), sum(r[3][1] for r in rows)]
    print(
        f"all withdrawals: latest times moved {total[0]:,} ({hidden[0]:,} no bound), "
        f"earliest times moved {total[1]:,} ({hidden[1]:,} no bound)"
    )
    if groups:
        print("the same withdrawals, the shape of the moves on each side (latest; earliest):")
        print("    #   moved   by one amount   kept their predecessor")
        for _, k, _, _ in sorted(rows, reverse=True)[: args.top]:
            for side, (count, common, kept) in zip(("latest", "earliest"), groups[k], strict=True):
                if count:
                    print(
                        f"  {k:3} {side:9} {count:9,}   {common:9,} ({100 * common / count:5.1f} %)"
                        f"   {kept:9,} ({100 * kept / count:5.1f} %)"
                    )
    if args.profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats("stn", 14)
    if calls:
        _repair.insert = insert
        floor(calls)


if __name__ == "__main__":
    main()
