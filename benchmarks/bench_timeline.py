"""Timeline at scale: solve, memory, window and relation queries, incremental adds.

Builds a random but *consistent* news archive through the public API — a ground truth of
events, turned into claims that the truth satisfies — then measures what DESIGN §6 and
issue 4 budget, side by side with networkx's Bellman–Ford on the very same graph:

- solve 100,000 events / 300,000 constraints: ≤ 3 s when most events carry dates
  ("anchored"), ≤ 10 s when they are only linked to each other ("unanchored");
- peak memory of building and solving ≤ 400 MB (tracemalloc, a separate run);
- a date-window query ≤ 1 ms; ``relation(a, "before", b)`` ≤ 50 ms; adding one constraint to a
  solved timeline ≤ 1 ms typical.

Run: ``python benchmarks/bench_timeline.py`` (``--events 10000`` for a quick look,
``--no-networkx`` to skip the peer). Figures are medians; ratios are networkx / chronos.
"""

from __future__ import annotations

import argparse
import gc
import random
import signal
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from chronos import Certainty, Span
from chronos.timeline._network import HORIZON, ORIGIN
from chronos.timeline._timeline import Timeline

DAY = 86400
FIRST = date(2000, 1, 1)
YEARS = 25


def ground_truth(n: int, rng: random.Random) -> list[tuple[date, int]]:
    """``n`` events: a first day and a length in days (0 to 20)."""
    span = YEARS * 365
    return [
        (FIRST + timedelta(days=rng.randrange(span)), rng.choice((0, 0, 1, 2, 5, 20)))
        for _ in range(n)
    ]


def build(n: int, constraints: int, *, anchored: bool, seed: int) -> tuple[Timeline, list[Any]]:
    """A timeline of ``n`` events and about ``constraints`` edges that the truth satisfies."""
    rng = random.Random(seed)
    truth = ground_truth(n, rng)
    tl = Timeline(reference=date(2025, 1, 1))
    events = []
    edges = 0
    for i, (day, length) in enumerate(truth):
        if anchored and rng.random() < 0.8:
            end = day + timedelta(days=length + 1)
            events.append(tl.add(f"e{i}", when=Span.between(day, end)))
            edges += 2
        else:
            events.append(tl.add(f"e{i}"))
    # Links between events close in time, as news links them: before/after, some with gaps.
    order = sorted(range(n), key=lambda i: truth[i][0])
    spare = []
    while edges < constraints:
        k = rng.randrange(n - 1)
        j = min(n - 1, k + rng.randint(1, 40))
        a, b = order[k], order[j]
        end_a = truth[a][0] + timedelta(days=truth[a][1] + 1)
        if end_a <= truth[b][0]:
            gap_days = (truth[b][0] - end_a).days
            if rng.random() < 0.3 and gap_days >= 2:
                tl.relate(events[a], "before", events[b], gap=f"at least {gap_days // 2} days")
            else:
                tl.relate(events[b], "after", events[a])
            edges += 1
        else:
            spare.append((a, b))
    return tl, [(events[a], events[b], truth[a], truth[b]) for a, b in spare[:1000]] or [
        (events[0], events[1], truth[0], truth[1])
    ]


