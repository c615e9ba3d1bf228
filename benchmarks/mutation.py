#!/usr/bin/env python3
"""Mutation scores of the core modules: how many small faults do their tests notice?

mutmut (the optional extra ``mutation``) makes the mutants of each module — a changed
operator, number, string, comparison or keyword. Each mutant is written into a copy of
``src/`` and the module's tests run on it **in a fresh interpreter**: chronos builds tables
and fills caches when it is imported, so a run forked from a process that already imported
the unmutated code would test that code and report false survivors. A mutant is killed if
its tests fail (or run past ``--timeout``), and survives if they pass.

Usage::

    pip install -e ".[test,mutation]"
    python benchmarks/mutation.py [MODULE ...] [--jobs 2] [--timeout 120] [--survivors]

MODULE is a key of ``TARGETS`` (``occurrence``, ``window``, ``relations``, ...); all of them
by default. ``--survivors`` prints each surviving mutant as a one-line diff.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import mutmut

ROOT = Path(__file__).resolve().parent.parent

#: Each core module and the tests that speak for it.
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "occurrence": (
        "src/chronos/phrases/_occurrence.py",
        ("tests/phrases/test_occurrence.py", "tests/phrases/test_parse_yearless.py"),
    ),
    "window": (
        "src/chronos/time/_window.py",
        ("tests/time/test_window.py", "tests/property/test_certainty_laws.py"),
    ),
    "relations": (
        "src/chronos/timeline/_relations.py",
        ("tests/timeline/test_relations.py",),
    ),
    "anchors": (
        "src/chronos/phrases/_anchors.py",
        ("tests/phrases/test_anchors.py",),
    ),
    "diagnose": (
        "src/chronos/phrases/_diagnose.py",
        ("tests/phrases/test_diagnose.py",),
    ),
}


def mutants(path: Path) -> tuple[str, list[mutmut.RelativeMutationID]]:
    """The module's source and the ids of all its mutants."""
    source = path.read_text(encoding="utf-8")
    return source, mutmut.list_mutations(mutmut.Context(source=source, filename=str(path)))


def mutated(source: str, path: Path, mutant: mutmut.RelativeMutationID) -> str:
    """The source with one mutant applied."""
    context = mutmut.Context(source=source, filename=str(path), mutation_id=mutant)
    return str(mutmut.mutate(context)[0])


def run_tests(src: Path, tests: tuple[str, ...], timeout: float) -> str:
    """'passed', 'failed' or 'timeout': the tests run in a fresh interpreter on ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src), HYPOTHESIS_PROFILE="dev")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=--import-mode=importlib",
        *tests,
    ]
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter and test files
            command, cwd=ROOT, env=env, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return "timeout"
    return "passed" if done.returncode == 0 else "failed"


def one_mutant(
    work: Path, relative: str, source: str, mutant: mutmut.RelativeMutationID, args: Namespace
) -> tuple[str, str]:
    """Copy ``src/`` for this mutant alone, apply it, run the tests; the outcome and a diff."""
    tree = Path(tempfile.mkdtemp(dir=work))
    shutil.copytree(ROOT / "src", tree / "src")
    target = tree / relative
    text = mutated(source, target, mutant)
    target.write_text(text, encoding="utf-8")
    outcome = run_tests(tree / "src", args.tests, args.timeout)
    shutil.rmtree(tree, ignore_errors=True)
    before = source.splitlines()[mutant.line_number]
    after = text.splitlines()[mutant.line_number]
    return outcome, f"line {mutant.line_number + 1}: {before.strip()}  →  {after.strip()}"


class Namespace(argparse.Namespace):
    """The options, typed."""

    modules: list[str]
    jobs: int
    timeout: float
    survivors: bool
    tests: tuple[str, ...] = ()


def main(argv: list[str] | None = None) -> int:
    """Score each module and print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("modules", nargs="*", help=f"among {', '.join(TARGETS)} (all)")
    options.add_argument("--jobs", type=int, default=2)
    options.add_argument("--timeout", type=float, default=120.0)
    options.add_argument("--survivors", action="store_true")
    args = options.parse_args(argv, namespace=Namespace())
    with tempfile.TemporaryDirectory(prefix="chronos-mutation-") as scratch:
        work = Path(scratch)
        for name in args.modules or list(TARGETS):
            if name not in TARGETS:
                print(f"{name}: not a module here (one of {', '.join(TARGETS)})")
                return 2
            relative, tests = TARGETS[name]
            args.tests = tests
            if run_tests(ROOT / "src", tests, args.timeout) != "passed":
                print(f"{name}: the tests fail on the unmutated code; not scored")
                continue
            source, ids = mutants(ROOT / relative)
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                run = functools.partial(one_mutant, work, relative, source, args=args)
                results = list(pool.map(run, ids))
            survived = [diff for outcome, diff in results if outcome == "passed"]
            timeouts = sum(outcome == "timeout" for outcome, _ in results)
            killed = len(results) - len(survived)
            score = 100 * killed / len(results) if results else 100.0
            print(
                f"{name:<11} {relative}: {len(results)} mutants, {killed} killed "
                f"({timeouts} by timeout), {len(survived)} survived: score {score:.1f}% "
                f"in {time.perf_counter() - started:.0f} s"
            )
            if args.survivors:
                for diff in survived:
                    print(f"    survived {diff}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
