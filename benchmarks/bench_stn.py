"""Benchmark the STN engine (``chronos.timeline.stn._solver``) against networkx's Bellman–Ford.

Builds a random but consistent network: events with a hidden true start and end, ``start <=
end`` for each, random relations between events that hold for the hidden times (before,
at least / within some days after, overlapping), and in mode "anchored" date anchors (the day,
month or year of an endpoint) on most events. Then it times ``Network.solve`` (the median of a
few runs, each on a freshly built network so that laying out the arrays counts), its peak
memory (tracemalloc), entailment queries ``distance(u, v)``, and incremental adds; and runs
networkx's ``single_source_bellman_ford_path_length`` on the same graph in both directions.

Run ``python benchmarks/bench_stn.py`` (100,000 events) or ``--events 2000`` for a quick look.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from chronos.timeline.stn._solver import Network

DAY = 86_400
YEAR = 365 * DAY
HORIZON = 1_000 * YEAR
ORIGIN = 0

#: The budgets of DESIGN.md §6 (and of the engine's brief) for 100,000 events.
SOLVE_BUDGET = {"anchored": 3.0, "unanchored": 10.0}
MEMORY_BUDGET_MB = 400
QUERY_BUDGET_MS = 50.0
ADD_BUDGET_MS = 1.0


class Claim(NamedTuple):
    """A claim as the edges ``(u, v, weight)`` it compiles to."""

    edges: tuple[tuple[int, int, int], ...]


class Scenario(NamedTuple):
    """A generated network: point count, claims, spare claims for incremental adds."""

    points: int
    claims: list[Claim]
    spare: list[Claim]
    truth: list[int]


def start_of(event: int) -> int:
    """The point of an event's start."""
    return 1 + 2 * event


def end_of(event: int) -> int:
    """The point of an event's end."""
    return 2 + 2 * event


