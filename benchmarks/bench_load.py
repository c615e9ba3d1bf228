"""A timeline read back from JSON, side by side with another checkout: ``from_json`` and
what a loaded timeline is asked first.

Builds the shapes of ``bench_timeline.py`` (same seed, same builders), solves, makes
changes drawn as that script draws them before its JSON round trip (the 150 relations the
truth satisfies; then the reverse of the last 50 of them, at least a day apart and less
confident, each set aside: that script reverses the 50 before those and also adds 50
"after" links, so the two documents differ a little), then times, several times over on the
same text: ``to_json``, ``from_json``, and on each timeline read back the first ``when()``,
the conflicts, the first ``relation()`` of 20 random pairs (their largest) and
``ordered()``. Times are CPU time of the process (``time.process_time``); each figure
printed is the median of the repeats.

With ``--against SRC`` (the ``src`` directory of another checkout, e.g. ``/work/main/src``)
every round runs twice, once in a fresh interpreter that imports chronos from ``SRC`` and
once from this checkout, alternately, so that both meet the same load on a shared machine;
the table gives both medians and their ratio (this checkout over the other: below 1 is
faster here).

Run: ``python benchmarks/bench_load.py --sizes 100000 --shapes unanchored hub --against
/work/main/src`` (about a minute per shape and round), or ``--rounds 1 --sizes 10000`` for a
quick look; ``--profile`` prints where one ``from_json`` spends its time instead.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OURS = HERE.parent / "src"
clock = time.process_time
OPERATIONS = (
    "to_json",
    "from_json",
    "first when() after load",
    "conflicts after load",
    "first relation() after load (max of 20)",
    "ordered() after load",
)


def child(shape: str, n: int, repeats: int, profile: bool) -> dict[str, list[float]]:
    """Every operation ``repeats`` times on one timeline of ``shape`` and size ``n``."""
    import random

    import bench_timeline as bt

    from chronos.timeline._timeline import Timeline

    seed = 0
    tl, truth, order = bt.build(shape, n, seed)
    solved = tl.conflicts
    by_id = {int(e.name[1:]): e for e in tl.events}
    events = [by_id[i] for i in range(n)]
    _, _, _, _, changes = bt.draws(shape, n, seed, truth, order)
    for a, b in changes:
        tl.relate(events[a], "before", events[b])
    for a, b in changes[100:]:
        tl.relate(events[b], "before", events[a], gap="at least 1 day", confidence=0.5)
    print(f"{len(solved)} conflicts, then {len(tl.conflicts)}", file=sys.stderr)
    text = tl.to_json()
    if profile:
        import cProfile
        import pstats

        gc.collect()
        profiler = cProfile.Profile()
        profiler.runcall(Timeline.from_json, text)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        return {}
    times: dict[str, list[float]] = {name: [] for name in OPERATIONS}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        gc.collect()
        start = clock()
        result = fn()
        times[name].append(clock() - start)
        return result

    rng = random.Random(seed + 3)
    for _ in range(repeats):
        timed("to_json", tl.to_json)
        loaded = timed("from_json", lambda: Timeline.from_json(text))
        middle = events[order[n // 2]].name
        timed("first when() after load", lambda: loaded.when(middle))  # noqa: B023 - now
        timed("conflicts after load", lambda: loaded.conflicts)  # noqa: B023 - now
        pairs = [rng.sample(range(n), 2) for _ in range(20)]
        worst = 0.0
        for a, b in pairs:
            start = clock()
            loaded.relation(events[a].name, "before", events[b].name)
            worst = max(worst, clock() - start)
        times["first relation() after load (max of 20)"].append(worst)
        timed("ordered() after load", loaded.ordered)
        if loaded._solver.solves:
            raise SystemExit("the timeline read back solved again: the stored solution was refused")
        loaded = None  # freed before the next load
    return times


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.3f} s"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[100_000])
    parser.add_argument("--shapes", nargs="+", default=["unanchored", "hub"])
    parser.add_argument("--rounds", type=int, default=3, help="fresh interpreters per checkout")
    parser.add_argument("--repeats", type=int, default=3, help="loads per interpreter")
    parser.add_argument("--against", help="the src directory of the checkout to compare with")
    parser.add_argument("--profile", action="store_true", help="profile one from_json")
    parser.add_argument("--child", nargs=4, metavar=("SRC", "SHAPE", "N", "REPEATS"))
    args = parser.parse_args(argv)
    if args.child:
        src, shape, n, repeats = args.child
        sys.path[:0] = [src, str(HERE)]
        print(json.dumps(child(shape, int(n), int(repeats), profile=False)))
        return
    if args.profile:
        sys.path[:0] = [str(OURS), str(HERE)]
        for shape in args.shapes:
            for n in args.sizes:
                print(f"== {shape} {n}")
                child(shape, n, 1, profile=True)
        return
    sources = [("this", str(OURS))]
    if args.against:
        sources.insert(0, ("other", str(Path(args.against).resolve())))
    for shape in args.shapes:
        for n in args.sizes:
            found: dict[str, dict[str, list[float]]] = {name: {} for name, _ in sources}
            for _ in range(args.rounds):
                for name, src in sources:
                    command = [sys.executable, __file__, "--child", src, shape, str(n)]
                    out = subprocess.run(  # noqa: S603 - this script, with its own arguments
                        [*command, str(args.repeats)], check=True, capture_output=True, text=True
                    )
                    for op, samples in json.loads(out.stdout.splitlines()[-1]).items():
                        found[name].setdefault(op, []).extend(samples)
            print(f"\n{shape}, {n:,} events ({args.rounds} rounds x {args.repeats} repeats)")
            head = f"{'operation':42s}{'this':>12s}"
            if args.against:
                head += f"{'other':>12s}{'ratio':>8s}"
            print(head)
            for op in OPERATIONS:
                ours = statistics.median(found["this"][op])
                line = f"{op:42s}{fmt(ours):>12s}"
                if args.against:
                    theirs = statistics.median(found["other"][op])
                    line += f"{fmt(theirs):>12s}{ours / theirs:>8.2f}"
                print(line)


if __name__ == "__main__":
    main()
