#!/usr/bin/env python3
"""A million generated calls to the public API: does anything but a ChronosError escape?

The laws of ``tests/property/test_robustness.py`` at scale, without hypothesis: every call
gets an input made by a seeded generator (so a run can be repeated exactly) —

- ``parse`` (most calls): random text, valid phrases mutated by character and word edits,
  at references drawn from the whole calendar (its first and last weeks often);
- every parser of a string form (``Span.parse``, ``Window.parse``, ``Duration.parse``,
  ``Timex.parse``, ``parse_edtf``, …) on mutated canonical strings;
- ``Timeline.add`` / ``relate`` with mutated phrases and gaps, on timelines at references
  anywhere in the years the timeline takes, each timeline checked to still answer;
- ``Timeline.from_json`` on mutated documents.

It counts the calls, the ChronosErrors (by class), the longest message, and every other
exception escaped (with its input, so it can be turned into a regression test), and prints
the time taken. It exits with status 1 if anything else escaped.

Usage::

    python benchmarks/fuzz.py [--calls 1000000] [--seed 12]
"""

from __future__ import annotations

import argparse
import collections
import random
import string
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from chronos import (
    ChronosError,
    Duration,
    Grain,
    Part,
    Span,
    Timeline,
    Timex,
    Window,
    parse,
    parse_edtf,
)

PHRASES = (
    "since August 2023",
    "ahead of the February 8 elections",
    "two days after the letter",
    "on Monday morning",
    "last week",
    "the weekend",
    "tomorrow at 10:30 a.m.",
    "Q3 2024",
    "early 2020",
    "between March and May 2022",
    "for three years",
    "more than two weeks",
    "every other Tuesday",
    "the past three months",
    "by the end of the year",
    "10 days ago",
    "in the run-up to the vote",
    "the 1990s",
    "mid-June",
    "from 9 to 5 pm on Friday",
    "the first week of March",
    "next Christmas",
    "the following day",
    "within a month",
)
CANONICAL = (
    "2023-08",
    "2024-02-08T10:30:00",
    "2023-08/..",
    "P3D",
    "PT30M",
    "2024-Q3",
    "2024-37",
    "[1667,1668,1670..1672]",
    "2004-06~/2006-08?",
    "XXXX-12-25",
    "P1Y2M",
)
GAPS = ("at least 2 days", "3 to 5 fortnights", "a month", "up to 3 days", "0 days")
RELATIONS = ("before", "after", "ahead of", "during", "meets", "since", "until")
NUMBERS = ("0", "00", "13", "24", "32", "54", "61", "99", "9999", "10000", "9" * 30)
ALPHABET = string.ascii_letters + string.digits + " -/:.,'’\u00a0\u0301é–" + "\n\t"
STRING_PARSERS: tuple[Callable[[str], object], ...] = (
    Span.parse,
    Window.parse,
    Duration.parse,
    Part.parse,
    Grain.parse,
    Timex.parse,
    parse_edtf,
)
FIRST, LAST = date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()


