"""Timeline at scale, on every shape of network: solve, order, queries, changes, JSON.

Builds random but *consistent* chronologies through the public API — a ground truth of
events, turned into claims that the truth satisfies — in the shapes DESIGN §6 and issue 11
budget, at several sizes, and measures every operation a user meets:

- ``news``: each event has 3 "before" links to events up to 60 places later in time (most
  links are local, as in news), 80 % of events anchored to a month (70 %) or a year (30 %);
- ``one-anchor``: the same links, and a single dated event;
- ``chain``: each event before the next, the first one dated;
- ``cycle``: the same chain closed into a cycle (the last before the first): one conflict;
- ``hub``: every hundredth event in time is a key one, and each other event is a number of
  days after the last key event before it ("two days after the letter": an exact gap, so
  each key event and those counted from it form a cycle of the network), 30 % of events
  anchored to a month or a year;
- ``anchored`` / ``unanchored``: the earlier shapes — exact-day anchors on 80 % (or none),
  links to events up to 40 places later, some with gaps.

Right after the first solve it asks one relation() of two events close in time, which the
bounds seldom decide (the first question a user asks: whatever relation() needs that the
solve did not make is made then, and shows here), then one of two events drawn anywhere,
far apart as a rule, then one of the first and the last event (on a long chain, the longest
walk up the trees of bounds there is before they are numbered), then ordered() twice, then
the questions: relation() of 300 random pairs and 300 pairs close in time, then between() of
200 months (the first of them, which lays out the window index, timed on its own row).
(Before that first question had a row of its own, ordered() came first; ordered() needs
nothing that question makes, and the pairs asked after it are the same.)

After the questions, the script adds relations (each then followed by a question): 150 that
the truth satisfies, then 50 that contradict it ("b before a, at least a day apart" for a
pair the truth orders a before b, less confident than the rest, so each is set aside).
On the timeline read back from JSON it asks when() once, the conflicts, and relation() for
20 random pairs (the first relation() questions after loading: their p99 is the first one),
then ordered().
Last, after the JSON round trip, it withdraws 100 of the relations it added
(``Timeline.withdraw``), each followed by a question, then suspends each of the other 50,
asks, restores it and asks again. At the very end it grows the timeline: 200 new events,
each added "after" the one added before it (the first after the latest event of the truth),
each then asked about — a chain that grows after the solve.

Each (shape, size) runs in a fresh interpreter, so that its peak RSS is its own; the
parent prints, per operation, the median and p99 (or the single time of a one-off), the
fitted growth exponent over the sizes (slope of log time on log size), the peak RSS above
the interpreter, and networkx's Bellman–Ford on the very same graph, as a ratio to the
solve. Times are the CPU time of the process (``time.process_time``): the machine these
figures come from is shared, and wall-clock time moves with the other jobs on it. An
operation that runs past ``--limit`` seconds of wall-clock time is stopped and shown as
``>``.

Run: ``python benchmarks/bench_timeline.py`` (all shapes, 1k, 10k, 100k; long), or e.g.
``--sizes 1000 10000 --shapes news chain``; ``--no-networkx`` skips the peer.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import resource
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from chronos import Span
from chronos.timeline._network import HORIZON, ORIGIN
from chronos.timeline._timeline import Timeline

#: Every time is CPU time of this process (see the module's docstring).
clock = time.process_time
FIRST = date(2000, 1, 1)
YEARS = 25
SHAPES = ("news", "one-anchor", "chain", "cycle", "hub", "anchored", "unanchored")
#: Budgets at 100,000 events (DESIGN §6, issue 11), seconds; None: no budget of its own.
BUDGETS: dict[str, float | None] = {
    "build (public API)": None,
    "solve (first)": 2.0,
    "first relation() after solve": 0.05,
    "first far relation() after solve": 0.05,
    "relation() first event, last event": 0.05,
    "ordered() first": 2.0,
    "ordered() again": None,
    "relation() random pairs": 0.05,
    "relation() near pairs": 0.05,
    "between() first": None,
    "between()": 0.001,
    "relate + when": 0.05,
    "between() after change": 0.005,
    "contradiction + when": 0.05,
    "withdraw + when": 0.05,
    "suspend, restore + when": 0.1,
    "add after the last + when": 0.05,
    "to_json": 2.0,
    "from_json": 2.0,
    "first when() after load": 0.05,
    "conflicts after load": 0.05,
    "first relation() after load": 0.05,
    "ordered() after load": 2.0,
}

#: Where a shape has a budget of its own (issue 11): a first solve with one dated event may
#: take 3 s, and the solve of a 100k chain closed into a cycle finds its conflict in 3 s.
SHAPE_BUDGETS: dict[tuple[str, str], float] = {
    ("one-anchor", "solve (first)"): 3.0,
    ("cycle", "solve (first)"): 3.0,
}

Truth = list[tuple[date, int]]  # (first day, length in days) of every event


class _TooSlowError(Exception):
    """An operation ran past its time limit."""


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlowError


def end_of(t: tuple[date, int]) -> date:
    """The day after the event's last day (events are half-open day ranges)."""
    return t[0] + timedelta(days=t[1] + 1)


