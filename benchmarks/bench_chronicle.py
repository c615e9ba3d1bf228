#!/usr/bin/env python3
"""chronicle() on 1,000 statements of about 3,000 characters, beside extract() on the same text.

The statements are cut from the news of ``../shared/eval/data/*.jsonl`` (read at run time
from the project root, never copied into the project): consecutive documents joined until
about 3,000 characters and cut at the last sentence end before that, each statement
published on the date of its first document; the corpora are used in turn until there are
``--statements`` of them.

Printed, as medians of the CPU time of this process over ``--repeat`` runs (one core):

- ``chronicle(statements)``: the whole list in one call (merged into one timeline), and
  solved (``ordered()``), against the budget of DESIGN.md §6 (10 s);
- ``extract`` alone on the same texts (the text stage chronicle stands on), and the ratio;
- memory: the peak traced by ``tracemalloc`` during one batch, per statement;
- one statement of 5 MB (the news joined and repeated), read whole: its time and rate.

Usage::

    python benchmarks/bench_chronicle.py [--statements 1000] [--repeat 3] [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from chronos import Statement, chronicle, extract
from chronos.text import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"
BUDGET = 10.0  # seconds for 1,000 statements of ~3,000 characters (DESIGN.md §6)
SIZE = 3_000


def statements(count: int) -> list[Statement]:
    docs = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            docs += [json.loads(line) for line in f if line.strip()]
    out: list[Statement] = []
    n = 0
    while len(out) < count:
        # consecutive documents joined until about SIZE characters, cut at a sentence end
        first = docs[n % len(docs)]
        text = ""
        while len(text) < SIZE:
            text += docs[n % len(docs)]["text"] + "\n\n"
            n += 1
        ends = [b for _, b in sentence_spans(text) if b <= SIZE]
        text = text[: ends[-1]] if ends else text[:SIZE]
        out.append(Statement(text, published=first["dct"], id=f"s{len(out)}"))
    return out


def cpu(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="skip the 5 MB statement")
    args = ap.parse_args()
    given = statements(args.statements)
    chars = sum(len(s.text) for s in given)
    print(
        f"{len(given)} statements, {chars:,} characters "
        f"(mean {chars / len(given):,.0f}), median CPU time of {args.repeat} runs"
    )

    def batch() -> object:
        tl = chronicle(given)
        return tl.ordered()

    def texts() -> object:
        return [extract(s.text, dct=s.published) for s in given]

    t_chronicle = cpu(batch, args.repeat)
    t_extract = cpu(texts, args.repeat)
    print(
        f"chronicle + ordered()  {t_chronicle:8.2f} s  {chars / t_chronicle:>10,.0f} chars/s  "
        f"{t_chronicle / BUDGET:5.2f}x the budget of {BUDGET:.0f} s"
    )
    print(
        f"extract alone          {t_extract:8.2f} s  {chars / t_extract:>10,.0f} chars/s  "
        f"chronicle/extract = {t_chronicle / t_extract:.2f}x"
    )
    tl = chronicle(given)
    print(f"events {len(tl.events):,}, claims {len(tl.claims):,}, conflicts {len(tl.conflicts)}")
    tracemalloc.start()
    chronicle(given).ordered()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak traced memory {peak / 2**20:.1f} MiB, "
        f"{peak / len(given) / 1024:.1f} KiB per statement"
    )
    if not args.quick:
        joined = " ".join(s.text for s in given)
        big = (joined * (5_000_000 // len(joined) + 1))[:5_000_000]
        one = Statement(big, published="2000-01-01", id="big")
        start = time.process_time()
        chronicle([one])
        took = time.process_time() - start
        print(
            f"one statement of {len(big):,} characters: {took:.1f} s "
            f"({len(big) / took:,.0f} chars/s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
