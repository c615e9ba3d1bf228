#!/usr/bin/env python3
"""chronos.extract beside dateparser's search_dates and datefinder on running news text.

All three read the same documents in one process: the TimeML gold corpora of
``../shared/eval/data/*.jsonl`` (TimeBank, AQUAINT, MEANTIME; read at run time, relative to
the project root, never copied into the project), each with its document date:

- chronos: ``extract(text, dct=dct)``;
- dateparser: ``dateparser.search.search_dates(text, languages=["en"],
  settings={"RELATIVE_BASE": dct})`` (it returns the strings it read, located in the text
  in order);
- datefinder: ``datefinder.find_dates(text, source=True, index=True, base_date=dct)``.

For each it prints characters per second (the median over ``--repeat`` runs of the CPU
time of one process, i.e. one core) and, beside it, its TempEval-3 strict and relaxed span
F1 on the same documents (chronos also its value F1; the peers return a date, not a TIMEX3
value, so theirs is not scored). The peers are slow, so all three are compared on a sample
of the corpora (``--sample`` characters, whole documents from each file in turn); chronos
is then measured alone on the whole corpora.

Linear time: the whole corpora are joined into one statement and repeated up to about
10 MB; chronos's characters per second at each size and the growth exponent of the time
(1.0 is linear) are printed, then the adversarial texts of the issue at two sizes each: a
line of digits, "May" repeated, nested brackets.

Usage::

    python benchmarks/bench_extract.py [--repeat 5] [--sample 60000] [--quick]

The peers are the optional ``bench`` extra; they are never a runtime dependency.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from chronos import Timex, extract
from chronos.text import GoldDocument, GoldTimex, Mention, Scores, score

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "data"
BUDGET = 500_000  # characters per second, DESIGN.md §6

#: Documents on which a peer raised (it then reads nothing there), by peer.
FAILURES: dict[str, int] = {}
Extractor = Callable[[str, date | None], Sequence[Mention]]


def _documents(data: Path) -> list[GoldDocument]:
    docs = []
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            timexes = tuple(
                GoldTimex(t["start"], t["end"], t["text"], t["type"], t.get("value", ""))
                for t in raw["timexes"]
            )
            dct = date.fromisoformat(raw["dct"][:10])
            docs.append(GoldDocument(raw["doc_id"], dct, raw["text"], timexes))
    return docs


def _sample(docs: list[GoldDocument], size: int) -> list[GoldDocument]:
    """Whole documents, taken from each corpus in turn, up to ``size`` characters."""
    by_corpus: dict[str, list[GoldDocument]] = {}
    for doc in docs:
        by_corpus.setdefault(doc.doc_id[:3], []).append(doc)
    queues = list(by_corpus.values())
    chosen: list[GoldDocument] = []
    total = 0
    k = 0
    while total < size and any(queues):
        queue = queues[k % len(queues)]
        if queue:
            doc = queue.pop(0)
            chosen.append(doc)
            total += len(doc.text)
        k += 1
    return chosen


def _chronos(text: str, dct: date | None) -> list[Mention]:
    return extract(text, dct=dct)


def _located(text: str, found: list[tuple[str, datetime]]) -> list[Mention]:
    """Mentions for strings a peer read, found in the text in order."""
    out: list[Mention] = []
    at = 0
    for string, moment in found:
        start = text.find(string, at)
        if start < 0:
            start = text.find(string)
        if start < 0:
            continue
        end = start + len(string)
        while start < end and text[start].isspace():
            start += 1
        try:
            timex = Timex("DATE", moment.date().isoformat())
        except Exception:  # a peer's odd year: not a value chronos writes
            timex = Timex("DATE", "XXXX-XX-XX")
        out.append(Mention(start=start, end=end, text=text[start:end], timex=timex))
        at = end
    return out


def _dateparser() -> Extractor | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(text: str, dct: date | None) -> list[Mention]:
        base = datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
            except Exception:  # a peer failing on a document reads nothing
                FAILURES["dateparser"] = FAILURES.get("dateparser", 0) + 1
                found = None
        return _located(text, list(found or []))

    return run


def _datefinder() -> Extractor | None:
    try:
        import datefinder
    except ImportError:
        return None

    def run(text: str, dct: date | None) -> list[Mention]:
        base = datetime(dct.year, dct.month, dct.day) if dct else datetime(2000, 1, 1)
        out: list[Mention] = []
        try:
            for moment, _, (start, end) in datefinder.find_dates(
                text, source=True, index=True, base_date=base
            ):
                while start < end and text[start].isspace():
                    start += 1
                try:
                    timex = Timex("DATE", moment.date().isoformat())
                except Exception:
                    timex = Timex("DATE", "XXXX-XX-XX")
                out.append(Mention(start=start, end=end, text=text[start:end], timex=timex))
        except Exception:  # a peer failing on a document reads nothing
            FAILURES["datefinder"] = FAILURES.get("datefinder", 0) + 1
        return out

    return run


def _cpu(run: Callable[[], object], repeat: int) -> float:
    """Median CPU seconds of ``run()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _over(extractor: Extractor, docs: list[GoldDocument]) -> Callable[[], None]:
    def run() -> None:
        for doc in docs:
            extractor(doc.text, doc.dct)

    return run