def ground_truth(n: int, rng: random.Random, lengths: tuple[int, ...]) -> Truth:
    """``n`` events over 25 years: a first day and a length in days."""
    span = YEARS * 365
    return [(FIRST + timedelta(days=rng.randrange(span)), rng.choice(lengths)) for _ in range(n)]


def coarse_span(t: tuple[date, int], rng: random.Random) -> Span:
    """A month (70 %) or a year (30 %) holding the whole event (wider if it straddles)."""
    first, last = t[0], end_of(t) - timedelta(days=1)
    if rng.random() < 0.7 and (first.year, first.month) == (last.year, last.month):
        return Span.month(first.year, first.month)
    if first.year == last.year:
        return Span.year(first.year)
    return Span.between(date(first.year, 1, 1), date(last.year + 1, 1, 1))


def build_news(n: int, rng: random.Random, *, anchors: str) -> tuple[Timeline, Truth, list[int]]:
    """Local "before" links, 3 per event, to events up to 60 places later in time."""
    truth = ground_truth(n, rng, (0, 0, 0, 1, 2, 5))
    order = sorted(range(n), key=lambda i: truth[i][0])
    tl = Timeline(reference=date(2025, 1, 1))
    for k, i in enumerate(order):
        if anchors == "news" and rng.random() < 0.8:
            tl.add(f"e{i}", when=coarse_span(truth[i], rng))
        elif anchors == "one" and k == 0:
            tl.add(f"e{i}", when=Span.between(truth[i][0], end_of(truth[i])))
        else:
            tl.add(f"e{i}")
    for k, a in enumerate(order):
        linked = 0
        for _ in range(12):
            if linked == 3 or k + 1 >= n:
                break
            b = order[min(n - 1, k + rng.randint(1, 60))]
            if end_of(truth[a]) <= truth[b][0]:
                tl.relate(f"e{a}", "before", f"e{b}")
                linked += 1
    return tl, truth, order


def build_chain(n: int, rng: random.Random, *, closed: bool) -> tuple[Timeline, Truth, list[int]]:
    """Each event before the next, the first one dated; ``closed``: the last before the first."""
    truth = [(FIRST + timedelta(days=2 * i), 0) for i in range(n)]
    tl = Timeline(reference=date(2025, 1, 1))
    tl.add("e0", when=Span.day(FIRST.year, FIRST.month, FIRST.day))
    for i in range(1, n):
        tl.add(f"e{i}")
        tl.relate(f"e{i - 1}", "before", f"e{i}")
    if closed:
        tl.relate(f"e{n - 1}", "before", "e0")
    return tl, truth, list(range(n))


