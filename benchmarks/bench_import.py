"""Import time of chronos, side by side with the libraries it is compared with.

Run: python benchmarks/bench_import.py [--runs N]

Each import runs in a fresh interpreter with ``-X importtime``; the figure is the cumulative
time of the top-level package, median over the runs. Peers that are not installed (the
``bench`` extra installs them) are skipped.

Every package is imported from compiled bytecode, as an installed package is: pip compiles
a wheel's modules when it installs them, and the peers here were installed that way. chronos,
installed in editable mode for development, has no bytecode of its own wherever
``PYTHONDONTWRITEBYTECODE`` is set, and would then be compiled from source at every import —
a measure of the environment, not of chronos. So the script first imports each package once
with bytecode written to a temporary ``pycache_prefix`` (never into the source tree) and
then times imports that read it. The time of chronos compiled from source (everything else
still read from bytecode) is printed as well, for comparison; it is not the budget figure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

MODULES = ["chronos", "dateparser", "parsedatetime", "pendulum", "dateutil.parser"]
BUDGET_S = 0.15


def _run(module: str, prefix: Path, *, write: bool, timed: bool) -> str:
    """Import ``module`` in a fresh interpreter that keeps its bytecode under ``prefix``."""
    env = dict(os.environ)
    if write:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    command = [sys.executable, "-X", f"pycache_prefix={prefix}"]
    if timed:
        command += ["-X", "importtime"]
    done = subprocess.run(  # noqa: S603 - fixed interpreter and module names
        [*command, "-c", f"import {module}"], capture_output=True, text=True, check=True, env=env
    )
    return done.stderr


def import_seconds(module: str, prefix: Path) -> float:
    """Cumulative import time of ``module`` in a fresh interpreter, in seconds."""
    stderr = _run(module, prefix, write=False, timed=True)
    top = module.split(".")[0]
    for line in reversed(stderr.splitlines()):
        fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
        if len(fields) == 3 and fields[2] in (module, top):
            return int(fields[1]) / 1e6
    raise RuntimeError(f"no import time found for {module}")


def _bytecode_of(package: str, prefix: Path) -> Path:
    """Where a ``pycache_prefix`` of ``prefix`` keeps the bytecode of ``package``."""
    spec = importlib.util.find_spec(package)
    assert spec is not None
    assert spec.submodule_search_locations is not None
    source = Path(next(iter(spec.submodule_search_locations))).resolve()
    return prefix / source.relative_to(source.anchor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    prefix = Path(tempfile.mkdtemp(prefix="chronos-bench-pycache-"))
    try:
        results: dict[str, float] = {}
        for module in MODULES:
            if importlib.util.find_spec(module.split(".")[0]) is None:
                print(f"{module:16} not installed, skipped")
                continue
            _run(module, prefix, write=True, timed=False)  # compile it (and what it imports)
            results[module] = statistics.median(
                import_seconds(module, prefix) for _ in range(args.runs)
            )
        shutil.rmtree(_bytecode_of("chronos", prefix), ignore_errors=True)
        from_source = statistics.median(import_seconds("chronos", prefix) for _ in range(args.runs))
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
    base = results["chronos"]
    print(f"median cumulative import time over {args.runs} fresh interpreters, from bytecode")
    print(f"load average (1, 5, 15 min) at the start: {load}")
    for module, seconds in results.items():
        print(f"{module:16} {seconds * 1000:8.1f} ms   {seconds / base:5.2f}x chronos")
    verdict = "within" if base <= BUDGET_S else "OVER"
    print(f"chronos budget {BUDGET_S * 1000:.0f} ms: {verdict}")
    print(f"chronos compiled from source (not the budget figure): {from_source * 1000:.1f} ms")


if __name__ == "__main__":
    main()