class Inputs:
    """The seeded generator of inputs."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def text(self, longest: int = 30) -> str:
        rng = self.rng
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(longest)))

    def mutated(self, sources: tuple[str, ...]) -> str:
        rng = self.rng
        text = rng.choice(sources)
        for _ in range(rng.randint(0, 4)):
            at = rng.randrange(len(text) + 1)
            edit = rng.randrange(6)
            if edit == 0:
                text = text[:at] + text[at + 1 :]
            elif edit == 1:
                text = text[:at] + self.text(4) + text[at:]
            elif edit == 2:
                text = text[:at] + text[at:] * 2
            elif edit == 3:
                text = text[:at] + rng.choice(NUMBERS) + text[at:]
            elif edit == 4:
                text = text[:at] + " " + rng.choice(PHRASES) + " " + text[at:]
            else:
                words = text.split(" ")
                rng.shuffle(words)
                text = " ".join(words)
        return text

    def phrase(self) -> str:
        return self.text() if self.rng.random() < 0.2 else self.mutated(PHRASES)

    def reference(self) -> date | datetime:
        rng = self.rng
        pick = rng.random()
        if pick < 0.25:  # the first two weeks of the calendar
            day = date.fromordinal(FIRST + rng.randrange(14))
        elif pick < 0.5:  # the last two weeks of year 9998 and of year 9999
            day = date.fromordinal(rng.choice((LAST - 365, LAST)) - rng.randrange(14))
        else:
            day = date.fromordinal(rng.randint(FIRST, LAST))
        if rng.random() < 0.3:
            return datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))
        return day

    def timeline_reference(self) -> date:
        rng = self.rng
        low, high = date(2, 1, 1).toordinal(), date(9997, 12, 31).toordinal()
        pick = rng.random()
        if pick < 0.25:
            return date.fromordinal(low + rng.randrange(14))
        if pick < 0.5:
            return date.fromordinal(high - rng.randrange(14))
        return date.fromordinal(rng.randint(low, high))


def a_document() -> str:
    tl = Timeline(reference="2024-10-25")
    a = tl.add("conviction", when="in August 2023", source="statement 1")
    b = tl.add("sentencing", when="on February 8", tense="past")
    tl.relate(b, "after", a, gap="at least 2 days")
    return tl.to_json()


def main(argv: list[str] | None = None) -> int:
    """Run the calls and print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--calls", type=int, default=1_000_000)
    options.add_argument("--seed", type=int, default=12)
    args = options.parse_args(argv)
    gen, rng = Inputs(args.seed), random.Random(args.seed + 1)
    documents = (a_document(),)
    kinds: collections.Counter[str] = collections.Counter()
    refused: collections.Counter[str] = collections.Counter()
    escaped: list[tuple[str, str, str]] = []
    longest, longest_message = 0, ""
    timeline: Timeline | None = None
    started = time.perf_counter()
    for n in range(args.calls):
        pick = rng.random()
        if pick < 0.6:
            kind, text, reference = "parse", gen.phrase(), gen.reference()
            tense = rng.choice((None, "past", "future"))

            def call() -> object:
                return parse(text, reference=reference, tense=tense)  # noqa: B023
        elif pick < 0.8:
            parser = rng.choice(STRING_PARSERS)
            kind, text = parser.__qualname__, gen.mutated(CANONICAL)

            def call() -> object:
                return parser(text)  # noqa: B023
        elif pick < 0.97:
            if timeline is None or len(timeline) > 12:
                if timeline is not None:
                    timeline.ordered()  # the timeline answers after every refused change
                    Timeline.from_json(timeline.to_json())
                timeline = Timeline(reference=gen.timeline_reference())
            tl = timeline
            gap = None if rng.random() < 0.5 else gen.mutated(GAPS)
            if rng.random() < 0.6 or len(tl) < 2:
                kind, text = "Timeline.add", gen.phrase()

                def call() -> object:
                    return tl.add(f"e{n}", when=text, duration=gap)  # noqa: B023
            else:
                kind, text = "Timeline.relate", gen.mutated(RELATIONS)
                a, b = rng.sample(tl.events, 2)

                def call() -> object:
                    return tl.relate(a, text, b, gap=gap)  # noqa: B023
        else:
            kind, text = "Timeline.from_json", gen.mutated(documents)

            def call() -> object:
                return Timeline.from_json(text)  # noqa: B023

        kinds[kind] += 1
        try:
            call()
        except ChronosError as error:
            refused[type(error).__name__] += 1
            if len(str(error)) > longest:
                longest, longest_message = len(str(error)), str(error)
        except Exception as error:
            escaped.append((kind, repr(text), f"{type(error).__name__}: {error}"))
    elapsed = time.perf_counter() - started
    print(f"calls: {sum(kinds.values()):,} in {elapsed:.1f} s ({timedelta(seconds=elapsed)})")
    print("by entry point: " + ", ".join(f"{k} {v:,}" for k, v in kinds.most_common()))
    print("refused with: " + ", ".join(f"{k} {v:,}" for k, v in refused.most_common()))
    print(f"longest message: {longest} characters")
    print("  " + "\n  ".join(longest_message.splitlines()))
    print(f"escaped (not a ChronosError): {len(escaped)}")
    for kind, text, error in escaped[:20]:
        print(f"  {kind}({text[:100]}): {error[:200]}")
    return 1 if escaped else 0


if __name__ == "__main__":
    raise SystemExit(main())