def build_hub(n: int, rng: random.Random) -> tuple[Timeline, Truth, list[int]]:
    """Key events every hundred places in time; each other event an exact number of days
    after the last key event before it (before the first key event, so many days ahead of
    it); 30 % anchored to a month or a year."""
    truth = ground_truth(n, rng, (0, 0, 0, 1, 2))
    order = sorted(range(n), key=lambda i: truth[i][0])
    tl = Timeline(reference=date(2025, 1, 1))
    for i in range(n):
        if rng.random() < 0.3:
            tl.add(f"e{i}", when=coarse_span(truth[i], rng))
        else:
            tl.add(f"e{i}")
    key = order[0]
    for k, i in enumerate(order):
        if k % 100 == 0:
            key = i
            continue
        gap = (truth[i][0] - end_of(truth[key])).days
        if gap >= 0:
            tl.relate(f"e{i}", "after", f"e{key}", gap=f"{gap} days")
    return tl, truth, order


def build_mixed(n: int, rng: random.Random, *, anchored: bool) -> tuple[Timeline, Truth, list[int]]:
    """The earlier shapes: exact-day anchors on 80 % (or none), 3 constraints per event."""
    truth = ground_truth(n, rng, (0, 0, 1, 2, 5, 20))
    tl = Timeline(reference=date(2025, 1, 1))
    edges = 0
    for i, t in enumerate(truth):
        if anchored and rng.random() < 0.8:
            tl.add(f"e{i}", when=Span.between(t[0], end_of(t)))
            edges += 2
        else:
            tl.add(f"e{i}")
    order = sorted(range(n), key=lambda i: truth[i][0])
    tries = 0
    while edges < 3 * n and tries < 20 * n:
        tries += 1
        k = rng.randrange(n - 1)
        a, b = order[k], order[min(n - 1, k + rng.randint(1, 40))]
        if end_of(truth[a]) <= truth[b][0]:
            gap = (truth[b][0] - end_of(truth[a])).days
            if rng.random() < 0.3 and gap >= 2:
                tl.relate(f"e{a}", "before", f"e{b}", gap=f"at least {gap // 2} days")
            else:
                tl.relate(f"e{b}", "after", f"e{a}")
            edges += 1
    return tl, truth, order


def build(shape: str, n: int, seed: int) -> tuple[Timeline, Truth, list[int]]:
    """The timeline of ``shape`` with ``n`` events, its truth, and the events in time order."""
    rng = random.Random(seed)
    if shape in ("news", "one-anchor"):
        return build_news(n, rng, anchors="news" if shape == "news" else "one")
    if shape in ("chain", "cycle"):
        return build_chain(n, rng, closed=shape == "cycle")
    if shape == "hub":
        return build_hub(n, rng)
    return build_mixed(n, rng, anchored=shape == "anchored")


def networkx_solve(tl: Timeline, limit: int) -> float | None:
    """Seconds for networkx's Bellman–Ford from the origin, both directions, on the same graph
    (the implicit horizon edges included); None if networkx is missing; raises _TooSlowError."""
    try:
        import networkx as nx
    except ImportError:
        return None
    solver = tl._solver
    g = nx.DiGraph()
    n = solver.point_count
    g.add_nodes_from(range(n))
    for claim in tl.claims:
        if not solver.is_active(claim.number):
            continue
        for u, v, w in solver.edges_of(claim.number):
            if g.has_edge(u, v):
                w = min(w, g[u][v]["weight"])
            g.add_edge(u, v, weight=w)
    for v in range(1, n):
        if not g.has_edge(ORIGIN, v):
            g.add_edge(ORIGIN, v, weight=HORIZON)
        if not g.has_edge(v, ORIGIN):
            g.add_edge(v, ORIGIN, weight=HORIZON)
    rev = g.reverse(copy=True)
    gc.collect()
    signal.alarm(limit)
    start = clock()
    try:
        nx.single_source_bellman_ford_path_length(g, ORIGIN)
        nx.single_source_bellman_ford_path_length(rev, ORIGIN)
    finally:
        signal.alarm(0)
    return clock() - start