def _f1(scores: Scores, value: bool) -> str:
    line = f"strict F1 {100 * scores.strict.f1:5.1f}  relaxed F1 {100 * scores.relaxed.f1:5.1f}"
    if value:
        line += f"  value F1 {100 * scores.value.f1:5.1f}"
    return line


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--repeat", type=int, default=5)
    options.add_argument("--sample", type=int, default=60_000)
    options.add_argument("--data", type=Path, default=DATA)
    options.add_argument("--quick", action="store_true", help="skip the 10 MB rows")
    args = options.parse_args(argv)
    docs = _documents(args.data)
    if not docs:
        print(f"no gold data under {args.data}", file=sys.stderr)
        return 1
    print(
        "load average (1, 5, 15 min) at the start: "
        + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    sample = _sample(list(docs), args.sample)
    sample_chars = sum(len(d.text) for d in sample)
    print(
        f"\nsample: {len(sample)} documents, {sample_chars:,} characters; "
        f"CPU time, median of {args.repeat} runs (peers: at most 3)"
    )
    engines: list[tuple[str, Extractor]] = [("chronos", _chronos)]
    for name, make in (("dateparser", _dateparser), ("datefinder", _datefinder)):
        made = make()
        if made is None:
            print(f"{name}: not installed (pip install -e '.[bench]')")
        else:
            engines.append((name, made))
    base_speed = 0.0
    for name, engine in engines:
        repeat = args.repeat if name == "chronos" else max(1, min(args.repeat, 3))
        seconds = _cpu(_over(engine, sample), repeat)
        speed = sample_chars / seconds if seconds else float("inf")
        if name == "chronos":
            base_speed = speed
        scores = score(sample, engine)
        ratio = base_speed / speed if speed else float("inf")
        print(
            f"{name:11s} {speed:12,.0f} chars/s  chronos is {ratio:6.1f}x   "
            f"{_f1(scores, name == 'chronos')}"
        )
    for name, count in sorted(FAILURES.items()):
        print(f"({name} raised on {count} document runs, which count as reading nothing)")
    total = sum(len(d.text) for d in docs)
    seconds = _cpu(_over(_chronos, docs), args.repeat)
    speed = total / seconds
    verdict = "within" if speed >= BUDGET else "BELOW"
    print(f"\nwhole corpora: {len(docs)} documents, {total:,} characters")
    print(f"chronos     {speed:12,.0f} chars/s   {_f1(score(docs, _chronos), True)}")
    print(f"chronos budget {BUDGET:,} chars/s: {verdict}")
    _linearity(docs, args.quick)
    return 0


def _linearity(docs: list[GoldDocument], quick: bool) -> None:
    joined = "\n\n".join(d.text for d in docs)
    dct = date(2000, 1, 1)
    sizes = [1, 2, 4] if quick else [1, 2, 4, 8, 16]
    print("\nlinear time: the corpora joined into one statement, repeated (one run each)")
    rows = []
    for k in sizes:
        text = joined * k
        seconds = _cpu(lambda text=text: extract(text, dct=dct), 1)
        rows.append((len(text), seconds))
        print(f"{len(text):>12,} chars  {seconds:7.2f} s  {len(text) / seconds:12,.0f} chars/s")
    (n1, t1), (n2, t2) = rows[0], rows[-1]
    print(
        f"growth exponent of the time from {n1:,} to {n2:,} chars: "
        f"{math.log(t2 / t1) / math.log(n2 / n1):.2f}"
    )
    print("\nadversarial texts (one run each), time at n and 2n")
    for name, unit, n in (
        ("digits", "7", 100_000),
        ('"May "', "May ", 50_000),
        ("nested brackets", "([", 10_000),
    ):
        small = _cpu(lambda u=unit, n=n: extract(u * n, dct=dct), 1)
        large = _cpu(lambda u=unit, n=n: extract(u * (2 * n), dct=dct), 1)
        print(
            f"{name:16s} n={n:>7,}  {small:6.3f} s   2n {large:6.3f} s   "
            f"ratio {large / max(small, 1e-9):4.2f}"
        )


if __name__ == "__main__":
    sys.exit(main())