def timed(fn: Callable[[], object]) -> float:
    """Seconds taken by one call."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    """The median of ``samples`` (seconds) in milliseconds."""
    return statistics.median(samples) * 1000


class _TooSlowError(Exception):
    """networkx ran past its time limit."""


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlowError


def networkx_solve(tl: Timeline, limit: int) -> float | None:
    """Seconds for networkx's Bellman–Ford, both directions, on the timeline's graph.

    ``inf`` when it runs past ``limit`` seconds (where the platform has SIGALRM).
    """
    try:
        import networkx as nx
    except ImportError:
        return None
    solver = tl._solver
    g = nx.DiGraph()
    n = solver.point_count
    g.add_nodes_from(range(n))
    for claim in tl._claims:
        for u, v, w in solver.edges_of(claim.number):
            if g.has_edge(u, v):
                w = min(w, g[u][v]["weight"])
            g.add_edge(u, v, weight=w)
    # The horizon chronos adds implicitly, so that networkx reaches every point too.
    for v in range(1, n):
        if not g.has_edge(ORIGIN, v):
            g.add_edge(ORIGIN, v, weight=HORIZON)
        if not g.has_edge(v, ORIGIN):
            g.add_edge(v, ORIGIN, weight=HORIZON)
    rev = g.reverse(copy=True)
    gc.collect()
    previous = signal.signal(signal.SIGALRM, _alarm) if hasattr(signal, "SIGALRM") else None
    if previous is not None:
        signal.alarm(limit)
    start = time.perf_counter()
    try:
        nx.single_source_bellman_ford_path_length(g, ORIGIN)
        nx.single_source_bellman_ford_path_length(rev, ORIGIN)
    except _TooSlowError:
        return float("inf")
    finally:
        if previous is not None:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


def scenario(
    n: int, constraints: int, *, anchored: bool, peer: bool, seed: int, limit: int
) -> None:
    """Measure one scenario and print its figures."""
    label = "anchored" if anchored else "unanchored"
    gc.collect()
    t0 = time.perf_counter()
    tl, spare = build(n, constraints, anchored=anchored, seed=seed)
    built = time.perf_counter() - t0
    edges = sum(len(tl._solver.edges_of(c.number)) for c in tl._claims)
    gc.collect()
    solve = timed(lambda: tl.conflicts)
    assert tl.conflicts == [], "the generated claims are consistent"
    print(f"\n== {label}: {n:,} events, {len(tl.claims):,} claims, {edges:,} edges ==")
    print(f"build (public API)        {built:8.2f} s")
    print(f"solve                     {solve:8.2f} s   budget {'3' if anchored else '10'} s")

    rng = random.Random(seed + 1)
    index = timed(lambda: tl.between("2010-01", "2010-01"))
    index += timed(lambda: tl.between("2010-01", "2010-01", certainty=Certainty.POSSIBLE))
    print(f"date window (index build) {index * 1000:8.1f} ms  (once after a change)")
    months = [Span.month(2000 + rng.randrange(YEARS), rng.randint(1, 12)) for _ in range(200)]
    for certainty in (Certainty.CERTAIN, Certainty.POSSIBLE):
        windows = []
        found = []
        for window in months:
            start = time.perf_counter()
            hits = tl.between(window, window, certainty=certainty)
            windows.append(time.perf_counter() - start)
            found.append(len(hits))
        print(
            f"date window, {certainty.name.lower():<8}  {median_ms(windows):8.3f} ms  budget 1 ms"
            f"  (a month; median {statistics.median(found):,.0f} events listed)"
        )

    events = tl.events
    relations = []
    for _ in range(100):
        a, b = rng.choice(events), rng.choice(events)
        if a == b:
            continue
        start = time.perf_counter()
        tl.relation(a, "before", b)
        relations.append(time.perf_counter() - start)
    hard = []
    for a, b, _, _ in spare[:50]:
        start = time.perf_counter()
        tl.relation(a, "before", b)
        hard.append(time.perf_counter() - start)
    print(f"relation(a, before, b)    {median_ms(relations):8.3f} ms  budget 50 ms (random pairs)")
    print(
        f"relation, nearby pairs    {median_ms(hard):8.3f} ms  "
        f"(max {max(hard) * 1000:.1f} ms; bounds cannot decide these)"
    )

    adds = []
    for a, b, truth_a, truth_b in spare[:200]:
        end_a = truth_a[0] + timedelta(days=truth_a[1] + 1)
        relation = "starts" if truth_a[0] == truth_b[0] else "overlaps"
        if truth_a[0] > truth_b[0] or end_a > truth_b[0] + timedelta(days=truth_b[1] + 1):
            relation = "as of"
        start = time.perf_counter()
        tl.relate(a, relation, b)
        tl.when(a)
        adds.append(time.perf_counter() - start)
    print(f"incremental add + query   {median_ms(adds):8.3f} ms  budget 1 ms typical")
    assert tl.conflicts == [], "the incremental claims are consistent too"

    if peer:
        nx_time = networkx_solve(tl, limit)
        if nx_time is None:
            print("networkx                  not installed (pip install networkx)")
        elif nx_time == float("inf"):
            print(f"networkx Bellman–Ford     > {limit} s  (stopped; ratio > {limit / solve:.0f}x)")
        else:
            print(
                f"networkx Bellman–Ford     {nx_time:8.2f} s   "
                f"(same graph, both directions; ratio networkx/chronos {nx_time / solve:.1f}x)"
            )


def memory(n: int, constraints: int, *, anchored: bool, seed: int) -> None:
    """Peak traced memory of building and solving one scenario."""
    gc.collect()
    tracemalloc.start()
    tl, _ = build(n, constraints, anchored=anchored, seed=seed)
    _ = tl.conflicts
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    label = "anchored" if anchored else "unanchored"
    print(f"peak memory, {label:<11}  {peak / 2**20:8.1f} MB  budget 400 MB (tracemalloc)")


def main(argv: list[str] | None = None) -> None:
    """Parse the options and run every scenario."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--constraints", type=int, default=None, help="default: 3 per event")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-networkx", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--scenario", choices=("anchored", "unanchored", "both"), default="both")
    parser.add_argument(
        "--networkx-limit", type=int, default=600, help="seconds before networkx is stopped"
    )
    args = parser.parse_args(argv)
    n = args.events
    constraints = 3 * n if args.constraints is None else args.constraints
    print(f"chronos timeline benchmark — Python {sys.version.split()[0]}")
    kinds = {"anchored": (True,), "unanchored": (False,), "both": (True, False)}[args.scenario]
    for anchored in kinds:
        scenario(
            n,
            constraints,
            anchored=anchored,
            peer=not args.no_networkx,
            seed=args.seed,
            limit=args.networkx_limit,
        )
    if not args.no_memory:
        print()
        for anchored in kinds:
            memory(n, constraints, anchored=anchored, seed=args.seed)


if __name__ == "__main__":
    main()