def rss_mb() -> float:
    """The resident set size now, in MB (Linux), or the peak where /proc is missing."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    """The peak resident set size of this process, in MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def draws(
    shape: str, n: int, seed: int, truth: Truth, order: list[int]
) -> tuple[
    random.Random, list[list[int]], list[tuple[int, int]], list[Span], list[tuple[int, int]]
]:
    """The random choices of the questions and changes, in the order :func:`run_one` makes
    them: the generator (for the draws after), 300 random pairs, 300 pairs close in time,
    200 months, and up to 150 pairs (a, b) the truth orders a before b, close in time."""
    rng = random.Random(seed + 1)
    pairs = [rng.sample(range(n), 2) for _ in range(300)]
    near = []
    for _ in range(300):
        k = rng.randrange(n - 1)
        near.append((order[k], order[min(n - 1, k + rng.randint(1, 60))]))
    months = [Span.month(2000 + rng.randrange(YEARS), rng.randint(1, 12)) for _ in range(200)]
    changes = []
    for _ in range(400):
        k = rng.randrange(n - 1)
        a, b = order[k], order[min(n - 1, k + rng.randint(1, 60))]
        if shape == "cycle" or end_of(truth[a]) <= truth[b][0]:
            changes.append((a, b))
    return rng, pairs, near, months, changes[:150]


