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
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_timeline import SHAPES, build, clock, draws


def moved(before: list[int], after: list[int], bound: list[int | None]) -> tuple[int, int]:
    """How many times moved, and how many of them are still no bound."""
    points = [p for p, (x, y) in enumerate(zip(before, after, strict=True)) if x != y]
    return len(points), sum(1 for p in points if bound[p] is None)


def main(argv: list[str] | None = None) -> None:
    """Replay the benchmark's changes on one shape and size and count what each withdrawal
    moves."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shape", choices=SHAPES)
    parser.add_argument("size", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--profile", action="store_true")
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
    for k in range(min(100, len(added))):
        latest, earliest = solver.schedules()
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
    if args.profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats("stn", 14)


if __name__ == "__main__":
    main()
