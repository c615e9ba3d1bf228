"""Import time of chronos, side by side with the libraries it is compared with.

Run: python benchmarks/bench_import.py [--runs N]

Each import runs in a fresh interpreter with ``-X importtime``; the figure is the cumulative
time of the top-level package, median over the runs. Peers that are not installed (the
``bench`` extra installs them) are skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys

MODULES = ["chronos", "dateparser", "parsedatetime", "pendulum", "dateutil.parser"]
BUDGET_S = 0.15


def import_seconds(module: str) -> float:
    """Cumulative import time of ``module`` in a fresh interpreter, in seconds."""
    done = subprocess.run(  # noqa: S603 - fixed interpreter and module names
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    top = module.split(".")[0]
    for line in reversed(done.stderr.splitlines()):
        fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
        if len(fields) == 3 and fields[2] in (module, top):
            return int(fields[1]) / 1e6
    raise RuntimeError(f"no import time found for {module}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    results: dict[str, float] = {}
    for module in MODULES:
        if importlib.util.find_spec(module.split(".")[0]) is None:
            print(f"{module:16} not installed, skipped")
            continue
        results[module] = statistics.median(import_seconds(module) for _ in range(args.runs))
    base = results["chronos"]
    print(f"median cumulative import time over {args.runs} fresh interpreters")
    for module, seconds in results.items():
        print(f"{module:16} {seconds * 1000:8.1f} ms   {seconds / base:5.2f}x chronos")
    verdict = "within" if base <= BUDGET_S else "OVER"
    print(f"chronos budget {BUDGET_S * 1000:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