def run_one(shape: str, n: int, seed: int, limit: int, peer: bool) -> dict[str, Any]:
    """Every measurement of one shape and size, in this process."""
    signal.signal(signal.SIGALRM, _alarm)
    out: dict[str, Any] = {"shape": shape, "n": n, "times": {}, "notes": {}}
    times: dict[str, list[float] | None] = out["times"]

    def once(name: str, fn: Callable[[], object]) -> object:
        gc.collect()
        signal.alarm(limit)
        start = clock()
        try:
            result = fn()
        except _TooSlowError:
            times[name] = None
            return None
        finally:
            signal.alarm(0)
        times[name] = [clock() - start]
        return result

    def many(name: str, fn: Callable[[int], object], count: int) -> None:
        samples: list[float] = []
        deadline = clock() + limit
        for k in range(count):
            signal.alarm(limit)
            start = clock()
            try:
                fn(k)
            except _TooSlowError:
                times[name] = None
                return
            finally:
                signal.alarm(0)
            samples.append(clock() - start)
            if clock() > deadline:
                break
        times[name] = samples

    base_rss = rss_mb()
    built = once("build (public API)", lambda: build(shape, n, seed))
    if built is None:
        return out
    tl, truth, order = built  # type: ignore[misc]
    out["notes"]["claims"] = len(tl.claims)
    solved = once("solve (first)", lambda: tl.conflicts)
    if solved is None:
        return out
    out["notes"]["conflicts"] = len(solved)  # type: ignore[arg-type]
    out["rss"] = peak_mb() - base_rss
    out["rss_now"] = rss_mb() - base_rss
    if peer:
        try:
            nx_time = networkx_solve(tl, limit)
        except _TooSlowError:
            nx_time = math.inf
        out["networkx"] = nx_time
    by_id = {int(e.name[1:]): e for e in tl.events}
    events = [by_id[i] for i in range(n)]  # events[i] is e{i}, whose truth is truth[i]
    # The question a user asks first, right after the solve and before anything else (so
    # whatever relation() needs and the solve did not make is made here): of two events close
    # in time, which the bounds seldom decide. Its pair is drawn apart, so that every draw
    # below is the one it was.
    pick = random.Random(seed + 2)
    k = pick.randrange(n - 1)
    first = (order[k], order[min(n - 1, k + pick.randint(1, 60))])
    once(
        "first relation() after solve",
        lambda: tl.relation(events[first[0]], "before", events[first[1]]),
    )
    # Then two events drawn anywhere, far apart in time as a rule: on a long chain a walk up
    # the trees of bounds as long as the chain between them.
    far = (order[pick.randrange(n)], order[pick.randrange(n)])
    once(
        "first far relation() after solve",
        lambda: tl.relation(events[far[0]], "before", events[far[1]]),
    )
    # And the two events furthest apart in time, the first and the last: on a long chain
    # the longest walk up the trees of bounds there is, before they are numbered.
    once(
        "relation() first event, last event",
        lambda: tl.relation(events[order[0]], "before", events[order[-1]]),
    )
    once("ordered() first", tl.ordered)
    once("ordered() again", tl.ordered)

    rng, pairs, near, months, changes = draws(shape, n, seed, truth, order)
    many(
        "relation() random pairs",
        lambda k: tl.relation(events[pairs[k][0]], "before", events[pairs[k][1]]),
        len(pairs),
    )
    many(
        "relation() near pairs",
        lambda k: tl.relation(events[near[k][0]], "before", events[near[k][1]]),
        len(near),
    )
    # The first window query lays out the structure it asks (the index's cost to build).
    once("between() first", lambda: tl.between(months[0], months[0]))
    many("between()", lambda k: tl.between(months[k], months[k]), len(months))

    # Changes after a solve: a relation the truth satisfies (so no conflict is made), between
    # events close in time, then a question about it; and a window query right after.
    added = []

    def change(k: int) -> None:
        a, b = changes[k]
        added.append(tl.relate(events[a], "before", events[b]))
        tl.when(events[b])

    many("relate + when", change, len(changes))

    def change_then_window(k: int) -> None:
        a, b = changes[k]
        tl.relate(events[b], "after", events[a])  # no timing: only the window query is timed

    window_after: list[float] = []
    for k in range(min(50, len(changes))):
        change_then_window(k)
        start = clock()
        signal.alarm(limit)
        try:
            tl.between(months[k], months[k])
        except _TooSlowError:
            window_after = []
            break
        finally:
            signal.alarm(0)
        window_after.append(clock() - start)
    times["between() after change"] = window_after or None

    # A contradiction after a solve: the reverse of a relation the truth satisfies, less
    # confident than the claims it contradicts (so it is the one set aside), then a question.
    def contradict(k: int) -> None:
        a, b = changes[50 + k]
        tl.relate(events[b], "before", events[a], gap="at least 1 day", confidence=0.5)
        tl.when(events[a])

    many("contradiction + when", contradict, max(0, min(50, len(changes) - 50)))

    text = once("to_json", tl.to_json)
    if text is not None:
        loaded = once("from_json", lambda: Timeline.from_json(text))  # type: ignore[arg-type]
        if loaded is not None:
            once("first when() after load", lambda: loaded.when(events[order[n // 2]].name))  # type: ignore[attr-defined]
            # The stored solution answers: no solve (a re-solve would show here).
            once("conflicts after load", lambda: loaded.conflicts)  # type: ignore[attr-defined]
            # The first relation() questions a loaded timeline is asked, the very first one
            # included (anything it needs and did not read back is found then, and shows in
            # the p99); random pairs, which on weakly anchored shapes the search decides.
            fresh = [rng.sample(range(n), 2) for _ in range(20)]
            many(
                "first relation() after load",
                lambda k: loaded.relation(  # type: ignore[attr-defined]
                    events[fresh[k][0]].name, "before", events[fresh[k][1]].name
                ),
                len(fresh),
            )
            # Many questions at once on what was read back (the walks up its trees stop
            # being worth it: numbered once, as after a solve).
            once("ordered() after load", loaded.ordered)  # type: ignore[attr-defined]

    # A claim withdrawn for good after a solve (one of the relations added above, each then
    # followed by a question): the bounds that hung on it settle again.
    def withdraw(k: int) -> None:
        tl.withdraw(added[k])
        tl.when(events[changes[k][1]])

    withdrawn = min(100, len(added))
    many("withdraw + when", withdraw, withdrawn)

    # A claim suspended for a "what if", a question, the claim restored, a question.
    def suspend_restore(k: int) -> None:
        claim = added[withdrawn + k]
        tl.suspend(claim)
        tl.when(events[changes[withdrawn + k][1]])
        tl.restore(claim)
        tl.when(events[changes[withdrawn + k][1]])

    many("suspend, restore + when", suspend_restore, min(50, len(added) - withdrawn))

    # The timeline grows after the solve: each new event after the one added before it.
    last = [events[order[-1]].name]

    def grow(k: int) -> None:
        name = f"new{k}"
        tl.add(name)
        tl.relate(name, "after", last[0])
        tl.when(name)
        last[0] = name

    many("add after the last + when", grow, 200)
    return out


def fmt(seconds: float | None) -> str:
    """A time with a unit that suits it."""
    if seconds is None:
        return "-"
    if seconds == math.inf:
        return "stopped"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.3g} ms"


def summary(samples: list[float] | None, limit: int) -> tuple[str, float | None]:
    """The printed figure of one operation and the value its growth is fitted on."""
    if samples is None:
        return f"> {limit} s", None
    if len(samples) == 1:
        return fmt(samples[0]), samples[0]
    med = statistics.median(samples)
    p99 = sorted(samples)[min(len(samples) - 1, math.ceil(0.99 * len(samples)) - 1)]
    return f"{fmt(med)} / p99 {fmt(p99)}", p99


def exponent(points: list[tuple[int, float]]) -> float | None:
    """The least-squares slope of log(time) on log(size)."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-7)) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den


def report(results: list[dict[str, Any]], limit: int) -> None:
    """Print one table per shape: operations by size, growth exponent, budget."""
    for shape in dict.fromkeys(r["shape"] for r in results):
        rows = [r for r in results if r["shape"] == shape]
        sizes = [r["n"] for r in rows]
        print(
            f"\n== {shape} ==  "
            + "  ".join(
                f"{r['n']:,}: {r['notes'].get('claims', 0):,} claims, "
                f"{r['notes'].get('conflicts', '?')} conflicts"
                for r in rows
            )
        )
        width = 30
        head = "".join(f"{f'{n:,} events':>30}" for n in sizes)
        print(f"{'operation (median / p99)':<{width}}{head}   growth   budget@100k")
        for name, default in BUDGETS.items():
            budget = SHAPE_BUDGETS.get((shape, name), default)
            cells, fit = [], []
            for r in rows:
                text, value = summary(r["times"].get(name, []) or None, limit)
                if name not in r["times"]:
                    text, value = "-", None
                cells.append(text)
                if value is not None:
                    fit.append((r["n"], value))
            growth = exponent(fit) if len(fit) == len(rows) else None
            g = "   -  " if growth is None else f"{growth:6.2f}"
            b = "" if budget is None else fmt(budget)
            print(f"{name:<{width}}" + "".join(f"{c:>30}" for c in cells) + f"   {g}   {b}")
        rss = "".join(f"{r.get('rss', 0):>27.1f} MB" for r in rows)
        print(f"{'peak RSS above interpreter':<{width}}{rss}            300 MB")
        nx_cells = []
        for r in rows:
            nx_time = r.get("networkx")
            solve = (r["times"].get("solve (first)") or [None])[0]
            if nx_time is None or solve is None:
                nx_cells.append("-")
            elif nx_time == math.inf:
                nx_cells.append(f"> {limit} s (> {limit / solve:.0f}x)")
            else:
                nx_cells.append(f"{fmt(nx_time)} ({nx_time / solve:.1f}x)")
        print(f"{'networkx Bellman–Ford (ratio)':<{width}}" + "".join(f"{c:>30}" for c in nx_cells))


def main(argv: list[str] | None = None) -> None:
    """Run every (shape, size) in a child interpreter, then print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--limit", type=int, default=120, help="seconds before an op stops")
    parser.add_argument("--no-networkx", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    peer = not args.no_networkx
    if args.child:
        shape, size = args.child[0], int(args.child[1])
        print(json.dumps(run_one(shape, size, args.seed, args.limit, peer)))
        return
    print(f"chronos timeline benchmark — Python {sys.version.split()[0]}, limit {args.limit} s")
    print(
        f"load average at the start: {', '.join(f'{x:.2f}' for x in __import__('os').getloadavg())}"
    )
    results = []
    for shape in args.shapes:
        for n in args.sizes:
            command = [sys.executable, __file__, "--child", shape, str(n)]
            command += ["--seed", str(args.seed), "--limit", str(args.limit)]
            if not peer:
                command.append("--no-networkx")
            done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
            if done.returncode != 0:
                print(f"{shape} at {n:,} failed:\n{done.stderr}", file=sys.stderr)
                continue
            results.append(json.loads(done.stdout.splitlines()[-1]))
            print(f"  ran {shape} at {n:,}", file=sys.stderr, flush=True)
    report(results, args.limit)


if __name__ == "__main__":
    main()
