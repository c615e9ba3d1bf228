"""Small STN networks and their brute-force oracle, shared by the laws of the engine.

A network is a :class:`Case`: points, a hidden assignment, edges ``(u, v, weight, cid)`` and
an origin. Its weights are plain integers (``t_v - t_u <= w``) or, in a network built with
``coded=True``, *bound codes*: ``2 * w`` for ``t_v - t_u <= w``, ``2 * w - 1`` for
``t_v - t_u < w``. A path's bound is the sum of its weights, or on codes their join
:func:`plus` (values add, strict if any edge is), and the integer order of codes is the order
of bounds.

Floyd–Warshall (cubic, all pairs) lives here only, as the reference: the engine itself never
computes all pairs. The :class:`Changes` machine drives one network through changes made in
place after a solve and keeps the log to build it again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce
from itertools import pairwise
from typing import ClassVar

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from chronos.timeline.stn import Conflict, Network

INF = math.inf

#: (u, v, weight, cid): the edge t_v - t_u <= weight (or, coded, <= or <) of constraint cid.
Spec = tuple[int, int, int, int]
#: (u, v, weight): an edge without its constraint.
Edge = tuple[int, int, int]


@dataclass(frozen=True)
class Case:
    """A small network: its points, a hidden assignment, its edges and its origin."""

    points: int
    truth: list[int]
    edges: list[Spec]
    origin: int


def plus(a: float, b: float) -> float:
    """Two coded bounds joined: values add, strict if either is (INF absorbs)."""
    if a == INF or b == INF:
        return INF
    x, y = int(a), int(b)
    return x + y + (x & y & 1)


def code(value: int, strict: bool) -> int:
    """The code of ``<= value`` or ``< value``."""
    return 2 * value - (1 if strict else 0)


def joined(weights: Iterable[int], *, coded: bool) -> int:
    """The bound of a path or cycle of these weights."""
    return int(reduce(plus, weights, 0.0)) if coded else sum(weights)


@st.composite
def cases(draw: st.DrawFn, *, consistent: bool, max_points: int = 25) -> Case:
    """A network of at most ``max_points`` points; ``consistent`` ones fit a hidden assignment.

    A third of the cids are shared by several edges, as an equality shares one cid.
    """
    n = draw(st.integers(min_value=1, max_value=max_points))
    truth = draw(st.lists(st.integers(-60, 60), min_size=n, max_size=n))
    point = st.integers(0, n - 1)
    size = draw(st.integers(0, 3 * n))
    edge = st.tuples(point, point, st.integers(0, 12), st.integers(-45, 45))
    raw = draw(st.lists(edge, min_size=size, max_size=size))
    edges = []
    for (u, v, slack, weight), cid in zip(raw, draw(_cids(len(raw))), strict=True):
        w = truth[v] - truth[u] + slack if consistent else weight
        edges.append((u, v, w, cid))
    return Case(n, truth, edges, draw(point))


@st.composite
def coded_cases(draw: st.DrawFn, *, consistent: bool, max_points: int = 14) -> Case:
    """A network of coded edges; ``consistent`` ones fit a hidden integer assignment (an edge
    may be strict only where the assignment leaves room). Values cluster near 0 so that
    cycles of strict zero edges ("before" both ways) are common in the others."""
    n = draw(st.integers(min_value=1, max_value=max_points))
    truth = draw(st.lists(st.integers(-20, 20), min_size=n, max_size=n))
    point = st.integers(0, n - 1)
    size = draw(st.integers(0, 3 * n))
    edge = st.tuples(point, point, st.integers(0, 4), st.integers(-6, 12), st.booleans())
    raw = draw(st.lists(edge, min_size=size, max_size=size))
    edges = []
    for (u, v, slack, weight, strict), cid in zip(raw, draw(_cids(len(raw))), strict=True):
        if consistent:
            w = code(truth[v] - truth[u] + slack, strict and slack > 0)
        else:
            w = code(weight if weight < 7 else 0, strict)
        edges.append((u, v, w, cid))
    return Case(n, truth, edges, draw(point))


def _cids(size: int) -> st.SearchStrategy[list[int]]:
    """One cid per edge, drawn among as many as there are edges (so some are shared)."""
    return st.lists(st.integers(0, max(0, size - 1)), min_size=size, max_size=size)


def build(
    case: Case, edges: list[Spec] | None = None, *, coded: bool = False, **options: int | None
) -> Network:
    """The network of ``case`` (or of ``edges`` over its points)."""
    net = Network(coded=coded, **options)  # type: ignore[arg-type]
    net.add_points(case.points)
    for u, v, w, cid in case.edges if edges is None else edges:
        net.add_constraint(u, v, w, cid)
    return net


def floyd_warshall(n: int, edges: list[Edge], *, coded: bool = False) -> list[list[float]]:
    """All-pairs shortest path weights (or, coded, shortest bounds over ⊕), by brute force."""
    d: list[list[float]] = [[INF] * n for _ in range(n)]
    for i in range(n):
        d[i][i] = 0
    for u, v, w in edges:
        d[u][v] = min(d[u][v], w)
    for k in range(n):
        dk = d[k]
        for i in range(n):
            dik = d[i][k]
            if dik == INF:
                continue
            di = d[i]
            # The plain loop stays inline: it is the cubic step of every plain law.
            if coded:
                for j in range(n):
                    c = plus(dik, dk[j])
                    if c < di[j]:
                        di[j] = c
            else:
                for j in range(n):
                    if dik + dk[j] < di[j]:
                        di[j] = dik + dk[j]
    return d


def negative_cycle(n: int, edges: list[Edge], *, coded: bool = False) -> bool:
    """Whether some cycle of ``edges`` weighs (or, coded, joins to a bound) below 0."""
    d = floyd_warshall(n, edges, coded=coded)
    return any(d[i][i] < 0 for i in range(n))


def horizon_edges(n: int, origin: int, horizon: int) -> list[Edge]:
    """The implicit horizon, made explicit."""
    return [
        e for p in range(n) if p != origin for e in ((origin, p, horizon), (p, origin, horizon))
    ]


def expected_bounds(
    n: int, edges: list[Edge], origin: int, horizon: int, *, coded: bool = False
) -> tuple[list[float | None], list[float | None]] | None:
    """The bounds by brute force (coded: a lower bound ``>= t`` is ``2t``, ``> t`` is
    ``2t + 1``), or None when the claims and the horizon are inconsistent."""
    full = floyd_warshall(n, edges + horizon_edges(n, origin, horizon), coded=coded)
    if any(full[i][i] < 0 for i in range(n)):
        return None
    real = floyd_warshall(n, edges, coded=coded)
    # A bound is reported only when a chain of claims alone achieves it.
    ups = [full[origin][p] if real[origin][p] == full[origin][p] else None for p in range(n)]
    lows = [-full[p][origin] if real[p][origin] == full[p][origin] else None for p in range(n)]
    return lows, ups


def enabled_edges(net: Network, case: Case) -> list[Edge]:
    """The edges of ``case`` whose cid the network still takes into account."""
    return [(u, v, w) for u, v, w, cid in case.edges if net.is_enabled(cid)]


def greedy_aside(case: Case, order: list[Spec], horizon: int, *, coded: bool = False) -> list[int]:
    """The canonical repair by brute force: the cids strongest first (by default the one
    added first is the strongest), each kept if consistent with those kept (and the horizon)."""
    by_cid: dict[int, list[Edge]] = {}
    for u, v, w, cid in order:
        by_cid.setdefault(cid, []).append((u, v, w))
    kept: list[Edge] = []
    aside = []
    frame = horizon_edges(case.points, case.origin, horizon)
    for cid, edges in by_cid.items():
        if negative_cycle(case.points, kept + edges + frame, coded=coded):
            aside.append(cid)
        else:
            kept += edges
    return sorted(aside)


def is_negative_cycle(conflict: Conflict, *, coded: bool = False, simple: bool = True) -> bool:
    """Whether a conflict's edges chain head to tail (through distinct points, if ``simple``)
    and weigh (or, coded, join to a bound) below 0, its slack."""
    edges = conflict.edges
    return (
        conflict.slack == joined((e.weight for e in edges), coded=coded) < 0
        and all(a.v == b.u for a, b in pairwise((*edges, edges[0])))
        and (not simple or len({e.u for e in edges}) == len(edges))
    )


class Changes(RuleBasedStateMachine):
    """A network of ``POINTS`` points solved once from point 0, then changed step by step
    (disables, enables, removals for good, questions in between); the log to build it again.

    A subclass adds the rule that adds constraints, and the invariant.
    """

    POINTS: ClassVar[int]
    HORIZON: ClassVar[int]
    CODED: ClassVar[bool]
    ORIGIN: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__()
        self.net = Network(coded=self.CODED)
        self.net.add_points(self.POINTS)
        self.log: list[Spec] = []
        self.removed: set[int] = set()
        self.disabled: set[int] = set()
        self.next_cid = 0
        self.solved = False

    def cids(self) -> list[int]:
        """The cids that still have edges, in the order they came."""
        return sorted({c for *_, c in self.log} - self.removed)

    def new_cid(self) -> int:
        """A cid not used before."""
        cid, self.next_cid = self.next_cid, self.next_cid + 1
        return cid

    def added(self, u: int, v: int, weight: int, cid: int) -> None:
        """Add the edge to the network and to the log."""
        self.net.add_constraint(u, v, weight, cid)
        self.log.append((u, v, weight, cid))

    @precondition(lambda self: not self.solved)
    @rule()
    def solve(self) -> None:
        """The one solve: every change after it is made in place."""
        self.net.solve(self.ORIGIN, self.HORIZON)
        self.solved = True

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def disable(self, data: st.DataObject) -> None:
        """A constraint taken out until enabled (live, set aside or disabled already)."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.disable(cid)
        self.disabled.add(cid)

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def enable(self, data: st.DataObject) -> None:
        """A constraint taken into account again (disabled, set aside, or live already)."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.enable(cid)
        self.disabled.discard(cid)

    @precondition(lambda self: bool(self.cids()))
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        """A constraint deleted for good."""
        cid = data.draw(st.sampled_from(self.cids()))
        self.net.remove(cid)
        self.removed.add(cid)
        self.disabled.discard(cid)

    @precondition(lambda self: self.solved)
    @rule(data=st.data())
    def ask(self, data: st.DataObject) -> None:
        """Questions that warm the caches: a distance and a tree proof."""
        point = st.integers(0, self.POINTS - 1)
        u, v = data.draw(point), data.draw(point)
        self.net.distance(u, v)
        self.net.proves(u, v, 0)

    def batch(self) -> Network:
        """What is left, built afresh in the same order, disabled as here, and solved once."""
        fresh = Network(coded=self.CODED)
        fresh.add_points(self.POINTS)
        for u, v, w, cid in self.log:
            if cid not in self.removed:
                fresh.add_constraint(u, v, w, cid)
        for cid in sorted(self.disabled):
            fresh.disable(cid)
        fresh.solve(self.ORIGIN, self.HORIZON)
        return fresh

    def answers_as(self, fresh: Network) -> None:
        """Same bounds (the times the horizon alone bounds too, to the second: ordered()
        sorts by them), distances and cids set aside as ``fresh``, each conflict a negative
        cycle; and no solve but the first."""
        report = self.net.report
        assert self.net.solves == 1
        assert sorted(report.set_aside) == sorted(fresh.report.set_aside)
        assert self.net.bounds() == fresh.bounds()
        assert self.net.schedules() == fresh.schedules()
        for p in range(self.POINTS):
            for q in range(self.POINTS):
                assert self.net.distance(p, q) == fresh.distance(p, q)
        for conflict in report.conflicts:
            assert is_negative_cycle(conflict, coded=self.CODED, simple=False)