def relation(rng: random.Random, a: int, b: int, truth: list[int]) -> Claim:
    """A random relation between events ``a`` and ``b`` that their true times satisfy."""
    sa, ea, sb, eb = start_of(a), end_of(a), start_of(b), end_of(b)
    if truth[eb] <= truth[sa]:
        a, b, sa, ea, sb, eb = b, a, sb, eb, sa, ea
    if truth[ea] <= truth[sb]:
        gap = truth[sb] - truth[ea]
        pick = rng.random()
        if pick < 0.5:  # a before b
            return Claim(((sb, ea, 0),))
        if pick < 0.75:  # b at least so many days after a
            return Claim(((sb, ea, -(gap // DAY) * DAY),))
        return Claim(((ea, sb, (gap // DAY + 1) * DAY),))  # b within so many days after a
    # The events overlap: order their starts and their ends.
    first_start = (sb, sa) if truth[sa] <= truth[sb] else (sa, sb)
    first_end = (eb, ea) if truth[ea] <= truth[eb] else (ea, eb)
    return Claim(((first_start[0], first_start[1], 0), (first_end[0], first_end[1], 0)))


def generate(
    events: int, relations: int, *, anchored: bool, seed: int, conflicts: int = 0
) -> Scenario:
    """A random network of ``events`` events and ``relations`` relations.

    It is consistent, except for ``conflicts`` anchors that put an anchored point two years
    off (anchored mode only).
    """
    rng = random.Random(seed)
    points = 1 + 2 * events
    truth = [0] * points
    for i in range(events):
        start = rng.randrange(50 * YEAR)
        length = 0 if rng.random() < 0.4 else int(rng.expovariate(1 / (30 * DAY)))
        truth[start_of(i)], truth[end_of(i)] = start, start + length
    claims = [Claim(((end_of(i), start_of(i), 0),)) for i in range(events)]
    by_time = sorted(range(events), key=lambda i: truth[start_of(i)])
    rank = {event: r for r, event in enumerate(by_time)}

    def pair() -> tuple[int, int]:
        a = rng.randrange(events)
        if rng.random() < 0.5:  # half the relations link events close in time
            near = min(events - 1, max(0, rank[a] + rng.randint(-50, 50)))
            return a, by_time[near]
        return a, rng.randrange(events)

    made: list[Claim] = []
    while len(made) < relations + 1_000:
        a, b = pair()
        if a != b:
            made.append(relation(rng, a, b, truth))
    claims += made[:relations]
    spare = made[relations:]
    if anchored:
        anchored_points = []
        for i in range(events):
            if rng.random() >= 0.9:
                continue
            grain = rng.choice((DAY, 30 * DAY, YEAR))
            for point in (start_of(i), end_of(i)):
                if rng.random() < 0.6:
                    lo = truth[point] // grain * grain
                    claims.append(Claim(((point, ORIGIN, -lo), (ORIGIN, point, lo + grain - 1))))
                    anchored_points.append(point)
        for point in rng.sample(anchored_points, min(conflicts, len(anchored_points))):
            lo = (truth[point] // YEAR + 2) * YEAR
            claims.append(Claim(((point, ORIGIN, -lo), (ORIGIN, point, lo + YEAR - 1))))
    rng.shuffle(claims)
    return Scenario(points, claims, spare, truth)


def build(scenario: Scenario) -> Network:
    """A network holding every claim of the scenario, one cid per claim."""
    net = Network()
    net.add_points(scenario.points)
    add = net.add_constraint
    for cid, claim in enumerate(scenario.claims):
        for u, v, w in claim.edges:
            add(u, v, w, cid)
    return net


def cold_solve(scenario: Scenario) -> tuple[float, float]:
    """Seconds to build a fresh network, and to solve it (laying out its arrays included)."""
    gc.collect()
    started = time.perf_counter()
    net = build(scenario)
    built = time.perf_counter() - started
    return built, timed(lambda: net.solve(ORIGIN, HORIZON))


def timed(action: Callable[[], object]) -> float:
    """Seconds taken by ``action()``."""
    gc.collect()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def verdict(value: float, budget: float) -> str:
    """'ok' or 'OVER' against a budget."""
    return "ok" if value <= budget else "OVER"


def run_mode(mode: str, args: argparse.Namespace) -> None:
    """Measure one mode and print its table."""
    anchored = mode == "anchored"
    scenario = generate(
        args.events, 3 * args.events, anchored=anchored, seed=args.seed, conflicts=args.conflicts
    )
    edges = sum(len(c.edges) for c in scenario.claims)
    print(
        f"\n== mode {mode}: {args.events:,} events, {scenario.points:,} points, "
        f"{len(scenario.claims):,} claims, {edges:,} edges"
    )

    build_times, solve_times = [], []
    for _ in range(args.runs):
        built, solved_in = cold_solve(scenario)
        build_times.append(built)
        solve_times.append(solved_in)
    solve = statistics.median(solve_times)
    budget = SOLVE_BUDGET[mode] * args.events / 100_000
    print(f"build (add_constraint)   median {statistics.median(build_times):7.3f} s")
    # The budgets are for consistent input; repairs cost extra work of their own.
    judged = f"budget {budget:.2f} s: {verdict(solve, budget)}" if not args.conflicts else ""
    print(
        f"solve                    median {solve:7.3f} s   "
        f"runs {' '.join(f'{t:.3f}' for t in solve_times)}   {judged}"
    )

    solved, incremental, resolved, added = measure_solved(scenario, args)
    gc.collect()
    batch = build(scenario._replace(claims=scenario.claims + added))
    batch.solve(ORIGIN, HORIZON)
    print(
        f"  {len(added)} claims added one by one; fell back to a full solve: "
        f"{resolved}; equal to a batch solve: {incremental == batch.bounds()}"
    )
    del batch
    if not args.skip_networkx:
        compare_networkx(scenario, solved, solve, args)


Bounds = tuple[list[int | None], list[int | None]]


def measure_solved(
    scenario: Scenario, args: argparse.Namespace
) -> tuple[Bounds, Bounds, bool, list[Claim]]:
    """Peak memory, queries and incremental adds on one network.

    Returns the bounds after the solve, the bounds after the adds, whether an add fell back
    to a full solve, and the claims added.
    """
    gc.collect()
    tracemalloc.start()
    net = build(scenario)
    report = net.solve(ORIGIN, HORIZON)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(
        f"  edges scanned {report.scanned:,}, conflicts {len(report.conflicts)}, "
        f"fallback {report.fallback}"
    )
    solved = net.bounds()
    print(
        f"  bounded points: lower {sum(x is not None for x in solved[0]):,}, "
        f"upper {sum(x is not None for x in solved[1]):,}"
    )
    print(
        f"peak memory (build+solve)       {peak:7.1f} MB  budget {MEMORY_BUDGET_MB} MB: "
        f"{verdict(peak, MEMORY_BUDGET_MB)}"
    )

    rng = random.Random(args.seed + 1)
    pairs = [
        (rng.randrange(scenario.points), rng.randrange(scenario.points))
        for _ in range(args.queries)
    ]
    query_ms = time_queries(net, pairs, None)
    limited_ms = time_queries(net, pairs, 0)
    q = statistics.median(query_ms)
    print(
        f"distance(u, v)           median {q:7.3f} ms  max {max(query_ms):8.3f} ms  "
        f"budget {QUERY_BUDGET_MS:.0f} ms: {verdict(q, QUERY_BUDGET_MS)}"
    )
    print(
        f"distance(u, v, limit=0)  median {statistics.median(limited_ms):7.3f} ms  "
        f"max {max(limited_ms):8.3f} ms"
    )

    before = net.report
    add_ms = []
    added = scenario.spare[: args.adds]
    for cid, claim in enumerate(added, start=len(scenario.claims)):
        started = time.perf_counter()
        for u, v, w in claim.edges:
            net.add_constraint(u, v, w, cid)
        add_ms.append(1e3 * (time.perf_counter() - started))
    a = statistics.median(add_ms)
    p95 = statistics.quantiles(add_ms, n=20)[-1]
    print(
        f"incremental add          median {a:7.3f} ms  p95 {p95:8.3f} ms  "
        f"budget {ADD_BUDGET_MS:.0f} ms: {verdict(a, ADD_BUDGET_MS)}"
    )
    return solved, net.bounds(), net.report is not before, added


def time_queries(net: Network, pairs: list[tuple[int, int]], limit: int | None) -> list[float]:
    """Milliseconds taken by ``net.distance(u, v, limit=limit)`` for each pair."""
    times = []
    for u, v in pairs:
        started = time.perf_counter()
        net.distance(u, v, limit=limit)
        times.append(1e3 * (time.perf_counter() - started))
    return times


def compare_networkx(
    scenario: Scenario,
    solved: Bounds,
    solve: float,
    args: argparse.Namespace,
) -> None:
    """Time networkx's Bellman–Ford on the same graph and check that it agrees."""
    import networkx as nx  # type: ignore[import-untyped]

    graph = nx.DiGraph()
    graph.add_nodes_from(range(scenario.points))
    weights: dict[tuple[int, int], int] = {}
    for claim in scenario.claims:
        for u, v, w in claim.edges:
            weights[u, v] = min(w, weights.get((u, v), w))
    for p in range(scenario.points):
        if p != ORIGIN:  # the engine's implicit horizon, made explicit
            weights[ORIGIN, p] = min(HORIZON, weights.get((ORIGIN, p), HORIZON))
            weights[p, ORIGIN] = min(HORIZON, weights.get((p, ORIGIN), HORIZON))
    graph.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    reverse = graph.reverse(copy=False)
    times = []
    for _ in range(args.nx_runs):
        started = time.perf_counter()
        up = nx.single_source_bellman_ford_path_length(graph, ORIGIN)
        down = nx.single_source_bellman_ford_path_length(reverse, ORIGIN)
        times.append(time.perf_counter() - started)
    lows, ups = solved
    agree = all(ups[p] is None or ups[p] == up[p] for p in range(scenario.points)) and all(
        lows[p] is None or lows[p] == -down[p] for p in range(scenario.points)
    )
    nx_time = statistics.median(times)
    print(
        f"networkx bellman_ford    median {nx_time:7.3f} s   (both directions; "
        f"same bounds: {agree})   chronos is {nx_time / solve:.1f}x faster"
    )


def main() -> None:
    """Parse the arguments and run the chosen modes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--mode", choices=["anchored", "unanchored", "both"], default="both")
    parser.add_argument("--runs", type=int, default=3, help="solve runs (median reported)")
    parser.add_argument("--nx-runs", type=int, default=1, help="networkx runs")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--adds", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--conflicts", type=int, default=0, help="wrong-year anchors to add (anchored mode)"
    )
    parser.add_argument("--skip-networkx", action="store_true")
    args = parser.parse_args()
    print(
        f"python {sys.version.split()[0]}; budgets scale with --events "
        f"(DESIGN.md §6 gives them for 100,000)"
    )
    for mode in ["anchored", "unanchored"] if args.mode == "both" else [args.mode]:
        run_mode(mode, args)


if __name__ == "__main__":
    main()
