#!/usr/bin/env python3
"""chronos.parse against dateparser and parsedatetime on the same press-style phrases.

All three run in one process over one list of phrases (written for this benchmark, in
the style of press statements), with the same reference date, Friday 25 October 2024:

- chronos: ``parse(phrase, reference=REF)``;
- dateparser: ``dateparser.parse(phrase, languages=["en"],
  settings={"RELATIVE_BASE": REF})`` (``PREFER_DATES_FROM`` left at its default);
- parsedatetime: ``Calendar().parseDT(phrase, sourceTime=REF)`` (status 0 is "not read").

It prints, for each, the median CPU time per phrase — on the first call for each phrase
("first") and over repeated calls ("repeat") — the ratios to chronos, and how many
phrases each resolves to the right span. For chronos it also prints "cold": every
``functools`` cache in chronos (the calendar units and TIMEX3 values it shares between
phrases) is emptied before each timed call, so no phrase profits from one read before it.
"Right" for chronos is the exact expected span; for a peer, which returns one datetime, a
datetime inside the expected span (chronos is also counted that way, for comparison).
Phrases with no span (durations, recurrences) are timed but not scored.

Usage::

    python benchmarks/bench_parse.py [--repeat 7]

The peers are the optional ``bench`` extra; they are never a runtime dependency.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime

from chronos import ParseError, Span
from chronos.phrases._parse import parse

REF = datetime(2024, 10, 25)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

#: (phrase, expected span as EDTF, or None for a phrase without a span).
HAND_WRITTEN: list[tuple[str, str | None]] = [
    ("since August 2023", "2023-08"),
    ("ahead of the February 8 elections", "2025-02-08"),
    ("on Monday", "2024-10-28"),
    ("last week", "2024-W42"),
    ("earlier this month", "2024-10-01/2024-10-24"),
    ("early 2024", "2024-37"),
    ("mid-October", "2024-10-11/2024-10-20"),
    ("two weeks ago", "2024-10-11"),
    ("in two weeks", "2024-11-08"),
    ("yesterday", "2024-10-24"),
    ("Q3 2024", "2024-35"),
    ("last summer", "2024-22"),
    ("the 1990s", "199X"),
    ("at 10:30 a.m. on 3 May 2023", "2023-05-03T10:30"),
    ("between March and May 2022", "2022-03/2022-05"),
    ("until the end of the year", "2024-39"),
    ("by December", "2024-12"),
    ("26 October 2023", "2023-10-26"),
    ("Oct. 26, 2023", "2023-10-26"),
    ("2023-10-26", "2023-10-26"),
    ("26/10/2023", "2023-10-26"),
    ("today", "2024-10-25"),
    ("tomorrow", "2024-10-26"),
    ("the day before yesterday", "2024-10-23"),
    ("the day after tomorrow", "2024-10-27"),
    ("this week", "2024-W43"),
    ("next week", "2024-W44"),
    ("last month", "2024-09"),
    ("this month", "2024-10"),
    ("next month", "2024-11"),
    ("last year", "2023"),
    ("this year", "2024"),
    ("next year", "2025"),
    ("three days ago", "2024-10-22"),
    ("five days ago", "2024-10-20"),
    ("a week ago", "2024-10-18"),
    ("10 days ago", "2024-10-15"),
    ("three weeks ago", "2024-10-04"),
    ("a month ago", "2024-09"),
    ("two months ago", "2024-08"),
    ("six months ago", "2024-04"),
    ("a year ago", "2023"),
    ("two years ago", "2022"),
    ("five years ago", "2019"),
    ("a decade ago", "2014"),
    ("in three days", "2024-10-28"),
    ("in a week", "2024-11-01"),
    ("in three weeks", "2024-11-15"),
    ("in a month", "2024-11"),
    ("in six months", "2025-04"),
    ("in two years", "2026"),
    ("last Monday", "2024-10-21"),
    ("last Tuesday", "2024-10-22"),
    ("last Wednesday", "2024-10-23"),
    ("last Thursday", "2024-10-24"),
    ("last Friday", "2024-10-18"),
    ("last Saturday", "2024-10-19"),
    ("last Sunday", "2024-10-20"),
    ("next Monday", "2024-10-28"),
    ("next Tuesday", "2024-10-29"),
    ("next Wednesday", "2024-10-30"),
    ("next Thursday", "2024-10-31"),
    ("next Friday", "2024-11-01"),
    ("this coming Sunday", "2024-10-27"),
    ("on Thursday", "2024-10-24"),
    ("on Saturday", "2024-10-26"),
    ("on Sunday", "2024-10-27"),
    ("this morning", "2024-10-25TMO"),
    ("this afternoon", "2024-10-25TAF"),
    ("this evening", "2024-10-25TEV"),
    ("tonight", "2024-10-25TNI"),
    ("last night", "2024-10-24TNI"),
    ("yesterday morning", "2024-10-24TMO"),
    ("yesterday afternoon", "2024-10-24TAF"),
    ("tomorrow morning", "2024-10-26TMO"),
    ("tomorrow evening", "2024-10-26TEV"),
    ("on Tuesday evening", "2024-10-22TEV"),
    ("Thursday night", "2024-10-24TNI"),
    ("at noon on 3 May 2023", "2023-05-03T12:00"),
    ("at 9 a.m. on 12 June 2024", "2024-06-12T09:00"),
    ("at 3:15 p.m. on 1 March 2024", "2024-03-01T15:15"),
    ("10 p.m. on 4 July 2024", "2024-07-04T22:00"),
    ("at 18:00 on 9 September 2023", "2023-09-09T18:00"),
    ("late last year", "2023-39"),
    ("early next year", "2025-37"),
    ("mid-2023", "2023-38"),
    ("late 2022", "2022-39"),
    ("early March", "2025-03-01/2025-03-10"),
    ("late September", "2024-09-21/2024-09-30"),
    ("mid-August 2023", "2023-08-11/2023-08-20"),
    ("the end of October", "2024-10-21/2024-10-31"),
    ("the beginning of 2025", "2025-37"),
    ("the end of last year", "2023-39"),
    ("the middle of next month", "2024-11-11/2024-11-20"),
    ("later this year", "2024-10-26/2024-12-31"),
    ("later this month", "2024-10-26/2024-10-31"),
    ("earlier this year", "2024-01-01/2024-10-24"),
    ("earlier this week", "2024-10-21/2024-10-24"),
    ("the first quarter of 2024", "2024-33"),
    ("the second quarter", "2024-34"),
    ("the fourth quarter of 2023", "2023-36"),
    ("Q1 2025", "2025-33"),
    ("the first half of 2023", "2023-40"),
    ("the second half of 2024", "2024-41"),
    ("H2 2022", "2022-41"),
    ("summer 2023", "2023-22"),
    ("the summer of 2019", "2019-22"),
    ("last spring", "2024-21"),
    ("next spring", "2025-21"),
    ("this winter", "2024-24"),
    ("autumn 2022", "2022-23"),
    ("the 1980s", "198X"),
    ("the 2010s", "201X"),
    ("the nineties", "199X"),
    ("the 20th century", "19XX"),
    ("since 2019", "2019"),
    ("since March 2022", "2022-03"),
    ("since last year", "2023"),
    ("since January", "2024-01"),
    ("until March 2025", "2025-03"),
    ("until next week", "2024-W44"),
    ("by the end of the month", "2024-10-21/2024-10-31"),
    ("by 2030", "2030"),
    ("before 2020", "2020"),
    ("after 2021", "2021"),
    ("ahead of next month's vote", "2024-11"),
    ("prior to June 2024", "2024-06"),
    ("following last week's meeting", "2024-W42"),
    ("during 2023", "2023"),
    ("throughout the summer of 2022", "2022-22"),
    ("as of Monday", "2024-10-28"),
    ("in 2024", "2024"),
    ("in October 2023", "2023-10"),
    ("on 3 May 2023", "2023-05-03"),
    ("from 2019 to 2021", "2019/2021"),
    ("between 2010 and 2015", "2010/2015"),
    ("2019-2021", "2019/2021"),
    ("October 21-23, 2024", "2024-10-21/2024-10-23"),
    ("Monday, October 21, 2024", "2024-10-21"),
    ("Thursday, Nov. 7, 2024", "2024-11-07"),
    ("Christmas 2023", "2023-12-25"),
    ("New Year's Day 2025", "2025-01-01"),
    ("Thanksgiving 2024", "2024-11-28"),
    ("Easter 2024", "2024-03-31"),
    ("the past three months", "2024-07-25/2024-10-24"),
    ("the last two weeks", "2024-10-11/2024-10-24"),
    ("the next two weeks", "2024-10-25/2024-11-07"),
    ("the past 12 months", "2023-10-25/2024-10-24"),
    ("the next five years", "2024-10-25/2029-10-24"),
    ("this weekend", "2024-10-26/2024-10-27"),
    ("last weekend", "2024-10-19/2024-10-20"),
    ("next weekend", "2024-11-02/2024-11-03"),
    ("for three years", None),
    ("more than two years", None),
    ("about a month", None),
    ("at least 30 days", None),
    ("less than an hour", None),
    ("several years", None),
    ("a few days", None),
    ("18 months", None),
    ("two and a half years", None),
    ("nearly a decade", None),
    ("up to five years", None),
    ("within a week", None),
    ("every Monday", None),
    ("twice a month", None),
    ("daily", None),
    ("every year", None),
    ("once a week", None),
    ("currently", None),
    ("recently", None),
    ("now", None),
    ("in the coming weeks", None),
    ("two days after the letter", None),
    ("after his conviction", None),
    ("the following day", None),
    ("three days later", None),
]


def _templated() -> list[tuple[str, str | None]]:
    """Full dates in the common press formats, one per month of two years, and months."""
    rows: list[tuple[str, str | None]] = []
    for index in range(24):
        year = 2023 + index // 12
        month = index % 12 + 1
        day = date(year, month, 1 + (index * 7) % 28)
        name = MONTHS[month - 1]
        iso = day.isoformat()
        forms = [
            f"{day.day} {name} {year}",
            f"{name} {day.day}, {year}",
            f"{name[:3]}. {day.day}, {year}" if name != "May" else f"May {day.day}, {year}",
            f"on {day.day} {name} {year}",
            f"{day.day:02d}/{month:02d}/{year}" if day.day > 12 else f"{iso}",
        ]
        rows.extend((form, iso) for form in forms)
        rows.append((f"{name} {year}", f"{year}-{month:02d}"))
    return rows


PHRASES: list[tuple[str, str | None]] = HAND_WRITTEN + _templated()


def _chronos(phrase: str) -> object:
    try:
        return parse(phrase, reference=REF)
    except ParseError:
        return None


def _peers() -> dict[str, Callable[[str], object]]:
    peers: dict[str, Callable[[str], object]] = {}
    try:
        import dateparser  # type: ignore[import-untyped]

        settings = {"RELATIVE_BASE": REF}

        def run_dateparser(phrase: str) -> object:
            return dateparser.parse(phrase, languages=["en"], settings=settings)

        peers["dateparser"] = run_dateparser
    except ImportError:
        print("dateparser is not installed (pip install chronos[bench])", file=sys.stderr)
    try:
        import parsedatetime  # type: ignore[import-untyped]

        calendar = parsedatetime.Calendar()

        def run_parsedatetime(phrase: str) -> object:
            result, status = calendar.parseDT(phrase, sourceTime=REF)
            return result if status else None

        peers["parsedatetime"] = run_parsedatetime
    except ImportError:
        print("parsedatetime is not installed (pip install chronos[bench])", file=sys.stderr)
    return peers


# The CPU time of this process: other load on a shared machine does not count.
_clock = time.process_time


def _time(
    tools: dict[str, Callable[[str], object]], repeat: int
) -> dict[str, tuple[list[float], list[float], list[object]]]:
    """Per tool and phrase: the first call's time, the median of ``repeat`` more, and the
    result.

    First calls are timed tool by tool, in a pass of their own (interleaving would evict
    each tool's caches between its calls); repeated calls take turns phrase by phrase, so
    that a change in the machine's load weighs on all the tools alike.
    """
    out: dict[str, tuple[list[float], list[float], list[object]]] = {
        name: ([], [], []) for name in tools
    }
    for name, run in tools.items():
        first, _, results = out[name]
        for phrase, _ in PHRASES:
            start = _clock()
            result = run(phrase)
            first.append(_clock() - start)
            results.append(result)
    for phrase, _ in PHRASES:
        for name, run in tools.items():
            times = []
            for _ in range(repeat):
                start = _clock()
                run(phrase)
                times.append(_clock() - start)
            out[name][1].append(statistics.median(times))
    return out


def _cache_clearers() -> list[Callable[[], None]]:
    """The ``cache_clear`` of every functools cache in chronos's modules."""
    found: dict[int, Callable[[], None]] = {}
    for name, module in list(sys.modules.items()):
        if name == "chronos" or name.startswith("chronos."):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    found[id(value)] = clear
    return list(found.values())


def _time_cold(run: Callable[[str], object]) -> list[float]:
    """Per phrase, the time of one call made with chronos's caches emptied just before."""
    clearers = _cache_clearers()
    times = []
    for phrase, _ in PHRASES:
        for clear in clearers:
            clear()
        start = _clock()
        run(phrase)
        times.append(_clock() - start)
    return times


def _inside(moment: object, span: Span) -> bool:
    if isinstance(moment, datetime):
        moment = moment.replace(tzinfo=None)
    elif isinstance(moment, date):
        moment = datetime(moment.year, moment.month, moment.day)
    else:
        return False
    assert span.start is not None
    assert span.end is not None
    return span.start <= moment < span.end


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--repeat", type=int, default=7, help="timed calls after the first")
    args = options.parse_args(argv)
    expected = [None if edtf is None else Span.parse(edtf) for _, edtf in PHRASES]
    scored = sum(span is not None for span in expected)
    tools: dict[str, Callable[[str], object]] = {"chronos": _chronos, **_peers()}
    for run in tools.values():  # load lazily imported data before timing
        run("since August 2023")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{len(PHRASES)} phrases ({scored} with a span), reference {REF.date()}")
    print(f"load average (1, 5, 15 min) at the start: {load}\n")
    print(
        f"{'':14}{'first µs':>10}{'repeat µs':>11}{'cold µs':>9}{'× chronos':>11}"
        f"{'right':>8}{'inside':>8}"
    )
    base_first = base_again = 0.0
    timed = _time(tools, args.repeat)
    cold = statistics.median(_time_cold(_chronos)) * 1e6
    for name in tools:
        first, again, results = timed[name]
        median_first = statistics.median(first) * 1e6
        median_again = statistics.median(again) * 1e6
        if name == "chronos":
            base_first, base_again = median_first, median_again
            exact = sum(
                span is not None and getattr(r, "span", None) == span
                for r, span in zip(results, expected, strict=True)
            )
            inside = sum(
                span is not None
                and getattr(r, "span", None) is not None
                and _point_inside(r.span, span)  # type: ignore[attr-defined]
                for r, span in zip(results, expected, strict=True)
            )
            ratio = "1.0"
        else:
            exact = 0
            inside = sum(
                span is not None and _inside(r, span)
                for r, span in zip(results, expected, strict=True)
            )
            ratio = f"{median_again / base_again:.1f}" if base_again else "-"
        right = str(exact) if name == "chronos" else "-"
        cold_text = f"{cold:.1f}" if name == "chronos" else "-"
        print(
            f"{name:14}{median_first:10.1f}{median_again:11.1f}{cold_text:>9}{ratio:>11}"
            f"{right:>8}{inside:>8}"
        )
    print(
        f"\nright: exactly the expected span (of {scored}); inside: a datetime (for chronos"
        " the span's start) inside the expected span.\n× chronos: repeat-median ratio."
        " cold: chronos with its caches emptied before each call."
    )
    del base_first
    return 0


def _point_inside(found: Span, span: Span) -> bool:
    return found.start is not None and _inside(found.start, span)


if __name__ == "__main__":
    sys.exit(main())
