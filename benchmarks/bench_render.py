"""The renderers at scale: how each format's time grows with the number of events.

The issue names no peer for the renderers, so each is shown beside the timeline's own
``Timeline.to_json()`` on the same chronology (a ratio: how many JSON dumps one rendering
costs) and against itself across sizes (the growth exponent: slope of log time on log
size; 1.0 is linear). ``render.table`` is timed alone — it solves nothing but reads the
order and the bounds, and with explanations one ``explain()`` per event — and every format
is then timed from a table without explanations.

Two shapes of chronology, built through the public API:

- ``news``: 80 % of events dated to a day, each "before" one to three events up to 30
  places later — short chains of explanation;
- ``chain``: each event after the previous one, only the first dated — an explanation of
  the last event runs through every claim before it, the worst case.

Run: ``python benchmarks/bench_render.py`` (sizes 1,000, 4,000 and 16,000), or
``--sizes 500 2000``. Needs the ``plot`` extra for the plot rows (``--no-plot`` skips them).
Tables with every explanation are built only up to ``--explain-up-to`` events (1,000): along
a chain each explanation is as long as the chain, so they grow quadratically.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from chronos import Span, Timeline, render

FIRST = date(2000, 1, 1)


def build(shape: str, n: int, seed: int = 7) -> Timeline:
    """A consistent chronology of ``n`` events in ``shape``."""
    rng = random.Random(seed)
    tl = Timeline(reference="2030-01-01")
    for i in range(n):
        day = FIRST + timedelta(days=i * 3)
        dated = (shape == "news" and rng.random() < 0.8) or (shape == "chain" and i == 0)
        tl.add(f"event {i}", when=Span.day(day.year, day.month, day.day) if dated else None)
    for i in range(n - 1):
        if shape == "chain":
            tl.relate(f"event {i + 1}", "after", f"event {i}", source=f"statement {i}")
        else:
            for _ in range(rng.randint(1, 3)):
                j = min(n - 1, i + rng.randint(1, 30))
                if j != i:
                    tl.relate(f"event {i}", "before", f"event {j}", source=f"statement {i}")
    return tl


def timed(action: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``action`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def growth(sizes: list[int], times: list[float]) -> float:
    """The least-squares slope of log time on log size."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-9)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main() -> None:
    """Print, per shape and operation, the median time at each size, the ratio to the
    timeline's JSON at the largest size, and the growth exponent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 4000, 16000])
    parser.add_argument(
        "--explain-up-to",
        type=int,
        default=1000,
        help="largest size at which tables with explanations are built (default 1000)",
    )
    parser.add_argument("--no-plot", action="store_true")
    args = parser.parse_args()
    sizes: list[int] = sorted(args.sizes)
    print(f"load average at the start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    folder = Path(tempfile.mkdtemp())
    for shape in ("news", "chain"):
        results: dict[str, dict[int, float]] = {}
        for n in sizes:
            tl = build(shape, n)
            tl.ordered()  # solved and ordered once, as a user has it before rendering
            repeat = 5 if n <= 1000 else 3 if n <= 4000 else 1
            table = render.table(tl, explain=False)
            operations: dict[str, tuple[Callable[[], object], int]] = {
                "Timeline.to_json (reference)": (tl.to_json, repeat),
                "render.table(explain=False)": (partial(render.table, tl, explain=False), repeat),
            }
            if n <= args.explain_up_to:
                operations["render.table (explanations)"] = (partial(render.table, tl), 1)
            for name, renderer in render.FORMATS.items():
                operations[name] = (partial(renderer, table), repeat)
            if not args.no_plot:
                operations["plot (png)"] = (partial(render.plot, table, folder / "p.png"), repeat)
            for name, (action, times) in operations.items():
                results.setdefault(name, {})[n] = timed(action, times)
        print(f"\nshape {shape}: median seconds at {', '.join(f'{n:,}' for n in sizes)} events")
        reference = results["Timeline.to_json (reference)"]
        for name, by_size in results.items():
            cells = "  ".join(f"{by_size[n]:9.4f}" if n in by_size else f"{'—':>9}" for n in sizes)
            last = max(by_size)
            ratio = by_size[last] / reference[last]
            exponent = growth(list(by_size), list(by_size.values())) if len(by_size) > 1 else 0
            print(
                f"  {name:30} {cells}   {ratio:7.2f}x to_json at {last:,}   growth {exponent:4.2f}"
            )


if __name__ == "__main__":
    main()
